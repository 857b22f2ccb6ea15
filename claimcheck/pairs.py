"""Find pairs of claims about one quantity whose intervals do not overlap, without comparing all pairs.

Claims are first split into groups (the comparison key, plus the report date
where a rule needs it). Within a group, places are matched through buckets: one
bucket per distinct place, and a two-sided bucket for each pair of places that
may be one place (a claim without a place against each placed one, and distinct
places that :func:`~claimcheck.quantity.compatible_places` lets match). Within a
bucket a sort and a binary search list the disjoint pairs directly, so the work
grows with the claims and the pairs found, not with the square of the corpus.

Bounds are compared as integer ranks of ``(value, side)``: an inclusive high
``x`` ranks below an exclusive low ``x``, so "60" and "more than 60" are
disjoint while "60" and "at least 60" are not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

PlaceMatch = Callable[[str | None, str | None], bool]


def bound_ranks(
    low: np.ndarray, low_inc: np.ndarray, highs: list[tuple[np.ndarray, np.ndarray]]
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Integer ranks of lower and upper bounds such that two intervals are disjoint iff ``high_rank < low_rank``.

    >>> lo, (hi,) = bound_ranks(np.array([60.0, 60.0]), np.array([True, False]),
    ...                         [(np.array([60.0, np.inf]), np.array([True, False]))])
    >>> bool(hi[0] < lo[1]), bool(hi[1] < lo[0])
    (True, False)
    """
    n = len(low)
    values = np.concatenate([low] + [h for h, _ in highs])
    # an inclusive low x sits at x (0), an exclusive low just above (+1);
    # an inclusive high at x (0), an exclusive high just below (-1).
    sides = np.concatenate([np.where(low_inc, 0, 1)] + [np.where(inc, 0, -1) for _, inc in highs])
    order = np.lexsort((sides, values))
    sv, ss = values[order], sides[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = (sv[1:] != sv[:-1]) | (ss[1:] != ss[:-1])
    ranks = np.empty(len(order), dtype=np.int64)
    ranks[order] = np.cumsum(new) - 1
    return ranks[:n], [ranks[n * (k + 1) : n * (k + 2)] for k in range(len(highs))]


def buckets(group: pd.Series, place: pd.Series, places: PlaceMatch) -> pd.DataFrame:
    """Rows of the claims arranged in buckets of claims that may be compared.

    ``group`` is an integer group per claim, ``place`` its place key (None when
    missing). Returns ``bucket, side, row`` where ``row`` is the position of the
    claim; within a one-sided bucket every pair is a candidate, within a
    two-sided bucket only pairs across the sides are.
    """
    frame = pd.DataFrame({"group": group.to_numpy(), "place": place.astype(object).where(place.notna(), "").to_numpy()})
    frame["row"] = np.arange(len(frame))
    cells = frame[["group", "place"]].drop_duplicates().reset_index(drop=True)
    cells["cell"] = np.arange(len(cells))
    frame = frame.merge(cells, on=["group", "place"], how="left")

    # Pairs of distinct cells in one group that may be the same place.
    named = cells[cells["place"] != ""]
    wild = cells[cells["place"] == ""]
    links = [wild.merge(named, on="group", suffixes=("_a", "_b"))[["cell_a", "cell_b"]]]
    matching = _matching_places(np.asarray(pd.unique(named["place"]), dtype=object), places)
    if len(matching):
        side_a = named.rename(columns={"place": "place_a", "cell": "cell_a"}).merge(matching, on="place_a")
        side_b = named.rename(columns={"place": "place_b", "cell": "cell_b"})
        links.append(side_a.merge(side_b, on=["group", "place_b"])[["cell_a", "cell_b"]])
    link = pd.concat(links, ignore_index=True)
    link["bucket"] = len(cells) + np.arange(len(link))

    by_cell = frame[["cell", "row"]]
    one_sided = by_cell.rename(columns={"cell": "bucket"}).assign(side=0)
    side_a = link[["cell_a", "bucket"]].merge(by_cell, left_on="cell_a", right_on="cell")[["bucket", "row"]]
    side_b = link[["cell_b", "bucket"]].merge(by_cell, left_on="cell_b", right_on="cell")[["bucket", "row"]]
    out = pd.concat([one_sided, side_a.assign(side=0), side_b.assign(side=1)], ignore_index=True)
    return out[["bucket", "side", "row"]]


def _matching_places(distinct: np.ndarray, places: PlaceMatch) -> pd.DataFrame:
    """Pairs ``(place_a, place_b)`` of distinct place keys that may be one place, each pair once.

    Computed once over the distinct places of the corpus (few, however many
    claims), trying only places that share the rarest word of one of them: a
    place contained in another shares all its words.
    """
    frame = pd.DataFrame({"place": distinct})
    tokens = frame.assign(token=frame["place"].str.split(" ")).explode("token")
    freq = tokens.groupby("token")["place"].transform("size")
    rarest = tokens.assign(freq=freq).sort_values(["place", "freq", "token"]).drop_duplicates("place")
    cand = rarest[["token", "place"]].merge(tokens[["token", "place"]], on="token", suffixes=("_a", "_b"))
    cand = cand[cand["place_a"] != cand["place_b"]]
    ok = np.fromiter(
        (places(a, b) for a, b in zip(cand["place_a"], cand["place_b"], strict=False)), dtype=bool, count=len(cand)
    )
    cand = cand[ok]
    a, b = cand["place_a"].to_numpy(object), cand["place_b"].to_numpy(object)
    lo = np.where(a < b, a, b)
    hi = np.where(a < b, b, a)
    return pd.DataFrame({"place_a": lo, "place_b": hi}).drop_duplicates().reset_index(drop=True)


def _two_sided(table: pd.DataFrame) -> np.ndarray:
    bucket = table["bucket"].to_numpy(np.int64)
    flags = np.zeros(int(bucket.max()) + 1 if len(bucket) else 0, dtype=bool)
    flags[bucket[table["side"].to_numpy() == 1]] = True
    return flags


def disjoint_pairs(table: pd.DataFrame, low_rank: np.ndarray, high_rank: np.ndarray) -> pd.DataFrame:
    """Pairs ``(first, second)`` of rows in one bucket with ``high_rank[first] < low_rank[second]``.

    ``table`` comes from :func:`buckets`; ranks are per claim row. A sort by
    bucket and low bound, then one binary search per claim, gives the range of
    claims wholly above it; the pairs are read off those ranges.
    """
    if table.empty:
        return pd.DataFrame({"first": np.array([], dtype=np.int64), "second": np.array([], dtype=np.int64)})
    bucket = table["bucket"].to_numpy(np.int64)
    row = table["row"].to_numpy(np.int64)
    side = table["side"].to_numpy(np.int64)
    span = int(max(low_rank.max(initial=0), high_rank.max(initial=0))) + 2
    low_key = bucket * span + low_rank[row]
    order = np.argsort(low_key, kind="stable")
    sorted_keys = low_key[order]
    start = np.searchsorted(sorted_keys, bucket * span + high_rank[row], side="right")
    end = np.searchsorted(sorted_keys, (bucket + 1) * span, side="left")
    counts = np.maximum(end - start, 0)
    total = int(counts.sum())
    first_pos = np.repeat(np.arange(len(row)), counts)
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    second_pos = order[np.repeat(start, counts) + offsets]
    # one-sided buckets: every pair; two-sided buckets: only pairs across the sides
    keep = ~_two_sided(table)[bucket[first_pos]] | (side[first_pos] != side[second_pos])
    return pd.DataFrame({"first": row[first_pos[keep]], "second": row[second_pos[keep]]})


def falling_pairs(table: pd.DataFrame, day: np.ndarray, low_rank: np.ndarray, high_rank: np.ndarray) -> pd.DataFrame:
    """Pairs ``(earlier, later)`` in one bucket where the later claim lies wholly below the earlier.

    Each falling claim is paired with the claims of the most recent earlier day
    that it falls below (older reports it also falls below add nothing a
    fact-checker needs, and pairing with all of them would grow with the square
    of a long series). The highest low bound of earlier days is a running
    maximum, so a rising series costs one pass and only falling claims are looked
    at further: a short backward scan over days, then a binary search.
    """
    empty = pd.DataFrame({"earlier": np.array([], dtype=np.int64), "later": np.array([], dtype=np.int64)})
    if table.empty:
        return empty
    rows = table["row"].to_numpy()
    work = table.assign(day=day[rows], lo=low_rank[rows])
    per_day = work.groupby(["bucket", "day"], sort=True)["lo"].max().reset_index()
    per_day["top"] = per_day.groupby("bucket")["lo"].cummax()
    per_day["prior"] = per_day.groupby("bucket")["top"].shift(1)
    per_day["k"] = np.arange(len(per_day))
    work = work.merge(per_day[["bucket", "day", "prior", "k"]], on=["bucket", "day"], how="left")
    hi = high_rank[work["row"].to_numpy()]
    flagged = work[work["prior"].to_numpy(dtype=float) > hi]
    if flagged.empty:
        return empty
    b = per_day["bucket"].to_numpy(np.int64)
    top = per_day["lo"].to_numpy(np.int64)
    fb = flagged["bucket"].to_numpy(np.int64)
    fhi = high_rank[flagged["row"].to_numpy()]
    k = flagged["k"].to_numpy(np.int64) - 1
    target = np.full(len(flagged), -1, dtype=np.int64)
    for _ in range(64):  # most falling figures fall below a recent day
        live = (target < 0) & (k >= 0)
        if not live.any():
            break
        kk = np.where(live, k, 0)
        hit = live & (b[kk] == fb) & (top[kk] > fhi)
        target[hit] = kk[hit]
        k = np.where(live & ~hit, k - 1, k)
        k = np.where(live & ~hit & (b[np.maximum(k, 0)] != fb), -1, k)
    rest = target < 0
    if rest.any():  # fall back on the first day the running maximum passed it
        span = int(per_day["top"].max()) + 2
        keys = b * span + per_day["top"].to_numpy(np.int64)
        target[rest] = np.searchsorted(keys, fb[rest] * span + fhi[rest], side="right")
    flagged = flagged.assign(target_day=per_day["day"].to_numpy()[target])
    cand = flagged[["bucket", "side", "row", "target_day"]].merge(
        work[["bucket", "side", "row", "day"]],
        left_on=["bucket", "target_day"],
        right_on=["bucket", "day"],
        suffixes=("_later", "_earlier"),
    )
    ok = high_rank[cand["row_later"].to_numpy()] < low_rank[cand["row_earlier"].to_numpy()]
    two_sided = _two_sided(table)[cand["bucket"].to_numpy(np.int64)]
    ok &= ~two_sided | (cand["side_later"].to_numpy() != cand["side_earlier"].to_numpy())
    cand = cand[ok]
    return pd.DataFrame({"earlier": cand["row_earlier"].to_numpy(), "later": cand["row_later"].to_numpy()})
