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
        ("Ten years ago, a tsunami killed 2,300 people on this coast.", "2,300", "2014-01-01", "year"),
        ("The quake two decades ago killed 1,700 villagers.", "1,700", "2004-01-01", "year"),
        ("Three months ago a fire at the market killed 40 shoppers.", "40", "2023-12-01", "month"),
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


# --- a count told on a day before the story's: the toll as it stood that day ---------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "scope"),
    [
        # dated only by when it was said: the count by that day
        ("The sheriff said on Tuesday that 72 people had died in his county.", "72", "cumulative"),
        ("The military had said on Wednesday that 21 people had died across the country.", "21", "cumulative"),
        ("On Monday, the governor's office said 48 people were injured.", "48", "cumulative"),
        ("Rescuers told reporters on Tuesday that 30 climbers were missing.", "30", "cumulative"),
        # told the day the story appears (a Thursday): the count by that day too
        ("A rights group said on Thursday that more than 400 people had been killed.", "400", "cumulative"),
        # the story's incident named, its day untold: the count by the day it was told
        ("Officials said on Tuesday that 21 people had died in the quake.", "21", "cumulative"),
        # a new incident the clause names, or a day's period: still an incident
        ("The ministry said on Tuesday that 12 people had been killed in an airstrike on a school.", "12", "incident"),
        ("The agency said on Tuesday that 9 people had died in the past 24 hours.", "9", "incident"),
        ("The sheriff said on Thursday that 72 people had died in his county.", "72", "cumulative"),
    ],
)
def test_a_count_told_on_an_earlier_day_is_the_toll_by_that_day(text, surface, scope):
    assert claim(text, surface)["scope"] == scope


@pytest.mark.parametrize(
    ("told", "surface"),
    [
        ("Police said on Tuesday that nine people had been killed in the attack on the market.", "nine"),
        ("The airline said on Tuesday that 63 people were killed when flight 418 came down.", "63"),
        ("The agency said on Tuesday that the explosion killed 10 workers.", "10"),
    ],
)
def test_the_storys_incident_told_days_later_is_that_incidents_count_of_its_day(told, surface):
    """ "said on Tuesday that nine had been killed in the attack", in a story of Sunday's attack: Sunday's count."""
    text = f"The attack on the market in Varnak on Sunday shocked the city. {told}"
    row = claim(text, surface)
    assert (row["scope"], row["claim_date"]) == ("incident", pd.Timestamp("2024-03-10"))


def test_a_count_told_on_an_earlier_day_in_a_protest_story_is_the_toll_by_that_day():
    text = (
        "The death toll from two days of protests in the capital rose to 30 on Wednesday, the health ministry said. "
        "Police gave a lower figure. A police spokesman said on Wednesday that 25 people had been killed, three of "
        "them officers who died on Tuesday."
    )
    assert claim(text, "25")["scope"] == "cumulative"


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


# --- categories and counts as disaster coverage writes them ------------------------------------------------------


def one_count(text: str, surface: str) -> tuple[str, str | None]:
    row = claim(text, surface)
    return row["category"], (None if pd.isna(row["subject"]) else row["subject"])


@pytest.mark.parametrize(
    ("text", "surface", "category"),
    [
        # lists of the missing and the unaccounted for
        ("412: The number of people still unaccounted for after the blaze", "412", "missing"),
        ("The list of those unaccounted for after the storm now has 412 names on it.", "412", "missing"),
        ("Officials narrowed the list of the missing down to 412 names.", "412", "missing"),
        ("Police traced 120 of those listed as missing; the list of 412 is shorter each day.", "412", "missing"),
        ("The number of unaccounted for fell to 31 on Friday.", "31", "missing"),
        ("Officials have not been able to account for 41 people in the valley.", "41", "missing"),
        ("Police were unable to locate 14 residents of the tower.", "14", "missing"),
        # labels at the start of a line or a list item
        ("Total victims: 35", "35", "killed"),
        ("Injured: 64", "64", "injured"),
        # death in its many words
        ("Some 230 residents perished in the mudslide.", "230", "killed"),
        ("Officials said 120 children and 80 women were among those who lost their lives.", "120", "killed"),
        ("Four patients died in hospital overnight.", "Four", "killed"),
        ("Two hostages were killed during the rescue attempt.", "Two", "killed"),
        ("The remains of 40 people were identified by DNA.", "40", "killed"),
        ("Divers recovered the bodies of 17 passengers.", "17", "killed"),
        ("Fourteen pupils, a teacher and the driver are dead.", "Fourteen", "killed"),
        ("Nine miners and a rescuer were killed in the blast.", "Nine", "killed"),
        ("What can one say about 12 pupils getting killed at school?", "12", "killed"),
        ("Of the deaths so far, 52 occurred in the capital.", "52", "killed"),
        ("The north reported 308 and 223 deaths, respectively.", "308", "killed"),
        ("The agency said 74 of the 97 victims had been identified.", "74", "killed"),
        ("The dead include 40 adults and 28 children, with 18 of the adults still unidentified.", "18", "killed"),
        (
            "The 2012 attack, in which 26 people\u2014including 20 children\u2014were killed, shocked the town.",
            "26",
            "killed",
        ),
        (
            "The 2012 attack, in which 26 people -- including 20 children -- were killed, shocked the town.",
            "20",
            "killed",
        ),
        # the injured in treatment
        ("Eleven people remain in critical condition.", "Eleven", "injured"),
        ("Thirty people are being treated at the regional hospital.", "Thirty", "injured"),
        ("The clinic received 9 children by ambulance for treatment.", "9", "injured"),
        # the displaced in camps
        ("At least 5,000 flood-hit villagers were living in relief camps.", "5,000", "displaced"),
        # survivors, the rescued and the rescuers are people, of no listed category
        ("Rescuers pulled 12 survivors from the rubble.", "12", "other"),
        ("More than 250 people were rescued by boat.", "250", "other"),
        ("More than 400 first responders joined the search.", "400", "other"),
        ("Some 80 rescuers worked through the night.", "80", "other"),
    ],
)
def test_category_of_disaster_counts(text, surface, category):
    assert one_count(text, surface)[0] == category


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Seven campers and one counselor are still missing.", "one", "counselor"),
        ("412: The number of people still unaccounted for after the blaze", "412", "people"),
        ("About 90 travellers were kidnapped on the highway.", "90", "travellers"),
    ],
)
def test_subject_of_listed_and_labelled_counts(text, surface, subject):
    assert one_count(text, surface)[1] == subject


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He was one of the 12 people killed.", "one"),
        ("Trains run from 6 to 9 daily.", "6"),
        ("The score was 3 and 4 after the break.", "3"),
    ],
)
def test_figures_that_count_no_one_stay_out(text, surface):
    claims = claims_of(text)
    assert not claims["surface"].str.fullmatch(surface).any()


def test_a_part_of_the_people_an_earlier_figure_counted_points_at_it():
    claims = claims_of("Police held 30 protesters, and 12 of the protesters were later charged.")
    part = claims[claims["surface"] == "12"].iloc[0]
    assert part["part_of"] == claims[claims["surface"] == "30"].iloc[0]["claim_id"]
    assert part["subject"] == "protesters"


