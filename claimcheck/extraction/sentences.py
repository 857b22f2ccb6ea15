"""Split a document into paragraphs and sentences, keeping character offsets.

News text puts one paragraph on a line (or between blank lines), so every line
break ends a sentence and a paragraph. Within a line, a sentence ends at
``.``, ``!`` or ``?`` (with any closing quote or bracket) before a capital,
digit or opening quote, unless the word before the stop is a known
abbreviation ("Gov.", "U.S.", "Oct."). Sentences longer than
``settings.MAX_SENTENCE_CHARS`` are cut at a space, so the cost of every later
step stays linear in the length of the text.

>>> [s.text for s in split_sentences("Gov. Smith said 3 died. Others fled.\\nA new line")]
['Gov. Smith said 3 died.', 'Others fled.', 'A new line']
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from claimcheck._rx import compile_pattern
from claimcheck.settings import MAX_SENTENCE_CHARS

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col sgt capt cpt gov sen rep st jr sr no adm rear vs etc jan feb mar apr aug sep sept
    oct nov dec inc co corp ltd prof rev maj brig cpl pvt messrs mt ft fig approx est dept univ u.s u.n u.k
    e.u u.s.a a.m p.m i.e e.g al""".split()
)
#: A stop that closes an abbreviation, as a pattern other readers put inside a clause ("the U.N. agency",
#: "Lt. Gov. Dan Patrick"): after one letter, or after a word of :data:`_ABBREVIATIONS` (their inner stops
#: escaped), and followed by more of the phrase.
ABBREVIATION_STOP: str = (
    r"(?<=\b(?:\p{L}|(?i:"
    + "|".join(sorted((regex.escape(w) for w in _ABBREVIATIONS), key=len, reverse=True))
    + r")))\.(?=\s?[\p{L}\d])"
)
# Possessive quantifiers and the look-behind make a run of stops one attempt, not one per
# stop: a line of 100k dots would otherwise cost time quadratic in its length (issue 7).
# The look-ahead stays on the stop's line (white space but a line break), so one scan of the
# whole text finds the stops a scan of each line would.
_STOP = compile_pattern(r"(?<![.!?])[.!?]++[\"'\u201d\u2019)\]]*+(?=[^\S\n]++[\"'\u201c\u2018(\[]?[\p{Lu}\d])")
_LINE = compile_pattern(r"[^\n]+")
#: The letters and dots right before a stop (searched from the end, within ``_ABBREVIATION_REACH`` characters).
_WORD_BEFORE = compile_pattern(r"([\p{L}.]+)$", regex.REVERSE)
_ABBREVIATION_REACH = 12


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, its offsets in the document, and its paragraph number."""

    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` in order, with offsets such that ``text[start:end] == sentence.text``."""
    out: list[Sentence] = []
    stops = _STOP.finditer(text)  # in order, each within a line
    stop = next(stops, None)
    for paragraph, line in enumerate(_LINE.finditer(text)):
        begin, end = line.span()
        while stop is not None and stop.start() < end:
            if not _is_abbreviation(text, stop.start()):
                _emit(text, begin, stop.end(), paragraph, out)
                begin = stop.end()
            stop = next(stops, None)
        _emit(text, begin, end, paragraph, out)
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the stop at ``dot`` closes an abbreviation rather than a sentence."""
    if text[dot] != ".":
        return False
    word = _WORD_BEFORE.search(text, max(0, dot - _ABBREVIATION_REACH), dot)
    if not word:
        return False
    w = word.group(1).lower().strip(".")
    return w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha())


def _emit(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    """Append ``text[start:end]`` without its outer white space, cut into pieces if it is too long."""
    piece = text[start:end]
    body = piece.lstrip()  # (str.strip and str.isspace agree on what is white space)
    start += len(piece) - len(body)
    body = body.rstrip()
    end = start + len(body)
    if end - start <= MAX_SENTENCE_CHARS:
        if body:
            out.append(Sentence(start, end, body, paragraph))
        return
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        out.append(Sentence(start, cut, text[start:cut], paragraph))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], paragraph))
