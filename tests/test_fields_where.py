"""Where a figure is and who it is credited to, as news writes them across sentences and paragraphs."""

from __future__ import annotations

import pandas as pd
import pytest

import claimcheck
from claimcheck.extraction.places import dateline, respective_places
from claimcheck.extraction.sources import PERSON_MARK, same_organisation, source_key


def _column(text: str, column: str) -> list[object]:
    return [None if pd.isna(v) else v for v in claimcheck.extract(text)[column].tolist()]


def _places_of(text: str, surface: str) -> list[object]:
    """The locations of the claims whose figure is written ``surface``, a missing one as None."""
    return [None if pd.isna(p) else p for p in _of_figure(text, surface, "location")]


def _of_figure(text: str | pd.DataFrame, surface: str, column: str) -> list[object]:
    """``column`` of the claims whose figure is written ``surface``."""
    claims = claimcheck.extract(text)
    return claims.loc[claims["surface"] == surface, column].tolist()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("VALDORA, March 3 (Wirepress) - At least 14 people were killed.", "VALDORA"),
        ("KESTREL CITY (Newsline) - Floods have killed 22 people.", "KESTREL CITY"),
        ("Port Amber/Lowmere: Twelve people died in the storm.", "Port Amber/Lowmere"),
        ("BRANDOVILLE -- Nine people were injured.", "BRANDOVILLE"),
        ("MILLBROOK, Oregon, June 2 -- Six people drowned.", "MILLBROOK, Oregon"),
        ("Sandport, 4 May (Daily Wire) — Thirty people died.", "Sandport"),
    ],
)
def test_a_dateline_names_the_documents_place(text, place):
    assert dateline(text) == place
    assert _column(text, "document_place") == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Nine people -- including four children -- died.",
        "(Newsline) — At least 8 people died.",
        "Summary: Nine people died.",
        "UPDATE: Nine people died.",
        "The ministry said 9 people died.",
    ],
)
def test_what_opens_like_a_dateline_but_names_no_place(text):
    assert dateline(text) is None


def test_a_headline_names_the_documents_place_when_there_is_no_dateline():
    text = "Deadly storm tears through homes in Harlow County\nAt least 9 people died, officials said."
    assert _column(text, "document_place") == ["Harlow County"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Since the invasion of Moldova began, monitors have recorded 410 civilian deaths in the country.", "Moldova"),
        ("Storms battered Bolivia last week.\n\nOfficials said 38 people died in the nation.", "Bolivia"),
        ("A quake struck Izmir on Monday.\n\nRescuers said 52 were dead in the city.", "Izmir"),
        ("Shelling hit Kharkiv and Dnipro overnight, and 11 people were killed in the city.", "Dnipro"),
        ("Ecuador's army said 17 soldiers were killed in the country on Sunday.", "Ecuador"),
        ("Fire swept through Tbilisi.\n\nAt least 9 people died in the town, the mayor said.", "Tbilisi"),
    ],
)
def test_the_country_or_the_city_refers_back_to_the_storys_place_of_that_kind(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Floods hit Mississippi on Monday.\n\nMore than 90 people were injured in the state.", "Mississippi"),
        ("A cyclone struck Sindh.\n\nOfficials said 40 people died across the province.", "Sindh"),
        ("The Ohio agency said 12 people were missing in the state.", "Ohio"),
    ],
)
def test_the_state_or_the_province_refers_back_to_the_region_named_before(text, place):
    assert _column(text, "location")[-1] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ohio's death toll rose to 12 on Monday.", "Ohio"),
        (
            "Tornadoes hit Ohio and Indiana.\n\nOfficials lowered the state's death toll to 9, saying a man found dead "
            "in Dayton had died of a heart attack.",
            "Ohio",
        ),
        ("Kenya's official toll now stands at 31, the Red Cross said.", "Kenya"),
        ("Rescuers in Sindh found more bodies, and the province's toll climbed to 60.", "Sindh"),
        ("Texas's count of the dead reached 80 as searchers reached Kerrville.", "Texas"),
    ],
)
def test_a_place_that_owns_the_toll_is_the_figures_place(text, place):
    assert _column(text, "location")[-1] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Tornadoes struck Ohio and Indiana, killing 20.\n\nThe toll across the two states rose to 30.",
            "Ohio and Indiana",
        ),
        ("Floods swept Kenya and Uganda, killing 40. Over 2,000 were displaced in both countries.", "Kenya and Uganda"),
        ("Rains lashed Sindh and Balochistan.\n\nAt least 90 died across both provinces.", "Sindh and Balochistan"),
    ],
)
def test_places_referred_to_together_by_their_kind_are_the_places_named_together(text, place):
    assert _column(text, "location")[-1] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Protesters clashed with police in Conakry.\n\nPolice said 230 people were arrested in the capital.",
            "Conakry",
        ),
        ("Bombs hit Kabul on Monday. At least 40 people died across the capital.", "Kabul"),
    ],
)
def test_the_capital_refers_back_to_the_city_of_the_story(text, place):
    assert _column(text, "location")[-1] == place


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The government raised its count to seven, but continued to dispute the rights group Civic Watch, "
            "which now says 16 people died that day.",
            "rights group Civic Watch",
        ),
        ("Officials refused to accept the UN agency, which said 40 were killed.", "UN agency"),
    ],
)
def test_an_infinitive_before_a_relative_speaker_is_not_part_of_the_source(text, source):
    assert _column(text, "source")[-1] == source


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The toll in Punjab stands at 56, while Sindh's crisis office put the toll there at 15.", "Sindh"),
        ("Floods swept through Kenya last week, and at least 30 people died there, officials said.", "Kenya"),
        ("Rescuers reached Ohio on Monday and found 12 people dead there.", "Ohio"),
    ],
)
def test_there_is_the_place_named_before_it(text, place):
    assert _column(text, "location")[-1] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "MSF said at least 70 people had died in the outbreak, as many deaths in far villages went unreported.",
            None,
        ),
        ("Police said 12 people died in Ohio, while hundreds in Indiana lost power.", "Ohio"),
        ("The charity, which runs two clinics in the city, said 40 people had died.", None),
        ("The mayor, who lives in Dayton, said 9 people died in Xenia.", "Xenia"),
        (
            "The governor said that 74 people had died and that more than 100 others were treated in hospitals.",
            None,
        ),
        ("Officials said 30 people drowned but 12 others were rescued in Lagos.", None),
    ],
)
def test_a_place_in_another_clause_or_in_an_aside_on_the_speaker_places_no_figure(text, place):
    assert _column(text, "location")[0] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("But the mayor told a news conference at City Hall an hour later that 12 people had died.", None),
        ("Speaking in Geneva, the UN envoy said 40 people were killed in Aleppo.", "Aleppo"),
        ("The governor told reporters in Kabul that 31 people died.", None),
        ("In a statement in Nairobi, the Red Cross said 9 people drowned.", None),
    ],
)
def test_where_a_figure_is_said_is_not_where_it_happened(text, place):
    assert _column(text, "location") == [place]


def test_existential_there_is_no_place():
    assert _column("There were 12 people killed in the blast.", "location") == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 21 people died in Kermanshah and nine in Ilam.\nMore than 400 were injured, medics said.",
        "Storms killed 12 in Ohio and four in Indiana. At least 90 others were hurt.",
    ],
)
def test_a_figure_after_a_breakdown_by_place_takes_none_of_its_places(text):
    assert _column(text, "location")[-1] is None


def test_a_toll_owned_by_a_body_that_is_no_place_owns_no_place():
    assert _column("The ministry's toll rose to 40 in Gaza.", "location") == ["Gaza"]


