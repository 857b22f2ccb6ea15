"""Scope, claim dates, earlier reports and categories as news writes them (sentences written for these tests)."""

from __future__ import annotations

import pandas as pd
import pytest

import claimcheck

PUBLISHED = "2024-03-14"  # a Thursday


def claims_of(text: str, published: str | None = PUBLISHED) -> pd.DataFrame:
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "published": [published]})
    return claimcheck.extract(docs)


def claim(text: str, surface: str, published: str | None = PUBLISHED) -> pd.Series:
    claims = claims_of(text, published)
    hits = claims[claims["surface"].str.contains(surface, regex=False)]
    assert len(hits) == 1, claims[["surface", "category", "scope"]].to_dict("records")
    return hits.iloc[0]


# --- A past event carries its own date, at the precision the text gives ---------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "claim_date", "precision"),
    [
        ("The 1987 cyclone killed hundreds of fishermen along the coast.", "hundreds", "1987-01-01", "year"),
        ("In the 1967 war, about 300,000 people fled the valley.", "300,000", "1967-01-01", "year"),
        ("The 2011 floods left 900 villagers dead in the delta.", "900", "2011-01-01", "year"),
        ("Floods in July 2019 killed 212 people in the province.", "212", "2019-07-01", "month"),
        ("A landslide in October killed 41 miners, the company said.", "41", "2023-10-01", "month"),
        ("Last year's blaze at the depot killed 18 workers.", "18", "2023-01-01", "year"),
        ("Last month's explosion at the plant injured 64 employees.", "64", "2024-02-01", "month"),
        ("The quake of 2005 left 7,000 people homeless in the district.", "7,000", "2005-01-01", "year"),
    ],
)
def test_a_past_event_is_an_incident_dated_at_the_precision_given(text, surface, claim_date, precision):
    row = claim(text, surface)
    assert row["scope"] == "incident"
    assert row["claim_date"] == pd.Timestamp(claim_date)
    assert row["claim_date_precision"] == precision


@pytest.mark.parametrize(
    ("text", "surface", "claim_date"),
    [
        ("The November 9 attack killed 1,150 people, officials said.", "1,150", "2023-11-09"),
        ("A strike on Tuesday killed six people.", "six", "2024-03-12"),
        ("Rebels stormed the town on 2 March, killing at least 37 villagers.", "37", "2024-03-02"),
    ],
)
def test_a_dated_incident_has_day_precision(text, surface, claim_date):
    row = claim(text, surface)
    assert row["claim_date"] == pd.Timestamp(claim_date)
    assert row["claim_date_precision"] == "day"


@pytest.mark.parametrize(
    "text",
    [
        "The 1987 cyclone killed hundreds of fishermen.",
        "At least 40 people died in the fire on Tuesday.",
    ],
)
def test_precision_is_missing_when_the_date_is(text):
    row = claims_of(text, published=None).iloc[0]
    assert pd.isna(row["claim_date"])
    assert pd.isna(row["claim_date_precision"])


@pytest.mark.parametrize(
    "text",
    [
        "So far in 2024, 310 people have been killed on the roads.",
        "In 2024 alone the floods have displaced 12,000 residents.",
    ],
)
def test_this_years_figure_is_no_past_event(text):
    row = claims_of(text).iloc[0]
    assert row["claim_date"] == pd.Timestamp(PUBLISHED)
    assert row["claim_date_precision"] == "day"


# --- "since the war began on October 7" anchors a running total, it does not date a figure --------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "At least 31 people died over the past 24 hours, bringing the number killed since the war began on "
            "9 November to 4,210, the ministry said.",
            "31",
        ),
        (
            "Medics said 12 people were killed overnight in the north, where fighting has raged since the offensive "
            "was launched on January 5.",
            "12",
        ),
        (
            "The ministry counted 19 deaths in the last day, while 6,400 have been wounded since the conflict "
            "started on 20 December.",
            "19",
        ),
    ],
)
def test_the_day_a_war_began_does_not_date_a_figure_before_it(text, surface):
    assert claim(text, surface)["claim_date"] == pd.Timestamp(PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface", "scope"),
    [
        ("More than 4,210 people have been killed since the war began on 9 November.", "4,210", "cumulative"),
        ("Since the fighting erupted on January 5, 800 people have been detained.", "800", "cumulative"),
    ],
)
def test_a_running_total_since_a_day_is_dated_when_reported(text, surface, scope):
    row = claim(text, surface)
    assert row["scope"] == scope
    assert row["claim_date"] == pd.Timestamp(PUBLISHED)