def test_a_part_of_the_next_figure_points_at_it():
    claims = claims_of("The agency said 74 of the 97 victims had been identified.")
    part = claims[claims["surface"] == "74"].iloc[0]
    whole = claims[claims["surface"] == "97"].iloc[0]
    assert part["part_of"] == whole["claim_id"]
    assert part["role"] == "part"


# --- disaster tolls: the whole event's toll as reported is cumulative; one incident's count is an incident -------


@pytest.mark.parametrize(
    ("text", "surface", "scope"),
    [
        # a state, as of a day, is the running count of that state
        ("The storm left more than 20 hikers unaccounted for on Friday.", "20", "cumulative"),
        ("The search went on Sunday morning for 10 missing climbers.", "10", "cumulative"),
        ("At least 5,000 villagers were currently living in relief camps.", "5,000", "cumulative"),
        # a present perfect several words after the figure still says the state so far
        (
            "More than 30 million people in some 100 of the 150 districts have been affected by the rains.",
            "30 million",
            "cumulative",
        ),
        ("About 4,000 residents of the three coastal towns have been displaced.", "4,000", "cumulative"),
        # one attack, one blast: an incident, also in the plural
        ("Forty people were killed in coordinated attacks on two churches.", "Forty", "incident"),
        ("Gunmen killed 12 people in shootings at two bars on Saturday.", "12", "incident"),
        ("Six people died when the bus plunged into a ravine on Monday.", "Six", "incident"),
    ],
)
def test_disaster_tolls_scope(text, surface, scope):
    assert claim(text, surface)["scope"] == scope


@pytest.mark.parametrize(
    ("text", "surface", "scope"),
    [
        # the act beside a state is not the state's: the missing stay a running count
        (
            "Flash floods swept the valley, killing 13 people and leaving 20 campers missing on Friday.",
            "20",
            "cumulative",
        ),
        ("The quake flattened the town, killing 40 and leaving 3,000 residents homeless.", "3,000", "cumulative"),
        ("The quake flattened the town, killing 40 and leaving 3,000 residents homeless.", "40", "incident"),
        # a perfect right before the figure, a day elsewhere in the sentence
        (
            "Rescue work went on on Tuesday after storms that have claimed more than 900 lives this year.",
            "900",
            "cumulative",
        ),
        # a toll verb with its object and the event between it and "to"
        ("The government lowered the death toll from last week's bombings to 32.", "32", "cumulative"),
        ("Officials raised the number of dead in the two flooded provinces to 64 on Friday.", "64", "cumulative"),
        # taking people hostage, in the participle
        ("Gunmen stormed the village on 2 March, killing 9 people and taking about 40 hostages.", "40", "incident"),
    ],
)
def test_acts_states_and_toll_verbs(text, surface, scope):
    assert claim(text, surface)["scope"] == scope


@pytest.mark.parametrize(
    ("text", "surface", "claim_date"),
    [
        # a day named a few days ahead is coming, not a year ago; the toll is dated when reported
        (
            "The airport will not reopen on Wednesday (March 16), as the toll from the bombings rose to 32.",
            "32",
            PUBLISHED,
        ),
        ("Gunmen stormed the village on 2 March, killing 9 people and taking about 40 hostages.", "40", "2024-03-02"),
    ],
)
def test_dates_ahead_and_acts_of_taking(text, surface, claim_date):
    assert claim(text, surface)["claim_date"] == pd.Timestamp(claim_date)


# --- a wire dateline is the day relative dates are read against ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "claim_date"),
    [
        # stamped after the dateline: "today", "yesterday", "last night" are the dateline's
        ("QUITO, March 12 (Reuters) - A landslide today killed 14 villagers.", "2024-03-13", "2024-03-12"),
        ("LIMA, 12 March (AP) - A bus crash yesterday killed 9 passengers.", "2024-03-14", "2024-03-11"),
        ("NAIROBI, Kenya, March 12, 2024 - Floods last night killed 31 people.", "2024-03-13", "2024-03-11"),
        # no dateline, or one far from the stamp: the stamp is the reference
        ("A landslide on Monday killed 14 villagers.", "2024-03-13", "2024-03-11"),
        ("QUITO, March 1 (Reuters) - A landslide on Monday killed 14 villagers.", "2024-03-13", "2024-03-11"),
    ],
)
def test_relative_days_are_read_against_the_dateline(text, published, claim_date):
    assert claims_of(text, published).iloc[0]["claim_date"] == pd.Timestamp(claim_date)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The list now has 412 names, a sharp drop from earlier this week, when the number of missing topped 1,500.",
            "1,500",
        ),
        ("The week started with the mayor saying the number of missing had fallen to 850.", "850"),
        ("At one point the toll of the dead stood at 300, officials said.", "300"),
    ],
)
def test_a_count_at_an_earlier_moment_the_text_names_is_an_earlier_report(text, surface):
    row = claim(text, surface)
    assert row["role"] == "earlier"
    assert pd.isna(row["claim_date"])


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Earlier this week, a strike killed 12 people.", "12"),
        ("The list of the missing now has 412 names, a sharp drop from earlier this week.", "412"),
    ],
)
def test_an_event_earlier_in_the_week_is_no_earlier_report(text, surface):
    assert claim(text, surface)["role"] == "figure"


# --- section headers and lists carry a scope to the figures below them -------------------------------------------

_LISTED = (
    "Casualties since the fighting began:\n- Killed: 3,400\n- Injured: 7,700\n\n"
    "In the past 24 hours:\n* 42 killed\n* 60 injured\n\n"
    "Aid convoys were stopped at the border. Police said 9 people were arrested at a protest on Tuesday."
)


@pytest.mark.parametrize(
    ("surface", "scope"),
    [("3,400", "cumulative"), ("7,700", "cumulative"), ("42", "incident"), ("60", "incident"), ("9", "incident")],
)
def test_a_header_gives_its_scope_to_the_list_below_it(surface, scope):
    assert claim(_LISTED, surface)["scope"] == scope


def test_a_list_without_a_header_keeps_its_own_scope():
    assert claim("- Killed: 3,400\n- Injured: 7,700", "3,400")["scope"] == "incident"


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("The flood toll kept climbing with 57 more deaths, including 25 children.", "25", "57"),
        ("The death toll rose to 310 on Friday, including 41 children.", "41", "310"),
        ("A blast on Monday killed 19 people, among them 6 police officers, in the so far calm city.", "6", "19"),
    ],
)
def test_a_part_has_its_wholes_scope_and_date(text, part, whole):
    claims = claims_of(text)
    p = claims[claims["surface"] == part].iloc[0]
    w = claims[claims["surface"] == whole].iloc[0]
    assert p["part_of"] == w["claim_id"]
    assert (p["scope"], p["claim_date"]) == (w["scope"], w["claim_date"])


def test_a_vague_time_ago_gives_no_year():
    row = claim("A few years ago floods killed 300 villagers on Tuesday.", "300")
    assert row["claim_date_precision"] == "day"