@pytest.mark.parametrize(
    "text",
    [
        "Monitors have recorded 410 civilian deaths in the country.",
        "Officials said 38 people died across the city, the mayor said.",
    ],
)
def test_the_country_in_a_story_that_names_none_is_no_place(text):
    assert _column(text, "location") == [None]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Floods tore through Harlow County on Friday. At least 9 people died.", ["Harlow County"]),
        ("A gunman opened fire in Millbrook on Sunday. Police said 5 people were killed.", ["Millbrook"]),
        ("Five people died in Calder, and three more were hurt.", ["Calder", "Calder"]),
        ("In Brisk, 12 people were killed. Another 30 were injured, medics said.", ["Brisk", "Brisk"]),
    ],
)
def test_a_named_place_is_carried_to_later_figures_of_its_paragraph(text, places):
    assert _column(text, "location") == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a site introduced with "a" belongs to its own figure
        ("Two guards were killed at a water plant. One soldier was wounded.", ["a water plant", None]),
        # a new paragraph starts afresh
        ("Five people died in Calder.\nTwelve people were hurt.", ["Calder", None]),
        # a sentence turning to another matter does not inherit
        ("Five people died in Calder. Separately, 12 people were arrested.", ["Calder", None]),
        ("Five people died in Calder. He also said 3 soldiers were hurt.", ["Calder", None]),
    ],
)
def test_what_is_not_carried(text, places):
    assert _column(text, "location") == places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Five people died at the camp, aid workers said.", "camp"),
        ("Eleven migrants were found dead in the hold of the boat.", "hold of the boat"),
        ("Three students were wounded outside the school on Monday.", "school"),
        ("Four fans were crushed at the stadium.", "stadium"),
        ("Seven bodies were found in the theater.", "theater"),
        # a part of a building is no place of its own: its figures are parts of the venue's
        ("Seven bodies were found on the stairs.", None),
        ("At least 8 people died in Harlow County after the river rose.", "Harlow County"),
    ],
)
def test_venues_buildings_and_vessels_are_places(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Floods hit Harlow County on Friday.\nThe county's sheriff said 6 people remain missing.", "Harlow County"),
        ("Harlow County's sheriff said 6 people remain missing.", "Harlow County"),
        ("Rains hit Sindh province. In the province, 40 people died.", "Sindh province"),
        ("Oregon's Lane County has recorded 27 deaths, the county's sheriff said.", "Oregon's Lane County"),
        ("Sindh Province has reported 300 deaths.", "Sindh Province"),
    ],
)
def test_a_place_named_by_its_kind_or_possessive(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The death toll rose to 410 in Norvania and to 95 in Estmark.", ["Norvania", "Estmark"]),
        ("Floods hit Norvania and Estmark, killing 310 and 42 people, respectively.", ["Norvania", "Estmark"]),
        ("Officials reported 15 dead in Calder, 9 in Brisk and 3 in Tolland.", ["Calder", "Brisk", "Tolland"]),
        ("Harlow: 12 killed, Brisk: 4 killed.", ["Harlow", "Brisk"]),
        ("Dead by county: Harlow: 12 people, Brisk: 4 people.", ["Harlow", "Brisk"]),
    ],
)
def test_parallel_figures_each_take_their_own_place(text, places):
    assert _column(text, "location") == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "In Calder, Brisk and Tolland the toll stood at 1,200, 300 and 45, respectively.",
            ["Calder", "Brisk", "Tolland"],
        ),
        ("The tolls in Norvania and Estmark rose to 410 and 95 respectively.", ["Norvania", "Estmark"]),
        ("In Norvania and Estmark, 310 and 42 people died, respectively.", ["Norvania", "Estmark"]),
    ],
)
def test_respectively_pairs_places_and_numbers_in_order(text, places):
    import regex

    spans = [m.span() for m in regex.finditer(r"\d[\d,]*\d|\d", text)]
    assert respective_places(text, spans) == dict(enumerate(places))


def test_respectively_needs_as_many_places_as_numbers():
    text = "In Norvania, 310 and 42 people died and were hurt, respectively."
    assert respective_places(text, [(13, 16), (21, 23)]) == {}


@pytest.mark.parametrize(
    ("source", "key"),
    [
        ("Sheriff Jane Doe", "sheriff"),
        ("the sheriff's office", "sheriff"),
        ("Jane Doe, the county sheriff", "sheriff"),
        ("Lt. Gov. John Roe", "lieutenant-governor"),
        ("Lieutenant Governor John Roe", "lieutenant-governor"),
        ("Gov. Mary Poe", "governor"),
        ("the governor's office", "governor"),
        ("Police Chief Mark Lane", "police"),
        ("the police department", "police"),
        ("Fire Chief Ann Lee", "fire-department"),
        ("the fire department", "fire-department"),
        ("Mayor Tom Reyes", "mayor"),
        ("UN Secretary-General Ana Souto", "un-secretary-general"),
        ("Harlow County Sheriff's Office", "harlow-sheriff"),
    ],
)
def test_a_person_with_a_title_shares_the_key_of_their_office(source, key):
    found = source_key(source)
    assert found.split(PERSON_MARK)[0] == key  # the office, then the holder's surname when named ("sheriff.doe")
    assert same_organisation(found, key)


def test_a_named_sheriff_and_a_county_sheriff_are_one_organisation():
    assert same_organisation(source_key("Sheriff Jane Doe"), source_key("Harlow County Sheriff's Office"))


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "The National Weather Agency said 5 people died. The agency said 20 are missing.",
            ["National Weather Agency", "National Weather Agency"],
        ),
        (
            "The Harlow County Sheriff's Office reported 5 deaths.\n\nNine more people are missing, its sheriff said.",
            ["Harlow County Sheriff's Office", "Harlow County Sheriff's Office"],
        ),
        (
            "The city fire department said 3 firefighters were hurt.\nThe department said 2 residents died.",
            ["city fire department", "city fire department"],
        ),
        (
            "Sheriff Jane Doe gave an update on Monday.\nTwelve children are still missing, she said.",
            ["Sheriff Jane Doe"],
        ),
        (
            '"We have recovered 12 bodies so far. Another 30 people are missing," the ministry said.',
            ["ministry", "ministry"],
        ),
    ],
)
def test_a_source_referred_back_to_is_the_one_named_before(text, sources):
    assert _column(text, "source") == sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("At least 19 people were killed, according to the Red Cross, citing local hospitals.", "local hospitals"),
        ("At least 19 people were killed, according to Newsline, citing the Interior Ministry.", "Interior Ministry"),
        ("At least 12 people were killed in the raid, the army said, citing field reports.", "army"),
    ],
)
def test_according_to_a_citing_b_credits_the_cited_body(text, source):
    assert _column(text, "source") == [source]


@pytest.mark.parametrize(
    "text",
    [
        "DNA testing has identified 45 victims.",
        "Preliminary figures show 60 people were killed.",
        "An update on Tuesday said 70 people were missing.",
        "A report released Friday said 70 people were missing.",
        "Monday, 30 people were confirmed dead.",
        "The latest update said 14 people were still in hospital.",
        "Local media reports said 9 people died.",
    ],
)
def test_a_document_procedure_or_time_is_no_source(text):
    assert _column(text, "source") == [None]


def test_the_report_referred_back_to_stays_a_source():
    assert _column("The report said that flooding killed 170 more people.", "source") == ["report"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials dismissed false rumors of hundreds of bodies in the river.",
        "There were false rumours of 300 deaths at the camp.",
        "The mayor rejected claims that 50 people had died.",
        "Police denied unfounded reports of 40 arrests.",
    ],
)
def test_a_figure_reported_only_to_be_denied_is_disputed(text):
    assert _column(text, "modality") == ["disputed"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Floods swept through Harlow County, where Sheriff Jane Doe led the search.\n\n"
            "The county has counted 27 deaths, its sheriff said.",
            "Sheriff Jane Doe",
        ),
        ("Mayor Tom Reyes toured the site on Sunday. At least 8 people died, the mayor said.", "Mayor Tom Reyes"),
    ],
)
def test_a_title_referred_back_to_is_the_person_named_with_it(text, source):
    assert _column(text, "source") == [source]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Floods in Harlow County, Sheriff Jane Doe said, killed 27 people.", "Harlow County"),
        ("Nine people died in Harlow County, Texas, on Friday.", "Harlow County, Texas"),
        ("A fire in Millbrook, Mayor Tom Reyes said, killed 4 people.", "Millbrook"),
    ],
)
def test_a_place_ends_where_a_titled_person_begins(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The hospital said on Facebook that 4 patients died.", None),
        ("The hospital posted on Instagram that 4 patients died in Millbrook.", "Millbrook"),
        ("Police wrote on Telegram that 6 people were arrested.", None),
        ("At least 5 people were killed on Main Street.", "Main Street"),
    ],
)
def test_on_after_a_verb_of_speech_names_a_channel_not_a_place(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Calder was hit hardest, while North Brisk and Tolland reported 308 and 223 deaths, respectively.",
            ["North Brisk", "Tolland"],
        ),
        ("Eastvale and Westvale counted 12 and 7 dead, respectively.", ["Eastvale", "Westvale"]),
    ],
)
def test_places_as_coordinated_subjects_pair_with_their_figures(text, places):
    import regex

    spans = [m.span() for m in regex.finditer(r"\d+", text)]
    assert respective_places(text, spans) == dict(enumerate(places))


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross and UNICEF said 30 and 12 children died, respectively.",
        "WHO and UNHCR counted 30 and 12 deaths, respectively.",
        "The Health Ministry and Civil Defence reported 30 and 12 deaths, respectively.",
    ],
)
def test_coordinated_speakers_are_not_places(text):
    import regex

    spans = [m.span() for m in regex.finditer(r"\d+", text)]
    assert respective_places(text, spans) == {}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Harlow officials on Monday raised the death toll from the storm to 35.", "Harlow officials"),
        ("Police have revised the number of deaths from the fire to 97.", "Police"),
        ("The ministry lowered its tally of the dead to 41 on Friday.", "ministry"),
    ],
)
def test_who_revises_a_toll_is_its_source(text, source):
    assert _column(text, "source")[:1] == [source]


