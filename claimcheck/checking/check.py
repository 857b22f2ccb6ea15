"""Flag figures that cannot all be true: :func:`check` turns the claims frame into the conflicts frame.

Only asserted claims enter the rules (projected and disputed figures never
conflict). Claims are grouped by :func:`claimcheck.checking.quantity.comparison_key`
and compared within groups (see :mod:`claimcheck.checking.pairs`), so the cost grows
with the claims, not their square. The rules live in :mod:`claimcheck.checking.rules`;
what they mean is in ``docs/checking.md``.

>>> claims = pd.DataFrame({"claim_id": ["a", "b"], "doc_id": ["d1", "d2"], "surface": ["60", "more than 60"],
...     "low": [60.0, 60.0], "high": [60.0, float("inf")], "low_inclusive": [True, False],
...     "high_inclusive": [True, False], "category": "killed", "scope": "cumulative", "modality": "asserted",
...     "claim_date": pd.Timestamp("2024-03-23")})
>>> check(claims)[["rule", "severity", "claim_a", "claim_b"]].values.tolist()
[['interval_mismatch', 'error', 'a', 'b']]
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from claimcheck import schema
from claimcheck.checking.conflicts import DEFAULTS, PAIRS, check_claims
from claimcheck.checking.parallel import check_dask
from claimcheck.extraction.parallel import is_dask

__all__ = ["DEFAULTS", "PAIRS", "check"]


def check(claims: pd.DataFrame, *, reference: pd.DataFrame | None = None, **options: Any) -> pd.DataFrame:
    """Return the conflicts frame: each figure that breaks a rule once per rule, or every pair (``pairs="all"``).

    Options (defaults in :data:`DEFAULTS`):

    - ``tolerance`` (``settings.TOLERANCE`` = 0.1): relative tolerance around a
      reference value for ``reference_mismatch``;
    - ``reference_window`` (1): a claim reported on day D may carry the reference
      value of any day from D - window to D;
    - ``warnings`` (True): report findings of severity ``warning``
      (only the implied bounds of round figures part);
    - ``rules`` (None = every registered rule): names of the rules to run;
    - ``key`` (:func:`claimcheck.checking.quantity.comparison_key`): a function of the
      claims frame returning one hashable key per claim; claims about one
      quantity share a key;
    - ``places`` (:func:`claimcheck.checking.quantity.compatible_places`): whether two
      place keys (or None) may be one place;
    - ``about_tolerance`` (None): re-read "about"/"nearly" claims with this
      tolerance instead of the interval the extractor gave;
    - ``vague_ranges`` (None): re-read vague claims ("dozens") with these
      ranges, a mapping of word to (low, high);
    - ``compare_other`` (False): also pair claims of category ``other``
      (counts of people with nothing said about what happened to them);
    - ``compare_vague`` (False): also report figures of one day that disagree
      only through a vague word ("dozens" against "178", "hundreds" against
      "dozens"), and a vague word told after a count it lies below ("174",
      then "dozens"); a count below an earlier vague word is a fall either way;
    - ``events`` (``"auto"``): which story each claim belongs to; figures of two
      events are never compared. ``"auto"`` keeps the claims' ``event`` column
      where filled and groups the rest (:func:`claimcheck.extraction.events.assign_events`);
      ``"document"`` makes each document its own event; ``None`` puts every claim
      in one event; a function of the claims frame returns one event per claim;
    - ``pairs`` (``"figure"``): ``"figure"`` reports each claim that breaks a rule
      once per rule, against the counterpart that contradicts it most, with the
      number of its other counterparts in ``others`` (see
      :mod:`claimcheck.checking.findings`); ``"all"`` reports every pair. The claims in
      conflict are the same either way.

    Pair rules compare only standalone figures (``role == "figure"``): parts,
    increments and earlier reports enter ``part_exceeds_whole`` only.

    ``reference`` is a frame of trusted figures (see :mod:`claimcheck.checking.reference`).
    The input is never modified. A dask DataFrame of claims gives a lazy dask
    DataFrame of conflicts (see :func:`claimcheck.checking.parallel.check_dask`).
    """
    schema.validate_check_call(claims, options)  # ValueError naming the column or option (issue 15)
    if is_dask(claims):
        return check_dask(claims, reference=reference, **options)
    return check_claims(claims, reference=reference, **options)
