"""Subsets of a toll as news tells them: figures that count some of an event's people, never all of them.

A subset is never the toll, so it is never compared with it as another report of the same quantity. Each test
pins one recurring way of telling a subset, in sentences written for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

import claimcheck


def _rows(text: str, published: str = "2024-01-05") -> pd.DataFrame:
    return claimcheck.extract(pd.DataFrame([{"doc_id": "d", "text": text, "published": pd.Timestamp(published)}]))


def _role(text: str, figure: str) -> str:
    rows = _rows(text)
    hit = rows[rows["surface"] == figure]
    assert len(hit) == 1, (figure, rows["surface"].tolist())
    return str(hit.iloc[0]["role"])


# --- a toll's composition told in a sentence of its own -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The quake killed 206 people. The total includes 14 people who died of stress in shelters.", "14"),
        ("The storm has killed 48 people. That figure includes 9 deaths from carbon monoxide.", "9"),
        ("The blaze killed 71 residents. The official toll also included 18 children.", "18"),
        ("The crash killed 150 people. Those killed included 16 pupils from one school.", "16"),
        ("Floods have killed 300 people. Eighteen children were among the dead.", "Eighteen"),
        ("The attack killed 22 people. Two police officers are also among the victims.", "Two"),
        ("The bombing killed 35. Officials said 12 children and 8 women were among the dead.", "12"),
        ("The bombing killed 35. Officials said 12 children and 8 women were among the dead.", "8"),
    ],
)
def test_a_count_said_to_be_within_a_toll_told_elsewhere_is_a_part(text: str, figure: str) -> None:
    assert _role(text, figure) == "part"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The death toll rose to 206, the prefecture said.", "206"),
        ("The number of dead now stands at 95.", "95"),
        ("Officials said 120 children and 80 women were killed in the strikes.", "120"),
        ("The figure of 40 includes no soldiers, the ministry said.", "40"),
    ],
)
def test_a_toll_itself_is_no_part(text: str, figure: str) -> None:
    assert _role(text, figure) == "figure"


# --- a country's own nationals, counted abroad ---------------------------------------------------------------------


def _docs(*rows: tuple[str, str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["doc_id", "text", "published"])
    frame["published"] = pd.to_datetime(frame["published"])
    return frame


_CRASH = (
    "a",
    "LYON, France (Wire) - A coach plunged into a ravine in the French Alps on Monday, killing 48 people, "
    "the regional prefect said.",
    "2025-06-02",
)


@pytest.mark.parametrize(
    "nationals",
    [
        "Portugal raised its count of the dead to 21 on Wednesday, saying more travellers had booked in Porto.",
        "The Portuguese embassy in Paris said 21 had been killed.",
        "Britain's Foreign Office said 21 had been killed.",
        "Portugal put its own death toll at 21.",
        "Portugal said 21 of its citizens had died in the crash.",
        "Officials said 21 Portuguese tourists were among the dead.",
    ],
)
def test_a_count_of_one_countrys_nationals_abroad_is_not_the_toll(nationals: str) -> None:
    docs = _docs(_CRASH, ("b", f"GRENOBLE, France (Wire) - {nationals}", "2025-06-04"))
    claims = claimcheck.extract(docs).assign(event="one")
    assert claimcheck.check(claims, pairs="all").empty


def test_a_count_of_nationals_is_compared_with_the_same_nationals_told_another_way() -> None:
    docs = _docs(
        _CRASH,
        ("b", "PARIS (Wire) - The Portuguese embassy said at least 23 Portuguese nationals had died.", "2025-06-03"),
        ("c", "PARIS (Wire) - Portugal on Friday lowered its count of the dead to 19.", "2025-06-06"),
    )
    claims = claimcheck.extract(docs).assign(event="one")
    found = claimcheck.check(claims, pairs="all")
    assert found["rule"].tolist() == ["total_decreased"]


def test_a_country_of_the_story_counting_its_own_toll_is_the_toll() -> None:
    docs = _docs(
        (
            "a",
            "BLANTYRE, Malawi (Wire) - The cyclone has killed 320 people in Malawi, the government said.",
            "2023-03-16",
        ),
        ("b", "LILONGWE, Malawi (Wire) - Malawi's government on Monday lowered its toll to 290.", "2023-03-20"),
    )
    claims = claimcheck.extract(docs).assign(event="one")
    assert claimcheck.check(claims, pairs="all")["rule"].tolist() == ["total_decreased"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Australia said two of its citizens had died in the blast.", "Australia"),
        ("Canada said 12 of its nationals were among the dead.", "Canada"),
    ],
)
def test_a_country_counting_its_own_people_does_not_place_them_at_home(text: str, source: str) -> None:
    rows = _rows(text)
    assert rows["source"].tolist() == [source]
    assert rows["location"].isna().all()


def test_a_country_reporting_a_toll_in_its_own_land_still_places_it_there() -> None:
    assert _rows("Croatia reported two deaths in the floods.")["location"].tolist() == ["Croatia"]


# --- what a source said before, recalled beside what it says now --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "earlier", "now"),
    [
        (
            "The embassy, which said in the first days that at least 43 had died, now puts the number at 34.",
            "at least 43",
            "34",
        ),
        ("The governor, who initially reported 20 deaths, has since lowered the toll to 17.", "20", "17"),
        ("The agency, which counted 61 missing on Monday, later said 48 people were unaccounted for.", "61", "48"),
    ],
)
def test_a_figure_recalled_in_an_aside_on_its_source_is_an_earlier_report(text: str, earlier: str, now: str) -> None:
    assert (_role(text, earlier), _role(text, now)) == ("earlier", "figure")


def test_an_aside_on_what_a_source_said_with_no_later_figure_is_its_report() -> None:
    assert _role("The ministry, which said 40 people had been killed in the attack, called for calm.", "40") == "figure"


# --- the dead named, and the dead taken out of a toll --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The fire killed 70 people. Only five victims have so far been formally identified.", "five"),
        ("The fire killed 70 people. So far 40 victims have been identified.", "40"),
        ("The flood killed 70 people. Thirty of the dead have now been named by police.", "Thirty"),
    ],
)
def test_the_dead_identified_so_far_are_a_part_of_the_toll(text: str, figure: str) -> None:
    assert _role(text, figure) == "part"


def test_bodies_found_so_far_are_still_the_searchs_toll() -> None:
    assert _role("The fire killed 70 people. Twelve bodies have been found so far.", "Twelve") == "figure"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Three people counted in the earlier tally turned out not to have been in the town that night.", "Three"),
        ("Two people listed among the dead later proved to be alive.", "Two"),
        ("Four residents counted as missing were found safe in a shelter.", "Four"),
    ],
)
def test_people_counted_then_shown_not_to_belong_are_taken_out_of_the_toll(text: str, figure: str) -> None:
    rows = _rows(f"The fire killed 70 people. {text}")
    hit = rows[rows["surface"] == figure].iloc[0]
    assert (hit["role"], hit["source"]) == ("part", None) or (hit["role"] == "part" and pd.isna(hit["source"]))


# --- the injured of one severity ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "graded",
    [
        "Another 440 people suffered minor injuries and 29 were seriously hurt.",
        "Doctors said 29 people were critically injured.",
        "Twelve victims had life-threatening wounds, a hospital spokesman said.",
        "Of the wounded, 35 were only slightly injured.",
    ],
)
def test_the_injured_of_one_severity_are_not_the_injured_toll(graded: str) -> None:
    docs = _docs(
        ("a", "JAKARTA (Wire) - The stadium crush injured 323 people, police said.", "2022-10-03"),
        ("b", f"JAKARTA (Wire) - Investigators released their report. {graded}", "2022-10-07"),
    )
    claims = claimcheck.extract(docs).assign(event="one")
    assert claimcheck.check(claims, pairs="all").empty


def test_the_injured_of_one_severity_are_compared_with_each_other() -> None:
    docs = _docs(
        ("a", "JAKARTA (Wire) - Police said 40 people were seriously injured in the crush.", "2022-10-03"),
        ("b", "JAKARTA (Wire) - Investigators said 29 people were seriously injured in the crush.", "2022-10-07"),
    )
    claims = claimcheck.extract(docs).assign(event="one")
    assert claimcheck.check(claims, pairs="all")["rule"].tolist() == ["total_decreased"]


# --- a new clause after a breakdown is no part of it ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The crush killed 158 people, including 26 foreigners, and injured 196.", "196"),
        ("The crash killed 30, including 12 students, and left 40 injured.", "40"),
        ("The raid killed nine, among them two children, and wounded 14.", "14"),
    ],
)
def test_a_figure_of_a_new_clause_after_a_breakdown_is_its_own_count(text: str, figure: str) -> None:
    assert _role(text, figure) == "figure"


# --- within one document: a lead out of step with its body ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "RABAT (Wire) - A strong earthquake struck the mountains late on Friday, killing at least 820 people. "
            "In its latest update, the interior ministry raised the toll to 1,037.",
            "2023-09-09",
        ),
        # (published the Sunday it tells of: a Saturday story's "on Sunday" is the Sunday before)
        (
            "SEOUL (Wire) - A crowd surge in a narrow alley killed at least 120 people on Saturday night. In an update "
            "on Sunday, the interior ministry put the toll at 151.",
            "2023-09-10",
        ),
    ],
)
def test_a_leads_unsourced_toll_below_a_named_sources_toll_in_the_body_conflicts(text: str, published: str) -> None:
    claims = claimcheck.extract(_docs(("a", text, published)))
    assert claimcheck.check(claims, pairs="all")["rule"].tolist() == ["interval_mismatch"]


@pytest.mark.parametrize(
    "text",
    [
        "BEIJING (Wire) - Floods in the province killed at least 56 people on Tuesday. City officials said 12 "
        "passengers died at Shakou subway station.",
        "RABAT (Wire) - A strong earthquake killed at least 820 people. In Taroudant, officials said 321 had died.",
        "RABAT (Wire) - A strong earthquake killed at least 820 people, the ministry said. A local official put the "
        "toll at 900.",
    ],
)
def test_a_lead_and_a_part_of_its_toll_or_two_sources_alike_in_one_document_do_not(text: str) -> None:
    claims = claimcheck.extract(_docs(("a", text, "2023-09-09")))
    assert claimcheck.check(claims, pairs="all").empty


def test_counts_of_one_countrys_nationals_are_compared_across_documents_about_several_countries() -> None:
    docs = _docs(
        (
            "b",
            "MARSEILLE, France (Wire) - The airliner crash killed 150 people, the prosecutor said. Germany's foreign "
            "ministry said 72 of the dead were German. Spain raised its count of the dead to 51, from 45.",
            "2015-03-26",
        ),
        (
            "c",
            "PARIS (Wire) - Spain on Friday lowered its count of Spanish victims to 50 from the previous figure of 51.",
            "2015-04-03",
        ),
    )
    claims = claimcheck.extract(docs).assign(event="crash")
    found = claimcheck.check(claims, pairs="all")
    assert found["rule"].tolist() == ["total_decreased"]
