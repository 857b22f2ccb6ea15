"""How a figure is framed: a running total or one incident (scope), and asserted, projected or disputed (modality).

Scope is read from the cue nearest the figure: running-total words ("death
toll", "so far", "since", "a total of", "has risen to") against incident words
("in a strike", "on Tuesday", "over the past 24 hours"). A sentence with no cue
takes the scope of the sentence before it in the paragraph; with none there,
counts that are states (missing, displaced, hostages) are running totals and
the rest are incidents.

>>> scope_of("So far, 23 dead and 28 wounded.", 9, 11, "killed")
'cumulative'
>>> scope_of("At least 23 people were killed in a missile strike on Friday.", 0, 11, "killed")
'incident'
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from typing import TYPE_CHECKING, Final

import regex

from claimcheck._rx import CaselessScan, compile_pattern, fold_case
from claimcheck.extraction.dates import (
    MONTH,
    anniversary_in,
    date_matches,
    dateline_span,
    find_dates,
    find_past_events,
    month_number,
)
from claimcheck.extraction.lexicon import (
    ARMED_GROUPS,
    CARRIED_OFF,
    DENIAL,
    PROJECTION,
    SMALL_NUMBER_WORDS,
    SPEECH_VERBS,
    SUPERLATIVE_BEFORE_SINCE,
    SUPERLATIVE_SINCE,
    TOLL_ADJECTIVES,
    UNTIL_BEFORE,
)

if TYPE_CHECKING:
    from claimcheck.extraction.numbers import NumberPhrase

_CUMULATIVE = compile_pattern(
    r"\b(?:death\s+toll|toll|tally|so\s+far|to\s+date|thus\s+far|in\s+total|a\s+total\s+of|total(?:\s+number)?|"
    r"overall|in\s+all|altogether|since|as\s+of|cumulative|until\s+now|up\s+to\s+now|already|"
    r"(?:has|have|had)\s+(?:now\s+|since\s+|further\s+|tragically\s+)?(?:risen|climbed|increased|reached|soared|grown|passed|surpassed|exceeded|topped|mounted)|"
    r"(?:has|have)\s+now\s+(?:been\s+)?(?:killed|claimed|left|died|confirmed|reported|recorded)|"  # "has now killed 97"
    r"now\s+(?:confirmed|believed|known|presumed|listed)\s+(?:dead|killed|missing)|"  # "among 11 now confirmed dead"
    r"rose\s+to|risen\s+to|climbed\s+to|increased\s+to|soared\s+to|reached|brings|brought|"
    r"recorded|verified|documented|registered|"
    # a count confirmed is the count so far: "the fire department had confirmed 37 deaths", "confirmed 12 dead"
    r"confirmed(?=\s+(?:the\s+deaths\s+of\s+)?(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?\w[\w,.-]*"
    r"\s+(?:people\s+|victims\s+)?(?:deaths|dead|bodies|fatalities|casualties|killed|injured|wounded|missing)\b)|"
    r"(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?(?:counted|tallied)(?!(?:\s+[\w,]+){1,3}\s+bodies\b)|"
    r"offensive|invasion|war(?!\s+crimes?)|conflict|hostilities|fighting|"
    # a wave of unrest is counted as it goes, like a war: "lost their lives in the unrest", "during the crackdown"
    r"(?:in|during)\s+(?:the\s+)?(?:(?:weeks|months)\s+of\s+)?(?:unrest|crackdown|uprising|insurgency)|"
    # a count over days of one event: "killed in this week's protests", "in three days of clashes", "in a week of rain"
    r"(?:in|during|over)\s+(?:this|last|the\s+past)\s+week['\u2019]s|"
    r"(?:in|during|over)\s+(?:two|three|four|five|six|seven|ten|several|\d+|a)\s+(?:days|weeks|week|months)\s+of|"
    rf"(?:that|this|the)\s+(?:{TOLL_ADJECTIVES}\s+)?(?:number|figure)|reach|"
    r"there\s+(?:are|have\s+been)|currently|at\s+present|(?:are|is)\s+(?:still\s+)?(?:being|missing|trapped|sheltering|held|detained|wounded|injured|displaced|homeless|refugees)|"
    r"(?:are|is)\s+(?:still\s+|now\s+)?(?:in\s+(?:a\s+)?(?:critical|serious|stable|grave)\s+condition|hospitali[sz]ed"
    r"|in\s+hospital|in\s+intensive\s+care|on\s+life\s+support)|"  # the injured as they are now: a count so far
    r"remain|remains|remained|still)\b",
    regex.IGNORECASE,
)
_STRONG_INCIDENT = compile_pattern(
    r"\b(?:(?:past|last|previous)\s+(?:24|twenty-four|48|forty-eight|72)\s+hours|overnight|per\s+(?:day|week|month)"
    r"|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|that\s+day)\s+alone)\b",  # "on Thursday alone"
    regex.IGNORECASE,
)
#: "..., killing 12 people": the act of one incident (a state's figure beside it is not that act's).
_KILLING = compile_pattern(
    r"\b(?:(?:killing|wounding|injuring)(?=\s+(?:\S+\s+){0,3}?\S*\d|\s+(?:at\s+least|more\s+than|about|some|dozens|hundreds|thousands|scores|several|\p{L}+\s+people)))",
    regex.IGNORECASE,
)
_INCIDENT = compile_pattern(
    r"\b(?:(?:a|an|the|this|that|one|another|its|their|whose|\p{Lu}\p{Ll}+'s)\s+(?:[\p{L}'\u2019-]+\s+){0,4}?"
    r"(?:(?:strike|airstrike|air\s+strike|attack|explosion|blast|bombing|raid|crash|collision|shooting|assault|"
    r"ambush|massacre|incident)s?|shelling|stampede|fire|earthquake|quake|landslide|derailment|crime|storm|flood|"
    r"sinking|capsizing|clashes|protests?)(?!\s+(?:department|brigade|service|services|chief|officials?|authorit(?:y|ies)|"
    r"agency|crews?|fighters|station|marshal|spokes(?:man|woman|person)|commander|warden|control|"
    r"(?:response|management|relief|rescue)\s+(?:agency|authority|team|force|service|official)s?)\b)|"
    r"(?:in|during)\s+(?:jan|febr|march|april|may|june|july|aug|sept|oct|nov|dec)\w*\s+(?:19|20)\d\d|"
    r"compared\s+to\s+the\s+previous\s+day|in\s+the\s+previous\s+day|"
    r"(?:in|during|over|within)\s+the\s+same\s+(?:time\s+)?(?:period|day|hours?|timeframe|span))\b",
    regex.IGNORECASE,
)
#: "in attacks that took place during Friday prayers": events a relative clause places are one incident, whatever
#: state the figure's verb names ("are injured in attacks that ...").
_PLACED_EVENTS = compile_pattern(
    r"\b(?:in|by|during)\s+(?:[\p{L}-]+\s+){0,2}?(?:attacks|strikes|airstrikes|shootings|bombings|blasts|explosions)\s+"
    r"(?:that|which)\s+(?:took\s+place|happened|occurred|struck|hit|targeted|tore)\b",
    regex.IGNORECASE,
)
_PLACED_EVENTS_WORDS = ("that", "which")
#: A figure a toll verb governs is the toll as now reported, whatever date or event the sentence also names:
#: "the death toll rose to 41", "lowered the toll to 28", "raising it back to 31", "goes down to 32", "stood at 49".
_TOLL_CHANGE = compile_pattern(
    r"\b(?:(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|increased|increases|soared|grew|mounted|"
    r"lowered|lowering|revised|revising|raised|raising|reduced|cut|pushing|pushed|bringing|brought|brings|"
    r"taking|took|takes|lifting|lifted|swelled|swelling|"
    r"goes\s+down|went\s+down|gone\s+down|goes\s+up|went\s+up|fell|fallen|dropped|declined|decreased)"
    r"(?:\s+[^\s,.;:()]+){0,10}?\s+to|(?:stands|stood|standing|now\s+stands|remains|remained)\s+at|"
    r"(?:toll|tally|total)\s+(?:of|at|is|was|now|as))"
    r"\s+(?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|nearly\s+)?"
    # a parallel figure: "rose to 5,894 in Turkey and 1,932 in Syria" (the second figure is the same toll's)
    r"(?:\d[\d,.]*(?:\s+\p{Ll}+)?\s+(?:in|at|across)\s+[^,;.\d]{1,40}?,?\s+and\s+(?:to\s+)?"
    r"(?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|nearly\s+)?)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_TOLL_CHANGE_WORDS = tuple(
    "rose risen rises rising climb jumped increase soared grew mounted lower revis raised raising reduced cut "
    "push bring brought tak took lift swell goes went gone fell fallen dropped declined decreased stand stood remain "
    "toll tally".split()
)
#: A figure whose own phrase says the count crossed it ("passed 21,000", "rose above 7,800", "topped 100"), and the
#: count before it that did: a running total's.
_CROSSES_A_MARK = compile_pattern(
    r"(?:passed|surpassed|topped|exceeded|crossed|(?:rose|climbed|jumped|risen)\s+(?:above|past|beyond)|above|past)\s",
    regex.IGNORECASE,
)
_TOLL_SUBJECT = compile_pattern(
    r"\b(?:toll|tally|total|number\s+of\s+(?:people\s+)?(?:dead|killed|deaths|victims))\b[^.;:!?\d]{0,100}$",
    regex.IGNORECASE,
)
#: Taking people hostage is an event, dated when they were taken; hostages "still held" are a stock.
_TAKEN = compile_pattern(
    r"\b(?:(?:taken|took|taking|seized|seizing|snatched)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:as\s+)?(?:hostages?|captives?|captive|prisoners?)|"
    r"abducted|kidnapped|abducting|"
    rf"(?:seized|snatched|grabbed)(?<=\b{ARMED_GROUPS}\s+(?:[\p{{L}}-]+\s+){{0,3}}(?:seized|snatched|grabbed))|"
    rf"abduction\s+of|kidnapping(?:\s+of)?|{CARRIED_OFF})",
    regex.IGNORECASE,
)
_TAKEN_WORDS = ("taken", "took", "taking", "seiz", "snatched", "abduct", "kidnap")
#: The start of a period before a date: "since the war began on", "starting", "from the start of the year in",
#: "from early". A bare "from" opens a period only right before its date: "from Libya" names a place.
_SINCE_BEFORE = compile_pattern(
    r"(?:\b(?:since|starting)\b[^,.;]{0,60}"
    r"|\bfrom\s+(?:the\s+)?(?:start|beginning|outbreak|onset|first\s+day)\b[^,.;]{0,50}"
    r"|\bfrom\s+(?:early\s+|late\s+|mid-?\s*)?)$",
    regex.IGNORECASE | regex.REVERSE,
)
#: A report's own day: "said on Monday", "in an update on Saturday", and with the reporter as a passive agent
#: between, "a report released by the NDMA on Saturday night", "figures issued by the ministry on Friday".
_SPEECH_BEFORE = compile_pattern(
    rf"\b(?:{SPEECH_VERBS}|told\s+\S+|update|statement|released|issued)"
    r"(?:\s+by\s+(?:the\s+)?(?:[\p{L}.'\u2019&\-]+\s+){0,3}?[\p{L}.'\u2019&\-]+)?"
    r"\s+(?:on\s+|in\s+the\s+early\s+hours\s+of\s+|(?:late|early)(?:\s+on)?\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_CLAUSE_BOUNDARY = compile_pattern(r"[,;:()\u2014\u2013]|\s-\s")
_CLAUSE_PENALTY = 60
_STRONG_BONUS = 60


_ASIDE = r"(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them|all\s+of\s+them|mostly|mainly)\s+"


def _perfect_patterns(auxiliary: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A perfect with ``auxiliary`` ("has|have", "had") governing a figure: after it ("30 people have been killed",
    read from the figure's end) and before it ("has killed 30", read backwards from the figure)."""
    after = compile_pattern(
        rf"^\s*(?:[\p{{L}}\d'\u2019-]+\s+){{0,10}}?"
        # an aside on who they were: "300 people, including 40 children, have been killed"
        rf"(?:[\p{{L}}\d'\u2019-]+,\s+{_ASIDE}[^,;.()]{{0,60}},\s+)?(?:{auxiliary})\s+"
        r"(?:(?:also|now|already|since|reportedly|so\s+far|officially|been)\s+)*"
        r"[a-z]+(?:ed|en|wn|t|n)\b",
        regex.IGNORECASE,
    )
    before = compile_pattern(
        rf"\b(?:{auxiliary})\s+(?:(?:also|now|already|so\s+far|reportedly)\s+)*(?:been\s+)?[a-z]+(?:ed|en|t)\s+$",
        regex.IGNORECASE | regex.REVERSE,
    )
    return after, before