def test_people_taken_and_hostages_still_held_in_one_sentence_are_two_quantities():
    claims = claims_of("Of the 250 people abducted on 7 October, 130 are still held.")
    taken = claims[claims["surface"] == "250"].iloc[0]
    held = claims[claims["surface"] == "130"].iloc[0]
    assert (taken["scope"], taken["claim_date"]) == ("incident", pd.Timestamp("2023-10-07"))
    assert (held["scope"], held["claim_date"]) == ("cumulative", pd.Timestamp(PUBLISHED))


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The group freed 33 hostages on Sunday.", "incident"),
        ("In all, 105 hostages have been released so far.", "cumulative"),
    ],
)
def test_a_release_is_an_event_and_releases_so_far_a_running_total(text, scope):
    row = claims_of(text).iloc[0]
    assert (row["category"], row["scope"]) == ("released", scope)


@pytest.mark.parametrize(
    ("text", "now", "before"),
    [
        ("As of midnight on May 3, monitors counted 512 (498) dead in the region.", "512", "498"),
        ("The toll reached 1,204 (1,150) killed and 3,010 (2,990) injured, the office said.", "1,204", "1,150"),
        ("Since the start of the war, 77 (75) children have died, officials said on Friday.", "77", "75"),
    ],
)
def test_a_bracketed_figure_beside_todays_is_the_update_before(text, now, before):
    docs = pd.DataFrame([{"doc_id": "d", "text": text, "published": pd.Timestamp("2024-05-04")}])
    rows = claimcheck.extract(docs).set_index("surface")
    assert rows.loc[before, "role"] == "earlier" and rows.loc[now, "role"] == "figure"
    assert rows.loc[before, "claim_date"] == rows.loc[now, "claim_date"] - pd.Timedelta(days=1)


@pytest.mark.parametrize("text", ["Twelve (12) people died in the fire.", "At least 40 (forty) people were hurt."])
def test_a_bracket_that_repeats_the_figure_is_no_earlier_report(text):
    rows = claimcheck.extract(text)
    assert "earlier" not in rows["role"].tolist()


@pytest.mark.parametrize(
    "event",
    [
        "A man was charged over the shootings at two churches in the town of Ardley on Friday.",
        "Investigators returned to the blast at a fuel depot outside Marlo on Friday.",
        "Police are still questioning witnesses to the attack at the Halden market early Friday.",
    ],
)
def test_an_event_named_with_its_place_before_its_day_dates_the_undated_toll(event):
    text = f"Nine people are now known to have been killed in the attack.\n\n{event}"
    docs = pd.DataFrame([{"doc_id": "d", "text": text, "published": pd.Timestamp("2024-05-05")}])  # a Sunday
    rows = claimcheck.extract(docs)
    assert rows.loc[rows["surface"] == "Nine", "claim_date"].iloc[0] == pd.Timestamp("2024-05-03")


# --- Parallel figures share their clause's construction: one toll, one date --------------------------------------


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "The death toll from Monday's quake rose to 5,894 in Turkey and 1,932 in Syria on Tuesday, officials said.",
            ["2024-03-12", "2024-03-12"],
        ),
        ("The toll climbed to 1,120 in Kerala and at least 45 in Goa by Sunday.", ["2024-03-10", "2024-03-10"]),
        ("The number of dead rose to 2,310 in Peru and to 640 in Chile on Wednesday.", ["2024-03-13", "2024-03-13"]),
        ("The tally stood at 12,400 across Luzon and 3,100 in Mindanao on Tuesday.", ["2024-03-12", "2024-03-12"]),
    ],
)
def test_parallel_figures_of_a_rising_toll_are_both_the_toll_as_of_the_clauses_day(text, dates):
    claims = claims_of(text)
    assert claims["scope"].tolist() == ["cumulative", "cumulative"]
    assert claims["claim_date"].dt.strftime("%Y-%m-%d").tolist() == dates


@pytest.mark.parametrize(
    "text",
    [
        "Floods killed 30 people in Lagos and 12 in Abuja on Monday.",
        "Strikes killed 14 in Rafah and 9 in Khan Younis on Tuesday.",
    ],
)
def test_parallel_figures_of_one_days_incidents_stay_incidents(text):
    assert claims_of(text)["scope"].tolist() == ["incident", "incident"]


# --- A coordinated figure with a predicate of its own is not an ellipsis of the figure before --------------------


@pytest.mark.parametrize(
    "text",
    [
        "At least 18 people died and 60 were rescued.",
        "Some 42 people were missing and 90 had been rescued, an official said.",
        "Twelve people were killed and 40 others survived.",
        "Twelve people were killed and 40 were pulled alive from the rubble.",
        "Seven miners died and 23 escaped through a ventilation shaft.",
    ],
)
def test_survivors_and_the_rescued_after_a_toll_are_not_counted_as_dead(text):
    assert claims_of(text)["category"].tolist()[1] == "other"


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Police arrested 1,300 over the weekend and another 396 on Monday night.", ["detained", "detained"]),
        ("Nine people died in Lagos and 12 in Abuja.", ["killed", "killed"]),
        ("Nine were killed and 12 were wounded.", ["killed", "injured"]),
        ("Four people were missing and six were evacuated.", ["missing", "displaced"]),
    ],
)
def test_an_elided_or_own_categorised_figure_keeps_its_category(text, categories):
    assert claims_of(text)["category"].tolist() == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Twenty bodies were found in the hold. Nine others were found on the deck.", ["killed", "killed"]),
        ("Six hikers were reported missing. Four others were located later.", ["missing", "missing"]),
        ("Twelve were killed in Lagos, and 9 others in Abuja.", ["killed", "killed"]),
        ("Twelve were killed. Forty others attended the vigil.", ["killed", "other"]),
    ],
)
def test_others_that_are_only_found_or_placed_are_more_of_the_kind_counted_before(text, categories):
    assert claims_of(text)["category"].tolist() == categories


# --- A comparison's relative clause recalls an earlier disaster: its figure is that year's --------------------------


@pytest.mark.parametrize(
    ("text", "surface", "claim_date"),
    [
        ("The deadliest collapse in the city since 2011, when a tower killed more than 40 people.", "40", "2011-01-01"),
        ("The storm is the worst since Idai in 2019, which killed more than 1,000 people.", "1,000", "2019-01-01"),
        ("It was the worst disaster here since 2004, when a tsunami killed 230,000 people.", "230,000", "2004-01-01"),
        ("No fire has been as deadly since 1999, in which 61 people died.", "61", "1999-01-01"),
        (
            "The worst rail crash since 1995, when two trains collided near a town, killing 358 people.",
            "358",
            "1995-01-01",
        ),
        ("It was the deadliest quake since 2011, when a tsunami struck, leaving 18,000 dead.", "18,000", "2011-01-01"),
        ("It was the worst disaster since a 2004 fire that killed 194 people.", "194", "2004-01-01"),
        ("The deadliest since the 1976 storm, which killed hundreds.", "hundreds", "1976-01-01"),
    ],
)
def test_a_figure_in_a_clause_recalling_a_past_disaster_is_that_years_incident(text, surface, claim_date):
    row = claim(text, surface)
    assert row["scope"] == "incident"
    assert row["claim_date"].strftime("%Y-%m-%d") == claim_date


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("At least 45 people died, the deadliest fire in the city since 2004, officials said.", "45"),
        ("The quake killed 300 villagers, the highest toll in the country since 1980.", "300"),
        ("Of those, 68 drowned, the most flood deaths in the state since 1919.", "68"),
        ("Rescuers pulled out 52 bodies, making it the worst mine disaster since March 2009.", "52"),
        ("Some 90 were hurt, the most injuries at a stadium since 1989, the league said.", "90"),
    ],
)
def test_a_figure_measured_against_a_past_year_is_not_dated_by_it(text, surface):
    """ "45 died, the deadliest fire since 2004": the year is the record the figure is measured against."""
    row = claim(text, surface)
    assert row["claim_date"] == pd.Timestamp(PUBLISHED)


