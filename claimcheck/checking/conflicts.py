"""The conflicts of a claims frame in one process: events, batches of whole events, the rules, messages, groups.

:func:`claimcheck.checking.check.check` lands here for a pandas frame, and each
dask partition does too (:mod:`claimcheck.checking.parallel`). Claims are grouped by
:func:`claimcheck.checking.quantity.comparison_key` and compared within groups (see
:mod:`claimcheck.checking.pairs`), so the cost grows with the claims, not their square.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Mapping
from typing import Any, cast

import numpy as np
import pandas as pd

from claimcheck import schema, settings
from claimcheck.checking import findings, quantity, rules
from claimcheck.checking._lookup import first_positions
from claimcheck.checking.reference import as_reference
from claimcheck.extraction.sources import source_keys

log = logging.getLogger(__name__)

#: Options of :func:`check` and their defaults.
DEFAULTS: Mapping[str, Any] = {
    "tolerance": settings.TOLERANCE,
    "reference_window": 1,
    "warnings": True,
    "rules": None,
    "key": quantity.comparison_key,
    "places": quantity.compatible_places,
    "about_tolerance": None,
    "vague_ranges": None,
    "compare_other": False,
    "compare_vague": False,
    "events": "auto",
    "pairs": "figure",
}

#: Values of the ``pairs`` option: one finding per figure (the default) or one per pair.
PAIRS = ("figure", "all")

#: Rules whose ``claim_b`` alone breaks them (a part above its whole), even on one day.
DIRECTED_RULES = frozenset({"part_exceeds_whole"})


def checked_options(options: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The options of :func:`claimcheck.check` with their defaults, and the names of the rules to run.

    An unknown option is a ``TypeError``, an unknown ``pairs`` value a ``ValueError``, as a keyword
    argument a function does not take would be.
    """
    unknown = set(options) - set(DEFAULTS)
    if unknown:
        raise TypeError(f"check() got unknown options {sorted(unknown)}; known: {sorted(DEFAULTS)}")
    opts = {**DEFAULTS, **options}
    if opts["pairs"] not in PAIRS:
        raise ValueError(f"check(): pairs must be one of {PAIRS}, not {opts['pairs']!r}")
    return opts, list(opts["rules"]) if opts["rules"] is not None else rules.names()


def check_claims(claims: pd.DataFrame, *, reference: pd.DataFrame | None = None, **options: Any) -> pd.DataFrame:
    """The conflicts of a pandas claims frame, with the options :func:`claimcheck.check` takes."""
    opts, names = checked_options(options)
    conformed = schema.conform(claims, "claims")
    ref = as_reference(reference) if reference is not None else None
    if len(conformed) <= settings.CHECK_BATCH_CLAIMS:
        return _check_batch(conformed, opts, names, ref)
    found = []
    batches = 0
    for batch in event_batches(conformed, opts["events"], settings.CHECK_BATCH_CLAIMS):
        batches += 1
        result = _check_batch(batch, {**opts, "events": "auto"}, names, ref)
        if len(result):
            found.append(result)
    if not found:
        return schema.empty("conflicts")
    if batches == 1:  # one batch keeps the claims' order: its findings are already in check's order
        return found[0]
    return in_check_order(pd.concat(found, ignore_index=True), conformed, names)


