"""Properties that hold for any input: arbitrary unicode, and generated news-like sentences (issue 7).

For every claim ``extract`` returns, ``text[start:end] == surface`` and
``low <= value <= high``; the same input gives the same frame; ``check`` never
pairs a claim with itself nor reports one unordered pair twice for one rule.

Example counts are modest so the suite stays fast. For a long run::

    HYPOTHESIS_PROFILE=fuzz .venv/bin/python -m pytest tests/test_properties.py -q

(``fuzz`` runs each property on 1,000 examples; ``CLAIMCHECK_EXAMPLES=N`` sets any count.)
"""

from __future__ import annotations

import math
import os
from collections import Counter

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.extraction.numbers import find_numbers
from claimcheck.extraction.sentences import split_sentences

_PROFILES = {"default": 20, "ci": 20, "fuzz": 1000}
EXAMPLES = int(os.environ.get("CLAIMCHECK_EXAMPLES", _PROFILES.get(os.environ.get("HYPOTHESIS_PROFILE", ""), 20)))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,  # time is measured in benchmarks/bench_hostile.py, never in unit tests
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- news-like text, built from parts --------------------------------------------------------------

QUALIFIERS = [
    "",
    "",
    "more than ",
    "at least ",
    "about ",
    "nearly ",
    "up to ",
    "fewer than ",
    "some ",
    "an estimated ",
    "almost ",
    "over ",
    "roughly ",
    "as many as ",
    "no fewer than ",
    "just under ",
    "close to ",
    "in excess of ",
]
WORD_NUMBERS = ["two", "seven", "eleven", "twenty-one", "forty", "a dozen", "one hundred", "three thousand"]
VAGUE = ["dozens of", "hundreds of", "thousands of", "tens of thousands of", "scores of", "several", "a few"]
PEOPLE = [
    "people",
    "Palestinians",
    "civilians",
    "children",
    "soldiers",
    "migrants",
    "residents",
    "workers",
    "hostages",
    "prisoners",
    "protesters",
    "miners",
    "passengers",
    "women",
]
VERBS = [
    "were killed",
    "died",
    "were wounded",
    "were injured",
    "are missing",
    "were taken hostage",
    "were released",
    "were arrested",
    "were displaced",
    "fled their homes",
    "have been killed",
    "were hurt",
    "remain missing",
    "were detained",
    "were evacuated",
]
PLACES = [
    "",
    " in Rafah",
    " in Gaza City",
    " near Kharkiv",
    " in northern Syria",
    " across the region",
    " in Khan Younis",
]
WHEN = [
    "",
    " on Tuesday",
    " since October 7",
    " so far",
    " yesterday",
    " last week",
    " by Sunday evening",
    " overnight",
]
SOURCES = [
    "",
    ", medics said",
    ", the health ministry said",
    ", according to the UN",
    ", police said",
    ", Israeli figures show",
    ", officials told reporters",
    ", the Red Crescent said",
]
LEADS = [
    "",
    "Officials said ",
    "The ministry said that ",
    "Rescuers reported that ",
    "\u201cWe counted ",
    "Witnesses say ",
]
DISTRACTORS = [
    "",
    " The 45-year-old was among them.",
    " Fighting began in 2023.",
    " It was March 3.",
    " About 40 percent of homes were hit.",
    " The strike came at 8:45 p.m.",
    " Aid worth $3 million arrived.",
    " One victim was aged 12.",
    " Route 90 was closed.",
    " The toll could reach 500.",
    " Officials denied that 900 had died.",
    " including 12 children",
    " (updated)",
    " [sic]",
]


