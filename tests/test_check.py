"""claimcheck.check: each rule pinned on small corpora, and the non-conflicts a naive checker would raise."""

from __future__ import annotations

import pandas as pd
import pytest
from claims_helper import make_claims

from claimcheck import check, schema
from claimcheck.checking import rules


def pairs(conflicts: pd.DataFrame) -> list[tuple[str, str, str, object]]:
    return [(r.rule, r.severity, r.claim_a, r.claim_b) for r in conflicts.itertuples()]


def test_exact_against_more_than_on_one_day_is_an_error_with_fields_filled():
    claims = make_claims(dict(figure="60", source="the Investigative Committee"), dict(figure="more than 60"))
    out = check(claims)
    assert pairs(out) == [("interval_mismatch", "error", "c0", "c1")]
    row = out.iloc[0]
    assert (row.doc_a, row.doc_b, row.gap, row.key) == ("d0", "d1", 0.0, "killed|people|toll|*")
    assert "'60'" in row.message and "'more than 60'" in row.message and "Outlet0" in row.message
    assert row.message.count(".") == 1 and row.message.endswith(".")


@pytest.mark.parametrize(
    "source_a, source_b, rule",
    [
        ("Gaza health ministry", "the Hamas-run health ministry", "interval_mismatch"),
        ("Gaza health ministry", None, "interval_mismatch"),
        ("Gaza health ministry", "Gaza civil defence", "source_disagreement"),
    ],
)
def test_round_open_figures_part_only_through_implied_bounds_give_a_warning(source_a, source_b, rule):
    claims = make_claims(
        dict(figure="at least 500", scope="incident", location="Al-Ahli hospital", source=source_a),
        dict(figure="more than 300", scope="incident", location="al-Ahli Arab hospital", source=source_b),
    )
    out = check(claims)
    assert pairs(out) == [(rule, "warning", "c1", "c0")]
    assert out.loc[0, "gap"] == 0.0
    assert check(claims, warnings=False).empty


def test_different_named_sources_disagreeing_on_one_day_is_source_disagreement():
    claims = make_claims(
        dict(figure="28", category="injured", source="the regional governor"),
        dict(figure="88", category="injured", source="the national police"),
    )
    out = check(claims)
    assert pairs(out) == [("source_disagreement", "error", "c0", "c1")]
    assert out.loc[0, "gap"] == 60.0


def test_a_running_total_that_falls_is_total_decreased_paired_earlier_first():
    claims = make_claims(
        dict(figure="at least 150", claim_date="2024-03-23"),
        dict(figure="137", claim_date="2024-03-24"),
        dict(figure="140", claim_date="2024-03-30", source="officials"),
    )
    out = check(claims)
    assert pairs(out) == [("total_decreased", "error", "c0", "c1"), ("total_decreased", "error", "c0", "c2")]
    assert out["gap"].tolist() == [13.0, 10.0]
    assert "a running total cannot fall" in out.loc[0, "message"]


def test_a_lower_later_total_from_another_organisation_is_a_fall_as_the_contract_says():
    claims = make_claims(
        dict(figure="11,300", claim_date="2023-09-14", source="Libyan Red Crescent"),
        dict(figure="about 6,000", claim_date="2023-09-15", source="the ambassador"),
    )
    out = check(claims)
    assert pairs(out) == [("total_decreased", "error", "c0", "c1")]
    assert "the later source revised it or the two disagree" in out.loc[0, "message"]


def test_a_part_above_its_whole_and_a_breakdown_past_it():
    claims = make_claims(
        dict(figure="10", claim_id="w1", doc_id="a", scope="incident"),
        dict(figure="12", claim_id="p1", doc_id="a", scope="incident", subject="children", part_of="w1"),
        dict(figure="15", claim_id="w2", doc_id="b", scope="incident"),
        dict(figure="9", claim_id="p2", doc_id="b", scope="incident", subject="children", part_of="w2"),
        dict(figure="8", claim_id="p3", doc_id="b", scope="incident", subject="women", part_of="w2"),
        dict(figure="more than 100", claim_id="w3", doc_id="c", scope="incident"),
        dict(figure="250", claim_id="p4", doc_id="c", scope="incident", subject="children", part_of="w3"),
    )
    out = check(claims, rules=["part_exceeds_whole"])
    assert pairs(out) == [
        ("part_exceeds_whole", "error", "w1", "p1"),
        ("part_exceeds_whole", "error", "w2", "p2"),
        ("part_exceeds_whole", "warning", "w3", "p4"),
    ]
    assert out["gap"].tolist() == [2.0, 2.0, 0.0]


