"""Find pairs of claims about one quantity whose intervals do not overlap, without comparing all pairs.

Claims are first split into groups (the comparison key, plus the report date
where a rule needs it). Within a group, places are matched through buckets: one
bucket per distinct place, and a two-sided bucket for each pair of places that
may be one place (a claim without a place against each placed one, and distinct
places that :func:`~claimcheck.checking.quantity.compatible_places` lets match). Within a
bucket a sort and a binary search list the disjoint pairs directly, so the work
grows with the claims and the pairs found, not with the square of the corpus.

Bounds are compared as integer ranks of ``(value, side)``: an inclusive high
``x`` ranks below an exclusive low ``x``, so "60" and "more than 60" are
disjoint while "60" and "at least 60" are not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Final

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

PlaceMatch = Callable[[str | None, str | None], bool]

#: A place key that starts with this matches only itself: it is never offered to the place function (the
#: checker marks an unplaced figure of a document about several places so; thousands of such keys, one per
#: document, would each be tried against every place).
OWN_PLACE_MARK: Final[str] = "^"
#: Ends the place key of one of the places a toll is broken down by (see
#: :func:`claimcheck.checking.quantity.placed_in_documents`).
PART_PLACE_MARK: Final[str] = " !part"

#: Integer codes below this sort in linear time (as 16-bit integers, see :func:`stable_order`).
RADIX_SORT_CODES: Final[int] = 1 << 16


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
    if not np.isnan(values).any():
        # dense ranks of (value, side): one sort of the values, then the few sides within each value
        code, distinct = pd.factorize(values + 0.0)  # + 0.0: -0.0 is 0.0
        value_rank = np.empty(len(distinct), dtype=np.int64)
        value_rank[np.argsort(distinct, kind="stable")] = np.arange(len(distinct))
        pair = value_rank[code] * 3 + (sides + 1)
        present = np.zeros(len(distinct) * 3, dtype=bool)
        present[pair] = True
        ranks = (np.cumsum(present) - 1)[pair].astype(np.int64)
        return ranks[:n], [ranks[n * (k + 1) : n * (k + 2)] for k in range(len(highs))]
    order = np.lexsort((sides, values))
    sv, ss = values[order], sides[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = (sv[1:] != sv[:-1]) | (ss[1:] != ss[:-1])
    ranks = np.empty(len(order), dtype=np.int64)
    ranks[order] = np.cumsum(new) - 1
    return ranks[:n], [ranks[n * (k + 1) : n * (k + 2)] for k in range(len(highs))]


def _expand(starts: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For ranges ``[starts[i], starts[i] + counts[i])``: each element's owner ``i`` and position, in order."""
    counts = counts.astype(np.int64, copy=False)
    owner = np.repeat(np.arange(len(counts)), counts)
    within = np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    return owner, starts.astype(np.int64, copy=False)[owner] + within


def stable_order(codes: np.ndarray) -> np.ndarray:
    """``np.argsort(codes, kind="stable")`` of integer codes; codes in ``[0, 2**32)`` are radix-sorted, 16 bits a pass.

    NumPy sorts 8- and 16-bit integers stably by radix (linear time), wider ones by merging: most code
    arrays here (groups, cells, places) have few distinct values however many claims there are.
    """
    if not len(codes) or codes.min() < 0 or codes.max() >= RADIX_SORT_CODES**2:
        return np.argsort(codes, kind="stable")
    if codes.max() < RADIX_SORT_CODES:
        return np.argsort(codes.astype(np.uint16), kind="stable")
    # two stable 16-bit passes, the low half first (a least-significant-digit radix sort)
    low = np.argsort((codes & (RADIX_SORT_CODES - 1)).astype(np.uint16), kind="stable")
    return low[np.argsort((codes[low] >> 16).astype(np.uint16), kind="stable")]