@st.composite
def figures(draw: st.DrawFn) -> str:
    """A number phrase as news writes it: digits with or without commas, words, scales, ranges, vague words."""
    n = draw(st.integers(min_value=0, max_value=5_000_000))
    kind = draw(st.sampled_from(["plain", "commas", "word", "scale", "range", "vague", "suffix"]))
    qualifier = draw(st.sampled_from(QUALIFIERS))
    if kind == "plain":
        return qualifier + str(n)
    if kind == "commas":
        return qualifier + f"{n:,}"
    if kind == "word":
        return qualifier + draw(st.sampled_from(WORD_NUMBERS))
    if kind == "scale":
        return qualifier + f"{draw(st.integers(1, 9))}.{draw(st.integers(0, 9))} million"
    if kind == "range":
        hi = n + draw(st.integers(1, 1000))
        return draw(st.sampled_from([f"between {n} and {hi}", f"{n:,} to {hi:,}", f"{n}-{hi}", f"{n}\u2013{hi}"]))
    if kind == "vague":
        return draw(st.sampled_from(VAGUE))
    return f"{n}" + draw(st.sampled_from([" or more", "+", " and counting", "-plus"]))


@st.composite
def news_sentences(draw: st.DrawFn) -> str:
    lead = draw(st.sampled_from(LEADS))
    figure = draw(figures())
    sentence = (
        f"{lead}{figure} {draw(st.sampled_from(PEOPLE))} {draw(st.sampled_from(VERBS))}"
        f"{draw(st.sampled_from(PLACES))}{draw(st.sampled_from(WHEN))}{draw(st.sampled_from(SOURCES))}"
    )
    sentence = sentence[0].upper() + sentence[1:]
    closing = "\u201d" if lead.startswith("\u201c") else ""
    return sentence + "." + closing + draw(st.sampled_from(DISTRACTORS))


@st.composite
def news_documents(draw: st.DrawFn) -> pd.DataFrame:
    """One to four articles of one to six paragraphs, dated within one week (so ``check`` has pairs to weigh)."""
    n_docs = draw(st.integers(1, 4))
    texts = []
    for _ in range(n_docs):
        paragraphs = draw(st.lists(st.lists(news_sentences(), min_size=1, max_size=3), min_size=1, max_size=6))
        separator = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
        texts.append(separator.join(" ".join(p) for p in paragraphs))
    days = draw(st.lists(st.integers(0, 6), min_size=n_docs, max_size=n_docs))
    return pd.DataFrame(
        {
            "doc_id": [f"article-{i}" for i in range(n_docs)],
            "text": texts,
            "published": [pd.Timestamp("2024-03-04") + pd.Timedelta(days=d) for d in days],
        }
    )


# Arbitrary unicode (surrogates excluded: see tests/test_robustness.py), and text dense in what the
# extractor's patterns look for, so regex edge cases are reached often.
PATTERN_ALPHABET = list("0123456789,.-\u2013+%$()[]\"'\u201c\u201d \n\t:/") + [
    "more than ",
    "at least ",
    "between ",
    " and ",
    " to ",
    "dozens",
    "hundred",
    "thousand",
    "million",
    "twenty-",
    "one",
    "people",
    "killed",
    "wounded",
    "said",
    "Gaza",
    "October",
    "a.m.",
    "Mr.",
    "U.S.",
    " or more",
    "years old",
]
arbitrary_text = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(PATTERN_ALPHABET), max_size=120).map("".join),
    st.lists(st.one_of(news_sentences(), st.text(max_size=30)), max_size=6).map(" ".join),
)


# --- helpers --------------------------------------------------------------------------------------


def assert_claims_are_consistent(docs: pd.DataFrame, claims: pd.DataFrame) -> None:
    """Offsets point at the surface, and the value lies in the interval, for every claim."""
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    assert claims["claim_id"].is_unique
    for row in claims.itertuples(index=False):
        text = texts[row.doc_id]
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start : row.end] == row.surface
        # "about x": low = x(1-t) <= x; "nearly x": high = x (exclusive) and value == x; "vague": value is low.
        assert row.low <= row.value <= row.high, (row.surface, row.low, row.value, row.high)
        assert not math.isnan(row.value)
        assert row.low <= row.implied_high or math.isinf(row.implied_high)


