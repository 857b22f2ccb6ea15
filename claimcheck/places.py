"""Find where a figure happened, as written: "in Gaza City", "at al-Ahli hospital", "Los Angeles: ...".

A place is a prepositional phrase ("in", "at", "near", "on", "across", ...)
whose noun phrase ends in a proper name ("Rafah", "the Gaza Strip") or a place
noun ("a Gaza City hospital", "the city of Derna"). The phrase right after the
figure wins; else the nearest one before it in the sentence; else a
headline-style "Place: figure".

>>> find_location("Strikes killed six people in a house in Gaza City.", 15, 18)
'Gaza City'
>>> find_location("At least 300 people died in an airstrike on a Gaza City hospital on Tuesday.", 9, 12)
'a Gaza City hospital'
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from ._rx import compile_pattern
from .lexicon import DIRECTIONS, PLACE_NOUNS

_NOT_PLACES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today yesterday tonight morning evening night week month year
    statement interview press total all recent addition particular fact response return order part spite light
    line time terms jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
#: What a place follows: a preposition, or a verb whose object is a place ("stormed the Al-Shifa hospital").
#: (One pattern for both: no match of one can overlap a match of the other, so one scan finds the same.)
_OPENER = compile_pattern(
    r"\b(?:in|at|near|outside|inside|across|on|throughout|through|around|off"
    r"|attacked|entered|struck|hit|stormed|raided|shelled|bombed|targeted|invaded)\s+",
    regex.IGNORECASE,
)
_CLAUSE_END = compile_pattern(
    r"[;:]|,\s+(?:the|a|an|\p{Lu}\p{Ll}+)\s+\w+\s+(?:said|says|told|reported)|\b(?:said|says|told)\b"
)
#: The first 10 words from a place: a word starts with a letter or digit, whatever is between words is skipped.
#: One match and regex's ``captures`` (every repetition), instead of a ``finditer`` call per word; read as the
#: first 4 words, then the other 6 only when the phrase runs on (most end after one or two words).
_FIRST_WORDS = compile_pattern(r"(?:[^\p{L}\d]*([\p{L}\d][\p{L}\d'\u2019\-,]*)){0,4}")
_MORE_WORDS = compile_pattern(r"(?:[^\p{L}\d]*([\p{L}\d][\p{L}\d'\u2019\-,]*)){0,6}")
_FIRST_COUNT = 4
_DIRECTION = compile_pattern(DIRECTIONS)
_ALL_CAPS = compile_pattern(r"\p{Lu}+")
_NATIONALITY = compile_pattern(
    r"(?:Israeli|Russian|Ukrainian|Palestinian|American|British|French|Iranian|Syrian|Libyan)"
)
_HEADLINE = compile_pattern(r"^\s*((?:\p{Lu}[\p{L}.'\-]*\s?){1,4}):\s")


def find_location(
    sentence: str,
    start: int,
    end: int,
    *,
    limit: int | None = None,
    floor: int = 0,
    exclude: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The place of the figure at ``start:end`` in ``sentence``, or None.

    ``limit`` is where the figure's own context ends (the next figure), ``floor``
    where it begins (a place before an earlier figure is that figure's);
    ``exclude`` are spans that cannot hold a place (the words of an attribution).
    """
    places = [p for p in _places(sentence) if not any(s <= p[0] < e or p[0] <= s < p[1] for s, e in exclude)]
    after = [p for p in places if p[0] >= end]
    before = [p for p in places if floor <= p[0] and p[1] <= start]
    clause_end = min(_clause_end(sentence, end), limit if limit is not None else len(sentence))
    for s, _end, text in after:
        if s < clause_end and not _SUBORDINATE_VERB.search(sentence[end:s]):
            return text
    adverb = _ADVERB_PLACE.search(sentence, end, clause_end)
    if adverb:
        return adverb.group()
    if before:
        return before[-1][2]
    m = _HEADLINE.match(sentence)
    if m and m.end() <= start + 1:
        return m.group(1).strip()
    return None


def _clause_end(sentence: str, position: int) -> int:
    m = _CLAUSE_END.search(sentence, position)
    return m.start() if m else len(sentence)


