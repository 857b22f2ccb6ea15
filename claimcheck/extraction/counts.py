"""Decide, for each number phrase of a sentence, whether it counts people and what happened to them.

The category comes from the closest grammatical cue, strongest first:

1. the noun the figure counts: "28 bodies", "42 deaths", "250 hostages";
2. the predicate right after it: "three people were killed", "nine more wounded";
3. the verb or noun that governs it from the left: "killing five people", "injuries to 4,444";
4. a running-total construction: "the death toll ... has risen to 30", "put that number at 11,300";
5. the figure before it in a list: "killed six people in Gaza City, nine in Nuseirat" (ellipsis);
6. otherwise a count of people with no cue is ``other``; a bare figure with no cue is no claim.

>>> counts = read_counts("Strikes killed six people in Gaza City, nine in Rafah.")
>>> [(c.phrase.surface, c.category, c.subject) for c in counts]
[('six', 'killed', 'people'), ('nine', 'killed', 'people')]
>>> read_counts("Two dams burst over three days.")
[]
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

import regex

from claimcheck._rx import compile_pattern, rx
from claimcheck.extraction import lexicon
from claimcheck.extraction.numbers import NumberPhrase, find_numbers
from claimcheck.settings import TOLERANCE, VAGUE_RANGES

#: The first 8 words after a figure in one match: a word, a number or one other character each (regex's
#: ``captures`` gives every repetition), as ``finditer`` would find them one by one, but in one call.
#: (an initialism with its stops is one word: "12 U.S. service members")
_HEAD_WORDS = compile_pattern(r"(?:\s*((?:\p{Lu}\.){2,}|[\p{L}][\p{L}'\u2019\-]*|\d[\d,.]*|[^\s\p{L}\d])){0,8}")
_HEAD_WORD_COUNT = 8
#: One word of ``_HEAD_WORDS`` in ASCII text, for ``re`` (its white space spelt out: ``re``'s \s also takes
#: U+001C-U+001F, which ``regex``'s does not).
_HEAD_WORD_ASCII = re.compile(
    r"[ \t\n\r\f\v]*((?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'\-]*|[0-9][0-9,.]*|[^ \t\n\r\f\vA-Za-z0-9])"
)
_LEADING_MORE = frozenset("more other additional further another such new extra".split())
_DEMONYM_ENDINGS = ("ians", "ans", "is", "ese", "ons", "ers", "ites")
_DEMONYM = compile_pattern(rf"^\p{{Lu}}\p{{Ll}}+(?:{'|'.join(_DEMONYM_ENDINGS)})$")
_PART_LINK = compile_pattern(
    r"(?:\bincluding|\bamong\s+them|\bamong\s+whom|\bof\s+whom|\bof\s+which|\bamong\s+those|\bmost\s+of\s+them)\s*:?\s*$",
    regex.IGNORECASE | regex.REVERSE,
)
_PARTITIVE_AFTER = compile_pattern(r"^\s+of\s+(?:them|those|whom|these)\b", regex.IGNORECASE)
_RIGHT_PREDICATE_GAP = compile_pattern(
    r"^[\s,)]*(?:(?:were|was|are|is|have|has|had|been|being|be|got|get|getting|reportedly|also|still|now|all|later|those|"
    r"may|might|could|would|will|must|"
    r"confirmed|reported|believed|feared|known|thought|said|to|among|the|left|found|already|officially|"
    r"subsequently|then|initially|originally|either|currently|remain|remained|remains|listed|as|who|that|"
    r"lay|lie|lying|being|declared|presumed|mostly|mainly|critically|seriously|lightly|slightly|badly|"
    r"severely|fatally|allegedly|recently|so|far|far,|more|others|other|additional|taken|being|were)\s+){0,6}",
    regex.IGNORECASE,
)
_LEFT_ADJACENT_GAP = compile_pattern(
    r"[\s,]*(?:\b(?:a\s+total\s+of|the|some|another|a\s+further|an\s+additional|of|to|at|in|all|only|just|also|"
    r"approximately|nearly|more|than|least|including|included|include|includes|were|are|was|is)\s+)*$",
    regex.IGNORECASE,
)
_TOLL_VERB = compile_pattern(
    r"\b(?:risen|rose|rise|rises|rising|climbed|climbs|climb|climbing|increased|increases|increase|soared|soars|"
    r"jumped|jumps|reached|reaches|reach|stands|stood|stand|remains|remained|remain|hit|hits|exceeded|exceeds|topped|tops|passed|grew|grown|"
    r"grows|mounted|surged|totals|totalled|totaled|put|puts|placed|was|is|were|are|been|be|brings|brought|bring|"
    # a forecast of the toll: "could exceed 6,300", "may go beyond 1,000" (its modality says it is projected)
    r"could|may|might|would|will|go|"
    # a count that can fall: "the number unaccounted for fell to 203", "the list has fallen to 11"
    r"fell|fallen|falls|fall|dropped|drops|declined|declines|decreased|decreases|dipped|shrank|shrunk|"
    r"at|to|of|gave|give|gives|hits|(?:toll|tally|total|count|number|figure)\s+as)\b[\s,]*(?:\b(?:now|further|again|already|tragically|sharply|reportedly|"
    r"higher|lower|up|officially|just|to|at|of|around|about|some|past|"
    # the step it moved by: "rose by one to eight", "fell by 12 to 140"
    rf"by\s+(?:\d[\d,]*|{lexicon.SMALL_NUMBER_WORDS}|a\s+(?:few|handful|dozen)))\b[\s,]*)*$",
    regex.IGNORECASE | regex.REVERSE,
)
#: A bare "at", "to" or "of" sets a toll's value only in a clause that names the toll it values: "put the
#: toll at 30", "raised the death toll from the riot at the prison to 43", "a death toll of 31"; not an action
#: aimed at people ("60 were hurt when police fired tear gas at thousands of protesters").
_BARE_TOLL_PREPOSITIONS: Final[frozenset[str]] = frozenset({"at", "to", "of"})
_TOLL_NOUN = compile_pattern(
    r"\b(?:toll|tolls|number|numbers|count|counts|figure|figures|tally|total|totals|casualties|fatalities|deaths|"
    r"dead|injured|wounded|injuries|missing|killed|victims|bodies)\b",
    regex.IGNORECASE,
)
#: Where a clause of its own begins: a subordinate clause ("when police fired ...") or a new sentence part (not
#: the stop of an abbreviation: "the Feb. 26 shipwreck", "the U.S. embassy").
_CLAUSE_START = compile_pattern(
    r"(?<!\b(?:[A-Z][a-z]{1,3}|[A-Z]))\.|[;:!?]|\b(?:when|while|whereas|because|where|who|whom)\b"
    # ("listed as unaccounted for", "counted as missing": a class the counted are put in, in the same clause)
    r"|(?<!\b(?:such|listed|classed|classified|counted|registered|recorded)\s)\bas\b"
    r"(?!\s+(?:of|many|much|high|low|few|well|long|far|part|a\s+result)\b)",
    regex.IGNORECASE,
)
#: How far back in its clause a bare preposition looks for the toll it values.
TOLL_NOUN_REACH: Final[int] = 200


#: Hostages brought out by force: "troops had rescued 137 hostages" (rescued people of a disaster stay others).
_RESCUED_BEFORE = compile_pattern(r"\b(?:rescued|recovered|liberated)\s+(?:all\s+|the\s+)?$", regex.IGNORECASE)

#: The group a toll's own noun counts: "the number of children killed rose to 30", "its count of Jordanian dead".
_TOLL_GROUP = compile_pattern(
    # (a group may be written with an abbreviation's stops: "the number of U.S. troops killed")
    r"\b(?:number|count|toll|tally)\s+of\s+(?:the\s+)?(?P<group>\p{L}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*)?)\s+"
    r"(?:killed|dead|injured|wounded|hurt|missing|arrested|detained|displaced|who\s+(?:died|were|have|had))\b"
    r"[^.;:!?\d]{0,80}$",
    regex.IGNORECASE,
)
_NOT_A_GROUP = frozenset("people persons those the".split())


def _toll_group(sentence: str, start: int) -> str | None:
    """Who a running total named before its figure counts, or None ("the number of people killed": no group)."""
    m = _TOLL_GROUP.search(sentence, max(0, start - 160), start) if " of " in sentence else None
    if m is None:
        return None
    words = m.group("group").split()
    while words and words[0].lower() in _COUNT_STATES:
        words = words[1:]  # "the number of confirmed dead": how the count knows them, not who they were
    if not words:
        return None
    if len(words) > 1 and (words[1].lower().endswith("ed") or words[1].lower() in _STATE_ADVERBS):
        words = words[:1]  # "the number of people confirmed dead": people, the state is the count's
    return None if words[0].lower() in _NOT_A_GROUP else " ".join(words)


_STATE_ADVERBS = frozenset("known still now officially feared believed presumed".split())
#: How a count knows its people, before their state: "the number of confirmed dead", "the official count of dead".
_COUNT_STATES = frozenset(
    "confirmed reported known official officially registered recorded identified verified documented "
    "presumed feared believed suspected total overall".split()
)


def _toll_construction(before: str, lead: str) -> bool:
    """Whether ``before`` (the text before a figure) ends in a running total's verb or preposition ("has risen
    to"); ``lead`` is its sentence up to the figure, where a bare preposition's toll is looked for."""
    found = _TOLL_VERB.search(before)
    if found is None:
        return False
    first = found.group().split(None, 1)[0].lower().strip(",")
    if first not in _BARE_TOLL_PREPOSITIONS:
        return True
    end = len(lead) - (len(before) - found.start())  # where the preposition stands in the lead
    reach = lead[max(0, end - TOLL_NOUN_REACH) : end]
    clause = reach[max((m.end() for m in _CLAUSE_START.finditer(reach)), default=0) :]
    return _TOLL_NOUN.search(clause) is not None


#: "that number", "the toll": a figure named before, in the sentence before; not "the number of homes", which
#: says itself what it counts.
_ANAPHOR = compile_pattern(
    rf"\b(?:that|this|the|its|their)\s+(?:{lexicon.TOLL_ADJECTIVES}\s+)?(?:number|figure|toll|tally|count|total)\b"
    r"(?!\s+of\b)",
    regex.IGNORECASE,
)
#: A count that moves, so a running count: "the number rose to", "would fall below", "has climbed to".
_MOVES = compile_pattern(
    r"\b(?:ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|increas(?:e|es|ed|ing)|soar(?:s|ed)?|jump(?:s|ed)?|grow(?:s|n)?|"
    r"grew|mount(?:s|ed)?|surg(?:e|es|ed)|fall(?:s|en|ing)?|fell|drop(?:s|ped)?|declin(?:e|es|ed)|decreas(?:e|es|ed)|"
    r"dip(?:s|ped)?|shr(?:ank|unk|inks?))\b",
    regex.IGNORECASE,
)


def _antecedent_category(previous: Sequence[Count], moved: bool) -> str:
    """What "the number" counts: the figure before it; when the number moves, the last one of a counted kind.

    A running count rises and falls; people of no kind counted in between are not it: "300 were missing. Police
    said 200 on the list were found. He expected the number would fall below 100" (the missing). A number that is
    only given refers to the figure right before: "It carried 400 people; survivors put the number at 750".
    """
    if moved:
        return next((c.category for c in reversed(previous) if c.category != "other"), previous[-1].category)
    return previous[-1].category


