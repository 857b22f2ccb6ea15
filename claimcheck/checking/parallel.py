"""Run :func:`claimcheck.check` on dask: a lazy dask DataFrame of claims in, a lazy DataFrame of conflicts out.

:func:`check_dask` shuffles claims by event (figures of two events are never
compared; events that share a document travel together), so each partition
holds whole events and no partition needs the whole corpus: every rule, and the
reduction to one finding per figure (:mod:`claimcheck.checking.findings`), sees
all it compares. dask is imported only when a function here is called.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from claimcheck import schema
from claimcheck.checking import rules
from claimcheck.checking.conflicts import check_claims, checked_options, events_of, in_check_order, units_of
from claimcheck.extraction.parallel import dask_client, dask_dataframe

#: Claims per partition when :func:`check_on_cluster` cuts a pandas frame: ``check`` has a fixed cost of
#: a fraction of a second per call, so partitions much smaller than this spend their time on it.
CLAIMS_PER_PARTITION = 50_000

_KEY = "_claimcheck_key"
_UNIT = "_claimcheck_unit"


def check_dask(claims: Any, *, reference: pd.DataFrame | None = None, **options: Any) -> Any:
    """The conflicts of a dask DataFrame of claims, as a lazy dask DataFrame; ``.compute()`` equals ``check``.

    Events and comparison keys are found once over the columns they read (they
    depend on whole events), then the claims are shuffled by event (events that
    share a document travel together), so each partition holds whole events and
    is checked with the pandas :func:`claimcheck.check`: every rule, and the
    reduction to one finding per figure, see all they compare, as in one
    process. Rows come in partition order, not in the order of the pandas
    result. The largest event (say, a war's year of reports) must fit in one
    worker's memory.
    """
    dask_dataframe()  # a clear ImportError without dask
    opts, names = checked_options(options)
    for name in names:
        rules.get(name)  # an unknown rule fails now, not on a worker
    meta = schema.conform(claims._meta, "claims")
    conformed = claims.map_partitions(schema.conform, "claims", meta=meta)
    event, key, unit = _events_and_keys(conformed, opts["events"], opts["key"])
    with_unit = meta.assign(**{_UNIT: pd.Series(dtype=str)})
    conformed = conformed.map_partitions(_with_event, event, unit, meta=with_unit)
    options = {**options, "events": "auto", "key": _KeyOf(key), "rules": names}
    shuffled = conformed.shuffle(_UNIT)
    return shuffled.map_partitions(_check_partition, reference, options, meta=schema.empty("conflicts"))


#: The columns events and comparison keys read; a dask check gathers only these in one place.
EVENT_COLUMNS = (
    "claim_id",
    "doc_id",
    "sentence",
    "location",
    "published",
    "claim_date",
    "scope",
    "category",
    "subject",
    "event",
)


def _events_and_keys(claims: Any, how: Any, key_fn: Any) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Each claim's event, comparison key and unit (events joined where they share a document), by claim id."""
    small = claims[[c for c in EVENT_COLUMNS if c in claims.columns]].compute()
    small = small.assign(event=events_of(small, how))
    keys = pd.Series(key_fn(small), index=small.index).astype(str)
    units = units_of(small["event"].astype("string").fillna("").to_numpy(object), small["doc_id"].to_numpy(object))
    ids = small["claim_id"].astype(str)
    return (
        dict(zip(ids, small["event"].astype(object), strict=True)),
        dict(zip(ids, keys, strict=True)),
        dict(zip(ids, (f"u{u}" for u in units.tolist()), strict=True)),
    )


def _with_event(claims: pd.DataFrame, event: dict[str, str], unit: dict[str, str]) -> pd.DataFrame:
    ids = claims["claim_id"].astype(str)
    return claims.assign(event=ids.map(event).astype("string"), **{_UNIT: ids.map(unit).to_numpy(object)})


class _KeyOf:
    """A comparison key computed beforehand, looked up by claim id (picklable, for dask workers)."""

    def __init__(self, keys: dict[str, str]):
        self.keys = keys

    def __call__(self, claims: pd.DataFrame) -> pd.Series:
        return claims["claim_id"].astype(str).map(self.keys)


def _with_key(claims: pd.DataFrame, key_fn: Any) -> pd.DataFrame:
    """The claims with their comparison key as a plain string column to shuffle on."""
    key = pd.Series(key_fn(claims), index=claims.index).astype(str)
    return claims.assign(**{_KEY: key.to_numpy(object)})


def _check_partition(claims: pd.DataFrame, reference: pd.DataFrame | None, options: Mapping[str, Any]) -> pd.DataFrame:
    if claims.empty:
        return schema.empty("conflicts")
    return check_claims(claims.drop(columns=[_KEY, _UNIT], errors="ignore"), reference=reference, **options)


def check_on_cluster(
    claims: pd.DataFrame, address: str, *, reference: pd.DataFrame | None = None, **options: Any
) -> pd.DataFrame:
    """``check(claims)`` computed on the dask.distributed scheduler at ``address``, in the order ``check`` gives."""
    dd = dask_dataframe()
    frame = schema.conform(claims, "claims")
    with dask_client(address) as client:
        threads = max(1, sum(client.nthreads().values()))
        parts = max(1, min(threads * 4, math.ceil(len(frame) / CLAIMS_PER_PARTITION)))
        lazy = check_dask(dd.from_pandas(frame, npartitions=parts, sort=False), reference=reference, **options)
        found = lazy.compute()
    _, names = checked_options(options)
    return in_check_order(found, frame, names)
