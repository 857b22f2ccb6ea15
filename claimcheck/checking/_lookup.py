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
import functools
import re
import weakref
from typing import Any

import numpy as np
import pandas as pd
import regex


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
    if rows is not None and not rows.any():
        return np.zeros(len(column), dtype=bool)  # nothing to search: no text is read
    if isinstance(column.dtype, pd.CategoricalDtype):
        # the categories are joined once and searched whole for every pattern; rows only mask the result
        codes = column.cat.codes.to_numpy(np.int64)
        hit = _search_joined(pattern, _joined(column.cat.categories))
        found = hit[np.where(codes < 0, len(hit) - 1, codes)]
        return found & rows if rows is not None else found
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
    hit = _search_joined(pattern, _Joined.of(pd.Series(uniques, dtype=object).tolist()))
    return hit[np.where(codes < 0, len(hit) - 1, codes)]


class _Joined:
    """Distinct texts joined by :data:`TEXT_SEPARATOR`, with where each starts: built once, searched by many cues."""

    __slots__ = ("texts", "joined", "starts", "_lowered", "__weakref__")

    def __init__(self, texts: list[str], joined: str, starts: list[int]):
        self.texts, self.joined, self.starts = texts, joined, starts
        self._lowered: str | None | bool = False  # not worked out yet

    @property
    def lowered(self) -> str | None:
        """The joined text in lower case, or None where lowering changes its length (offsets would not hold)."""
        if self._lowered is False:
            low = self.joined.lower()
            self._lowered = low if len(low) == len(self.joined) else None
        return self._lowered if isinstance(self._lowered, str) else None

    @classmethod
    def of(cls, values: list[Any]) -> _Joined:
        texts = [t if isinstance(t, str) else "" for t in values]
        starts = [0]
        for text in texts[:-1]:
            starts.append(starts[-1] + len(text) + 1)
        return cls(texts, TEXT_SEPARATOR.join(texts), starts)


#: The joined categories of a categorical sentence column, by the identity of its categories (kept while they live).
_JOINED: dict[int, tuple[weakref.ref[pd.Index], _Joined]] = {}


def _joined(categories: pd.Index) -> _Joined:
    """The categories joined, built on first use and kept while the categories object lives."""
    known = _JOINED.get(id(categories))
    if known is not None and known[0]() is categories:
        return known[1]
    for key in [k for k, (ref, _) in _JOINED.items() if ref() is None]:
        del _JOINED[key]  # categories gone: their ids may be reused
    built = _Joined.of(pd.Series(categories, dtype=object).tolist())
    _JOINED[id(categories)] = (weakref.ref(categories), built)
    return built


@functools.lru_cache(maxsize=64)
def _case_free(pattern: Any) -> Any | None:
    """A case-insensitive pattern of lower-case literals compiled case-sensitive, to search lower-cased text.

    Case-insensitive matching is many times slower than plain matching; a pattern
    whose own text is lower case and names no case-bound class (``\\p{Lu}``,
    ``[A-Z]``, ``(?-i:``) matches a lower-cased text exactly where the original
    matches the text. None for any other pattern.
    """
    flags = getattr(pattern, "flags", 0)
    text = getattr(pattern, "pattern", None)
    if not isinstance(text, str) or not flags & re.IGNORECASE or text != text.lower():
        return None
    if any(bound in text for bound in ("\\p{", "\\P{", "(?-i", "\\u", "\\x")):
        return None
    module = regex if isinstance(pattern, regex.Pattern) else re
    return module.compile(text, flags & ~re.IGNORECASE & ~regex.IGNORECASE)


def _search_joined(pattern: Any, joined: _Joined) -> np.ndarray:
    """Per text (and a last slot for a missing value, False), whether ``pattern`` occurs in it alone."""
    texts, text, starts = joined.texts, joined.joined, joined.starts
    hit = np.zeros(len(texts) + 1, dtype=bool)
    if not texts:
        return hit
    search, pos = pattern.search, 0
    plain = _case_free(pattern)
    if plain is not None and joined.lowered is not None:
        text, search = joined.lowered, plain.search  # the same matches, found without case folding
    while pos <= len(text):
        m = search(text, pos)
        if m is None:
            break
        k = bisect.bisect_right(starts, m.start()) - 1
        last = bisect.bisect_right(starts, max(m.end() - 1, m.start())) - 1
        if last == k:
            hit[k] = bool(texts[k])
        else:  # across a separator: each text it touches, alone
            for j in range(k, last + 1):
                hit[j] = bool(texts[j]) and pattern.search(texts[j]) is not None
        pos = starts[last] + len(texts[last]) + 1  # on to the next text
    return hit
