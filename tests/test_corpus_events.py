"""A regression corpus of small news clusters written for these tests (quakes, crushes, crashes, shootings, a hotel
fire, floods, protests).

Each case lists figures that must be found in conflict (``expect``, pairs of surfaces) and figures that
must never be (``never``). The texts are the project's own; no published article is copied.
Known misses are kept as strict xfails, so a fix shows up as an unexpected pass.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import claimcheck

CASES = [json.loads(line) for line in (Path(__file__).parent / "corpus" / "events.jsonl").read_text().splitlines()]
KNOWN_MISSES: dict[tuple[str, str, str], str] = {
    ("bus", "24", "27"): "a place the gazetteer cannot resolve ('the Peruvian Andes') is no site: it may be an area "
    "of its own, so it never matches a city inside it",
    ("quake-provinces", "214", "153"): "a quake's toll told for 'western Afghanistan' and for 'Herat and Badghis "
    "provinces' is one toll, but a direction's part of a country and its provinces are not known to coincide",
}


def _found(case: dict) -> tuple[set[str], set[frozenset[str]]]:
    """The surfaces of the claims extracted from a case, and the pairs of surfaces found in conflict."""
    docs = pd.DataFrame(case["docs"])
    docs["published"] = pd.to_datetime(docs["published"])
    claims = claimcheck.extract(docs)
    conflicts = claimcheck.check(claims)
    surface = dict(zip(claims["claim_id"], claims["surface"], strict=True))
    pairs = zip(conflicts["claim_a"], conflicts["claim_b"], strict=True)
    return set(surface.values()), {frozenset((surface[a], surface[b])) for a, b in pairs if isinstance(b, str)}


def _params(field: str) -> list:
    out = []
    for case in CASES:
        for a, b in case[field]:
            reason = KNOWN_MISSES.get((case["case"], a, b))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(case, a, b, id=f"{case['case']}:{a}~{b}", marks=marks))
    return out


@pytest.mark.parametrize("case, a, b", _params("expect"))
def test_figures_that_cannot_both_hold_are_found(case: dict, a: str, b: str) -> None:
    assert frozenset((a, b)) in _found(case)[1]


@pytest.mark.parametrize("case, a, b", _params("never"))
def test_figures_that_can_both_hold_are_never_paired(case: dict, a: str, b: str) -> None:
    surfaces, pairs = _found(case)
    assert {a, b} <= surfaces  # both figures are read, so their not being paired means something
    assert frozenset((a, b)) not in pairs


def test_the_clusters_checked_as_one_corpus_give_no_finding_across_them() -> None:
    rows = [{**d, "doc_id": f"{c['case']}::{d['doc_id']}"} for c in CASES for d in c["docs"]]
    docs = pd.DataFrame(rows)
    docs["published"] = pd.to_datetime(docs["published"])
    conflicts = claimcheck.check(claimcheck.extract(docs))
    across = conflicts[conflicts["doc_b"].notna()]
    case_a = across["doc_a"].str.split("::").str[0]
    case_b = across["doc_b"].str.split("::").str[0]
    assert (case_a == case_b).all(), across.loc[case_a != case_b, "message"].tolist()