# --- "on Jan. 30 last year": a day and month in the year before the report ---------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "claim_date"),
    [
        ("The suicide bombing on Jan. 30 last year killed more than 80 people.", "80", "2023-01-30"),
        ("A fire on 3 May last year killed 12 workers at the depot.", "12", "2023-05-03"),
        ("The ferry that sank on March 2 this year drowned 40 passengers.", "40", "2024-03-02"),
        ("On August 19 last year, a landslide buried 27 villagers.", "27", "2023-08-19"),
    ],
)
def test_a_day_and_month_with_last_year_is_that_day_of_the_year_before(text, surface, claim_date):
    row = claim(text, surface)
    assert row["claim_date"] == pd.Timestamp(claim_date)
    assert row["claim_date_precision"] == "day"


@pytest.mark.parametrize(
    "text",
    [
        "Since 2015, when the war began, 20,000 people have been killed.",
        "Since 2022, when the fighting spread, 9,000 civilians have been killed.",
    ],
)
def test_a_running_total_after_the_clause_that_anchors_it_stays_a_running_total(text):
    assert claims_of(text)["scope"].tolist() == ["cumulative"]


# --- A figure that corrects a count is taken out of the toll: a part, never compared as a toll ------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Officials revised the toll down to nine from 11, saying two bodies had been counted twice.", "two"),
        ("The minister said three bodies counted by firefighters were of people who had died elsewhere.", "three"),
        ("The toll was lowered to 81 because 11 deaths previously counted had been caused by illness.", "11"),
        ("Four victims were mistakenly included in the first list, the coroner said.", "Four"),
        ("Police said six deaths were recorded twice in the hospital register.", "six"),
        ("The toll is 31, not 34, because three bodies had been registered at two hospitals.", "three"),
        ("Four victims were counted by both agencies, the ministry said.", "Four"),
    ],
)
def test_a_figure_correcting_a_count_is_a_part_not_a_toll(text, surface):
    assert claim(text, surface)["role"] == "part"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Rescuers said 12 bodies were counted at the morgue.", "12"),
        ("Twelve deaths were recorded on Monday.", "Twelve"),
        ("Officials said 40 victims had been listed by name.", "40"),
        ("Officials said 40 victims had been registered at the district hospital.", "40"),
    ],
)
def test_a_count_that_is_only_recorded_stays_a_figure(text, surface):
    assert claim(text, surface)["role"] == "figure"


# --- A part of a group named by what befell it: "29 of the dead were women" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "category", "subject"),
    [
        ("The toll rose to 37. The director said 29 of the dead were women.", "29", "killed", "women"),
        ("At least 23 of the dead were children, the agency said.", "23", "killed", "children"),
        ("Twelve of the victims were women.", "Twelve", "killed", "women"),
        ("Eight of the injured are in critical condition.", "Eight", "injured", None),
        ("Of the 28 dead, nine were children.", "nine", "killed", "children"),
        ("Officials said 61 of the dead were in Ercis and 19 were children.", "19", "killed", "children"),
        ("So far 74 of the 97 victims have been identified.", "74", "killed", "victims"),
    ],
)
def test_a_part_of_a_group_named_by_what_befell_it_is_that_groups_part(text, surface, category, subject):
    row = claim(text, surface)
    got_subject = None if pd.isna(row["subject"]) else row["subject"]
    assert (row["category"], got_subject, row["role"]) == (category, subject, "part")


def test_the_whole_a_partitive_opens_with_stays_the_figure():
    claims = claims_of("Of the 28 dead, nine were children.")
    assert claims["role"].tolist() == ["figure", "part"]


# --- Only people are arrested, detained or kidnapped: whatever noun names them is counted ---------------------------


@pytest.mark.parametrize(
    ("text", "category", "subject"),
    [
        ("Police said two engineers had been detained.", "detained", "engineers"),
        ("Troops arrested three suspected accomplices.", "detained", "suspected accomplices"),
        ("Police seized three rifles and arrested four traffickers.", "detained", "traffickers"),
        ("Gunmen abducted nine herders near the river.", "hostages", "herders"),
    ],
)
def test_a_count_arrested_or_abducted_is_of_people_whatever_noun_names_them(text, category, subject):
    claims = claims_of(text)
    assert claims["category"].tolist() == [category]
    assert claims["subject"].tolist() == [subject]


@pytest.mark.parametrize(
    "text", ["Two cars were seized.", "The storm killed 2 million chickens.", "Police seized 40 rifles."]
)
def test_things_are_not_counted_as_people(text):
    assert claims_of(text).empty


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("An explosion ripped through the mine, trapping 22 miners.", "missing"),
        ("Rescuers were still searching for at least 15 workers.", "missing"),
        ("Divers are looking for 9 fishermen lost at sea.", "missing"),
        ("About 1,200 residents spent the night in tents.", "displaced"),
        ("About 300 people slept outdoors after the quake.", "displaced"),
        ("Police said 87 escaped inmates had been recaptured.", "detained"),
    ],
)
def test_states_and_acts_news_words_without_the_category_noun(text, category):
    assert claims_of(text)["category"].tolist() == [category]


# --- "from" opens a period only before its date: "from Libya ... on Wednesday" names a place -------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A boat carrying migrants from Libya sank on Tuesday, and at least 12 people drowned.", "12"),
        ("Pilgrims from Kerala were crushed on Tuesday, and 31 people died, police said.", "31"),
        ("A bus from the capital overturned on Tuesday, killing 19 passengers.", "19"),
        ("Gunmen from a rival clan attacked the village on Tuesday and killed 23 people.", "23"),
    ],
)
def test_a_place_after_from_does_not_make_a_day_the_start_of_a_period(text, surface):
    found = claim(text, surface)
    assert found["scope"] == "incident"
    assert str(found["claim_date"].date()) == "2024-03-12"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("From the start of the offensive on March 1, 412 people have been killed.", "412"),
        ("Since the storm hit on Tuesday, 57 people have died.", "57"),
        ("Starting on March 1, officials counted 88 deaths.", "88"),
        ("From March 1, 140 people were killed in the region.", "140"),
    ],
)
def test_a_period_opened_before_its_date_is_a_running_total(text, surface):
    assert claim(text, surface)["scope"] == "cumulative"