# --- hostages: taking people is an event, people still held a stock -------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "scope", "claim_date"),
    [
        ("Gunmen abducted 42 students from a boarding school on Monday.", "42", "incident", "2024-03-11"),
        ("About 90 travellers were kidnapped on the highway on Saturday.", "90", "incident", "2024-03-09"),
        ("Militants took 23 aid workers hostage on 2 March.", "23", "incident", "2024-03-02"),
        ("Of those seized in the raid, 61 hostages are still held.", "61", "cumulative", PUBLISHED),
        ("Some 57 captives remain in the hands of the group, officials said.", "57", "cumulative", PUBLISHED),
        ("The army believes 35 hostages are still being held in the tunnels.", "35", "cumulative", PUBLISHED),
    ],
)
def test_people_taken_hostage_are_an_event_and_hostages_held_a_stock(text, surface, scope, claim_date):
    row = claim(text, surface)
    assert row["category"] == "hostages"
    assert (row["scope"], row["claim_date"]) == (scope, pd.Timestamp(claim_date))


# --- a running toll against one incident's count ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "scope"),
    [
        ("The toll from the ferry sinking rose to 73 on Wednesday.", "73", "cumulative"),
        ("Officials lowered the toll to 28 on Monday after a recount.", "28", "cumulative"),
        ("The number of dead from the mine collapse climbed to 52 on Tuesday night.", "52", "cumulative"),
        ("After the recount the number of victims goes down to 32.", "32", "cumulative"),
        ("The provincial toll stood at 49 on Wednesday evening.", "49", "cumulative"),
        ("The toll was then revised back to 31 on the night of March 10.", "31", "cumulative"),
        ("A drone strike on a market on Tuesday killed 6 people.", "6", "incident"),
        ("The flood toll kept climbing, with 57 more deaths reported in the south.", "57", "incident"),
        ("Rescuers found 14 more bodies in the rubble of the hotel.", "14", "incident"),
        ("The army has already killed 300 fighters and wounded 410 more.", "410", "cumulative"),
        ("Twelve people were also hurt in the same period, the agency said.", "Twelve", "incident"),
    ],
)
def test_scope_tells_a_running_toll_from_one_incident(text, surface, scope):
    assert claim(text, surface)["scope"] == scope


# --- figures the article itself calls earlier --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The toll rose to 97 on Wednesday, up from 80 a day earlier.", "80"),
        ("Officials now believe 61 people died, down from a previous official toll of 75.", "75"),
        ("The death toll fell to 32, from an earlier toll of 35.", "35"),
        ("That was an increase from 43 deaths reported the night before.", "43"),
        ("Authorities lowered the toll to 28 at the weekend from 31.", "31"),
        ("Initially more than 1,000 people were thought to be missing.", "1,000"),
        ("Police traced most names on the initial list of 3,200 missing people.", "3,200"),
        ("Rescuers now count 140 dead, against their first estimate of 90.", "90"),
    ],
)
def test_a_figure_the_article_calls_earlier_is_an_undated_earlier_report(text, surface):
    row = claim(text, surface)
    assert row["role"] == "earlier"
    assert row["scope"] == "cumulative"
    assert pd.isna(row["claim_date"])


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The toll rose to 97 on Wednesday, up from 80 a day earlier.", "97"),
        ("Officials now believe 61 people died, down from a previous official toll of 75.", "61"),
        ("Some 200 people were evacuated from the first floor of the tower.", "200"),
        ("At least 30 people fled from 12 villages overnight.", "30"),
    ],
)
def test_the_current_figure_beside_an_earlier_one_stays_a_figure(text, surface):
    assert claim(text, surface)["role"] == "figure"


# --- follow-up coverage: the event's day dates its undated tolls -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "claim_date"),
    [
        (
            "Two bombs tore through a bus station on Monday, killing 19 people.\n\n"
            "The regional health office said 11 people died at the scene and 40 were injured.",
            "40",
            "2024-03-11",
        ),
        (
            "Monday's stampede at the stadium gates left mourners in shock.\n\n"
            "Police said 23 people were crushed to death and 70 were hurt.",
            "70",
            "2024-03-11",
        ),
        (
            "A gunman opened fire in a shopping mall on Sunday.\n\nEight shoppers were killed, the police chief said.",
            "Eight",
            "2024-03-10",
        ),
    ],
)
def test_an_undated_toll_in_follow_up_coverage_takes_the_events_day(text, surface, claim_date):
    assert claim(text, surface)["claim_date"] == pd.Timestamp(claim_date)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "A gunman opened fire in a shopping mall on Sunday.\n\n"
            "Police said on Thursday that 4 suspects had been arrested.",
            "4",
        ),
        (
            "A strike on a school on Monday killed 9 people.\n\n"
            "The ministry said 31 people were killed over the past 24 hours.",
            "31",
        ),
    ],
)
def test_arrests_and_counts_over_a_period_keep_their_own_day(text, surface):
    assert claim(text, surface)["claim_date"] != pd.Timestamp("2024-03-11")