#: A figure noun of no kind of its own right before a figure: "gave a figure of 29", "its own count of 29".
_FIGURE_OF_BEFORE = compile_pattern(
    r"\b(?:a|an|its|their|the|his|her|\p{L}+['\u2019]s)\s+(?:(?:own|lower|higher|different|separate|new|smaller|larger|"
    r"official|initial|final|"
    rf"{lexicon.TOLL_ADJECTIVES})\s+)*(?:figure|count|number|estimate)\s+of\s+$",
    regex.IGNORECASE,
)
_CLAUSE_CLOSES_AFTER = compile_pattern(
    r"\s*(?:[.,;:)\u2014]|$|\s(?:on|for|as|by|in|at|from|while|but|and)\s"
    # the figure noun is the clause's subject: "its official count of 64 may not reflect the toll"
    r"|\s(?:may|might|could|would|was|is|had|has|remained|remains|stood|stands)\s"
    # what is said of the figure itself: "the figure of 142 announced on Wednesday", "a count of 64 that had stood",
    # "a figure of six earlier in the day"
    r"|\s(?:that|which)\s+(?:had|has|was|were|is|remained|stood)\b|\s(?:announced|given|released|reported|issued|"
    r"published|cited|quoted|used)\b|\s(?:earlier|previously|initially)\b)"
)
#: What makes a figure named by its noun an earlier one: "a count of 64 that had stood", "a figure of six earlier".
_EARLIER_FIGURE_AFTER = compile_pattern(
    r"\s(?:(?:that|which)\s+had\b|(?:earlier|previously|initially)\b)", regex.IGNORECASE
)
#: An aside on who the counted were, between a count and its predicate: "27 people, including ten children, were
#: killed", "27 people, most of them women, were crushed", "- mostly pilgrims -".
_ASIDE_OPENER = (
    r"(?:including|among\s+them|of\s+whom|(?:most|many|all|some|several|half|both|nearly\s+all|almost\s+all)"
    r"\s+of\s+(?:them|whom)|mostly|mainly|largely)"
)
_INCLUDING_ASIDE = compile_pattern(
    rf"^\s*(?:,\s*{_ASIDE_OPENER}\s[^,;]{{1,60}},"
    rf"|(?:\u2014|\u2013|--|\s-\s)\s*{_ASIDE_OPENER}\s[^,;\u2014\u2013]{{1,60}}?(?:\u2014|\u2013|--|\s-\s))",
    regex.IGNORECASE,
)
#: "18 of the adults": a part of the people an earlier figure counted.
_OF_THE_NOUN = compile_pattern(r"\s+of\s+(?:the|those|these)\s+([\p{L}'-]+)", regex.IGNORECASE)
#: A bound said of people after a copula or "aged": "were under 18", "was over 60", "aged under five".
_AGE_PREDICATE = compile_pattern(r"\b(?:were|was|are|is|aged|ages)\s+$", regex.IGNORECASE)
#: ... that ends its clause or names years: "were under 18, police said", "were over 60 years old".
_AGE_PREDICATE_END = compile_pattern(r"\s*(?:years?\b|[,.;)]|$|and\b|or\b)", regex.IGNORECASE)
#: A count as the subject of the copula: "the number of dead is over 100", "casualties were under 50".
_COUNT_SUBJECT = compile_pattern(
    r"\b(?:toll|number|count|figure|tally|total|casualties|fatalities|deaths)\b[^,;.]{0,40}$", regex.IGNORECASE
)
_COMBINABLE = frozenset({"killed", "injured", "missing"})
#: One count of two kinds of people: "50 dead or missing", "120 killed and injured", "300 dead or wounded".
_COMBINED_AFTER = compile_pattern(
    r"\s+(?:people\s+|persons\s+)?(?:(?:were|are|was|is|remain|remained)\s+)?(?P<a>dead|killed|injured|wounded|hurt|missing)\s+(?:or|and)\s+"
    r"(?P<b>dead|killed|injured|wounded|hurt|missing)\b",
    regex.IGNORECASE,
)
_KIND_OF_STATE = {"dead": "killed", "killed": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured"}


def _two_kinds_after(sentence: str, end: int) -> bool:
    """Whether the figure ending at ``end`` counts two kinds of people at once ("50 dead or missing")."""
    m = _COMBINED_AFTER.match(sentence, end)
    if m is None:
        return False
    a, b = (m.group(g).lower() for g in ("a", "b"))
    return _KIND_OF_STATE.get(a, a) != _KIND_OF_STATE.get(b, b)


#: The range an estimate is given with, right before it: "with a likely range of", "a confidence interval of".
_RANGE_OF_BEFORE = compile_pattern(r"\b(?:range|interval|margin)\s+(?:of\s+|from\s+|between\s+)?$", regex.IGNORECASE)
_AGE_APPOSITION = compile_pattern(r"(?:\p{Lu}[\p{L}'-]*|[a-z]+),\s*$", regex.REVERSE)
_VERB_QUALIFIER = compile_pattern(
    r"(?i)(?:exceeded|exceeding|exceeds|topped|tops|topping|surpassed|surpasses|surpassing|passed|passes|passing|"
    r"crossed|crosses|crossing)\s"
)
_SHARE_OF = compile_pattern(
    r"(?:\d\s*%|\bper\s*cent|\bpercent|\bhalf|\bthird|\bquarter|\bthirds|\bquarters|\bmajority|\bmost|\bfraction)"
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+(?:'s|\u2019s)\s+)?(?:estimated\s+|roughly\s+|some\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
#: A figure's own head that counts the harmed: "the 40 victims", "the 120 injured", "the 40 people who died".
_HARMED_HEAD = compile_pattern(
    r"\s+(?:[\p{L}-]+\s+){0,2}?(?:victims|dead|deaths|fatalities|casualties|bodies|injured|wounded|"
    r"(?:people\s+|passengers\s+|pilgrims\s+)?(?:who|that)\s+(?:had\s+)?(?:died|perished|lost\s+their\s+lives|"
    r"(?:were|had\s+been)\s+(?:killed|injured|wounded|hurt)))\b",
    regex.IGNORECASE,
)
_MORE_AFTER = compile_pattern(r"^\s+(?:more|other|others|additional|further|extra|new)\b", regex.IGNORECASE)
_ANOTHER_BEFORE = compile_pattern(
    r"\b(?:another|a\s+further|an\s+additional|additional|a\s+further)\s+$", regex.IGNORECASE | regex.REVERSE
)
_EARLIER = compile_pattern(
    r"\b(?:earlier|previously|initially|initial\s+reports?|at\s+first|originally|first\s+reported"
    # "early on" as "at first", not a time: "struck early on Tuesday", "early on the morning of"
    r"|early\s+on(?!\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|morning|afternoon|evening|night|day|\d))"
    r"|in\s+the\s+first\s+(?:few\s+)?(?:hours|days|weeks))\b",
    regex.IGNORECASE,
)
#: A figure the text itself calls superseded: "up from 80", "down from a previous toll of 115", "an increase from 43",
#: "lowered it to 28 from 31", "the initial list of 3,200", "Initially more than 1,000". Reported earlier, at a time
#: the text does not say.
_SUPERSEDED = compile_pattern(
    r"(?:\b(?:up|down|increase[ds]?|decrease[ds]?|rise|rising|rose|risen|fall|falling|fell|drop|dropped|lowered|"
    r"raised|revised|reduced|cut|climbed|jumped|grew|grown|soared|revision|correction)\b[^.;:]{0,60}?\bfrom"
    r"|\b(?:previous|earlier|prior|initial|original|old|first)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:toll|figure|count|tally|estimate|total|list|number|report|tolls|figures|estimates)"
    r"(?:\s+(?:of|at|was|had\s+been|stood\s+at|put\s+at))?"
    r"|^\s*(?:initially|originally|at\s+first)\s*,?"
    # a figure set aside for the one given: "saying 68 died there rather than the 86 they had reported"
    r"|\b(?:rather\s+than|instead\s+of)"
    # "the minister, who had put the toll at 19", "the governor's office, which had announced 51 deaths"
    r"|\b(?:who|which|that)\s+had\s+(?:earlier\s+|previously\s+|initially\s+|first\s+)?(?:put|given|announced|"
    r"reported|said|estimated|set|placed|counted|recorded|confirmed|cited)(?:\s+(?:the|its|a)\s+(?:death\s+)?"
    r"(?:toll|figure|number|count)\s+at)?)"
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:previous\s+|earlier\s+|initial\s+|original\s+|prior\s+)?"
    r"(?:official\s+|reported\s+)?(?:death\s+)?(?:toll\s+|figure\s+|count\s+|tally\s+|estimate\s+)?(?:of\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
#: A figure of the count at an earlier moment the text names: "earlier this week, when the number topped 1,000",
#: "the week began with officials saying the toll had reached 850", "at one point the list held 2,000 names".
_EARLIER_MOMENT = compile_pattern(
    r"\b(?:earlier\s+(?:this|that|in\s+the)\s+(?:week|month|day)|at\s+one\s+point|at\s+first|"
    r"(?:week|day|month)\s+(?:started|began|opened)\s+with|a\s+(?:day|week)\s+earlier|days\s+earlier|"
    r"the\s+previous\s+(?:day|night|week))\b[^.;:]{0,80}?\b(?:number|toll|tally|count|total|figure|list)\b[^.;:]{0,40}$",
    regex.IGNORECASE | regex.REVERSE,
)
#: What a source said before, recalled in an aside on it, against what it says now: "The embassy, which said in the
#: first days that 43 had died, now puts the number at 34" (43 is its earlier report).
_RECALLED_IN_ASIDE = compile_pattern(
    r",\s*(?:which|who)\s+(?:had\s+)?(?:first\s+|initially\s+|earlier\s+|originally\s+|previously\s+)?"
    r"(?:said|reported|put|gave|announced|counted|listed|estimated|recorded)\b[^,;.()]{0,80}$",
    regex.IGNORECASE,
)
_NOW_AFTER_ASIDE = compile_pattern(
    r"[^.;]{0,80}?,\s*(?:now|has\s+since|have\s+since|later|since\s+then|but\s+now)\b", regex.IGNORECASE
)
_EARLIER_MOMENT_WORDS = ("earlier", "one point", "first", "started", "began", "opened", "previous")
_SUPERSEDED_WORDS = (
    *("from", "previous", "earlier", "prior", "initial", "original", "old", "first", "at first", "had"),
    *("rather", "instead"),
)
_COORDINATED_PEOPLE = compile_pattern(r"\s+(?:[\p{L}'-]+\s+){0,2}?[\p{L}'-]+\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)")
_COORDINATED = compile_pattern(r"\s*(?:,\s*|\s(?:and|or)\s+)", regex.IGNORECASE)
_OF_THE_NEXT = compile_pattern(r"\s+(?:out\s+)?of\s+(?:the|those|all|all\s+the)\s+", regex.IGNORECASE)
#: A figure labelled at the start of a line or a list item: "412: The number of people still missing",
#: "Total victims: 35", "Injured - 64".
_LABEL_AFTER = compile_pattern(r"\s*:\s+(?P<label>[^.;:]{3,80})", regex.IGNORECASE)
_LABEL_BEFORE = compile_pattern(r"(?:^|\n)\s*(?P<label>(?:[\p{L}'-]+\s+){0,4}[\p{L}'-]+)\s*(?::|\s[-\u2013\u2014])\s*$")
#: A list of people: its entries are people ("now has 412 names on it", "the list of 412", "down to 412 names").
_LIST_OF = compile_pattern(r"\b(?:list|roster|register|registry|tally)\s+of\s+$", regex.IGNORECASE | regex.REVERSE)
_LIST_NOUNS = frozenset({"names", "name", "entries"})
#: "Of the deaths so far, 52 occurred in the capital": the figure counts what the opening phrase names.
_OF_THE_OPENING = compile_pattern(
    r"^\s*(?:of|among)\s+(?:the|those|these|all\s+the)\s+(?P<what>[^,;:]{2,60}),\s*$", regex.IGNORECASE
)
#: A people noun that names a category gives way to a death after it: "four patients died", "two hostages were killed".
_DEATH_PREDICATE = compile_pattern(
    r"^(?:died|dead|deceased|perished|killed|slain|drowned|succumbed|lost\s+their\s+lives|were\s+killed|"
    r"were\s+dead|have\s+died|had\s+died|are\s+dead)\b",
    regex.IGNORECASE,
)
#: The other members of a list of people before its predicate: ", a teacher and the gunman are dead".
_MORE_PEOPLE = compile_pattern(
    r"^(?:\s*(?:,|\band\b|,\s*and\b)\s*(?:a|an|the|one|two|three|his|her|their|its)\s+"
    r"(?:(?!and\b)[\p{L}'-]+\s+)?(?!and\b)[\p{L}'-]+)+",
    regex.IGNORECASE,
)
#: A contrast, or "now", between "previously" and a figure: the figure is today's, not the earlier report.
_NOW_WORDS = "|".join((*lexicon.CONTRAST_WORDS, "now", "later", r"(?:has|have|had)\s+since"))
_CONTRAST_OR_NOW = compile_pattern(rf"\b(?:{_NOW_WORDS})\b|;", regex.IGNORECASE)
#: What is done with the dead once found: each count of it is progress on a toll, not the toll ("170 bodies have been
#: handed over to their families", "the remains of 40 were repatriated").
_BODIES_VERBS = (
    r"(?:identified|recovered|retrieved|buried|found|pulled|exhumed|collected|removed|handed\s+over|released|"
    r"returned|repatriated|claimed|cremated|autopsied)"
)
#: The dead told by their identification: "matched DNA samples for 208 victims", "DNA profiles of 31 bodies".
_IDENTIFIED_BY_DNA_BEFORE = compile_pattern(r"\bDNA\b[^.;,]{0,30}?\b(?:for|of|from)\s+(?:the\s+)?$")
_BODIES_HANDLED_BEFORE = compile_pattern(
    rf"\b{_BODIES_VERBS}\s+(?:(?:out|up)\s+)?(?:the\s+)?(?:(?:last|final|remaining|first)\s+)?(?:bodies\s+of\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_BODIES_HANDLED_AFTER = compile_pattern(
    rf"^\s+(?:[\p{{L}}-]+\s+){{0,2}}(?:were|was|(?:have|had|has)(?:\s+(?:so\s+far|now|already|yet))?\s+been)\s+"
    rf"(?:(?:also|later|so\s+far|now|already|formally|officially|positively)\s+)*{_BODIES_VERBS}\b"
    r"(?!\s+(?:dead|alive))",  # ("were buried alive": their deaths, not their bodies)
    regex.IGNORECASE,
)
#: The dead taken to one place, a site's share of a toll: "27 bodies had been brought to the district hospital",
#: "the bodies of 12 were taken to a morgue in Aligarh", "of the 63 bodies brought to the mortuary at X".
_BODIES_TAKEN_TO = compile_pattern(
    r"^\s+(?:[\p{L}-]+\s+){0,2}(?:(?:were|was|(?:have|had|has)\s+been)\s+)?(?:brought|taken|transported|delivered|sent|"
    r"carried|moved|rushed|flown)\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'\u2019-]+\s+){0,4}?(?:hospitals?|morgues?|"
    r"mortuar(?:y|ies)|college|clinic|centre|center|facility|hall|stadium|camp|school|city|town|village)\b",
    regex.IGNORECASE,
)
#: What is done with the dead that no search finds: naming them, or giving them back ("have so far been handed over").
_IDENTIFIED_AFTER = compile_pattern(
    r"^[^.;]{0,60}?\b(?:identified|named|handed\s+over|released|returned|repatriated|claimed|cremated|autopsied)\b",
    regex.IGNORECASE,
)
_BURIED_BY_DISASTER = compile_pattern(
    rf"\b{lexicon.BURYING_DISASTERS}\s+(?:[\p{{L}}-]+\s+){{0,3}}(?:buried|entombed)\s+(?:\p{{L}}+\s+)?$",
    regex.IGNORECASE,
)
#: The dead not yet named: a part of a toll that shrinks as bodies are identified ("unidentified", "unclaimed").
_UNIDENTIFIED = compile_pattern(r"\b(?:unidentified|unclaimed)\b", regex.IGNORECASE)
_UNIDENTIFIED_AFTER = compile_pattern(
    r"^\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:that|which|who)\s+)?(?:(?:have|has|had)\s+)?(?:still\s+)?"
    r"(?:(?:not|yet\s+to)\s+(?:yet\s+)?(?:been|be)\s+(?:identified|claimed)|(?:remain(?:s|ed)?|are|were)\s+"
    r"(?:still\s+)?(?:unidentified|unclaimed))\b",
    regex.IGNORECASE,
)
#: Words that make bodies found a running count, the toll itself: "so far", "to date", "in all".
_SO_FAR = compile_pattern(r"\b(?:so|thus)\s+far\b|\bto\s+date\b|\bin\s+(?:all|total)\b|\ba\s+total\s+of\b", regex.I)
#: A figure that says how far one count is from another: "three fewer than the coast guard reported", "12 more
#: than on Monday", "five higher than the earlier toll". (Before a figure, "more than" bounds it: not this.)
_DIFFERENCE_AFTER = compile_pattern(
    r"\s+(?:people\s+|deaths\s+|bodies\s+|victims\s+)?(?:fewer|less|more|higher|lower|greater)\s+than\b", regex.I
)
#: Bodies found in the perfect ("18 bodies have been recovered", "divers had pulled 40 bodies from the wreck"): the
#: count of the search up to now, the toll itself, not one find (identifying is progress on a known toll: not here).
_FOUND_SO_FAR_BEFORE = compile_pattern(
    r"\b(?:have|has|had|'ve)\s+(?:now\s+|so\s+far\s+|also\s+)?(?:recovered|retrieved|found|pulled(?:\s+out)?)"
    r"\s+(?:the\s+)?(?:bodies\s+of\s+)?$",
    regex.IGNORECASE,
)
_FOUND_SO_FAR_AFTER = compile_pattern(
    r"^\s+(?:[\p{L}-]+\s+){0,2}(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?been\s+(?:recovered|retrieved|found|pulled)\b",
    regex.IGNORECASE,
)
#: The groups a partitive takes its part of: "Of the dead, 88 ...", "of the 28 victims, nine ...".
_PARTITIVE_GROUPS = (
    "dead|victims|injured|wounded|killed|bodies|casualties|missing|hostages|survivors|fatalities|deceased"
)
_AMONG_TOLL = compile_pattern(
    r"\b(?:among\s+(?:the|those)\s+(?:dead|victims|injured|wounded|killed)(?:\s+(?:in|at|from)\s+[^,.;:]{1,40}?)?"
    r"(?:\s+(?:are|were|was|is)|,)|"
    r"the\s+(?:dead|victims|injured|wounded)\s+(?:included|include|includes)|"
    # a toll's composition told after it: "The total includes 14 people who died of illness", "That figure
    # included 12 children", "Those killed included two firefighters"
    r"(?:the|that|this|its|their)\s+(?:(?:death|overall|official|final|latest|new|revised)\s+)?"
    r"(?:toll|total|tally|figure|count|number)\s+(?:also\s+)?(?:included|include|includes)|"
    r"those\s+(?:killed|dead|injured|wounded|hurt|missing|who\s+died)\s+(?:also\s+)?(?:included|include))"
    r"\s+(?:at\s+least\s+|some\s+)?$"
    # a fronted partitive: "Of the dead, 88 have been identified", "Of them, nine were children"
    rf"|\bof\s+(?:them|those|these|the\s+(?:[\d,]+\s+)?(?:{_PARTITIVE_GROUPS}))\b[^,.;:]{{0,30}},"
    r"\s*(?:at\s+least\s+|some\s+|only\s+|just\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
#: A sentence that opens on a partitive over a group told before: "Of those, ...", "Of them, ...", "Of the
#: dead, ...". Every figure after it counts a part of that group.
_FRONTED_PARTITIVE = compile_pattern(
    rf"\s*(?:of|among)\s+(?:them|those|these|the\s+(?:[\d,]+\s+)?(?:{_PARTITIVE_GROUPS}|passengers|"
    r"people\s+(?:missing|unaccounted\s+for)))\b[^,.;:]{0,30},",
    regex.IGNORECASE,
)
#: A count said to be among a toll the sentence does not give: "Eighteen children were among the dead" (a toll
#: given after it, "among 11 people confirmed dead", is read by :func:`_share_predicate`).
_AMONG_TOLL_AFTER = compile_pattern(
    r"^\s+(?:[\p{L}-]+\s+){0,3}?(?:are|were|was|is)\s+(?:also\s+|now\s+|reported\s+|said\s+to\s+be\s+)?"
    r"among\s+(?:the|those)\s+(?:dead|victims|killed|injured|wounded|missing|fatalities|casualties)\b",
    regex.IGNORECASE,
)
#: What stands before the whole of a partitive: "74 of the" in "74 of the 97 victims have been identified".
_WHOLE_OF_PARTITIVE = compile_pattern(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|some|most|all)"
    r"\s+of\s+(?:the|its|their|those)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
_REPORTED = compile_pattern(rf"\b(?:{lexicon.SPEECH_VERBS}|put|gave)\b", regex.IGNORECASE)
_BREAKDOWN = compile_pattern(r"[^.;:()\u2013\u2014]{0,120}(?::|\s\u2013|\s\u2014|\s--|\s-)\s*", regex.IGNORECASE)
_LIST_BREAK = compile_pattern(r"[.;)]")
#: A verb of what befell people between two figures: the second is its clause's own count, no part of a breakdown.
_CLAUSE_VERB = compile_pattern(
    r"\b(?:killed|killing|injured|injuring|wounded|wounding|hurt|hurting|left|leaving|displaced|displacing|"
    r"abducted|abducting|kidnapped|kidnapping|arrested|detained|rescued|evacuated)\b",
    regex.IGNORECASE,
)
#: ", with" right before a figure of the same kind as the one before it: a breakdown of that figure.
_WITH_BREAKDOWN = compile_pattern(r",\s*with\s+(?:the\s+)?$", regex.IGNORECASE)
_ONE_OF = compile_pattern(r"(?i)one\s+of\s+(?!them\b|whom\b)")
_ASIDE = compile_pattern(r"\(\s*\d[\d,.]*\s*\)")
#: Where a clause ends: a semicolon, colon or dash, or a contrast. A count's category cue is not sought across it.
_CLAUSE_BREAK = compile_pattern(rf"[;:\u2014]|\s\u2013\s|\b(?:{'|'.join(lexicon.CONTRAST_WORDS)})\b", regex.IGNORECASE)


@dataclass
class Count:
    """A number phrase that counts people: what is counted, who, and what it is part of."""

    phrase: NumberPhrase
    category: str
    subject: str | None
    part_of: int | None = None  # index into the sentence's counts
    role: str = "figure"  # figure, part ("four of them"), increment ("20 more"), earlier ("previously put at")
    more: bool = False  # "20 more", "another 12": an increment when the document counted the same before
    superseded: bool = False  # "up from 80", "the previous toll of 115": an earlier report the text does not date
    previous_update: bool = False  # "338 (328) dead": the bracketed figure is the update before this one's


@dataclass(frozen=True, eq=False)  # (compared and hashed by identity: one per set of categories, see _cue_set)
class _Cues:
    """The category cues in their order, and all of them as one pattern: one search finds the first cue."""

    patterns: tuple[tuple[str, regex.Pattern[str]], ...]
    any: regex.Pattern[str]  # group ``c<i>`` is ``patterns[i]``: the first category matching at a place wins

    def category(self, m: regex.Match[str] | None) -> str | None:
        """The category of a match of ``any``."""
        return None if m is None or m.lastgroup is None else self.patterns[int(m.lastgroup[1:])][0]


@functools.lru_cache(maxsize=64)
def _cue_set(patterns: tuple[tuple[str, regex.Pattern[str]], ...]) -> _Cues:
    """The cues of ``lexicon.category_cues`` with their combined pattern, built once per set of categories."""
    # the leading \b (a no-op before each cue's own) keeps the engine the cues were compiled with
    alternatives = "|".join(f"(?P<c{i}>{pattern.pattern})" for i, (_, pattern) in enumerate(patterns))
    return _Cues(patterns, compile_pattern(rf"\b(?:{alternatives})", regex.IGNORECASE))


@functools.cache
def _default_cues() -> _Cues:
    """The built-in cues (looked up once: most sentences add no categories)."""
    return _cue_set(tuple(lexicon.category_cues(None)))


@dataclass
class _Head:
    kind: str  # people, event, thing, unknown, none
    category: str | None
    subject: str | None
    end: int  # offset in the sentence where the noun phrase ends


def read_counts(
    sentence: str,
    *,
    previous: Sequence[Count] = (),
    tolerance: float = TOLERANCE,
    vague_ranges: Mapping[str, tuple[float, float]] = VAGUE_RANGES,
    categories: Mapping[str, Iterable[str]] | None = None,
    before: str = "",
) -> list[Count]:
    """The counts of people in ``sentence``; ``previous`` are the counts of the sentence before (for "that number").

    ``before`` is the sentence right before when it gave no figure: the kind of people it names is what "the
    number" counts ("Accounts of the injured differed. The health office put the number at 52").
    """
    cues = _default_cues() if categories is None else _cue_set(tuple(lexicon.category_cues(categories)))
    phrases = find_numbers(sentence, tolerance=tolerance, vague_ranges=vague_ranges)
    topic = None
    if before and phrases and _ANAPHOR.search(sentence):
        # the last kind it names: "The toll of the wounded is disputed" is about the wounded (asked only of a
        # sentence with a figure and a "the number" to refer back with)
        topic = _kind_named_last(before, cues)
    masked = _ASIDE.sub(lambda m: " " * len(m.group()), sentence) if "(" in sentence else sentence
    if '"' in masked or "\u201c" in masked or "\u2018" in masked:
        # '26 "armed criminals" had been killed': a label quoted from a source counts its people all the same
        masked = _SCARE_QUOTED.sub(lambda m: f" {m.group(1)} ", masked)
    counts: list[Count] = []
    by_phrase: dict[int, int] = {}
    for i, phrase in enumerate(phrases):
        left_bound = phrases[i - 1].end if i else 0
        right_bound = _right_bound(sentence, phrases, i)
        inside_aside = masked is not sentence and masked[phrase.start : phrase.end].isspace()
        text = sentence if inside_aside else masked
        count = _read_one(text, phrase, left_bound, right_bound, cues, counts, previous, topic)
        if count is None and i + 1 < len(phrases):
            count = _shares_next(text, phrases, i, cues, counts, previous, topic)
        if (
            count is not None
            and count.part_of is not None
            and count.part_of < len(counts)
            and counts[-1].part_of == count.part_of
            and counts[-1].category == counts[count.part_of].category != count.category
        ):
            # the next part of a breakdown counts what its whole counts: "52 were wounded, 11 of them seriously,
            # and 300 residents were evacuated" lists the evacuated beside the wounded, not among them
            count.part_of = None
        if (
            count is not None
            and count.part_of is not None
            and count.part_of < len(counts)
            and counts[count.part_of].category == "killed"
            and count.category in ("injured", "missing")
        ):
            # the dead hold no wounded or missing: "the 13 dead - 12 Marines and a medic - ... 15 service members were
            # wounded" lists the wounded beside the dead, never among them (but "among them three hostages shot"
            # names whom the dead were)
            count.part_of = None
            if count.role == "part":
                count.role = "figure"
        if (
            count is not None
            and count.part_of is None
            and counts
            and counts[-1].category == count.category
            and _WITH_BREAKDOWN.search(text, left_bound, phrase.start)
        ):
            # "rose to 16, with 11 deaths in Nairobi and five in Kisumu": the total broken down, part by part
            count.part_of = len(counts) - 1 - _skip_parts(counts)
        if count is not None and count.subject is None and count.part_of is None:
            count.subject = _toll_group(text, phrase.start)  # "raised its count of Jordanian dead to 75"
        if count is not None and count.category in _COMBINABLE and _two_kinds_after(text, phrase.end):
            count.category = "other"  # "the figure of 50 dead or missing": two kinds in one count, neither's
        if count is not None:
            _refine(text, count, counts, previous)
            by_phrase[i] = len(counts)
            counts.append(count)
    _share_predicate(sentence, counts)
    _split_by_where_they_died(sentence, counts)
    _they_included(sentence, counts, previous, before, cues)
    return counts


def _kind_named_last(text: str, cues: _Cues) -> str | None:
    """The category of the last cue ``text`` names ("Accounts of the injured differed": injured), or None."""
    return cues.category(next(reversed(list(cues.any.finditer(text))), None))


#: A sentence that lists whom the people told of before were: "They included 32 Kenyans, 18 Canadians ...",
#: "Among them were ...", "These included ...".
_THEY_INCLUDED = compile_pattern(
    r"\s*(?:(?:They|These|Those)\s+(?:included|include|were)|Among\s+them(?:\s+were|:|,))\s", regex.IGNORECASE
)


def _they_included(sentence: str, counts: list[Count], previous: Sequence[Count], before: str, cues: _Cues) -> None:
    """The people a sentence that opens on "They included" lists are of the kind told just before.

    "The victims came from 35 countries, the airline said. They included 32 Kenyans, 18 Canadians and nine
    Ethiopians": the Kenyans and Canadians are victims, not some other count.
    """
    if not counts or not _THEY_INCLUDED.match(sentence):
        return
    told = [c for c in previous if c.category != "other"]
    kind = told[-1].category if told else _kind_named_last(before, cues)
    if kind is None or kind == "other":
        return
    for count in counts:
        if count.category == "other" and count.subject is not None:
            count.category, count.role = kind, "part"


#: A short label in quotation marks ('"armed criminals"', "\u2018terrorists\u2019"): read as its words, the marks as
#: spaces (so the text keeps its length and every figure its place).
_SCARE_QUOTED = compile_pattern(r"[\"\u201c\u2018](\p{L}[\p{L}\-]*(?:\s\p{L}[\p{L}\-]*){0,3})[\"\u201d\u2019](?!\p{L})")


#: Where victims died, as a toll is split: at the scene, or later in hospital.
_DIED_AT_SCENE = compile_pattern(
    r"\b(?:at\s+the\s+(?:[\p{L}\-]+\s+)?(?:scenes?|sites?)|on\s+the\s+spot|instantly|immediately)\b", regex.I
)
_DIED_LATER = compile_pattern(
    r"\b(?:(?:in|at|to)\s+(?:the\s+|a\s+)?(?:[\p{L}\-]+\s+)?hospitals?|on\s+the\s+way\s+to|en\s+route\s+to|later|"
    r"overnight|of\s+(?:their|his|her)\s+(?:injuries|wounds))\b",
    regex.I,
)
#: Where some of the dead died, at a site of the event: "seven died at the bowling alley and eight at the bar".
_DIED_AT_A_SITE = compile_pattern(r"\bat\s+(?!least\b|most\b)(?:the\s+|a\s+)?[\p{L}]", regex.I)


def _split_by_where_they_died(sentence: str, counts: list[Count]) -> None:
    """ "31 died at the scene and four more in hospital": a toll split by where its victims died; each is a part.

    So is "seven died at the bowling alley and eight at the bar, while three died after being taken to hospitals".

    Both figures count dead and stand in one sentence, one said to have died at the scene, the other later or
    in hospital: neither is the toll (their whole, said elsewhere or not at all).
    """
    dead = [c for c in counts if c.category == "killed" and c.role in ("figure", "increment", "part")]
    if len(dead) < 2:
        return
    ends = [c.phrase.start for c in dead[1:]] + [len(sentence)]
    later = [bool(_DIED_LATER.search(sentence, c.phrase.end, end)) for c, end in zip(dead, ends, strict=True)]
    scene = [
        bool(_DIED_AT_SCENE.search(sentence, c.phrase.end, end))
        or (not afterwards and bool(_DIED_AT_A_SITE.search(sentence, c.phrase.end, end)))
        for c, end, afterwards in zip(dead, ends, later, strict=True)
    ]
    if any(scene) and any(later):
        for c, at_scene, afterwards in zip(dead, scene, later, strict=True):
            if at_scene or afterwards:
                c.role = "part"
        return
    # "68 were found dead at home, 30 in garages and five in basements": the dead split by the kind of place they
    # were found in, each kind its share
    kinds = [_FOUND_AT_A_KIND.match(sentence, c.phrase.end, end) for c, end in zip(dead, ends, strict=True)]
    named = {m.group("kind").lower().rstrip("s") for m in kinds if m is not None}
    if len(named) > 1:
        for c, m in zip(dead, kinds, strict=True):
            if m is not None:
                c.role = "part"


#: A kind of place some of the dead were found in, right after their figure: "68 at home", "30 in garages",
#: "27 bodies were recovered from the street".
_FOUND_AT_A_KIND = compile_pattern(
    r"[^,;:.\d]{0,40}?\b(?:at|in|on|inside|from)\s+(?:their\s+(?:own\s+)?|the\s+|a\s+|an\s+)?"
    r"(?P<kind>homes?|houses?|garages?|basements?|cellars?|streets?|roads?|cars?|vehicles?|shelters?|"
    r"apartments?|flats?|workplaces?)\b",
    regex.IGNORECASE,
)


def _share_predicate(sentence: str, counts: list[Count]) -> None:
    """ "120 children and 80 women were among the dead": the first of coordinated counts shares the last's predicate;
    "Three Britons are among 11 people confirmed dead": a count among the next figure is a part of it."""
    for k in range(len(counts) - 2, -1, -1):
        this, nxt = counts[k], counts[k + 1]
        if nxt.part_of == k:
            continue  # "30 survived, nine of them with burns": a part's own state is not its whole's
        if this.category == "other" and nxt.category != "other" and this.part_of is None:
            if _AMONG_NEXT.fullmatch(sentence, this.phrase.end, nxt.phrase.start):
                this.category, this.part_of, this.role = nxt.category, k + 1, "part"
                continue
        if this.category == "other" and nxt.category != "other" and this.subject and nxt.subject:
            if _COORDINATED_PEOPLE.fullmatch(sentence, this.phrase.end, nxt.phrase.start):
                this.category = nxt.category
        if (
            this.role == "figure"
            and nxt.role == "part"
            and nxt.part_of is None
            and this.category == nxt.category
            and this.subject
            and nxt.subject
            and _COORDINATED_PEOPLE.fullmatch(sentence, this.phrase.end, nxt.phrase.start)
            and _AMONG_TOLL_AFTER.match(sentence[nxt.phrase.end :])
        ):
            this.role = "part"  # "120 children and 80 women were among the dead": both are parts of the toll


#: What stands between a part and the whole it is among: "(Three Britons,) including a couple from Leeds, are
#: among (11 people)".
_AMONG_NEXT = compile_pattern(r"[^.;:]{0,120}?\b(?:are|were|is|was)\s+(?:now\s+|also\s+)?among\s+(?:the\s+)?")


def _shares_next(
    sentence: str,
    phrases: Sequence[NumberPhrase],
    i: int,
    cues: _Cues,
    earlier: list[Count],
    previous: Sequence[Count],
    topic: str | None = None,
) -> Count | None:
    """A bare figure that takes its noun from the next one: "308 and 223 deaths", "74 of the 97 victims".

    The figure before "and"/"or" counts what the next figure counts; one before "of the" is a part of it.
    """
    phrase, nxt = phrases[i], phrases[i + 1]
    between = sentence[phrase.end : nxt.start]
    if len(between) > 24:
        return None
    coordinated = _COORDINATED.fullmatch(between)
    partitive = None if coordinated or _ONE_OF.match(sentence, phrase.start) else _OF_THE_NEXT.fullmatch(between)
    if not (coordinated or partitive):
        return None
    following = _read_one(
        sentence, nxt, phrase.end, _right_bound(sentence, phrases, i + 1), cues, earlier, previous, topic
    )
    if following is None or _head(sentence, nxt, _right_bound(sentence, phrases, i + 1)).kind not in (
        "people",
        "event",
    ):
        return None
    if partitive:
        return Count(phrase, following.category, following.subject, len(earlier) + 1)
    return Count(phrase, following.category, following.subject, following.part_of)


def _right_bound(sentence: str, phrases: Sequence[NumberPhrase], i: int) -> int:
    """Where the context of phrase ``i`` ends: the next figure, skipping "338 (328) dead"-style asides."""
    j = i + 1
    while j < len(phrases):
        between = sentence[phrases[j - 1].end : phrases[j].start]
        if between.endswith("(") and rx(r"\s*\(").fullmatch(between) and rx(r"\s*\)").match(sentence[phrases[j].end :]):
            j += 1  # "743 (727) injured": the aside shares what follows it
            continue
        return phrases[j].start
    return len(sentence)


#: A place's name and the parenthesis its figure stands in: "Paiporta (" in "Paiporta (45), Catarroja (25)".
_NAMED_IN_PARENTHESES_BEFORE = compile_pattern(
    r"(?<![\p{L}'\u2019-])(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:\p{Lu}[\p{L}'\u2019-]*|city|province|district|county|"
    r"region|state)){0,3})\s+\($"
)


#: The items of a parenthesised list after one: ", Catarroja (25), Sedavi (11) and Alfafar (15)".
_MORE_PARENTHESISED = compile_pattern(
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}'\u2019-]*(?:\s+[\p{L}'\u2019-]+){0,3}?\s+\([\d,.]+\))*"
)


