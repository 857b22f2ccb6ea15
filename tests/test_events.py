"""Events: documents grouped into the stories they tell, and what "the same quantity" means inside one.

Every sentence here is written for these tests; the events are invented or generic.
"""

from __future__ import annotations

import pandas as pd
import pytest

import claimcheck
from claimcheck.checking import quantity
from claimcheck.extraction import events, gazetteer


def _docs(*rows: tuple[str, str, str | None]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["doc_id", "text", "published"])
    frame["published"] = pd.to_datetime(frame["published"])
    return frame


QUAKE = [
    (
        "q1",
        "A powerful earthquake struck near Erzincan in eastern Turkey on Monday, killing at least 120 people, "
        "the disaster agency AFAD said.",
        "2024-02-05",
    ),
    (
        "q2",
        "Rescuers in Erzincan pulled more survivors from the rubble as the earthquake death toll rose to 160, "
        "Turkey's AFAD said.",
        "2024-02-06",
    ),
]
FIRE = [
    (
        "f1",
        "A wildfire tore through the town of Paradise Valley in Nevada, killing 12 people, the county sheriff said.",
        "2024-02-06",
    ),
    (
        "f2",
        "The Paradise Valley wildfire in Nevada has now killed 14 people, the sheriff said on Wednesday.",
        "2024-02-07",
    ),
]
WAR = [
    (
        "w1",
        "The Gaza health ministry said 30,000 Palestinians had been killed in the war with Israel since October 7.",
        "2024-03-01",
    ),
    (
        "w2",
        "The Gaza health ministry said 34,000 Palestinians had been killed in the war with Israel since October 7.",
        "2024-05-01",
    ),
    (
        "w3",
        "Israel's war in Gaza has killed 37,000 Palestinians, the Gaza health ministry said on Saturday.",
        "2024-06-15",
    ),
]


def _events_of(claims: pd.DataFrame) -> dict[str, str]:
    return dict(zip(claims["doc_id"], claims["event"], strict=True))


def test_documents_about_one_story_share_an_event_and_other_stories_do_not():
    claims = claimcheck.extract(_docs(*QUAKE, *FIRE))
    event = _events_of(claims)
    assert event["q1"] == event["q2"]
    assert event["f1"] == event["f2"]
    assert event["q1"] != event["f1"]


def test_a_long_war_reported_months_apart_stays_one_event():
    claims = claimcheck.extract(_docs(*WAR))
    assert len(set(_events_of(claims).values())) == 1


def test_the_documents_own_event_column_wins():
    docs = _docs(*QUAKE, *FIRE).assign(event=["one", "two", "one", "two"])
    claims = claimcheck.extract(docs)
    assert _events_of(claims) == {"q1": "one", "q2": "two", "f1": "one", "f2": "two"}


def test_event_ids_are_stable_and_readable():
    first = claimcheck.extract(_docs(*QUAKE))["event"].iloc[0]
    second = claimcheck.extract(_docs(*QUAKE))["event"].iloc[0]
    assert first == second
    assert "2024-02" in first and "erzincan" in first


def test_figures_of_two_events_are_never_compared():
    # a fire's toll and a quake's toll reported the same day in one corpus: two quantities
    docs = _docs(
        ("a", "The earthquake in Erzincan, Turkey, killed 300 people, officials said.", "2024-02-06"),
        ("b", "The wildfire in Paradise Valley, Nevada, killed 12 people, officials said.", "2024-02-06"),
    )
    conflicts = claimcheck.check(claimcheck.extract(docs))
    assert conflicts.empty


@pytest.mark.parametrize("how", [None, "document"])
def test_check_events_option_switches_grouping(how):
    docs = _docs(
        ("a", "The earthquake in Erzincan, Turkey, killed 300 people, officials said.", "2024-02-06"),
        ("b", "The earthquake in Erzincan, Turkey, killed 120 people, officials said.", "2024-02-06"),
    )
    claims = claimcheck.extract(docs)
    found = claimcheck.check(claims, events=how)
    # one event (None) compares them; each document its own event does not
    assert (len(found) > 0) is (how is None)


def test_check_assigns_events_when_the_claims_frame_has_none():
    claims = claimcheck.extract(_docs(*QUAKE, *FIRE)).drop(columns=["event"])
    conflicts = claimcheck.check(claims)
    assert conflicts.empty or conflicts["event"].notna().all()


@pytest.mark.parametrize(
    "toll, total",
    [
        ("The earthquake killed at least 310 people on Monday, officials said.", "The death toll stands at 295."),
        ("At least 115 people died in the fire, the governor said.", "The number of dead has climbed to 90."),
        ("The bombing at the market killed 40 people.", "The total number of dead now stands at 25."),
        ("The ferry capsized on the lake, killing 62 people.", "So far the toll stands at 44 dead."),
    ],
)
def test_one_incidents_toll_worded_as_incident_and_as_total_is_one_quantity(toll, total):
    docs = _docs(("a", toll, "2024-04-02"), ("b", total, "2024-04-02"))
    conflicts = claimcheck.check(claimcheck.extract(docs), events=lambda c: pd.Series("one", index=c.index))
    assert len(conflicts) == 1


@pytest.mark.parametrize(
    "total, strike",
    [
        (
            "Since the war began, 30,000 people have been killed, the ministry said.",
            "An air strike on a house on Tuesday killed 9 people.",
        ),
        ("The offensive has killed 12,000 people, officials said.", "A missile strike on the market killed 40 people."),
        ("The protests have left 300 people dead since September.", "Police shot dead 12 protesters on Friday."),
    ],
)
def test_a_campaigns_running_total_and_one_incident_inside_it_are_two_quantities(total, strike):
    docs = _docs(("a", total, "2024-04-05"), ("b", strike, "2024-04-05"))
    conflicts = claimcheck.check(claimcheck.extract(docs), events=lambda c: pd.Series("one", index=c.index))
    assert conflicts.empty


@pytest.mark.parametrize(
    "total",
    [
        "Lt. Gov. Warren Cole said the death toll had risen to 31.",
        "The toll rose to 31, Ward councillor Anna Bell said.",
        "Seasoned rescuers said the number of dead had climbed to 31.",
        "Officials in Warsaw said the toll had risen to 31.",
    ],
)
def test_a_word_that_only_begins_like_a_campaign_cue_makes_no_campaign(total):
    docs = _docs(("a", "A tornado killed at least 23 people on Saturday.", "2026-04-12"), ("b", total, "2026-04-14"))
    claims = claimcheck.extract(docs).assign(event="one")
    assert quantity.campaigns(claims) == set()
    assert quantity.one_toll(claims).all()  # the incident's toll and its running total are one quantity


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("A gunman killed five people and wounded 20 others on Tuesday.", "The number of wounded now stands at 12."),
        ("The blast killed 9 and injured 40 others.", "Officials lowered the number of injured to 31."),
    ],
)
def test_others_counted_beside_a_toll_are_the_same_people_as_a_later_count(first, later):
    docs = _docs(("a", first, "2026-02-10"), ("b", later, "2026-02-11"))
    conflicts = claimcheck.check(claimcheck.extract(docs), events=lambda c: pd.Series("one", index=c.index))
    assert conflicts["rule"].tolist() == ["total_decreased"]


