"""Read documents one after another into claims: each sentence's counts, with the context the document gives them.

The readers of one field each (counts, framing, attribution, places, dates) see
one sentence; this module carries what a document says beyond one sentence (who
spoke, what scope, which figures a later sentence denies) and turns what they
found into claims rows.

>>> claims = extract_claims("At least 7 people were killed in Rafah on Tuesday, medics said.")
>>> row = claims.iloc[0]
>>> print(row.surface, row.qualifier, row.low, row.high, row.category, row.source, row.scope)
At least 7 at_least 7.0 inf killed medics incident
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
from collections.abc import Iterable, Mapping
from typing import Any, Final, cast

import pandas as pd
import regex

from claimcheck import schema
from claimcheck._rx import compile_pattern, fold_case, rx
from claimcheck.extraction import attribution, gazetteer
from claimcheck.extraction.context import TOLL, DocumentContext, Found, LazyAttributions, is_headline
from claimcheck.extraction.counts import Count, parenthesised_place, read_counts
from claimcheck.extraction.dates import (
    EVENT_NOUN,
    EVENT_NOUN_AFTER,
    DateMention,
    anniversary_in,
    dateline_date,
    dateline_span,
    find_dates,
    find_past_events,
)
from claimcheck.extraction.events import with_events
from claimcheck.extraction.framing import (
    _DENIAL_WORDS,
    _SINCE_BEFORE,
    breaks_down_toll,
    event_date,
    event_month,
    is_anchor_date,
    is_period_count,
    is_report_date,
    modality_of,
    ranks_figure,
    ranks_places,
    recalled_year,
    retrospective_date,
    scope_cue,
    scope_of,
    tells_lasting_event,
)
from claimcheck.extraction.lexicon import CONJUNCTS, DENIAL, FIGURE_WORDS, SUPERLATIVE_SINCE, UNTIL_BEFORE
from claimcheck.extraction.places import (
    find_location,
    is_named_place,
    jurisdiction_place,
    owners_jurisdiction,
    possessive_country,
    possessive_place,
    refers_there,
    reporting_place,
    reporting_site,
    respective_places,
)
from claimcheck.extraction.sentences import Sentence, split_sentences
from claimcheck.extraction.sources import is_generic, same_organisation, source_key
from claimcheck.reading.documents import Documents, as_documents
from claimcheck.settings import TOLERANCE, VAGUE_RANGES

log = logging.getLogger(__name__)

#: The counts an event's own day dates: its dead, injured and missing (arrests and evacuations come after it).
_EVENT_TOLL = frozenset({"killed", "injured", "missing", "other", "hostages"})
#: An incident named after a figure: "killed in an airstrike on a school", "died in two attacks" (a new one),
#: "had died in the shooting at the school" (group ``own``: the story's own, by its definite article).
_INCIDENT_NAMED_AFTER = compile_pattern(
    r"[^.;:]*?\b(?:in|by|during|from)\s+(?:an?|two|three|four|five|several|separate|another|(?P<own>the|this|that))\s+"
    rf"(?:[\p{{L}}-]+\s+){{0,2}}?(?:{EVENT_NOUN}|airstrikes?|drone\s+strikes?|shelling)\b",
    regex.IGNORECASE,
)
#: The counts a report dated only by its telling gives as they stand that day: "said on Thursday that 72 had died".
_REPORTED_TOLL = frozenset({"killed", "injured", "missing"})
#: The figures whose own day dates a document's event: its dead, hurt and taken (not the day captives were freed).
_EVENT_DAY_CATEGORIES = frozenset({"killed", "injured", "hostages"})


def extract_claims(
    docs: Documents,
    *,
    tolerance: float = TOLERANCE,
    vague_ranges: Mapping[str, tuple[float, float]] | None = None,
    categories: Mapping[str, Iterable[str]] | None = None,
    events: bool = True,
) -> pd.DataFrame:
    """The claims frame of ``docs`` read in this process, one document after another.

    Options are those of :func:`claimcheck.extract`.

    A document the extractor fails on is logged and listed in ``claims.attrs["failed"]``;
    the other documents are still read.
    """
    documents = as_documents(docs)
    ranges = dict(VAGUE_RANGES) | dict(vague_ranges or {})
    rows: list[dict[str, Any]] = []
    failed: list[dict[str, str]] = []
    for doc in cast(Iterable[Any], documents.itertuples(index=False)):
        published = None if pd.isna(doc.published) else pd.Timestamp(doc.published).date()
        try:
            found = _read_document(str(doc.text), published, tolerance, ranges, categories)
            rows.extend(_rows(doc, found, published))
        except Exception as exc:  # one document's bug must not stop the corpus; it is reported, not dropped
            log.error("document %s: extraction failed (%s: %s)", doc.doc_id, type(exc).__name__, exc)
            failed.append({"doc_id": str(doc.doc_id), "error": f"{type(exc).__name__}: {exc}"})
    claims = schema.conform(pd.DataFrame(rows), "claims")
    if events:
        claims = with_events(claims, documents)
    claims.attrs["failed"] = failed
    log.info("extracted %d claims from %d documents", len(claims), len(documents))
    return claims


def _keep_antecedent(counts: list[Count], previous: list[Count]) -> list[Count]:
    """A sentence's counts, after the last counted figure before them when they count people of no kind.

    "the number" after "200 on the list were found" still refers to the missing counted before; the figures of
    the sentence stay last, so "the figure before this one" is unchanged.
    """
    if previous and all(c.category == "other" for c in counts):
        kept = [c for c in previous if c.category != "other"][-1:]
        return [*kept, *counts]
    return counts


def _read_document(
    text: str,
    published: dt.date | None,
    tolerance: float,
    ranges: Mapping[str, tuple[float, float]],
    categories: Mapping[str, Iterable[str]] | None,
) -> list[Found]:
    """Every figure of one document, with the fields its sentence and the document's context give it."""
    published = dateline_date(text, published) or published  # "ANKARA, Feb 7 (Reuters) -": the day it was written
    sentences = split_sentences(text)
    counts_by_sentence: list[list[Count]] = []
    previous: list[Count] = []
    before = ""  # the sentence before when it gave no figure: "Accounts of the injured differed."
    for s in sentences:
        counts = read_counts(
            s.text, previous=previous, tolerance=tolerance, vague_ranges=ranges, categories=categories, before=before
        )
        counts_by_sentence.append(counts)
        previous = _keep_antecedent(counts, previous) if counts else previous
        before = "" if counts else s.text
    _mark_increments(counts_by_sentence, sentences)
    context = DocumentContext.of(sentences, counts_by_sentence, published)
    attributions = context.attributions
    found: list[Found] = []
    for i, (s, counts) in enumerate(zip(sentences, counts_by_sentence, strict=True)):
        inherited_scope = context.begin(i)
        history = False
        told_before: tuple[dt.date, str] | None = None
        anniversary: DateMention | None = None
        dates: list[DateMention] = []
        if counts:  # once per sentence, not once per figure: a sentence may hold hundreds of figures
            source_spans = [a.source_span(s.text) for a in attributions[i]]
            respective = respective_places(s.text, [(c.phrase.start, c.phrase.end) for c in counts])
            dates = _sentence_dates(s.text, published)
            dates += _days_referred_back(s.text, dates, sentences[max(0, i - _DAY_LOOKBACK) : i], published)
            history = bool(_recalled_dates(s.text, dates, published))
            anniversary = anniversary_in(s.text, published) if i < _LEAD_SENTENCES else None
            breakdown, ranking = breaks_down_toll(s.text), ranks_places(s.text)
        sentence_first = len(found)
        for k, count in enumerate(counts):
            if counts_its_speakers(s.text, count, source_spans):
                continue  # "two Arab diplomats said": the number counts who speaks, no one harmed
            f = Found(s, count)
            f.source = context.source_of(i, count, borrow=not history)
            f.location = find_location(
                s.text,
                count.phrase.start,
                count.phrase.end,
                limit=_next_start(counts, count, len(s.text), s.text),
                floor=max((c.phrase.end for c in counts if c.phrase.end <= count.phrase.start), default=0),
                exclude=source_spans,
            )
            if (listed := parenthesised_place(s.text, count.phrase.start, count.phrase.end)) is not None:
                f.location = listed  # "Paiporta (45), Catarroja (25)": each place's own share
            if k and refers_there(s.text, count.phrase.end):
                # "the dead at base camp stood at 18, ..., while X said 22 had been killed there": the place of the
                # sentence's figure before, not a place inside a speaker's name
                f.location = next((g.location for g in reversed(found[sentence_first:]) if g.location), f.location)
            if k in respective:
                f.location = respective[k]
                if f.source and (
                    f.source in respective.values()  # "..., and Taroudant, which recorded 542 and 321 dead"
                    or (" and " in f.source and any(place in f.source for place in respective.values()))
                ):
                    context.places_speaking.add(f.source)
                    f.source = None  # "X and Y reported 308 and 223 deaths, respectively": places, not sources
            elif f.source and len(counts) > 1:
                own = _respective_source(s.text, f.source, k, len(counts))
                if own != f.source:
                    f.source, f.location = own, f.location or possessive_country(own)
            if f.location is None and f.source and not _OWN_NATIONALS.match(s.text, count.phrase.end):
                # "the county's sheriff said": the sheriff's county; "Croatia reported two deaths": Croatia's
                # (but "Australia said two of its citizens died" counts Australians where they died, not in Australia)
                f.location = possessive_place(f.source) or reporting_place(f.source)
            if f.source and (
                f.location is None or f.location.islower() or s.text.find(f.location) < s.text.find(f.source)
            ):
                # "Georgia Gov. Brian Kemp said 25 people have died in his state": the officer's state (not "state",
                # nor a place of the clause before the officer's)
                f.location = jurisdiction_place(f.source, s.text, count.phrase.end) or f.location
            # "Rhineland-Palatinate's interior ministry says 50 have died in the state": the ministry's state
            if f.location is None or f.location.islower():
                f.location = owners_jurisdiction(f.source, s.text, count.phrase.end) or f.location
            if f.location is None:
                # "Azezo General Hospital reported five dead": what a place of care received is counted there
                f.location = reporting_site(f.source, s.text, count.phrase.start)
            f.scope = scope_of(
                s.text,
                count.phrase.start,
                count.phrase.end,
                count.category,
                inherited_scope,
                published=published,
                more=count.more,
                lasting=context.lasting,
            )
            if count.superseded:
                f.scope = "cumulative"  # "up from 80", "the previous toll of 115": an earlier report of the toll
                _revises_earlier(found, s, count, published, dates)
            elif (
                context.toll_scope is not None
                and count.part_of is None
                and breakdown
                and scope_cue(s.text, count.phrase.start, count.phrase.end, published, count.category) is None
            ):
                # "Among the dead were 28 children", "X was worst hit, with 792": the parts of the toll before
                f.scope = context.toll_scope
            referent = _referred_back(s.text, count, found)
            if referent is not None:
                f.scope = referent.scope  # "police said the figure was 64": the quantity of the figure it answers
            if ranking and count.role == "figure" and count.category in TOLL and ranks_figure(s.text, count.phrase):
                count.role = "part"  # a province's share of the toll is no report of the toll
            f.modality = _modality(s.text, count)
            f.claim_date, f.precision, f.own_date = _claim_date(s.text, count, f.scope, published, dates)
            if anniversary is not None and f.scope == "incident" and _dated_by(anniversary, count, dates):
                # "unveiled plaques on Sunday, one year after gunmen killed 130": the 130 are the event's
                f.claim_date, f.precision, f.own_date = anniversary.date, "day", True
            if count.superseded and not count.previous_update and _speaks_before_todays(s.text, counts[:k], f.source):
                f.source = None  # "X said 97 died, down from a previous toll of 115": the earlier toll is not X's
            if count.previous_update and found and found[-1].sentence is s and found[-1].claim_date is not None:
                f.claim_date = found[-1].claim_date - dt.timedelta(days=1)  # "338 (328)": the day before's update
                f.precision = found[-1].precision
            elif count.superseded and not _dated_right_after(s.text, count, dates):
                f.claim_date, f.precision = None, None  # "up from 80", "the previous toll of 115": reported when?
            if context.framing_date is not None and f.scope == "cumulative" and f.claim_date == published:
                f.claim_date = context.framing_date  # "Yesterday, we received varying figures ...": what follows
            recalled = recalled_year(s.text, count.phrase.start, published)
            if recalled is None and k == 0 and i and _THAT_PAST.search(s.text, 0, count.phrase.start):
                recalled = _past_event_before(sentences[i - 1].text, published)
                told_before = recalled
            elif recalled is None and k and told_before is not None:
                recalled = told_before  # the sentence's other figures of that past event
            if recalled is not None:  # "the worst since 2021, when a tower killed 40": that year's disaster
                f.scope, (f.claim_date, f.precision), f.own_date = "incident", recalled, True
                f.source = context.source_of(i, count, borrow=False)
            found.append(f)
        new = found[sentence_first:]
        for f in new:
            reading = _as_told(f, published, dates)
            if reading == "toll":
                f.scope = "cumulative"  # "the sheriff said on Tuesday that 72 people had died": the count by Tuesday
            elif reading == "incident" and f.claim_date != published:
                f.extra[_TOLD_ON] = True  # "said on Tuesday that nine had been killed in the attack": of its day
        _parts_follow_their_whole(new)
        _parts_that_add_up(new, found[: len(found) - len(new)], sentences[i - 1] if i else None)
        _list_head_is_a_place(new)
        context.end(i, new, history)
    _mark_disputed(found, sentences, counts_by_sentence)
    _resolve_references(found, sentences, attributions)
    if found:
        places = context.places
        places.fill(found)
        _headline_told_in_the_lead(found, sentences)
        for f in found:
            f.extra["document_place"] = places.document
    _date_by_event(found, sentences, published)
    return found