# --- "by" + an agent is who acted, "by" + a day closes a period ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Officials said 10 pupils were freed by soldiers on Tuesday.", "10"),
        ("Twelve fishermen were rescued by the coast guard on Tuesday.", "Twelve"),
        ("Five villagers were killed by gunmen on Tuesday, police said.", "Five"),
    ],
)
def test_an_agent_after_by_leaves_the_day_as_the_day_it_happened(text, surface):
    found = claim(text, surface)
    assert found["scope"] == "incident"
    assert str(found["claim_date"].date()) == "2024-03-12"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The toll had risen to 40 by Tuesday, officials said.", "40"),
        ("By late Tuesday, 52 people had been confirmed dead.", "52"),
        ("At least 40 people had died by Tuesday evening.", "40"),
    ],
)
def test_by_a_day_closes_a_running_total(text, surface):
    assert claim(text, surface)["scope"] == "cumulative"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("According to a report released by the agency on Tuesday night, 645 children were among the dead.", "Tuesday"),
        ("Figures issued by the health ministry on Tuesday show 212 people have died.", "Tuesday"),
        ("In a statement published by the army on Monday, 31 soldiers were listed as killed.", "Monday"),
        ("The ministry said on Monday that 31 soldiers were killed.", "Monday"),
    ],
)
def test_a_reports_day_named_with_its_reporter_is_when_it_was_reported(text, day):
    from claimcheck.extraction.framing import is_report_date

    start = text.index(day)
    assert is_report_date(text, start, start + len(day))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ten people were killed by gunmen on Tuesday.", "Tuesday"),
        ("A report said the village was shelled by the army on Monday.", "Monday"),
    ],
)
def test_a_day_after_an_agent_of_the_act_is_no_reports_day(text, day):
    from claimcheck.extraction.framing import is_report_date

    start = text.index(day)
    assert not is_report_date(text, start, start + len(day))


# --- the injured as they are now ("are in critical condition") are a count so far ------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Eight of the injured are in critical condition at the city hospital, a doctor said.", "Eight"),
        ("Of the 48 people wounded, 17 are in critical condition.", "17"),
        ("Twelve people are in serious condition, officials said.", "Twelve"),
        ("Six workers are still hospitalised, the company said.", "Six"),
        ("Three children are in intensive care.", "Three"),
    ],
)
def test_the_injured_in_a_present_condition_are_a_running_count(text, surface):
    found = claim(text, surface)
    assert (found["category"], found["scope"]) == ("injured", "cumulative")
    assert found["claim_date"] == pd.Timestamp(PUBLISHED)


def test_a_condition_told_in_the_past_of_a_dated_blast_stays_that_days():
    found = claim("Nine people were in critical condition after the blast on Tuesday.", "Nine")
    assert found["scope"] == "incident"


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        (
            "Gunmen abducted 87 pupils from a school in Tegina on Thursday, an official said.\n\n"
            "Police spokesman Sani Bello said the figure was 64 pupils.",
            ["incident", "incident"],
        ),
        (
            "A strike killed 12 people on Monday, medics said. The army said the real toll was 4.",
            ["incident", "incident"],
        ),
        ("The death toll has risen to 40, officials said. Police put the number at 35.", ["cumulative", "cumulative"]),
        (
            "Attackers seized 30 villagers on Friday. Residents said that number was closer to 45.",
            ["incident", "incident"],
        ),
    ],
)
def test_the_figure_was_n_answers_the_figure_before_in_its_scope(text: str, scopes: list[str]) -> None:
    # "the figure was 64" gives another value of the quantity named before: the abduction, the strike, the toll
    assert claimcheck.extract(text)["scope"].tolist() == scopes


# --- The day something happened, not the day it was said ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "claim_date"),
    [
        (
            "The rights group said on Thursday that 14 people had been killed in Tuesday's crackdown.",
            "14",
            "2024-03-12",
        ),
        ("Police said on Wednesday that a blast on Monday killed 9 people.", "9", "2024-03-11"),
        ("On Thursday, medics said 31 were hurt in Sunday's stampede.", "31", "2024-03-10"),
    ],
)
def test_an_incident_is_dated_by_when_it_happened_not_by_when_it_was_said(text, surface, claim_date):
    assert claim(text, surface)["claim_date"] == pd.Timestamp(claim_date)


@pytest.mark.parametrize(
    "text",
    [
        "Police on Wednesday put the number of people killed in last week's attack at 16.",
        "The ministry on Tuesday said 12 people had died in the attack.",
        "Officials on Monday night lowered the toll from the raid to 7.",
    ],
)
def test_a_day_between_who_reports_and_the_report_verb_is_a_report_day(text):
    from claimcheck.extraction.framing import is_report_date

    day = next(w for w in ("Monday", "Tuesday", "Wednesday") if w in text)
    at = text.index(day)
    assert is_report_date(text, at, at + len(day))


@pytest.mark.parametrize(
    ("sentence", "dates_its_incident"),
    [
        ("Gunmen killed 14 villagers on Friday.", True),
        ("Police on Saturday put the toll at 16.", False),
        ("The agency said on Monday that 12 had died.", False),
        ("LUCKNOW, Feb 14 - The department said 41 people had died.", False),
        ("LUCKNOW, Feb 14 - A blast on Thursday killed 41 people.", True),
    ],
)
def test_only_a_day_that_is_not_the_reports_dates_an_incident_for_the_events(sentence, dates_its_incident):
    from claimcheck.extraction.events import _names_its_day

    assert _names_its_day(sentence) is dates_its_incident


@pytest.mark.parametrize(
    ("text", "is_period"),
    [
        ("16 people were killed in last week's attack.", False),
        ("Nine died in last night's blast.", False),
        ("In the past 24 hours, 57 people died.", True),
        ("Over the last week, 40 people died.", True),
    ],
)
def test_a_period_told_as_the_events_possessive_is_no_period(text, is_period):
    from claimcheck.checking.quantity import PERIOD_CUES

    assert (PERIOD_CUES.search(text) is not None) is is_period


@pytest.mark.parametrize(
    ("text", "surface", "scope"),
    [
        ("MSF said at least 70 people had died in the outbreak.", "70", "cumulative"),
        ("Officials said 210 people had been killed in the floods.", "210", "cumulative"),
        ("The agency said 40 had died in the heatwave so far.", "40", "cumulative"),
        ("Officials said 12 people had died in the blast.", "12", "incident"),
        ("Police said 30 people had been killed in the attack on the market.", "30", "incident"),
    ],
)
def test_a_lasting_disasters_toll_told_in_reported_speech_is_its_toll_so_far(text, surface, scope):
    assert claim(text, surface)["scope"] == scope


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The outbreak has killed 63 people. Eight new deaths were recorded on Tuesday.", "Eight"),
        ("The toll rose to 40. Officials reported five new deaths overnight.", "five"),
        ("The toll stood at 80 on Sunday. Health officials confirmed 14 new deaths on Monday.", "14"),
    ],
)
def test_new_deaths_after_a_toll_are_an_addition_not_the_toll(text, surface):
    assert claim(text, surface)["role"] == "increment"