@pytest.mark.parametrize(
    "daily",
    [
        "In the past 24 hours, 57 people died in the floods.",
        "Another 40 people were killed overnight, officials said.",
        "On Sunday alone 35 people died.",
    ],
)
def test_a_count_over_a_period_is_not_the_events_toll(daily):
    docs = _docs(
        ("a", "The floods have killed 1,100 people, officials said.", "2024-08-30"), ("b", daily, "2024-09-02")
    )
    claims = claimcheck.extract(docs).assign(event="one")
    toll = quantity.one_toll(claims)
    assert not toll[claims["doc_id"] == "b"].any()


def test_a_past_disaster_quoted_for_comparison_is_not_todays_toll():
    claims = pd.DataFrame(
        {
            "event": ["one", "one"],
            "scope": ["cumulative", "incident"],
            "category": ["killed", "killed"],
            "sentence": ["The toll rose to 40.", "A storm in 1998 killed 300."],
            "claim_date": pd.to_datetime(["2024-05-02", "1998-01-01"]),
            "published": pd.to_datetime(["2024-05-02", "2024-05-02"]),
        }
    )
    assert quantity.one_toll(claims).tolist() == [True, False]


def test_hostages_taken_and_hostages_still_held_stay_two_quantities():
    claims = pd.DataFrame(
        {
            "event": ["one", "one"],
            "scope": ["incident", "cumulative"],
            "category": ["hostages", "hostages"],
            "sentence": ["Gunmen took 250 people hostage.", "Some 115 hostages are still held."],
            "claim_date": pd.to_datetime(["2024-05-01", "2024-05-03"]),
            "published": pd.to_datetime(["2024-05-03", "2024-05-03"]),
        }
    )
    assert not quantity.one_toll(claims).any()


# ------------------------------------------------------------------ places


@pytest.mark.parametrize(
    "inner, outer",
    [
        ("Derna", "Libya"),
        ("Kerr County", "Texas"),
        ("Lahaina", "Hawaii"),
        ("Kharkiv", "Ukraine"),
        ("Quetta", "Pakistan"),
        ("Lahaina", "Maui"),
    ],
)
def test_a_place_and_the_country_state_or_county_that_holds_it_are_a_part_and_its_whole(inner, outer):
    # "68 died in Kerr County" and "82 died across Texas" are not two reports of one toll
    a, b = quantity.place_key(inner), quantity.place_key(outer)
    assert not quantity.compatible_places(a, b) and not quantity.compatible_places(b, a)


@pytest.mark.parametrize(
    "a, b",
    [("Maui", "Maui County"), ("Kerr County", "Kerr County, Texas"), ("Texas", "the state of Texas"), ("U.S.", "USA")],
)
def test_one_area_named_two_ways_is_one_place(a, b):
    assert quantity.compatible_places(quantity.place_key(a), quantity.place_key(b))


@pytest.mark.parametrize(
    "a, b", [("Lahaina", "Derna"), ("Texas", "Libya"), ("Moscow", "Brussels"), ("Kerr County", "Hawaii")]
)
def test_places_in_different_countries_or_states_are_never_one_place(a, b):
    assert not quantity.compatible_places(quantity.place_key(a), quantity.place_key(b))


@pytest.mark.parametrize(
    "together, one",
    [
        ("the provinces of Kermanshah and Ilam", "Kermanshah"),
        ("Mississippi and Alabama", "Alabama"),
        ("Rafah and Khan Younis", "Rafah"),
        ("Ohio, Indiana and Kentucky", "Kentucky"),
        ("the neighbouring states of Bihar and Assam", "Assam province"),
    ],
)
def test_places_named_together_are_their_sum_not_one_of_them(together, one):
    # "30 died in Sistan and Kerman" and "21 died in Kerman": a sum and a part, never two reports of one toll
    a, b = quantity.place_key(together), quantity.place_key(one)
    assert a is not None and a.startswith(quantity.TOGETHER_MARK)
    assert not quantity.compatible_places(a, b) and not quantity.compatible_places(b, a)
    assert quantity.compatible_places(a, quantity.place_key(together))


@pytest.mark.parametrize(
    "name", ["Bosnia and Herzegovina", "Trinidad and Tobago", "Kerr County, Texas", "Paradise, Magalia and Concow"]
)
def test_a_name_the_gazetteer_knows_whole_or_unknown_names_are_not_places_together(name):
    key = quantity.place_key(name)
    assert key is not None and not key.startswith(quantity.TOGETHER_MARK)


def test_places_together_in_two_countries_name_no_one_country():
    assert quantity._country(quantity.place_key("Turkey and Syria")) is None
    assert quantity._country(quantity.place_key("Kermanshah and Ilam")) == "@IR"


def test_an_unplaced_figure_takes_its_documents_country():
    claims = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "b", "b"],
            "location": ["Derna", None, "Derna", "Benghazi", None],
            "event": "one",
        }
    )
    keys = quantity.placed_in_documents(claims).tolist()
    assert keys[1] == quantity.anywhere_in("LY")
    assert keys[4] == quantity.anywhere_in("LY")
    assert quantity.compatible_places(keys[1], quantity.place_key("Benghazi"))
    assert not quantity.compatible_places(keys[1], quantity.place_key("Lahaina"))


def test_an_unplaced_figure_of_a_document_about_several_countries_stays_in_it():
    claims = pd.DataFrame({"doc_id": ["a", "a", "a"], "location": ["Pakistan", "India", None], "event": "one"})
    keys = quantity.placed_in_documents(claims).tolist()
    assert keys[2] == quantity.only_here("a")
    assert not quantity.compatible_places(keys[2], quantity.place_key("Pakistan"))


def test_an_unplaced_figure_is_at_no_site_when_its_event_names_several():
    claims = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "location": ["the airport terminal", "the metro station", None],
            "event": "one",
            "scope": "incident",
            "sentence": "",
            "published": pd.Timestamp("2024-03-01"),
        }
    )
    keys = quantity.placed_in_documents(claims).tolist()
    assert not quantity.compatible_places(keys[2], keys[0])