def _listed_in_parentheses(sentence: str, phrase: NumberPhrase, cues: _Cues) -> Count | Literal[False] | None:
    """ "Paiporta (45), Catarroja (25) and Alfafar (15) account for 85 of the deaths": each place's share of what
    the sentence counts (a part); False for a parenthesised figure after a name that counts no one; None when the
    figure is not in such a list."""
    named = _parenthesised(sentence, phrase.start, phrase.end)
    if named is None:
        return None
    items = _MORE_PARENTHESISED.match(sentence, phrase.end + 1)  # (the list's other items: its cue comes after)
    after = sentence[items.end() if items else phrase.end + 1 :].lstrip(" -\u2013\u2014,")
    category = _cue_in_clause(after, cues)
    if category is None:
        last = _last_cue(sentence[: named.start()], cues)
        category = last[1] if last else None
    return Count(phrase, category, None, None, role="part") if category else False


def _parenthesised(sentence: str, start: int, end: int) -> regex.Match[str] | None:
    """The place's name before a figure that stands alone in its parenthesis ("Paiporta (45)"), or None."""
    if not sentence.startswith(")", end) or not sentence.endswith("(", 0, start):
        return None
    return _NAMED_IN_PARENTHESES_BEFORE.search(sentence, max(0, start - 80), start)


