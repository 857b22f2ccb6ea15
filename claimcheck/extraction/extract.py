"""``extract(docs)``: every numeric claim about people in a corpus, one row per claim.

Data flows one way: documents -> sentences -> number phrases -> counts of
people -> claims. Each step is its own module; :mod:`claimcheck.extraction.claims`
reads the documents one after another, :mod:`claimcheck.extraction.parallel` on
several processes or dask, and :mod:`claimcheck.extraction.events` groups them
into the stories they tell.

>>> claims = extract("At least 7 people were killed in Rafah on Tuesday, medics said.")
>>> row = claims.iloc[0]
>>> print(row.surface, row.qualifier, row.low, row.high, row.category, row.subject, row.location, row.source, row.scope)
At least 7 at_least 7.0 inf killed people Rafah medics incident
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from claimcheck import schema
from claimcheck.extraction import parallel
from claimcheck.extraction.claims import extract_claims
from claimcheck.reading.documents import Documents
from claimcheck.settings import TOLERANCE

__all__ = ["extract"]


def extract(
    docs: Documents,
    *,
    tolerance: float = TOLERANCE,
    vague_ranges: Mapping[str, tuple[float, float]] | None = None,
    categories: Mapping[str, Iterable[str]] | None = None,
    n_jobs: int = 1,
    events: bool = True,
) -> pd.DataFrame:
    """The claims frame (see ``docs/claim-model.md``) for ``docs``: a frame, a string or a list of strings.

    ``tolerance`` is the relative width of "about x" and "nearly x"; ``vague_ranges``
    overrides the intervals of "dozens", "hundreds" ...; ``categories`` adds
    categories (or words to existing ones): ``{"evacuated": ["airlifted"]}``. ``n_jobs`` processes
    (-1: every core) give the same frame as one; a dask DataFrame gives a lazy dask DataFrame
    (see :mod:`claimcheck.extraction.parallel`). ``events`` groups the documents into the
    stories they tell (the ``event`` column, see :mod:`claimcheck.extraction.events`); an
    ``event`` column in the documents is kept as given. Pass ``events=False`` to
    leave ``event`` as the documents give it (missing where they give none).

    A document the extractor fails on is logged and listed in ``claims.attrs["failed"]``
    (``doc_id`` and ``error``); the other documents are still read.
    """
    schema.validate_extract_call(tolerance, vague_ranges, n_jobs, categories)  # ValueError naming the option
    if n_jobs != 1 or parallel.is_dask(docs):
        options = {"tolerance": tolerance, "vague_ranges": vague_ranges, "categories": categories, "events": events}
        if parallel.is_dask(docs):
            return parallel.extract_dask(docs, **options)
        return parallel.extract_parallel(docs, n_jobs, **options)
    return extract_claims(docs, tolerance=tolerance, vague_ranges=vague_ranges, categories=categories, events=events)
