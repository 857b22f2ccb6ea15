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

import regex

from .dates import DATE_EXPRESSION
from .lexicon import DENIAL, PROJECTION

_CUMULATIVE = regex.compile(
    r"\b(?:death\s+toll|toll|tally|so\s+far|to\s+date|thus\s+far|in\s+total|a\s+total\s+of|total(?:\s+number)?|"
    r"overall|in\s+all|altogether|since|as\s+of|cumulative|until\s+now|up\s+to\s+now|already|"
    r"(?:has|have|had)\s+(?:now\s+|since\s+|further\s+|tragically\s+)?(?:risen|climbed|increased|reached|soared|grown|passed|surpassed|exceeded|topped|mounted)|"
    r"rose\s+to|risen\s+to|climbed\s+to|increased\s+to|soared\s+to|reached|brings|brought|"
    r"recorded|verified|documented|registered|offensive|invasion|war|conflict|hostilities|"
    r"there\s+are|(?:are|is)\s+(?:still\s+)?(?:in|being|missing|trapped|sheltering|held|detained|wounded|injured|displaced|homeless|refugees)|"
    r"remain|remains|still)\b",
    regex.IGNORECASE,
)
_INCIDENT = regex.compile(
    r"\b(?:(?:past|last|previous)\s+(?:24|twenty-four|48|forty-eight|72)\s+hours|overnight|per\s+(?:day|week|month)|"
    r"(?:a|an|the|this|that|one|another|its|their|\p{Lu}\p{Ll}+'s)\s+(?:[\p{L}'\u2019-]+\s+){0,4}?"
    r"(?:strike|airstrike|air\s+strike|attack|explosion|blast|bombing|raid|shelling|crash|collision|stampede|"
    r"fire|shooting|assault|ambush|massacre|incident|earthquake|quake|landslide|storm|flood|flooding|derailment|"
    r"sinking|capsizing|clashes|protest|protests)|"
    r"(?:in|during)\s+(?:jan|febr|march|april|may|june|july|aug|sept|oct|nov|dec)\w*\s+(?:19|20)\d\d|"
    r"compared\s+to\s+the\s+previous\s+day|in\s+the\s+previous\s+day)\b",
    regex.IGNORECASE,
)
_SINCE_BEFORE = regex.compile(r"\b(?:since|from|starting)\b[^,.;]{0,60}$", regex.IGNORECASE)
_SPEECH_BEFORE = regex.compile(
    r"\b(?:said|says|announced|reported|confirmed|stated|told\s+\S+|update|statement|released)\s+(?:on\s+|in\s+the\s+early\s+hours\s+of\s+|late\s+|early\s+)?$",
    regex.IGNORECASE,
)
STATE_CATEGORIES = frozenset({"missing", "displaced", "hostages"})


def scope_cue(sentence: str, start: int, end: int) -> str | None:
    """The scope the cue nearest to ``sentence[start:end]`` says, or None when there is no cue."""
    best: tuple[int, str] | None = None
    for kind, pattern in (("cumulative", _CUMULATIVE), ("incident", _INCIDENT)):
        for m in pattern.finditer(sentence):
            distance = start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
            if best is None or distance < best[0]:
                best = (distance, kind)
    for m in DATE_EXPRESSION.finditer(sentence):
        before = sentence[: m.start()]
        if _SINCE_BEFORE.search(before) or _SPEECH_BEFORE.search(before):
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
        if best is None or distance < best[0]:
            best = (distance, "incident")
    return best[1] if best else None


def scope_of(sentence: str, start: int, end: int, category: str, inherited: str | None = None) -> str:
    """``cumulative`` or ``incident`` for the figure at ``start:end``."""
    cue = scope_cue(sentence, start, end)
    if cue:
        return cue
    if inherited:
        return inherited
    return "cumulative" if category in STATE_CATEGORIES else "incident"


def modality_of(sentence: str, start: int, end: int) -> str:
    """``projected`` when the figure is a forecast, ``disputed`` when the sentence denies it, else ``asserted``."""
    left = sentence[max(0, start - 60) : start]
    right = sentence[end : end + 40]
    if PROJECTION.search(_last_words(left, 6)) or regex.match(
        r"^\s*(?:[\p{L}-]+\s+){0,2}(?:could|may|might|would|will)\s+(?:have\s+|be\s+|rise|reach|climb)", right, regex.IGNORECASE
    ):
        return "projected"
    denial = DENIAL.search(sentence[:start])
    if denial and start - denial.end() < 120:
        return "disputed"
    return "asserted"


def _last_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[-n:]) + (" " if text.endswith(" ") else "")