def parenthesised_place(sentence: str, start: int, end: int) -> str | None:
    """The place a figure in parentheses after its name counts: "Catarroja" in "Catarroja (25)".

    >>> s = "Paiporta (45), Catarroja (25) and Alfafar (15) account for 85 of the deaths."
    >>> parenthesised_place(s, s.index("25"), s.index("25") + 2)
    'Catarroja'
    """
    named = _parenthesised(sentence, start, end)
    return named.group(1) if named else None


def _read_one(
    sentence: str,
    phrase: NumberPhrase,
    left_bound: int,
    right_bound: int,
    cues: _Cues,
    earlier: list[Count],
    previous: Sequence[Count],
    topic: str | None = None,
) -> Count | None:
    in_list = _listed_in_parentheses(sentence, phrase, cues)
    if in_list is not None:
        return in_list or None
    head = _head(sentence, phrase, right_bound)
    if head.kind == "none" and right_bound > phrase.end:
        shared = _COORDINATED_NUMBERS_AFTER.match(sentence, phrase.end)
        if shared is not None and not _toll_construction(sentence[left_bound : phrase.start], sentence[: phrase.start]):
            # (not a toll's own value: "the number killed has risen to 58, and 527 were injured" is two clauses)
            # "recorded 31, 11 and 13 deaths", "treating 812 and 296 of the injured": the first figures of a
            # coordination share the last one's noun; read as if it stood right after them
            last = dataclasses.replace(phrase, end=shared.end())
            found = _read_one(sentence, last, left_bound, len(sentence), cues, earlier, previous, topic)
            return None if found is None else dataclasses.replace(found, phrase=phrase)
    if head.kind == "thing" or _ONE_OF.match(sentence, phrase.start) or _is_age(sentence, phrase):
        return None
    if _SHARE_OF.search(sentence[max(0, phrase.start - 60) : phrase.start]) and not _HARMED_HEAD.match(
        sentence, phrase.end
    ):
        # "85% of Gaza's 2.3 million people": the base of a share, not a count (but "most of the 40 people who
        # died", "half of the 120 injured": the whole the share is taken of is itself the count)
        return None
    if _DIFFERENCE_AFTER.match(sentence, phrase.end):
        return None  # "three fewer than the coast guard reported": how far apart two counts are, not a count
    if (
        head.kind == "none"
        and _PARTITIVE_AFTER.match(sentence[phrase.end : phrase.end + 20])
        and _things_before(sentence, phrase.start)
    ):
        return None  # "Two further explosions followed, one of them at a house", "Aftershocks, more than 900 of them"
    before = sentence[left_bound : phrase.start]
    whole = _whole(sentence, phrase, before, earlier)
    subject = head.subject

    if head.kind == "none" or (head.kind == "people" and _OF_THE_NOUN.match(sentence, phrase.end)):
        # "40 adults and 28 children, with 18 of the adults ...": a part of the earlier figure, first
        of_the = _of_the_counted(sentence, phrase, earlier)
        if of_the is not None:
            return of_the
        of_group = _of_the_group(sentence, phrase, cues, earlier)
        if of_group is not None:
            return of_group
    referent = earlier[-1] if earlier else (previous[-1] if previous else None)  # the figure before this one
    if head.kind == "none" and referent is not None and referent.category != "killed":
        # (a part of the dead is dead: "40 died, six of them in hospital" says where, not that six were hurt)
        own = _partitive_state(sentence, phrase, right_bound, cues)
        if own is not None:
            # "rescued 12, four of them with severe injuries", "34 pulled out alive, 7 of whom are still in
            # hospital": the part says what befell it, whatever befell the whole
            return Count(phrase, own, None, len(earlier) - 1 if earlier else None)
    if head.kind == "none" and earlier and _OF_THE_WHOLE_BEFORE.search(sentence[: phrase.start]):
        # "Of the 28 dead, nine were children": a part of the figure the sentence opened with; of a whole that is
        # not dead, a part with a predicate of its own is what that says ("Of the 169 passengers, 76 were injured")
        whole_category = earlier[-1].category
        own = (
            None if whole_category == "killed" else _cue_at_start(_after_gap(sentence[phrase.end : right_bound]), cues)
        )
        subject = _complement_group(sentence, phrase.end)
        return Count(phrase, own or whole_category, subject, len(earlier) - 1)
    if head.kind == "none" and subject is None:
        subject = _complement_group(sentence, phrase.end)  # "... and 19 were children": the group it counts
    labelled = _labelled(sentence, phrase, cues, head)
    if labelled is not None:
        return Count(phrase, labelled[0], labelled[1] or subject, whole)
    # 1. the noun counted ("freed 13 hostages" counts releases, not hostages held)
    if head.kind == "event" or (head.kind == "people" and head.category):
        category: str | None = head.category or "other"
        if category in ("injured", "hostages", "detained", "displaced") and _DEATH_PREDICATE.match(
            _after_gap(sentence[head.end : right_bound])
        ):
            return Count(phrase, "killed", subject, whole)  # "four patients died in hospital"
        if category in ("hostages", "detained") and (
            "released"
            in (
                _cue_before(before, cues, adjacent=True),
                _cue_at_start(_after_gap(sentence[head.end : right_bound]), cues),
            )
            or (category == "hostages" and _RESCUED_BEFORE.search(before))
        ):
            category = "released"  # "freed 13 hostages", "troops rescued 137 hostages": releases
        return Count(phrase, category or "other", subject, whole)
    # 2. the predicate right after the noun phrase
    after_head = _INCLUDING_ASIDE.sub("", sentence[head.end :], count=1)
    if head.kind == "people" and _opens_relative(after_head) and _RELATIVE_THEN_DIED.match(after_head):
        return Count(phrase, "killed", subject, whole)  # "Two people who had been in intensive care died overnight"
    stripped = after_head.lstrip()
    category = _cue_at_start(stripped, cues)
    if category and head.kind == "people" and _ACTS_ON_OTHERS.match(stripped):
        return Count(phrase, "other", subject, whole)  # "four suicide bombers killed 52 people": the killers
    if category and _BARE_PARTICIPLE.match(stripped):
        # "freed 19 villagers abducted last week": the participle says who they are; the verb that governs the
        # figure says what befell them now
        category = _cue_before(before, cues, adjacent=True) or category
        if category == "hostages" and _RESCUED_BEFORE.search(before):
            category = "released"  # "troops rescued 12 of the students kidnapped last week"
    if category:
        if category == "injured" and _died_after_care(stripped, cues):
            return Count(phrase, "killed", subject, whole)  # "two people taken to the hospital had died"
        return Count(phrase, category, subject, whole)
    if head.kind == "people":
        listed = _MORE_PEOPLE.match(after_head)  # "14 pupils, a teacher and the driver are dead"
        if listed:
            category = _cue_at_start(_after_gap(after_head[listed.end() :]), cues)
            if category:
                return Count(phrase, category, subject, whole)
    if head.kind == "people" and _opens_relative(after_head):
        relative = _RELATIVE_WORD.sub("", after_head, count=1)
        if _ACTS_ON_OTHERS.match(_after_gap(relative)):
            return Count(phrase, "other", subject, whole)  # "the three gunmen who killed 26 people": the killers
    rest = _after_gap(after_head)
    category = _cue_at_start(rest, cues) if rest != stripped else None  # (the same text has no cue either)
    if category:
        return Count(phrase, category, subject, whole)
    # 3. a governing verb or noun just before the figure
    if head.kind != "unknown":  # "killed 2.5 million chickens" counts no people
        category = _cue_before(before, cues, adjacent=True)
        if category:
            return Count(phrase, category, subject, whole)
    else:
        # only people are arrested, detained or kidnapped: "arrested three suspected accomplices", "two engineers
        # had been detained", whatever noun names them
        noun = _UNKNOWN_NOUNS.match(sentence, phrase.end, right_bound)
        after_noun = sentence[noun.end() if noun else phrase.end : right_bound]
        category = _cue_before(before, cues, adjacent=True) or _cue_at_start(_after_gap(after_noun), cues)
        if category in _ONLY_PEOPLE:
            return Count(phrase, category, _unknown_noun(sentence, phrase.end), whole)
    # "bringing to four the number of officials detained", "raising to 57 the death toll": the toll after its value
    inverted = _INVERTED_TOLL_AFTER.match(sentence, phrase.end) if _BRINGING_TO.search(before) else None
    if inverted is not None:
        category = _cue_in_clause(sentence[phrase.end : inverted.end() + 60], cues)
        if category:
            return Count(phrase, category, subject, whole)
    # 4. a running-total construction: "the death toll has risen to 30"
    verb_qualifier = bool(
        _VERB_QUALIFIER.match(phrase.surface)
    )  # "the number of displaced people exceeded 1.7 million"
    window = sentence[max(0, phrase.start - 40) : phrase.start]
    if (
        verb_qualifier
        or _toll_construction(before, sentence[: phrase.start])
        or (window != before and _toll_construction(window, sentence[: phrase.start]))
        or _superseded_before(sentence, phrase.start)  # "the toll rose to 97, up from 80": the old figure of the toll
    ):
        category = _cue_before(sentence[: phrase.start], cues, adjacent=False, across_clauses=True)
        if category:
            return Count(phrase, category, subject or _toll_group(sentence, phrase.start), whole)
        anaphor = _ANAPHOR.search(sentence[: phrase.start]) if topic or previous else None
        if anaphor:
            moved = _MOVES.search(sentence, anaphor.end(), phrase.start) is not None
            return Count(phrase, topic or _antecedent_category(previous, moved), subject, whole)
    # "an estimated 702 died, with a likely range of 426 to 978": the bounds of that same estimate
    if (
        head.kind == "none"
        and phrase.qualifier == "range"
        and earlier
        and earlier[-1].part_of is None
        and _RANGE_OF_BEFORE.search(sentence, max(earlier[-1].phrase.end, phrase.start - 60), phrase.start)
    ):
        return Count(phrase, earlier[-1].category, earlier[-1].subject, None)
    # "the headquarters gave a figure of 29", "its own count of 29": a figure noun of no kind, right before the
    # figure and closing its clause, counts what the figures before it counted
    if (
        (topic or previous)
        and whole is None
        and _FIGURE_OF_BEFORE.search(sentence, max(0, phrase.start - 60), phrase.start)
        and _CLAUSE_CLOSES_AFTER.match(sentence, phrase.end)
    ):
        figure = Count(phrase, topic or previous[-1].category, subject, whole)
        if _EARLIER_FIGURE_AFTER.match(sentence, phrase.end):
            figure.role, figure.superseded = "earlier", True  # "a count of 64 that had stood for months"
        return figure
    # 5. an ellipsis: the figure continues a list begun by an earlier count; not when it has a predicate of its
    # own that names no category ("18 died and 60 were rescued", "and 40 others survived"): those are others
    own_predicate = _OWN_PREDICATE.match(after_head) and _complement_group(sentence, head.end) is None
    # (not a figure of things: "500 were hurt in attacks on three churches and three hotels" lists no people)
    listable = ("none", "people") if _PLURAL_NOUN_AFTER.match(sentence, phrase.end) else ("none", "people", "unknown")
    if earlier and head.kind in listable and own_predicate:
        # (nor the next part of a breakdown when its predicate names no harm: "79 were injured, nine of them
        # critically, and 587 students had escaped": the students are no part of the injured)
        if _continues_list(sentence, earlier[-1], phrase) and whole is None:
            return Count(phrase, "other", subject, whole)
        if whole is not None and whole == earlier[-1].part_of:
            # ("... including nine soldiers, and 14 police officers were wounded": the wounded, not the dead)
            own = _cue_in_clause(sentence[head.end : right_bound], cues)
            if own != earlier[whole].category:
                return Count(phrase, own or "other", subject, None)
    elif earlier and head.kind in listable and _continues_list(sentence, earlier[-1], phrase):
        ref = earlier[-1]
        subj = subject if subject is not None else ref.subject
        if whole is None and _PARTITIVE_AFTER.match(sentence[phrase.end :]):
            whole = len(earlier) - 1
        return Count(phrase, ref.category, subj, whole)
    if whole is not None and head.kind in ("none", "people", "unknown"):
        ref = earlier[whole]
        return Count(phrase, ref.category, subject if subject is not None else None, whole)
    if _PARTITIVE_AFTER.match(sentence[phrase.end :]) and referent is not None:
        category = _cue_at_start(rest, cues) or referent.category
        return Count(phrase, category, None, len(earlier) - 1 if earlier else None)
    # a cue further right in the same clause: "200 people split off ... and were arrested"
    if head.kind == "people" or (head.kind == "none" and phrase.qualifier == "vague"):
        category = _cue_in_clause(sentence[head.end : right_bound], cues)
        if category:
            return Count(phrase, category, subject, whole)
    # "Nine others were found on the deck": others of the kind the figure before counted, in this sentence or the last
    if (
        head.kind == "people"
        and subject is not None
        and subject.lower() == "others"
        and referent is not None
        and _REPORTS_ON.match(after_head)
        and not _THE_BEFORE.search(sentence, max(0, phrase.start - 8), phrase.start)  # "Of the 169 others on board":
    ):  # the rest of those on board, not more of the kind counted before
        return Count(phrase, referent.category, subject, whole)
    # 6. a count of people with nothing said about what happened to them
    if head.kind == "people":
        return Count(phrase, "other", subject, whole)
    return None