REFERENCE = pd.DataFrame(
    {
        "date": ["2024-07-08", "2024-07-09", "2024-07-09"],
        "value": [38100, 38243, 15900],
        "category": ["killed", "killed", "killed"],
        "subject": ["people", "people", "children"],
        "location": "Gaza",
        "series": ["killed_cum", "killed_cum", "killed_children_cum"],
    }
)


@pytest.mark.parametrize(
    "figure, subject, location, expected",
    [
        ("25,105", None, "Gaza", [("reference_mismatch", "error")]),
        ("more than 20,000", "people", None, [("reference_mismatch", "warning")]),
        ("more than 38,000", None, "Gaza Strip", []),
        ("38,243", None, None, []),
        ("40,000", None, "Gaza", []),  # within the 10% tolerance
        ("9,000", "children", "Gaza", [("reference_mismatch", "error")]),
        ("9,000", "women", "Gaza", []),  # no series for women: skipped
        ("25,105", None, "Rafah", []),  # another place than the series counts
        ("25,105", "Palestinians", "Gaza", []),  # another subject class
    ],
)
def test_reference_mismatch(figure, subject, location, expected):
    claims = make_claims(dict(figure=figure, subject=subject, location=location))
    out = check(claims, reference=REFERENCE, rules=["reference_mismatch"])
    assert [(r.rule, r.severity) for r in out.itertuples()] == expected
    assert out["claim_b"].isna().all()


def test_reference_tolerance_option_changes_the_band():
    claims = make_claims(dict(figure="40,500"))
    assert check(claims, reference=REFERENCE, rules=["reference_mismatch"]).empty
    assert len(check(claims, reference=REFERENCE, rules=["reference_mismatch"], tolerance=0.01)) == 1


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param(
            [dict(figure="38,000", claim_date="2024-07-09"), dict(figure="38,243", claim_date="2024-07-10")],
            id="rising-total",
        ),
        pytest.param([dict(figure="10"), dict(figure="12", subject="children")], id="children-vs-people"),
        pytest.param(
            [dict(figure="10", subject="Palestinians"), dict(figure="20", subject="Israelis")], id="two-nationalities"
        ),
        pytest.param(
            [
                dict(figure="6", scope="incident", location="Rafah"),
                dict(figure="9", scope="incident", location="Khan Younis"),
            ],
            id="different-places",
        ),
        pytest.param(
            [
                dict(figure="6", scope="incident", location="Gaza City"),
                dict(figure="60", scope="incident", location="Gaza City hospital"),
            ],
            id="hospital-vs-city",
        ),
        pytest.param(
            [
                dict(figure="6", scope="incident", location="Gaza City"),
                dict(figure="600", scope="incident", location="Gaza"),
            ],
            id="city-vs-territory",
        ),
        pytest.param([dict(figure="11,300"), dict(figure="20,000", modality="projected")], id="projected"),
        pytest.param([dict(figure="11,300"), dict(figure="5,000", modality="disputed")], id="disputed"),
        pytest.param(
            [
                dict(figure="250", category="hostages", claim_date="2023-11-01"),
                dict(figure="130", category="hostages", claim_date="2024-01-01"),
            ],
            id="hostages-fall",
        ),
        pytest.param(
            [
                dict(figure="10,100", category="missing", claim_date="2023-09-14"),
                dict(figure="9,000", category="missing", claim_date="2023-09-17"),
            ],
            id="missing-fall",
        ),
        pytest.param(
            [
                dict(figure="23", scope="incident", sentence="A strike killed 23 people."),
                dict(figure="30", scope="cumulative", sentence="Since the war began, 30 people have been killed."),
            ],
            id="scope",
        ),
        pytest.param(
            [
                dict(figure="23", scope="incident", claim_date="2024-07-08"),
                dict(figure="30", scope="incident", claim_date="2024-07-09"),
            ],
            id="two-incidents",
        ),
        pytest.param(
            [dict(figure="hundreds 200-999", scope="incident"), dict(figure="at least 500", scope="incident")],
            id="overlap",
        ),
        pytest.param(
            [
                dict(figure="6", doc_id="a", sentence="six in Gaza City, nine in Rafah", scope="incident"),
                dict(figure="9", doc_id="a", sentence="six in Gaza City, nine in Rafah", scope="incident"),
            ],
            id="one-sentence-list",
        ),
        pytest.param(
            [dict(figure="1,232", doc_id="a", source="OHCHR"), dict(figure="703", doc_id="a", source="the UN")],
            id="breakdown-in-one-document",
        ),
        pytest.param(
            [
                dict(figure="10", claim_date=None, published=None, doc_id="a"),
                dict(figure="20", claim_date=None, published=None, doc_id="b"),
            ],
            id="undated-across-documents",
        ),
    ],
)
def test_non_conflicts_a_naive_checker_would_raise(rows):
    assert check(make_claims(*rows)).empty