def assert_pairs_are_proper(conflicts: pd.DataFrame) -> None:
    """No claim paired with itself; no unordered pair reported twice for one rule."""
    pairs = conflicts.dropna(subset=["claim_b"])
    assert (pairs["claim_a"] != pairs["claim_b"]).all()
    keys = Counter(
        (rule, frozenset((a, b))) for rule, a, b in zip(pairs["rule"], pairs["claim_a"], pairs["claim_b"], strict=True)
    )
    repeated = [key for key, n in keys.items() if n > 1]
    assert not repeated, repeated
    assert conflicts["conflict_id"].is_unique


def finding_set(conflicts: pd.DataFrame) -> set[tuple[str, frozenset[str]]]:
    """Each finding as its rule and the unordered set of its claims."""
    columns = (conflicts["rule"], conflicts["claim_a"], conflicts["claim_b"].fillna(""))
    return {(rule, frozenset((a, b))) for rule, a, b in zip(*columns, strict=True)}


def as_docs(text: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ["d"], "text": [text]})


# --- properties -----------------------------------------------------------------------------------


@SETTINGS
@given(text=arbitrary_text)
def test_any_text_gives_claims_whose_offsets_and_intervals_hold(text: str) -> None:
    docs = as_docs(text)
    claims = claimcheck.extract(docs)
    assert_claims_are_consistent(docs, claims)
    assert_pairs_are_proper(claimcheck.check(claims))


@SETTINGS
@given(docs=news_documents())
def test_news_like_articles_give_claims_whose_offsets_and_intervals_hold(docs: pd.DataFrame) -> None:
    claims = claimcheck.extract(docs)
    assert_claims_are_consistent(docs, claims)


@SETTINGS
@given(docs=news_documents())
def test_check_never_pairs_a_claim_with_itself_nor_repeats_a_pair(docs: pd.DataFrame) -> None:
    claims = claimcheck.extract(docs)
    conflicts = claimcheck.check(claims)
    assert_pairs_are_proper(conflicts)
    assert set(conflicts["claim_a"]) <= set(claims["claim_id"])
    assert set(conflicts["claim_b"].dropna()) <= set(claims["claim_id"])


@SETTINGS
@given(docs=news_documents())
def test_check_reports_the_same_findings_whatever_the_order_of_claims(docs: pd.DataFrame) -> None:
    claims = claimcheck.extract(docs)
    forward = claimcheck.check(claims)
    backward = claimcheck.check(claims.iloc[::-1].reset_index(drop=True))
    assert finding_set(forward) == finding_set(backward)


@pytest.mark.parametrize("strategy", [arbitrary_text.map(as_docs), news_documents()], ids=["arbitrary", "news-like"])
def test_the_same_input_gives_the_same_output(strategy: st.SearchStrategy[pd.DataFrame]) -> None:
    @SETTINGS
    @given(docs=strategy)
    def same_twice(docs: pd.DataFrame) -> None:
        first, second = claimcheck.extract(docs), claimcheck.extract(docs.copy())
        pd.testing.assert_frame_equal(first, second)
        pd.testing.assert_frame_equal(claimcheck.check(first), claimcheck.check(second))

    same_twice()


@SETTINGS
@given(text=arbitrary_text)
def test_sentences_keep_their_offsets_and_lose_no_visible_character(text: str) -> None:
    sentences = split_sentences(text)
    covered = [False] * len(text)
    last_end = 0
    for s in sentences:
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text and s.text
        assert s.start >= last_end  # in order, never overlapping
        last_end = s.end
        covered[s.start : s.end] = [True] * (s.end - s.start)
    lost = [ch for ch, seen in zip(text, covered, strict=True) if not seen and not ch.isspace()]
    assert not lost


@SETTINGS
@given(text=arbitrary_text)
def test_number_phrases_point_at_their_surface_and_hold_their_value(text: str) -> None:
    for phrase in find_numbers(text):
        assert text[phrase.start : phrase.end] == phrase.surface
        assert phrase.low <= phrase.value <= phrase.high
        assert math.isfinite(phrase.value)
