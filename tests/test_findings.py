"""One finding per figure (issue 14): what check reports by default, and what every pair still gives."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pandas as pd
import pytest
from claims_helper import make_claims

import claimcheck
from claimcheck import check, schema
from claimcheck.checking import findings

ROOT = Path(__file__).resolve().parents[1]


def _articles_module():
    """benchmarks/articles.py, the article generator, loaded by path (benchmarks is not a package)."""
    spec = importlib.util.spec_from_file_location("bench_articles", ROOT / "benchmarks" / "articles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_articles", module)
    spec.loader.exec_module(module)
    return module


def generated_claims(seed: int, n: int = 60) -> pd.DataFrame:
    """Claims of many outlets about a few quantities over a few days, with sources, places and falls."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        figure = rng.choice(["", "more than ", "about ", "at least "]) + str(rng.choice([10, 12, 20, 30, 45, 60, 100]))
        rows.append(
            dict(
                figure=figure,
                category=rng.choice(["killed", "injured"]),
                claim_date=f"2024-07-{rng.randint(8, 11):02d}",
                source=rng.choice([None, "the ministry", "the UN", "police"]),
                location=rng.choice([None, "Rafah", "Kherson"]),
                doc_id=f"d{rng.randint(0, n // 2)}",
            )
        )
    return make_claims(*rows)


def in_conflict(conflicts: pd.DataFrame) -> set[tuple[str, str]]:
    """(rule, claim) for every claim a finding names."""
    ids = pd.concat(
        [
            conflicts[["rule", "claim_a"]].set_axis(["rule", "claim"], axis=1),
            conflicts[["rule", "claim_b"]].set_axis(["rule", "claim"], axis=1),
        ]
    )
    ids = ids[ids["claim"].notna()]
    return set(zip(ids["rule"].astype(str), ids["claim"].astype(str), strict=True))


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_claims_in_conflict_are_the_same_per_figure_and_with_every_pair(seed: int) -> None:
    claims = generated_claims(seed)
    every = check(claims, pairs="all")
    default = check(claims)
    assert len(every) > 0
    assert in_conflict(default) == in_conflict(every)
    assert len(default) <= len(every)


@pytest.mark.parametrize("seed", [3, 7])
def test_claims_in_conflict_are_the_same_on_generated_articles(seed: int) -> None:
    docs = _articles_module().generate_articles(12, seed=seed)
    # every article tells the same story, so their figures are compared
    claims = claimcheck.extract(docs.assign(event="one-story"))
    every = check(claims, pairs="all")
    default = check(claims)
    assert in_conflict(default) == in_conflict(every)
    assert len(default) <= max(1, 2 * len(in_conflict(every)))


@pytest.mark.parametrize("pairs", ["figure", "all"])
def test_findings_stay_within_the_claims_in_conflict(pairs: str) -> None:
    out = check(generated_claims(11, n=80), pairs=pairs)
    assert set(out["figure"].astype(str)) <= {c for _, c in in_conflict(out)}
    assert (out["others"] >= 0).all()


def test_a_fall_is_shown_against_the_highest_earlier_report_it_falls_below() -> None:
    claims = make_claims(
        dict(figure="60", claim_date="2024-07-02"),
        dict(figure="about 90", claim_date="2024-07-03"),
        dict(figure="more than 80", claim_date="2024-07-03"),
        dict(figure="20", claim_date="2024-07-05"),
    )
    out = check(claims)
    late = out[out["figure"] == "c3"]
    # 'about 90' (at least 81) is the highest report 20 falls below; 'more than 80' and the older 60 are its others
    assert late[["claim_a", "claim_b", "others"]].values.tolist() == [["c1", "c3", 2]]
    # each other earlier report stays in conflict, shown once against the fall
    assert out[out["figure"] == "c2"][["claim_a", "claim_b"]].values.tolist() == [["c2", "c3"]]
    assert out[out["figure"] == "c0"][["claim_a", "claim_b"]].values.tolist() == [["c0", "c3"]]
    assert set(check(claims, pairs="all")["claim_a"]) == {"c0", "c1", "c2"}