#: How many sentences after a headline make its lead: where the headline's figure is told in full.
_LEAD_REACH = 4


def _headline_told_in_the_lead(found: list[Found], sentences: list[Sentence]) -> None:
    """A headline's figure is the lead's figure told short: it takes the lead's place where it has none.

    "Buncombe lowers Helene death toll to 42" above "..., lowering the county's toll to 42": the headline's 42 is
    the county's, not an unplaced toll of the story; "Floods kill 41" above "..., 41 people died in Kerr County,
    the sheriff said" counts the dead of Kerr County.
    """
    if len(sentences) < 2 or not found or found[0].sentence is not sentences[0]:
        return
    if not is_headline(sentences[0], sentences):
        return
    lead = {id(s) for s in sentences[1 : 1 + _LEAD_REACH]}
    told = [f for f in found if id(f.sentence) in lead and f.count.role == "figure"]
    for f in found:
        if f.sentence is not sentences[0]:
            break
        same = [
            g
            for g in told
            if g.count.category == f.count.category
            and g.count.phrase.value == f.count.phrase.value  # ("Floods kill 41" above "at least 41 died")
        ]
        if len(same) != 1:
            continue  # none, or two figures it could be: nothing to borrow
        if f.location is None:
            f.location = same[0].location  # (not its source: a headline credits no one, as news writes it)