_PERFECT, _PERFECT_BEFORE = _perfect_patterns(r"has|have|to\s+have")
#: The past perfect ("had died", "had been killed"): a present perfect told in reported speech.
_PAST_PERFECT, _PAST_PERFECT_BEFORE = _perfect_patterns("had")
_PERFECT_IN_CLAUSE = compile_pattern(
    r"\b(?:has|have)\s+(?:(?:already|now|so\s+far|since|also)\s+)*(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b[^,;.]{0,80}$",
    regex.IGNORECASE | regex.REVERSE,
)
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: A count over a period of weeks is that period's count, not a running total: "from 1 to 28 February",
#: "in the first fortnight of this month".
_PERIOD = compile_pattern(
    rf"\b(?:from\s+\d{{1,2}}(?:\s+{_MONTH_NAME})?\s+(?:to|until|through|-)\s+\d{{1,2}}\s+{_MONTH_NAME}"
    rf"|from\s+{_MONTH_NAME}\s+\d{{1,2}}\s+(?:to|until|through|-)\s+(?:{_MONTH_NAME}\s+)?\d{{1,2}}\b(?!,?\s+\d{{4}}\s+to)"
    r"|in\s+the\s+(?:first|second|last|past|previous)\s+(?:fortnight|week|month|few\s+days)"
    r"|in\s+a\s+single\s+(?:day|week|month))",
    regex.IGNORECASE,
)
_SPEECH = compile_pattern(rf"\b(?:{SPEECH_VERBS})\b", regex.IGNORECASE)
_OPENING_DATE = compile_pattern(r"\s*(?:on\s+|early\s+|late\s+)?$", regex.IGNORECASE)
_SHORT_CLAUSE = compile_pattern(r"[^,]{0,30},")
#: A count given its value, right before a date: "put the number of protesters killed at 470 on Saturday".
_TOLL_VALUE_BEFORE = compile_pattern(
    r"\b(?:put|puts|placed|gave|raised|lowered|revised|updated)\s+(?:the|its|their|a)\s+"
    r"(?:[\p{L}'\u2019-]+\s+){0,6}?(?:toll|tally|number|count|figure|total)\b[^.;:]{0,60}?"
    r"\b(?:at|to)\s+(?:about\s+|some\s+|around\s+|more\s+than\s+|at\s+least\s+)?[\d,.]+\s+on\s+$",
    regex.IGNORECASE,
)
#: A verb of reporting or revising right after a day: "(Police on Saturday) put", "(officials on Monday) said".
_REPORT_VERB_AFTER = compile_pattern(
    # (an adverb of manner may stand before the verb: "Police on Monday sharply lowered the toll")
    rf"\s+(?:(?:night|morning|afternoon|evening)\s+)?(?:(?-i:\p{{Ll}}{{3,}}ly)\s+)?"
    rf"(?:{SPEECH_VERBS}|put|raised|lowered|revised|updated|gave|"
    r"released|issued|corrected|confirmed)\b",
    regex.IGNORECASE,
)
#: What follows a forecast figure: "could rise", "may have", "are feared".
_MODAL_AFTER = compile_pattern(
    r"^\s*(?:[\p{L}-]+\s+){0,2}(?:(?:could|(?-i:may)|might|would|(?-i:will))\s+(?:have\s+|be\s+|rise|reach|climb)"
    r"|(?:were|are|is|was)\s+feared\b)",
    regex.IGNORECASE,
)

