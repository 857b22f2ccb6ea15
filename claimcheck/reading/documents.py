"""Turn whatever a user passes as documents into the documents frame.

Accepted: a DataFrame with ``doc_id`` and ``text`` (plus optional ``published``,
``outlet``, ``title``, ``url``), one ``str``, or a list of ``str``.

>>> as_documents(["Three people were killed."])[["doc_id", "text"]].iloc[0].tolist()
['doc-0000', 'Three people were killed.']
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import pandas as pd
import regex

from claimcheck import schema
from claimcheck.reading import timestamps

log = logging.getLogger(__name__)

Documents = pd.DataFrame | str | Iterable[str]


_SURROGATE = regex.compile("[\ud800-\udfff]")


def _clean(text: str, doc_id: object) -> str:
    """``text`` with unpaired surrogates (which no encoding can hold) replaced by U+FFFD, and a warning."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        log.warning("document %s: unpaired surrogates replaced by U+FFFD", doc_id)
        return _SURROGATE.sub("\ufffd", text)


class DocumentError(ValueError):
    """Documents that cannot be used: says which column or row is wrong."""


def as_documents(docs: Documents) -> pd.DataFrame:
    """Return a conformed documents frame; never modifies ``docs``."""
    if isinstance(docs, str):
        frame = pd.DataFrame({"doc_id": ["doc-0000"], "text": pd.Series([_clean(docs, "doc-0000")], dtype=object)})
    elif isinstance(docs, pd.DataFrame):
        frame = docs
        if "text" not in frame.columns:
            raise DocumentError(f"documents frame has no 'text' column (columns: {list(frame.columns)})")
        if "doc_id" not in frame.columns:
            frame = frame.assign(doc_id=[f"doc-{i:04d}" for i in range(len(frame))])
        if frame["text"].dtype == object:
            pairs = zip(frame["text"], frame["doc_id"], strict=True)
            frame = frame.assign(text=[_clean(t, d) if isinstance(t, str) else t for t, d in pairs])
    else:
        texts = list(docs)
        bad = [i for i, t in enumerate(texts) if not isinstance(t, str)]
        if bad:
            raise DocumentError(f"document {bad[0]} is a {type(texts[bad[0]]).__name__}, not a str")
        ids = [f"doc-{i:04d}" for i in range(len(texts))]
        frame = pd.DataFrame(
            {"doc_id": ids, "text": pd.Series([_clean(t, d) for t, d in zip(texts, ids, strict=True)], dtype=object)}
        )
    if "published" in frame.columns and frame["published"].dtype != "datetime64[ns]":
        published, problems = timestamps.coerce_series(frame["published"], field="published")
        for position, message in problems:  # an impossible date is left missing, never fatal (issue 15)
            log.warning("document %s: %s", frame["doc_id"].iloc[position], message)
        frame = frame.assign(published=published)
    out = schema.conform(frame, "documents")
    out["text"] = out["text"].fillna("")
    if out["doc_id"].isna().any():
        raise DocumentError(f"documents frame has a missing doc_id in row {int(out['doc_id'].isna().argmax())}")
    dupes = out["doc_id"][out["doc_id"].duplicated()]
    if len(dupes):
        raise DocumentError(f"doc_id is not unique: {dupes.iloc[0]!r} appears more than once")
    out["published"] = out["published"].dt.normalize()
    return out
