"""The extractor skips an expensive pattern when a sentence lacks every word the pattern is made of.

Each skip is only safe while its word list stays in step with its pattern. These
properties draw strings the pattern matches (hypothesis builds them from the
pattern itself) and require the pre-check to let each one through, so a word
added to a pattern but not to its list fails here rather than silently missing
figures.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import dates, framing, lexicon
from claimcheck.dates import fold_case

#: (pattern, the pre-check that must hold wherever the pattern matches)
PRECHECKS: dict[str, tuple[regex.Pattern[str], object]] = {
    "incident": (framing._INCIDENT, framing._INCIDENT_WORDS),
    "strong incident": (framing._STRONG_INCIDENT, framing._STRONG_INCIDENT_WORDS),
    "period": (framing._PERIOD, framing._PERIOD_WORDS),
    "projection": (lexicon.PROJECTION, framing._PROJECTION_WORDS),
    "modal after": (framing._MODAL_AFTER, framing._PROJECTION_WORDS),
    "denial": (lexicon.DENIAL, framing._DENIAL_WORDS),
    "since": (framing._SINCE_BEFORE, framing._SINCE_WORDS),
}
_SHARED_FLAGS = int(regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERBOSE)


def _generator_for(pattern: regex.Pattern[str]) -> st.SearchStrategy[str]:
    """Strings that ``pattern`` matches, drawn from an ``re`` rendering of it (ASCII letters for ``\\p{..}``)."""
    source = pattern.pattern.replace(r"\p{Lu}", "A-Z").replace(r"\p{Ll}", "a-z").replace(r"\p{L}", "a-zA-Z")
    return st.from_regex(re.compile(source, pattern.flags & _SHARED_FLAGS), fullmatch=True)


@pytest.mark.parametrize("name", sorted(PRECHECKS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_skipped_pattern_never_matches_text_without_its_words(name: str, data: st.DataObject) -> None:
    pattern, words = PRECHECKS[name]
    text = data.draw(_generator_for(pattern))
    match = pattern.search(text)
    if match is None:  # the ASCII rendering can be looser than the pattern (word boundaries, \p classes)
        return
    assert any(word in fold_case(match.group()) for word in words), match.group()  # type: ignore[attr-defined]


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