@pytest.mark.parametrize(
    "role",
    ["part", "increment", "earlier"],
)
def test_parts_increments_and_earlier_reports_never_enter_pair_rules(role):
    claims = make_claims(dict(figure="60"), dict(figure="20", role=role))
    assert check(claims).empty
    assert pairs(check(make_claims(dict(figure="60"), dict(figure="20", role="figure")))) == [
        ("interval_mismatch", "error", "c1", "c0")
    ]


def test_counts_of_category_other_are_paired_only_on_request():
    claims = make_claims(dict(figure="80", category="other"), dict(figure="35", category="other"))
    assert check(claims).empty
    assert pairs(check(claims, compare_other=True)) == [("interval_mismatch", "error", "c1", "c0")]


@pytest.mark.parametrize(
    ("unnamed", "named", "pairs_found"),
    [
        ("a Gaza City hospital", "Al Ahli Arab Hospital", 1),
        ("a packed music venue outside Moscow", "Crocus City Hall", 1),
        ("a Gaza City hospital", "Gaza City", 0),
        ("a school", "Al Ahli Arab Hospital", 0),
    ],
)
def test_an_unnamed_place_matches_places_of_its_kind(unnamed, named, pairs_found):
    claims = make_claims(
        dict(figure="at least 300", scope="incident", location=unnamed, source="officials"),
        dict(figure="at least 500", scope="incident", location=named, source="Gaza health ministry"),
    )
    assert len(check(claims)) == pairs_found


def test_a_later_lower_total_in_the_same_article_is_total_decreased():
    claims = make_claims(
        dict(figure="11,300", doc_id="a", claim_date="2023-09-14", source="a Red Crescent official"),
        dict(figure="11,000", doc_id="a", claim_date="2023-09-15", source="the Libyan Red Crescent"),
    )
    assert pairs(check(claims)) == [("total_decreased", "error", "c0", "c1")]


def test_missing_place_matches_a_placed_figure_across_documents():
    claims = make_claims(dict(figure="23", location="Zaporizhzhia"), dict(figure="30", location=None))
    assert pairs(check(claims)) == [("interval_mismatch", "error", "c0", "c1")]


def test_no_pair_twice_no_self_pair_stable_ids_and_order():
    claims = make_claims(*(dict(figure=str(x)) for x in (10, 20, 30)))
    out = check(claims, pairs="all")
    assert sorted(zip(out.claim_a, out.claim_b, strict=False)) == [("c0", "c1"), ("c0", "c2"), ("c1", "c2")]
    assert out["conflict_id"].is_unique and (out.claim_a != out.claim_b).all()
    again = check(claims.iloc[::-1], pairs="all")
    assert set(again["conflict_id"]) == set(out["conflict_id"])
    assert check(claims, pairs="all")["conflict_id"].tolist() == out["conflict_id"].tolist()