#: "29 of the dead", "eight of the injured", "12 of the 40 victims": a part of a group named by what befell it.
_OF_THE_GROUP = compile_pattern(
    r"\s+of\s+(?:the|those|these)\s+(?:[\d,]+\s+|\p{L}+\s+){0,1}?(?P<group>dead|injured|wounded|victims|missing"
    r"|bodies|hostages|survivors|detainees|people\s+(?:killed|injured|wounded|missing|arrested|detained)|deaths"
    r"|casualties|fatalities|those\s+killed)\b",
    regex.IGNORECASE,
)
#: "Of the 28 dead, " before a figure: the sentence opens with the whole its figures break down.
_OF_THE_WHOLE_BEFORE = compile_pattern(
    r"^\s*(?:and\s+)?of\s+(?:the|those|these)\s+[\d,]*\s*[\p{L}\s-]{0,30},\s*$", regex.IGNORECASE
)
#: "... were women", "... were all children": the group a part is said to be.
_COMPLEMENT = compile_pattern(
    r"\s+(?:were|was|are|is)\s+(?:all\s+|mostly\s+|also\s+)?(?P<group>[\p{L}-]+)(?:\s+(?:and|or)\s+[\p{L}-]+)?"
)


def _died_after_care(text: str, cues: _Cues) -> bool:
    """Whether the care a figure's people received is followed by their death ("taken to hospital, where they died")."""
    cue = cues.any.match(text)
    return cue is not None and _DEATH_PREDICATE.match(_after_gap(text[cue.end() :].lstrip(" ,"))) is not None


def _partitive_state(sentence: str, phrase: NumberPhrase, right_bound: int, cues: _Cues) -> str | None:
    """The category a partitive ("four of them", "seven of whom") gives itself by the words right after it, or None."""
    m = _PARTITIVE_AFTER.match(sentence[phrase.end : right_bound])
    if m is None:
        return None
    rest = sentence[phrase.end + m.end() : right_bound]
    return _cue_at_start(_after_gap(rest), cues) or _cue_in_clause(rest, cues)  # (the rest of the part's clause)


def _complement_group(sentence: str, position: int) -> str | None:
    """The people a part is said to be, right after ``position`` ("were women"), if a people noun names them."""
    m = _COMPLEMENT.match(sentence, position)
    if m is None or m.group("group").lower() not in lexicon.PEOPLE_NOUNS:
        return None
    return m.group("group")


def _of_the_group(sentence: str, phrase: NumberPhrase, cues: _Cues, earlier: list[Count]) -> Count | None:
    """ "29 of the dead were women": a part, of the category its group names, of that group's count if given."""
    m = _OF_THE_GROUP.match(sentence, phrase.end)
    if m is None or any(ch.isdigit() for ch in m.group()):
        return None  # "74 of the 97 victims": the whole is the next figure, read as a partitive of it
    group = m.group("group").lower()
    category = PEOPLE_GROUP_CATEGORY.get(group.split()[-1]) or _cue_at_start(group, cues)
    if category is None:
        return None
    if category != "killed" and _DEATH_PREDICATE.match(_after_gap(sentence[m.end() :])):
        # "three of the injured died overnight": the part has died; it counts dead, not injured
        return Count(phrase, "killed", None, None)
    whole = next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].category == category), None)
    named = group if group in lexicon.PEOPLE_NOUNS or group in PEOPLE_GROUP_CATEGORY else None
    subject = _complement_group(sentence, m.end()) or (m.group("group") if named else None)
    return Count(phrase, category, subject, whole)  # "29 of the dead were women"; "74 of the 97 victims" are victims


#: The rest of a coordination of bare figures after its first: ", 11 and 13", " and 296", " and eight" (read up to
#: the last).
_COORDINATED_NUMBERS_AFTER = compile_pattern(
    r"(?:\s*,\s*\d[\d,.]*\d(?=[\s,])|\s*,\s*\d(?=[\s,]))*\s*,?\s+(?:and|or)\s+"
    rf"(?:\d(?:[\d,.]*\d)?|(?:{lexicon.SMALL_NUMBER_WORDS})\b)",
    regex.IGNORECASE,
)


#: A verb that brings a toll to the value after it, the toll named after the value: "bringing to four the number
#: of officials detained", "raising to 57 the death toll".
_BRINGING_TO = compile_pattern(
    r"\b(?:bringing|brought|brings|raising|raised|raises|taking|took|takes|pushing|pushed|pushes|lifting|lifted)"
    r"\s+to\s+(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+)?$",
    regex.IGNORECASE,
)
_INVERTED_TOLL_AFTER = compile_pattern(
    r"\s+the\s+(?:total\s+|overall\s+|official\s+)?(?:death\s+toll|toll|number|tally|count|total)\b", regex.IGNORECASE
)


#: A lower-case plural noun right after a figure ("three hotels"): with a head the lexicon does not know as
#: people, a count of things, not the next item of a list of people.
_PLURAL_NOUN_AFTER = compile_pattern(r"\s+(?:\p{Ll}[\p{Ll}-]+\s+){0,2}?\p{Ll}[\p{Ll}-]+s\b(?!\s+\p{Ll}+s\b)")
#: Deaths after the event, told as such: "... died overnight", "have since died", "later died in hospital".
_DIED_SINCE = compile_pattern(
    r"[^.;,]{0,70}?\b(?:(?:died|succumbed)\s+(?:of\s+their\s+(?:injuries|wounds)\s+)?(?:in\s+hospital\s+)?overnight"
    r"|(?:have|has|had)\s+since\s+died|later\s+died|died\s+later)\b",
    regex.IGNORECASE,
)


