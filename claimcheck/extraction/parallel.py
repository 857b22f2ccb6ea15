"""Run :func:`claimcheck.extract` on several cores, on a dask cluster, or as a stream; dask helpers for both stages.

Extraction reads each document on its own (claim ids depend only on the
document id and the span), so a corpus can be cut into chunks of documents,
read anywhere, and put back together in order: the result is the same rows,
in the same order, with the same ``claim_id`` as one process gives.

- :func:`extract_parallel`: a process pool over chunks of documents
  (``extract(docs, n_jobs=N)`` lands here).
- :func:`extract_stream`: claims chunk by chunk, for corpora larger than
  memory (pair it with :func:`claimcheck.reading.corpus.iter_corpus`).
- :func:`extract_dask`: a lazy dask DataFrame of documents in, a lazy dask
  DataFrame of claims out (its counterpart for checking is
  :func:`claimcheck.checking.parallel.check_dask`).

dask is imported only when a dask function is called: the core never needs it.

>>> is_dask(pd.DataFrame())
False
>>> resolve_jobs(1), resolve_jobs(-1) >= 1
(1, True)
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Executor, ProcessPoolExecutor
from itertools import repeat
from typing import Any

import pandas as pd

from claimcheck import schema
from claimcheck.extraction.claims import extract_claims
from claimcheck.extraction.events import with_events
from claimcheck.reading.documents import Documents, as_documents

log = logging.getLogger(__name__)

#: Chunks per worker: enough to even out articles of 1 KB and 10 KB, few enough to keep pickling cheap.
CHUNKS_PER_JOB = 8

#: The largest chunk sent to a worker, in documents (bounds a worker's memory on huge corpora).
MAX_CHUNK = 500


# --------------------------------------------------------------------------- one machine


def resolve_jobs(n_jobs: int) -> int:
    """The number of worker processes ``n_jobs`` asks for: a positive count, or -1 for every usable core."""
    if n_jobs == -1:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)
    if n_jobs < 1:
        raise ValueError(f"n_jobs must be a positive number of processes or -1 (every core), not {n_jobs}")
    return n_jobs


def extract_parallel(docs: Documents, n_jobs: int = -1, **options: Any) -> pd.DataFrame:
    """``extract(docs, **options)`` on ``n_jobs`` processes: the same frame, row for row, as one process gives.

    Documents are numbered once, here (so list input gets the same ``doc_id``
    as in one process), then cut into chunks that workers read in order.
    """
    documents = as_documents(docs)
    jobs = resolve_jobs(n_jobs)
    if jobs == 1 or len(documents) < 2:
        return _extract_chunk(documents, options)
    events = options.get("events", True)
    with process_pool(jobs) as pool:
        claims = _extract_on(pool, documents, jobs, {**options, "events": False})
    # over the whole corpus, not chunk by chunk (with_events keeps the failed documents' list)
    return with_events(claims, documents) if events else claims


def extract_stream(chunks: Iterable[Documents], *, n_jobs: int = 1, **options: Any) -> Iterator[pd.DataFrame]:
    """The claims of each chunk of documents, one frame per chunk, as the chunks arrive.

    Memory holds one chunk and its claims at a time, so a corpus larger than
    memory streams through (``chunks`` can be :func:`claimcheck.reading.corpus.iter_corpus`).
    Documents without a ``doc_id`` are numbered across chunks, as one call to
    ``extract`` on the whole corpus would number them: the frames put together
    equal ``extract(whole corpus, events=False)``: a chunk cannot know the
    stories of the others, so ``event`` is left as the documents give it and
    :func:`claimcheck.check` groups the claims into events over all of them.
    With ``n_jobs`` > 1 one process pool serves every chunk.
    """
    jobs = resolve_jobs(n_jobs)
    pool = process_pool(jobs) if jobs > 1 else None
    seen = 0
    try:
        for chunk in chunks:
            documents = _numbered(chunk, seen)
            seen += len(documents)
            if pool is None or len(documents) < 2:
                yield _extract_chunk(documents, {**options, "events": False})
            else:
                yield _extract_on(pool, documents, jobs, {**options, "events": False})
    finally:
        if pool is not None:
            pool.shutdown()


def process_pool(jobs: int) -> ProcessPoolExecutor:
    """A pool of ``jobs`` processes ready to extract.

    On POSIX the workers are forked: they start in milliseconds with what this
    process has loaded (pandas, the compiled patterns, quantulum3's data once
    a spelled-out number has been read). Elsewhere they are spawned and import
    claimcheck first.
    """
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context)


def _extract_on(pool: Executor, documents: pd.DataFrame, jobs: int, options: Mapping[str, Any]) -> pd.DataFrame:
    size = min(MAX_CHUNK, max(1, math.ceil(len(documents) / (jobs * CHUNKS_PER_JOB))))
    pieces = [documents.iloc[i : i + size] for i in range(0, len(documents), size)]
    log.debug("extracting %d documents in %d chunks on %d processes", len(documents), len(pieces), jobs)
    parts = list(pool.map(_extract_chunk, pieces, repeat(dict(options))))
    return combine_claims(parts)


def _extract_chunk(documents: pd.DataFrame, options: Mapping[str, Any]) -> pd.DataFrame:
    """One process's share: the plain, single-process extractor."""
    return extract_claims(documents, **options)