@pytest.mark.parametrize(
    "phrase, country",
    [
        ("the coastal city of Derna", "LY"),
        ("Kerr County, Texas", "US"),
        ("northern Pakistan", "PK"),
        ("the Zaporizhzhia region", "UA"),
        ("Moscow, Idaho", "US"),
        ("Texas's Kerr County", "US"),
        ("the Nuseirat camp", "PS"),
    ],
)
def test_gazetteer_resolves_place_phrases_as_news_writes_them(phrase, country):
    place = gazetteer.resolve(phrase)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Borno State", "NG-BO"),
        ("Van province", "TR-65"),
        ("Helmand province", "AF-HEL"),
        ("Washington state", "US-WA"),
    ],
)
def test_an_administrative_word_after_a_name_reads_it_as_the_region(phrase, code):
    # "Borno State" is the state, not a town spelt alike elsewhere; "Van province" the province, not its city
    place = gazetteer.resolve(phrase)
    assert (place.level, place.code) == ("region", code)


@pytest.mark.parametrize("phrase", ["Crocus City Hall", "the Guadalupe River", "a packed music venue", ""])
def test_gazetteer_leaves_unknown_places_unresolved(phrase):
    assert gazetteer.resolve(phrase) is None


def test_event_grouping_from_claims_alone_matches_their_documents():
    claims = claimcheck.extract(_docs(*QUAKE, *FIRE)).drop(columns=["event"])
    found = events.assign_events(claims)
    by_doc = dict(zip(claims["doc_id"], found, strict=True))
    assert by_doc["q1"] == by_doc["q2"] != by_doc["f1"] == by_doc["f2"]


@pytest.mark.parametrize("missing_sentence", [False, True])
def test_event_grouping_reads_the_same_from_sentences_given_as_categories(missing_sentence):
    claims = claimcheck.extract(_docs(*QUAKE, *FIRE, *WAR)).drop(columns=["event"])
    if missing_sentence:
        claims.loc[claims.index[1], "sentence"] = None
    given = events.assign_events(claims, sentences=quantity.sentence_categories(claims))
    pd.testing.assert_series_equal(given, events.assign_events(claims))
    assert given.nunique() == 3


def test_the_timeline_draws_one_event_per_panel_and_the_report_one_panel_per_event():
    pytest.importorskip("matplotlib")
    from claimcheck.presenting import plot

    claims = claimcheck.extract(_docs(*QUAKE, *FIRE))
    conflicts = claimcheck.check(claims)
    names = plot.events(claims, category="killed", scope=None)
    assert len(names) == 2
    fig = plot.timeline(claims, conflicts, category="killed", scope=None, event=names[0])
    assert names[0] in fig.axes[0].get_title()
    drawn = fig.axes[0].get_title().split(": ")[-1]
    expected = int((claims["event"] == names[0]).sum())
    assert drawn == f"{expected} claims over time"
    page = claimcheck.report(claims, conflicts, category="killed", generated="now")
    assert page.count("<figure>") == 2
    assert all(f"in event {name}" in page for name in names)


@pytest.mark.parametrize(
    "sentence, care",
    [
        ("Twelve people remain in hospital, officials said.", True),
        ("Of the injured, 9 are still being treated.", True),
        ("Four people were in critical condition on Sunday.", True),
        ("At least 30 people were hospitalised overnight.", False),
        ("The explosion injured 40 people.", False),
        ("Some 25 people were injured and taken to hospital.", False),
    ],
)
def test_people_still_in_care_are_a_count_that_falls_not_the_injured_toll(sentence, care):
    claims = claimcheck.extract(sentence)
    assert len(claims) == 1 and claims["category"].iloc[0] == "injured"
    assert quantity.in_care(claims).tolist() == [care]


def test_a_hospital_count_that_falls_is_no_conflict_with_the_injured_toll():
    docs = _docs(
        ("a", "The blast at the refinery in Baytown injured 48 people, the fire chief said.", "2024-05-01"),
        (
            "b",
            "Thirty people injured in the Baytown refinery blast remain in hospital, the fire chief said.",
            "2024-05-02",
        ),
        (
            "c",
            "Nineteen people injured in the Baytown refinery blast remain in hospital, the fire chief said.",
            "2024-05-03",
        ),
    )
    assert claimcheck.check(claimcheck.extract(docs)).empty


def test_the_accessor_keeps_one_events_claims():
    claims = claimcheck.extract(_docs(*QUAKE, *FIRE))
    quake = claims.loc[claims["doc_id"] == "q1", "event"].iloc[0]
    picked = claims.claimcheck.quantity(category="killed", event=quake)
    assert set(picked["doc_id"]) == {"q1", "q2"}
    totals = claims.claimcheck.running_total(event=quake)
    assert set(totals["claim_ids"].str.split(",").explode()) <= set(claims.loc[claims["event"] == quake, "claim_id"])


def test_an_incident_dated_before_the_first_report_is_still_the_events_toll():
    # coverage that starts days after the fire still dates the fire; a quake quoted by its year does not
    claims = pd.DataFrame(
        {
            "event": "one",
            "scope": ["incident", "cumulative", "incident"],
            "category": "killed",
            "sentence": [
                "The fire on August 8 killed at least 115.",
                "The toll was lowered to 97.",
                "A 1983 quake killed 300.",
            ],
            "claim_date": pd.to_datetime(["2024-08-08", "2024-09-16", "1983-01-01"]),
            "claim_date_precision": ["day", "day", "year"],
            "published": pd.to_datetime(["2024-08-25", "2024-09-16", "2024-08-25"]),
        }
    )
    assert quantity.one_toll(claims).tolist() == [True, True, False]


@pytest.mark.parametrize("short, county", [("Maui", "Maui County"), ("Kerr", "Kerr County")])
def test_a_county_named_without_the_word_county_resolves(short, county):
    place = gazetteer.resolve(short)
    assert place is not None and place.level == "county" and place.name == county


def test_in_a_campaign_a_later_figure_far_below_the_running_total_is_a_part_not_a_fall():
    docs = _docs(
        ("a", "Since the invasion began, 1,900 civilians have been killed in Ukraine, the UN said.", "2024-04-01"),
        ("b", "The death toll from the strike on the convoy in Ukraine rose to 30, officials said.", "2024-09-30"),
        ("c", "Since the invasion began, 1,500 civilians have been killed in Ukraine, the UN said.", "2024-10-01"),
    )
    claims = claimcheck.extract(docs).assign(event="war")
    conflicts = claimcheck.check(claims)
    pairs = {frozenset(p) for p in zip(conflicts["doc_a"], conflicts["doc_b"], strict=True)}
    assert frozenset(("a", "b")) not in pairs  # a part of the war's toll
    assert frozenset(("a", "c")) in pairs  # the national total fell: that is a finding