def test_a_revision_verb_with_no_speaker_gives_no_source():
    assert _column("Floods raised the death toll to 40.", "source") == [None]


@pytest.mark.parametrize(
    ("text", "source", "key"),
    [
        (
            "Of the dead, 68 were in Harlow County, its sheriff, Jane Doe, said on Sunday.",
            "its sheriff, Jane Doe",
            "sheriff",
        ),
        ("At least 9 died, the regional governor, Ann Lee, said.", "regional governor, Ann Lee", "governor"),
        (
            'Health Minister Ann Lee tweeted: "Four patients died in hospital."',
            "Health Minister Ann Lee",
            "health-minister",
        ),
    ],
)
def test_a_role_and_its_holder_are_one_source_keyed_by_the_role(text, source, key):
    assert _column(text, "source") == [source]
    assert _column(text, "source_key") == [f"{key}{PERSON_MARK}lee" if "Lee" in source else f"{key}{PERSON_MARK}doe"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Blasts rocked Eastvale on Tuesday, killing at least 28 people.", "Eastvale"),
        ("Flash floods slammed the Hill Country, and at least 82 people are dead.", "Hill Country"),
        ("A cyclone battered Port Amber overnight, killing 9 people.", "Port Amber"),
        ("Wildfires ravaged Calder, leaving 14 people dead.", "Calder"),
    ],
)
def test_what_a_disaster_strikes_is_a_place(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("At least 10 girls are missing from Camp Willow, officials said.", "Camp Willow"),
        ("About 300 families were evacuated from Riverside.", None),  # families are no people: no claim
        ("Some 2,000 people fled from Eastvale overnight.", "Eastvale"),
    ],
)
def test_missing_or_fled_from_a_place(text, place):
    assert _column(text, "location") == ([place] if place else [])


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Calder was the worst-hit province, where 792 people were killed.", ["Calder"]),
        ("Brisk is the hardest-hit county, where 40 people died.", ["Brisk"]),
        (
            "One victim died at Eastvale General Hospital. Forty people are being treated at the same hospital.",
            ["Eastvale General Hospital", "Eastvale General Hospital"],
        ),
    ],
)
def test_a_place_named_by_its_kind_refers_back_to_the_place_of_that_kind(text, places):
    assert _column(text, "location") == places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A bomb exploded in the departure hall, killing 14 people.", "departure hall"),
        ("Eleven more deaths were confirmed in surrounding counties.", "surrounding counties"),
        ("Nine bodies were found at the bus station.", "bus station"),
    ],
)
def test_a_site_named_by_a_compound_noun(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Blasts rocked Eastvale, killing at least 28 people, according to the latest media reports. "
        "A group claimed the attack, according to a website linked to it.",
        "At least 28 people died, according to preliminary figures. The army said it had opened an inquiry.",
        "According to an early tally, 40 people are missing.\nThe coast guard said the search would go on.",
    ],
)
def test_a_figure_credited_to_no_one_borrows_no_neighbours_source(text):
    assert _column(text, "source")[0] is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Eastland officials on March 28 raised the death toll from the blasts to 35.", "Eastland officials"),
        ("Eastland officials on March 28 said 35 people died.", "Eastland officials"),
        ("Eastland authorities had lowered the toll to 28 at the weekend.", "Eastland authorities"),
        (
            '"After checks, the number of victims falls to 32. Still 94 people are in hospital," '
            "Health Minister Ann Lee tweeted.",
            "Health Minister Ann Lee",
        ),
    ],
)
def test_a_dated_speaker_and_a_quote_closed_by_its_speaker(text, source):
    assert set(_column(text, "source")) == {source}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Death toll from Harlow wildfire lowered to 97", "Harlow"),
        ("The toll from the Eastvale floods rose to 40.", "Eastvale"),
        ("At least 30 people died in the Calder quake, officials said.", "Calder"),
        ("At least 30 people died in the Russian bombing.", None),
        ("Nine people were hurt in the Friday shooting.", None),
        ("At least 30 people died in a strike.", None),
    ],
)
def test_an_event_named_by_its_place(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nine bodies were found in one of the camps, Eastvale Radio network said.", "one of the camps"),
        ("Six people died at the stadium, Harlow News channel reported.", "stadium"),
    ],
)
def test_a_place_that_runs_into_a_named_source_ends_at_the_comma(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("At least 82 people are dead after flash floods slammed the Hill Country on Friday.", "Hill Country"),
        ("Nine people died after a tornado struck Millbrook overnight.", "Millbrook"),
        ("Nine people died after another victim succumbed to wounds in the hospital.", None),
    ],
)
def test_the_place_a_disaster_struck_in_a_clause_after_the_figure(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Calder was the worst-hit province, where 792 people were killed, followed by Brisk with 336 deaths.",
            ["Calder", "Brisk"],
        ),
        ("The toll was highest in Calder, where 120 people died, followed by Brisk at 45 deaths.", ["Calder", "Brisk"]),
    ],
)
def test_a_ranking_of_places_places_each_figure(text, places):
    assert _column(text, "location") == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Gunmen attacked a music venue outside Millbrook, killing 60 people. Nearly 150 were wounded.",
            ["a music venue outside Millbrook", None],
        ),
        (
            "A bomb went off at the Rue station near the Old Bridge. The transit agency said 15 people were killed.",
            ["Rue station"],
        ),
        ("Gunmen attacked a concert in Millbrook. Nearly 150 were wounded.", ["Millbrook"]),
    ],
)
def test_what_a_site_lies_beside_is_not_carried(text, places):
    assert _column(text, "location") == places


@pytest.mark.parametrize(
    "text",
    [
        "The sheriff said reports that hundreds of bodies washed ashore are false rumors.",
        "Officials said claims that 300 people died in the blaze were untrue.",
        "Rumours that 50 children were missing were baseless, police said.",
    ],
)
def test_a_report_denied_after_the_figure_is_disputed(text):
    assert _column(text, "modality") == ["disputed"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The death toll from the attack at a packed music venue outside Calder has climbed to 60.",
            "a packed music venue outside Calder",
        ),
        ("A blast at a crowded market near Brisk killed 14 people, police said.", "a crowded market near Brisk"),
        ("Gunmen stormed a wedding hall outside Varnhill, killing 9.", "a wedding hall outside Varnhill"),
    ],
)
def test_a_site_beside_a_town_is_the_site_not_the_town(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bombs at an airport and a metro station in Brussels killed 34 people.", "Brussels"),
        ("A fire at a hostel in Calder killed 11 people.", "Calder"),
    ],
)
def test_a_site_in_a_town_is_placed_in_the_town(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The storm killed 12 people in southwest Nigeria.", "southwest Nigeria"),
        ("A hurricane killed 68 people in southeast Texas in 2017.", "southeast Texas"),
        ("Floods killed 30 people in northeastern Brazil on Monday.", "northeastern Brazil"),
        ("The blast killed 7 people in far-western Nepal.", "far-western Nepal"),
        ("A tornado killed 5 people in upstate New York.", "upstate New York"),
        ("Shelling killed 11 civilians in south-west Ukraine.", "south-west Ukraine"),
        ("Heavy rain left 14 people dead in Northwest Province.", "Northwest Province"),
    ],
)
def test_a_compass_point_however_spelt_is_part_of_the_region(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("He drove to the market, where 14 people were killed hours later.", "the market"),
        ("Rescuers reached the mine, where at least 9 workers were trapped.", "the mine"),
        ("Before going to the school, where at least 17 people were injured, he shot a neighbour.", "the school"),
        ("The fire then reached Lahaina, where 97 people died.", "Lahaina"),
        ("The gunman walked into Robb Elementary School, where he killed 21 people.", "Robb Elementary School"),
        ("Crowds gathered at a stadium where 40 fans were crushed.", "a stadium"),
    ],
)
def test_a_figure_in_a_where_clause_is_at_the_place_the_clause_hangs_on(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    "text",
    [
        "It was a moment where 9 people died.",
        "There were cases where 12 people were hurt.",
    ],
)
def test_a_where_clause_on_a_word_that_is_no_place_gives_no_place(text):
    assert _column(text, "location") == [None]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Twenty people died at the two attack sites and four died in hospital.", ["two attack sites", "hospital"]),
        ("Nine people died at the three camps and two died at the clinic.", ["three camps", "clinic"]),
        ("Eight were killed at the old fire station.", ["old fire station"]),
    ],
)
def test_numbered_and_modified_sites_are_places(text, places):
    assert _column(text, "location") == places


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Twenty bodies were found in the hold. Nine others were found on the deck, the coast guard said.",
            ["coast guard", "coast guard"],
        ),
        (
            "Thirty people remain missing. The ferry could carry 80 passengers, the shipping authority said.",
            [None, "shipping authority"],
        ),
        (
            "Twelve climbers are still missing. The hut sleeps 40 people, the park service said.",
            [None, "park service"],
        ),
    ],
)
def test_a_trailing_credit_speaks_for_the_sentence_before_only_for_figures_of_its_kind(text, sources):
    assert _column(text, "source") == sources