def combine_claims(parts: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Claims frames of consecutive chunks as one claims frame, in order."""
    kept = [p for p in parts if len(p)]
    if not kept:
        return schema.empty("claims")
    return schema.conform(pd.concat(kept, ignore_index=True), "claims")


def _numbered(chunk: Documents, seen: int) -> pd.DataFrame:
    """A chunk as a documents frame; documents without an id are numbered from ``seen`` on."""
    if isinstance(chunk, str):
        chunk = [chunk]
    if isinstance(chunk, pd.DataFrame):
        frame = chunk
    else:
        texts = list(chunk)
        frame = pd.DataFrame({"text": pd.Series(texts, dtype=object)})
    if "doc_id" not in frame.columns and "text" in frame.columns:
        frame = frame.assign(doc_id=[f"doc-{i:04d}" for i in range(seen, seen + len(frame))])
    return as_documents(frame)


# --------------------------------------------------------------------------- dask


def is_dask(obj: Any) -> bool:
    """Whether ``obj`` is a dask collection with partitions (a dask DataFrame), without importing dask."""
    return hasattr(obj, "__dask_graph__") and hasattr(obj, "map_partitions") and hasattr(obj, "npartitions")


def dask_dataframe() -> Any:
    try:
        import dask.dataframe as dd
    except ImportError:
        raise ImportError("dask support needs dask: pip install 'claimcheck[dask]'") from None
    return dd


def extract_dask(docs: Any, **options: Any) -> Any:
    """The claims of a dask DataFrame of documents, as a lazy dask DataFrame (one claims partition per partition).

    ``docs`` needs a ``doc_id`` column, unique across the whole frame: a dask
    frame has no global row numbers to name documents by. Nothing is read until
    ``.compute()`` (or a write) asks for it. A partition cannot know the stories
    of the others, so ``event`` is left as the documents give it;
    :func:`claimcheck.check` groups the claims into events over all of them.
    """
    dask_dataframe()
    if "doc_id" not in docs.columns or "text" not in docs.columns:
        raise ValueError(
            f"a dask documents frame needs 'doc_id' and 'text' columns (columns: {list(docs.columns)}); "
            "add a unique doc_id before extracting"
        )
    return docs.map_partitions(_extract_chunk, {**options, "events": False}, meta=schema.empty("claims"))


# --------------------------------------------------------------------------- a cluster, from pandas


def extract_on_cluster(docs: Documents, address: str, **options: Any) -> pd.DataFrame:
    """``extract(docs)`` computed on the dask.distributed scheduler at ``address``: the same frame as one process.

    The documents are cut into a few partitions per worker thread and sent to
    the cluster; the claims come back in document order.
    """
    dd = dask_dataframe()
    documents = as_documents(docs)
    with dask_client(address) as client:
        threads = max(1, sum(client.nthreads().values()))
        parts = max(1, min(len(documents), threads * CHUNKS_PER_JOB))
        claims = extract_dask(dd.from_pandas(documents, npartitions=parts, sort=False), **options).compute()
    claims = combine_claims([claims])
    if not options.get("events", True):
        return claims
    return with_events(claims, documents)


def dask_client(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise ImportError("running on a cluster needs distributed: pip install 'claimcheck[dask]'") from None
    log.info("connecting to the dask scheduler at %s", address)
    return Client(address)
