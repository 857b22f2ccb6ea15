"""The one place that defines the frames claimcheck returns: column names, order, dtypes.

Column names are public API (see ``docs/claim-model.md``). Every function that
builds a documents, claims or conflicts frame goes through :func:`conform`, so a
frame of zero rows has the same columns and dtypes as a frame of many.

>>> list(empty("claims").columns)[:4]
['claim_id', 'doc_id', 'start', 'end']
>>> str(empty("claims")["low"].dtype)
'float64'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal, cast

import numpy as np
import pandas as pd

FrameKind = Literal["documents", "claims", "conflicts"]

STRING: Final = "string"
DATE: Final = "datetime64[ns]"

#: The documents frame: ``doc_id`` and ``text`` are required on input.
DOCUMENT_COLUMNS: Mapping[str, str] = {
    "doc_id": STRING,
    "text": STRING,
    "published": DATE,
    "outlet": STRING,
    "title": STRING,
    "url": STRING,
    "path": STRING,
    "event": STRING,
}

#: One row per numeric claim about people, in this order.
CLAIM_COLUMNS: Mapping[str, str] = {
    "claim_id": STRING,
    "doc_id": STRING,
    "start": "int64",
    "end": "int64",
    "surface": STRING,
    "sentence": STRING,
    "low": "float64",
    "high": "float64",
    "low_inclusive": "bool",
    "high_inclusive": "bool",
    "value": "float64",
    "qualifier": STRING,
    "category": STRING,
    "subject": STRING,
    "location": STRING,
    "source": STRING,
    "source_key": STRING,
    "claim_date": DATE,
    "published": DATE,
    "scope": STRING,
    "modality": STRING,
    "implied_high": "float64",
    # Extensions to the contract (documented in docs/claim-model.md):
    "outlet": STRING,  # the document's outlet, carried over for messages
    "part_of": STRING,  # claim_id of the whole this figure is a part of ("including 12 children")
    "role": STRING,  # figure | part | increment ("20 more") | earlier ("previously put at"): see docs/claim-model.md
    "sentence_start": "int64",  # offset of `sentence` in the document text
    "event": STRING,  # the story the document tells (claimcheck.events); figures of two events are never compared
    "document_place": STRING,  # the document's place (dateline, else headline), for figures that name none
}

#: One row per finding of :func:`claimcheck.check`, in this order.
CONFLICT_COLUMNS: Mapping[str, str] = {
    "conflict_id": STRING,
    "rule": STRING,
    "severity": STRING,
    "claim_a": STRING,
    "claim_b": STRING,
    "doc_a": STRING,
    "doc_b": STRING,
    "message": STRING,
    # Extensions: for sorting and filtering.
    "key": STRING,  # the comparison key both claims share
    "gap": "float64",  # distance between the two intervals (0 when only implied bounds part)
    "event": STRING,  # the event both claims belong to
}

_COLUMNS: Mapping[str, Mapping[str, str]] = {
    "documents": DOCUMENT_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "conflicts": CONFLICT_COLUMNS,
}

QUALIFIERS = ("exact", "more_than", "at_least", "about", "nearly", "up_to", "fewer_than", "range", "vague")
CATEGORIES = ("killed", "injured", "missing", "hostages", "released", "detained", "displaced", "other")
SCOPES = ("cumulative", "incident")
MODALITIES = ("asserted", "projected", "disputed")
SEVERITIES = ("error", "warning", "info")
ROLES = ("figure", "part", "increment", "earlier")


def columns(kind: FrameKind) -> list[str]:
    """The column names of a frame kind, in order."""
    return list(_COLUMNS[kind])


def empty(kind: FrameKind) -> pd.DataFrame:
    """A frame of zero rows with every column of ``kind`` at its dtype."""
    return conform(pd.DataFrame(), kind)


def conform(frame: pd.DataFrame, kind: FrameKind) -> pd.DataFrame:
    """Return ``frame`` with the columns of ``kind`` first, in order, at their dtypes.

    Missing columns are added as missing values; extra columns are kept after
    the schema's own. The input is not modified.
    """
    spec = _COLUMNS[kind]
    out: dict[str, pd.Series] = {}
    for name, dtype in spec.items():
        if name in frame.columns:
            col = frame[name]
        else:
            col = pd.Series(pd.NA if dtype != DATE else pd.NaT, index=frame.index)
        same = isinstance(col.dtype, np.dtype) and dtype != STRING and col.dtype == np.dtype(dtype)
        out[name] = col if same else _as_dtype(col, dtype)
    for name in frame.columns:
        if name not in spec:
            out[name] = frame[name]
    # one frame built from every column at once: inserting columns one by one costs more than the conversions
    return pd.DataFrame(out, index=frame.index).reset_index(drop=True)


def _as_dtype(col: pd.Series, dtype: str) -> pd.Series:
    if dtype == DATE:
        converted = pd.to_datetime(col, errors="coerce", utc=False)
        if isinstance(converted.dtype, pd.DatetimeTZDtype):
            converted = converted.dt.tz_convert(None)
        return cast("pd.Series[Any]", converted).astype(DATE)
    if dtype == "bool":
        return col.fillna(False).astype(bool)
    if dtype == "int64":
        return col.fillna(0).astype("int64")
    if dtype == "float64":
        return pd.to_numeric(col, errors="coerce").astype("float64")
    return col.astype(cast(Any, dtype))