@pytest.mark.parametrize(
    ("text", "sources", "places"),
    [
        (
            "Mozambique's disaster agency and Malawi's government reported 131 and 52 deaths respectively.",
            ["Mozambique's disaster agency", "Malawi's government"],
            ["Mozambique", "Malawi"],
        ),
        (
            "Peru's health ministry and Chile's interior ministry said 40 and 35 people died, respectively.",
            ["Peru's health ministry", "Chile's interior ministry"],
            ["Peru", "Chile"],
        ),
    ],
)
def test_sources_paired_with_figures_respectively_each_take_their_own(text, sources, places):
    assert _column(text, "location") == places
    got = _column(text, "source")
    assert [s.removeprefix("the ").removeprefix("The ") for s in got] == sources


def test_a_credit_owned_by_a_country_is_no_place_of_its_own():
    assert _column("Gaza's health ministry said 30 people were killed in a strike.", "location") == [None]


# --- an event named by its place, with the kind of site or a day's possessive between -------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Officials revised the death toll from the Ormond tower collapse down to nine.", "Ormond"),
        ("The toll from last week's Velaro mine explosion rose to 15, the governor said.", "Velaro"),
        ("The toll from Monday's Karsten factory fire rose to 45.", "Karsten"),
        ("The death toll in the Lindale bridge collapse climbed to 23.", "Lindale bridge"),  # (the site, named)
        ("Forty people died in the Port Selby ferry disaster, officials said.", "Port Selby"),  # (a vehicle: the kind)
        ("The government revised the toll in the Dunmore train accident to 275.", "Dunmore"),
        ("The toll from the Kelso bus crash rose to 19, police said.", "Kelso"),
        ("Twelve people died on the Kelso train, police said.", "Kelso train"),  # (no event noun: the train itself)
    ],
)
def test_an_event_named_by_its_place_places_its_toll(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from Thursday's ferry disaster rose to 31, officials said.",
        "The toll from yesterday's mine explosion rose to 15.",
        "The toll from the Israeli air strike rose to 45.",
    ],
)
def test_a_days_possessive_or_a_nationality_before_an_event_is_no_place(text):
    assert _column(text, "location") == [None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Five people died at Dunmore's fish market on Sunday.", "Dunmore's fish market"),
        ("Twelve people were hurt at Calver's main bus station.", "Calver's main bus station"),
        ("Nine worshippers were killed at Harlan's central mosque.", "Harlan's central mosque"),
    ],
)
def test_a_site_owned_by_a_town_keeps_its_modifiers(text, place):
    assert _column(text, "location") == [place]


# --- a figure noun owned by who gives it: "the fire service's count of 37" -------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        (
            "The ministry said 34 workers died in the fire, contradicting the fire service's count of 37.",
            "37",
            "fire service",
        ),
        ("The figure is well above the health ministry's toll of 40.", "40", "health ministry"),
        ("The army's own figure of 12 dead could not be verified.", "12", "army"),
        ("Residents disputed the UN's estimate of 2,000 displaced people.", "2,000", "UN"),
        ("The Kestrel Red Cross's tally of 45 injured was higher.", "45", "Kestrel Red Cross"),
        (
            "The railway put the toll at 288 dead, even as the state government's figure stood at 261.",
            "261",
            "state government",
        ),
        ("Nine people were killed in the crush, while the police's figure was 11 dead.", "11", "police"),
        (
            "By Tuesday the fire service's tally of the dead had risen to 40, and the army's tally rose to 44.",
            "44",
            "army",
        ),
        # across an aside, and a list's owner
        ("The government's official count, based on the police inquiry, stands at 112 dead.", "112", "government"),
        ("The relief agency's tally, compiled from hospital records, stood at 57 dead.", "57", "relief agency"),
        ("The ministry's list contains 33 names, but the miners' union said 34 were trapped.", "33", "ministry"),
        # a count spoken of is the speaker's; a place's toll is placed, not credited
        ("Police said the ministry's count was wrong and that 40 people had died.", "40", "Police"),
        ("Ohio's death toll rose to 12.", "12", None),
    ],
)
def test_the_owner_of_a_count_is_its_source(text, surface, source):
    assert [None if pd.isna(v) else v for v in _of_figure(text, surface, "source")] == [source]


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        (
            "An official said the toll had passed 500 dead, above the 452 dead listed in the interior ministry's "
            "national count.",
            "452",
            "interior ministry",
        ),
        ("The mayor said 60 died, against 48 deaths in the health ministry's daily tally.", "48", "health ministry"),
        ("Police said 12 soldiers died in the army's shelling.", "12", "Police"),  # (shelling is no count)
    ],
)
def test_a_figure_placed_in_an_owners_count_is_the_owners(text, surface, source):
    assert _of_figure(text, surface, "source") == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Gaza's death toll of 40 was reported on Monday.",
        "The country's toll of 40 is the highest this year.",
        "The province's count of 40 deaths is the highest this year.",
        "The province's toll stood at 40 on Monday.",
    ],
)
def test_a_place_that_owns_a_toll_is_no_source(text):
    assert _column(text, "source") == [None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police said 30 bodies were found at the scene.", None),
        ("Paramedics said four people died at the scene.", None),
        ("Firefighters recovered 11 bodies from the crash site.", None),
        ("Six workers were killed at the blast site, the company said.", None),
        ("At least 19 people died at the scene in Corvale, police said.", "Corvale"),
        ("Rescuers pulled 12 survivors from the collapse site near Tarnow.", "Tarnow"),
        ("Nine workers were hurt at a construction site in Belmora.", "a construction site in Belmora"),
    ],
)
def test_the_events_own_scene_is_no_place_of_its_own(text, place):
    # "at the scene" says the figure is where the event is: the figure is as unplaced as the event,
    # and a town named beside the scene is its place; a kind of site named for itself stays a place
    assert _column(text, "location")[:1] == [place]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Interior Minister Ana Ruiz disputed the figure, saying only nine people had died.",
            "Interior Minister Ana Ruiz",
        ),
        ("The army rejected the report, saying 9 soldiers were killed.", "army"),
        ("The police denied the toll, saying 14 people had died.", "police"),
        ("The health ministry questioned those figures, saying 12 people had died.", "health ministry"),
        ("Regional officials disputed the count, saying 30 were missing.", "Regional officials"),
    ],
)
def test_who_answers_a_figure_with_another_gives_the_new_one(text, source):
    # "X disputed the figure, saying N": X denies the earlier figure and asserts its own; N is X's, asserted
    claims = claimcheck.extract("A rights group said 16 people were killed.\n\n" + text)
    assert claims["source"].tolist()[-1] == source
    assert claims["modality"].tolist()[-1] == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Police denied reports that 20 people had died, saying no one was hurt.",
        "The ministry dismissed claims that 300 people died, saying the figure was invented.",
    ],
)
def test_the_figure_a_speaker_denies_stays_disputed(text):
    assert claimcheck.extract(text)["modality"].tolist() == ["disputed"]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "The toll rose to 16, with 11 deaths in Varna and five in Ruse, the commission said.",
            ["figure", "part", "part"],
        ),
        ("Floods have killed 210 people, with 80 deaths in Sindh and 60 in Punjab.", ["figure", "part", "part"]),
        ("At least 30 people were wounded, with 12 in serious condition.", ["figure", "part"]),
        ("The quake killed 12 people, with 40 more injured.", ["figure", "figure"]),  # another kind: no breakdown
    ],
)
def test_a_total_broken_down_after_with_has_parts(text, roles):
    assert claimcheck.extract(text)["role"].tolist() == roles


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A strong quake struck Van province in eastern Turkey on Tuesday, killing at least 40 people.",
            "Van province",
        ),
        ("Floods swept Sindh in Pakistan last week, killing 40 people.", "Sindh"),
        ("Gunmen raided Musa Qala, in Helmand province, on Sunday, killing 9 people.", "Musa Qala"),
        ("A blast hit Aleppo in northern Syria on Monday, killing 12 people.", "Aleppo"),
        ("A fire broke out at a hostel in Calder on Friday, killing 6 people.", "Calder"),  # a site's town: as before
    ],
)
def test_a_place_named_with_the_area_it_lies_in_is_the_place(text, place):
    # "Van province in eastern Turkey": the container only says where the place is; the figure is the place's
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Police said on Monday the number of dead stood at 25, not 27 as the health ministry had reported.",
            ["Police"],
        ),
        ("Officials said 40 people died, up from 31 as the agency said on Monday.", ["Officials", "agency"]),
        ("At least 30 people died, as the ministry reported on Monday.", ["ministry"]),
    ],
)
def test_a_credit_that_compares_with_another_report_is_not_the_figures_own(text, sources):
    # "25, not 27 as the ministry had reported": the ministry's is the 27 set against it
    assert _column(text, "source") == sources


