"""The .claimcheck accessor: filters, running totals, conflict look-ups and sentences in context."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from claimcheck import schema
from claimcheck.presenting.accessor import UNATTRIBUTED, report_dates, source_labels

INF = math.inf

TEXT_1 = "Strikes went on. More than 25,000 people have been killed, the ministry said. Talks resumed."
TEXT_2 = "Medics said seven people died in Rafah on Tuesday."


def _claims() -> pd.DataFrame:
    start = TEXT_1.index("More than 25,000")
    return schema.conform(
        pd.DataFrame(
            {
                "claim_id": ["c1", "c2", "c3", "c4", "c5"],
                "doc_id": ["d1", "d2", "d3", "d4", "d2"],
                "start": [start, TEXT_2.index("seven"), 0, 0, 0],
                "end": [start + len("More than 25,000"), TEXT_2.index("seven") + 5, 0, 0, 0],
                "surface": ["More than 25,000", "seven", "24,000", "28,000", "30,000"],
                "sentence": [
                    "More than 25,000 people have been killed, the ministry said.",
                    "Medics said seven people died in Rafah on Tuesday.",
                    "About 24,000 people have died.",
                    "The toll reached 28,000.",
                    "The toll could reach 30,000.",
                ],
                "sentence_start": [TEXT_1.index("More than"), 0, 0, 0, 0],
                "low": [25000.0, 7.0, 21600.0, 28000.0, 30000.0],
                "high": [INF, 7.0, 26400.0, 28000.0, 30000.0],
                "value": [25000.0, 7.0, 24000.0, 28000.0, 30000.0],
                "category": ["killed", "killed", "killed", "killed", "killed"],
                "location": ["Gaza", "Rafah", "Gaza", " gaza ", "Gaza"],
                "subject": ["people", "people", "people", "people", "people"],
                "scope": ["cumulative", "incident", "cumulative", "cumulative", "cumulative"],
                "modality": ["asserted", "asserted", "asserted", "asserted", "projected"],
                "source": ["the ministry", "Medics", "Gaza health officials", None, None],
                "source_key": ["gaza-moh", None, "gaza-moh", None, None],
                "claim_date": ["2024-01-22", "2024-01-23", "2024-01-20", "2024-02-10", "2024-02-11"],
                "published": ["2024-01-22", "2024-01-24", "2024-01-20", "2024-02-10", "2024-02-11"],
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
                "claim_a": ["c3", "c1"],
                "claim_b": ["c1", None],
            }
        ),
        "conflicts",
    )


def test_quantity_filters_case_insensitively_and_orders_by_report_date() -> None:
    got = _claims().claimcheck.quantity(category="KILLED", location="gaza", scope="cumulative")
    assert got["claim_id"].tolist() == ["c3", "c1", "c4", "c5"]


def test_quantity_drops_claims_missing_the_filtered_column() -> None:
    claims = _claims()
    claims.loc[0, "location"] = pd.NA
    assert "c1" not in claims.claimcheck.quantity(location="Gaza")["claim_id"].tolist()


def test_quantity_does_not_modify_the_frame() -> None:
    claims = _claims()
    before = claims.copy()
    claims.claimcheck.quantity(category="killed", location="Rafah")
    pd.testing.assert_frame_equal(claims, before)


def test_report_date_of_an_incident_is_its_publication_date() -> None:
    dates = report_dates(_claims()).dt.strftime("%Y-%m-%d").tolist()
    assert dates[1] == "2024-01-24"  # incident: reported when published, not when it happened
    assert dates[0] == "2024-01-22"


def test_source_labels_fall_back_to_the_source_as_written_then_unattributed() -> None:
    assert source_labels(_claims()).tolist() == ["gaza-moh", "Medics", "gaza-moh", UNATTRIBUTED, UNATTRIBUTED]


def test_running_total_groups_cumulative_asserted_claims_by_source() -> None:
    total = _claims().claimcheck.running_total()
    assert list(total.columns) == [
        "category",
        "source_key",
        "date",
        "low",
        "high",
        "value",
        "claims",
        "claim_ids",
        "toll",
    ]
    moh = total[total["source_key"] == "gaza-moh"]
    assert moh["claim_ids"].tolist() == ["c3", "c1"]
    assert moh["toll"].tolist() == [24000.0, 25000.0]
    # the projected 30,000 and the incident figure do not count towards a running total
    assert "c5" not in ",".join(total["claim_ids"]) and "c2" not in ",".join(total["claim_ids"])


def test_running_total_toll_never_falls_within_a_source() -> None:
    claims = _claims()
    claims.loc[3, ["source_key", "value", "low", "high"]] = ["gaza-moh", 20000.0, 20000.0, 20000.0]
    moh = claims.claimcheck.running_total().query("source_key == 'gaza-moh'")
    assert moh["value"].tolist() == [24000.0, 25000.0, 20000.0]
    assert moh["toll"].tolist() == [24000.0, 25000.0, 25000.0]


def test_running_total_of_no_cumulative_claims_is_an_empty_frame_with_the_columns() -> None:
    total = schema.empty("claims").claimcheck.running_total(by="source")
    assert total.empty and "source" in total.columns and str(total["date"].dtype) == "datetime64[ns]"


def test_of_claim_finds_the_claim_on_either_side() -> None:
    conflicts = _conflicts()
    assert conflicts.claimcheck.of_claim("c1")["conflict_id"].tolist() == ["k1", "k2"]
    assert conflicts.claimcheck.of_claim("c3")["conflict_id"].tolist() == ["k1"]
    assert conflicts.claimcheck.of_claim("c4").empty


def test_conflicts_of_rejects_an_unknown_claim_id() -> None:
    claims = _claims()
    assert claims.claimcheck.conflicts_of("c3", _conflicts())["rule"].tolist() == ["source_disagreement"]
    with pytest.raises(KeyError, match="c99"):
        claims.claimcheck.conflicts_of("c99", _conflicts())


def test_of_claim_on_a_claims_frame_says_it_needs_conflicts() -> None:
    with pytest.raises(KeyError, match="conflicts frame"):
        _claims().claimcheck.of_claim("c1")


def test_in_context_marks_the_figure_in_the_article_sentence() -> None:
    docs = pd.DataFrame(
        {
            "doc_id": ["d1", "d2"],
            "text": [TEXT_1, TEXT_2],
            "title": ["Toll rises", "Rafah strike"],
            "outlet": ["A", "B"],
        }
    )
    ctx = _claims().claimcheck.in_context("c1", docs)
    assert ctx.marked() == "[More than 25,000] people have been killed, the ministry said."
    assert ctx.title == "Toll rises"
    assert '<mark class="fig">More than 25,000</mark>' in ctx._repr_html_()


def test_in_context_cuts_the_sentence_from_the_text_when_offsets_disagree_with_it() -> None:
    claims = _claims()
    claims.loc[0, ["sentence", "sentence_start"]] = ["stale sentence", 0]
    docs = pd.DataFrame({"doc_id": ["d1"], "text": [TEXT_1]})
    assert str(claims.claimcheck.in_context("c1", docs)) == (
        "[More than 25,000] people have been killed, the ministry said."
    )


def test_in_context_without_documents_marks_the_surface_in_the_claims_sentence() -> None:
    ctx = _claims().claimcheck.in_context("c2")
    assert ctx.parts() == ("Medics said ", "seven", " people died in Rafah on Tuesday.")


def test_in_context_escapes_article_text_in_html() -> None:
    claims = _claims()
    claims.loc[2, "sentence"] = "About 24,000 <script>alert(1)</script> died."
    html = claims.claimcheck.in_context("c3")._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