def test_a_story_told_in_one_country_stays_one_event_when_a_figure_is_placed_abroad():
    # the second report also counts a related attack abroad; the story is still told in New Zealand
    docs = _docs(
        (
            "a",
            "A gunman attacked two mosques in Christchurch, New Zealand, killing 49 people, police said.",
            "2024-03-15",
        ),
        (
            "b",
            "New Zealand police said 50 people were killed in the Christchurch mosque attacks. In Sydney, "
            "Australia, police said 3 people were hurt in an unrelated attack at a Lakemba mosque.",
            "2024-03-16",
        ),
    )
    claims = claimcheck.extract(docs)
    assert claims["event"].nunique() == 1


@pytest.mark.parametrize(
    "text, country",
    [
        ("Floods swept through Sindh and Balochistan provinces in Pakistan.", "PK"),
        ("Officials in Texas said the river rose 26 feet near San Antonio.", "US"),
        ("The quake was felt in Tokyo and across Japan.", "JP"),
    ],
)
def test_the_countries_a_text_names_come_from_countries_states_and_large_cities(text, country):
    assert events._countries_named(text)[0].most_common(1)[0][0] == country


def test_an_unplaced_figure_takes_the_country_of_its_documents_dateline():
    claims = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "location": [None, None],
            "document_place": ["ANKARA", None],
            "event": "one",
        }
    )
    keys = quantity.placed_in_documents(claims).tolist()
    assert keys[0] == quantity.anywhere_in("TR")
    assert keys[1] is None  # a document with no place of its own: the figure matches any place


@pytest.mark.parametrize(
    "phrase, name, region",
    [
        ("Texas's Kerr County", "Kerr County", "US-TX"),  # the container first, with a possessive
        ("Kerr County, Texas", "Kerr County", "US-TX"),  # the container after a comma
        ("Riverton, Ohio", "riverton", "US-OH"),  # a town the gazetteers know only elsewhere: placed in Ohio
    ],
)
def test_gazetteer_reads_a_place_and_its_container_in_either_order(phrase, name, region):
    place = gazetteer.resolve(phrase)
    assert place is not None and (place.name, place.region) == (name, region)


@pytest.mark.parametrize(
    ("total", "later"),
    [
        (
            "Since the invasion began, 66 people have been killed in Harlow region, monitors said.",
            "The death toll from the missile strike on a convoy in Harlow region rose to 30, police said.",
        ),
        (
            "Since the war began, 240 people have been injured in Harlow region, the UN said.",
            "The number of people injured when shells hit a convoy in Harlow region rose to 88, officials said.",
        ),
    ],
)
def test_in_a_campaign_a_figure_under_half_a_total_months_before_is_a_part(total, later):
    docs = _docs(("a", total, "2024-03-31"), ("b", later, "2024-09-30"))
    claims = claimcheck.extract(docs).assign(event="war")
    assert claimcheck.check(claims).empty


def test_in_a_campaign_a_total_halved_within_weeks_is_still_a_fall():
    docs = _docs(
        ("a", "Since the invasion began, 1,900 civilians have been killed in Ukraine, the UN said.", "2024-04-01"),
        ("b", "The strike on the convoy in Ukraine killed 30 people, officials said.", "2024-04-02"),
        ("c", "Since the invasion began, 900 civilians have been killed in Ukraine, the UN said.", "2024-04-20"),
    )
    claims = claimcheck.extract(docs).assign(event="war")
    conflicts = claimcheck.check(claims)
    assert set(conflicts["rule"]) and {
        frozenset(p) for p in zip(conflicts["doc_a"], conflicts["doc_b"], strict=True)
    } >= {frozenset(("a", "c"))}


@pytest.mark.parametrize(
    ("texts", "start"),
    [
        (
            [
                "A gunman attacked a mosque in Dunedin on Friday, killing 12 people, Commissioner Tom Bush said.",
                "The Dunedin attack killed 14 people, Commissioner Tom Bush told reporters.",
            ],
            "dunedin-",
        ),
        (
            [
                "Floods swept through Kerr County, Texas, killing 40 people, Sheriff Anna Hill said.",
                "The Texas floods have killed 52 people, Sheriff Anna Hill said.",
            ],
            "texas-flood",
        ),
    ],
)
def test_an_event_is_named_by_its_place_not_by_a_persons_name(texts, start):
    docs = _docs(*((f"d{i}", text, f"2024-06-0{i + 1}") for i, text in enumerate(texts)))
    events = claimcheck.extract(docs)["event"].unique()
    assert len(events) == 1 and events[0].startswith(start)


@pytest.mark.parametrize(
    ("later", "same"),
    [
        ("Bosnian officials said on Saturday that 17 people had died in the floods.", True),
        ("Serbian officials said on Saturday that 17 people had died in the floods.", False),
    ],
)
def test_a_story_told_by_its_countrys_adjective_joins_that_countrys_story(later, same):
    # "Bosnian officials" places the story in Bosnia and Herzegovina as "Bosnia" does; "Serbian" elsewhere
    docs = _docs(
        (
            "f1",
            "Flash floods in central Bosnia have killed at least 14 people, the civil protection agency said.",
            "2026-06-10",
        ),
        ("f2", "The death toll from this week's floods in Bosnia rose to 19, the agency said.", "2026-06-12"),
        ("f3", later, "2026-06-13"),
    )
    found = dict(zip(docs["doc_id"], events.group_documents(docs), strict=True))
    assert (found["f3"] == found["f2"]) is same


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Bosnian", "BA"),
        ("Lebanese", "LB"),
        ("Turkish", "TR"),
        ("Israeli", "IL"),
        ("Mexican", "MX"),
        ("German", "DE"),
        ("Belgian", "BE"),
        ("Dutch", "NL"),
        ("Christian", None),
        ("European", None),
    ],
)
def test_an_adjective_of_nationality_names_its_country(word, country):
    assert gazetteer.demonym_country(word) == country


@pytest.mark.parametrize(
    ("later", "published", "same"),
    [
        (
            "Police said on Tuesday that 27 people died when the bus fell into the gorge near Huanta on Sunday.",
            "2025-08-05",
            True,
        ),
        ("A bus fell into a gorge near Huanta on Monday, killing 19 passengers, police said.", "2025-09-02", False),
    ],
)
def test_two_crashes_dated_days_apart_are_two_events(later, published, same):
    # a crash on Sunday and another a month later on the same road tell alike but are two events
    docs = _docs(
        (
            "b1",
            "A bus plunged into a gorge near Huanta in Peru on Sunday, killing 24 passengers, police said.",
            "2025-08-03",
        ),
        ("b2", later, published),
    )
    claims = claimcheck.extract(docs)
    found = dict(zip(claims["doc_id"], claims["event"], strict=True))
    assert (found["b1"] == found["b2"]) is same