@pytest.mark.parametrize(
    "text",
    [
        "Four more people died on the way to hospital, police said.",
        "Two of the injured died en route to the hospital.",
    ],
)
def test_the_way_to_hospital_is_no_place(text):
    assert _column(text, "location") == [None]


@pytest.mark.parametrize(
    "first",
    [
        "The toll has risen to 214, the UN relief office said on Wednesday, citing local authorities.",
        "The toll rose to 214, the UN relief office said, quoting provincial officials.",
    ],
)
def test_it_said_after_a_citing_speaker_is_the_speaker(first):
    # "X said, citing Y. It said ...": "it" is X, who spoke, not Y, whom X cited
    sources = _column(f"{first} It said 1,340 people had been injured.", "source")
    assert sources[-1] == "UN relief office"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The minister said six people had died, disputing the ombudsman's count of seven.", "ombudsman"),
        ("Police gave a lower figure than the medical examiner's tally of 14.", "medical examiner"),
    ],
)
def test_an_office_that_owns_a_count_is_its_source(text, owner):
    # "the ombudsman's count of seven": the office whose count it is, as "the fire service's count of 37"
    assert _column(text, "source")[-1] == owner


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The agency, in a statement on Monday, said 30 people were missing.", "agency"),
        ("Local officials, speaking on condition of anonymity, said 25 had died.", "Local officials"),
        ("The coast guard, whose boats reached the wreck at dawn, said 18 bodies were found so far.", "coast guard"),
        # a cited body is credited with the figure, as "according to A, citing B" is
        ("The UN, citing Red Crescent figures, said 10,100 people were missing.", "Red Crescent figures"),
    ],
)
def test_a_speaker_before_an_aside_is_the_source(text, source):
    # "The agency, in a statement on Monday, said": the aside between the speaker and the verb is no speaker
    assert _column(text, "source") == [source]


@pytest.mark.parametrize(
    "text",
    [
        "He denied rumours on social media that more than 100 people had died in the town.",
        "Police denied a claim by the faction that 60 had been killed.",
        "The minister denied reports circulating online that 300 people had died.",
    ],
)
def test_a_figure_in_a_denied_rumour_or_claim_is_disputed(text):
    assert _column(text, "modality") == ["disputed"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The department said 41 people had died after drinking toxic liquor in the district: 21 from Rampur "
            "Kalan, 12 from Bhagwanpur and eight from Khairabad.",
            [None, "Rampur Kalan", "Bhagwanpur", "Khairabad"],
        ),
        (
            "Officials said 12 of the dead were from Sumberwuluh, seven from Curah Kobokan and three from Supiturang.",
            ["Sumberwuluh", "Curah Kobokan", "Supiturang"],
        ),
    ],
)
def test_a_breakdown_by_where_the_dead_came_from_places_each_part(text, places):
    got = _column(text, "location")
    assert got[-len(places) :][1 if places[0] is None else 0 :] == places[1 if places[0] is None else 0 :]
    assert len(got) == len(places)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Three fans died at the Dos de Mayo hospital, the ministry said.", "Dos de Mayo hospital"),
        ("Floods hit Rio de Janeiro, killing 12.", "Rio de Janeiro"),
        ("A bus crashed near Ciudad del Este, killing 9.", "Ciudad del Este"),
    ],
)
def test_a_names_lowercase_particle_stays_in_the_name(text, place):
    assert _column(text, "location") == [place]


def test_who_rejects_a_count_telling_another_gives_the_other_asserted():
    text = "The club president rejected the official count, telling radio RPP that the club had confirmed 11 deaths."
    assert _column(text, "modality") == ["asserted"]


# --- a place of care that reports a count gives what it received: the figure is counted there ------------------------


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Varnhill General Hospital reported six dead and 21 injured.", "21", "Varnhill General Hospital"),
        ("Saint Brendan's Hospital said it had received 14 bodies.", "14", "Saint Brendan's Hospital"),
        (
            "Dr. Ana Kell, director of Mercy Teaching Hospital, said the hospital had received 19 bodies.",
            "19",
            "Mercy Teaching Hospital",
        ),
        ("The Orrin Road Clinic said it was treating 11 people.", "11", "Orrin Road Clinic"),
        ("Calder City Morgue said it had received 40 bodies by Sunday.", "40", "Calder City Morgue"),
    ],
)
def test_a_place_of_care_that_reports_a_count_is_the_figures_place(text, figure, place):
    rows = claimcheck.extract(text)
    hit = rows[rows["surface"].str.contains(figure, regex=False)]
    assert hit.iloc[0]["location"] == place


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The health ministry said 19 people were killed.", "19"),
        ("The hospital said 12 people were killed in the crash near Dunmore.", "12"),
    ],
)
def test_who_reports_a_toll_is_no_place_unless_a_place_of_care_counts_what_it_received(text, figure):
    rows = claimcheck.extract(text)
    location = rows[rows["surface"].str.contains(figure, regex=False)].iloc[0]["location"]
    assert pd.isna(location) or "hospital" not in str(location).lower()


# --- a time between a source and its verb is not the source's ("The Railways on Saturday night put ...") ----------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Railway Board on Saturday night put the death toll at 288.", "Railway Board"),
        ("Police late on Monday said 12 people had died.", "Police"),
        ("The health ministry this morning said 40 people had died.", "health ministry"),
        ("The army overnight said 14 soldiers were killed.", "army"),
        ("The governor early on Sunday said nine people died.", "governor"),
    ],
)
def test_a_time_between_the_source_and_its_verb_is_not_the_source(text, source):
    assert _column(text, "source") == [source]


# --- "the province" after a town it is named for: that town's province ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A provincial official in Taroudant said the death toll in the province had passed 500.", "Taroudant"),
        ("In Gondar, officials said the toll in the district rose to 12.", "Gondar"),
        ("Officials in Morocco said the toll in the province rose to 80.", None),  # a country's: some province
    ],
)
def test_an_area_named_by_its_kind_after_its_town_is_that_towns(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Twelve people died in the hamlet of Tafeghaghte.", "hamlet of Tafeghaghte"),
        ("Nine people died in Ighil commune, officials said.", "Ighil commune"),
        ("Four people died in Baoshan township.", "Baoshan township"),
    ],
)
def test_hamlets_communes_and_townships_are_places(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        ("The death toll from Spain's worst floods in decades rose to 158 on Thursday.", "158", "Spain"),
        ("The toll from Nepal's earthquake has climbed to 8,000, officials said.", "8,000", "Nepal"),
        ("Sunday's eruption of Mount Semeru has killed 22 people.", "22", "Mount Semeru"),
        ("The collapse of the Morandi bridge killed 43 people.", "43", "Morandi bridge"),
    ],
)
def test_an_event_named_by_the_place_it_befell_places_its_toll(sentence: str, figure: str, place: str) -> None:
    claims = claimcheck.extract(sentence)
    assert claims.loc[claims["surface"].str.contains(figure, regex=False), "location"].tolist() == [place]


def test_a_bodys_possessive_before_an_event_is_no_place() -> None:
    claims = claimcheck.extract("The toll from the ministry's latest figures on the floods rose to 10.")
    assert claims["location"].isna().all()


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        ("Seven people died at the bowling alley and eight at the bar.", "Seven", "bowling alley"),
        ("Four people were shot dead at a pub in the town centre.", "Four", "pub"),
        ("Nine miners died in a rockfall at the quarry on Monday.", "Nine", "quarry"),
    ],
)
def test_venues_are_places(sentence: str, figure: str, place: str) -> None:
    claims = claimcheck.extract(sentence)
    assert place in str(claims.loc[claims["surface"].eq(figure), "location"].iloc[0])


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        ("Bangkok's overall toll from the quake stands at 28.", "28", "Bangkok"),
        ("Istanbul's death toll rose to 12 on Sunday.", "12", "Istanbul"),
    ],
)
def test_a_large_city_owns_its_toll(sentence: str, figure: str, place: str) -> None:
    assert _of_figure(sentence, figure, "location") == [place]