@pytest.mark.parametrize(
    ("text", "surface", "scope"),
    [
        ("Nineteen deaths were recorded on Thursday alone.", "Nineteen", "incident"),
        ("The ministry said 40 people died yesterday alone.", "40", "incident"),
        ("Cholera has now killed 97 people, the ministry said, after 19 died on Wednesday alone.", "97", "cumulative"),
        ("Cholera has now killed 97 people, the ministry said, after 19 died on Wednesday alone.", "19", "incident"),
        ("The storm has now claimed 31 lives, officials said.", "31", "cumulative"),
    ],
)
def test_one_days_count_and_the_toll_it_adds_to(text, surface, scope):
    assert claim(text, surface)["scope"] == scope


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Rescuers recovered the last five bodies on Friday, bringing the final toll to 20.", "five"),
        ("The toll rose to 65 after divers found the last two bodies in the river.", "two"),
        ("Teams pulled out the final three bodies, raising the death toll to 41, police said.", "three"),
    ],
)
def test_the_last_bodies_found_beside_the_toll_are_a_part_of_it(text, surface):
    assert claim(text, surface)["role"] == "part"


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "Three British tourists, including a couple from Leeds, are among 11 people now confirmed dead.",
            "Three",
            "11",
        ),
        ("Two Canadians were among the 40 killed in the attack.", "Two", "40"),
        ("Four firefighters are also among 23 people injured, officials said.", "Four", "23"),
    ],
)
def test_a_count_among_the_next_figure_is_a_part_of_it(text, part, whole):
    claims = claims_of(text)
    p, w = claims[claims["surface"] == part].iloc[0], claims[claims["surface"] == whole].iloc[0]
    assert (p["part_of"], p["role"], p["category"]) == (w["claim_id"], "part", w["category"])


@pytest.mark.parametrize(
    "text",
    [
        "Three tourists are among 11 people now confirmed dead after the flood.",
        "Officials said 40 people were now believed dead in the village.",
    ],
)
def test_now_confirmed_dead_is_the_toll_so_far(text):
    assert claims_of(text).query("category == 'killed' and role == 'figure'")["scope"].tolist() == ["cumulative"]


@pytest.mark.parametrize(
    "text",
    [
        "LUCKNOW, March 12 - The health department said 41 people had died after drinking toxic liquor.",
        "At least 17 people have died after drinking illicit liquor, officials said.",
        "The toll from the mass poisoning had risen to 30 by Tuesday, doctors said.",
    ],
)
def test_a_mass_poisonings_toll_is_counted_so_far(text):
    assert claims_of(text)["scope"].tolist()[0] == "cumulative"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("KABUL, March 12 - Officials said 12 people were hurt.", "March 12"),
        ("SALEM, Ore., 4 May (Wire) - Nine died.", "4 May"),
    ],
)
def test_the_datelines_day_is_the_reports_day(sentence, day):
    from claimcheck.extraction.framing import is_report_date

    at = sentence.index(day)
    assert is_report_date(sentence, at, at + len(day))


@pytest.mark.parametrize(
    ("text", "surface", "category", "scope"),
    [
        ("But a councillor said 62 people had been taken.", "62", "hostages", "incident"),
        ("Gunmen stormed the school and 30 pupils were taken away.", "30", "hostages", "incident"),
        ("Twelve people were taken by the gunmen on Tuesday, police said.", "Twelve", "hostages", "incident"),
        ("Gunmen raided the village, killing 14 and abducting at least 50 others.", "50", "hostages", "incident"),
        ("Nine people were taken to hospital.", "Nine", "injured", "incident"),
        ("Police said 230 people were taken into custody.", "230", "detained", "incident"),
    ],
)
def test_people_taken_away_are_hostages_taken_in_one_act(text, surface, category, scope):
    got = claim(text, surface)
    assert (got["category"], got["scope"]) == (category, scope)


def test_a_past_disaster_named_with_three_words_before_its_kind_is_that_years():
    got = claim("The country's deadliest disaster, the 1993 Kader toy factory fire, killed 188 workers.", "188")
    assert (got["scope"], got["claim_date"]) == ("incident", pd.Timestamp("1993-01-01"))


# --- A running count after an event of a named day is dated by its report ---------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Fifteen miners have been confirmed dead and five remain trapped after Tuesday's gas explosion.", "Fifteen"),
        ("Twenty people have now died following Monday's bus crash, police said.", "Twenty"),
        ("Rescuers have found 31 bodies since Sunday's landslide, officials said.", "31"),
    ],
)
def test_a_running_count_after_an_event_of_a_named_day_is_dated_when_reported(text: str, surface: str) -> None:
    row = claim(text, surface)
    assert row["scope"] == "cumulative"
    assert row["claim_date"] == pd.Timestamp(PUBLISHED)


def test_people_trapped_by_an_event_of_a_named_day_are_that_days() -> None:
    row = claim("Rescuers reached the mine, where 22 workers were trapped by Tuesday's blast, officials said.", "22")
    assert row["claim_date"] == pd.Timestamp("2024-03-12")


@pytest.mark.parametrize(
    ("text", "surface", "scope"),
    [
        ("MSF said on Wednesday it had counted 94 deaths.", "94", "cumulative"),
        ("Monitors have tallied 310 deaths since the unrest began.", "310", "cumulative"),
        ("Rescuers counted 12 bodies on the beach on Tuesday.", "12", "incident"),
    ],
)
def test_a_count_kept_so_far_is_a_running_total(text: str, surface: str, scope: str) -> None:
    assert claim(text, surface)["scope"] == scope


@pytest.mark.parametrize(
    ("text", "surface", "scope"),
    [
        (
            "Tuesday's blast at the Kestrel chemical plant, about 80 kilometres south of the capital, injured 52 "
            "people, nine of whom remain in intensive care, officials said.",
            "52",
            "incident",
        ),
        ("Fourteen people were injured in the fire, three of whom are still in hospital.", "Fourteen", "incident"),
        ("A militia leader at the scene said he had counted at least 30 bodies.", "30", "incident"),
        ("Twelve people remain in hospital, officials said.", "Twelve", "cumulative"),
    ],
)
def test_a_state_told_of_a_part_is_not_the_wholes_scope(text: str, surface: str, scope: str) -> None:
    assert claim(text, surface)["scope"] == scope


@pytest.mark.parametrize(
    ("text", "surface", "claim_date", "precision"),
    [
        (
            "It was the deadliest blaze since the Harrow Tower fire in June 2017, which killed 72 people.",
            "72",
            "2017-06-01",
            "month",
        ),
        (
            "It was the worst crush since a 2006 stampede at a stadium in Pasig, in which more than 70 people died.",
            "70",
            "2006-01-01",
            "year",
        ),
        (
            "The attack was the deadliest since the 1998 bombing of the U.S. embassy, which killed more than 200.",
            "200",
            "1998-01-01",
            "year",
        ),
        (
            "It is the worst outbreak since April 2011, when tornadoes killed more than 300 people.",
            "300",
            "2011-04-01",
            "month",
        ),
    ],
)
def test_a_disaster_recalled_after_since_keeps_its_own_date(
    text: str, surface: str, claim_date: str, precision: str
) -> None:
    row = claim(text, surface)
    assert (row["scope"], row["claim_date"], row["claim_date_precision"]) == (
        "incident",
        pd.Timestamp(claim_date),
        precision,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Jon Rask, the reservist suspected of killing 18 people in Lewiston, was found dead on Friday evening.",
        "A man accused of murdering 11 villagers was arrested on Tuesday, police said.",
    ],
)
def test_a_toll_in_what_someone_is_accused_of_is_not_dated_by_the_sentences_day(text: str) -> None:
    row = claims_of(text).iloc[0]
    assert row["claim_date"] == pd.Timestamp(PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The transport minister, who had put the toll at 19, did not comment.", "19"),
        ("The governor's office, which had announced 51 deaths, did not respond to requests for comment.", "51"),
        ("The agency, which had earlier reported 12 dead, has not updated its count.", "12"),
    ],
)
def test_a_figure_a_source_had_given_in_a_relative_clause_is_an_earlier_report(text: str, surface: str) -> None:
    row = claim(text, surface)
    assert row["scope"] == "cumulative" and pd.isna(row["claim_date"])