def test_input_not_modified_and_empty_input_gives_the_schema():
    claims = make_claims(dict(figure="60"), dict(figure="more than 60"))
    before = claims.copy()
    check(claims)
    pd.testing.assert_frame_equal(claims, before)
    out = check(schema.empty("claims"))
    assert list(out.columns) == schema.columns("conflicts") and out.empty


def test_custom_key_rules_and_unknown_options():
    claims = make_claims(dict(figure="10"), dict(figure="12", subject="children"))
    merged = check(claims, key=lambda f: f["category"])
    assert pairs(merged) == [("interval_mismatch", "error", "c0", "c1")]
    assert check(claims, key=lambda f: f["category"], rules=["total_decreased"]).empty
    with pytest.raises(TypeError, match="unknown options"):
        check(claims, tolerence=0.2)


def test_about_tolerance_option_rereads_about_figures():
    claims = make_claims(dict(figure="about 100"), dict(figure="108"))
    assert check(claims).empty
    assert pairs(check(claims, about_tolerance=0.05)) == [("interval_mismatch", "error", "c0", "c1")]


def test_a_registered_rule_runs_and_can_be_removed():
    @rules.register("huge_figure")
    def huge(ctx: rules.Context) -> pd.DataFrame:
        big = ctx.frame[ctx.frame["_lo"] > 1e6]
        return pd.DataFrame(
            {
                "claim_a": big["claim_id"],
                "claim_b": pd.NA,
                "severity": "info",
                "message": "A figure above a million people.",
            }
        )

    try:
        out = check(make_claims(dict(figure="2000000"), dict(figure="5")), rules=["huge_figure"])
        assert out[["rule", "severity", "claim_a"]].values.tolist() == [["huge_figure", "info", "c0"]]
        assert out["claim_b"].isna().all()
    finally:
        rules.unregister("huge_figure")
    assert "huge_figure" not in rules.names()


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        (
            "Bridge collapse toll climbs to 8\n\nDivers recovered more bodies on Thursday, raising the death toll "
            "from the bridge collapse to seven, the sheriff said.",
            ["interval_mismatch"],
        ),
        (
            "Bridge collapse toll climbs to 7\n\nDivers recovered more bodies on Thursday, raising the death toll "
            "from the bridge collapse to seven, the sheriff said.",
            [],
        ),
        (
            "Divers recovered more bodies on Thursday, raising the toll to 7.\n\nEight people had been reported "
            "missing on Wednesday, the sheriff said.",
            [],
        ),
    ],
)
def test_a_headline_that_does_not_give_its_storys_figure_is_a_finding(text, rules):
    import claimcheck

    docs = pd.DataFrame({"doc_id": ["a"], "text": [text], "published": pd.to_datetime(["2025-09-18"])})
    assert claimcheck.check(claimcheck.extract(docs))["rule"].tolist() == rules


@pytest.mark.parametrize(
    "sentences",
    [None, [None, None], [pd.NA, pd.NA], ["", ""]],
    ids=["no sentence column", "None", "NA", "empty text"],
)
def test_claims_without_their_sentences_are_still_checked(sentences):
    # a user's own claims table often carries only the figures: no sentence, so no headline can be read
    columns = dict(
        claim_id=["a", "b"],
        doc_id=["d1", "d2"],
        surface=["60", "more than 60"],
        low=[60.0, 60.0],
        high=[60.0, float("inf")],
        low_inclusive=[True, False],
        high_inclusive=[True, False],
        category="killed",
        scope="cumulative",
        modality="asserted",
        claim_date=pd.Timestamp("2024-03-23"),
    )
    if sentences is not None:
        columns["sentence"] = sentences
    out = check(pd.DataFrame(columns))
    assert pairs(out) == [("interval_mismatch", "error", "a", "b")]