@pytest.mark.parametrize(
    ("phrase", "region"),
    [
        ("CARLISLE, Pa.", "US-PA"),
        ("VAIDEN, Miss.", "US-MS"),
        ("Montgomery, Ala.", "US-AL"),
        ("Albany, N.Y.", "US-NY"),
        ("Salem, Ore.", "US-OR"),
    ],
)
def test_a_dateline_abbreviating_its_state_the_ap_way_names_the_state(phrase, region):
    assert gazetteer.resolve(phrase).region == region


@pytest.mark.parametrize(
    ("name", "regions", "region"),
    [
        ("Carlisle", ("US-PA",), "US-PA"),
        ("Carroll County", ("US-MS",), "US-MS"),
        ("Carroll County", ("US-MD", "US-MS"), "US-MD"),
        ("Moscow", ("US-ID",), "US-ID"),
        ("Moscow", ("US-PA",), None),  # no Moscow in Pennsylvania: Russia's, as without a story
    ],
)
def test_a_name_several_places_share_is_read_inside_the_storys_regions(name, regions, region):
    assert gazetteer.resolve_within(name, regions).region == region


def test_a_shared_place_name_is_one_place_across_a_storys_documents():
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "text": [
                "CARLISLE, Pa., Feb. 10 (Wire) - A gunman killed five people in Carlisle on Tuesday, the sheriff said.",
                "State police said on Tuesday that four people were killed in Carlisle.",
            ],
            "published": pd.to_datetime(["2026-02-10", "2026-02-10"]),
        }
    )
    claims = claimcheck.extract(docs)
    keys = quantity.place_keys(claims).tolist()
    assert keys[0] == keys[1] and "@US-PA" in keys[0]
    assert claimcheck.check(claims)["rule"].tolist() == ["source_disagreement"]


def test_a_town_the_gazetteer_reads_abroad_is_the_storys_countrys_namesake():
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "text": [
                "LONDON (Wire) - The tower fire killed 30 people in Kensington, police said.",
                "LONDON (Wire) - The tower fire has killed 79 people, police said.",
            ],
            "published": pd.to_datetime(["2017-06-16", "2017-06-19"]),
        }
    )
    claims = claimcheck.extract(docs)
    keys = quantity.place_keys(claims.assign(event="one"))
    assert "@GB" in keys.iloc[0] and "@US" not in keys.iloc[0]


@pytest.mark.parametrize(
    ("total", "is_campaign"),
    [
        ("The death toll from the hotel siege has risen to 26, the government said.", False),
        ("The school siege has left 12 dead, police said.", False),
        ("The siege of the city has killed 4,000 people since March, the UN said.", True),
    ],
)
def test_a_siege_at_one_site_is_one_incident_and_a_citys_siege_a_campaign(total, is_campaign):
    docs = _docs(
        ("a", "Gunmen stormed a hotel on Friday, killing at least nine people.", "2026-01-16"),
        ("b", total, "2026-01-18"),
    )
    claims = claimcheck.extract(docs).assign(event="one")
    assert (quantity.campaigns(claims) == {"one"}) is is_campaign


def test_stories_in_two_states_of_one_country_are_two_events_and_a_story_told_in_both_one():
    docs = _docs(
        ("z1", "Gunmen killed 14 villagers in Zamfara State on Friday, police said.", "2026-01-17"),
        ("z2", "The toll from the attack in Zamfara State rose to 18, a hospital official said.", "2026-01-19"),
        ("p1", "Clashes in Plateau State killed 23 people on Sunday, police said.", "2026-01-19"),
        ("p2", "The toll from the clashes in Plateau State rose to 51, the governor said.", "2026-01-21"),
    )
    by_doc = _events_of(claimcheck.extract(docs))
    assert by_doc["z1"] == by_doc["z2"] != by_doc["p1"] == by_doc["p2"]


def test_a_story_told_in_two_states_joins_the_reports_from_each():
    docs = _docs(
        ("a", "Tornadoes killed 23 people in Mississippi and Alabama on Saturday, officials said.", "2026-04-12"),
        ("m", "Tornadoes killed 15 people in Mississippi, the state emergency agency said.", "2026-04-12"),
        ("l", "The tornado toll in Alabama rose to 10, the state emergency agency said.", "2026-04-13"),
    )
    assert len(set(_events_of(claimcheck.extract(docs)).values())) == 1


def test_a_one_day_event_is_never_joined_to_reports_years_apart():
    docs = _docs(
        ("w1", "Shelling killed 12 civilians in Kharkiv, Ukraine's prosecutor said, as the war went on.", "2022-07-23"),
        ("w2", "Since the war began, 5,000 civilians have been killed in Ukraine, the UN said.", None),
        (
            "m1",
            "Gunmen killed 60 people at a concert hall near Moscow on Friday, Russia's investigators said.",
            "2024-03-23",
        ),
    )
    by_doc = _events_of(claimcheck.extract(docs))
    assert by_doc["m1"] not in (by_doc["w1"], by_doc["w2"])


@pytest.mark.parametrize("other_published", ["2026-04-02", None])
def test_an_undated_report_joins_a_one_day_event_only_when_as_alike_as_reports_far_apart(other_published):
    docs = _docs(
        (
            "s1",
            "A boat carrying migrants capsized off Lampedusa on Tuesday, killing 40 people, the coast guard said.",
            "2026-04-01",
        ),
        ("f1", "Floods in eastern Libya have killed 4,000 people, the Red Crescent said.", other_published),
    )
    by_doc = _events_of(claimcheck.extract(docs))
    assert by_doc["s1"] != by_doc["f1"]


def test_reports_that_name_no_kind_of_event_are_not_held_to_a_one_day_events_weeks():
    docs = _docs(
        ("a", "The Gaza health ministry said 30,000 Palestinians had been killed since October 7.", "2024-03-01"),
        ("b", "The Gaza health ministry said 37,000 Palestinians had been killed since October 7.", "2024-06-15"),
    )
    by_doc = _events_of(claimcheck.extract(docs))
    assert by_doc["a"] == by_doc["b"]