#: The toll an addition brings up, after it: ", bringing the toll to", ", taking the number of dead to".
_BRINGS_TOLL_TO = compile_pattern(
    r"\b(?:bringing|taking|raising|pushing|lifting|increasing)\b[^.;]{0,80}\bto\s+(?:at\s+least\s+|about\s+)?$",
    regex.IGNORECASE,
)


def _mark_increments(counts_by_sentence: list[list[Count]], sentences: list[Sentence]) -> None:
    """ "20 more bodies were found" after a count of its kind: an addition to the toll, not the toll."""
    for i, counts in enumerate(counts_by_sentence):
        for k, count in enumerate(counts):
            if not (count.more and count.role == "figure"):
                continue
            if k and counts[k - 1].category != count.category:
                continue  # "killed 20 and wounded another 106": "another" adds to the clause's list, not to a toll
            before = [c for cs in counts_by_sentence[max(0, i - 8) : i] for c in cs] + counts[:k]
            # (or the toll it brings up, told after it: "recovered another 20 bodies, bringing the toll to 150")
            text = sentences[i].text
            after = [
                c
                for c in counts[k + 1 :]
                if not c.more and _BRINGS_TOLL_TO.search(text, count.phrase.end, c.phrase.start)
            ]
            if any(c.category == count.category for c in before + after):
                count.role = "increment"  # "20 more bodies were found": an addition, not the toll


_HISTORY_DAYS = 365

#: A country's own people, counted wherever they were: "two of its citizens", "12 of their nationals".
_OWN_NATIONALS = compile_pattern(
    r"\s+(?:of\s+)?(?:its|their)\s+(?:own\s+)?(?:citizens|nationals|compatriots|people)\b", regex.IGNORECASE
)


_RESPECTIVELY = compile_pattern(r"\brespectively\b", regex.IGNORECASE)


def _respective_source(sentence: str, source: str, k: int, n: int) -> str:
    """The ``k``-th of ``n`` coordinated sources when the sentence pairs them with its figures "respectively".

    "Mozambique's disaster agency and Malawi's government reported 131 and 52 deaths respectively": 131 is the
    agency's, 52 the government's. Otherwise the source as it is.
    """
    if " and " not in source or "respectively" not in sentence.lower() or not _RESPECTIVELY.search(sentence):
        return source
    parts = [p for p in CONJUNCTS.split(source) if p]
    return parts[k] if len(parts) == n and k < n else source


def _speaks_before_todays(sentence: str, before: list[Count], source: str | None) -> bool:
    """Whether ``source`` speaks for today's figure only, not for the earlier report the sentence recalls.

    "The governor said 97 died, down from a previous official toll of 115": the governor, named before today's
    toll, gives it; the earlier toll was someone's report before. A source named after today's figure ("32 were
    killed, the government said, down from 35") or one that revises the toll ("officials lowered the toll to 28
    from 31") speaks for both.
    """
    if not source:
        return False
    at = sentence.find(source)
    today = next((c for c in before if not c.superseded), None)
    if at < 0 or today is None or at >= today.phrase.start:
        return False
    return _REVISES.search(sentence, at, today.phrase.start) is None


_REVISES = compile_pattern(r"(?i)\b(?:lowered|raised|revised|cut|put|updated|narrowed|increased|reduced)\b")


#: A figure's sentence that refers back to a disaster the sentence before recalled: "The disaster revived memories
#: of January 2010, when a quake devastated the capital. The government put that toll at more than 300,000."
_THAT_PAST = compile_pattern(
    r"\b(?:that|the\s+(?:earlier|previous|former))\s+(?:(?:death|official|final)\s+)?"
    r"(?:toll|disaster|quake|earthquake|storm|hurricane|cyclone|typhoon|flood|floods|fire|blaze|attack|tragedy|"
    r"catastrophe|crash|collapse|tsunami|eruption|stampede|crush|bombing|massacre)\b",
    regex.IGNORECASE,
)


#: A day told by reference to the day named last: "the unions rejected the figure the same day", "later that day",
#: "died the next day". (Not "the day after the quake": that day is the quake's, which may not be the day named.)
_DAY_REFERRED_BACK = compile_pattern(
    r"\b(?:(?:on\s+)?the\s+(?P<same>same)\s+day|(?:later\s+|earlier\s+)?that\s+(?:same\s+)?"
    r"(?:day|morning|afternoon|evening|night)|(?:on\s+)?the\s+(?:next|following)\s+day|a\s+day\s+later)\b",
    regex.IGNORECASE,
)
#: Every match of :data:`_DAY_REFERRED_BACK` holds one of these, lowercased.
_DAY_REFERRED_BACK_WORDS = ("day", "morning", "afternoon", "evening", "night")
#: How many sentences back the day such a reference refers to may be named.
_DAY_LOOKBACK = 3


def _days_referred_back(
    sentence: str, dates: list[DateMention], before: list[Sentence], published: dt.date | None
) -> list[DateMention]:
    """The days ``sentence`` refers back to ("the same day", "the next day"), resolved against the day named last:
    earlier in the sentence, else in the sentences ``before`` it (nearest first).

    >>> [d.date for d in _days_referred_back("Unions rejected it the same day.", [],
    ...     [Sentence(0, 37, "The army ended its search on Monday.", 0)], dt.date(2013, 5, 14))]
    [datetime.date(2013, 5, 13)]
    """
    low = fold_case(sentence)
    if not any(word in low for word in _DAY_REFERRED_BACK_WORDS):
        return []  # (each reference holds one of these words: most sentences are not searched)
    found: list[DateMention] = []
    for m in _DAY_REFERRED_BACK.finditer(sentence):
        named = [d for d in dates if d.end <= m.start() and d.precision == "day" and d.date is not None]
        for previous in reversed(before):
            if named:
                break
            named = [d for d in _sentence_dates(previous.text, published) if d.precision == "day" and d.date]
        day = named[-1].date if named else None
        if day is None:
            continue
        if not (m.group("same") or "that" in m.group().lower()):
            day += dt.timedelta(days=1)  # "the next day", "a day later"
        if published is None or day <= published:
            found.append(DateMention(m.start(), m.end(), m.group(), day, "day"))
    return found


