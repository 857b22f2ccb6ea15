"""The checker's fast paths give what the slower code they replaced gave (issue 14: check on 1M claims).

Each test states the replaced expression and compares on inputs chosen for its edge cases: Unicode white
space and digits, missing values, a trailing newline, ties and -0.0.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import regex

from claimcheck.checking import pairs, quantity, rules
from claimcheck.checking._lookup import search_texts


def test_opening_with_digit_is_python_match_of_space_then_digit() -> None:
    texts = pd.Series(
        ["09:40 The coast guard says", "  \t7:30", "\x1c5 x", "\u00a0\u0663 x", " \u00b2x", "\u2028 9", "x9", "", None]
        + ["\u00c9a", "9", "A1", "\n3", "(12) dead", "\u201c3 dead\u201d"],
        dtype="string",
    )
    want = [bool(isinstance(t, str) and re.match(r"\s*\d", t)) for t in texts.astype(object).tolist()]
    assert rules._opening_with_digit(texts).tolist() == want


def test_closing_marks_are_the_headline_pattern_on_stripped_text() -> None:
    raw = ["a.", "b", "c\u201d", "d\u2019 ", "e)", "f\n", "g:\n", "h'", 'i"', "", "j!?", "k?x", "l .\n\n", None]
    text = pd.Series(raw, dtype="string").fillna("").str.rstrip()
    pattern = (~text.str.contains(r"[.!?:\"\u201d\u2019')]$", regex=True)).fillna(False).to_numpy(bool)
    assert (~text.str.endswith(rules._CLOSING_MARKS)).fillna(False).to_numpy(bool).tolist() == pattern.tolist()


def test_lanes_sorted_by_codes_as_lexsort_sorts_them() -> None:
    rng = np.random.default_rng(4)
    lane = rng.integers(0, 50, 5000).astype(np.int64)
    day = rng.integers(19000, 19040, 5000).astype(float)
    day[::7] = -0.0 * day[::7]  # -0.0 and 0.0 tie, as lexsort has them
    day[1::7] = 0.0
    assert pairs._by_lane_then_day(lane, day).tolist() == np.lexsort((day, lane)).tolist()


def test_keys_of_nationals_read_in_place_as_one_by_one() -> None:
    keys = ["killed|nationals of ES|cumulative", "killed|people|cumulative", None, "injured|nationals of SY|incident"]
    text = pd.Series(keys, dtype="string")
    national = [k for k in keys if isinstance(k, str) and f"|{quantity.NATIONALS_CLASS_PREFIX}" in k]
    want = text.isin(national).to_numpy(bool).tolist()
    assert quantity._keys_of_nationals(text).tolist() == want
    assert quantity._keys_of_nationals(pd.Series(keys, dtype=object)).tolist() == want


def test_search_with_no_rows_reads_nothing_and_finds_nothing() -> None:
    sentences = quantity.sentence_categories(pd.DataFrame({"sentence": ["the war dead", "war", None]}))
    pattern = regex.compile(r"\bwar\b")
    assert search_texts(pattern, sentences).tolist() == [True, True, False]
    assert search_texts(pattern, sentences, rows=np.zeros(3, dtype=bool)).tolist() == [False, False, False]
    assert search_texts(pattern, sentences, rows=np.array([False, True, True])).tolist() == [False, True, False]