def test_a_same_day_figure_is_shown_against_the_figure_farthest_from_it() -> None:
    claims = make_claims(dict(figure="10"), dict(figure="40"), dict(figure="90"))
    every = check(claims, pairs="all")
    default = check(claims)
    assert len(every) == 3
    # 10 and 90 are each other's farthest (one row); 40's farthest is 90
    assert sorted(zip(default["claim_a"], default["claim_b"], strict=True)) == [("c0", "c2"), ("c1", "c2")]
    assert default.set_index("figure")["others"].to_dict() == {"c2": 1, "c1": 1}


@pytest.mark.parametrize("pairs", ["figure", "all"])
def test_one_quantity_on_one_day_is_one_group(pairs: str) -> None:
    claims = make_claims(
        dict(figure="10"),
        dict(figure="40"),
        dict(figure="90"),
        dict(figure="5", category="injured"),
        dict(figure="50", category="injured"),
    )
    out = check(claims, pairs=pairs)
    groups = out.groupby(out["claim_a"].map({"c0": "k", "c1": "k", "c2": "k", "c3": "i", "c4": "i"}))["group"]
    assert groups.nunique().to_dict() == {"i": 1, "k": 1}
    assert out["group"].nunique() == 2


@pytest.mark.parametrize("pairs", ["figure", "all"])
def test_the_conflicts_frame_keeps_the_schema_and_the_input(pairs: str) -> None:
    claims = generated_claims(5)
    before = claims.copy()
    out = check(claims, pairs=pairs)
    pd.testing.assert_frame_equal(claims, before)
    assert list(out.columns) == schema.columns("conflicts")
    assert out["conflict_id"].is_unique


def test_per_figure_does_not_modify_its_input() -> None:
    frame = pd.DataFrame(
        {"rule": ["r", "r"], "claim_a": ["x", "x"], "claim_b": ["y", "z"], "severity": "error", "gap": [1.0, 2.0]}
    )
    before = frame.copy()
    out = findings.per_figure(frame)
    pd.testing.assert_frame_equal(frame, before)
    assert out["figure"].tolist() == ["y", "z"]


@pytest.mark.parametrize("bad", ["each", "", None])
def test_an_unknown_pairs_value_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="pairs"):
        check(make_claims(dict(figure="10"), dict(figure="20")), pairs=bad)


@pytest.mark.parametrize("seed", [2, 6])
def test_kept_findings_carry_the_messages_every_pair_gives_them(seed: int) -> None:
    claims = generated_claims(seed, n=70)
    every = check(claims, pairs="all").set_index("conflict_id")["message"]
    default = check(claims).set_index("conflict_id")["message"]
    assert len(default) > 0
    assert default.to_dict() == every.loc[default.index].to_dict()


def test_a_figure_told_twice_is_paired_the_same_whatever_the_order_of_claims() -> None:
    """Two copies of one figure are the same counterpart: which one a finding names never hangs on claim order.

    The documents are the news-like text the property tests generated when they found it.
    """
    docs = pd.DataFrame(
        {
            "doc_id": ["article-0", "article-1"],
            "text": [
                ("Just under two people were detained.\n3628800 people were hurt. Just under 316 people were killed."),
                (
                    "As many as 0 people were killed.\n"
                    "4.0 million people were killed so far, medics said. "
                    "No fewer than 2690 people were killed, according to the UN. One victim was aged 12. "
                    "20563 or more Palestinians were hurt in Gaza City since October 7, according to the UN. "
                    "(updated)\n"
                    "Nearly 4.0 million residents died near Kharkiv so far, medics said. "
                    "The strike came at 8:45 p.m. "
                    "Officials said no fewer than 2,690 children were displaced near Kharkiv by Sunday evening, "
                    "according to the UN. "
                    "One victim was aged 12. "
                    "The ministry said that 20563 or more Palestinians were hurt in Gaza City since October 7, "
                    "according to the UN. "
                    "(updated)\n"
                    "Rescuers reported that at least 1.2 million children were wounded near Kharkiv. "
                    "Fighting began in 2023."
                ),
            ],
            "published": ["2024-03-10", "2024-03-06"],
        }
    )
    claims = claimcheck.extract(docs)
    forward = claimcheck.check(claims)
    backward = claimcheck.check(claims.iloc[::-1].reset_index(drop=True))
    pairs = {(r, frozenset(p)) for r, *p in zip(forward["rule"], forward["claim_a"], forward["claim_b"], strict=True)}
    assert pairs
    assert pairs == {
        (r, frozenset(p)) for r, *p in zip(backward["rule"], backward["claim_a"], backward["claim_b"], strict=True)
    }
