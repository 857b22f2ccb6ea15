"""Look a few values up in a long text column without hashing the whole column.

:func:`claimcheck.check` often wants where a few thousand claim ids stand among
a million (the claims of its findings, the wholes that parts name). Hashing a
million Arrow strings (``isin``, ``factorize``, an index) costs far more than
hashing the few wanted values and scanning the column once against them, which
Arrow's ``is_in`` does. pyarrow stays optional: it is imported only for a
column that is already Arrow-backed, which pandas cannot build without it.

Likewise, a cue searched in every claim's sentence (:func:`search_texts`) is
searched once over the distinct sentences joined into one text, not once per
sentence: a million claims stand in a few hundred thousand sentences, and a
call per sentence costs more than the search.
"""

from __future__ import annotations

import bisect
from typing import Any

import numpy as np
import pandas as pd


def isin_few(column: pd.Series, values: Any) -> np.ndarray:
    """``column.isin(values).to_numpy(bool)``, fast when ``values`` are few and ``column`` is Arrow-backed text."""
    wanted = pd.unique(pd.Series(np.asarray(values, dtype=object)).dropna().to_numpy(object))
    if not len(column) or not len(wanted):
        return np.zeros(len(column), dtype=bool)
    if (
        isinstance(column.dtype, pd.StringDtype)
        and column.dtype.storage == "pyarrow"
        and all(isinstance(v, str) for v in wanted.tolist())
    ):
        import pyarrow as pa  # present whenever a column is Arrow-backed; optional otherwise
        import pyarrow.compute as pc

        text = pa.array(column.array)
        found = pc.is_in(text, value_set=pa.array(wanted.tolist(), type=text.type))
        return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)  # a missing value is never in
    return np.asarray(column.isin(wanted).to_numpy(bool))


def first_positions(column: pd.Series, values: np.ndarray) -> np.ndarray:
    """Per value of ``values``, the position of its first row in ``column``; -1 where none holds it or it is missing."""
    values = np.asarray(values, dtype=object)
    hit = np.flatnonzero(isin_few(column, values))
    if not len(hit) or not len(values):
        return np.full(len(values), -1, dtype=np.int64)
    found = pd.Index(column.iloc[hit].to_numpy(object))
    keep = ~found.duplicated(keep="first")
    positions = pd.Index(found[keep]).get_indexer(pd.Series(values).where(pd.notna(values), None).to_numpy(object))
    return np.where(positions >= 0, hit[keep][np.maximum(positions, 0)], -1).astype(np.int64)


#: Joins the distinct texts :func:`search_texts` searches in one pass; no pattern it is given matches it.
TEXT_SEPARATOR = "\x00"


def search_texts(pattern: Any, column: pd.Series, rows: np.ndarray | None = None) -> np.ndarray:
    """Per row of a text column, whether ``pattern`` occurs in it (False where missing or empty, or not in ``rows``).

    ``rows`` (a boolean mask) limits the search to those rows. A categorical
    column is read through its categories, with no text hashed again.

    The distinct texts are joined by :data:`TEXT_SEPARATOR` and searched from
    each match on to the start of the next text, so the pattern runs in C over
    them all. The pattern must not match the separator (a NUL; claimcheck's cues
    read words, digits, spaces and punctuation), so that every text is searched
    as if alone: its start and end read as the ends of a string do for ``\\b``
    and lookarounds. A match that runs across a separator is checked again in
    each text it touches, alone.

    >>> import regex
    >>> search_texts(regex.compile(r"\\bwar\\b"), pd.Series(["the war", None, "warm", "", "war dead"])).tolist()
    [True, False, False, False, True]
    """
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes, uniques = column.cat.codes.to_numpy(np.int64), column.cat.categories
    else:
        codes, uniques = pd.factorize(column)
    if rows is not None:
        codes = np.where(rows, codes, -1)
        used = np.zeros(len(uniques) + 1, dtype=bool)
        used[codes] = True  # only the texts of the rows searched (-1 marks the last slot)
        if not used[:-1].all():
            kept = np.flatnonzero(used[:-1])
            renumber = np.full(len(uniques) + 1, -1, dtype=np.int64)
            renumber[kept] = np.arange(len(kept))
            codes, uniques = renumber[codes], uniques[kept]
    texts = [t if isinstance(t, str) else "" for t in pd.Series(uniques, dtype=object).tolist()]
    hit = np.zeros(len(texts) + 1, dtype=bool)  # the last slot: a missing value
    if texts:
        joined = TEXT_SEPARATOR.join(texts)
        starts = [0]
        for text in texts[:-1]:
            starts.append(starts[-1] + len(text) + 1)
        search, pos = pattern.search, 0
        while pos <= len(joined):
            m = search(joined, pos)
            if m is None:
                break
            k = bisect.bisect_right(starts, m.start()) - 1
            last = bisect.bisect_right(starts, max(m.end() - 1, m.start())) - 1
            if last == k:
                hit[k] = bool(texts[k])
            else:  # across a separator: each text it touches, alone
                for j in range(k, last + 1):
                    hit[j] = bool(texts[j]) and search(texts[j]) is not None
            pos = starts[last] + len(texts[last]) + 1  # on to the next text
    return hit[np.where(codes < 0, len(texts), codes)]