@pytest.mark.parametrize(
    "origin",
    [
        "Most of the dead were seasonal workers from Swat district in Khyber Pakhtunkhwa, relatives said.",
        "Many of the victims came from Punjab province, relatives said.",
        "Several of the dead were natives of Sindh, the union said.",
    ],
)
def test_a_region_the_dead_came_from_does_not_make_a_second_story(origin: str) -> None:
    first = (
        "m1",
        "QUETTA, Pakistan — A gas explosion at a coal mine in Balochistan killed 12 miners on Tuesday, the "
        "provincial mines department said.",
        "2026-03-03",
    )
    second = (
        "m2",
        f"The death toll from Tuesday's coal mine explosion near Quetta rose to 16, officials said. {origin}",
        "2026-03-04",
    )
    event = _events_of(claimcheck.extract(_docs(first, second)))
    assert event["m1"] == event["m2"]


def test_reports_from_two_provinces_of_one_country_stay_two_stories() -> None:
    first = ("a", "A bus crash in Balochistan killed 12 passengers on Tuesday, police said.", "2026-03-03")
    second = ("b", "A bus crash in Punjab province killed 9 passengers on Tuesday, police said.", "2026-03-03")
    event = _events_of(claimcheck.extract(_docs(first, second)))
    assert event["a"] != event["b"]


@pytest.mark.parametrize(
    "unrest",
    [
        "Anger spilled onto the streets on Saturday. The Red Cross said it treated 90 people injured in the clashes.",
        "Crowds marched on parliament on Saturday. Police said 90 people were hurt during the protests.",
        "Thousands gathered at the port gates on Saturday. Ninety people were injured in rioting, medics said.",
    ],
)
def test_unrest_a_disaster_sets_off_is_an_incident_of_its_own(unrest: str) -> None:
    docs = _docs(
        (
            "a",
            "An explosion at the port of Varna killed 40 people and injured 2,000 on Tuesday, officials said.",
            "2026-08-04",
        ),
        (
            "b",
            f"The health ministry said on Sunday that 2,400 people were injured in Tuesday's port explosion. {unrest}",
            "2026-08-09",
        ),
    )
    claims = claimcheck.extract(docs)
    found = claimcheck.check(claims)
    surfaces = dict(zip(claims["claim_id"], claims["surface"], strict=True))
    pairs = {frozenset((surfaces[a], surfaces.get(b))) for a, b in zip(found["claim_a"], found["claim_b"], strict=True)}
    assert not any(any("90" in s.lower() or "ninety" in s.lower() for s in p if s) for p in pairs)
    assert quantity.one_toll(claims)[claims["surface"].str.contains("2,400")].all()


def test_an_unplaced_figure_of_a_story_told_in_one_province_is_not_its_neighbours() -> None:
    first = (
        "a",
        "KANANGA, Jan 12 - A cholera outbreak in Kasai-Central province has killed 48 people, the health ministry "
        "said.\n\nMSF, which runs two clinics in the city, said at least 70 people had died in the outbreak.",
        "2026-01-12",
    )
    second = (
        "b",
        "KANANGA, Jan 16 - Cholera has killed 97 people in Kasai-Central province, the ministry said. "
        "In neighbouring Kasai province, 12 people have died of cholera, local health officials said.",
        "2026-01-16",
    )
    claims = claimcheck.extract(_docs(first, second))
    found = claimcheck.check(claims)
    surfaces = dict(zip(claims["claim_id"], claims["surface"], strict=True))
    flagged = {surfaces.get(c) for pair in zip(found["claim_a"], found["claim_b"], strict=True) for c in pair}
    assert "12" not in flagged
    assert "at least 70" in flagged  # the province's own figures are still compared with it


def test_an_unplaced_figure_of_a_story_told_in_two_provinces_takes_only_the_country() -> None:
    claims = claimcheck.extract(
        _docs(
            (
                "a",
                "Floods killed 30 people in Sindh and 20 in Balochistan province, officials said. "
                "The national disaster agency said 70 people had died.",
                "2026-08-12",
            )
        )
    )
    places = quantity.placed_in_documents(claims)
    unplaced = places[claims["surface"].eq("70")].iloc[0]
    assert unplaced.split()[:2] == [quantity.ANYWHERE_MARK, "@PK"] and len(unplaced.split()) == 2


@pytest.mark.parametrize(
    ("sentence", "care"),
    [
        ("Fourteen people were injured in the blast, three of whom remain in hospital.", [False, True]),
        ("Twelve people were hurt; four are still in hospital.", [False, True]),
        ("Officials said 40 were injured and 12 remain in hospital.", [False, True]),
        ("Thirty people injured in the blast remain in hospital.", [True]),
    ],
)
def test_a_care_cue_after_another_figure_is_that_figures(sentence: str, care: list[bool]) -> None:
    claims = claimcheck.extract(sentence)
    assert quantity.in_care(claims).tolist() == care


@pytest.mark.parametrize(
    "later",
    [
        "Officials now put the number of people killed in last month's landslide at 162.",
        "The May landslide killed 162 people, provincial officials said on Wednesday.",
        "Last month's mudslide killed 162 people, according to a new count.",
    ],
)
def test_an_incident_dated_only_to_its_month_is_the_toll_of_an_event_that_began_that_month(later):
    docs = _docs(
        ("a", "A landslide on Friday buried more than 2,000 people, the government said.", "2024-05-27"),
        ("b", later, "2024-06-05"),
    )
    claims = claimcheck.extract(docs).assign(event="one")
    assert quantity.one_toll(claims).all()
    conflicts = claimcheck.check(claims)
    assert conflicts["rule"].tolist() == ["total_decreased"]


def test_an_incident_dated_to_another_month_stays_apart_from_the_toll():
    docs = _docs(
        ("a", "A landslide on Friday killed more than 200 people, the government said.", "2024-05-27"),
        ("b", "A landslide in March killed 12 people in the same province.", "2024-05-28"),
    )
    claims = claimcheck.extract(docs).assign(event="one")
    assert not quantity.one_toll(claims)[claims["doc_id"] == "b"].any()


@pytest.mark.parametrize(
    "breakdown",
    [
        "Al Haouz province has recorded 1,452 deaths and Taroudant 764, the ministry said.",
        "Of the dead, 1,452 were in Al Haouz and 764 in Taroudant, the ministry said.",
        "The quake killed 1,452 people in Al Haouz and 764 in Taroudant, the ministry said.",
    ],
)
def test_a_toll_broken_down_by_place_in_one_sentence_gives_parts_not_the_whole(breakdown):
    docs = _docs(
        ("a", "The earthquake has killed 2,012 people, the interior ministry said.", "2023-09-10"),
        ("b", breakdown, "2023-09-10"),
    )
    claims = claimcheck.extract(docs).assign(event="one")
    assert claimcheck.check(claims, pairs="all").empty