def test_an_upper_case_dateline_with_a_plain_dash_places_the_story() -> None:
    docs = pd.DataFrame(
        {
            "doc_id": ["a"],
            "published": [pd.Timestamp("2025-04-04")],
            "text": ["BANGKOK - Rescuers have recovered 22 bodies from the ruins, the governor said."],
        }
    )
    assert claimcheck.extract(docs)["document_place"].tolist() == ["BANGKOK"]


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("BANGKOK - The ministry put the nationwide death toll at nine on Saturday.", "nine", "Thailand"),
        ("LIMA, Peru - Officials said the national toll had risen to 31.", "31", "Peru"),
    ],
)
def test_a_nationwide_toll_is_the_storys_country(text: str, figure: str, place: str) -> None:
    docs = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2025-03-29")], "text": [text]})
    assert _of_figure(docs, figure, "location") == [place]


def test_identified_through_dna_is_no_place() -> None:
    claims = claimcheck.extract("The remains of more than 50 people could only be identified through DNA.")
    assert claims["location"].isna().all()


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        ("The court's list put the number of dead from Paiporta at 45.", "45", "Paiporta"),
        ("Deaths from Calder have risen to 12, officials said.", "12", "Calder"),
    ],
)
def test_the_dead_from_a_place_in_the_tolls_own_noun_are_that_places(sentence: str, figure: str, place: str) -> None:
    assert _of_figure(sentence, figure, "location") == [place]


def test_deaths_from_an_event_of_a_day_are_no_place() -> None:
    assert claimcheck.extract("Deaths from Tuesday's storm rose to 12.")["location"].isna().all()


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        (
            "Doctors at a hospital in the northern Uttara district said 11 bodies had been brought in.",
            "11",
            "hospital in the northern Uttara district",
        ),
        ("A doctor at Madina hospital said 23 wounded people had been admitted.", "23", "Madina hospital"),
        ("Staff at the city morgue said they had received 40 bodies.", "40", "city morgue"),
    ],
)
def test_staff_of_a_place_of_care_count_what_it_received(sentence: str, figure: str, place: str) -> None:
    assert _of_figure(sentence, figure, "location") == [place]


# --- several places at the head of a sentence, each figure to its own -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Wajima and Suzu, two towns on the northern coast, accounted for most of the dead, with 44 and 31 deaths, "
            "respectively, officials said.",
            ["Wajima", "Suzu"],
        ),
        (
            "Rafah and Khan Younis, the two southern cities, counted 120 and 85 dead, respectively.",
            ["Rafah", "Khan Younis"],
        ),
        ("Reyes, Ortiz and Lamb, the three ministers, reported 44, 31 and 9 deaths, respectively.", [None, None, None]),
    ],
)
def test_places_named_before_an_aside_give_each_respective_figure_its_place(text, places):
    assert _column(text, "location") == places


@pytest.mark.parametrize(
    ("text", "places", "sources"),
    [
        (
            "Suzu had recorded 99 deaths and Wajima 83, officials said.",
            ["Suzu", "Wajima"],
            ["officials", "officials"],
        ),
        ("Kherson has registered 14 deaths and Mykolaiv six.", ["Kherson", "Mykolaiv"], [None, None]),
        ("The ministry had recorded 99 deaths and Wajima 83.", [None, "Wajima"], ["ministry", "ministry"]),
    ],
)
def test_the_place_heading_a_list_of_tolls_is_the_first_figures_place_not_its_speaker(text, places, sources):
    assert (_column(text, "location"), _column(text, "source")) == (places, sources)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Most of the dead were in the provinces of Al Haouz, near the epicentre, and Taroudant, which recorded "
            "542 and 321 deaths, respectively.",
            ["Al Haouz", "Taroudant"],
        ),
        (
            "Search teams have pulled 87 and 64 bodies from Petobo and Balaroa, respectively, officials said.",
            ["Petobo", "Balaroa"],
        ),
        ("Smith, the mayor, and Jones reported 4 and 5 deaths, respectively.", [None, None]),
    ],
)
def test_respective_places_after_an_aside_or_after_the_figures(text, places):
    assert _column(text, "location") == places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The new toll included the first deaths in Donggala regency, north of the city, where 11 people died.",
            "Donggala",
        ),
        ("Rescuers reached Balaroa, a suburb on the hillside, where 40 people died.", "Balaroa"),
        ("They reached the mine, a pit north of town, where 9 workers were trapped.", "the mine"),
    ],
)
def test_a_where_clause_after_an_aside_on_its_place_is_placed_there(text, place):
    assert _column(text, "location") == [place]


@pytest.mark.parametrize(
    "text",
    [
        "At the camp, 18 had died, the ministry said, while the head of the Nepal Climbing Federation said 22 had "
        "been killed there.",
        "The toll at the camp stood at 18, officials said, but the Nepal Red Cross said 22 died there.",
    ],
)
def test_there_after_a_second_figure_is_the_first_figures_place_not_a_place_in_a_speakers_name(text):
    assert _column(text, "location") == ["camp", "camp"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Harris County, which includes Houston, reported 25 deaths and Travis County, home to Austin, nine.",
            ["Harris County", "Travis County"],
        ),
        ("Kerr County, where the river rose fastest, has recorded 68 deaths.", ["Kerr County"]),
    ],
)
def test_a_place_with_an_aside_heading_its_toll_or_a_list_item_is_its_figures_place(text, places):
    assert _column(text, "location") == places


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Officials said 30 people were killed at the Al Noor mosque and 10 at a second mosque in the suburb of "
            "Linwood.",
            "10",
            "a second mosque",
        ),
        (
            "Police said 22 died at the Harbor Street school and 6 at a nearby school in the next village.",
            "6",
            "a nearby school in the next village",
        ),
        ("Bombs hit the Varnhill airport, killing 14 in the departure hall.", "14", "Varnhill airport"),
    ],
)
def test_a_second_site_of_the_same_kind_is_its_own_place_not_a_room_of_the_first(text, figure, place):
    rows = claimcheck.extract(
        pd.DataFrame({"doc_id": ["d"], "text": [text], "published": [pd.Timestamp("2024-03-15")]})
    )
    assert rows[rows["surface"] == figure].iloc[0]["location"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police said 71 bodies had been recovered from the site of Sunday's Kestrel Airlines crash.", None),
        ("Officials said 40 people died in Tuesday's Harbor Ferries sinking.", None),
        ("The toll from the Calder wildfire rose to 97.", "Calder"),
    ],
)
def test_an_event_named_by_its_operator_is_placed_nowhere_by_that_name(text, place):
    # "the Kestrel Airlines crash" names who flew, not where the plane fell; "the Calder wildfire" names a place
    located = _of_figure(text, next(w.strip(",.") for w in text.split() if w[0].isdigit()), "location")
    assert [None if pd.isna(v) else v for v in located] == [place]


