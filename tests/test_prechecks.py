"""The extractor skips an expensive pattern when a sentence lacks every word the pattern is made of.

Each skip is only safe while its word list stays in step with its pattern. These
properties draw strings the pattern matches (hypothesis builds them from the
pattern itself) and require the pre-check to let each one through, so a word
added to a pattern but not to its list fails here rather than silently missing
figures.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck._rx import IGNORECASE_LETTERS, NOT_A_TO_Z, CaselessScan, fold_case
from claimcheck.extraction import attribution, claims, counts, dates, framing, lexicon, numbers, places


def _holds_word(words: tuple[str, ...]) -> Callable[[str], bool]:
    """framing's pre-check: one of ``words`` is in the case-folded text."""
    return lambda text: any(word in fold_case(text) for word in words)


def _holds_whole_word(words: frozenset[str]) -> Callable[[str], bool]:
    """attribution's pre-check: one of ``words`` is a whole run of letters of the text."""
    return lambda text: not words.isdisjoint(attribution._words(text))


#: pattern -> the pre-check that must let through every text the pattern finds something in
PRECHECKS: dict[str, tuple[regex.Pattern[str], Callable[[str], bool]]] = {
    "incident": (framing._INCIDENT, _holds_word(framing._INCIDENT_WORDS)),
    "strong incident": (framing._STRONG_INCIDENT, _holds_word(framing._STRONG_INCIDENT_WORDS)),
    "period": (framing._PERIOD, _holds_word(framing._PERIOD_WORDS)),
    "projection": (lexicon.PROJECTION, _holds_word(framing._PROJECTION_WORDS)),
    "modal after": (framing._MODAL_AFTER, _holds_word(framing._PROJECTION_WORDS)),
    "denial": (lexicon.DENIAL, _holds_word(framing._DENIAL_WORDS)),
    "since": (framing._SINCE_BEFORE, _holds_word(framing._SINCE_WORDS)),
    "according to": (attribution._FORWARD, _holds_whole_word(attribution._FORWARD_WORDS)),
    "speech verb": (attribution._VERB, _holds_whole_word(attribution._VERB_WORDS)),
    "inverted speech": (attribution._INVERTED, _holds_whole_word(attribution._VERB_WORDS)),
    "a study's finding": (attribution._FINDING, _holds_whole_word(attribution._FINDING_WORDS)),
    "a day referred back": (claims._DAY_REFERRED_BACK, _holds_word(claims._DAY_REFERRED_BACK_WORDS)),
    "not a count before": (numbers._NOT_A_COUNT_BEFORE, numbers._not_a_count_before),
    "contrast": (
        attribution._CONTRAST,
        lambda text: ";" in text or _holds_whole_word(attribution._CONTRAST_WORDS)(text),
    ),
}
_SHARED_FLAGS = int(regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERBOSE)


def _generator_for(pattern: regex.Pattern[str]) -> st.SearchStrategy[str]:
    """Strings holding a match of ``pattern``, drawn from an ``re`` rendering of it (ASCII letters for ``\\p{..}``)."""
    source = pattern.pattern.replace(r"\p{Lu}", "A-Z").replace(r"\p{Ll}", "a-z").replace(r"\p{L}", "a-zA-Z")
    return st.from_regex(re.compile(source, pattern.flags & _SHARED_FLAGS))


@pytest.mark.parametrize("name", sorted(PRECHECKS))
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_skipped_pattern_never_matches_text_without_its_words(name: str, data: st.DataObject) -> None:
    pattern, lets_through = PRECHECKS[name]
    text = data.draw(_generator_for(pattern))
    if pattern.search(text) is None:  # the ASCII rendering can be looser than the pattern (word boundaries, \p classes)
        return
    assert lets_through(text), text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_date_scan_is_skipped_only_where_no_date_can_be(data: st.DataObject) -> None:
    text = data.draw(_generator_for(dates.DATE_EXPRESSION))
    expected = [m.span() for m in dates.DATE_EXPRESSION.finditer(text)]
    assert [m.span() for m in dates.date_matches(text)] == expected


@pytest.mark.parametrize(
    "text, word",
    [
        ("The ſtrike hit at dawn", "strike"),  # long s: IGNORECASE matches it to s
        ("FRİDAY", "friday"),  # dotted capital I lowers to i plus a combining dot
        ("a raıd", "raid"),  # dotless i
    ],
)
def test_fold_case_keeps_the_words_ignorecase_finds(text: str, word: str) -> None:
    assert word in fold_case(text)


def test_the_fold_for_case_sensitive_number_patterns_covers_every_letter_ignorecase_reads_as_ascii() -> None:
    """numbers matches lowercase patterns against folded text; it must fold what IGNORECASE would have matched."""
    readers = {letter: re.compile(letter, re.IGNORECASE) for letter in "abcdefghijklmnopqrstuvwxyz"}
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    found = {}
    for code in range(0x80, 0x110000):
        char = chr(code)
        if not 0xD800 <= code <= 0xDFFF and any_letter.match(char):
            found[char] = next(letter for letter, reader in readers.items() if reader.match(char))
    assert found == IGNORECASE_LETTERS


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_the_past_event_hint_lets_through_every_past_event_that_counts(data: st.DataObject) -> None:
    """dates._PAST_HINT guards dates.PAST_EVENT: any match kept (a month only capitalised) passes the hint."""
    text = data.draw(_generator_for(dates.PAST_EVENT))
    kept = [
        m for m in dates.PAST_EVENT.finditer(text) if not (m.group("month") and not m.group("month_m")[0].isupper())
    ]
    if kept:
        assert dates._PAST_HINT.search(text), text