def test_a_source_that_had_given_a_figure_is_no_conflict_with_todays_toll() -> None:
    docs = pd.DataFrame(
        {
            "doc_id": ["a"],
            "published": [pd.Timestamp(PUBLISHED)],
            "text": [
                "The death toll from the train collision rose to 36, a health official said. "
                "The transport minister, who had put the toll at 19, did not comment."
            ],
        }
    )
    assert claimcheck.check(claimcheck.extract(docs)).empty


@pytest.mark.parametrize(
    "text",
    [
        "The number of people killed by Monday's earthquakes rose above 7,800 on Tuesday.",
        "The combined death toll from the quakes passed 21,000 on Thursday.",
        "The toll from last week's floods has topped 300, officials said.",
    ],
)
def test_a_toll_that_crosses_a_mark_is_a_running_total(text: str) -> None:
    assert claims_of(text).iloc[0]["scope"] == "cumulative"


def test_a_figure_above_a_mark_with_no_toll_is_its_incident() -> None:
    assert claims_of("A gunman killed above 12 people at the market on Monday.").iloc[0]["scope"] == "incident"


@pytest.mark.parametrize(
    ("text", "surface", "scope", "claim_date"),
    [
        (
            "At least 22 people were killed and 50 to 60 wounded in Wednesday night's shootings in Lewiston, an "
            "official said early on Thursday.",
            "22",
            "cumulative",
            "2023-10-26",
        ),
        (
            "At least 22 people were killed in Wednesday night's shootings, an official said.",
            "22",
            "incident",
            "2023-10-25",
        ),
        (
            "Rescuers reached the mine, where 22 workers were trapped by Wednesday's blast.",
            "22",
            "cumulative",
            "2023-10-25",
        ),
    ],
)
def test_the_day_an_event_is_named_by_dates_no_running_count_of_its_dead(
    text: str, surface: str, scope: str, claim_date: str
) -> None:
    row = claim(text, surface, "2023-10-26")
    assert (row["scope"], row["claim_date"]) == (scope, pd.Timestamp(claim_date))


# --- An anniversary, a verdict or a final report retells its event: its dead and hurt are that day's -------------


@pytest.mark.parametrize(
    ("text", "published", "surface", "claim_date"),
    [
        (
            "LYON (AP) - Survivors laid wreaths on Sunday, one year after a gunman killed 14 people at the market.\n\n"
            "At the fish stalls, where nine people died, a plaque was unveiled.",
            "2024-06-02",
            "nine",
            "2023-06-02",
        ),
        (
            "A year after Storm Orla, the valley is still rebuilding.\n\nOrla killed 31 people in the region.",
            "2024-10-25",
            "31",
            "2023-10-25",
        ),
        (
            "Ten years after gunmen stormed the college, families still gather at its gate.\n\n"
            "More than 60 students were wounded in the attack.",
            "2024-04-14",
            "60",
            "2014-04-14",
        ),
        (
            "Investigators released their final report on the crash on Monday.\n\nThe plane crashed on approach on "
            "Aug. 7, 2020, and broke apart. The crash killed 21 people.",
            "2021-09-13",
            "21",
            "2020-08-07",
        ),
        (
            "Three months after the floods of Oct. 29, the town's ground floors are still empty.\n\n"
            "The town lost 56 residents.",
            "2025-01-29",
            "56",
            "2024-10-29",
        ),
        (
            "Relatives gathered on Tuesday at the rebuilt hall.\n\nThe suicide bombing on Jan. 30 last year killed "
            "more than 80 people. Most of the dead were policemen, and 200 were wounded.",
            "2024-01-30",
            "200",
            "2023-01-30",
        ),
    ],
)
def test_a_story_told_long_after_its_event_dates_the_events_figures_to_it(text, published, surface, claim_date):
    row = claim(text, surface, published)
    assert row["scope"] == "incident"
    assert row["claim_date"] == pd.Timestamp(claim_date)


@pytest.mark.parametrize(
    ("text", "published", "surface"),
    [
        # a war's first day starts a running total: its later incidents are not that day's
        (
            "A year after the war began, the front has barely moved.\n\nShelling killed six people in the town.",
            "2025-02-24",
            "six",
        ),
        # a past disaster the story is measured against is not the story's event
        (
            "The fire is the deadliest since May 3, 2010, officials said.\n\nIt killed 12 workers.",
            "2024-05-20",
            "12",
        ),
        # the story's own week: not a retelling
        ("A factory fire on Friday killed 12 workers.\n\nNine others were hurt.", "2024-05-20", "Nine"),
    ],
)
def test_a_story_that_retells_nothing_keeps_its_figures_dates(text, published, surface):
    row = claim(text, surface, published)
    assert row["claim_date"] != pd.Timestamp("2023-05-20")
    assert row["claim_date"] >= pd.Timestamp(published) - pd.Timedelta(days=7)


# --- "Of the 169 passengers, 76 were injured": a part says what befell it; "the 169 others" are the rest -----------


@pytest.mark.parametrize(
    ("text", "surface", "category"),
    [
        ("Of the 169 passengers, 76 were injured.", "76", "injured"),
        ("Of the 300 people on board, 41 were seriously hurt, the airline said.", "41", "injured"),
        ("Of the 52 miners rescued, nine were injured.", "nine", "injured"),
        ("Of the 28 dead, nine were children.", "nine", "killed"),
        ("The crash killed 21 people. Of the 169 others on board, 76 were seriously injured.", "169", "other"),
        ("The crash killed 21 people. Of the 169 others on board, 76 were seriously injured.", "76", "injured"),
        ("The blast killed 12 people. Nine others were found on the deck.", "Nine", "killed"),
    ],
)
def test_a_part_of_a_group_takes_its_own_predicate_and_the_others_are_the_rest(text, surface, category):
    assert claim(text, surface)["category"] == category


# --- "The town lost 56 residents": people a place, a family or a firm lost are dead ------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "category"),
    [
        ("The town lost 56 residents, more than any other.", "56", "killed"),
        ("The village lost at least 12 people in the flood.", "12", "killed"),
        ("She lost two sons in the fire.", "two", "killed"),
        ("The company lost 14 employees in the attack, a spokesman said.", "14", "killed"),
        ("Rescuers lost contact with 12 climbers on the ridge.", "12", "other"),
    ],
)
def test_people_lost_are_dead(text, surface, category):
    assert claim(text, surface)["category"] == category