def _place_of(text: str, figure: str) -> object:
    claims = claimcheck.extract(text)
    hit = claims[claims["surface"].str.contains(figure, regex=False)]
    assert not hit.empty, claims["surface"].tolist()
    value = hit.iloc[0]["location"]
    return None if pd.isna(value) else value


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "CALDER, Mo. (Wire) - A tornado tore through Calder on Sunday. At least 89 people died in the Missouri "
            "city, officials said.",
            "89",
            "Calder",
        ),
        (
            "Floods hit Kerr County on Friday. Nine people died in the Texas county, the sheriff said.",
            "Nine",
            "Kerr County",
        ),
        ("At least 94 migrants drowned off this Italian island on Thursday.", "94", "Italian island"),
    ],
)
def test_a_place_described_by_what_holds_it_is_the_place_named_before(text, figure, place):
    assert _place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Shelling in the Zaporizhzhia region killed 30 people, officials said.", "30", "Zaporizhzhia region"),
        ("A quake struck Van province, killing 40 people.", "40", "Van province"),
        ("Gunmen killed 12 people in the Somali capital on Friday.", "12", "Somali capital"),
    ],
)
def test_a_named_area_or_a_capital_described_by_its_country_keeps_its_own_name(text, figure, place):
    assert _place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("More than 1,700 of the dead were in Tacloban, city officials said.", "More than 1,700", "Tacloban"),
        ("Nine people died in Pune, city police said on Sunday.", "Nine", "Pune"),
        ("At least 14 were hurt in Ormoc, province officials told reporters.", "At least 14", "Ormoc"),
        ("Four people drowned in Leyte, province of the Philippines.", "Four", "Leyte, province of the Philippines"),
    ],
)
def test_a_place_noun_after_a_comma_that_starts_the_speaker_is_not_part_of_the_place(text, figure, place):
    # "Tacloban, city officials said": "city" opens the speaker; "Leyte, province of ..." is the place's apposition
    assert _of_figure(text, figure, "location") == [place]


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "PORT MALLOW (Wire) - The toll rose to 3,900. In Guiuan, where the storm first struck land, the mayor "
            "said 101 people had died in the town.",
            "101",
            "Guiuan",
        ),
        (
            "ARDEN CITY (Wire) - Floods killed 80. In Basey, officials said 40 people had drowned in the town.",
            "40",
            "Basey",
        ),
        ("KESTREL CITY (Wire) - At Ormoc, rescuers said 12 bodies were found in the city on Monday.", "12", "Ormoc"),
    ],
)
def test_the_town_refers_back_to_the_town_named_earlier_in_its_sentence_not_the_dateline(text, figure, place):
    assert _of_figure(text, figure, "location") == [place]


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Officials said 27 bodies were brought to Harbour Medical College Hospital.",
            "27",
            "Harbour Medical College Hospital",
        ),
        (
            "More than 60 wounded people were rushed to Medina Hospital, the director said.",
            "More than 60",
            "Medina Hospital",
        ),
        (
            "At least 14 of the injured had been flown to Saint Luke Clinic overnight.",
            "At least 14",
            "Saint Luke Clinic",
        ),
        ("Nine bodies were taken to the Eastgate Mortuary on Sunday.", "Nine", "Eastgate Mortuary"),
    ],
)
def test_people_brought_to_a_named_place_of_care_are_counted_there(text, figure, place):
    assert _of_figure(text, figure, "location") == [place]


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "The Emergency hospital in the city said it had received more than 60 wounded people.",
            "more than 60",
            "Emergency hospital",
        ),
        ("Medina hospital said it had admitted 72 injured people on Saturday.", "72", "Medina hospital"),
        ("Al Noor clinic said it had treated 40 people for burns.", "40", "Al Noor clinic"),
    ],
)
def test_a_named_place_of_care_in_lower_case_counts_what_it_received(text, figure, place):
    # "the Emergency hospital", "Medina hospital": a name, then its kind in lower case, as news often writes it
    assert _of_figure(text, figure, "location") == [place]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The death toll rose to 88 after searchers found the remains of another victim in Harlow, police said.",
            "88",
        ),
        ("The toll reached 40 when rescuers took the last survivors to Brisk on Monday.", "40"),
        ("The number of dead climbed to 31 after police said two more bodies lay in Calder.", "31"),
    ],
)
def test_a_place_in_a_clause_of_its_own_after_the_figure_does_not_place_it(text, figure):
    # "after searchers found ... in Harlow": where the searchers found a body, not where the toll is told
    assert [None if pd.isna(v) else v for v in _of_figure(text, figure, "location")] == [None]


def test_the_place_a_disaster_struck_in_the_clause_after_the_figure_still_places_it():
    text = "At least six people were killed after a fire tore through a tower in Salford on Wednesday."
    assert _of_figure(text, "At least six", "location") == ["Salford"]


# --- A cause is no place: "blamed on Harvey", "Storm Ciaran"; an outlet in a dateline's brackets names none --------


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        ("At least 38 deaths have now been blamed on Harvey, officials said.", "At least 38", None),
        ("Officials said 14 deaths were attributed to Ida in the parish.", "14", None),
        ("Two deaths were blamed on Storm Ciaran in Kent, police said.", "Two", "Kent"),
        ("Hurricane Harvey killed 68 people in Texas.", "68", "Texas"),
        ("Typhoon Haiyan left 1,800 people missing in Leyte.", "1,800", "Leyte"),
        ("Tropical Storm Allison killed 22 people.", "22", None),
    ],
)
def test_a_storm_or_a_cause_named_like_a_town_places_no_figure(text, surface, place):
    assert _places_of(text, surface) == [place]


@pytest.mark.parametrize(
    "credit",
    ["Bayou City Ledger", "Windy City Times", "River City Wire", "Capital City Post"],
)
def test_an_outlet_credited_in_a_datelines_brackets_is_not_the_city_referred_back_to(credit):
    text = (
        f"HOUSTON, Aug 29 ({credit}) - The number of deaths rose to at least 18 on Tuesday.\n\n"
        "Officials said at least 12 people have died in the city."
    )
    [place] = _of_figure(text, "at least 12", "location")
    assert place is not None and place.lower() == "houston"


# --- A person's title, an origin and a speech venue's town place no figure ----------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (
            "Residents threw mud at King Felipe VI and Prime Minister Ana Ruiz, angry at the response to floods "
            "that have killed 217 people.",
            "217",
            None,
        ),
        ("Protesters jeered President Mora over a blast that killed 40 people.", "40", None),
        ("Seven of the dead came from abroad, police said.", "Seven", None),
        (
            "The toll in the Valencia region has risen to 92, the minister tells reporters at the emergency centre "
            "in L'Eliana.",
            "92",
            "Valencia region",
        ),
        ("Twelve people died in Harlow, the mayor told a news conference at City Hall.", "Twelve", "Harlow"),
    ],
)
def test_a_title_an_origin_or_where_it_was_said_places_no_figure(text, surface, place):
    assert _places_of(text, surface) == [place]


# --- A clause after the figure that tells an assault on a named place places it -----------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (
            "Eight people were crushed when a wall collapsed as crowds stormed a rice warehouse in Alangalang.",
            "Eight",
            "a rice warehouse in Alangalang",
        ),
        ("Two suspects were killed when police raided a flat in Molenbeek.", "Two", "Molenbeek"),
        ("Three men were killed when police raided an apartment in Saint-Denis.", "Three", "Saint-Denis"),
        # a place named before, and referred back to after: the name
        ("At the Bataclan, gunmen killed 89 people before police stormed the hall.", "89", "Bataclan"),
    ],
)
def test_an_assault_on_a_named_place_after_the_figure_places_it(text, surface, place):
    assert _of_figure(text, surface, "location") == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("North Carolina's statewide toll stands at 96, the department said.", "North Carolina"),
        ("Kerr County's countywide death toll rose to 68.", "Kerr County"),
        ("Ohio's statewide death toll climbed to 12 on Sunday.", "Ohio"),
    ],
)
def test_a_place_owns_its_statewide_or_countywide_toll(text: str, place: str) -> None:
    rows = claimcheck.extract(
        pd.DataFrame({"doc_id": ["d"], "text": [text], "published": [pd.Timestamp("2024-10-01")]})
    )
    assert rows.iloc[0]["location"] == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Cao Bang has 29 dead and 23 missing.", "29", "Cao Bang"),
        ("Lao Cai province accounts for 53 of the deaths.", "53", "Lao Cai province"),
        ("Amatrice accounts for 207 of the dead, officials said.", "207", "Amatrice"),
    ],
)
def test_a_known_place_that_holds_a_figure_places_it(text: str, figure: str, place: str) -> None:
    assert _place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure"),
    [("We have counted 40 dead.", "40"), ("Officials have 12 people in custody.", "12")],
)
def test_a_speaker_that_holds_a_figure_is_no_place(text: str, figure: str) -> None:
    assert _place_of(text, figure) is None


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI (Wire) - Floods killed 40 people in the Andean nation, officials said.",
        "KATHMANDU (Wire) - Police killed at least 19 people in the deadliest day of unrest in the Himalayan country.",
    ],
)
def test_a_country_told_by_its_region_adjective_is_no_new_place(text: str) -> None:
    place = _place_of(text, "4") if "40" in text else _place_of(text, "19")
    assert place is None or ("Andean" not in str(place) and "Himalayan" not in str(place))