def test_a_part_of_a_breakdown_is_still_compared_with_figures_placed_where_it_is():
    docs = _docs(
        ("a", "Al Haouz province has recorded 1,452 deaths and Taroudant 764, the ministry said.", "2023-09-10"),
        ("b", "In Taroudant, 700 people have died in the earthquake, officials said.", "2023-09-12"),
    )
    claims = claimcheck.extract(docs).assign(event="one")
    found = claimcheck.check(claims, pairs="all")
    assert found["rule"].tolist() == ["total_decreased"]


def test_the_whole_a_sentence_breaks_down_stays_the_whole():
    docs = _docs(
        ("a", "The poisoning has killed at least 45 people, health officials said.", "2026-02-10"),
        (
            "b",
            "The toll in Sitapur district fell to 41: 21 in Rampur Kalan, 12 in Bhagwanpur and eight in Khairabad.",
            "2026-02-12",
        ),
    )
    claims = claimcheck.extract(docs).assign(event="one")
    found = claimcheck.check(claims, pairs="all")
    assert "total_decreased" in found["rule"].tolist()


@pytest.mark.parametrize(
    "recalled",
    [
        "The quake was the deadliest in Italy since April 2009, when a tremor killed 309 people in L'Aquila.",
        "It is the worst disaster at sea since Oct. 3, 2013, when at least 368 people died off Lampedusa.",
    ],
)
def test_a_disaster_a_superlative_recalls_makes_no_campaign(recalled):
    docs = _docs(
        ("a", "An earthquake killed at least 120 people in central Italy on Wednesday. " + recalled, "2016-08-24"),
        ("b", "The death toll from the earthquake has risen to 267, officials said.", "2016-08-26"),
    )
    claims = claimcheck.extract(docs).assign(event="one")
    assert quantity.campaigns(claims) == set()


@pytest.mark.parametrize(
    ("sentence", "campaign"),
    [
        # a compound that names no armed conflict, a season of no disasters: no campaign
        (
            "At least 174 people were killed when fans stampeded after police fired tear gas to break up a pitch "
            "invasion.",
            False,
        ),
        ("The toll rose to 125 as the league suspended the rest of the football season.", False),
        ("At least 40 people have died, officials said, as a price war between bus operators filled roads.", False),
        # a war, a season of disasters: a campaign
        ("The toll from the war has risen to 125, the ministry said.", True),
        ("More than 125 people have died so far in the monsoon season, officials said.", True),
    ],
)
def test_which_words_of_a_running_total_make_a_campaign(sentence, campaign):
    docs = _docs(("a", sentence, "2022-10-02"), ("b", "Officials said 12 people died on Monday.", "2022-10-03"))
    claims = claimcheck.extract(docs).assign(event="one")
    assert quantity.campaigns(claims) == ({"one"} if campaign else set())


def test_in_a_campaign_a_county_named_as_a_whole_is_a_part_of_the_storys_unplaced_toll():
    docs = _docs(
        (
            "a",
            "AUSTIN, Texas (Wire) - The death toll from the winter storm and the blackouts that followed has risen "
            "to 57, state health officials said.",
            "2021-03-16",
        ),
        ("b", "Harris County has recorded 31 deaths from the winter storm, county officials said.", "2021-05-28"),
    )
    claims = claimcheck.extract(docs).assign(event="storm")
    assert claimcheck.check(claims, pairs="all").empty


_TOWNS_BREAKDOWN = (
    "a",
    "KANAZAWA, Japan (Wire) - Wajima and Suzu, two towns on the coast, accounted for most of the dead, with "
    "44 and 31 deaths, respectively, officials said.",
    "2024-01-04",
)


def test_a_town_a_toll_was_broken_down_by_stays_a_part_when_counted_again_later():
    docs = _docs(
        _TOWNS_BREAKDOWN,
        ("b", "KANAZAWA, Japan (Wire) - The prefecture said the quake's death toll had reached 206.", "2024-01-10"),
        (
            "c",
            "KANAZAWA, Japan (Wire) - In neighbouring Wajima, the number of dead reached 92, officials said.",
            "2024-01-12",
        ),
    )
    claims = claimcheck.extract(docs).assign(event="quake")
    assert claimcheck.check(claims, pairs="all").empty


def test_a_town_a_toll_was_broken_down_by_is_still_compared_with_its_own_later_count():
    docs = _docs(
        _TOWNS_BREAKDOWN,
        ("c", "KANAZAWA, Japan (Wire) - In Wajima, the number of dead stood at 40, officials said.", "2024-01-12"),
    )
    claims = claimcheck.extract(docs).assign(event="quake")
    assert claimcheck.check(claims, pairs="all")["rule"].tolist() == ["total_decreased"]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "A condominium tower collapsed in Surfside near Miami on Thursday, killing 12 people, as Coast Guard "
            "crews and firefighters searched the rubble.",
            "The death toll from the Surfside condominium collapse in Florida rose to 18, officials said.",
        ),
        (
            "Hurricane Delia struck the Gulf Coast near Houston on Monday, killing nine people, officials said.",
            "In Texas, the death toll from Hurricane Delia rose to 14, the governor said.",
        ),
        (
            "Floods swept through Red Sea resorts near Hurghada on Sunday, killing seven tourists, officials said.",
            "The death toll from the Hurghada floods in Egypt's Red Sea Governorate rose to 11, officials said.",
        ),
    ],
)
def test_a_common_word_that_names_a_far_countrys_region_does_not_split_a_story(first, later):
    # "Coast Guard", "Gulf Coast": Tanzania's Coast and Papua New Guinea's Gulf regions are never where a
    # story told in the United States happens; only a region of a country the story is told in makes it local
    docs = _docs(("a", first, "2026-06-10"), ("b", later, "2026-06-12"))
    found = events.group_documents(docs)
    assert found.iloc[0] == found.iloc[1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # "Plateau" is a state of Nigeria and a department of Benin: in a story told from Jos it is Nigeria's
        pytest.param(
            "Gunmen attacked villages near Jos in Plateau State, Nigeria, on Sunday, killing 30 people, police said.",
            "Bandits attacked a village in Zamfara State, Nigeria, on Sunday, killing 28 people, police said.",
            id="two states, one of them named like a region abroad",
        ),
        pytest.param(
            "JOS, Nigeria - The death toll from attacks on villages in Plateau rose to 41, police said on Monday.",
            "GUSAU, Nigeria - The death toll from a bandit attack on a village in Zamfara rose to 33, police said.",
            id="two states named bare",
        ),
        # reports of one story share a name (a place, a person, a body); one country and "attack" are not enough
        pytest.param(
            "GUSAU - Police on Saturday put the number of people killed in last week's attack at 16.",
            "ABUJA - Police said seven people were killed in a raid on Pushit village in Mangu, bringing the toll "
            "of a week of attacks in Nigeria to 45.",
            id="two towns, one country",
        ),
        pytest.param(
            "MUMBAI - A four-storey building collapsed in Mumbai's Kurla district, killing 11 people, firefighters "
            "said.",
            "KOLKATA - The death toll from the collapse of an old building in Kolkata's Garden Reach rose to 9 "
            "in India.",
            id="two cities, one kind of event",
        ),
        pytest.param(
            "A gunman opened fire at a Chicago mall on Friday, killing four people, police said.",
            "Police in Dallas said a shooting at a nightclub in the United States had killed six people.",
            id="two states' cities",
        ),
    ],
)
def test_two_stories_told_in_one_country_stay_apart(first, second):
    docs = _docs(("a", first, "2026-01-23"), ("b", second, "2026-01-23"))
    found = events.group_documents(docs)
    assert found.iloc[0] != found.iloc[1]