def _died_since(after: str) -> bool:
    """Whether the words after a figure tell its people died after the event (:data:`_DIED_SINCE`; a plain test
    first: most figures have neither word near them)."""
    window = after[:90]
    return ("died" in window or "succumbed" in window) and _DIED_SINCE.match(after) is not None


#: People held in custody: when they flee, they escape; they are not displaced.
_HELD_GROUPS = frozenset({"inmates", "prisoners", "detainees", "convicts", "inmate", "prisoner", "detainee"})
#: A relative clause on the counted people, then their own verb of death: "who had been in intensive care died".
_RELATIVE_THEN_DIED = compile_pattern(
    r"\s*,?\s*(?:who|that)\s+(?:had|have|has|were|was)\b[^,.;]{1,80}?\s*,?\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:died|succumbed|perished|were\s+killed|was\s+killed|have\s+been\s+killed)\b",
    regex.IGNORECASE,
)


_RELATIVE_WORD = compile_pattern(r"^[\s,]*(?:who|that)\s+", regex.IGNORECASE)


def _opens_relative(text: str) -> bool:
    """Whether ``text`` opens with "who" or "that" (a plain test before :data:`_RELATIVE_THEN_DIED`)."""
    head = text[:8].lstrip(" ,").lower()
    return head.startswith(("who ", "that "))


#: "the remaining", "the other" right before a figure: the rest of a group.
_REST_BEFORE = compile_pattern(r"\b(?:the|its|their)\s+(?:remaining|other|last)\s+$", regex.IGNORECASE)
#: The last plural noun before a partitive's figure in its sentence ("Two further explosions followed, one of them").
_LAST_PLURAL_BEFORE = compile_pattern(r"\b(\p{L}[\p{Ll}-]+s)\b(?=[^.;]*$)", regex.REVERSE)
#: Things that come in numbers without being people, besides :data:`lexicon.NON_PEOPLE_NOUNS`.
_COUNTED_THINGS = frozenset({"aftershocks", "tremors", "fires"})


#: A figure before a partitive and the words after it ("Two further explosions", "more than 100 others"), searched
#: from the end: "of them" refers to what it counts.
_NUMERAL_BEFORE = compile_pattern(
    rf"(?:\d[\d,.]*|\b(?:{lexicon.SMALL_NUMBER_WORDS}|dozens|hundreds|thousands))((?:\s+[\p{{L}}-]+){{1,3}})",
    regex.IGNORECASE | regex.REVERSE,
)
_TIME_UNITS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "decades", "times", "year", "day"})


def _things_before(sentence: str, start: int) -> bool:
    """Whether what a partitive's "of them" refers to counts things, not people: what the figure before it in its
    sentence counts ("Two further explosions followed, one of them"), else the last plural noun ("Aftershocks, more
    than 900 of them"). ("100 others were treated in hospitals, 11 of them" refers to the others; "seven years
    later, about 100 of them" to people named before.)"""
    m = _NUMERAL_BEFORE.search(sentence, max(0, start - 120), start)
    if m is not None:
        words = [w.lower() for w in m.group(1).split()]
        if words[0] in _TIME_UNITS or any(lexicon.is_people_noun(w) for w in words):
            return False
        return any(w in lexicon.NON_PEOPLE_NOUNS or w in _COUNTED_THINGS for w in words)
    last = _LAST_PLURAL_BEFORE.search(sentence, max(0, start - 80), start)
    if last is None:
        return False
    word = last.group(1).lower()
    return word not in _TIME_UNITS and (word in lexicon.NON_PEOPLE_NOUNS or word in _COUNTED_THINGS)


#: A verb in the active voice with its object right after a figure's people: "four bombers killed 52 people",
#: "two gunmen wounded a guard", "three men abducted the pupils". The figure counts who acted, not their victims.
_ACTS_ON_OTHERS = compile_pattern(
    r"(?:killed|wounded|injured|shot|stabbed|abducted|kidnapped|seized|attacked)\s+"
    rf"(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?(?:\d|(?:{lexicon.SMALL_NUMBER_WORDS}|dozens|"
    r"hundreds|scores|the|a|an|his|her|their|its|several|many)\b)",
    regex.IGNORECASE,
)


#: A participle with no auxiliary right after a figure's noun: a reduced relative clause ("villagers abducted
#: from Gidan Dawa", "people sheltering in a school"), which names who the people are rather than what the
#: sentence says befell them.
_BARE_PARTICIPLE = compile_pattern(r"\p{Ll}+(?:ed|en|ing)\b")


#: What befell a group named by a word that is no cue of its own ("the victims", "the survivors").
PEOPLE_GROUP_CATEGORY = {
    "victims": "killed",
    "bodies": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "casualties": "injured",
    "survivors": "other",
    "hostages": "hostages",
    "detainees": "detained",
}


#: Categories whose verbs take only people: what they count is people whatever noun names them.
_ONLY_PEOPLE = frozenset({"detained", "hostages", "released"})
#: Up to three lowercase words after a figure: the noun phrase of an unknown head ("suspected accomplices").
_UNKNOWN_NOUNS = compile_pattern(
    r"(?:\s+(?:suspected|alleged|more|other|[\p{Ll}-]+(?:ers|ists|ians|ants|ees|ors|ices|men|les)))+"
)


def _unknown_noun(sentence: str, position: int) -> str | None:
    """The noun phrase right after a figure whose head the lexicon does not know, or None."""
    m = _UNKNOWN_NOUNS.match(sentence, position)
    return m.group().strip() if m and m.group().strip() else None


def _of_the_counted(sentence: str, phrase: NumberPhrase, earlier: list[Count]) -> Count | None:
    """ "40 adults and 28 children, with 18 of the adults ...": a part of the earlier figure whose people it names."""
    m = _OF_THE_NOUN.match(sentence, phrase.end)
    if m is None:
        return None
    noun = m.group(1).lower()
    for idx in range(len(earlier) - 1, -1, -1):
        ref = earlier[idx]
        if ref.subject and ref.subject.lower().split()[-1] == noun:
            return Count(phrase, ref.category, ref.subject, idx)
    return None


#: The noun a figure is set off after by a comma: "the most deaths, 43,".
_APPOSED_NOUN = compile_pattern(r"\b([\p{L}-]+)\s*,\s*$")
#: A word naming which people a count noun counts, right before it: "foreign victims", "Syrian dead", "child deaths".
_GROUP_ADJECTIVE = compile_pattern(
    r"\b(foreign|civilian|child|children's|female|male|\p{Lu}\p{Ll}+(?:ian|ese|ish|i|an))\s+$"
)
#: Nouns of a count that a figure set off after them gives the value of ("the most deaths, 43").
_COUNT_NOUNS = frozenset({"deaths", "dead", "fatalities", "victims", "casualties", "injured", "wounded", "injuries"})
#: What closes a figure set off by commas: a comma, a stop or the end.
_SET_OFF_AFTER = compile_pattern(r"\s*(?:[,.;)]|$)")


def _labelled(sentence: str, phrase: NumberPhrase, cues: _Cues, head: _Head) -> tuple[str, str | None] | None:
    """The category (and subject) of a figure a label, a list or an opening phrase names, or None.

    "412: The number of people still missing" and "Total victims: 35" (a line that labels its figure);
    "412 names on the list", "the list of 412" (a list of people: the category the sentence gives the list);
    "Of the deaths so far, 52 occurred in the capital".
    """
    before = sentence[: phrase.start]
    if not before.strip():
        label = _LABEL_AFTER.match(sentence, phrase.end)
        if label:
            category = cues.category(cues.any.search(label.group("label")))
            if category:
                return category, _people_in(label.group("label"))
    if before.rstrip().endswith((":", "-", "\u2013", "\u2014")):
        label = _LABEL_BEFORE.search(before)
        if label:
            category = cues.category(cues.any.search(label.group("label")))
            if category:
                return category, _people_in(label.group("label"))
    apposed = _APPOSED_NOUN.search(before) if before.rstrip(" ").endswith(",") else None
    if apposed and (apposed.group(1).lower() in lexicon.EVENT_NOUNS or apposed.group(1).lower() in _COUNT_NOUNS):
        category = cues.category(cues.any.search(apposed.group(1)))
        if category and _SET_OFF_AFTER.match(sentence, phrase.end):
            # "Harris County recorded the most deaths, 43, followed by ..."; "its count of foreign victims, 38,"
            # counts the foreign victims
            group = _GROUP_ADJECTIVE.search(before, 0, apposed.start())
            return category, (f"{group.group(1)} {apposed.group(1)}" if group else None)
    opening = _OF_THE_OPENING.match(before) if before[:1].isalpha() or before[:1].isspace() or not before else None
    if opening:
        category = cues.category(cues.any.search(opening.group("what")))
        if category:
            return category, None
    listed = head.kind in ("unknown", "none", "people") and (
        _LIST_OF.search(before[-40:]) or _first_word(sentence, head, phrase) in _LIST_NOUNS
    )
    if listed:
        category = cues.category(cues.any.search(sentence))  # the list's own words: "listed as unaccounted for"
        if category:
            return category, None
    return None


def _superseded_before(sentence: str, start: int) -> bool:
    """Whether the 120 characters before ``start`` call the figure an earlier report ("up from 80").

    Read last, only when no toll verb already made the figure a running total's: the lead is lowered once
    for the pre-check of the pattern's words.
    """
    lead = sentence[max(0, start - 120) : start]
    low = lead.lower()
    if "from" in low[-12:] and _FROM_RIGHT_AFTER_A_FIGURE.search(lead):
        return True  # "lowered the death toll from Saturday's flood at the campsite to 10 from 11"
    return any(w in low for w in _SUPERSEDED_WORDS) and _SUPERSEDED.search(lead) is not None


#: "to 10 from 11": the figure right after another and "from" is the one it replaced.
_FROM_RIGHT_AFTER_A_FIGURE = compile_pattern(
    rf"(?:\d|\b(?:{lexicon.SMALL_NUMBER_WORDS}))\s*,?\s+(?:up\s+|down\s+)?from\s+$", regex.IGNORECASE
)


def _first_word(sentence: str, head: _Head, phrase: NumberPhrase) -> str:
    m = rx(r"\s+([\p{L}'-]+)").match(sentence, phrase.end)
    return m.group(1).lower() if m else ""


def _people_in(label: str) -> str | None:
    """The people a label counts: "The number of people still missing" -> "people"."""
    for word in rx(r"[\p{L}'-]+").findall(label):
        if word.lower() in lexicon.PEOPLE_NOUNS:
            return word
    return None


#: What something was wrongly counted as, right before the figure: "remains first counted as two bodies", "a woman
#: who had been listed as two victims" (a correction, not a count of the dead).
_COUNTED_AS_BEFORE = compile_pattern(
    r"\b(?:first|initially|originally|wrongly|mistakenly|erroneously|earlier|previously|had\s+been|were|was)\s+"
    r"(?:counted|listed|recorded|registered|identified|logged)\s+as\s+$",
    regex.IGNORECASE,
)
#: A figure that corrects a count, the bodies or deaths taken out of it: "two bodies had been counted twice",
#: "11 deaths previously counted were caused by illness", "three bodies counted by firefighters were of people
#: who died elsewhere". It is a part of the earlier toll, not a toll.
_CORRECTION_AFTER = compile_pattern(
    r"^\s+(?:[\p{L}-]+\s+){0,2}?(?:had\s+been\s+|have\s+been\s+|has\s+been\s+|were\s+|was\s+)?(?:"
    r"(?:counted|recorded|listed|registered|included)\s+(?:twice|two\s+times|in\s+error|by\s+mistake|more\s+than\s+once)"
    r"|double[- ]counted"
    # counted in two places: "three bodies had been registered at two hospitals", "listed by both agencies"
    r"|(?:counted|recorded|listed|registered|included)\s+(?:at|in|by)\s+(?:two|both)\b"
    r"|(?:listed|counted|reported|registered)\s+as\s+(?:dead|killed|missing)\s+(?:[\p{L}-]+\s+){0,4}?(?:found|were|was)\s+alive"
    r"|(?:previously|wrongly|mistakenly|erroneously|earlier)\s+(?:counted|recorded|listed|registered|included|attributed)"
    r"|(?:counted|recorded|listed)\s+by\s+[^,.;]{1,40}?\s+(?:were|was)\s+(?:of|not|from|in\s+fact)\b"
    # counted, then shown not to belong: "three people counted in the earlier tally turned out not to have been in
    # the town", "two listed among the dead later proved to be alive"
    r"|(?:counted|recorded|listed|included|registered)\b[^,.;]{0,50}?\b(?:turned\s+out|proved|were\s+found|was\s+found)"
    r"\s+(?:not\s+to|to\s+(?:be|have\s+been)\s+(?:alive|safe|elsewhere)|alive|safe))",
    regex.IGNORECASE,
)


#: Lives saved or spared are people alive: "their quick work saved thousands of lives", "spared hundreds of lives".
_SAVED_BEFORE = compile_pattern(r"\b(?:sav|spar)(?:e|ed|es|ing)\s+(?:the\s+)?$", regex.IGNORECASE)
_LIVES_AFTER = compile_pattern(r"\s+(?:of\s+)?(?:[\p{L}-]+\s+)?lives\b", regex.IGNORECASE)


