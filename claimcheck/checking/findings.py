"""One finding per figure: the every-pair conflicts frame reduced to what a person can read (issue 14).

:func:`claimcheck.check` finds every pair of figures that cannot both hold.
When many outlets report one quantity, the pairs grow with the square of the
figures (ten reports of 40 and ten of 60 are a hundred pairs), while a reader
wants each wrong-looking figure once. :func:`per_figure` keeps, for each rule
and each claim that breaks it, the pair with the counterpart that contradicts
it most, and counts the others in ``others``:

- a figure that breaks a rule by itself being later and lower (``claim_b`` of
  a fall) is shown against the highest earlier report it falls below;
- in a same-day mismatch either figure may be the wrong one, so each is shown
  against the figure farthest from it; a pair that is the farthest for both
  is shown once;
- a claim that would otherwise vanish (an earlier report whose only
  counterparts are shown against higher ones) is shown against its farthest
  counterpart, so the claims in conflict are the same with every pair and with
  one per figure.

Pure functions: a frame in, a new frame out; the input is never modified.

>>> pairs = pd.DataFrame({"rule": ["interval_mismatch"] * 2, "claim_a": ["low", "low"],
...     "claim_b": ["mid", "high"], "severity": ["error", "error"], "gap": [5.0, 20.0]})
>>> per_figure(pairs)[["claim_a", "claim_b", "figure", "others"]].values.tolist()
[['low', 'mid', 'mid', 0], ['low', 'high', 'high', 0]]
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

#: Optional column of :func:`per_figure`'s input: True where either figure of the pair may be the one
#: that breaks the rule (two figures of one day); False or missing: ``claim_b`` breaks it (a later fall,
#: a part above its whole).
BOTH_WAYS = "_both_ways"

#: Optional column of :func:`per_figure`'s input: how far apart the two figures are, to choose among
#: pairs of equal ``gap`` (a warning's gap is 0).
DISTANCE = "_distance"

_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def counterparts(conflicts: pd.DataFrame) -> pd.DataFrame:
    """Each finding's ``figure`` (the claim it reports: ``claim_b``, else ``claim_a``) and ``others``.

    ``others`` counts the claims that contradict ``figure`` under the same rule
    besides the one on this row (each is its own row with ``pairs="all"``). The
    input is not modified.
    """
    out = conflicts.copy()
    b = out["claim_b"].astype(object)
    figure = b.where(b.notna(), out["claim_a"].astype(object))
    out["figure"] = figure.to_numpy(object)
    out["others"] = _others(out, figure.to_numpy(object))
    return out


def per_figure(conflicts: pd.DataFrame) -> pd.DataFrame:
    """The findings reduced to one per figure and rule (see the module docstring), in their input order.

    ``conflicts`` needs ``rule``, ``claim_a``, ``claim_b``, ``severity`` and
    ``gap``, and may carry :data:`BOTH_WAYS` and :data:`DISTANCE`. The result
    keeps the kept rows' columns and sets ``figure`` and ``others``.
    """
    if conflicts.empty:
        return counterparts(conflicts)
    frame = conflicts.reset_index(drop=True)
    n = len(frame)
    a = frame["claim_a"].astype(object).to_numpy(object)
    b_col = frame["claim_b"].astype(object)
    paired = b_col.notna().to_numpy(bool)
    b = b_col.where(b_col.notna(), None).to_numpy(object)
    rule = frame["rule"].astype(object).to_numpy(object)
    both = (frame[BOTH_WAYS].fillna(False).to_numpy(bool) if BOTH_WAYS in frame else np.zeros(n, dtype=bool)) & paired
    rows = np.arange(n)
    # The ends that may break a rule: claim_b of every pair, claim_a where either may.
    ends = pd.DataFrame(
        {
            "row": np.concatenate([rows[paired], rows[both]]),
            "figure": np.concatenate([b[paired], a[both]]),
        }
    )
    chosen = _best(frame, ends)
    # Claims that appear in some pair but in no chosen one are shown against their farthest counterpart.
    covered = set(zip(rule[chosen["row"]], a[chosen["row"]], strict=True)) | set(
        zip(rule[chosen["row"]], b[chosen["row"]], strict=True)
    )
    left = np.array([(r, x) not in covered for r, x in zip(rule, a, strict=True)], dtype=bool) & paired
    if left.any():
        extra = _best(frame, pd.DataFrame({"row": rows[left], "figure": a[left]}))
        chosen = pd.concat([chosen, extra], ignore_index=True)
    single = pd.DataFrame({"row": rows[~paired], "figure": a[~paired]})
    chosen = pd.concat([chosen, single], ignore_index=True).drop_duplicates("row", keep="first")
    chosen = chosen.sort_values("row", kind="stable")
    figure = chosen["figure"].to_numpy(object)
    counts = _others_of(frame, rule[chosen["row"].to_numpy()], figure)
    out = frame.iloc[chosen["row"].to_numpy()].reset_index(drop=True)
    out["figure"] = figure
    out["others"] = counts
    log.debug("per_figure: %d findings of %d pairs", len(out), n)
    return out


def _best(frame: pd.DataFrame, ends: pd.DataFrame) -> pd.DataFrame:
    """Per (rule, figure) among ``ends``, the row whose counterpart contradicts the figure most.

    Most: an error before a warning, then the widest ``gap``, then the largest
    :data:`DISTANCE`, then the counterpart with the smallest claim id (two copies of one figure, "20563 or
    more" told twice, are the same counterpart: the choice must not hang on the order of the claims).
    """
    if ends.empty:
        return ends.assign(row=ends["row"].astype(np.int64))
    row = ends["row"].to_numpy(np.int64)
    sev = frame["severity"].astype(object).map(_SEVERITY_RANK).fillna(3).to_numpy(float)[row]
    gap = frame["gap"].astype(float).fillna(0.0).to_numpy(float)[row]
    dist = frame[DISTANCE].astype(float).fillna(0.0).to_numpy(float)[row] if DISTANCE in frame else np.zeros(len(row))
    figure = ends["figure"].to_numpy(object)
    a_ids = frame["claim_a"].astype(object).to_numpy(object)[row]
    b_ids = frame["claim_b"].astype(object).to_numpy(object)[row]
    partner = pd.Series(np.where(a_ids == figure, b_ids, a_ids), dtype=object).fillna("")
    # each counterpart's place among the counterparts' ids sorted: an integer to sort by, the same in any order
    rank = pd.factorize(partner, sort=True)[0]
    table = pd.DataFrame(
        {
            "rule": frame["rule"].astype(object).to_numpy(object)[row],
            "figure": figure,
            "sev": sev,
            "gap": -gap,
            "dist": -dist,
            "partner": rank,
            "row": row,
        }
    )
    table = table.sort_values(["sev", "gap", "dist", "partner", "row"], kind="stable")
    best = table.drop_duplicates(["rule", "figure"], keep="first")
    return best[["row", "figure"]].reset_index(drop=True)


def _others(frame: pd.DataFrame, figures: np.ndarray) -> np.ndarray:
    """``others`` of each row of ``frame`` for the given figure of each row."""
    return _others_of(frame, frame["rule"].astype(object).to_numpy(object), figures)


def _others_of(frame: pd.DataFrame, figure_rules: np.ndarray, figures: np.ndarray) -> np.ndarray:
    """For each (rule, figure), the distinct claims paired with the figure under that rule in ``frame``, less one."""
    if not len(figures):
        return np.zeros(0, dtype=np.int64)
    b = frame["claim_b"].astype(object)
    paired = b.notna().to_numpy(bool)
    rule = frame["rule"].astype(object).to_numpy(object)[paired]
    a_ids = frame["claim_a"].astype(object).to_numpy(object)[paired]
    b_ids = b.to_numpy(object)[paired]
    links = pd.DataFrame(
        {
            "rule": np.concatenate([rule, rule]),
            "figure": np.concatenate([a_ids, b_ids]),
            "other": np.concatenate([b_ids, a_ids]),
        }
    ).drop_duplicates()
    sizes = links.groupby(["rule", "figure"], sort=False).size()
    wanted = pd.MultiIndex.from_arrays([figure_rules, figures], names=["rule", "figure"])
    found = sizes.reindex(wanted).fillna(1).to_numpy(np.int64)
    return np.maximum(found - 1, 0)
