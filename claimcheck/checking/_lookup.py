"""Look a few values up in a long text column without hashing the whole column.

:func:`claimcheck.check` often wants where a few thousand claim ids stand among
a million (the claims of its findings, the wholes that parts name). Hashing a
million Arrow strings (``isin``, ``factorize``, an index) costs far more than
hashing the few wanted values and scanning the column once against them, which
Arrow's ``is_in`` does. pyarrow stays optional: it is imported only for a
column that is already Arrow-backed, which pandas cannot build without it.
"""

from __future__ import annotations

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