def _refine(sentence: str, count: Count, earlier: list[Count], previous: Sequence[Count]) -> None:
    """Who "four of them" and "nine more" count, and which figures are parts, increments or earlier reports."""
    phrase = count.phrase
    before = sentence[: phrase.start]
    after = sentence[phrase.end :]
    if count.category == "displaced" and (count.subject or "").lower() in _HELD_GROUPS:
        count.category = "other"  # "1,200 inmates fled three damaged prisons": an escape, not people made homeless
    if (
        count.category == "killed"
        and _LIVES_AFTER.match(after)
        and _SAVED_BEFORE.search(before, max(0, len(before) - 30))
    ):
        count.category = "other"  # "saved thousands of lives": the living, not the dead
    referent = earlier[-1] if earlier else (previous[-1] if previous else None)
    if earlier and _is_previous_update(sentence, phrase, earlier[-1]):
        count.role, count.superseded, count.previous_update = "earlier", True, True
        return
    of_group = _OF_THE_GROUP.match(after) is not None
    partitive = bool(_PARTITIVE_AFTER.match(after)) or of_group
    more_after = bool(_MORE_AFTER.match(after))
    more = more_after or bool(_ANOTHER_BEFORE.search(before))
    if count.subject is None and referent is not None and ((partitive and not of_group) or more_after):
        # "one soldier was killed and nine more were wounded"; but "99 of the wounded" names its own group, not the
        # people the figure before counted ("eight attackers were dead")
        count.subject = referent.subject
    # "Two people who had been in intensive care died overnight": deaths added to a toll told before
    count.more = more or (count.category == "killed" and _died_since(after))
    # "matched DNA samples for 208 victims": the dead told by their identification
    by_dna = count.category == "killed" and _IDENTIFIED_BY_DNA_BEFORE.search(before[-60:]) is not None
    if (
        count.part_of is not None
        or partitive
        or (
            count.category == "killed"
            and bool(_BODIES_HANDLED_BEFORE.search(before) or _BODIES_HANDLED_AFTER.match(after) or by_dna)
            and not _BURIED_BY_DISASTER.search(before)  # "the landslide buried 2,000 people": the toll itself
            # "12 bodies have been found so far": the search's toll (but naming the dead is never the toll: "only
            # five victims have so far been identified")
            and (not _SO_FAR.search(sentence) or _IDENTIFIED_AFTER.match(after) is not None or by_dna)
            # "18 bodies have been recovered": the count so far, unless it is "14 more" or the find behind a toll
            # its sentence gives ("raised the toll to 43, saying several bodies had been found")
            and (
                more
                or any(c.category == "killed" for c in earlier)
                or not (_FOUND_SO_FAR_BEFORE.search(before[-60:]) or _FOUND_SO_FAR_AFTER.match(after))
            )
            and not _WHOLE_OF_PARTITIVE.search(before)  # "74 of the 97 victims were identified": 74 were, of 97
        )
        or _AMONG_TOLL.search(before)  # "The dead included 12 women"
        # "27 bodies had been brought to the Etah medical college": one site's share of the dead
        or (count.category == "killed" and _BODIES_TAKEN_TO.match(after) is not None)
        # "Of those, 153 had since been located - 119 alive and 34 dead": a fronted partitive governs its sentence
        or (
            (fronted := _FRONTED_PARTITIVE.match(sentence)) is not None
            and not _superseded_before(sentence, phrase.start)  # "..., an increase from 43": an earlier report
            and fronted.end() <= phrase.start
        )
        # "named the remaining 25 people killed": the rest of the dead, a part of the toll (but "the remaining 11
        # missing" is how many are missing now)
        or (count.category in ("killed", "injured") and _REST_BEFORE.search(before[-30:]) is not None)
        or _AMONG_TOLL_AFTER.match(after) is not None  # "Eighteen children were among the dead"
        # "the 200 bodies that have not been identified", "40 unidentified bodies": a part of the toll, never it
        or _UNIDENTIFIED_AFTER.match(after) is not None
        or _UNIDENTIFIED.search(count.subject or "") is not None
        or _CORRECTION_AFTER.match(after)  # "two bodies had been counted twice": taken out of a toll, not a toll
        or _COUNTED_AS_BEFORE.search(before) is not None  # "remains first counted as two bodies belonged to one victim"
        or (
            bool(earlier)
            and earlier[-1].role == "part"
            and earlier[-1].category == count.category
            and _continues_list(sentence, earlier[-1], phrase)
        )
    ):
        count.role = "part"  # "four of them", "identified 4,000 victims": a part of a toll, not the toll
        return
    window = before[-120:]
    low = window.lower()
    if (
        _superseded_before(sentence, phrase.start)
        or (any(w in low for w in _EARLIER_MOMENT_WORDS) and _EARLIER_MOMENT.search(window))
        or (_RECALLED_IN_ASIDE.search(window) is not None and _NOW_AFTER_ASIDE.match(after) is not None)
    ):
        count.role, count.superseded = "earlier", True
        return
    earlier_word = _EARLIER.search(before)
    if (
        earlier_word
        and _REPORTED.search(sentence)
        and not _CONTRAST_OR_NOW.search(sentence[earlier_word.end() : phrase.start])
    ):
        count.role = "earlier"  # "health authorities previously put the toll at 5,500"
        return
    if (
        earlier
        and earlier[-1].role == "earlier"
        and earlier[-1].category == count.category
        and _THEN_REVISED.match(sentence, earlier[-1].phrase.end, phrase.start)
    ):
        # "Police said in the first days that 527 had been hurt, then lowered that figure to 489, before the new
        # report counted ...": the next step of the same past account is an earlier report too
        count.role = "earlier"


#: The next step of an account of earlier reports: ", then lowered that figure to", ", later raised it to".
_THEN_REVISED = compile_pattern(
    r"[^.;]{0,60}?\b(?:then|later|before)\s+(?:\p{L}+ed|cut|put|set)\s+(?:that|the|its|this|it)\b[^.;]{0,30}?\bto\s+$",
    regex.IGNORECASE,
)


def _ends_breakdown(before: str) -> bool:
    """Whether ``before`` is all of ``_BREAKDOWN``: a short run ending with a colon or a dash ("in the country: ").

    Its end is tested first (cheap): the pattern backtracks over up to 120 characters before it fails.
    """
    return before.rstrip().endswith((":", "\u2013", "\u2014", "-")) and _BREAKDOWN.fullmatch(before) is not None


def _is_previous_update(sentence: str, phrase: NumberPhrase, before: Count) -> bool:
    """Whether ``phrase`` is a bare figure in brackets right after another ("338 (328) dead", "3,167 (3,090)").

    Statistical updates write the last update's figure in brackets beside today's: an earlier report, not a
    figure of its own. A bracket that says the same number again ("twelve (12)") is no earlier report.
    """
    gap = sentence[before.phrase.end : phrase.start]
    return (
        gap.strip() == "("
        and sentence[phrase.end : phrase.end + 1] == ")"
        and phrase.qualifier == "exact"
        and phrase.value != before.phrase.value
    )


def _is_age(sentence: str, phrase: NumberPhrase) -> bool:
    """ "The gunman, 33, was killed": a bare figure set off by commas after a person is an age; so is a bound
    said of people after a copula ("33 were under 18", "most were over 60")."""
    if (
        phrase.qualifier in ("fewer_than", "more_than")
        and 0 < phrase.value < 120
        and _AGE_PREDICATE.search(sentence, max(0, phrase.start - 30), phrase.start)
        and _AGE_PREDICATE_END.match(sentence, phrase.end)
        and not _COUNT_SUBJECT.search(sentence, max(0, phrase.start - 70), phrase.start)
    ):
        return True
    if phrase.qualifier != "exact" or not (0 < phrase.value < 120) or not phrase.surface.isdigit():
        return False
    if _AGE_RANGE_BEFORE.search(sentence, max(0, phrase.start - 60), phrase.start):
        return True  # "the victims ranged in age from less than a year to 102"
    before = sentence[max(0, phrase.start - 30) : phrase.start]
    if not before.rstrip().endswith(",") or not _AGE_APPOSITION.search(before):
        return False  # (the comma first: a cheap test that most figures fail)
    word = rx(r"([\p{L}'-]+),\s*$").search(before)
    if word is None:
        return False
    w = word.group(1).lower()
    if w in lexicon.PEOPLE_CATEGORY_NOUNS or w in lexicon.EVENT_NOUNS:
        return False  # "recorded the most deaths, 43, followed by ...": the count the noun names
    return bool(rx(r"\s*(?:,|\))").match(sentence[phrase.end :])) and w not in lexicon.STOP_WORDS


#: An age range before its upper end: "ranged in age from less than a year to 102", "ages 3 to 85".
_AGE_RANGE_BEFORE = compile_pattern(r"\bages?\b[^.;]{0,40}\bto\s*$", regex.IGNORECASE)


def _after_gap(text: str) -> str:
    """``text`` without the auxiliaries and adverbs that stand between a noun and its predicate."""
    gap = _RIGHT_PREDICATE_GAP.match(text)
    return text[gap.end() if gap else 0 :]


def _head_words(sentence: str, start: int, end: int) -> tuple[list[str], list[tuple[int, int]]]:
    """The first 8 words of ``sentence[start:end]`` and their spans, as ``_HEAD_WORDS`` captures them.

    An ASCII sentence is read by ``re`` one word after another (every character but white space starts a word,
    so the words follow each other as the repetition takes them): faster than ``regex`` and its captures.
    """
    if sentence.isascii():
        found = list(itertools.islice(_HEAD_WORD_ASCII.finditer(sentence, start, end), _HEAD_WORD_COUNT))
        return [m.group(1) for m in found], [m.span(1) for m in found]
    m = _HEAD_WORDS.match(sentence, start, end)  # always matches, if only no word
    return (m.captures(1), m.spans(1)) if m else ([], [])


def _head(sentence: str, phrase: NumberPhrase, right_bound: int) -> _Head:
    """The noun phrase the figure counts, read from the words right after it."""
    words, spans = _head_words(sentence, phrase.end, right_bound)
    lower = [w.lower() for w in words]
    i = 0
    while i < len(words) and lower[i] in _LEADING_MORE:
        i += 1
    if phrase.qualifier == "vague" and i < len(words) and lower[i] == "of":
        i += 1
        while i < len(words) and lower[i] in ("the", "these", "those"):
            i += 1
    first = i
    if first < len(words) and lower[first] in _MARK_WORDS:
        return _Head("none", None, None, spans[first][1])  # "passed the 1,000 mark": the figure of what crossed it
    partitive = _partitive_of_people(words, lower, spans, sentence, i)
    if partitive is not None:
        return partitive
    for k in range(i, min(i + 4, len(words))):
        w, end = words[k], spans[k][1]
        lw = lower[k].replace("\u2019", "'")
        if not w[0].isalpha():
            break
        if lw in lexicon.PEOPLE_CATEGORY_NOUNS:
            if k + 1 < len(words) and lower[k + 1] in lexicon.NON_PEOPLE_NOUNS:
                return _Head("thing", None, None, spans[k + 1][1])  # "212 body parts": pieces, not people
            category = lexicon.PEOPLE_CATEGORY_NOUNS[lw]
            if category == "killed" and _STILL_MISSING_AFTER.match(sentence, end):
                category = "missing"  # "the other nine victims are still missing": the victims not yet found
            return _Head("people", None if category == "other" else category, _span(sentence, spans, first, k), end)
        if lw in lexicon.EVENT_NOUNS:
            if k + 1 < len(words) and lower[k + 1] in lexicon.PEOPLE_NOUNS:
                return _Head("people", lexicon.EVENT_NOUNS[lw], _span(sentence, spans, first, k + 1), spans[k + 1][1])
            adverbs = all(x.endswith("ly") for x in lower[first:k])
            subject = _span(sentence, spans, first, k) if k > first and not adverbs else None
            return _Head("event", lexicon.EVENT_NOUNS[lw], subject, end)
        if lw in lexicon.STOP_WORDS:
            break
        if lw in lexicon.NON_PEOPLE_NOUNS or lw in lexicon.currency_nouns():
            return _Head("thing", None, None, end)  # ("500 million shillings": money)
        if lexicon.is_people_noun(lw) or _is_demonym(w):
            if k + 1 < len(words) and lower[k + 1] in lexicon.NON_PEOPLE_NOUNS:
                return _Head("thing", None, None, spans[k + 1][1])  # "30 police departments"
            if k + 1 < len(words) and phrase.value > 1 and _attributive(lw, words[k + 1]):
                return _Head("thing", None, None, spans[k + 1][1])  # "two passenger trains", "five refugee tents"
            last = k
            if k + 1 < len(words) and lower[k + 1] != lw and _names_people_too(lw, lower[k + 1]):
                last = k + 1  # "14 police officers", "three student volunteers": the second noun is the head
            if (
                last + 2 < len(words)
                and lower[last + 1] == "and"
                and (lexicon.is_people_noun(lower[last + 2]) or _is_demonym(words[last + 2]))
            ):
                last += 2
            if (
                last + 3 < len(words)
                and words[last + 1 : last + 2]
                and lower[last + 1] == "of"
                and lower[last + 2] == "the"
                and lower[last + 3] in ("military", "army", "police")
            ):
                last += 3
            elif lower[last] in lexicon.MEMBERSHIP_WORDS and last + 2 < len(words) and lower[last + 1] == "of":
                last = _group_of_members(words, lower, last)  # "16 members of the security forces"
            return _Head("people", None, _span(sentence, spans, first, last), spans[last][1])
    if first < len(words) and (
        lower[first] == "aboard" or (lower[first] == "on" and lower[first + 1 : first + 2] == ["board"])
    ):
        return _Head("people", None, None, phrase.end)  # "a plane with 242 aboard": the people it carried
    if (
        first < len(words)
        and words[first][0].isupper()
        and lower[first] not in lexicon.STOP_WORDS
        and _HARMED_PREDICATE_AFTER.match(sentence, spans[first][1])
    ):
        # "117 Rohingya had died", "40 Hazara were killed": a people named by a word that takes no plural ending
        return _Head("people", None, words[first], spans[first][1])
    if first < len(words) and words[first][0].isalpha() and lower[first] not in lexicon.STOP_WORDS:
        return _Head("unknown", None, None, phrase.end)
    return _Head("none", None, None, phrase.end)


