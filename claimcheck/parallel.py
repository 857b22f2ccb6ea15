"""Run :func:`claimcheck.extract` and :func:`claimcheck.check` on several cores, on a dask cluster, or as a stream.

This path is kept for users and the docs; the runners live with their stage:
:mod:`claimcheck.extraction.parallel` (process pools, streams, dask documents)
and :mod:`claimcheck.checking.parallel` (dask claims, a cluster).
"""

from claimcheck.checking.conflicts import in_check_order
from claimcheck.checking.parallel import CLAIMS_PER_PARTITION, check_dask, check_on_cluster
from claimcheck.extraction.parallel import (
    CHUNKS_PER_JOB,
    MAX_CHUNK,
    combine_claims,
    extract_dask,
    extract_on_cluster,
    extract_parallel,
    extract_stream,
    is_dask,
    process_pool,
    resolve_jobs,
)

__all__ = [
    "CHUNKS_PER_JOB",
    "CLAIMS_PER_PARTITION",
    "MAX_CHUNK",
    "check_dask",
    "check_on_cluster",
    "combine_claims",
    "extract_dask",
    "extract_on_cluster",
    "extract_parallel",
    "extract_stream",
    "in_check_order",
    "is_dask",
    "process_pool",
    "resolve_jobs",
]