#: The scans that run a case-insensitive pattern as ``re`` does on ASCII text lowered, by name.
SCANS: dict[str, CaselessScan] = {
    "place opener": places._OPENER_SCAN,
    "speech verb": attribution._VERB_SCAN,
    "event words": places._EVENT_WORDS_SCAN,
    "date": dates._DATE_SCAN,
    "running total": next(p for _, p, _, _ in framing._CUE_PATTERNS if isinstance(p, CaselessScan)),
}


def _mixed_case(text: str, flips: list[bool]) -> str:
    return "".join(c.upper() if flip else c for c, flip in zip(text, flips + [False] * len(text), strict=False))


@pytest.mark.parametrize("name", sorted(SCANS))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_caseless_scan_finds_what_its_pattern_finds(name: str, data: st.DataObject) -> None:
    """On ASCII text in any case (and on text beyond it) the fast scan finds the pattern's matches, at its offsets."""
    scan = SCANS[name]
    core = data.draw(_generator_for(scan.pattern))
    flips = data.draw(st.lists(st.booleans(), max_size=len(core)))
    around = st.text(alphabet=st.sampled_from(" ,.;:-'\"\t\nabcXYZ019"), max_size=12)  # ASCII: the fast path
    text = data.draw(around) + _mixed_case(core, flips) + data.draw(around)
    expected = [m.span() for m in scan.pattern.finditer(text)]
    assert [m.span() for m in scan.finditer(text)] == expected, text
    first = scan.pattern.search(text)
    found = scan.search(text)
    assert (found.span() if found else None) == (first.span() if first else None), text


def test_a_caseless_scan_refuses_a_pattern_that_case_matters_to() -> None:
    with pytest.raises(ValueError):
        CaselessScan(regex.compile(r"\b\p{Lu}\w+", regex.IGNORECASE))
    with pytest.raises(ValueError):
        CaselessScan(regex.compile(r"\bkilled\b"))  # not case-insensitive: lowering the text would change it


extract = importlib.import_module("claimcheck.extraction.claims")  # the document reader and its patterns
context = importlib.import_module("claimcheck.extraction.context")

#: A cheap test before a pattern, by name: (the pattern's own answer, the answer with the test first).
GUARDED: dict[str, tuple[regex.Pattern[str], Callable[[str], object], Callable[[str], object]]] = {
    "header": (framing._HEADER, lambda t: framing._HEADER.match(t) is not None, framing.is_header),
    "framing date": (
        context._FRAMING_DATE,
        lambda t: (m := context._FRAMING_DATE.match(t)) and m.span(),
        lambda t: (m := context._framing_date(t)) and m.span(),
    ),
    "breakdown": (counts._BREAKDOWN, lambda t: counts._BREAKDOWN.fullmatch(t) is not None, counts._ends_breakdown),
    "denied figures": (
        lexicon.DENIAL,
        lambda t: bool(lexicon.DENIAL.search(t) and lexicon.FIGURE_WORDS.search(t)),
        extract._may_deny_figures,
    ),
}


@pytest.mark.parametrize("name", sorted(GUARDED))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_guarded_pattern_answers_as_the_pattern_alone(name: str, data: st.DataObject) -> None:
    pattern, alone, guarded = GUARDED[name]
    tail = st.text(alphabet=st.sampled_from(" ,.:-!?;abcXYZ19\u2013\u0130"), max_size=20)
    text = data.draw(st.one_of(_generator_for(pattern), tail)) + data.draw(st.one_of(st.just(""), tail))
    assert bool(guarded(text)) == bool(alone(text)) and guarded(text) == alone(text), text


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_an_ascii_sentence_splits_into_the_words_and_digits_the_patterns_find(text: str) -> None:
    """numbers._candidates reads an ASCII sentence's a-z runs and digits from its bytes, as the patterns would."""
    raw = text.lower().encode("ascii")
    assert {w.decode() for w in raw.translate(NOT_A_TO_Z).split()} == set(numbers._ASCII_WORD.findall(text.lower()))
    assert (len(raw.translate(None, numbers._ASCII_DIGITS)) < len(raw)) == bool(numbers._DIGIT_RUN.search(text))


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60), st.data())
def test_an_ascii_sentence_gives_the_head_words_the_pattern_captures(text: str, data: st.DataObject) -> None:
    """counts._head_words reads ASCII text with ``re`` one word at a time: the words and spans of ``_HEAD_WORDS``."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    m = counts._HEAD_WORDS.match(text, start, end)
    assert counts._head_words(text, start, end) == ((m.captures(1), m.spans(1)) if m else ([], []))


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60), st.data())
def test_an_ascii_sentence_gives_the_place_words_the_patterns_capture(text: str, data: st.DataObject) -> None:
    """places._read_words reads ASCII text with ``re``, a word at a time: the words its two patterns capture."""
    start = data.draw(st.integers(0, len(text)))
    for count, pattern in ((places._FIRST_COUNT, places._FIRST_WORDS), (places._MORE_COUNT, places._MORE_WORDS)):
        m = pattern.match(text, start)
        assert places._read_words(text, start, count) == (places._words(m), m.end() if m else start)