# Pre-checks: each pattern's matches all hold one of its words (lowercase), so a sentence holding none is not
# scanned. Keep each list in step with its pattern.
_INCIDENT_WORDS = tuple(
    "strike attack explosion blast bombing raid shelling crash collision stampede fire shooting assault ambush "
    "massacre incident quake landslide derailment crime storm flood sinking capsizing clashes protest previous same "
    "jan febr march april may june july aug sept oct nov dec".split()
)
_STRONG_INCIDENT_WORDS = tuple("hours overnight per alone".split())
_KILLING_WORDS = tuple("killing wounding injuring".split())
_PERIOD_WORDS = tuple("from fortnight week month days single".split())
_SINCE_WORDS = ("since", "from", "starting")  # _SINCE_BEFORE
_PROJECTION_WORDS = tuple(  # lexicon.PROJECTION and _MODAL_AFTER
    "could may might would will can expected likely fear set projected forecast estimated".split()
)
_DENIAL_WORDS = tuple(  # lexicon.DENIAL
    "deny deni reject disput dismissed false true never retracted refut fabricated".split()
)
_CUE_PATTERNS = (
    ("cumulative", CaselessScan(_CUMULATIVE), 0, ()),  # none: "has", "the", "since" ... are in most sentences
    ("event", _INCIDENT, 0, _INCIDENT_WORDS),
    ("incident", _STRONG_INCIDENT, _STRONG_BONUS, _STRONG_INCIDENT_WORDS),
    ("event", _KILLING, _STRONG_BONUS, _KILLING_WORDS),
    ("event", _PLACED_EVENTS, _STRONG_BONUS, _PLACED_EVENTS_WORDS),
    ("incident", _PERIOD, _STRONG_BONUS, _PERIOD_WORDS),
    ("incident", _TAKEN, 0, _TAKEN_WORDS),
)


