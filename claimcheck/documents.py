"""Turn whatever a user passes as documents into the documents frame.

Accepted: a DataFrame with ``doc_id`` and ``text`` (plus optional ``published``,
``outlet``, ``title``, ``url``), one ``str``, or a list of ``str``.

>>> as_documents(["Three people were killed."])[["doc_id", "text"]].iloc[0].tolist()
['doc-0000', 'Three people were killed.']
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Union

import pandas as pd

from . import schema

log = logging.getLogger(__name__)

Documents = Union[pd.DataFrame, str, Iterable[str]]


class DocumentError(ValueError):
    """Documents that cannot be used: says which column or row is wrong."""


def as_documents(docs: Documents) -> pd.DataFrame:
    """Return a conformed documents frame; never modifies ``docs``."""
    if isinstance(docs, str):
        frame = pd.DataFrame({"doc_id": ["doc-0000"], "text": [docs]})
    elif isinstance(docs, pd.DataFrame):
        frame = docs
        if "text" not in frame.columns:
            raise DocumentError(f"documents frame has no 'text' column (columns: {list(frame.columns)})")
        if "doc_id" not in frame.columns:
            frame = frame.assign(doc_id=[f"doc-{i:04d}" for i in range(len(frame))])
    else:
        texts = list(docs)
        bad = [i for i, t in enumerate(texts) if not isinstance(t, str)]
        if bad:
            raise DocumentError(f"document {bad[0]} is a {type(texts[bad[0]]).__name__}, not a str")
        frame = pd.DataFrame({"doc_id": [f"doc-{i:04d}" for i in range(len(texts))], "text": texts})
    out = schema.conform(frame, "documents")
    out["text"] = out["text"].fillna("")
    if out["doc_id"].isna().any():
        raise DocumentError(f"documents frame has a missing doc_id in row {int(out['doc_id'].isna().argmax())}")
    dupes = out["doc_id"][out["doc_id"].duplicated()]
    if len(dupes):
        raise DocumentError(f"doc_id is not unique: {dupes.iloc[0]!r} appears more than once")
    out["published"] = out["published"].dt.normalize()
    return out
