"""ClaimReview JSON-LD export: schema.org shape, the claimcheck: conflict extension, strict JSON."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from claimcheck import schema
from claimcheck.presenting.claimreview import CONFLICTING, CONSISTENT, NAMESPACE, claim_iri, dumps, to_claimreview

INF = math.inf


def _claims() -> pd.DataFrame:
    return schema.conform(
        pd.DataFrame(
            {
                "claim_id": ["c1", "c2", "c3", "c4"],
                "doc_id": ["d1", "d2", "d3", "d3"],
                "surface": ["more than 25,000", "24,000", "seven", "could reach 30,000"],
                "sentence": [
                    "More than 25,000 have died.",
                    "24,000 </script> have died.",
                    "Seven died.",
                    "It could reach 30,000.",
                ],
                "low": [25000.0, 24000.0, 7.0, 30000.0],
                "high": [INF, 24000.0, 7.0, 30000.0],
                "value": [25000.0, 24000.0, 7.0, 30000.0],
                "low_inclusive": [False, True, True, True],
                "high_inclusive": [False, True, True, True],
                "qualifier": ["more_than", "exact", "exact", "exact"],
                "category": ["killed"] * 4,
                "modality": ["asserted", "asserted", "asserted", "projected"],
                "source": ["Gaza's Ministry of Health", None, "medics", None],
                "outlet": ["Outlet A", "Outlet B", None, None],
                "claim_date": ["2024-01-22", "2024-01-22", "2024-01-23", None],
                "published": ["2024-01-22", "2024-01-22", "2024-01-23", "2024-01-23"],
            }
        ),
        "claims",
    )


def _conflicts() -> pd.DataFrame:
    return schema.conform(
        pd.DataFrame(
            {
                "conflict_id": ["k1", "k2"],
                "rule": ["source_disagreement", "reference_mismatch"],
                "severity": ["error", "warning"],
                "claim_a": ["c1", "c2"],
                "claim_b": ["c2", None],
                "message": ["more than 25,000 vs 24,000 on one day", "24,000 is below the reference"],
            }
        ),
        "conflicts",
    )


def _docs() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["d1", "d2", "d3"],
            "text": ["", "", ""],
            "url": ["https://a.example/1", None, None],
            "title": ["Toll passes 25,000", "T2", "T3"],
        }
    )


@pytest.fixture
def reviews() -> list[dict]:
    return to_claimreview(_claims(), _conflicts(), docs=_docs(), author="Desk", date_reviewed="2024-02-01")


def _by_claim(reviews: list[dict]) -> dict[str, dict]:
    return {r["itemReviewed"]["@id"]: r for r in reviews}


def test_one_claimreview_per_asserted_claim(reviews: list[dict]) -> None:
    assert [r["@type"] for r in reviews] == ["ClaimReview"] * 3
    assert sorted(_by_claim(reviews)) == [claim_iri("c1"), claim_iri("c2"), claim_iri("c3")]
    assert len(to_claimreview(_claims(), _conflicts(), asserted_only=False, date_reviewed="2024-02-01")) == 4


def test_reviews_carry_the_schema_org_fields(reviews: list[dict]) -> None:
    r = _by_claim(reviews)[claim_iri("c1")]
    assert r["@context"]["@vocab"] == "https://schema.org/" and r["@context"]["claimcheck"] == NAMESPACE
    assert r["author"] == {"@type": "Organization", "name": "Desk"} and r["datePublished"] == "2024-02-01"
    assert r["claimReviewed"] == "More than 25,000 have died."
    item = r["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"]["name"] == "Gaza's Ministry of Health"
    assert item["appearance"] == {
        "@type": "CreativeWork",
        "url": "https://a.example/1",
        "headline": "Toll passes 25,000",
        "datePublished": "2024-01-22",
        "publisher": {"@type": "Organization", "name": "Outlet A"},
    }


def test_conflicting_claims_point_at_each_other(reviews: list[dict]) -> None:
    by = _by_claim(reviews)
    assert by[claim_iri("c1")]["itemReviewed"]["claimcheck:conflictsWith"] == [claim_iri("c2")]
    assert by[claim_iri("c2")]["itemReviewed"]["claimcheck:conflictsWith"] == [claim_iri("c1")]
    assert "claimcheck:conflictsWith" not in by[claim_iri("c3")]["itemReviewed"]


def test_findings_name_rule_severity_and_message(reviews: list[dict]) -> None:
    by = _by_claim(reviews)
    findings = by[claim_iri("c2")]["claimcheck:finding"]
    assert [(f["claimcheck:rule"], f["claimcheck:severity"]) for f in findings] == [
        ("source_disagreement", "error"),
        ("reference_mismatch", "warning"),
    ]
    assert findings[1]["claimcheck:claims"] == [claim_iri("c2")]  # a one-claim finding has no partner
    assert by[claim_iri("c2")]["reviewRating"]["alternateName"] == CONFLICTING
    assert by[claim_iri("c3")]["reviewRating"] == {"@type": "Rating", "alternateName": CONSISTENT}


def test_open_upper_bound_is_left_out_not_written_as_infinity(reviews: list[dict]) -> None:
    figure = _by_claim(reviews)[claim_iri("c1")]["itemReviewed"]["claimcheck:figure"]
    assert figure["@type"] == "QuantitativeValue" and figure["minValue"] == 25000 and "maxValue" not in figure
    assert figure["claimcheck:lowInclusive"] is False and figure["claimcheck:qualifier"] == "more_than"


def test_dumps_is_strict_json_and_can_be_script_safe(reviews: list[dict]) -> None:
    text = dumps(reviews)
    assert json.loads(text) == json.loads(json.dumps(reviews))
    safe = dumps(reviews, script_safe=True)
    assert "</script>" not in safe and json.loads(safe) == reviews


def test_no_claims_give_no_reviews() -> None:
    assert to_claimreview(schema.empty("claims"), schema.empty("conflicts")) == []