#: A ranking of places inside one toll: "the worst-hit province", "followed by X with 336 deaths".
_RANKING = compile_pattern(
    r"\b(?:(?:worst|hardest|most\s+badly|most\s+severely)[-\s](?:hit|affected)|followed\s+by\s+\p{Lu}\p{L}*[^.;]{0,40}?\s+with\s+\d)",
    regex.IGNORECASE,
)


#: "Among the dead were ...", "Among the victims in X, ...": the sentence lists who a toll counts.
_AMONG = compile_pattern(r"^\W*among\s+(?:the|those)\s+(?:dead|victims|killed|injured|wounded)\b", regex.IGNORECASE)


def ranks_places(sentence: str) -> bool:
    """Whether the sentence ranks places by their share of one toll ("X was the worst-hit, followed by Y with 336")."""
    low = fold_case(sentence)
    return ("hit" in low or "affected" in low or "followed" in low) and _RANKING.search(sentence) is not None


#: How far after a figure a ranking may stand and still rank it: "792 died in Al Haouz, the worst-hit province".
RANKING_REACH: Final[int] = 50


def ranks_figure(sentence: str, phrase: NumberPhrase) -> bool:
    """Whether a ranking of places stands before the figure, or right after it: "X was worst hit, with 792", not "the
    toll rose to 256, as engineers opened a bridge into the worst-hit village" (a village named, no share ranked)."""
    asides = [a.span() for a in _RELATIVE_ASIDE.finditer(sentence)] if "," in sentence else []
    return any(
        (m.start() < phrase.start or m.start() - phrase.end <= RANKING_REACH)
        and not any(a <= m.start() < b for a, b in asides)  # "the Red Cross, which works in the worst-hit areas,"
        for m in _RANKING.finditer(sentence)
    )


#: A relative clause set off by commas ("the Red Cross, which leads the search in the worst-hit areas, put ..."):
#: what it says describes its noun, and ranks no figure of the sentence.
_RELATIVE_ASIDE = compile_pattern(r",\s*(?:which|who|whose)\b[^,;]*,", regex.IGNORECASE)


def breaks_down_toll(sentence: str) -> bool:
    """Whether the sentence splits the story's toll into its parts: by place ("the worst-hit province, where 792
    were killed, followed by ...") or by who ("Among the dead were 28 children").

    Its figures have no scope of their own: they are read in the scope of the toll they split.
    """
    return ranks_places(sentence) or _AMONG.match(sentence) is not None