def _past_event_before(sentence: str, published: dt.date | None) -> tuple[dt.date, str] | None:
    """The date of the past disaster a sentence recalls (all its dates a year or more before the report), or None."""
    recalled = _recalled_dates(sentence, _sentence_dates(sentence, published), published)
    if not recalled:
        return None
    latest = max(recalled, key=lambda d: d.date or dt.date.min)
    return (latest.date, latest.precision) if latest.date else None


def _sentence_dates(sentence: str, published: dt.date | None) -> list[DateMention]:
    """The resolved dates of a sentence and the past events it names ("the 2010 quake", "in June 2019")."""
    dates = [d for d in find_dates(sentence, published) if d.date is not None]
    return dates + list(find_past_events(sentence, published))


def _recalled_dates(sentence: str, dates: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """The sentence's own dates when it dates what it tells a year or more before the report, and nothing nearer;
    else none.

    News measures a disaster against earlier ones ("the 68 deaths Hurricane Harvey caused in 2017", "the Dec. 14,
    2012, attack, in which 26 were killed"): those figures are the record's, not today's speaker's. A date that
    starts a running total ("since the war began on October 7") is an anchor, not a recollection.
    """
    if published is None or not dates:
        return []
    own = [d for d in dates if d.date is not None and not is_anchor_date(sentence, d.start)]
    if own and all((published - d.date).days >= _HISTORY_DAYS for d in own if d.date is not None):
        return own
    return []


def _revises_earlier(
    found: list[Found], sentence: Sentence, superseded: Count, published: dt.date | None, dates: list[DateMention]
) -> None:
    """ "8,574 had died, up from 5,894 on Tuesday": the figure an earlier report is said to be replaced by is the
    count as now reported, a running total, dated by its report (the day named is the earlier figure's), unless
    the sentence names its incident."""
    if not found or found[-1].sentence is not sentence or found[-1].count.category != superseded.category:
        return
    newer = found[-1]
    if newer.scope == "cumulative" or newer.count.superseded or newer.count.role != "figure":
        return
    phrase = newer.count.phrase
    own = sentence.text[: superseded.phrase.start]  # the earlier figure's day is not the newer one's cue
    if scope_cue(own, phrase.start, phrase.end, published, newer.count.category) is not None:
        return  # "the strike on Tuesday killed 12, up from 9": one incident's toll, revised
    if not _SUPERSEDED_RIGHT_AFTER.match(sentence.text, newer.count.phrase.end, superseded.phrase.start):
        return
    newer.scope = "cumulative"
    own_dates = [d for d in dates if d.start < superseded.phrase.start]
    newer.claim_date, newer.precision, newer.own_date = _claim_date(
        sentence.text, newer.count, "cumulative", published, own_dates
    )


#: What stands between a figure and the earlier one it replaced: "had died in Turkey, up from", "people, down from a
#: previous toll of": one clause, no other figure.
_SUPERSEDED_RIGHT_AFTER = compile_pattern(r"[^\d.;:]{0,90}$")


def _resolve_references(found: list[Found], sentences: list[Sentence], attributions: LazyAttributions) -> None:
    """ "the agency", "its sheriff", "its spokesman": a source referred back to takes the earlier named source it
    stands for (a body's spokesman speaks for the body)."""
    named: list[str] = []
    index = {id(s): i for i, s in enumerate(sentences)}
    seen = -1
    for f in found:
        i = index[id(f.sentence)]
        for j in range(seen + 1, i):
            named.extend(a.source for a in attributions.known(j))
        seen = max(seen, i - 1)
        if f.source:
            resolved = (
                attribution.resolve_reference(f.source, named)
                or _titled(f.source, sentences, i)
                or attribution.speaks_for(f.source, named)
            )
            if resolved:
                f.source = resolved
            elif not named or named[-1] != f.source:
                named.append(f.source)


_REFERENCE_REACH = 40  # sentences searched back for "Sheriff Jane Doe" when a figure credits "its sheriff"


def _titled(source: str, sentences: list[Sentence], i: int) -> str | None:
    """The person named with the title ``source`` refers back to ("the sheriff": "Sheriff Jane Doe"), nearest first."""
    if attribution.title_noun(source) is None:
        return None
    for j in range(i, max(-1, i - _REFERENCE_REACH), -1):
        name = attribution.titled_name(sentences[j].text, source)
        if name:
            return name
    return None


def _list_head_is_a_place(sentence_found: list[Found]) -> None:
    """ "Suzu had recorded 99 deaths and Wajima 83, officials said": the place that heads a list of places' tolls is
    the first figure's place, as the next items' names are theirs, not a speaker of it."""
    if len(sentence_found) < 2:
        return
    head = sentence_found[0]
    items = [f for f in sentence_found[1:] if f.count.category == head.count.category and f.location]
    if not items or not all(f.location and is_named_place(f.location) for f in items):
        return
    source = head.source
    if head.location is None and source and is_named_place(source) and gazetteer.lookup(source):
        head.location = source
        head.source = next((f.source for f in items if f.source and f.source != source), None)
    speaks_for_itself = head.source is not None and head.source == head.location
    previous = head
    for f in items:
        if f.source is not None and f.source == head.location:
            # "Kherson has registered 14 deaths and Mykolaiv six": Kherson speaks for neither (nor, when it speaks
            # for its own figure, for Mykolaiv's: "South Carolina has reported 39 deaths, Georgia 33")
            f.source = None if speaks_for_itself and f.location != head.location else head.source
        gap = f.sentence.text[previous.count.phrase.end : f.count.phrase.start]
        if previous.sentence is f.sentence and _ELIDED_ITEM.fullmatch(gap) and f.location and f.location in gap:
            f.scope = previous.scope  # "..., Georgia 33": the item says its figure with the head's verb
        previous = f


#: The words between two figures of a list whose items leave the head's verb out: ", Georgia ", " and Virginia ".
_ELIDED_ITEM = compile_pattern(r"[^,;]*?(?:,\s*(?:and\s+)?|\s+and\s+)[\p{Lu}][^\d,;:.]{0,40}\s+")


def _parts_follow_their_whole(sentence_found: list[Found]) -> None:
    """A part ("57 more deaths, including 25 children") has its whole's scope, and its date unless it gives its own."""
    for f in sentence_found:
        whole = f.count.part_of
        if whole is None or not 0 <= whole < len(sentence_found) or sentence_found[whole] is f:
            continue
        w = sentence_found[whole]
        f.scope = w.scope
        if not f.own_date and not f.count.superseded:
            f.claim_date, f.precision = w.claim_date, w.precision


def _parts_that_add_up(sentence_found: list[Found], before: list[Found], previous: Sentence | None) -> None:
    """ "In Syria, the toll rose to 2,662. The ministry said 1,262 had died in government-held areas, while the White
    Helmets said 1,400 had died in the northwest": figures of one kind that add up to a total just given, before
    them in their sentence or in the one before, are its parts (the areas, or the sources, it was summed from).
    A share placed in a named place stays a figure: it is that place's toll ("41 in Kermanshah province")."""
    figures = [f for f in sentence_found if f.count.role == "figure" and f.count.category in TOLL]
    if len(figures) < 2 or len({f.count.category for f in figures}) > 1:
        return
    phrases = [f.count.phrase for f in figures]
    if any(p.low != p.high for p in phrases):
        return
    total = sum(p.low for p in phrases)
    first = phrases[0].start
    wholes = [f for f in sentence_found if f.count.phrase.end <= first]
    if previous is not None:
        wholes += [f for f in before[-8:] if f.sentence is previous]
    if any(
        w.count.category == figures[0].count.category and w.count.phrase.low == w.count.phrase.high == total
        for w in wholes
    ):
        for f in figures:
            if f.location is None or gazetteer.resolve(f.location) is None:
                f.count.role = "part"  # (a province's share keeps its place: it is that province's toll)


def _dated_by(mention: DateMention, count: Count, dates: list[DateMention]) -> bool:
    """Whether ``mention`` is the last date before the figure ("one year after gunmen killed 130")."""
    start = count.phrase.start
    return mention.end <= start and not any(mention.end <= d.start < start for d in dates)


#: How many sentences of a story's lead are read for the day of the event it returns to.
_LEAD_SENTENCES = 3


def _date_by_event(found: list[Found], sentences: list[Sentence], published: dt.date | None) -> None:
    """Undated incident figures take the day of the document's event.

    Follow-up coverage names its event's day once ("killed 34 people on Tuesday", "Friday's shooting") and then
    counts its dead and injured without a date: those figures are that day's, not the article's. A count over
    a period ("in the past 24 hours") is the report's day and keeps it.
    """
    if published is None:
        return
    day: dt.date | None = None
    for f in found:
        if (
            f.scope == "incident"
            and f.own_date
            and f.precision == "day"
            and f.claim_date
            and f.claim_date < published
            and f.count.category in _EVENT_DAY_CATEGORIES  # (the day captives were freed is not the attack's)
        ):
            text = f.sentence.text
            if (published - f.claim_date).days <= 10 and not any(
                is_anchor_date(text, d.start) for d in find_dates(text, published)
            ):
                day = f.claim_date  # (a war's first day dates a figure after it, never the document's event)
                break
    precision = "day"
    lead = [s.text for s in sentences[:_LEAD_SENTENCES]]
    retold = day is None and not tells_lasting_event(" ".join(lead[:2]))  # (a war's first day dates no incident)
    if retold and any(anniversary_in(text, published) is not None for text in lead):
        # "Families marched on Saturday, one year after the dam collapse": the day is the march's, the event's
        # is a year before it
        day = retrospective_date(lead, published)
    if day is None:
        day = next((d for s in sentences[:8] if (d := event_date(s.text, published)) is not None), None)
    if day is None:
        # "raised its official death toll from February's winter storm to 151": an event named by its month
        day = next((d for s in sentences[:8] if (d := event_month(s.text, published)) is not None), None)
        precision = "month"
    if day is None and retold:
        # an anniversary, a trial, a final report: "the crash on Aug. 7, 2020", "one year after gunmen killed 130"
        day, precision = retrospective_date(lead, published), "day"
    if day is None:
        for f in found:
            if f.scope == "incident" and f.extra.get(_TOLD_ON):
                # "said on Tuesday that 21 had died in the quake", the quake's day untold: its count by Tuesday
                f.scope = "cumulative"
        return
    for f in found:
        if (
            f.scope == "incident"
            and not f.own_date
            and (f.claim_date == published or f.extra.get(_TOLD_ON))
            and f.count.category in _EVENT_TOLL
            and not is_period_count(f.sentence.text)
        ):
            f.claim_date, f.precision = day, precision


#: A figure given as the value of one named before: "said the figure was 64", "put the number at 30", "the real
#: toll is 12".
_REFERS_BACK = compile_pattern(
    r"\b(?:(?:the|that|this)\s+(?:real\s+|true\s+|actual\s+|correct\s+|right\s+)?(?:figure|number|toll|count|tally)\s+"
    r"(?:was|is|stood\s+at|stands\s+at|to\s+be|at)|(?:put|puts|putting|placed|places|placing)\s+(?:the|that|this)\s+"
    r"(?:figure|number|toll|count|tally)\s+at)\s+(?:only\s+|just\s+|actually\s+|closer\s+to\s+)?$",
    regex.IGNORECASE,
)


def _referred_back(sentence: str, count: Count, found: list[Found]) -> Found | None:
    """The figure an earlier sentence gave that "the figure was N" answers: the last of the same kind, else None."""
    if not _REFERS_BACK.search(sentence, max(0, count.phrase.start - 70), count.phrase.start):
        return None
    return next((f for f in reversed(found) if f.count.category == count.category and f.count.role == "figure"), None)


def _next_start(counts: list[Count], count: Count, default: int, sentence: str = "") -> int:
    """Where this figure's own context ends: the next figure after a comma or a clause of its own ("23 killed and
    28 wounded in X" share X; "174 had died and that 100 others were treated in hospitals" do not)."""
    for c in counts:
        if c.phrase.start > count.phrase.end:
            between = sentence[count.phrase.end : c.phrase.start]
            if "," in between or _CLAUSE_OF_ITS_OWN.search(between):
                return c.phrase.start
    return default


#: What opens a clause of its own between two figures: a second reported clause ("and that"), or one set against
#: the first ("while", "whereas", "but").
_CLAUSE_OF_ITS_OWN = compile_pattern(r"\band\s+that\b|\b(?:while|whereas|but)\b", regex.IGNORECASE)


#: What a denial governs: "denied that", "rejected the figures", "false rumors of", "dismissed claims that",
#: "denied rumours on social media that", "denied a claim by the faction that".
_DENIED_OBJECT = compile_pattern(
    r"\s*(?:that|the|this|these|those|reports?"
    r"|(?:an?\s+)?(?:false|unfounded|baseless|fake|untrue)?\s*(?:rumou?rs?|claims?|allegations?|speculation|reports?)"
    r"(?:\s+(?:on|in|by|from|circulating|spread|shared)(?:\s+[\w-]+){0,3}?)?\s+(?:of|that|about))\b",
    regex.IGNORECASE,
)


#: "reports that hundreds of bodies washed ashore are false rumors": a report named, then denied after the figure.
_REPORTED_THAT = compile_pattern(r"(?i)\b(?:reports?|rumou?rs?|claims?|allegations?)\s+(?:that|of)\b")
_DENIED_AFTER = compile_pattern(
    r"(?i)\b(?:are|were|is|was)\s+(?:(?:false|untrue|unfounded|baseless|fake)\b|(?:just\s+|only\s+)?rumou?rs\b)"
)


#: A figure set beside its denial: ", a figure the government dismissed as false", ", a claim police denied",
#: "... were denied by police" ("Rumours that 500 bodies had been found were denied").
_DISMISSED_AS = compile_pattern(
    r"(?i)[^.;]{0,80}?(?:,\s*(?:a|which\s+(?:is|was)\s+a)\s+(?:figure|claim|number|toll|report|tally|count|estimate)"
    r"\s+(?:that\s+|which\s+)?(?:[\w.'\u2019-]+\s+){1,5}?(?:dismissed|denied|rejected|refuted|disputed)\b"
    r"|\s(?:was|were|has\s+been|have\s+been)\s+(?:flatly\s+|strongly\s+)?(?:denied|dismissed|rejected|refuted)\b)"
)


@functools.lru_cache(maxsize=256)
def _may_deny(sentence: str) -> bool:
    """A cheap pre-check for ``_DENIED_AFTER``: the sentence holds one of its words (asked once per sentence)."""
    low = sentence.lower()
    return any(w in low for w in ("false", "untrue", "unfounded", "baseless", "fake", "rumo"))


def _modality(sentence: str, count: Count) -> str:
    modality = modality_of(sentence, count.phrase.start, count.phrase.end)
    if (
        modality == "asserted"
        and _may_deny(sentence)
        and _REPORTED_THAT.search(sentence, max(0, count.phrase.start - 60), count.phrase.start)
        and _DENIED_AFTER.search(sentence, count.phrase.end, count.phrase.end + 120)
    ):
        return "disputed"
    if modality == "asserted" and _DISMISSED_AS.match(sentence, count.phrase.end):
        return "disputed"  # "claimed that more than 3,000 had died, a figure the government dismissed as false"
    if modality == "disputed":
        denial = DENIAL.search(sentence[: count.phrase.start])
        governs = denial and (_DENIED_OBJECT.match(sentence[denial.end() :]) or FIGURE_WORDS.search(sentence))
        return "disputed" if governs else "asserted"
    return modality


def _mark_disputed(found: list[Found], sentences: list[Sentence], counts_by_sentence: list[list[Count]]) -> None:
    """A denial of "these figures" disputes the figures before it, and every repeat of a disputed figure."""
    for i, s in enumerate(sentences):
        if counts_by_sentence[i] or not _may_deny_figures(s.text):
            continue
        for j in range(i - 1, max(-1, i - 6), -1):
            if sentences[j].paragraph < s.paragraph - 1:
                break
            if counts_by_sentence[j]:
                deniers = [source_key(a.source) for a in attribution.find_attributions(s.text)]
                for f in found:
                    if f.sentence is sentences[j] and f.modality == "asserted" and not _credited_to_a_body(f, deniers):
                        f.modality = "disputed"
                break
    disputed = {(f.count.category, f.count.phrase.value) for f in found if f.modality == "disputed"}
    for f in found:
        if f.modality == "asserted" and (f.count.category, f.count.phrase.value) in disputed:
            f.modality = "disputed"


def _credited_to_a_body(f: Found, deniers: list[str | None]) -> bool:
    """Whether a figure is a particular body's ("MSF said it had counted 94 deaths"): another body's rejecting it
    ("The ministry rejected the figure") is a disagreement between the two, not a rumour denied. Posts, reports
    and rumours are no body, and a figure credited to the one who denies it only borrowed that credit."""
    key = source_key(f.source)
    if key is None or is_generic(key) or _HEARSAY.intersection(key.split("+", 1)[0].split("-")):
        return False
    return not any(same_organisation(key, denier) for denier in deniers)


#: Words of a credit that name no body: what circulates, not who counts.
_HEARSAY: Final[frozenset[str]] = frozenset(
    "media social posts post reports report rumours rumors rumour rumor claims videos accounts unconfirmed".split()
)


def _may_deny_figures(sentence: str) -> bool:
    """Whether a sentence denies figures ("These figures are false"): a denial and a word for figures.

    Asked of every sentence without a figure: most hold none of the denial's words (``framing``'s pre-check
    for ``DENIAL``) and are ruled out before the pattern runs.
    """
    low = fold_case(sentence)
    if not any(word in low for word in _DENIAL_WORDS):
        return False
    return DENIAL.search(sentence) is not None and _DENIED_FIGURES.search(sentence) is not None


#: What a denial of figures denies: "denied these figures", "rejected the toll" (not "denied that any information
#: was withheld": information kept back is another charge, not a figure said to be false).
_DENIED_FIGURES = compile_pattern(
    r"\b(?:figures?|numbers?|toll|tolls|tally|count|counts|statistics|estimates?|reports?|claims?|rumou?rs?)\b",
    regex.IGNORECASE,
)


def _dated_right_after(sentence: str, count: Count, dates: list[DateMention]) -> bool:
    """Whether a date follows the figure in its own phrase: "up from 43 on Monday" (the old figure's day)."""
    end = count.phrase.end
    return any(0 <= d.start - end <= 30 and not rx(r"[;(]|,(?!\d)").search(sentence[end : d.start]) for d in dates)


#: A figure in what someone is suspected, accused or convicted of: "suspected of killing 18 people", "charged with
#: the murders of 11".
_ACCUSED_OF = compile_pattern(
    r"\b(?:suspected|accused|charged|convicted|arrested|wanted)\s+(?:of|for|with|in|over)\s+"
    r"(?:the\s+)?(?:killing|murdering|shooting|stabbing|killings|murders?|deaths)(?:\s+of)?\s+(?:at\s+least\s+)?$",
    regex.IGNORECASE,
)

#: "confirmed dead after Tuesday's explosion": the day of the event the count follows, not the count's day
#: ("22 were trapped by Wednesday's blast" is that day's).
_AFTER_EVENT_OF_DAY = compile_pattern(r"\b(?:after|following|since)\s+\p{L}+['\u2019]s$", regex.IGNORECASE)
#: The dead or hurt "in Wednesday night's shootings", "by Monday's quake": the event's day names the event, not the
#: count's (a state, "22 were trapped by Wednesday's blast", is that day's).
_IN_EVENT_OF_DAY = compile_pattern(
    r"\b(?:in|by|from)\s+\p{L}+(?:\s+(?:night|morning|evening|afternoon))?['\u2019]s$", regex.IGNORECASE
)


_SINCE_WORD = compile_pattern(r"\bsince\s+", regex.IGNORECASE)


def _measured_against(sentence: str, end: int, start: int) -> bool:
    """Whether a superlative's "since" ("the deadliest ... since") stands between ``end`` and ``start``.

    A past event's date may open with its "since" ("the deadliest fire in the city since 2004"): that word counts.
    """
    opening = _SINCE_WORD.match(sentence, start)
    if opening is not None:
        start = opening.end()
    if start <= end or "since" not in sentence[end:start].lower():
        return False
    return any(SUPERLATIVE_SINCE.search(sentence, 0, m.end()) for m in _SINCE_WORD.finditer(sentence, end, start))


#: An aside on a part of the figure's people: ", three of them police officers", ", most of whom".
_PART_ASIDE = compile_pattern(r",\s*(?:\p{L}+|\d[\d,]*)\s+of\s+(?:them|whom)\b", regex.IGNORECASE)


#: A relative clause telling what other people did: "who killed", "that had attacked".
_OTHERS_DEED = compile_pattern(
    r"\b(?:who|that)\s+(?:(?:had|have|has|allegedly|reportedly)\s+)*(?:killed|shot|attacked|stabbed|abducted|"
    r"kidnapped|bombed|massacred|murdered)\b",
    regex.IGNORECASE,
)


def _in_part_aside(sentence: str, end: int, start: int) -> bool:
    """Whether a date at ``start`` lies inside an aside on a part of the figure ending at ``end``."""
    aside = _PART_ASIDE.search(sentence, end, max(end, start))
    return aside is not None and "," not in sentence[aside.end() : start]


#: What may stand between a source's first word and the number that counts its speakers: "the two officials".
_SPEAKERS_DETERMINER = compile_pattern(r"(?:the|all|both|another|at\s+least|some)\s+$", regex.IGNORECASE)


#: The head noun of a group that tells news, not one news counts: "two officials", "three security sources".
_INFORMANTS = compile_pattern(
    # (not those news also counts among the harmed: officers, doctors, journalists, activists, residents)
    r"[^,;:]{0,40}?\b(?:officials|diplomats|sources|witnesses|analysts|lawmakers|legislators|"
    r"spokes(?:men|people|persons|women)|correspondents|investigators|experts|aides|"
    r"people\s+(?:familiar|briefed|close|with\s+knowledge))\b(?!\s+(?:were|was|have\s+been|had\s+been)\b)",
    regex.IGNORECASE,
)
#: A source longer than this is no group of speakers a number before it could count.
_SPEAKERS_LENGTH: Final[int] = 80


def counts_its_speakers(sentence: str, count: Count, source_spans: list[tuple[int, int]]) -> bool:
    """Whether ``count`` is the number of a source's own speakers: "two Arab diplomats said", "three officials told".

    A number that opens the words a figure is credited to counts the people who speak, not people harmed.

    >>> from claimcheck.extraction.counts import read_counts
    >>> text = "At least 40 people died, two police officials said."
    >>> [counts_its_speakers(text, c, [(25, 46)]) for c in read_counts(text)]
    [False, True]
    """
    start, end = count.phrase.start, count.phrase.end
    for first, last in source_spans:
        if _INFORMANTS.match(sentence, min(first, end), last) is None:
            continue  # "the 86 they had reported", "All 15 crew members who ...": no one who tells news
        if (
            first <= start
            and end < last
            and (first == start or _SPEAKERS_DETERMINER.search(sentence, first, start) is not None)
        ):
            return True
        if end <= first and not sentence[end:first].strip() and (last - first) < _SPEAKERS_LENGTH:
            return True  # "two police officials said": the source's words start after its number
    return False


def _claim_date(
    sentence: str, count: Count, scope: str, published: dt.date | None, dates: list[DateMention]
) -> tuple[dt.date | None, str | None, bool]:
    """The date the figure refers to, its precision, and whether the sentence gave it (else the report date).

    An incident takes the nearest of the sentence's ``dates``, a past event's year or month included ("the 1976
    storm", "in June 2010"), but never the day a war began ("since the war began on October 7").
    """
    if scope != "cumulative" and _ACCUSED_OF.search(sentence, max(0, count.phrase.start - 60), count.phrase.start):
        # "Card, suspected of killing 18 people, was found dead on Friday": the killings are the story's event,
        # not the day the sentence tells of; the document's event dates them
        return published, "day" if published else None, False
    if scope == "cumulative":
        # a running total is dated by its report ("said on Saturday", "as of Monday", "gave on Thursday"),
        # never by when the war began ("since October 7", "launched on 24 February")
        dated = [
            d
            for d in dates
            if d.precision == "day"
            and not _SINCE_BEFORE.search(sentence[: d.start])
            and not _AFTER_EVENT_OF_DAY.search(sentence, max(0, d.start - 12), d.end + 2)
            and not EVENT_NOUN_AFTER.match(sentence, d.end)  # "dead after the New Year's Day quake": the quake's day
            and not (count.category in TOLL and _IN_EVENT_OF_DAY.search(sentence, max(0, d.start - 12), d.end + 2))
            and (
                UNTIL_BEFORE.search(sentence[: d.start])
                or is_report_date(sentence, d.start, d.end)
                or (d.start > count.phrase.end and not rx(r"[;(]|,(?!\d)").search(sentence[count.phrase.end : d.start]))
                # "the unions rejected the figure the same day, saying 1,200 had died": the day it was said
                or (d.end <= count.phrase.start and _DAY_REFERRED_BACK.fullmatch(d.text) is not None)
            )
        ]
    else:
        # the day a war began dates no figure before it; a figure after it ("on October 7, killing 1,300") is that day's
        dated = [d for d in dates if d.end <= count.phrase.start or not is_anchor_date(sentence, d.start)]
        # "police on Sunday detained 25 people ... over the disaster, in which 301 miners died": the main clause's
        # day, far before the relative clause, is not the day of the event the clause tells of
        dated = [d for d in dated if not _dates_only_the_main_clause(sentence, d, count.phrase.start)]
        # "The quake, which killed nearly 3,000, is the deadliest since Agadir in 1960": the year after a
        # superlative's "since" is the past disaster's, never the day of a figure told before it
        dated = [d for d in dated if not _measured_against(sentence, count.phrase.end, d.start)]
        # "25 had been killed, three of them police officers who died on Tuesday": the part's day, not the figure's
        # (but a day after the aside's closing comma is the main clause's again: "killed 26 people, most of them
        # tourists, at the meadow in April")
        dated = [d for d in dated if not _in_part_aside(sentence, count.phrase.end, d.start)]
        # "arrested two men who sheltered the gunmen who killed 26 people in April": the day of another people's
        # deed, told in a relative clause after the figure, is not the figure's
        dated = [
            d for d in dated if not _OTHERS_DEED.search(sentence, count.phrase.end, max(count.phrase.end, d.start))
        ]
        # "said on Friday that 14 were killed in Thursday's crackdown": the day it happened, not the day it was said
        happened = [d for d in dated if not is_report_date(sentence, d.start, d.end)]
        dated = happened or dated
    if len(dated) > 1 and (filed := dateline_span(sentence)) is not None:
        # the dateline's day is when the story was filed: a day the sentence gives its figure comes first
        # ("KINSHASA, Feb 4 - More than 2,000 bodies ..., the spokesman said late on Monday": Monday)
        dated = [d for d in dated if not filed[0] <= d.start < filed[1]] or dated
    if dated:
        start, end = count.phrase.start, count.phrase.end
        nearest = min(dated, key=lambda d: start - d.end if d.end <= start else d.start - end)
        if published is None or (nearest.date is not None and nearest.date <= published):
            # an incident dated only by its report ("Police on Saturday put the toll at 16") is not dated by its
            # sentence: the document's event may date it
            told = scope == "cumulative" or not is_report_date(sentence, nearest.start, nearest.end)
            return nearest.date, nearest.precision, told
    return published, "day" if published else None, False


def _as_told(f: Found, published: dt.date | None, dates: list[DateMention]) -> str | None:
    """How to read an incident figure dated only by the day it was told: ``"toll"``, ``"incident"`` or None.

    "The sheriff said on Tuesday that 72 people had died" tells no incident of Tuesday: it counts the dead by then
    (``"toll"``), whether the story appeared that day or later. "Police said on Tuesday that nine had been killed in
    the attack on the market" counts the story's own incident, of its own day (``"incident"``: the event's day dates
    it, :func:`_date_by_event`). None for a figure dated otherwise, a period's count ("in the past 24 hours"), a new
    incident ("killed in an airstrike on a school"), or a sentence that names no day.
    """
    text, start, end = f.sentence.text, f.count.phrase.start, f.count.phrase.end
    if (
        f.scope != "incident"
        or f.own_date
        or f.claim_date is None
        or f.count.category not in _REPORTED_TOLL
        or is_period_count(text)
    ):
        return None
    if f.claim_date == published and not any(
        d.date == published and is_report_date(text, d.start, d.end) for d in dates
    ):
        return None  # no day named: the document's event may date it
    named = _INCIDENT_NAMED_AFTER.match(text, end, end + _NEW_INCIDENT_REACH)
    if named is not None and named.group("own") is None:
        return None  # a new incident: its own count
    if (
        named is not None
        or _WHEN_IT_HAPPENED.match(text, end)
        or _EVENT_AS_SUBJECT.search(text, max(0, start - 40), start)
    ):
        return "incident"
    return "toll"


#: A clause after the figure that tells the incident: "63 people were killed when the plane came down".
_WHEN_IT_HAPPENED = compile_pattern(r"[^.;:]{0,40}?\bwhen\s+\w", regex.IGNORECASE)
#: An event the subject of the figure's verb: "the explosion killed 10 workers", "the blast left 12 dead".
_EVENT_AS_SUBJECT = compile_pattern(
    rf"\b(?:the|a|an)\s+(?:[\p{{L}}-]+\s+)?{EVENT_NOUN}\s+(?:had\s+|has\s+)?(?:killed|left|injured|wounded)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?$",
    regex.IGNORECASE,
)
#: Marks (in ``Found.extra``) an incident figure dated only by the day it was told: its event's day dates it.
_TOLD_ON: Final[str] = "told_on"
#: How far after a figure the new incident it counts is looked for.
_NEW_INCIDENT_REACH: Final[int] = 80


#: A relative clause about an event, opened after its noun: ", in which", ", which killed", ", that left".
_RELATIVE_OPENS = compile_pattern(r",\s*(?:in\s+which|during\s+which|which|that)\s")
#: How many words may stand between a date and the relative clause for the date to be its noun's ("the attack on
#: Thursday, in which 12 died"); further, the date is the main clause's.
_ANTECEDENT_WORDS = 8


def _dates_only_the_main_clause(sentence: str, date: DateMention, start: int) -> bool:
    """Whether ``date`` stands in the main clause, far before a relative clause that holds the figure at ``start``."""
    if date.end > start:
        return False
    opens = [m for m in _RELATIVE_OPENS.finditer(sentence, date.end, start)]
    if not opens or len(sentence[date.end : opens[-1].start()].split()) <= _ANTECEDENT_WORDS:
        return False
    # the main clause's day is its verb's ("police on Sunday detained"); a day inside a noun phrase ("the Dec. 14,
    # 2012, attack at Sandy Hook ..., in which 26 were killed") is the event's, however long the phrase
    return _VERB_NEXT.match(sentence, date.end) is not None


_VERB_NEXT = compile_pattern(
    r",?\s*(?:\p{Ll}+ed|was|were|is|are|has|have|had|said|told|held|began|met|took|gave|sent|made)\b"
)


def _rows(doc: Any, found: list[Found], published: dt.date | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    ids: dict[int, str] = {}
    for f in found:
        p = f.count.phrase
        start, end = f.sentence.start + p.start, f.sentence.start + p.end
        ids[id(f.count)] = _claim_id(str(doc.doc_id), start, end)
    by_sentence: dict[int, list[Found]] = {}
    for f in found:
        by_sentence.setdefault(f.sentence.start, []).append(f)
    # the document's figures share a few dates: each made a Timestamp once, not once per figure
    timestamps: dict[dt.date, pd.Timestamp] = {}
    published_at = _timestamp(published, timestamps)
    for f in found:
        p = f.count.phrase
        start, end = f.sentence.start + p.start, f.sentence.start + p.end
        sentence, sentence_start = schema.sentence_window(f.sentence.text, f.sentence.start, start, end)
        siblings = by_sentence[f.sentence.start]
        whole = f.count.part_of
        part_of = ids[id(siblings[whole].count)] if whole is not None and whole < len(siblings) else None
        rows.append(
            {
                "claim_id": ids[id(f.count)],
                "doc_id": doc.doc_id,
                "start": start,
                "end": end,
                "surface": p.surface,
                "sentence": sentence,
                "low": p.low,
                "high": p.high,
                "low_inclusive": p.low_inclusive,
                "high_inclusive": p.high_inclusive,
                "value": p.value,
                "qualifier": p.qualifier,
                "category": f.count.category,
                "subject": f.count.subject,
                "location": f.location,
                "source": f.source,
                "source_key": source_key(f.source),
                "claim_date": _timestamp(f.claim_date, timestamps),
                "claim_date_precision": f.precision if f.claim_date else None,
                "published": published_at,
                "scope": f.scope,
                "modality": f.modality,
                "implied_high": p.implied_high,
                "outlet": doc.outlet,
                "part_of": part_of,
                "role": f.count.role,
                "sentence_start": sentence_start,
                "event": getattr(doc, "event", None),
                "document_place": f.extra.get("document_place"),
            }
        )
    return rows


def _timestamp(day: dt.date | None, made: dict[dt.date, pd.Timestamp]) -> Any:
    """``day`` as a Timestamp (NaT for none), kept in ``made``: making one costs more than the rest of a row."""
    if not day:
        return pd.NaT
    if day not in made:
        made[day] = pd.Timestamp(day)
    return made[day]


def _claim_id(doc_id: str, start: int, end: int) -> str:
    """A short id that is the same for the same document and span, run after run."""
    digest = hashlib.sha1(f"{doc_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:12]
    return f"c-{digest}"