@pytest.mark.parametrize(
    "text",
    ["The factory lost 200 jobs after the fire.", "The team lost 3 games in a row.", "The farm lost 40 cattle."],
)
def test_things_lost_are_no_claims(text):
    assert claims_of(text).empty


# --- "10 and eight citizens": the first figures of a coordination share the last one's noun ---------------------


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("India and Britain lost 10 and eight citizens, respectively.", "10", "citizens"),
        ("Police arrested 10 and eight suspects in two raids.", "10", "suspects"),
        ("The two hospitals admitted 31, 11 and three patients.", "31", "patients"),
    ],
)
def test_a_coordinated_figure_shares_the_noun_after_the_last_one(text, surface, subject):
    assert claim(text, surface)["subject"] == subject


# --- "99 of the wounded" names its own group: it takes no subject from the figure before ------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Police said 200 were hurt and eight attackers were dead. Doctors said 99 of the wounded were critical.",
            "99",
        ),
        ("Six gunmen were killed. Officials said 103 of the dead had been identified.", "103"),
        ("Four firefighters were hurt. Hospitals were still treating 195 of the injured on Friday.", "195"),
    ],
)
def test_a_part_of_a_named_group_takes_no_subject_from_the_figure_before(text, surface):
    row = claim(text, surface)
    assert pd.isna(row["subject"]) or row["subject"] in ("wounded", "dead", "injured"), row["subject"]


# --- Displacement told as a move, custody, escapes, and deaths after a relative clause --------------------------


@pytest.mark.parametrize(
    ("text", "surface", "category"),
    [
        ("The agency said about 67,000 had been forced from their homes.", "67,000", "displaced"),
        ("He said 3,500 people had been forced out of their homes.", "3,500", "displaced"),
        ("More than 52,000 people had been ordered out of the valley, officials said.", "52,000", "displaced"),
        (
            "The Red Cross said about 1,000 people had spent Saturday night in shelters in Oroville.",
            "1,000",
            "displaced",
        ),
        ("The storm forced thousands of people into evacuation centres.", "thousands", "displaced"),
        ("Four people remain in police custody.", "Four", "detained"),
        ("More than 1,200 inmates fled three damaged prisons.", "1,200", "other"),
        ("Two people who had been in intensive care died overnight.", "Two", "killed"),
        ("Three workers who were pulled from the rubble have died.", "Three", "killed"),
        ("Five people who were injured in the blast were discharged.", "Five", "injured"),
    ],
)
def test_categories_told_as_moves_custody_escapes_and_after_a_relative_clause(text, surface, category):
    assert claim(text, surface)["category"] == category


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (
            "The collapse killed 24 people. Two people who had been in intensive care died overnight.",
            "Two",
            "increment",
        ),
        ("The blast killed 40. Three of the injured have since died, doctors said.", "Three", "part"),
        ("The blast killed 40. Doctors said 36 people had died, including two who died overnight.", "36", "figure"),
    ],
)
def test_deaths_told_as_coming_after_a_toll_add_to_it(text, surface, role):
    assert claim(text, surface)["role"] == role


# --- "the same day", "the next day": the day named last -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        (
            "The army ended its search on Monday, putting the final toll at 1,127. A coalition of unions rejected "
            "the figure the same day, saying at least 1,200 had died.",
            "1,200",
            "2013-05-13",
        ),
        (
            "Fighting broke out on Friday morning. Later that day, medics said 30 people had been killed.",
            "30",
            "2013-05-10",
        ),
        ("The boat capsized on Sunday. Divers found 14 bodies the next day.", "14", "2013-05-13"),
        ("The storm made landfall on May 2. A day later, officials said 40 people had died.", "40", "2013-05-03"),
    ],
)
def test_a_day_referred_back_is_the_day_named_before(text: str, surface: str, day: str) -> None:
    assert claim(text, surface, "2013-05-14")["claim_date"] == pd.Timestamp(day)


def test_that_day_with_no_day_named_before_dates_nothing() -> None:
    row = claim("Later that day, medics said 30 people had been killed.", "30", "2013-05-14")
    assert row["claim_date"] == pd.Timestamp("2013-05-14")


# --- A feast names its day: "Easter Monday" is not the last Monday ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("Families spent Easter Monday burying the 72 dead.", "72", "2016-03-28"),
        ("The Easter Sunday bombing killed more than 70 people.", "70", "2016-03-27"),
        ("On Christmas Day, 12 people died in a fire at a care home.", "12", "2015-12-25"),
        ("The Good Friday attack killed 30 worshippers.", "30", "2016-03-25"),
        ("On New Year's Eve, 12 people died in a crush.", "12", "2015-12-31"),
    ],
)
def test_a_feast_dates_a_figure_to_its_own_day(text: str, surface: str, day: str) -> None:
    row = claim(text, surface, "2016-04-04")
    assert row["claim_date"] == pd.Timestamp(day)
    assert pd.isna(row["location"])  # "on Christmas Day" is a day, not a place


@pytest.mark.parametrize(
    "text",
    [
        "The toll from the New Year's Day earthquake rose to 200, officials said.",
        "The toll from the Monday earthquake rose to 200, officials said.",
        "The number of dead after the Easter Sunday bombings has risen to 200.",
    ],
)
def test_a_day_that_names_the_event_does_not_date_its_running_toll(text: str) -> None:
    row = claim(text, "200", "2024-01-10")
    assert row["scope"] == "cumulative" and row["claim_date"] == pd.Timestamp("2024-01-10")


# --- A count over days of one event is a running count -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At least 51 people were killed in this week's protests, police said.",
        "At least 51 people were killed in three days of clashes, police said.",
        "At least 51 people have died in a week of heavy rain, police said.",
        "At least 51 people were killed during the past week's fighting, police said.",
    ],
)
def test_a_count_over_days_of_one_event_is_cumulative(text: str) -> None:
    assert claim(text, "51")["scope"] == "cumulative"


@pytest.mark.parametrize(
    "text",
    [
        "Forty people died in the crash, most of whom were pilgrims travelling home on Monday.",
        "Forty people were killed, many of them workers who had arrived on Monday.",
    ],
)
def test_a_day_in_an_aside_on_part_of_the_dead_does_not_date_the_figure(text: str) -> None:
    assert claim(text, "Forty", "2025-09-10")["claim_date"] == pd.Timestamp("2025-09-10")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "KINSHASA, Feb 4 (Wire) - More than 2,000 bodies are awaiting burial, the spokesman said late on Monday.",
            "2025-02-03",
        ),
        ("GOMA, Feb 4 (Wire) - The toll has reached 2,000, the governor said early on Sunday.", "2025-02-02"),
        ("Police said late on Monday that the toll had risen to 2,000.", "2025-02-03"),
    ],
)
def test_a_running_toll_said_late_on_a_day_is_that_days_not_the_datelines(text: str, day: str) -> None:
    assert claim(text, "2,000", "2025-02-04")["claim_date"] == pd.Timestamp(day)