@functools.lru_cache(maxsize=256)
def _places(sentence: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _OPENER.finditer(sentence):
        place = _place_phrase(sentence, m.end())
        if place:
            out.append(place)
    return sorted(set(out))


def _place_phrase(sentence: str, start: int) -> tuple[int, int, str] | None:
    quantifier = _QUANTIFIER.match(sentence, start)  # "one of its schools", "several areas of"
    if quantifier:
        start = quantifier.end()
    m = _FIRST_WORDS.match(sentence, start)  # always matches, if only no word
    words = _words(m)
    # the phrase must start right here
    if not m or not words or sentence[start : words[0][1]].strip():
        return None
    more = m.end() if len(words) == _FIRST_COUNT else -1  # where words 5 to 10 are read from, if they may exist
    taken: list[tuple[str, int, int, str]] = []
    for i, word in enumerate(words):
        if more >= 0 and i + 2 >= len(words):  # the tests below look up to two words ahead
            words.extend(_words(_MORE_WORDS.match(sentence, more)))  # (the loop goes on over the longer list)
            more = -1
        w, s, _, lw = word
        if taken and sentence[taken[-1][2] : s].strip() not in ("", ","):
            break
        if lw in ("the", "its", "their", "his", "her") and not taken:
            continue
        if lw in ("a", "an") and not taken:
            taken.append(word)  # "a Gaza City hospital": kept, it says the place is not named
            continue
        if lw in _NOT_PLACES:
            break
        if w[0].isdigit() and taken:
            break  # "in 149 facilities, 122,000 people ...": a figure starts the next clause
        if w[0].isupper() or w[0].isdigit() or lw in PLACE_NOUNS or _DIRECTION.fullmatch(lw) or _is_al_name(w):
            taken.append(word)
            continue
        if (
            lw in ("of", "and")
            and taken
            and i + 1 < len(words)
            and (words[i + 1][0][0].isupper() or words[i + 1][3] in PLACE_NOUNS or words[i + 1][3] == "the")
        ):
            taken.append(word)
            continue
        if lw == "the" and taken and taken[-1][3] == "of":
            taken.append(word)
            continue
        if lw in ("non-unrwa",) or (lw.startswith("non-") and taken == []):
            taken.append(word)
            continue
        if _is_modifier(lw) or (lw == "one" and i + 1 < len(words) and words[i + 1][3] == "of" and not taken):
            taken.append(word)
            continue
        if (
            taken
            and taken[0][3] in ("a", "an")
            and any(x[3] in PLACE_NOUNS for x in words[i + 1 : i + 3])
            and lw not in _NOT_PLACES
            and lw.isalpha()
        ):
            taken.append(word)  # "a packed music venue"
            continue
        break
    while taken and taken[-1][3] in ("of", "and", "the", "a", "an"):
        taken.pop()
    if not taken or (len(taken) == 1 and taken[0][3] in ("a", "an")):
        return None
    last = taken[-1][0]
    if not (last[0].isupper() or last.lower() in PLACE_NOUNS or _is_al_name(last)):
        return None
    if last.endswith(("'s", "\u2019s")):
        return None
    following = sentence[taken[-1][2] :].split(maxsplit=1)[:1]
    if following and following[0].lower().strip(",.") in _MEDIA:
        return None  # "on Al-Jazeera television" is a channel, not a place
    while taken and taken[0][3] in ("one", "of", "the"):
        taken.pop(0)
    if not taken or taken[-1][3] in ("a", "an"):
        return None
    if all(t[0][0].isdigit() for t in taken):
        return None
    end = taken[-1][2]
    qualifier = _OUTSIDE.match(sentence, end)  # "a music venue outside Moscow", "a hospital in Gaza City"
    if qualifier and taken[0][3] in ("a", "an"):
        inner = _place_phrase(sentence, qualifier.end())
        if inner:
            end = inner[1]
    text = sentence[(quantifier.start() if quantifier else taken[0][1]) : end]
    first = taken[0][3]
    if first in _NOT_PLACES or (len(taken) == 1 and _ALL_CAPS.fullmatch(last) and len(last) > 4):
        return None
    if _NATIONALITY.fullmatch(last):
        return None
    return taken[0][1], end, text


def _words(m: regex.Match[str] | None) -> list[tuple[str, int, int, str]]:
    """The words a ``_FIRST_WORDS`` or ``_MORE_WORDS`` match read: each, where it starts and ends, in lower case."""
    words: list[tuple[str, int, int, str]] = []
    for w, s in zip(m.captures(1), m.starts(1), strict=True) if m else ():
        w = w.rstrip(",")
        words.append((w, s, s + len(w), w.lower()))
    return words


#: "after another victim succumbed ... in the hospital": a place in a clause with its own verb is not the figure's.
_SUBORDINATE_VERB = compile_pattern(
    r"\b(?:after|when|as|because|while|since|before)\s+(?:[\p{L}'-]+\s+){0,3}?[\p{L}]+ed\b", regex.IGNORECASE
)
_ADVERB_PLACE = compile_pattern(
    r"\b(?:globally|worldwide|abroad|nationwide|overseas|elsewhere\s+in\s+the\s+\w+)\b", regex.IGNORECASE
)
_QUANTIFIER = compile_pattern(
    r"(?:one|some|many|several|most|parts?|areas?)\s+of\s+(?:its|their|his|her|the)\s+(?=\S)", regex.IGNORECASE
)
_OUTSIDE = compile_pattern(r"\s+(?:outside|near|in)\s+", regex.IGNORECASE)
_AL_NAME = compile_pattern(r"(?i)^(?:al|el|ad|as|ash|ar|an|az|at)-\p{Lu}")
_AL_WORD = compile_pattern(r"^(?:al|el)-\p{L}")
_MEDIA = frozenset("television tv radio channel newspaper website broadcaster agency network app platform".split())


def _is_al_name(word: str) -> bool:
    """ "Al-Shifa", "el-Fasher", "ash-Shati": an Arabic name with its article."""
    if "-" not in word[2:4]:
        return False  # (the article has two or three letters: a cheap test first)
    return bool(_AL_NAME.match(word)) or bool(_AL_WORD.match(word) and any(c.isupper() for c in word))


def _is_modifier(word: str) -> bool:
    return word in _MODIFIERS


_MODIFIERS = frozenset(
    (
        "medical",
        "public",
        "local",
        "regional",
        "main",
        "central",
        "destroyed",
        "coastal",
        "nearby",
        "government-controlled",
        "rural",
        "occupied",
        "besieged",
        "other",
        "residential",
        "refugee",
        "neighboring",
        "neighbouring",
        "northern",
        "southern",
        "eastern",
        "western",
        "evacuation",
    )
)