@pytest.mark.parametrize(
    ("later", "day", "same"),
    [
        (
            "Cyclone Tamsin has killed 41 people in Mozambique and Malawi, the disaster management agency said, as "
            "floods cut off Beira.",
            "2026-03-20",
            False,
        ),
        (
            "BEIRA, Mozambique - An inquiry into Cyclone Orla found that 212 people died in Mozambique and Malawi, "
            "more than the 190 first reported by the disaster management agency.",
            "2024-09-10",
            True,
        ),
    ],
)
def test_a_storm_and_the_same_regions_storm_two_years_later_are_two_events(later, day, same):
    # a storm's or a flood's story runs for months (an inquiry's toll), not years: next season's storm over the
    # same towns is another event, however alike the reports read
    docs = _docs(
        (
            "a",
            "BEIRA, Mozambique - Cyclone Orla has killed 190 people in Mozambique and Malawi, the disaster "
            "management agency said, as floods cut off Beira.",
            "2024-03-20",
        ),
        ("b", later, day),
    )
    found = events.group_documents(docs)
    assert (found.iloc[0] == found.iloc[1]) is same


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Fires around Vina del Mar killed 99 people, the president said.", {"CL"}),
        ("Floods in Rio de Janeiro killed 30 people, the mayor said.", {"BR"}),
        ("Five people were killed in Hattiesburg, Mississippi, Sheriff Tom Barrow said.", {"US"}),
        ("Bosnian officials said 17 people had died. Prime Minister Nermin Niksic declared a day of mourning.", {"BA"}),
        ("A tower collapsed in Surfside near Miami as Coast Guard crews searched the sea.", {"US"}),
    ],
)
def test_the_countries_a_story_is_told_in_ignore_names_that_only_look_like_places_abroad(text, countries):
    # a name with a particle is one place; a person's surname that is a town abroad, or a common word that is a
    # far country's region, does not add that country to a story told elsewhere
    assert set(events._countries_named(text)[0]) == countries


# A crash and an attack told from one capital in one month: each story names its own kind of event, and two
# one-day events of different kinds are two events, however much of the country, the city and the wire they share.
CRASH_AND_ATTACK = [
    (
        "c1",
        "NEW DELHI, June 12 (Wire) - A passenger jet crashed into a hostel in Ahmedabad, India, on Thursday, killing "
        "241 people, the airline said. India's aviation minister said the crash was under investigation.",
        "2025-06-12",
    ),
    (
        "c2",
        "NEW DELHI, June 13 (Wire) - The toll from the Ahmedabad jet crash has risen to 270, India's health officials "
        "said. Investigators in India recovered the second black box from the crash site.",
        "2025-06-13",
    ),
    (
        "a1",
        "NEW DELHI, June 14 (Wire) - India's National Investigation Agency arrested two men from Pahalgam accused "
        "of sheltering the gunmen whose attack killed 26 people at the Baisaran meadow. The agency said "
        "the men gave the Lashkar-e-Taiba gunmen food and shelter at a hut in Hill Park before the attack.",
        "2025-06-14",
    ),
]


def test_a_crash_and_an_attack_in_one_country_and_month_are_two_events():
    event = _events_of(claimcheck.extract(_docs(*CRASH_AND_ATTACK)))
    assert event["c1"] == event["c2"]
    assert event["a1"] != event["c1"]


@pytest.mark.parametrize(
    ("kind_a", "kind_b"),
    [("bombing", "blast"), ("attack", "bombing"), ("flood", "floods")],
)
def test_reports_naming_one_kind_of_event_in_other_words_still_link(kind_a: str, kind_b: str):
    docs = _docs(
        (
            "x1",
            f"KABUL, Jan 4 - A {kind_a} at a market in Kabul killed 31 people on Thursday, police said.",
            "2024-01-04",
        ),
        (
            "x2",
            f"KABUL, Jan 5 - The toll from the Kabul market {kind_b} rose to 40, police in Kabul said.",
            "2024-01-05",
        ),
    )
    event = _events_of(claimcheck.extract(docs))
    assert event["x1"] == event["x2"]


@pytest.mark.parametrize(
    ("name", "countries", "country"),
    [
        ("Valencia", ("ES",), "ES"),  # a world city gives way to a namesake of comparable size in the story's country
        ("Valencia", (), "VE"),
        ("Moscow", ("US",), "RU"),  # not to a small namesake
    ],
)
def test_a_big_citys_name_is_read_in_the_storys_country_when_it_has_one_of_comparable_size(name, countries, country):
    assert gazetteer.resolve_within(name, countries).country == country


@pytest.mark.parametrize("name", ["Andalusia", "Picanya Nova"])
def test_a_small_town_abroad_in_a_story_told_in_one_country_is_read_as_unknown(name):
    assert gazetteer.resolve_within(name, ("ES",)) is None or gazetteer.resolve_within(name, ("ES",)).country == "ES"


def test_a_small_town_abroad_is_known_in_a_story_told_nowhere():
    assert gazetteer.resolve_within("Andalusia", ()) is not None


@pytest.mark.parametrize(
    "dateline",
    ["VALENCIA, Nov 6 -", "VALENCIA -"],
)
def test_an_ambiguous_dateline_is_read_in_the_country_the_storys_towns_lie_in(dateline):
    text = (
        f"{dateline} Water killed people in Paiporta, Catarroja and Alfafar on October 29. The central "
        "government's death toll stands at 230 nationwide, officials said."
    )
    claims = claimcheck.extract(_docs(("v1", text, "2024-11-06")))
    assert claims.loc[claims["surface"] == "230", "location"].tolist() == ["Spain"]