def _grouped(codes: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Positions sorted by code (stably, so in their order within a code), and each code's start and count."""
    order = stable_order(codes)
    counts = np.bincount(codes, minlength=size).astype(np.int64)
    starts = np.cumsum(counts) - counts
    return order, starts, counts


def buckets(group: pd.Series, place: pd.Series, places: PlaceMatch) -> pd.DataFrame:
    """Rows of the claims arranged in buckets of claims that may be compared.

    ``group`` is an integer group per claim, ``place`` its place key (None when
    missing). Returns ``bucket, side, row`` where ``row`` is the position of the
    claim; within a one-sided bucket every pair is a candidate, within a
    two-sided bucket only pairs across the sides are.

    One bucket per cell (a group and a place, numbered in order of first
    appearance), then one two-sided bucket per link: each placeless cell with
    each named cell of its group, then each pair of matching named places.
    """
    group_codes, _ = pd.factorize(np.asarray(group.to_numpy()))
    place_codes, place_uniques = pd.factorize(place.to_numpy(object) if place.dtype == object else place.astype(object))
    place_uniques = np.asarray(place_uniques, dtype=object)
    if (place_codes < 0).any():  # a missing place is the place ""
        blank = np.flatnonzero(place_uniques == "")
        if len(blank):
            place_codes = np.where(place_codes < 0, blank[0], place_codes)
        else:
            place_codes = np.where(place_codes < 0, len(place_uniques), place_codes)
            place_uniques = np.append(place_uniques, np.array([""], dtype=object))
    n_places = max(len(place_uniques), 1)
    cell, cell_keys = pd.factorize(group_codes.astype(np.int64) * n_places + place_codes)
    n_cells = len(cell_keys)
    cell_group = cell_keys // n_places
    cell_place = cell_keys % n_places
    wild_code = np.flatnonzero(np.asarray(place_uniques, dtype=object) == "")
    is_wild = np.isin(cell_place, wild_code)
    named = np.flatnonzero(~is_wild)
    wild = np.flatnonzero(is_wild)

    # placeless cells against each named cell of their group (named cells in cell order), but for the parts of a
    # toll broken down by place: those are never the placeless whole
    part_place = np.fromiter(
        (str(p).endswith(PART_PLACE_MARK) for p in place_uniques.tolist()), bool, len(place_uniques)
    )  # per distinct place, then per cell: a corpus holds far fewer places than cells
    part = part_place[cell_place[named]]
    by_group = named[~part][stable_order(cell_group[named[~part]])]
    sorted_groups = cell_group[by_group]
    lo = np.searchsorted(sorted_groups, cell_group[wild], side="left")
    hi = np.searchsorted(sorted_groups, cell_group[wild], side="right")
    owner, at = _expand(lo, hi - lo)
    link_a, link_b = [wild[owner]], [by_group[at]]

    # named cells against the cells of matching places in their group
    named_places = np.asarray(place_uniques, dtype=object)[cell_place[named]]
    distinct = np.asarray(pd.unique(named_places), dtype=object)
    shared = np.fromiter((not str(p).startswith(OWN_PLACE_MARK) for p in distinct.tolist()), bool, len(distinct))
    matching = _matching_places(distinct[shared], places)
    if len(matching) and len(named):
        index = pd.Index(np.asarray(place_uniques, dtype=object))
        pa = index.get_indexer(matching["place_a"].to_numpy(object))
        pb = index.get_indexer(matching["place_b"].to_numpy(object))
        m_order, m_start, m_count = _grouped(pa, n_places)
        owner, at = _expand(m_start[cell_place[named]], m_count[cell_place[named]])
        a_cells = named[owner]
        m = m_order[at]
        target = pd.Index(cell_keys).get_indexer(cell_group[a_cells] * n_places + pb[m])
        found = target >= 0
        link_a.append(a_cells[found])
        link_b.append(target[found])
    cell_a = np.concatenate(link_a).astype(np.int64)
    cell_b = np.concatenate(link_b).astype(np.int64)
    link_bucket = n_cells + np.arange(len(cell_a), dtype=np.int64)

    rows_by_cell, cell_start, cell_count = _grouped(cell, n_cells)
    parts_bucket, parts_side, parts_row = (
        [cell.astype(np.int64)],
        [np.zeros(len(cell), np.int64)],
        [np.arange(len(cell))],
    )
    for side, cells in ((0, cell_a), (1, cell_b)):
        owner, at = _expand(cell_start[cells], cell_count[cells])
        parts_bucket.append(link_bucket[owner])
        parts_side.append(np.full(len(owner), side, dtype=np.int64))
        parts_row.append(rows_by_cell[at].astype(np.int64))
    return pd.DataFrame(
        {
            "bucket": np.concatenate(parts_bucket),
            "side": np.concatenate(parts_side),
            "row": np.concatenate(parts_row),
        }
    )


def _matching_places(distinct: np.ndarray, places: PlaceMatch) -> pd.DataFrame:
    """Pairs ``(place_a, place_b)`` of distinct place keys that may be one place, each pair once.

    Computed once over the distinct places of the corpus (few, however many
    claims), trying only places that share the rarest word of one of them: a
    place contained in another shares all its words.
    """
    frame = pd.DataFrame({"place": distinct})
    # each place's words, one row per word (built as lists: splitting and exploding a column costs per row)
    listed = [(place, token) for place in distinct.tolist() for token in str(place).split(" ")]
    tokens = pd.DataFrame(listed, columns=["place", "token"], dtype=object)
    # "~ hospital" (an unnamed hospital) is found through "hospital", "* @LY" (anywhere in Libya) through "@LY"
    tokens = tokens[~tokens["token"].isin(["~", "*"])]
    # an unnamed site in a town ("~ hospital @PS @geo:...") is found through its kind, never its town's codes
    unnamed = tokens["place"].str.startswith("~").to_numpy(bool)
    tokens = tokens[~(unnamed & tokens["token"].str.startswith("@").to_numpy(bool))]
    freq = tokens.groupby("token")["place"].transform("size")
    # a place with a name is found through a word of its name, not its codes: "Sabinas" resolved ("@MX sbns")
    # and "Sabinas mine" unresolved ("mn sbns") share only the name (codes are compared apart, when both have them)
    code = tokens["token"].str.startswith("@").to_numpy(bool)
    named = pd.Series(~code, index=tokens.index).groupby(tokens["place"]).transform("any").to_numpy(bool)
    rarest = tokens.assign(freq=freq)[~(code & named)].sort_values(["place", "freq", "token"]).drop_duplicates("place")
    cand = rarest[["token", "place"]].merge(tokens[["token", "place"]], on="token", suffixes=("_a", "_b"))
    # a country or region named as a whole ("@TR @TR-65") is tried against every place of its country: the
    # function may know it by another name ("Van" for Van province); such areas are few
    whole = tokens[~named & code]
    if len(whole):
        country = whole.assign(n=whole["token"].str.len()).sort_values(["place", "n"]).drop_duplicates("place")
        more = country[["token", "place"]].merge(tokens[["token", "place"]], on="token", suffixes=("_a", "_b"))
        cand = pd.concat([cand, more], ignore_index=True)
    # "anywhere" (an unplaced figure of a document) may also be any place sharing no word with it: tried
    # against every place (few distinct places, whatever the claims)
    text = frame["place"].astype(str)
    wide = text[text.str.startswith("*").to_numpy(bool)]
    if len(wide):
        extra = pd.DataFrame(
            [(a, b) for a in wide.tolist() for b in text.tolist() if a != b],
            columns=["place_a", "place_b"],
            dtype=object,
        )
        cand = pd.concat([cand[["place_a", "place_b"]], extra], ignore_index=True)
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
    order = stable_order(low_key)
    sorted_keys = low_key[order]
    start = np.searchsorted(sorted_keys, bucket * span + high_rank[row], side="right")
    # the end of each claim's bucket in the sorted keys: the claims of this and every lower bucket
    end = np.cumsum(np.bincount(bucket))[bucket]
    counts = np.maximum(end - start, 0)
    total = int(counts.sum())
    first_pos = np.repeat(np.arange(len(row)), counts)
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    second_pos = order[np.repeat(start, counts) + offsets]
    # one-sided buckets: every pair; two-sided buckets: only pairs across the sides
    keep = ~_two_sided(table)[bucket[first_pos]] | (side[first_pos] != side[second_pos])
    return pd.DataFrame({"first": row[first_pos[keep]], "second": row[second_pos[keep]]})


def falling_pairs(
    table: pd.DataFrame,
    day: np.ndarray,
    low_rank: np.ndarray,
    high_rank: np.ndarray,
    *,
    short: np.ndarray | None = None,
    every: bool = False,
) -> pd.DataFrame:
    """Pairs ``(earlier, later)`` in one bucket where the later claim lies wholly below the earlier.

    Each falling claim is paired with the claims of the most recent earlier day
    that it falls below. In a long series, older reports it also falls below add
    nothing a fact-checker needs, and pairing with all of them would grow with the
    square of the series. ``short`` marks (per claim row) the claims of short
    series, a one-incident story's few reports, where every report a later one
    falls below is named: with ``every=True`` (``check(..., pairs="all")``) each
    such pair, otherwise each earlier report once, with the lowest later one.

    The highest low bound of earlier days is a running maximum, so a rising
    series costs one pass and only falling claims are looked at further: a short
    backward scan over days, then a binary search.
    """
    empty = pd.DataFrame({"earlier": np.array([], dtype=np.int64), "later": np.array([], dtype=np.int64)})
    if table.empty:
        return empty
    two_sided_bucket = _two_sided(table)
    rows = table["row"].to_numpy()
    dated = ~np.isnan(np.asarray(day, dtype=float)[rows])  # undated claims are never compared
    if not dated.all():
        table = table[dated]
        rows = rows[dated]
        if table.empty:
            return empty
    bucket = table["bucket"].to_numpy(np.int64)
    side = table["side"].to_numpy()
    lo = low_rank[rows]
    # one entry per (bucket, day), sorted by bucket then day: its highest low bound, the running
    # maximum over the bucket's days so far, and that maximum before the day ("prior")
    day_values = np.asarray(day, dtype=float)[rows]
    day_uniques, day_code = _sorted_codes(day_values + 0.0)  # + 0.0: -0.0 is 0.0
    n_days = max(len(day_uniques), 1)
    cell_key = bucket * n_days + day_code
    keys, k_of = _sorted_codes(cell_key)  # k_of: each table row's (bucket, day) entry
    n = len(keys)
    b = keys // n_days
    per_day_day = day_uniques[keys % n_days]
    top = np.full(n, np.iinfo(np.int64).min, dtype=np.int64)
    np.maximum.at(top, k_of, lo)
    starts = np.ones(n, dtype=bool)
    starts[1:] = b[1:] != b[:-1]
    running = _cummax_by_segment(top, starts)
    prior = np.empty(n, dtype=float)
    prior[1:] = running[:-1]
    prior[starts] = np.nan
    hi_all = high_rank[rows]
    flag = prior[k_of] > hi_all
    if not flag.any():
        return empty
    flagged_pos = np.flatnonzero(flag)
    fb = bucket[flagged_pos]
    fhi = hi_all[flagged_pos]
    rows_by_entry, entry_start, entry_count = _grouped(k_of.astype(np.int64), n)
    found = []
    if short is not None and every:
        # the rows of all the bucket's earlier days: entries sorted by (bucket, day) hold them in one run
        whole = np.asarray(short, dtype=bool)[rows[flagged_pos]]
        first_entry = np.searchsorted(b, fb[whole], side="left")
        begin, stop = entry_start[first_entry], entry_start[k_of[flagged_pos[whole]]]
        owner, at = _expand(begin, stop - begin)
        found.append(
            _below(
                rows, flagged_pos[whole][owner], rows_by_entry[at], low_rank, high_rank, two_sided_bucket, bucket, side
            )
        )
    k = k_of[flagged_pos].astype(np.int64) - 1
    target = np.full(len(flagged_pos), -1, dtype=np.int64)
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
        span = int(running.max()) + 2
        search = b * span + running
        target[rest] = np.searchsorted(search, fb[rest] * span + fhi[rest], side="right")
    # the claims of the target day in the same bucket, in table order
    target_day = per_day_day[target]
    t_code = np.searchsorted(day_uniques, target_day)
    entry = np.searchsorted(keys, fb * n_days + t_code)
    entry = np.minimum(entry, n - 1)
    exists = (keys[entry] == fb * n_days + t_code) & (
        day_uniques[np.minimum(t_code, len(day_uniques) - 1)] == target_day
    )
    counts = np.where(exists, entry_count[entry], 0)
    owner, at = _expand(entry_start[entry], counts)
    found.append(
        _below(rows, flagged_pos[owner], rows_by_entry[at], low_rank, high_rank, two_sided_bucket, bucket, side)
    )
    if short is not None and not every:
        # each earlier report of a short series a later one falls below, with the lowest such: every claim of a
        # fall is named, as with every pair, at one pair per earlier report
        lowest = _lowest_later(table, rows, day_values, lo, hi_all, two_sided_bucket)
        found.append(lowest[np.asarray(short, dtype=bool)[lowest["earlier"].to_numpy()]])
    return pd.concat(found, ignore_index=True).drop_duplicates(ignore_index=True)


def _lowest_later(
    table: pd.DataFrame,
    rows: np.ndarray,
    day: np.ndarray,
    lo: np.ndarray,
    hi: np.ndarray,
    two_sided_bucket: np.ndarray,
) -> pd.DataFrame:
    """Per table row, the later claim of its bucket (its other side, in a two-sided bucket) with the lowest high
    bound, where that lies wholly below the row's low bound: ``(earlier, later)`` claim rows."""
    bucket = table["bucket"].to_numpy(np.int64)
    side = table["side"].to_numpy(np.int64)
    n = len(rows)
    lane = bucket * 2 + side  # the claims a row may be compared with: its bucket's side
    order = _by_lane_then_day(lane, day)
    s_lane, s_day, s_hi = lane[order], day[order], hi[order]
    # from each position on, the lowest high bound of its lane (and where it is): a running minimum, backwards
    packed = (s_hi.astype(np.int64) - int(s_hi.min(initial=0))) * (n + 1) + np.arange(n)
    suffix = pd.Series(packed[::-1]).groupby(s_lane[::-1]).cummin().to_numpy()[::-1]
    # each row looks at the claims of its lane on a later day
    target = np.where(two_sided_bucket[bucket], bucket * 2 + (1 - side), lane)
    d0 = float(np.min(day)) if n else 0.0
    span = float(np.max(day)) - d0 + 2.0 if n else 2.0
    composite = s_lane * span + (s_day - d0)
    at = np.searchsorted(composite, target * span + (day - d0) + 0.5, side="left")
    inside = at < n
    at_c = np.minimum(at, n - 1)
    inside &= s_lane[at_c] == target
    best = np.where(inside, suffix[at_c] % (n + 1), 0)
    later = order[best]
    below = inside & (hi[later] < lo)
    earlier_pos = np.flatnonzero(below)
    return pd.DataFrame({"earlier": rows[earlier_pos], "later": rows[later[earlier_pos]]})


def _by_lane_then_day(lane: np.ndarray, day: np.ndarray) -> np.ndarray:
    """``np.lexsort((day, lane))`` for days without NaN: one stable sort of integer codes, radix-sorted when they fit.

    Days are ranked first (:func:`_sorted_codes`), so each (lane, day) is one integer ordered as the pair is.
    """
    days, day_code = _sorted_codes(np.asarray(day, dtype=float) + 0.0)  # + 0.0: -0.0 is 0.0, as lexsort has them
    return stable_order(lane.astype(np.int64) * max(len(days), 1) + day_code)


def _below(
    rows: np.ndarray,
    later: np.ndarray,
    earlier: np.ndarray,
    low_rank: np.ndarray,
    high_rank: np.ndarray,
    two_sided_bucket: np.ndarray,
    bucket: np.ndarray,
    side: np.ndarray,
) -> pd.DataFrame:
    """The candidate pairs (table positions ``earlier``, ``later``) where the later claim lies wholly below."""
    row_later, row_earlier = rows[later], rows[earlier]
    ok = high_rank[row_later] < low_rank[row_earlier]
    two_sided = two_sided_bucket[bucket[later]]
    ok &= ~two_sided | (side[later] != side[earlier])
    return pd.DataFrame({"earlier": row_earlier[ok], "later": row_later[ok]})


def _sorted_codes(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_inverse=True)`` for values without NaN: a hash table, then a sort of the distinct."""
    codes, distinct = pd.factorize(values)
    distinct = np.asarray(distinct)
    order = np.argsort(distinct, kind="stable")
    rank = np.empty(len(distinct), dtype=np.int64)
    rank[order] = np.arange(len(distinct))
    return distinct[order], rank[codes]


def _cummax_by_segment(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Running maximum of ``values`` restarting where ``starts`` is True."""
    if not len(values):
        return values.copy()
    # lift each segment above every earlier one, take one running maximum, then drop the lift
    seg = np.cumsum(starts) - 1
    shift = values.min()
    width = int(values.max() - shift) + 1
    lifted = (values - shift) + seg.astype(np.int64) * width
    return np.maximum.accumulate(lifted) - seg.astype(np.int64) * width + shift