def is_report_date(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` says when a figure was reported, not when something happened.

    "said on Monday", "in an update on Saturday", and a sentence that opens
    with its date before a speech verb ("On Saturday, the UN said ...").
    """
    if _SPEECH_BEFORE.search(sentence[:start]):
        return True
    if start < 60 and (written := dateline_span(sentence)) is not None and written[0] <= start < written[1]:
        return True  # "LUCKNOW, Feb 14 -": the day the story was written
    if sentence[max(0, start - 4) : start].lower() == " on " and _REPORT_VERB_AFTER.match(sentence, end):
        return True  # "Police on Saturday put the toll at 16", "The ministry on Monday said": between who and what
    if _TOLL_VALUE_BEFORE.search(sentence, max(0, start - 120), start):
        return True  # "HRANA put the number of protesters killed at 470 on Saturday": when the count was given
    opening = _OPENING_DATE.match(sentence[:start])
    return bool(opening and _SHORT_CLAUSE.match(sentence[end:]) and _SPEECH.search(sentence[end:]))


STATE_CATEGORIES = frozenset({"missing", "displaced", "hostages"})


def scope_cue(
    sentence: str, start: int, end: int, published: dt.date | None = None, category: str | None = None
) -> str | None:
    """The scope the cue nearest to ``sentence[start:end]`` says, or None when there is no cue.

    A day or an event ("on Friday", "after the storm") marks one incident's figure, but not a state's: "20 hikers
    were missing after the storm on Friday" counts the missing as of that day; only a period ("overnight") or an
    act ("were taken hostage") makes a state's figure an incident.
    """
    kind = _nearest_cue(sentence, start, end, published, category)
    return "incident" if kind in ("date", "event") else kind


def _nearest_cue(sentence: str, start: int, end: int, published: dt.date | None, category: str | None) -> str | None:
    """The kind of the cue nearest the figure: ``cumulative``, ``incident``, ``event`` or ``date``."""
    best: tuple[int, str] | None = None
    cues, boundaries = _cues(sentence, published)
    for m_start, m_end, kind, bonus in cues:
        if kind in ("date", "event") and category in STATE_CATEGORIES:
            continue
        if m_end <= start:
            a, b = m_end, start
        elif m_start >= end:
            if kind == "cumulative" and _FIGURE_BETWEEN.search(sentence, end, m_start):
                continue  # "injured 52 people, nine of whom remain in intensive care": the nine's state
            a, b = end, m_start
        else:
            a = b = 0
        crossed = bisect.bisect_left(boundaries, b) - bisect.bisect_left(boundaries, a)
        distance = (b - a) + _CLAUSE_PENALTY * crossed - bonus
        if best is None or distance < best[0]:
            best = (distance, kind)
    return best[1] if best else None


#: Another figure, with what makes it a part of the one before ("nine of whom", "three of them", "two still").
_FIGURE_BETWEEN = compile_pattern(
    rf"[,;]\s*(?:\d[\d,.]*|{SMALL_NUMBER_WORDS}|some|most|many|all|half)"
    r"\s+(?:of\s+(?:whom|them|those|these)|(?:are|were|is|was)\s+still|remain)\b",
    regex.IGNORECASE,
)


_SINCE_WORD = compile_pattern(r"\bsince\s+", regex.IGNORECASE)


def _superlative_since(sentence: str, m: regex.Match[str]) -> bool:
    """Whether a cue is the "since" of a superlative ("the deadliest ... since April 2009")."""
    return m.group().lower() == "since" and SUPERLATIVE_SINCE.search(sentence, 0, m.end() + 1) is not None


@functools.lru_cache(maxsize=256)
def _cues(sentence: str, published: dt.date | None = None) -> tuple[tuple[tuple[int, int, str, int], ...], list[int]]:
    """Every scope cue of a sentence as (start, end, scope, bonus), and where its clause boundaries stand.

    Found once per sentence, read for each of its figures. A pattern is run only
    when the sentence holds one of its words; the boundaries only weigh one cue
    against another, so a sentence with at most one cue does without them.
    """
    found: list[tuple[int, int, str, int]] = []
    low = fold_case(sentence)
    may_be_since = any(word in low for word in _SINCE_WORDS)
    # "the deadliest quake since April 2009, when ...": a disaster recalled, not the start of a running total
    recalled = (
        may_be_since
        and "since" in low
        and any(SUPERLATIVE_SINCE.search(sentence, 0, m.end()) for m in _SINCE_WORD.finditer(sentence))
    )
    for kind, pattern, bonus, words in _CUE_PATTERNS:
        if not words or any(word in low for word in words):
            found.extend(
                (m.start(), m.end(), kind, bonus)
                for m in pattern.finditer(sentence)
                if not (recalled and kind == "cumulative" and _superlative_since(sentence, m))
            )
    for m in date_matches(sentence):
        if is_report_date(sentence, m.start(), m.end()):
            continue  # "said on Monday", "On Saturday, the UN said": when it was said, not when it happened
        before = sentence[: m.start()]
        since = may_be_since and _SINCE_BEFORE.search(before) and not (recalled and SUPERLATIVE_SINCE.search(before))
        kind = "cumulative" if since or UNTIL_BEFORE.search(before) else "date"
        found.append((m.start(), m.end(), kind, _STRONG_BONUS if recalled and not since else 0))
    for past in find_past_events(sentence, published):
        before = sentence[: past.start]
        if not (may_be_since and _SINCE_BEFORE.search(before)) or (recalled and SUPERLATIVE_SINCE.search(before)):
            found.append((past.start, past.end, "incident", _STRONG_BONUS))  # "the 1948 war", "in June 2010"
    boundaries = [m.start() for m in _CLAUSE_BOUNDARY.finditer(sentence)] if len(found) > 1 else []
    return tuple(found), boundaries


def scope_of(
    sentence: str,
    start: int,
    end: int,
    category: str,
    inherited: str | None = None,
    *,
    published: dt.date | None = None,
    more: bool = False,
    lasting: bool = False,
) -> str:
    """``cumulative`` or ``incident`` for the figure at ``start:end``.

    ``lasting`` says the story is about an event that lasts (:func:`tells_lasting_event`): a figure it reports in
    the past perfect ("a rights group said on Monday that 416 had been killed") is that event's toll so far.

    ``more`` marks an addition ("57 more deaths", "another 12 bodies"): the count of one day or incident, unless
    a present perfect makes it part of the state so far ("another 170 have been confirmed dead"). "Another 900
    are missing" adds a state to a toll, not a day's count: states keep their cues.
    """
    before = sentence[max(0, start - 80) : start]
    low = fold_case(before)
    if any(word in low for word in _TOLL_CHANGE_WORDS) and _TOLL_CHANGE.search(before):
        return "cumulative"  # "the toll rose to 41", "lowered it to 28 at the weekend": the toll as now reported
    if _CROSSES_A_MARK.match(sentence, start) and _TOLL_SUBJECT.search(before):
        return "cumulative"  # "the combined death toll passed 21,000", "the number killed rose above 7,800"
    if (
        more and category not in STATE_CATEGORIES
    ):  # "has already killed 464 children and injured 931 more": the perfect governs the whole clause
        perfect = _in_perfect(sentence, start, end)
        return (
            "cumulative" if perfect or _PERFECT_IN_CLAUSE.search(sentence[max(0, start - 120) : start]) else "incident"
        )
    kind = _nearest_cue(sentence, start, end, published, category)
    if (
        kind == "event"
        and _names_lasting_disaster(sentence)
        and (_in_perfect(sentence, start, end) or _in_perfect(sentence, start, end, past=True))
    ):
        # "33 million have been affected by the floods", "MSF said 70 had died in the outbreak" (the perfect told in
        # reported speech): a disaster that lasts, counted so far
        return "cumulative"
    if kind == "date" and _PERFECT_BEFORE.search(sentence[max(0, start - 60) : start]):
        return "cumulative"  # "monsoons that have claimed 1,160 lives": the perfect, not a day elsewhere, dates it
    if kind:
        return "incident" if kind in ("date", "event") else kind
    if _in_perfect(sentence, start, end):
        return "cumulative"  # "have been killed", "has left 30,000 homeless": a state so far
    if _in_perfect(sentence, start, end, past=True) and (
        (lasting and category != "other") or _names_lasting_disaster(sentence)
    ):
        return "cumulative"  # "MSF said 70 had died in the outbreak": a lasting disaster's toll so far, told
    if inherited:
        return inherited
    return "cumulative" if category in STATE_CATEGORIES else "incident"


def _in_perfect(sentence: str, start: int, end: int, *, past: bool = False) -> bool:
    """Whether a present perfect governs the figure at ``start:end`` ("have been killed", "has left 30,000"), or
    with ``past`` a past perfect ("had died", "had been killed": asked only of a lasting disaster).

    Asked only where the answer decides the scope: most figures have a cue of their own.
    """
    if past and "had" not in sentence:
        return False
    after, before = (_PAST_PERFECT, _PAST_PERFECT_BEFORE) if past else (_PERFECT, _PERFECT_BEFORE)
    return bool(after.match(sentence[end : end + 80]) or before.search(sentence[max(0, start - 60) : start]))


def _names_lasting_disaster(sentence: str) -> bool:
    """Whether the sentence names a disaster that lasts (:data:`_PROLONGED`: floods, an outbreak, a poisoning)."""
    return _holds_any(sentence, _PROLONGED_WORDS) and _PROLONGED.search(sentence) is not None


#: Disasters that last for days or months, whose toll is reported as it grows: with a present perfect ("have been
#: killed in the floods") their figure is the toll so far, not one incident's.
_PROLONGED = compile_pattern(
    r"\b(?:floods?|flooding|monsoons?|(?:monsoon\s+)?rains|wildfires?|bushfires?|drought|heat\s*waves?|"
    r"epidemic|outbreak|cholera|famine|poisoning|hooch|(?:toxic|illicit|bootleg|tainted)\s+(?:liquor|alcohol))\b",
    regex.IGNORECASE,
)
#: Events that last for weeks or months, as a story's lead names them: a protest wave, a war, a crackdown.
_CAMPAIGN = compile_pattern(
    r"\b(?:unrest|protests|uprising|crackdown|insurgency|hostilities|(?<!\b(?:price|trade|culture|word|turf)\s)war|"
    r"offensive|occupation|(?:civil|armed)\s+conflict|(?:months|weeks)\s+of\s+(?:fighting|clashes|protests))\b",
    regex.IGNORECASE,
)


def tells_lasting_event(lead: str) -> bool:
    """Whether a story's lead names a campaign that lasts for weeks or months (a protest wave, a war).

    A lasting disaster (floods, an outbreak) is not enough: its figures are its toll so far only where their own
    sentence names it (measured: reading a flood story's lead that way lowered scope accuracy on held-out stories).

    >>> tells_lasting_event("More than 300 people have been killed in the unrest that followed her death.")
    True
    >>> tells_lasting_event("A gunman killed 12 people at a school on Tuesday.")
    False
    """
    return _CAMPAIGN.search(lead) is not None


_PROLONGED_WORDS = tuple(
    "flood monsoon rains wildfire bushfire drought heat epidemic outbreak cholera famine poisoning hooch liquor "
    "alcohol".split()
)


def modality_of(sentence: str, start: int, end: int) -> str:
    """``projected`` when the figure is a forecast, ``disputed`` when the sentence denies it, else ``asserted``."""
    if _holds_any(sentence, _PROJECTION_WORDS) and (
        PROJECTION.search(_last_words(sentence[max(0, start - 60) : start], 6))
        or _MODAL_AFTER.match(sentence[end : end + 40])
    ):
        return "projected"
    denial = DENIAL.search(sentence[:start]) if _holds_any(sentence, _DENIAL_WORDS) else None
    if denial and start - denial.end() < 120 and not _COUNTER_CLAIM.search(sentence, denial.end(), start):
        return "disputed"
    return "asserted"


#: A speaker who denies a figure and gives another: "disputed the figure, saying only nine had died", "denied the
#: report and said 9 soldiers were killed". The figure after the turn is the speaker's own, asserted.
_COUNTER_CLAIM = compile_pattern(
    r",\s*(?:saying|adding|insisting|arguing|telling\s+(?:[\w-]+\s+){0,3}?that|putting\s+(?:it|the\s+\w+)\s+at)\b"
    r"|\b(?:and|but)\s+(?:said|says|put|gave)\b",
    regex.IGNORECASE,
)


def _last_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[-n:]) + (" " if text.endswith(" ") else "")


@functools.lru_cache(maxsize=1024)
def _holds_any(sentence: str, words: tuple[str, ...]) -> bool:
    """Whether ``sentence`` holds one of ``words`` (lowercase) in any case; if not, a pattern made of them cannot match.

    Cached: asked once per figure, and a sentence may hold many figures.
    """
    low = fold_case(sentence)
    return any(word in low for word in words)


#: A date that starts a running total or a war is its anchor, never a figure's date:
#: "since the war began on October 7", "the war that started on 24 February".
_ANCHOR_BEFORE = compile_pattern(
    r"\b(?:since|began|begun|begins|started|starts|launched|erupted|broke\s+out|outbreak)\b[^,.;]{0,100}$",
    regex.IGNORECASE | regex.REVERSE,
)
_ANCHOR_WORDS = ("since", "began", "begun", "begins", "start", "launch", "erupt", "broke", "outbreak")
#: An event noun beside a date: the day the document's event happened ("Friday's shooting", "the attack on Tuesday").
_EVENT_NOUNS = (
    r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacre|strikes?|raids?|crash|collision|fire|wildfire|"
    r"blaze|floods?|flooding|flash\s+floods?|storm|quake|earthquake|landslide|stampede|collapse|derailment|sinking|"
    r"capsizing|ambush|assault|rampage|prayers?)"
)
_EVENT_BESIDE = compile_pattern(rf"\b{_EVENT_NOUNS}\b", regex.IGNORECASE)
_EVENT_REACH = 40
#: "the attacks at two mosques in the city of Christchurch on Friday": an event, its place, then its day.
_EVENT_PLACED_BEFORE = compile_pattern(
    rf"\b{_EVENT_NOUNS}\s+(?:at|in|on|near|across)\s+[^,.;:()]{{0,70}}?\s+(?:on\s+|early\s+|late\s+)?$",
    regex.IGNORECASE,
)
_PLACED_REACH = 110
_EVENT_DAYS = 10


#: An event named by its month: "February's winter storm", "the February storm", "the storm in February", "last
#: month's landslide".
_EVENT_OF_MONTH = compile_pattern(
    rf"\b(?:(?P<month>{MONTH})['\u2019]s|the\s+(?P<month2>{MONTH})|(?P<last>last\s+month)['\u2019]s)\s+"
    rf"(?:[\p{{L}}\-]+\s+){{0,2}}?{_EVENT_NOUNS}\b"
    rf"|\b(?:the|this|that)\s+(?:[\p{{L}}\-]+\s+){{0,2}}?{_EVENT_NOUNS}\s+(?:in|of)\s+(?:early\s+|late\s+|mid-?)?"
    rf"(?P<month3>{MONTH})\b(?![.\s]*\d)",
    regex.IGNORECASE,
)
#: The kinds of event read when named by their month (a plain test before the pattern, and a narrower one than
#: :data:`_EVENT_NOUNS`: "last month's shooting" is not read so).
_MONTH_EVENT_WORDS = ("storm", "flood", "quake", "fire", "blaze", "landslide", "attack", "crash", "collapse")


def event_month(sentence: str, published: dt.date | None) -> dt.date | None:
    """The first day of the month of an event the sentence names by its month, before the report's month, or None.

    Coverage weeks or months on names its event by the month it struck ("Texas raised its official death toll from
    February's winter storm to 151"): the story's dead are that month's, not the report's day's.

    >>> event_month("Texas raised its toll from February's winter storm to 151.", dt.date(2021, 5, 28))
    datetime.date(2021, 2, 1)
    >>> event_month("Officials put the toll from last month's landslide at 162.", dt.date(2024, 6, 5))
    datetime.date(2024, 5, 1)
    >>> event_month("The storm in May killed 12.", dt.date(2024, 5, 28)) is None
    True
    """
    if published is None or not any(w in sentence.lower() for w in _MONTH_EVENT_WORDS):
        return None
    m = _EVENT_OF_MONTH.search(sentence)
    if m is None:
        return None
    if m.group("last"):
        first = published.replace(day=1)
        return (first - dt.timedelta(days=1)).replace(day=1)
    month = month_number(m.group("month") or m.group("month2") or m.group("month3"))
    if month == published.month:
        return None  # this month's event: its day, if any, is the day's reader's
    return dt.date(published.year if month < published.month else published.year - 1, month, 1)


def is_period_count(sentence: str) -> bool:
    """Whether the sentence counts over a period ("in the past 24 hours"): the day's count, not the event's."""
    low = fold_case(sentence)
    return (any(w in low for w in _STRONG_INCIDENT_WORDS) and _STRONG_INCIDENT.search(sentence) is not None) or (
        any(w in low for w in _PERIOD_WORDS) and _PERIOD.search(sentence) is not None
    )


def event_date(sentence: str, published: dt.date | None) -> dt.date | None:
    """The day of an event the sentence names beside a date ("Friday's attack", "the floods early Friday"), or None.

    Only a day in the ten days up to ``published`` counts: the story's own event, not an anniversary.
    """
    if published is None:
        return None
    for d in find_dates(sentence, published):
        if d.date is None or d.date >= published or (published - d.date).days > _EVENT_DAYS:
            continue
        if is_report_date(sentence, d.start, d.end) or is_anchor_date(sentence, d.start):
            continue
        near = sentence[max(0, d.start - _EVENT_REACH) : d.end + _EVENT_REACH]
        if _EVENT_BESIDE.search(near) or _EVENT_PLACED_BEFORE.search(
            sentence, max(0, d.start - _PLACED_REACH), d.start
        ):
            return d.date
    return None


#: What a disaster did, for a lead that dates its event without naming its kind ("the jet touched down ... on
#: Aug. 7, 2020, ran off its end and plunged down a slope").
_DISASTER_VERB = compile_pattern(
    r"\b(?:crashed|struck|sank|capsized|collapsed|exploded|erupted|killed|killing|plunged|swept|stormed|abducted|"
    r"kidnapped|gunned|opened\s+fire|set\s+(?:it\s+)?alight|set\s+fire)\b",
    regex.IGNORECASE,
)
#: A retrospective's event may lie this many days back at most (the record of a century, not of history).
_RETROSPECTIVE_DAYS = 366 * 30


def retrospective_date(lead: list[str], published: dt.date | None) -> dt.date | None:
    """The day of the event a story told weeks or years after it returns to, from its lead, or None.

    Anniversaries, trials and final reports come back to a one-day event long after it: "on Aug. 7, 2020", "the
    floods of Oct. 29", "the suicide bombing on Jan. 30 last year" date it, and so does a round time after it
    ("one year after militants killed 130", "Ten years after fighters took 276 girls"). The story's own dead
    and injured are that day's, not the day the story appeared. A day that starts a running total ("since the
    war began on October 7"), or a past disaster measured against ("the deadliest since May 2010"), dates no
    event of the story.

    >>> retrospective_date(["The jet crashed on Aug. 7, 2020, killing 21 people."], dt.date(2021, 9, 12))
    datetime.date(2020, 8, 7)
    >>> retrospective_date(["A year after Hurricane Otis, hotels reopened."], dt.date(2024, 10, 25))
    datetime.date(2023, 10, 25)
    >>> retrospective_date(["The fire on Tuesday killed 9."], dt.date(2024, 10, 25)) is None
    True
    """
    if published is None:
        return None
    for text in lead:
        if _EVENT_BESIDE.search(text) is None and _DISASTER_VERB.search(text) is None:
            continue
        for d in find_dates(text, published):
            if d.date is None or not _EVENT_DAYS < (published - d.date).days <= _RETROSPECTIVE_DAYS:
                continue  # (the story's own week, the future, or history)
            if is_report_date(text, d.start, d.end) or is_anchor_date(text, d.start):
                continue
            if SUPERLATIVE_SINCE.search(text, 0, d.start) is None:
                return d.date
    return next((found.date for text in lead if (found := anniversary_in(text, published)) is not None), None)


#: "the worst since 2021, when a tower collapse killed 40", "since Idai in 2019, which killed 1,000", "since the
#: Grenfell Tower fire in June 2017, which killed 72", "since a 2006 stampede at a stadium in Pasig, in which more
#: than 70 were killed", "since the 1998 bombing of the U.S. embassy, which killed 200": the clause that recalls the
#: earlier disaster a comparison names, up to the figure (no stop between; a capital's abbreviating stop is no stop).
_NO_STOP = r"(?:[^,.;]|(?<=\b\p{Lu})\.)"
_RECALLED_SINCE = compile_pattern(
    rf"\bsince\b{_NO_STOP}{{0,80}}?(?:\b(?P<month>{MONTH})\s+)?\b(?P<year>(?:19|20)\d\d)\b"
    rf"{_NO_STOP}{{0,70}}?\s*,?\s+(?:when|which|in\s+which|that)\b"
    r"[^,.;]*(?:,\s*(?:killing|leaving|injuring|wounding|claiming)\b[^,.;]*)?$",
    regex.IGNORECASE,
)


def recalled_year(sentence: str, start: int, published: dt.date | None) -> tuple[dt.date, str] | None:
    """The date of a past disaster whose relative clause holds the figure at ``start``, and its precision, or None.

    "The deadliest collapse since 2021, when a tower killed more than 40 people": the 40 are 2021's, an incident of
    that year; so are "since 1995, when two trains collided, killing 358" and "since a 2004 fire that killed 194";
    "since the Grenfell Tower fire in June 2017, which killed 72" gives the month.
    "Since 2015, when the war began, 20,000 have been killed" is a running total: its figure stands after the clause.

    >>> recalled_year("The worst blaze since the Grenfell fire in June 2017, which killed 72 people.", 60, None)
    (datetime.date(2017, 6, 1), 'month')
    """
    if "since" not in sentence[:start].lower():
        return None
    m = _RECALLED_SINCE.search(sentence, 0, start)
    if m is None or m.end() != start:
        return None
    year = int(m.group("year"))
    if published is not None and year >= published.year:
        return None
    month = m.group("month")
    if month:
        return dt.date(year, month_number(month), 1), "month"
    return dt.date(year, 1, 1), "year"


def is_anchor_date(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` starts a war or a running total ("since the war began on October 7")."""
    low = fold_case(sentence[:start])
    if not any(w in low for w in _ANCHOR_WORDS) or _ANCHOR_BEFORE.search(sentence[:start]) is None:
        return False
    if "since" not in low:
        return True
    # "the deadliest since 2009", "the worst disaster on the lake since the MV Bukoba sank near Mwanza in 1996":
    # the date of a past disaster measured against, not where a count starts
    before = sentence[:start]
    return SUPERLATIVE_SINCE.search(before) is None and _SUPERLATIVE_SINCE_EVENT.search(before) is None


#: A superlative measured against a past event told as a clause before its date ("... since the MV Bukoba sank
#: near Mwanza").
_SUPERLATIVE_SINCE_EVENT = compile_pattern(
    rf"{SUPERLATIVE_BEFORE_SINCE}[^.;]{{0,60}}$", regex.IGNORECASE | regex.REVERSE
)


#: A header line: short, and ending with a colon or with no stop at all ("Casualties since October 7:").
_HEADER = compile_pattern(r"^[^.!?]{3,120}(?::|[^.!?:;,\"\u201d\u2019)])\s*$")
#: A list item: a bullet, a number and a stop, or a label and a figure ("- Killed: 34,000", "2. Injured 60").
_LIST_ITEM = compile_pattern(
    r"^\s*(?:[-*\u2022\u25aa\u2013\u2014\u00b7]\s*|\d{1,2}[.)]\s+|[\p{L}][\p{L}' -]{0,40}:\s*[\d(])"
)
_LIST_LINE_CHARS = 160


def is_header(line: str) -> bool:
    """Whether a sentence with no figure is a header that can give its scope to the list below it.

    A line with a stop (".", "!" or "?") anywhere is none: ``_HEADER`` takes no stop before its trailing white
    space. Asked of every sentence without a figure, most of which end with a full stop: the test spares the
    pattern's backtracking over up to 120 characters.
    """
    if "." in line or "!" in line or "?" in line:
        return False
    return _HEADER.match(line) is not None


def is_list_item(line: str) -> bool:
    """Whether a line is an item of a list ("- Killed: 34,000", "* 42 killed", "Injured: 77,000")."""
    return len(line) <= _LIST_LINE_CHARS and _LIST_ITEM.match(line) is not None