def event_batches(claims: pd.DataFrame, how: Any, size: int) -> Iterator[pd.DataFrame]:
    """The asserted claims of a conformed claims frame in batches of whole events, each about ``size`` claims.

    Events are found once over the whole frame (as :func:`check` would, the
    ``events`` option ``how``) and written into the ``event`` column. Events that
    share a document go into one batch (a part and its whole never part), and an
    event larger than ``size`` is a batch of its own. Batches keep the frame's
    row order within them.
    """
    modality = claims["modality"].astype("string").fillna("asserted")
    keep = (modality.eq("asserted") & claims["low"].notna()).to_numpy()
    f = _rows_kept(claims, keep)
    if f.empty:
        return
    f[quantity.SENTENCE_COLUMN] = quantity.sentence_categories(f)  # once: the events and every batch read it
    f["event"] = events_of(f, how).array  # text kept as text: the batches and their checks read it as such
    unit = units_of(f["event"].astype("string").fillna(""), f["doc_id"])
    sizes = np.bincount(unit)
    batch_of_unit = np.zeros(len(sizes), dtype=np.int64)
    batch, filled = 0, 0
    for u in range(len(sizes)):  # units in order of first appearance
        if filled and filled + sizes[u] > size:
            batch, filled = batch + 1, 0
        batch_of_unit[u] = batch
        filled += int(sizes[u])
    batch_of_row = batch_of_unit[unit]
    log.debug("check: %d claims in %d batches of whole events", len(f), batch + 1)
    if batch == 0:  # one batch: the frame itself (filtering a million text rows costs)
        yield f
        return
    for b in range(batch + 1):
        yield f[batch_of_row == b].reset_index(drop=True)


def _rows_kept(frame: pd.DataFrame, keep: np.ndarray) -> pd.DataFrame:
    """``frame[keep]`` with a positional index; when every row is kept, a shallow copy (no column is taken)."""
    if keep.all():
        return frame.reset_index(drop=True)  # copy on write: the caller's frame is never changed
    return frame[keep].reset_index(drop=True)


