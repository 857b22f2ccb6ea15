"""One search over a column's distinct texts says what a search of each text alone would say."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import regex

from claimcheck.checking import quantity
from claimcheck.checking._lookup import search_texts

TEXTS = [
    "Since the war began, 400 people have died.",
    "war",  # the cue is the whole text
    "The toll rose to 12 in the past 24 hours.",
    "Six remain in hospital, two in critical condition.",
    "A warm front brought rain; 3 drowned.",  # a cue word inside another word
    "",
    None,
    "Campaigners said 30 were held since 2019",  # the cue ends the text
    "daily",
    "alone in the house, 4 died",
    "She said the protests continued.",
    "Twelve people were hurt on Monday.",
    "SINCE THE WAR BEGAN, 400 HAVE DIED.",  # capitals: the cue is found in the lower-cased text all the same
    "Nine Remain In Hospital, Officials Said.",
    "İstanbul: 12 died in the Past 24 Hours.",  # a letter whose lower case is longer: the text is searched as is
]

PATTERNS = [quantity.CAMPAIGN_CUES, quantity.PERIOD_CUES, quantity.IN_CARE_CUES, quantity.INCLUDES_PERPETRATORS]


def _one_by_one(pattern: regex.Pattern[str], texts: list[str | None]) -> list[bool]:
    return [bool(t) and pattern.search(t) is not None for t in texts]


@pytest.mark.parametrize("pattern", PATTERNS, ids=["campaign", "period", "in care", "perpetrators"])
@pytest.mark.parametrize("dtype", [object, "string", "category"])
def test_joined_search_agrees_with_each_text_searched_alone(pattern: regex.Pattern[str], dtype: object) -> None:
    rng = np.random.default_rng(7)
    texts = [TEXTS[i] for i in rng.integers(0, len(TEXTS), 300)]  # repeated, as claims repeat sentences
    column = pd.Series(texts, dtype=dtype)
    assert search_texts(pattern, column).tolist() == _one_by_one(pattern, texts)


@pytest.mark.parametrize("pattern", PATTERNS, ids=["campaign", "period", "in care", "perpetrators"])
def test_rows_left_out_are_never_searched(pattern: regex.Pattern[str]) -> None:
    column = pd.Series(TEXTS * 3, dtype="string")
    rows = np.arange(len(column)) % 2 == 0
    expected = [r and hit for r, hit in zip(rows.tolist(), _one_by_one(pattern, TEXTS * 3), strict=True)]
    assert search_texts(pattern, column, rows=rows).tolist() == expected


def test_a_match_across_two_texts_counts_for_neither() -> None:
    # a pattern that can run over the separator: each text is checked again alone
    pattern = regex.compile(r"end[\s\S]start")
    column = pd.Series(["the end", "start here", "endXstart"], dtype="string")
    assert search_texts(pattern, column).tolist() == [False, False, True]


def test_an_empty_column_has_no_matches() -> None:
    assert search_texts(quantity.CAMPAIGN_CUES, pd.Series([], dtype="string")).tolist() == []