#: What befalls people, right after the noun that names them: "had died", "were killed", "are missing".
_HARMED_PREDICATE_AFTER = compile_pattern(
    r"\s+(?:(?:have|has|had|were|are|was|is)\s+)?(?:(?:been|also|all|now)\s+)?"
    r"(?:died|killed|injured|wounded|hurt|drowned|perished|missing|dead|detained|arrested|displaced|fled|evacuated|"
    r"crossed\s+(?:into|the\s+border))\b",
    regex.IGNORECASE,
)


#: Words for a round figure a count crosses: "the toll passed the 1,000 mark".
_MARK_WORDS = frozenset({"mark", "milestone", "threshold"})
#: A state of not being found right after a count of the dead: "nine victims are still missing".
_STILL_MISSING_AFTER = compile_pattern(
    r"\s+(?:are|were|is|was|remain|remains|remained|have\s+been|had\s+been)\s+(?:still\s+)?"
    r"(?:missing|unaccounted\s+for|not\s+(?:yet\s+)?(?:found|recovered))\b"
    r"|\s+(?:have|has|had)\s+not\s+(?:yet\s+)?been\s+(?:found|recovered)\b",
    regex.IGNORECASE,
)
#: Nouns that name a group of people with a membership ("the rescue team", "the National Guard").
_GROUP_NOUNS = frozenset(
    "forces force army military police guard team teams crew staff services service unit units corps brigade "
    "militia party union club band family families".split()
)


def _group_of_members(words: list[str], lower: list[str], at: int) -> int:
    """Where "members of the X" ends: the last word of the group X (at most four words after "of"), else ``at``."""
    end = at
    for k in range(at + 2, min(at + 6, len(words))):
        if not words[k][0].isalpha() or (lower[k] in lexicon.STOP_WORDS and lower[k] != "the"):
            break
        if lower[k] in _GROUP_NOUNS or lexicon.is_people_noun(lower[k]):
            end = k
    return end


#: The determiners of a partitive's people: "18 of *its* citizens", "seven of *the* pilgrims".
_PARTITIVE_DETERMINERS = frozenset("the its their his her our those these".split())


def _partitive_of_people(
    words: list[str], lower: list[str], spans: list[tuple[int, int]], sentence: str, i: int
) -> _Head | None:
    """The people a partitive names right after a figure: "18 of its citizens were killed", "seven of the
    pilgrims", "43 of its own nationals". A group named by what befell it ("of the dead", "of the victims") and a
    whole with its own figure ("74 of the 97 victims") are read elsewhere, as parts of that whole.
    """
    if i + 2 >= len(words) or lower[i] != "of" or lower[i + 1] not in _PARTITIVE_DETERMINERS:
        return None
    for k in range(i + 2, min(i + 5, len(words))):
        w, lw = words[k], lower[k]
        if not w[0].isalpha() or lw in lexicon.STOP_WORDS or lw in lexicon.NON_PEOPLE_NOUNS:
            return None
        if lw in lexicon.PEOPLE_CATEGORY_NOUNS or lw in lexicon.EVENT_NOUNS or lw in PEOPLE_GROUP_CATEGORY:
            return None
        if lexicon.is_people_noun(lw) or _is_demonym(w):
            after = lower[k + 1] if k + 1 < len(words) else ""
            if not _plural_people(lw) or after in lexicon.NON_PEOPLE_NOUNS or after.endswith(("'s", "\u2019s")):
                return None  # "three of the passenger train's carriages": a noun the people word qualifies
            return _Head("people", None, _span(sentence, spans, i + 2, k), spans[k][1])
    return None


#: People nouns that are plural without an -s ("seven of the men").
_UNMARKED_PLURALS = frozenset("men women children people police staff crew youth elderly personnel".split())


def _plural_people(noun: str) -> bool:
    """Whether a lower-case people noun is plural, as the people of a partitive are ("18 of its citizens")."""
    return noun.endswith("s") or noun in _UNMARKED_PLURALS or noun.endswith(("men", "children", "people"))


def _names_people_too(noun: str, after: str) -> bool:
    """Whether a singular people noun modifies a plural people noun after it ("police officers", "child
    soldiers", "student volunteers"): one compound that names the people, headed by the second noun."""
    return not noun.endswith("s") and after.endswith("s") and lexicon.is_people_noun(after)


def _attributive(noun: str, after: str) -> bool:
    """Whether a singular people noun after a figure above one modifies the plural noun after it, as in "two
    passenger trains", "three student dormitories", "four refugee tents": a count of that noun's things, not of
    people. A figure above one takes a plural noun, so a singular one there is an attribute; a plural after it
    that names people or what befell them ("civilian casualties", "child deaths", "police officers") stays people.
    """
    low = after.lower()
    if noun.endswith("s") or not after.isalpha() or not after.islower() or not low.endswith("s"):
        return False
    return not (
        low in lexicon.PEOPLE_NOUNS
        or low in lexicon.PEOPLE_CATEGORY_NOUNS
        or low in lexicon.EVENT_NOUNS
        or low in lexicon.STOP_WORDS
    )


def _is_demonym(word: str) -> bool:
    """ "Palestinians", "Sudanese": a capitalised word with a people ending (the ending tested first: it is cheaper)."""
    return word.endswith(_DEMONYM_ENDINGS) and _DEMONYM.match(word) is not None


def _span(sentence: str, spans: list[tuple[int, int]], first: int, last: int) -> str:
    return sentence[spans[first][0] : spans[last][1]]


def _cue_at_start(text: str, cues: _Cues) -> str | None:
    """The category of the cue ``text`` starts with (the first category whose cue matches there)."""
    return cues.category(cues.any.match(text))


#: The gap between a verb and a figure that is its second object: "arrested [the factory manager and ]two guards".
_COORDINATED_OBJECT = compile_pattern(
    r"(\s*)(?:the|a|an|his|her|its|their)\s+(?:[\p{L}\-'\u2019]+\s+){0,3}?[\p{L}\-]+\s*,?\s+(?:and|as\s+well\s+as)\s+",
    regex.IGNORECASE,
)


def _cue_before(
    before: str,
    cues: _Cues,
    *,
    adjacent: bool,
    max_words: int = 40,
    across_clauses: bool = False,
) -> str | None:
    """The category of the last cue in ``before``; with ``adjacent``, only one that governs the figure."""
    best = _last_cue(before, cues)
    if best is None:
        return None
    gap = before[best[0] :]
    if adjacent and not _LEFT_ADJACENT_GAP.fullmatch(gap):
        coordinated = _COORDINATED_OBJECT.fullmatch(gap)
        if coordinated is None or not _LEFT_ADJACENT_GAP.fullmatch(coordinated.group(1)):
            return None  # "arrested the manager and two guards": the verb governs both of its objects
    if _CLAUSE_BREAK.search(gap) and not across_clauses:
        return None
    return best[1] if adjacent or len(gap.split()) <= max_words else None


@functools.lru_cache(maxsize=16)
def _last_cue(text: str, cues: _Cues) -> tuple[int, str] | None:
    """Where the last cue in ``text`` ends, and its category (kept: a figure may ask twice about the same text)."""
    first = cues.any.search(text)
    if first is None:
        return None  # most text before a figure has no cue: one search says so for all categories
    best: tuple[int, str] | None = None
    for category, pattern in cues.patterns:
        # no cue starts before the first one, so each category's matches are the same from there on
        for m in pattern.finditer(text, first.start()):
            if best is None or m.end() > best[0]:
                best = (m.end(), category)
    return best


def _cue_in_clause(text: str, cues: _Cues) -> str | None:
    """The first cue in the rest of the clause (up to 12 words, no clause break before it)."""
    words = text.split()
    window = " ".join(words[:12])
    brk = _CLAUSE_BREAK.search(window)
    comma = window.find(",")
    cut = min(x for x in (brk.start() if brk else len(window), comma if comma >= 0 else len(window)))
    if _UNHURT.search(window, 0, cut):
        return None  # "250 passengers who escaped unhurt or with minor injuries": not a count of the injured
    return cues.category(cues.any.search(window[:cut]))


#: Unhurt people in a figure's group: the group is not the injured, even with "or with minor injuries".
_UNHURT = compile_pattern(r"\b(?:unhurt|unharmed|uninjured|unscathed)\b", regex.IGNORECASE)


#: "the" right before a figure: "Of the 169 others on board" are the rest of a group, not more of a kind.
_THE_BEFORE = compile_pattern(r"\bthe\s+$", regex.IGNORECASE)
#: What only reports on people already counted, or says nothing of them: "were found", "have been identified",
#: or the figure's place or the sentence's end. "Nine others were found on the deck" counts more of the same.
_REPORTS_ON = compile_pattern(
    r"\s*(?:(?:were|was|are|is|have|has|had)\s+(?:(?:been|also|later|since|now)\s+)*(?:found|recovered|retrieved|"
    r"discovered|located|identified|named|confirmed|counted|listed|reported|registered|recorded|buried)\b"
    r"|[,.;)]|$|(?:in|at|on|from|near)\b)"
)
#: A finite verb of the figure's own right after its noun phrase: "60 were rescued", "40 others survived",
#: "20 have since been discharged". (A bare place or day after it, "and 396 on Monday", is an ellipsis; so is a
#: verb that only reports on the same people, "and five others have been identified", "confirmed", "named".)
_OWN_PREDICATE = compile_pattern(
    r"\s*(?:(?:were|was|are|is|had|have|has|remain|remained|remains)\s+(?:(?:been|also|later|still|since|now|"
    r"safely|successfully|reportedly|already)\s+)*(?!(?:identified|named|confirmed|counted|listed|reported|"
    r"registered|recorded|buried|found|recovered|retrieved|discovered|located|among|in|at|on|from)\b)\p{Ll}{3,}"
    r"|(?:survived|escaped|returned|swam|walked|managed)\b)",
)


def _continues_list(sentence: str, ref: Count, phrase: NumberPhrase) -> bool:
    """Whether ``phrase`` continues a list that ``ref`` began: ", nine in two houses", "and 396 on Monday"."""
    between = sentence[ref.phrase.end : phrase.start]
    if len(between) > 120 or _CLAUSE_BREAK.search(between):
        return False
    tail = between[-40:]
    return bool(
        rx(
            r"(?:,|\band\b|\bwhile\b|\bplus\b|\(|\bthan\s+the)\s*(?:another|a\s+further|an\s+additional|the|some)?\s*$",
            regex.I,
        ).search(tail)
        or rx(r"\b(?:another|a\s+further|an\s+additional)\s*$", regex.I).search(tail)
        or _NAMED_NEXT_IN_LIST.search(between[-60:])
        or _SET_BESIDE.search(tail)
        or _FROM_THE_ONE_BEFORE.fullmatch(between) is not None  # "cut the toll to 125 from 174"
    )


#: The next item of a list of places continues the list of the figure before (:data:`lexicon.LIST_ITEM_NAME`).
_NAMED_NEXT_IN_LIST = compile_pattern(rf"{lexicon.LIST_ITEM_NAME}(?:with\s+|at\s+|on\s+|for\s+)?$")
#: A figure set beside the one before as another report of it: "at 162, far below the more than 2,000 the
#: government reported", "up from the 80 given on Monday", "well above the estimate's 670".
_SET_BESIDE = compile_pattern(r"\b(?:below|above|under|over|from|with|than|against)\s+the\s*$", regex.IGNORECASE)
#: Between a toll and the figure it replaced: "to 125 from 174", "to 97, down from 115".
_FROM_THE_ONE_BEFORE = compile_pattern(r"\s*,?\s*(?:up\s+|down\s+)?from\s+", regex.IGNORECASE)


def _whole(sentence: str, phrase: NumberPhrase, before: str, earlier: list[Count]) -> int | None:
    """The index of the count that ``phrase`` is a part of: "10 people, including 12 children", "(250 men, ...)"."""
    if not earlier:
        return None
    if _PART_LINK.search(before):
        return len(earlier) - 1 - _skip_parts(earlier)
    if _ends_breakdown(before) and earlier[-1].phrase.end <= phrase.start:
        return len(earlier) - 1  # "4,577 casualties in the country: 1,964 killed and 2,613 injured"
    if (
        _PARTITIVE_AFTER.match(sentence[phrase.end : phrase.end + 30])
        and 0 <= phrase.start - earlier[-1].phrase.end < 40
        and "," in sentence[earlier[-1].phrase.end : phrase.start]
    ):
        return len(earlier) - 1 - _skip_parts(earlier)  # "57 more deaths, 25 of them children": of those 57
    ref = earlier[-1]
    between = sentence[ref.phrase.end : phrase.start]
    if (
        ref.part_of is not None
        and len(between) < 40
        and not _LIST_BREAK.search(between)
        and rx(r"(?:,|\band\b)").search(between)
        and not _CLAUSE_VERB.search(between)  # "killed 158, including 26 foreigners, and injured 196": a new clause
    ):
        return ref.part_of  # the next part of the same breakdown
    # inside a parenthesis opened right after an earlier count
    open_paren = sentence.rfind("(", 0, phrase.start)
    if open_paren >= 0 and sentence.find(")", open_paren, phrase.start) < 0:
        for idx in range(len(earlier) - 1, -1, -1):
            ref = earlier[idx]
            if (
                ref.phrase.end <= open_paren
                and sentence[ref.phrase.end : open_paren].strip(" ") != ""
                and len(sentence[ref.phrase.end : open_paren]) < 40
            ):
                return idx
            if ref.phrase.end <= open_paren:
                break
    return None


def _skip_parts(earlier: list[Count]) -> int:
    """How many counts at the end of ``earlier`` are themselves parts (so "including" attaches to their whole)."""
    n = 0
    for c in reversed(earlier):
        if c.part_of is None:
            break
        n += 1
    return n if n < len(earlier) else 0