def units_of(event: pd.Series, doc: pd.Series) -> np.ndarray:
    """Per claim, a unit number (0, 1, ... in order of first appearance): events joined where they share a document."""
    event_code, events = pd.factorize(event)
    doc_code = pd.factorize(doc)[0].astype(np.int64)
    parent = list(range(len(events)))
    # each distinct (document, event) once: documents are few next to their claims
    width = len(events) + 1
    combined = pd.unique(doc_code * width + event_code.astype(np.int64))
    pairs = zip((combined // width).tolist(), (combined % width).tolist(), strict=True)

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_event: dict[int, int] = {}
    for d, e in pairs:
        seen = first_event.setdefault(d, e)
        if seen != e:
            ra, rb = root(seen), root(e)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    roots = np.array([root(e) for e in range(len(events))], dtype=np.int64)
    return np.asarray(pd.factorize(roots[event_code])[0], dtype=np.int64)


def _check_batch(
    claims: pd.DataFrame, opts: Mapping[str, Any], names: list[str], reference: pd.DataFrame | None
) -> pd.DataFrame:
    """The conflicts among one conformed frame of claims, all compared with each other as :func:`check` says."""
    frame = prepare(claims, opts)
    per_figure = opts["pairs"] == "figure"
    # One finding per figure: the pairs are found first without messages, reduced, and only the kept
    # findings' messages written (a second run of the rules over the cached pair searches).
    ctx = rules.Context(frame, opts, reference=reference, deferred=per_figure)
    found = []
    written = set()  # rules that wrote their messages anyway (they need no second run)
    for order, name in enumerate(names):
        ctx.rule = name
        result = rules.get(name)(ctx)
        if len(result):
            found.append(result.assign(rule=name, _order=order))
            if result["message"].astype("string").fillna("").ne("").all():
                written.add(name)
    if not found:
        return schema.empty("conflicts")
    out = pd.concat(found, ignore_index=True)
    result, a, b = _finish(out, frame, warnings=bool(opts["warnings"]), per_figure=per_figure)
    if per_figure and len(result):
        result = _with_messages(result, ctx, [name for name in names if name not in written], a, b)
    return result


def _with_messages(
    conflicts: pd.DataFrame, ctx: rules.Context, names: list[str], a: np.ndarray, b: np.ndarray
) -> pd.DataFrame:
    """The kept findings with their messages, written by running their rules again on just those pairs.

    ``a`` and ``b`` are the positions of each finding's ``claim_a`` and ``claim_b`` in the frame (-1: none).
    """
    rule = conflicts["rule"].astype(object).to_numpy(object)
    selection: dict[str, set[tuple[int, int]]] = {}
    for r, x, y in zip(rule.tolist(), a.tolist(), b.tolist(), strict=True):
        selection.setdefault(r, set()).add((x, y))
    ctx.deferred, ctx.selection = False, selection
    written: dict[tuple[str, str, str], str] = {}
    for name in names:
        if name not in selection:
            continue
        ctx.rule = name
        again = rules.get(name)(ctx)
        if not len(again):
            continue
        text = _naming_events(again["message"], again["event"] if "event" in again else None)
        second = again["claim_b"].astype(object)
        for id_a, id_b, m in zip(  # as lists: iterating Arrow text boxes each value slowly
            again["claim_a"].astype(str).tolist(),
            second.where(second.notna(), "").astype(str).tolist(),
            text.astype(str).tolist(),
            strict=True,
        ):
            written.setdefault((name, id_a, id_b), m)
    second = conflicts["claim_b"].astype(object)
    keys = zip(
        rule.tolist(),
        conflicts["claim_a"].astype(str).tolist(),
        second.where(second.notna(), "").astype(str).tolist(),
        strict=True,
    )
    messages = [written.get(k, m) for k, m in zip(keys, conflicts["message"].astype(object), strict=True)]
    return conflicts.assign(message=pd.array(messages, dtype="string"))


def prepare(claims: pd.DataFrame, options: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """The asserted claims with what the rules compare: key, place, report date and bounds.

    ``claims`` is a conformed claims frame; the result has a positional index.
    Claims without a low bound are left out (there is nothing to compare).
    """
    opts = {**DEFAULTS, **(options or {})}
    modality = claims["modality"].astype("string").fillna("asserted")
    keep = modality.eq("asserted") & claims["low"].notna()
    f = _rows_kept(claims, keep.to_numpy(bool))
    f = _requalify(f, opts["about_tolerance"], opts["vague_ranges"])
    if quantity.SENTENCE_COLUMN not in f or not isinstance(f[quantity.SENTENCE_COLUMN].dtype, pd.CategoricalDtype):
        f[quantity.SENTENCE_COLUMN] = quantity.sentence_categories(f)  # searched for cues by the readers below
    f["event"] = events_of(f, opts["events"])
    f.attrs[quantity.CAMPAIGNS_ATTR] = frozenset(quantity.campaigns(f))  # read by the key and the places
    f[quantity.IN_CARE_COLUMN] = quantity.in_care(f)  # read by the key and total_decreased
    f[quantity.OWN_COUNT_COLUMN] = quantity.own_count_parts(f)  # parts compared as their group's count
    key_fn: Callable[[pd.DataFrame], pd.Series] = opts["key"]
    f["key"] = pd.Series(key_fn(f), index=f.index).astype("string")
    # claims are compared only within one event and one key
    event_code = pd.factorize(f["event"], use_na_sentinel=False)[0].astype(np.int64)
    key_code, key_values = pd.factorize(f["key"], use_na_sentinel=False)
    f["_group"] = pd.factorize(event_code * (len(key_values) + 1) + key_code)[0]
    f["_sentence"] = quantity.sentence_codes(f)  # (before the places: a toll broken down by place is one sentence's)
    f["place"] = quantity.nationals_told_anywhere(f, quantity.placed_in_documents(f).astype(object))
    f["subject_class"] = quantity.subject_classes(f).astype(object)
    f["report_date"] = quantity.report_date(f)
    day = (f["report_date"] - pd.Timestamp("1970-01-01")).dt.days.astype("float64")
    f["_day"] = day
    # Undated reports are compared only within their own document.
    doc_code = pd.factorize(f["doc_id"].astype("string").fillna(""))[0]
    f["_report_group"] = np.where(day.notna(), day.fillna(0).astype(np.int64), -(doc_code.astype(np.int64) + 1))
    # Object dtype, None where missing: the rules read the keys one by one as Python strings.
    f["_source_key"] = pd.Series(_source_keys(f), index=f.index, dtype=object)
    high = f["high"].fillna(np.inf)
    implied = f["implied_high"].fillna(high).clip(upper=high)
    f["_lo"] = f["low"].astype(float)
    f["_lo_inc"] = f["low_inclusive"].astype(bool)
    f["_hi"] = high.astype(float)
    f["_hi_inc"] = f["high_inclusive"].astype(bool) & np.isfinite(high)
    f["_ihi"] = implied.astype(float)
    # A round figure's implied end is exclusive ("more than 300" reads as below 400).
    f["_ihi_inc"] = np.where(implied < high, False, f["_hi_inc"])
    return f


def events_of(claims: pd.DataFrame, how: Any) -> pd.Series:
    """The event of each claim, as the ``events`` option says (see :func:`check`)."""
    from claimcheck.extraction import events

    if how is None:
        return pd.Series("", index=claims.index, dtype="string")
    if how == "document":
        return claims["doc_id"].astype("string")
    if callable(how):
        return pd.Series(how(claims), index=claims.index).astype("string")
    if how == "auto":
        given = claims["event"].astype("string") if "event" in claims else None
        if given is not None and given.notna().all():
            return given
        return events.assign_events(claims, sentences=claims.get(quantity.SENTENCE_COLUMN))
    raise ValueError(f"check(): events must be 'auto', 'document', None or a function, not {how!r}")


def _source_keys(f: pd.DataFrame) -> np.ndarray:
    """Each claim's ``source_key``, else the key of its ``source``; Python strings, None where neither gives one.

    Built in object arrays: filling one Arrow column from another a million rows long costs more than the keys.
    """
    given = f["source_key"].astype("string")
    keys = given.to_numpy(object, na_value=cast(Any, None))
    missing = given.isna().to_numpy(bool)
    if missing.any():
        # each distinct source's key once, boxed once, then taken per claim (a million boxed keys cost)
        source = f["source"].astype("string")
        codes, uniques = pd.factorize(source if missing.all() else source[missing])
        derived = source_keys(pd.Series(uniques, dtype="string")).to_numpy(object, na_value=cast(Any, None))
        keys[missing] = np.append(derived, np.array([None], dtype=object))[codes]  # code -1, no source: None
    return keys


def _requalify(
    f: pd.DataFrame, tolerance: float | None, vague: Mapping[str, tuple[float, float]] | None
) -> pd.DataFrame:
    """Re-read "about", "nearly" and vague claims with a user's tolerance and vague ranges."""
    if tolerance is None and vague is None:
        return f
    f = f.copy()
    qualifier = f["qualifier"].astype("string")
    if tolerance is not None:
        value = f["value"].fillna(f["low"])
        about = qualifier.eq("about").fillna(False).to_numpy()
        nearly = qualifier.eq("nearly").fillna(False).to_numpy()
        f.loc[about | nearly, "low"] = value[about | nearly] * (1 - tolerance)
        f.loc[about, "high"] = value[about] * (1 + tolerance)
        f.loc[nearly, "high"] = value[nearly]
        f.loc[about | nearly, "low_inclusive"] = True
        f.loc[about, "high_inclusive"] = True
        f.loc[nearly, "high_inclusive"] = False
        f.loc[about | nearly, "implied_high"] = f.loc[about | nearly, "high"]
    if vague is not None:
        words = sorted(vague, key=len, reverse=True)
        surfaces = f["surface"].astype("string").str.lower().fillna("").tolist()
        is_vague = qualifier.eq("vague").fillna(False).to_numpy()
        for i in np.flatnonzero(is_vague).tolist():
            word = next((w for w in words if w in surfaces[i]), None)
            if word is not None:
                low, high = vague[word]
                row = f.index[i]
                f.loc[row, ["low", "high", "implied_high"]] = [float(low), float(high), float(high)]
                f.loc[row, ["low_inclusive", "high_inclusive"]] = [True, word not in settings.VAGUE_HIGH_EXCLUSIVE]
    return f


def _finish(
    out: pd.DataFrame, frame: pd.DataFrame, *, warnings: bool, per_figure: bool = True
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Fill in documents and ids, drop pairs already reported, order the rows, keep one per figure if asked.

    Also the positions in ``frame`` of each kept finding's ``claim_a`` and ``claim_b`` (-1: none), which the
    messages read (looking a million claim ids up again costs).
    """
    if not warnings:
        out = out[out["severity"] != "warning"]
    a = out["claim_a"].astype(object)
    b = out["claim_b"].astype(object).where(out["claim_b"].notna(), None)
    # The first position of each claim id in the frame: the few ids of the findings looked up in the column.
    both = first_positions(frame["claim_id"], np.concatenate([a.to_numpy(object), b.to_numpy(object)]))
    pos_a, pos_b = both[: len(out)], both[len(out) :]
    doc = frame["doc_id"].astype("string")
    out = out.assign(
        doc_a=_taken(doc, pos_a),
        doc_b=_taken(doc, pos_b),
        _pa=np.where(pos_a >= 0, pos_a, np.nan) if (pos_a < 0).any() else pos_a,
        _pb=pos_b,
        _pair=_pair_ids(out["rule"].to_numpy(object), a.to_numpy(object), b.to_numpy(object)),
    )
    out["message"] = _naming_events(out["message"], out["event"] if "event" in out else None)
    out = out.sort_values(["_order", "_pa", "_pb"], kind="stable")
    # A pair is reported once, under the first rule (in run order) that finds it.
    out = out.drop_duplicates("_pair", keep="first")
    out = _with_groups(out, frame)
    out = findings.per_figure(out) if per_figure else findings.counterparts(out)
    out["conflict_id"] = [
        _conflict_id(r, p) for r, p in zip(out["rule"].to_numpy(object), out["_pair"].to_numpy(object), strict=False)
    ]
    out = out.reset_index(drop=True)
    kept_a, kept_b = _positions(out)
    out = out.drop(columns=["_order", "_pa", "_pb", "_pair", findings.BOTH_WAYS, findings.DISTANCE])
    return schema.conform(out, "conflicts"), kept_a, kept_b


def _positions(out: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The frame positions of each finding's ``claim_a`` and ``claim_b`` (``_pa``, ``_pb``), -1 where none."""
    return np.nan_to_num(out["_pa"].to_numpy(float), nan=-1.0).astype(np.int64), out["_pb"].to_numpy(np.int64)


def _with_groups(out: pd.DataFrame, frame: pd.DataFrame) -> pd.DataFrame:
    """The findings with ``group`` and what :func:`claimcheck.checking.findings.per_figure` chooses by.

    ``group``: one id per quantity (event and comparison key) and report day of
    the finding's ``claim_b`` (else ``claim_a``), the later or higher figure.
    Whether either figure may break the rule: two figures of one report day, not
    a part and its whole. Distance: how far apart the two low bounds are.
    """
    pa, pb = _positions(out)
    pos = np.where(pb >= 0, pb, pa)
    ok = pos >= 0
    safe = np.maximum(pos, 0)
    group_code = frame["_group"].to_numpy(np.int64)[safe] if len(frame) else np.zeros(len(out), dtype=np.int64)
    report = frame["_report_group"].to_numpy(np.int64)[safe] if len(frame) else np.zeros(len(out), dtype=np.int64)
    # one id per distinct (quantity, day), written from that combination's first finding
    # (as one integer per pair of codes: a MultiIndex of the findings would build a tuple each)
    report_code = pd.factorize(report)[0].astype(np.int64)
    codes = pd.factorize(group_code * (int(report_code.max(initial=0)) + 1) + report_code)[0]
    first = np.zeros(int(codes.max(initial=-1)) + 1, dtype=np.int64)
    first[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)
    # the event and key of each combination's first finding only: boxing a million claims' text costs
    at = safe[first] if len(frame) else np.array([], dtype=np.int64)
    event = frame["event"].iloc[at].astype("string").fillna("").to_numpy(object) if len(frame) else at
    key = frame["key"].iloc[at].astype("string").fillna("").to_numpy(object) if len(frame) else at
    ids = [
        hashlib.sha1(f"{event[k]}|{key[k]}|{r}".encode()).hexdigest()[:12] for k, r in enumerate(report[first].tolist())
    ]
    group = np.array(ids, dtype=object)[codes] if len(codes) else np.array([], dtype=object)
    both = np.zeros(len(out), dtype=bool)
    dist = np.zeros(len(out), dtype=float)
    if len(out) and len(frame):
        report_all = frame["_report_group"].to_numpy(np.int64)
        lo = frame["_lo"].to_numpy(float)
        has_b = (pb >= 0) & (pa >= 0)
        both = has_b & (report_all[np.maximum(pa, 0)] == report_all[np.maximum(pb, 0)])
        both &= ~np.isin(out["rule"].to_numpy(object), list(DIRECTED_RULES))
        dist = np.where(has_b, np.abs(lo[np.maximum(pb, 0)] - lo[np.maximum(pa, 0)]), 0.0)
    return out.assign(
        group=np.where(ok, group, cast(Any, None)) if len(out) else group,
        **{findings.BOTH_WAYS: both, findings.DISTANCE: dist},
    )


def _naming_events(message: pd.Series, event: pd.Series | None) -> pd.Series:
    """Each message with the event it is about, before its final stop: "... (event derna-2023-09-1a2b3c)."."""
    if event is None:
        return message
    named = event.astype("string").fillna("").ne("").to_numpy()
    if not named.any():
        return message
    text = message.astype("string").fillna("")
    body = text.str.removesuffix(".")
    return text.where(~named, body + " (event " + event.astype("string") + ").")


def _taken(column: pd.Series, positions: np.ndarray) -> np.ndarray:
    """Values of ``column`` at ``positions`` (missing where a position is -1)."""
    values = column.iloc[np.maximum(positions, 0)].to_numpy(object) if len(column) else np.full(len(positions), None)
    return np.asarray(np.where(positions >= 0, values, cast(Any, None)))


def _pair_ids(rule: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """:func:`_pair_id` of every finding, with element-wise string operations on object arrays."""
    text_a = np.array([str(x) for x in a], dtype=object)
    text_b = np.array([str(x) for x in b], dtype=object)
    one = np.array([x is None for x in b], dtype=bool)
    swap = text_b < text_a if len(a) else np.zeros(0, dtype=bool)
    low, high = np.where(swap, text_b, text_a), np.where(swap, text_a, text_b)
    return np.where(one, rule + ":" + text_a, low + "|" + high) if len(a) else np.array([], dtype=object)


def _pair_id(rule: str, a: Any, b: Any) -> str:
    """The claims of a finding, unordered; a one-claim finding is only the same as its own rule's."""
    if b is None:
        return f"{rule}:{a}"
    return "|".join(sorted((str(a), str(b))))


def _conflict_id(rule: str, pair: str) -> str:
    """A stable id: the same rule on the same claims always gives the same id."""
    return hashlib.sha1(f"{rule}|{pair}".encode()).hexdigest()[:16]


def in_check_order(conflicts: pd.DataFrame, claims: pd.DataFrame, names: list[str]) -> pd.DataFrame:
    """Conflicts in the order :func:`claimcheck.check` lists them: by rule, then by the claims' rows in ``claims``."""
    position = pd.Series(range(len(claims)), index=claims["claim_id"].astype(object).to_numpy())
    position = position[~position.index.duplicated()]
    order = {name: i for i, name in enumerate(names)}
    keys = pd.DataFrame(
        {
            "rule": conflicts["rule"].astype(object).map(order).fillna(len(order)).to_numpy(),
            "a": conflicts["claim_a"].astype(object).map(position).fillna(-1).to_numpy(),
            "b": conflicts["claim_b"].astype(object).map(position).fillna(-1).to_numpy(),
        }
    )
    ordered = conflicts.reset_index(drop=True).iloc[keys.sort_values(["rule", "a", "b"], kind="stable").index]
    return schema.conform(ordered, "conflicts")
