"""The rules of :func:`claimcheck.check`: a registry users can extend.

A rule is a function that takes a :class:`Context` (the prepared claims, the
options, the reference) and returns its findings as a frame with columns
``claim_a``, ``claim_b`` (claim ids; ``claim_b`` missing for one-claim rules),
``severity`` and ``message``, and optionally ``gap`` and ``key``. Register one
by name with :func:`register`; :func:`claimcheck.check` runs every registered
rule unless told otherwise (``rules=[...]``) and fills in the rest of the
conflict columns.

>>> names()
['interval_mismatch', 'source_disagreement', 'total_decreased', 'part_exceeds_whole', 'reference_mismatch']
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np
import pandas as pd
import regex

from claimcheck.checking import pairs, quantity
from claimcheck.checking._lookup import isin_few
from claimcheck.extraction.sources import is_generic, same_organisation

log = logging.getLogger(__name__)

__all__ = [
    "RISING_CATEGORIES",
    "CAMPAIGN_PART_RATIO",
    "CAMPAIGN_REVISION_DAYS",
    "FINDING_COLUMNS",
    "Context",
    "register",
    "unregister",
    "names",
    "get",
    "interval_mismatch",
    "source_disagreement",
    "total_decreased",
    "part_exceeds_whole",
    "reference_mismatch",
]

#: Categories whose counts can only rise as they are reported (total_decreased applies).
RISING_CATEGORIES = frozenset({"killed", "injured"})

#: In a campaign (a war, a protest wave), a later figure at most this fraction of an earlier running total
#: counts a part of it (one strike, one city), not a fall.
CAMPAIGN_PART_RATIO = 10.0
#: In a campaign, a figure under half of a running total reported more than this many days before it is
#: another quantity (one attack's toll in that region), not a revision: a running total revised months on
#: moves by a fraction, and a revision that halves it comes within weeks of the figure it corrects.
CAMPAIGN_REVISION_DAYS = 60

FINDING_COLUMNS = ["claim_a", "claim_b", "severity", "gap", "key", "message", "event"]


#: A headline is shorter than this (a first line without a full stop that runs longer is a body paragraph).
_HEADLINE_CHARS: Final[int] = 160

#: A clock time opening a sentence, as a live blog opens each entry: "09:40", "9.40am", "1:05 p.m.", "14h30".
_ENTRY_TIME = regex.compile(
    r"\A\s*([01]?\d|2[0-3])[:.h]([0-5]\d)\s*(?:([ap])\.?m\.?)?(?:\s*(?:GMT|UTC|BST|CET|EST|EDT|ET|local\s+time))?"
    r"(?:\s*[-\u2013\u2014:|]\s*|\s+)(?=\p{Lu})"
)


#: The marks that close a sentence (a headline ends with none of them).
_CLOSING_MARKS: Final[tuple[str, ...]] = (".", "!", "?", ":", '"', "\u201d", "\u2019", "'", ")")


def _opening_with_digit(texts: pd.Series) -> np.ndarray:
    """Per text, whether it opens with a digit after any white space (Python's ``re.match(r"\\s*\\d", text)``).

    A text that opens with an ASCII letter cannot (Arrow tells them apart at once); the rest are read one by one,
    with the same Unicode tables as the pattern (``str.isspace``, ``str.isdecimal``).
    """
    out = np.zeros(len(texts), dtype=bool)
    letter = texts.str.match("[A-Za-z]").fillna(False).to_numpy(bool)  # (no Python regex: Arrow reads it)
    rest = np.flatnonzero(~letter & texts.notna().to_numpy(bool))
    out[rest] = [t.lstrip()[:1].isdecimal() for t in texts.iloc[rest].tolist()]
    return out


def _minute_of(sentence: str) -> int:
    """The minute of the day of the clock time a sentence opens with (see :data:`_ENTRY_TIME`), else -1."""
    m = _ENTRY_TIME.match(sentence)
    if m is None:
        return -1
    hour, minute = int(m.group(1)), int(m.group(2))
    if m.group(3) == "p" and hour < 12:
        hour += 12
    elif m.group(3) == "a" and hour == 12:
        hour = 0
    return hour * 60 + minute


def _within_entries(minutes: np.ndarray, f: pd.DataFrame) -> np.ndarray:
    """``minutes`` with every claim after a live entry's time, in its document, given that entry's time: the
    sentences after "19:45 The fire agency says 179 have died." belong to that entry until the next time opens one.
    """
    timed = minutes >= 0
    if not timed.any() or "doc_id" not in f or "start" not in f:
        return minutes
    doc = pd.factorize(f["doc_id"], use_na_sentinel=False)[0]
    live = np.isin(doc, np.unique(doc[timed]))  # only the documents that hold an entry time
    rows = np.flatnonzero(live)
    order = rows[np.lexsort((f["start"].to_numpy(np.int64)[rows], doc[rows]))]
    filled = pd.Series(np.where(timed[order], minutes[order], np.nan)).groupby(doc[order]).ffill()
    out = minutes.copy()
    out[order] = filled.fillna(-1).to_numpy(np.int64)
    return out


@dataclass
class Context:
    """What a rule sees: asserted claims prepared for comparison, options and the reference.

    ``frame`` holds the claims columns plus ``key`` (comparison key), ``place``
    (place key), ``subject_class``, ``report_date``, and the interval bounds the
    rules compare (``_lo``, ``_hi``, ``_ihi`` and their ``_inc`` flags). Its index
    is positional. Shared pair searches are computed once and cached.
    """

    frame: pd.DataFrame
    options: Mapping[str, Any] = field(default_factory=dict)
    reference: pd.DataFrame | None = None
    #: When True, rules leave their messages empty: :func:`claimcheck.check` first finds every pair, keeps
    #: one finding per figure, then runs the rules again with :attr:`selection` to write only the kept
    #: findings' messages (writing a message per pair cost most of the time and memory of a large event).
    deferred: bool = False
    #: Per rule, the (claim_a, claim_b) positions (-1 for no claim_b) whose findings are wanted; None: all.
    selection: dict[str, set[tuple[int, int]]] | None = None
    #: The rule being run (set by :func:`claimcheck.check`), for :meth:`wanted`.
    rule: str = ""
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def wanted(self, a: Any, b: Any | None = None) -> np.ndarray:
        """Which findings (positions ``a`` and ``b`` in :attr:`frame`) the current run wants: all, or the selection."""
        a = np.asarray(a, dtype=np.int64)
        if self.selection is None:
            return np.ones(len(a), dtype=bool)
        keys = self.selection.get(self.rule, set())
        b_list = [-1] * len(a) if b is None else np.asarray(b, dtype=np.int64).tolist()
        return np.fromiter(((x, y) in keys for x, y in zip(a.tolist(), b_list, strict=True)), dtype=bool, count=len(a))

    def messages(self, write: Callable[[], list[str]], n: int) -> list[str]:
        """``write()``, or ``n`` empty messages while messages are deferred."""
        return [""] * n if self.deferred else write()

    def cached(self, name: str, compute: Callable[[], Any]) -> Any:
        """The value of ``compute()``, computed once per check."""
        if name not in self._cache:
            self._cache[name] = compute()
        return self._cache[name]

    @property
    def ranks(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Integer ranks of (low, implied high, asserted high) per claim; see :func:`pairs.bound_ranks`."""

        def compute() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            f = self.frame
            lo, (ihi, hi) = pairs.bound_ranks(
                f["_lo"].to_numpy(float),
                f["_lo_inc"].to_numpy(bool),
                [
                    (f["_ihi"].to_numpy(float), f["_ihi_inc"].to_numpy(bool)),
                    (f["_hi"].to_numpy(float), f["_hi_inc"].to_numpy(bool)),
                ],
            )
            return lo, ihi, hi

        return self.cached("ranks", compute)

    def same_day_pairs(self) -> pd.DataFrame:
        """Pairs of one quantity reported on one day whose implied intervals do not overlap.

        Columns ``first`` (the lower figure), ``second``, ``severity`` (error when the
        asserted intervals are disjoint too), ``gap`` and ``same_source``. Claims from
        one document are paired only when two named organisations give them (see
        :meth:`_drop_within_document`).
        """
        return self.cached("same_day", self._same_day)

    def _same_day(self) -> pd.DataFrame:
        f = self.frame
        lo, ihi, hi = self.ranks
        key_code = f["_group"].to_numpy(np.int64)
        day_code = pd.factorize(f["_report_group"].to_numpy())[0].astype(np.int64)
        group = pd.Series(pd.factorize(key_code * (int(day_code.max(initial=0)) + 1) + day_code)[0])
        table = pairs.buckets(group, f["place"], self.options.get("places", quantity.compatible_places))
        found = pairs.disjoint_pairs(table, lo, ihi)
        found = self._drop_within_document(found, "first", "second")
        if not self.options.get("compare_vague", False) and not found.empty:
            # "dozens" beside "178", "hundreds" beside "dozens": an impression, not a count that contradicts one
            vague = self.vague
            found = found[~(vague[found["first"].to_numpy()] | vague[found["second"].to_numpy()])]
        a, b = found["first"].to_numpy(), found["second"].to_numpy()
        error = hi[a] < lo[b]
        gap = np.where(error, f["_lo"].to_numpy(float)[b] - f["_hi"].to_numpy(float)[a], 0.0)
        return found.assign(
            severity=np.where(error, "error", "warning"), gap=np.maximum(gap, 0.0), same_source=self._same_source(a, b)
        )

    def falling_pairs(self) -> pd.DataFrame:
        """Pairs of one killed or injured quantity where a later report lies wholly below an earlier one.

        Columns ``earlier``, ``later``, ``severity`` (``warning`` when only the later figure's implied end lies
        below), ``gap`` and ``same_source``.
        """
        return self.cached("falling", self._falling)

    def _falling(self) -> pd.DataFrame:
        f = self.frame
        lo, ihi, hi = self.ranks
        # people still in care are a count that falls as they are discharged, whatever its category
        rising = f["category"].isin(list(RISING_CATEGORIES)).to_numpy(bool) & ~quantity.in_care(f)
        # only figures that enter pair rules: an earlier report the article cites ("down from 115") must not
        # be the report a later figure is paired with, or the fall from the report before it goes unseen
        eligible = np.flatnonzero(rising & f["_day"].notna().to_numpy() & self.comparable)
        sub = f[["_group", "place"]].iloc[eligible]
        group = pd.Series(pd.factorize(sub["_group"])[0])
        table = pairs.buckets(
            group, sub["place"].reset_index(drop=True), self.options.get("places", quantity.compatible_places)
        )
        table["row"] = eligible[table["row"].to_numpy()]
        # a one-incident story's few reports: every earlier report a later one falls below is named (a long
        # campaign's series names the latest day's, or the pairs would grow with the square of the series)
        campaign = f.attrs.get(quantity.CAMPAIGNS_ATTR) or frozenset()
        # (looked up in the text column as it is: boxing a million events costs more than the lookup)
        short = ~isin_few(f["event"], list(campaign)) if "event" in f else None
        if short is not None and "key" in f:
            # one dated incident inside a campaign (a day's protest toll) is a short series of its own
            short |= f["key"].astype("string").str.contains("|incident|", regex=False).to_numpy(bool, na_value=False)
        every = self.options.get("pairs") == "all"
        if not self.options.get("compare_vague", False):
            # "dozens died at the locked gate", told after a toll of 174: an impression, often of a part, never a
            # revision; a vague word still bounds the counts after it ("hundreds died", then "97")
            vague = self.vague
            if vague.any():
                top = max(int(lo.max(initial=0)), int(hi.max(initial=0))) + 1
                hi, ihi = np.where(vague, top, hi), np.where(vague, top, ihi)
        # a fall through the later figure's implied end ("more than 160": under 170) is a warning; through its
        # asserted end, an error (the implied end is never above the asserted one: one pass finds both)
        found = pairs.falling_pairs(table, f["_day"].to_numpy(float), lo, ihi, short=short, every=every)
        asserted = hi[found["later"].to_numpy()] < lo[found["earlier"].to_numpy()]
        found["severity"] = np.where(asserted, "error", "warning")
        found = self._drop_within_document(found, "earlier", "later")
        found = self._drop_parts_of_campaigns(found)
        a, b = found["earlier"].to_numpy(), found["later"].to_numpy()
        gap = f["_lo"].to_numpy(float)[a] - f["_hi"].to_numpy(float)[b]
        return found.assign(gap=gap, same_source=self._same_source(a, b, generic_is_any=True))

    def _drop_parts_of_campaigns(self, found: pd.DataFrame) -> pd.DataFrame:
        """In a campaign, a later figure a tenth of an earlier one or less is a part of it, not a fall.

        A war's national total and one strike's or one city's toll are worded
        alike ("the toll rose to 30"); a later count far below a running total
        is a smaller quantity inside it (:data:`CAMPAIGN_PART_RATIO`), while a
        revision or a contested total stays within that factor. So is one under
        half of a total reported months before it (:data:`CAMPAIGN_REVISION_DAYS`).
        """
        f = self.frame
        campaign = f.attrs.get(quantity.CAMPAIGNS_ATTR)
        if not campaign or found.empty or "event" not in f:
            return found
        a, b = found["earlier"].to_numpy(), found["later"].to_numpy()
        in_campaign = np.isin(f["event"].iloc[a].to_numpy(object), list(campaign))
        part = in_campaign & (f["_lo"].to_numpy(float)[a] > f["_hi"].to_numpy(float)[b] * CAMPAIGN_PART_RATIO)
        day = f["_day"].to_numpy(float)
        long_after = day[b] - day[a] > CAMPAIGN_REVISION_DAYS
        part |= in_campaign & long_after & (f["_lo"].to_numpy(float)[a] > f["_hi"].to_numpy(float)[b] * 2)
        return found[~part].reset_index(drop=True)

    def _drop_within_document(self, found: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
        """Keep pairs across documents; within one, only named organisations that disagree, a later report, or a
        lead's unsourced toll against a named source's toll in the body.

        An article that gives two figures of one kind on one day from one source
        (or none) is breaking a total down (by place, period or group) or telling
        how it changed ("rose from 23 to 30"), not contradicting itself.
        """
        f = self.frame
        comparable = self.comparable
        found = found[comparable[found[a].to_numpy()] & comparable[found[b].to_numpy()]]
        pa, pb = found[a].to_numpy(), found[b].to_numpy()
        sent = f["_sentence"].to_numpy()
        doc_a, doc_b = _objects(f["doc_id"], pa), _objects(f["doc_id"], pb)
        keys_a, keys_b = _source_keys(f, pa), _source_keys(f, pb)
        same_doc = doc_a == doc_b
        day = f["_day"].to_numpy(float)
        later_report = np.isfinite(day[pa]) & np.isfinite(day[pb]) & (day[pa] != day[pb])
        named_apart = np.fromiter(
            (
                x is not None and y is not None and not same_organisation(x, y)
                for x, y in zip(keys_a, keys_b, strict=False)
            ),
            dtype=bool,
            count=len(pa),
        )
        # Across documents every pair counts; within one, two named organisations that disagree
        # ("lower than the 20,000 a different spokesperson gave"), a later report that fell, or a headline that
        # does not give its story's figure ("Toll climbs to 8" over "raising the death toll to seven").
        headline = self.headlines
        apart = sent[pa] != sent[pb]
        # a live blog's entries, each opened by its time ("09:40 The coast guard says ..."), are reports of their own
        entry = self.entry_times
        later_entry = (entry[pa] >= 0) & (entry[pb] >= 0) & (entry[pa] != entry[pb])
        if a != "earlier":
            # two entries' figures of one day disagree only by falling: a later entry's higher toll is its update
            # (``a`` is the lower figure of a same-day pair, ``b`` the higher: keep it when the higher came first)
            later_entry &= entry[pb] < entry[pa]
        keep = (
            (~same_doc & apart)
            | named_apart
            | (same_doc & (later_report | later_entry) & apart)
            | (same_doc & apart & (headline[pa] != headline[pb]))
        )
        # a lead that states a toll on no one's word against the toll a named source gives in the body ("killing
        # at least 820", then "the ministry raised the toll to 1,037"), the body's figure placed nowhere narrower
        unnamed_a = np.fromiter((x is None for x in keys_a), dtype=bool, count=len(pa))
        unnamed_b = np.fromiter((y is None for y in keys_b), dtype=bool, count=len(pb))
        rows = np.flatnonzero(same_doc & apart & (unnamed_a != unnamed_b) & ~keep)
        if len(rows) and "sentence_start" in f:
            ra, rb = pa[rows], pb[rows]  # only those pairs' rows are read, not a million claims'
            lead = f["sentence_start"].to_numpy(np.int64)
            unplaced_a = f["location"].iloc[ra].isna().to_numpy(bool)
            unplaced_b = f["location"].iloc[rb].isna().to_numpy(bool)
            toll = f["category"].iloc[ra].isin(list(RISING_CATEGORIES)).to_numpy(bool)
            keep[rows] = toll & (
                (unnamed_a[rows] & (lead[ra] == 0) & unplaced_b) | (unnamed_b[rows] & (lead[rb] == 0) & unplaced_a)
            )
        return found[keep].drop_duplicates().reset_index(drop=True)

    @property
    def headlines(self) -> np.ndarray:
        """Which claims stand in their document's headline: a first line that ends with no full stop."""

        def compute() -> np.ndarray:
            f = self.frame
            if "sentence_start" not in f or "sentence" not in f:
                return np.zeros(len(f), dtype=bool)
            first = f["sentence_start"].to_numpy(np.int64) == 0
            if not first.any():
                return first
            # each distinct first sentence read once (a million claims stand in far fewer sentences)
            rows = np.flatnonzero(first)
            if quantity.SENTENCE_COLUMN in f:  # the sentences factorized already, by prepare
                codes = f[quantity.SENTENCE_COLUMN].cat.codes.to_numpy(np.int64)[rows]
                categories = f[quantity.SENTENCE_COLUMN].cat.categories
                present, inverse = np.unique(codes, return_inverse=True)
                # taken as one array: indexing Arrow categories one by one costs seconds on a million claims
                if len(categories):
                    text = pd.Series(categories.take(np.maximum(present, 0)), dtype="string").where(present >= 0, "")
                else:  # no claim has a sentence: nothing can stand in a headline
                    text = pd.Series([""] * len(present), dtype="string")
            else:
                inverse, texts = pd.factorize(f["sentence"].iloc[rows].fillna(""))
                text = pd.Series(texts, dtype="string")
            text = text.fillna("").str.rstrip()
            length = text.str.len().fillna(0).to_numpy(np.int64)
            # (the text is stripped, so ending in a closing mark is what the pattern [.!?:"\u201d\u2019')]$ finds:
            # ending with one, read by Arrow, not a Python regex per sentence)
            open_end = (~text.str.endswith(_CLOSING_MARKS)).fillna(False).to_numpy(bool)
            out = np.zeros(len(f), dtype=bool)
            out[rows] = (open_end & (length > 0) & (length < _HEADLINE_CHARS))[inverse]
            return out

        return self.cached("headlines", compute)

    @property
    def entry_times(self) -> np.ndarray:
        """Per claim, the minute of the day its sentence opens with ("09:40 The coast guard says ..."), else -1.

        A live blog's entries open with their time; two entries of one document
        are two reports, as two articles are.
        """

        def compute() -> np.ndarray:
            f = self.frame
            out = np.full(len(f), -1, dtype=np.int64)
            if quantity.SENTENCE_COLUMN not in f:
                return out
            column = f[quantity.SENTENCE_COLUMN]
            categories = pd.Series(column.cat.categories, dtype="string")
            # the distinct sentences that open with a digit (few), read one by one
            digit = np.flatnonzero(_opening_with_digit(categories))
            if not len(digit):
                return out
            minute_of_category = np.full(len(categories) + 1, -1, dtype=np.int64)  # (last slot: no sentence)
            minute_of_category[digit] = [_minute_of(str(t)) for t in categories.iloc[digit].tolist()]
            codes = column.cat.codes.to_numpy(np.int64)
            out = minute_of_category[np.where(codes < 0, len(categories), codes)]
            return _within_entries(out, f)

        return self.cached("entry_times", compute)

    @property
    def vague(self) -> np.ndarray:
        """Which claims are written as a vague word ("dozens") (:func:`quantity.vague_figures`), read by two rules."""
        return self.cached("vague", lambda: quantity.vague_figures(self.frame, self.options.get("vague_ranges")))

    @property
    def comparable(self) -> np.ndarray:
        """Which claims enter pair rules: standalone figures of a named kind.

        Parts ("four of them"), increments ("20 more bodies") and earlier reports
        ("previously put at 5,500") are not the quantity itself; an ``other`` count
        says nothing about what it counts, so two of them are not one quantity
        unless ``compare_other=True``. A part that names its own people ("the dead
        include 40 adults") is their count, as "30 adults were among the dead" is:
        it is compared with other counts of those people.
        """

        def compute() -> np.ndarray:
            f = self.frame
            # compared as Arrow text: boxing a million roles and categories costs more than the comparisons
            role = f["role"].fillna("figure") if "role" in f else None
            ok = np.ones(len(f), dtype=bool) if role is None else role.eq("figure").to_numpy(bool)
            if role is not None:
                ok |= quantity.own_count_parts(f)
            if not self.options.get("compare_other", False):
                ok &= f["category"].ne("other").to_numpy(bool, na_value=True)
            return ok

        return self.cached("comparable", compute)

    def _same_source(self, a: np.ndarray, b: np.ndarray, *, generic_is_any: bool = False) -> np.ndarray:
        """True where both figures come from one organisation, or either names no source.

        ``generic_is_any``: a credit that names no particular body ("authorities",
        "officials") may be any office, so it is one voice with any source: for a
        later, lower figure that makes a revision, not a contest (a contest over
        time needs two bodies one can name, as "the Red Crescent" and "the UN").
        """
        ka, kb = _source_keys(self.frame, a), _source_keys(self.frame, b)
        return np.fromiter(
            (
                x is None
                or y is None
                or same_organisation(x, y)
                or (generic_is_any and (is_generic(x) or is_generic(y)))
                for x, y in zip(ka, kb, strict=False)
            ),
            dtype=bool,
            count=len(a),
        )


Rule = Callable[[Context], pd.DataFrame]


def _objects(column: pd.Series, positions: np.ndarray) -> np.ndarray:
    """``column.astype(object).to_numpy()[positions]``, converting only the rows taken (a million cost)."""
    return np.asarray(column.iloc[np.asarray(positions, dtype=np.int64)].astype(object).to_numpy())


def _source_keys(f: pd.DataFrame, positions: np.ndarray) -> np.ndarray:
    """The ``_source_key`` of the claims at ``positions``: Python strings, None where missing."""
    keys = f["_source_key"].iloc[np.asarray(positions, dtype=np.int64)]
    return np.asarray(keys.astype(object).where(keys.notna(), None).to_numpy())


_REGISTRY: dict[str, Rule] = {}


def register(name: str, *, replace: bool = False) -> Callable[[Rule], Rule]:
    """Register a rule under ``name`` (decorator). Names are unique unless ``replace=True``."""

    def decorate(fn: Rule) -> Rule:
        if name in _REGISTRY and not replace:
            raise ValueError(f"a rule named {name!r} is already registered (pass replace=True to override)")
        _REGISTRY[name] = fn
        return fn

    return decorate


def unregister(name: str) -> None:
    """Remove a rule from the registry."""
    _REGISTRY.pop(name, None)


def names() -> list[str]:
    """Names of the registered rules, in the order they run."""
    return list(_REGISTRY)


def get(name: str) -> Rule:
    """The rule registered under ``name``."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"no rule named {name!r}; registered: {names()}") from None


# ------------------------------------------------------------------ wording


def _fmt_date(value: Any) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def _fmt_number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.1f}"


def _text(value: Any) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


class _Row:
    """Phrases about one claim for messages.

    ``phrases`` (from :func:`_rows`) holds ``outlet``, ``on``, ``figure``, ``by`` and
    ``what`` already written, each once per distinct value; without it they are
    written from the row.
    """

    __slots__ = ("r", "_phrases")

    def __init__(self, row: Mapping[Any, Any], phrases: tuple[str, str, str, str, str] | None = None):
        self.r = row
        self._phrases = phrases

    @property
    def outlet(self) -> str:
        if self._phrases is not None:
            return self._phrases[0]
        return _text(self.r.get("outlet")) or f"document {_text(self.r.get('doc_id'))}"

    @property
    def on(self) -> str:
        if self._phrases is not None:
            return self._phrases[1]
        day = _fmt_date(self.r.get("report_date"))
        return f" on {day}" if day else ""

    @property
    def figure(self) -> str:
        if self._phrases is not None:
            return self._phrases[2]
        surface = _text(self.r.get("surface")) or _fmt_number(float(self.r["_lo"]))
        return f"'{surface}'"

    @property
    def by(self) -> str:
        if self._phrases is not None:
            return self._phrases[3]
        source = _text(self.r.get("source"))
        return f" (according to {source})" if source else ""

    @property
    def what(self) -> str:
        if self._phrases is not None:
            return self._phrases[4]
        subject = _text(self.r.get("subject"))
        category = _text(self.r.get("category"))
        return f"{subject} {category}" if subject else category

    def reported(self) -> str:
        return f"{self.outlet}{self.on} reports {self.figure} {self.what}{self.by}"


_ROW_COLUMNS = ["outlet", "doc_id", "report_date", "surface", "_lo", "source", "subject", "category", "scope", "_ihi"]


def _each_distinct(fn: Callable[..., str], *columns: np.ndarray) -> list[str]:
    """``fn`` of each row's values, called once per distinct combination (with that combination's first row)."""
    n = len(columns[0])
    combined = np.zeros(n, dtype=np.int64)
    for column in columns:
        codes, uniques = pd.factorize(column)
        combined = combined * (len(uniques) + 1) + (codes + 1)
    codes, distinct = pd.factorize(combined)
    first = np.zeros(len(distinct), dtype=np.int64)
    first[codes[::-1]] = np.arange(n - 1, -1, -1)
    results = [fn(*values) for values in zip(*(column[first] for column in columns), strict=True)]
    return [results[c] for c in codes.tolist()]


def _figure_phrase(surface: Any) -> str:
    text = _text(surface)
    return f"'{text}'" if text else ""


def _by_phrase(source: Any) -> str:
    text = _text(source)
    return f" (according to {text})" if text else ""


def _what_phrase(subject: Any, category: Any) -> str:
    subject, category = _text(subject), _text(category)
    return f"{subject} {category}" if subject else category


def _boxed(values: np.ndarray) -> np.ndarray:
    """Object values as ``DataFrame.to_dict("records")`` gives them: ``pd.NA`` is None."""
    missing = np.flatnonzero(pd.isna(values))
    if len(missing):
        values = values.copy()
        values[missing] = [None if values[i] is pd.NA else values[i] for i in missing.tolist()]
    return values


def _rows(ctx: Context, positions: np.ndarray) -> Iterator[_Row]:
    """The claims at ``positions``, one :class:`_Row` at a time, for their messages.

    Each row is made as its message is written and dropped after it: a list of a finding's rows held whole
    (tens of thousands of small objects) set off the collector's full passes over the frame's object columns.
    """
    # Take the rows of each column first, then box them: converting whole Arrow columns costs per claim.
    # The phrases of each row are written once per distinct value (messages repeat outlets, sources, dates).
    f = ctx.frame
    positions = np.asarray(positions, dtype=np.int64)
    if not len(positions):
        return iter(())
    day_codes, days = pd.factorize(f["report_date"].iloc[positions])
    codes = day_codes.tolist()
    stamps = [*pd.DatetimeIndex(days), pd.NaT]  # code -1: no date
    dates = [f" on {d}" for d in pd.DatetimeIndex(days).strftime("%Y-%m-%d")] + [""]
    columns = {
        c: (
            np.array([stamps[k] for k in codes], dtype=object)
            if c == "report_date"
            else _boxed(f[c].iloc[positions].astype(object).to_numpy())
        )
        for c in _ROW_COLUMNS
    }
    figures = [
        figure or f"'{_fmt_number(float(low))}'"
        for figure, low in zip(_each_distinct(_figure_phrase, columns["surface"]), columns["_lo"], strict=True)
    ]
    outlets = [
        outlet or f"document {_text(doc)}"
        for outlet, doc in zip(_each_distinct(_text, columns["outlet"]), columns["doc_id"], strict=True)
    ]
    phrases = zip(
        outlets,
        [dates[c] for c in codes],
        figures,
        _each_distinct(_by_phrase, columns["source"]),
        _each_distinct(_what_phrase, columns["subject"], columns["category"]),
        strict=True,
    )
    lists = {c: values.tolist() for c, values in columns.items()}
    return (_Row(_Record(lists, i), p) for i, p in enumerate(phrases))


class _Record(Mapping[str, Any]):
    """One row of the columns :func:`_rows` took, read as a mapping (as ``to_dict("records")`` would give it)."""

    __slots__ = ("_columns", "_i")

    def __init__(self, columns: dict[str, list[Any]], i: int):
        self._columns = columns
        self._i = i

    def __getitem__(self, name: str) -> Any:
        return self._columns[name][self._i]

    def get(self, name: str, default: Any = None) -> Any:
        column = self._columns.get(name)
        return default if column is None else column[self._i]

    def __iter__(self) -> Iterator[str]:
        return iter(self._columns)

    def __len__(self) -> int:
        return len(self._columns)


def _implied(row: _Row) -> str:
    return f"{row.figure} reads as fewer than {_fmt_number(float(row.r['_ihi']))}"


def _pair_key(ctx: Context, a: np.ndarray, b: np.ndarray) -> list[str]:
    f = ctx.frame
    a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
    key = f["key"].iloc[a].to_numpy(object)
    place = f["place"].to_numpy(object)
    place_a, place_b = place[a], place[b]
    loc_a, loc_b = f["location"].iloc[a].to_numpy(object), f["location"].iloc[b].to_numpy(object)

    def where(k: int) -> str:
        pi, pj = place_a[k], place_b[k]
        if pi is None and pj is None:
            return "*"
        first = pj is None or (pi is not None and len(str(pi)) >= len(str(pj)))
        return str(loc_a[k] if first else loc_b[k]).lower()

    return [f"{key[k]}|{where(k)}" for k in range(len(a))]


def _findings(
    ctx: Context,
    a: np.ndarray,
    b: np.ndarray | None,
    severity: Iterable[str],
    gap: Iterable[float],
    messages: list[str],
) -> pd.DataFrame:
    ids = ctx.frame["claim_id"]  # taken at the positions only: converting the whole column costs per claim

    def take(column: pd.Series, positions: np.ndarray) -> np.ndarray:
        return column.iloc[np.asarray(positions, dtype=np.int64)].to_numpy(object)

    return pd.DataFrame(
        {
            "claim_a": take(ids, a) if len(a) else np.array([], dtype=object),
            "claim_b": take(ids, b) if b is not None and len(a) else [pd.NA] * len(a),
            "severity": list(severity),
            "gap": list(gap),
            "key": _pair_key(ctx, a, b) if b is not None else list(take(ctx.frame["key"], a)),
            "message": messages,
            "event": take(ctx.frame["event"], a) if "event" in ctx.frame and len(a) else [pd.NA] * len(a),
        },
        columns=FINDING_COLUMNS,
    )


def _same_day_messages(ctx: Context, found: pd.DataFrame, why_error: str, why_warning: str) -> list[str]:
    low, high = _rows(ctx, found["first"].to_numpy()), _rows(ctx, found["second"].to_numpy())
    out = []
    for lo, hi, sev in zip(low, high, found["severity"], strict=False):
        same = "incident" if lo.r.get("scope") == "incident" else "running total"
        reason = why_error if sev == "error" else f"{_implied(lo)}, below {hi.figure}{why_warning}"
        out.append(f"{hi.reported()}, but {lo.reported()} for the same {same} on the same day: {reason}.")
    return out


# --------------------------------------------------------------------- rules


@register("interval_mismatch")
def interval_mismatch(ctx: Context) -> pd.DataFrame:
    """One quantity, one report date, figures that do not overlap, from one source or an unnamed one."""
    found = ctx.same_day_pairs()
    found = found[found["same_source"]]
    found = found[ctx.wanted(found["first"], found["second"])]
    messages = ctx.messages(lambda: _same_day_messages(ctx, found, "the two figures do not overlap", ""), len(found))
    return _findings(
        ctx, found["first"].to_numpy(), found["second"].to_numpy(), found["severity"], found["gap"], messages
    )


@register("source_disagreement")
def source_disagreement(ctx: Context) -> pd.DataFrame:
    """Figures of one quantity from different named sources that cannot both hold, on one report date.

    A later, lower figure from another source is a fall (``total_decreased``), as the contract says: on another
    day the count may have been revised, whoever gives it.
    """
    same_day = ctx.same_day_pairs()
    same_day = same_day[~same_day["same_source"]]
    same_day = same_day[ctx.wanted(same_day["first"], same_day["second"])]
    messages = ctx.messages(
        lambda: _same_day_messages(ctx, same_day, "the sources disagree", ", and the sources disagree"), len(same_day)
    )
    return _findings(
        ctx,
        same_day["first"].to_numpy(),
        same_day["second"].to_numpy(),
        same_day["severity"],
        same_day["gap"],
        messages,
    )


@register("total_decreased")
def total_decreased(ctx: Context) -> pd.DataFrame:
    """A killed or injured count reported later below what an earlier report allows, whoever gives either.

    A later round figure whose implied end lies below the earlier report is a
    warning ("more than 200", then "more than 160": under 170); a later "more than
    1,000" after an earlier "1,200" implies up to 2,000, an old round figure
    repeated, and is no finding.
    """
    found = ctx.falling_pairs()
    found = found[ctx.wanted(found["earlier"], found["later"])]

    def write() -> list[str]:
        earlier, later = _rows(ctx, found["earlier"].to_numpy()), _rows(ctx, found["later"].to_numpy())
        messages = []
        for a, b, same_source in zip(earlier, later, found["same_source"], strict=False):
            named = _text(a.r.get("source")) and _text(b.r.get("source"))
            by = " by the same source" if named and same_source else a.by
            why = (
                "a running total cannot fall"
                if a.r.get("scope") != "incident"
                else "a toll cannot fall as it is reported"
            )
            if not same_source:
                why += ", so the later source revised it or the two disagree"
            messages.append(f"{b.reported()}, below {a.figure} reported{a.on}{by} in {a.outlet}: {why}.")
        return messages

    messages = ctx.messages(write, len(found))
    return _findings(
        ctx, found["earlier"].to_numpy(), found["later"].to_numpy(), found["severity"].tolist(), found["gap"], messages
    )


@register("part_exceeds_whole")
def part_exceeds_whole(ctx: Context) -> pd.DataFrame:
    """A part ("including 12 children") above its whole ("killed 10 people"), or parts that add up past it.

    ``claim_a`` is the whole, ``claim_b`` the part (for a breakdown, its largest
    part). Error when the asserted bounds exclude it, warning when only the
    whole's implied bound does ("more than 100 people, including 250 children").
    """
    f = ctx.frame
    part, whole = ctx.cached("parts", lambda: _parts_and_wholes(f))  # (the messages' second run reads them too)
    lo, ihi, hi = ctx.ranks
    lo_v, hi_v, ihi_v = (f[c].to_numpy(float) for c in ("_lo", "_hi", "_ihi"))

    single = ihi[whole] < lo[part]
    sp, sw = part[single], whole[single]
    part_single_wholes = sw  # a whole a part exceeds alone is not also summed (whichever findings are wanted)
    wanted = ctx.wanted(sw, sp)
    sp, sw = sp[wanted], sw[wanted]
    sev = np.where(hi[sw] < lo[sp], "error", "warning")

    def write_single() -> list[str]:
        return [
            f"{w.outlet}{w.on} reports {p.figure} {_text(p.r.get('subject')) or 'people'} among {w.figure} {w.what}"
            f"{w.by}: "
            + ("a part cannot exceed its whole." if s == "error" else f"{_implied(w)}, and a part cannot exceed it.")
            for p, w, s in zip(_rows(ctx, sp), _rows(ctx, sw), sev, strict=False)
        ]

    out = [_findings(ctx, sw, sp, sev, np.maximum(lo_v[sp] - hi_v[sw], 0.0), ctx.messages(write_single, len(sp)))]

    # Breakdowns: two or more parts of one whole, none above it alone, adding up past it. Only
    # distinct groups add up: a part counting what its whole counts (a restated total) is left out.
    at = np.concatenate([part, whole])  # only the parts and wholes: the text of a million claims costs
    what = (f["category"].iloc[at].astype(str) + "|" + f["subject_class"].iloc[at].astype(str)).to_numpy(object)
    frame = pd.DataFrame({"part": part, "whole": whole, "low": lo_v[part], "what": what[: len(part)]})
    frame = frame[~np.isin(frame["whole"], part_single_wholes) & (frame["what"].to_numpy() != what[len(part) :])]
    frame = frame.drop_duplicates(["whole", "what"])
    sums = frame.groupby("whole").agg(total=("low", "sum"), n=("low", "size"))
    sums = sums[sums["n"] >= 2]
    sums = sums[sums["total"] > ihi_v[sums.index.to_numpy()]]
    if len(sums):
        w_pos = sums.index.to_numpy(np.int64)
        largest = frame.sort_values(["whole", "low", "part"], ascending=[True, False, True]).drop_duplicates("whole")
        largest = largest.set_index("whole").loc[w_pos, "part"].to_numpy(np.int64)
        wanted = ctx.wanted(w_pos, largest)
        sums, w_pos, largest = sums[wanted], w_pos[wanted], largest[wanted]
        sev = np.where(sums["total"].to_numpy() > hi_v[w_pos], "error", "warning")
        totals = sums["total"].to_numpy()

        def write_sums() -> list[str]:
            kept = frame[np.isin(frame["whole"].to_numpy(), w_pos)]
            figures = kept.groupby("whole")["part"].apply(lambda s: " and ".join(_rows_figures(ctx, s.to_numpy())))
            return [
                f"{w.outlet}{w.on} reports parts {figures.loc[wp]} adding up to {_fmt_number(t)}, more than "
                f"{w.figure} {w.what}{w.by}: "
                + (
                    "parts cannot add up past their whole."
                    if s == "error"
                    else f"{_implied(w)}, and parts cannot add up past it."
                )
                for w, wp, t, s in zip(_rows(ctx, w_pos), w_pos, totals, sev, strict=False)
            ]

        gap = np.maximum(totals - hi_v[w_pos], 0.0)
        out.append(_findings(ctx, w_pos, largest, sev, gap, ctx.messages(write_sums, len(w_pos))))
    return pd.concat(out, ignore_index=True)


def _parts_and_wholes(f: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The positions of the claims that name their whole in ``part_of``, and of each one's whole in the frame."""
    part_of = f["part_of"].to_numpy(object)
    has = np.flatnonzero(pd.notna(part_of))
    # where each whole stands: look up only the ids some part names (claim ids are unique; if not, the first counts)
    hit = np.flatnonzero(isin_few(f["claim_id"], part_of[has])) if len(has) else has
    first_pos: dict[object, int] = {}
    for pos, cid in zip(hit.tolist(), f["claim_id"].iloc[hit].to_numpy(object).tolist(), strict=True):
        first_pos.setdefault(cid, pos)
    where = np.array([first_pos.get(x, -1) for x in part_of[has].tolist()], dtype=np.int64)
    return has[where >= 0], where[where >= 0].astype(np.int64)


def _rows_figures(ctx: Context, positions: np.ndarray) -> list[str]:
    return [f"{r.figure} {_text(r.r.get('subject')) or 'people'}" for r in _rows(ctx, positions)]


@register("reference_mismatch")
def reference_mismatch(ctx: Context) -> pd.DataFrame:
    """A claim whose interval excludes the reference value for its report date.

    The reference band for a date is [min x (1 - t), max x (1 + t)] over the
    values of the last ``reference_window`` days up to that date (news often
    carries the previous day's figure), t = ``tolerance``. Only claims with the
    reference's category, subject class and scope, and a compatible place, are
    compared; a claim about children is compared with a children series only.
    Warning when only the implied interval excludes the band ("more than 20,000"
    when the reference says 38,243).
    """
    ref = ctx.reference
    if ref is None or ref.empty or ctx.frame.empty:
        return _findings(ctx, np.array([], dtype=np.int64), None, [], [], [])
    tol = float(ctx.options.get("tolerance", 0.1))
    window = int(ctx.options.get("reference_window", 1))
    places = ctx.options.get("places", quantity.compatible_places)
    band = _reference_band(ref, window)
    f = ctx.frame
    claims = pd.DataFrame(
        {
            "pos": np.arange(len(f)),
            "category": f["category"].astype(object),
            "subject_class": f["subject_class"].astype(object),
            "scope": f["scope"].astype(object),
            "date": f["report_date"],
            "place": f["place"].astype(object),
        }
    )
    claims = claims[claims["date"].notna()]
    m = claims.merge(band, on=["category", "subject_class", "scope", "date"], suffixes=("", "_ref"))
    if m.empty:
        return _findings(ctx, np.array([], dtype=np.int64), None, [], [], [])
    ok = np.fromiter(
        (
            places(a if isinstance(a, str) else None, b if isinstance(b, str) else None)
            for a, b in zip(m["place"], m["place_ref"], strict=False)
        ),
        dtype=bool,
        count=len(m),
    )
    m = m[ok].drop_duplicates("pos").reset_index(drop=True)
    p = m["pos"].to_numpy(np.int64)
    band_lo, band_hi = m["low"].to_numpy() * (1 - tol), m["high"].to_numpy() * (1 + tol)
    lo, hi, ihi = (f[c].to_numpy(float)[p] for c in ("_lo", "_hi", "_ihi"))
    lo_inc, hi_inc, ihi_inc = (f[c].to_numpy(bool)[p] for c in ("_lo_inc", "_hi_inc", "_ihi_inc"))
    above = (lo > band_hi) | ((lo == band_hi) & ~lo_inc)
    below = (hi < band_lo) | ((hi == band_lo) & ~hi_inc)
    implied_below = (ihi < band_lo) | ((ihi == band_lo) & ~ihi_inc)
    error = above | below
    hit = error | implied_below
    p, m = p[hit], m[hit]
    sev = np.where(error[hit], "error", "warning")
    gap = np.where(above[hit], lo[hit] - band_hi[hit], np.where(below[hit], band_lo[hit] - hi[hit], 0.0))
    messages = []
    for row, ref_row, s in zip(_rows(ctx, p), m.to_dict("records"), sev, strict=False):
        value = _fmt_number(ref_row["value"])
        span = f"{value} ({ref_row['series']}, {_fmt_date(ref_row['date'])}, within {tol:.0%})"
        why = "the claim excludes it" if s == "error" else f"{_implied(row)}"
        messages.append(f"{row.reported()}, but the reference gives {span}: {why}.")
    return _findings(ctx, p, None, sev, gap, messages)


def _reference_band(ref: pd.DataFrame, window: int) -> pd.DataFrame:
    """Per reference series and date: the low and high value over the last ``window`` days."""
    r = ref.assign(
        subject_class=quantity.subject_classes(ref).astype(object),
        place=quantity.place_keys(ref).astype(object),
        series=ref["series"].fillna(ref["category"]),
    )
    keys = ["category", "subject_class", "scope", "place", "series"]
    r[keys] = r[keys].astype(object).fillna("")
    r = r.sort_values(keys + ["date"], kind="stable")
    rolled = (
        r.set_index("date")
        .groupby(keys, sort=False)["value"]
        .rolling(f"{max(window, 0) + 1}D")
        .agg(["min", "max"])
        .reset_index()
        .rename(columns={"min": "low", "max": "high"})
    )
    out = rolled.merge(r[keys + ["date", "value"]], on=keys + ["date"])
    out["place"] = out["place"].replace("", None)
    out = out.rename(columns={"place": "place_ref"})
    return out