def test_a_country_music_festival_is_no_country() -> None:
    assert _place_of("A gunman killed 58 people at a country music festival.", "58") != "US"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("4:40 p.m. - Buncombe County has updated its count again: 40 deaths.", "40", "Buncombe County"),
        ("09:05 Cao Bang has 29 dead.", "29", "Cao Bang"),
        ("11:20 - Harlow County has recorded 27 deaths, the sheriff says.", "27", "Harlow County"),
    ],
)
def test_a_live_entrys_time_does_not_hide_the_place_that_opens_it(text: str, figure: str, place: str) -> None:
    assert _place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Georgia Gov. Brian Kemp said 25 people have now died in his state.", "Georgia"),
        ("12:45 p.m. - Florida Gov. Ron DeSantis said 11 people had died across his state.", "Florida"),
        ("The Ohio governor said 12 people died throughout her state.", "Ohio"),
    ],
)
def test_an_officer_counting_in_their_jurisdiction_places_the_figure_there(text: str, place: str) -> None:
    assert _place_of(text, "1" if "11" in text or "12" in text else "25") == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "NAIROBI, Oct 15 (Wire) - A truck bomb in Mogadishu killed 276 people, the minister said. The city's "
            "ambulance service said more than 300 people had been killed.",
            "Mogadishu",
        ),
        (
            "HOUSTON, Aug 29 (Wire) - Floods have killed 30 people, officials said. The city's mayor said 12 of them "
            "died in their cars.",
            "HOUSTON",
        ),
    ],
)
def test_the_city_is_the_one_the_story_tells_of_before_the_one_it_is_filed_from(text: str, place: str) -> None:
    rows = claimcheck.extract(
        pd.DataFrame({"doc_id": ["d"], "text": [text], "published": [pd.Timestamp("2017-10-15")]})
    )
    assert rows.iloc[-1]["location"] == place


# --- places counted, not named: "across six states" is their sum, no one of them --------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Governor Lane said 25 people have died in her state. Across six states, the storm has killed at least "
            "107 people, a news agency count shows.",
            "107",
            "six states",
        ),
        ("The quake killed more than 3,800 people across the two countries, officials said.", "3,800", "two countries"),
        ("Floods have now killed 61 people in all 36 states, the emergency agency said.", "61", "all 36 states"),
        ("The outbreak has killed 212 people throughout several provinces since March.", "212", "several provinces"),
    ],
)
def test_places_counted_not_named_place_the_figure(text: str, figure: str, place: str) -> None:
    assert _place_of(text, figure) == place


def test_a_named_place_wins_over_places_counted_after_it() -> None:
    assert _place_of("The storm killed 12 people in Ohio, one of three states it crossed on Monday.", "12") == "Ohio"


# --- an officer's or a body's jurisdiction, told by a pronoun or by its kind ------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Morelos Governor Graco Ramirez put the number of dead in his state at 62.", "62", "Morelos"),
        ("Harlan County Sheriff Dan Pike put the toll in his county at nine on Sunday.", "nine", "Harlan County"),
        (
            "Puente said 12 died in the State of Mexico, and Ohio Governor Mike Dell said at least 60 died in his.",
            "at least 60",
            "Ohio",
        ),
        (
            "Saxony premier Jan Krall says at least 43 people have died in his state, and Thuringia premier Ute Rolf "
            "says at least 20 died in hers.",
            "at least 20",
            "Thuringia",
        ),
        (
            "North Rhine-Westphalia premier Armin Laschet said at least 43 people have died in his state.",
            "at least 43",
            "North Rhine-Westphalia",
        ),
    ],
)
def test_an_officer_counting_in_their_jurisdiction_places_the_figure(text: str, figure: str, place: str) -> None:
    assert _place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Rhineland-Palatinate's interior ministry says at least 50 people have died in the state.",
            "50",
            "Rhineland-Palatinate",
        ),
        ("Bavaria's interior ministry said on Friday that 14 had died across the state.", "14", "Bavaria"),
        ("Sindh's health department said 212 people had died in the province since June.", "212", "Sindh"),
    ],
)
def test_a_body_counting_in_the_state_it_belongs_to_places_the_figure(text: str, figure: str, place: str) -> None:
    assert _place_of(text, figure) == place


def test_a_body_without_a_place_of_its_own_does_not_place_the_state() -> None:
    assert _place_of("The interior ministry said 14 had died in the state.", "14") != "interior ministry"


# --- a breakdown written as names with their figures in parentheses ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Four towns - Paiporta (45), Catarroja (25), Sedavi (11) and Alfafar (15) - account for 96 of the deaths.",
            "25",
            "Catarroja",
        ),
        ("Deaths by province: Hatay (4,700), Kahramanmaras (3,800) and Adiyaman (1,200).", "3,800", "Kahramanmaras"),
        (
            "The dead came from Kerr County (84), Travis County (9) and Burnet County (5), officials said.",
            "9",
            "Travis County",
        ),
    ],
)
def test_a_figure_in_parentheses_after_a_place_is_that_places_share(text: str, figure: str, place: str) -> None:
    claims = claimcheck.extract(text)
    row = claims[claims["surface"] == figure]
    assert row["location"].tolist() == [place]
    assert row["category"].tolist() == ["killed"]
    assert row["role"].tolist() == ["part"]


def test_the_total_after_a_parenthesised_breakdown_takes_none_of_its_places() -> None:
    text = "Paiporta (45), Catarroja (25) and Alfafar (15) account for 85 of the 221 deaths identified so far."
    assert _places_of(text, "221") == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The flight took off at 1:39 p.m. (0809 GMT), the airline said.",
        "Officials from Chennai (12) attended the meeting.",
        "The agency (NDRF) sent 12 teams.",
    ],
)
def test_a_parenthesis_without_a_count_of_people_is_no_claim(text: str) -> None:
    claims = claimcheck.extract(text)
    assert not claims["surface"].isin(["0809", "12"]).any()


# --- where a count was published or said is not where its people are --------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The agency stood by a count of 15 dead in an update released in Geneva on Wednesday.", "15"),
        ("A UN spokesman said in Geneva that 40 people had died in the camp fire.", "40"),
        ("Figures issued on Friday in Nairobi showed 300 people missing.", "300"),
        ("In a report published in London, the charity said 1,200 people had been displaced.", "1,200"),
    ],
)
def test_where_a_count_is_published_or_said_is_not_its_place(text: str, figure: str) -> None:
    place = _place_of(text, figure)
    assert place is None or all(city not in place for city in ("Geneva", "Nairobi", "London"))


@pytest.mark.parametrize(
    "text",
    [
        "The agency gave a count of 15 dead in an update released in Geneva. It said 300 were still missing.",
        "A UN spokesman told reporters in Geneva that 15 had died. He said 300 were still missing.",
    ],
)
def test_where_a_count_was_said_is_carried_to_no_later_figure(text: str) -> None:
    assert _place_of(text, "300") is None


def test_a_place_after_speaking_words_that_is_the_scene_stays_the_place() -> None:
    text = "Police said in a statement that 12 people were killed in Kabul."
    assert _place_of(text, "12") == "Kabul"


# --- a place that lowers or raises its own count holds the figure ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "The state's toll stands at 96. Harlan County also lowered its count, from nine deaths to seven.",
            "seven",
            "Harlan County",
        ),
        ("The state's toll stands at 96. Pike County raised its toll to 14 on Friday.", "14", "Pike County"),
        ("Officials spoke on Monday. Boone County has since revised its count to 11 dead.", "11", "Boone County"),
    ],
)
def test_a_place_that_revises_its_own_count_holds_the_figure(text: str, figure: str, place: str) -> None:
    assert _place_of(text, figure) == place


# --- a headline's figure is its lead's, told short -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "County lowers storm death toll to 42\n\nASHEVILLE - Officials said on Tuesday they had overcounted "
            "deaths, lowering the toll in Buncombe County to 42.",
            "Buncombe County",
        ),
        (
            "Floods kill 41\n\nAt least 41 people died in Kerr County after the river rose overnight, the sheriff "
            "said.",
            "Kerr County",
        ),
    ],
)
def test_a_headline_figure_takes_the_place_its_lead_gives_it(text: str, place: str) -> None:
    assert _places_of(text, text.split("\n")[0].split()[-1])[0] == place


def test_a_headline_figure_the_lead_does_not_repeat_keeps_no_place() -> None:
    text = "Storm toll rises to 50\n\nAt least 12 people died in Kerr County, the sheriff said."
    assert _places_of(text, "50") == [None]


# --- a "where" clause holding the figure places it, not a place after the clause ends ------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "In Germany, where authorities put the toll at 177, soldiers were still clearing mud from the Ahr valley.",
            "177",
            "Germany",
        ),
        (
            "The storm moved on to Calder County, where 12 people died, before weakening over Lake Brisk.",
            "12",
            "Calder County",
        ),
    ],
)
def test_a_where_clause_places_its_figure_before_a_place_past_its_end(text: str, figure: str, place: str) -> None:
    assert _place_of(text, figure) == place


def test_a_place_inside_the_where_clause_still_places_its_figure() -> None:
    text = "Rescuers reached the mine, where 9 workers were trapped in the lower shaft."
    assert _place_of(text, "9") in ("the mine", "the lower shaft")
