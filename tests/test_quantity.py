"""What counts as the same quantity: subject classes, place keys, the comparison key, report dates."""

from __future__ import annotations

import pandas as pd
import pytest
from claims_helper import make_claims

import claimcheck
from claimcheck.checking import quantity


@pytest.mark.parametrize(
    "subject, expected",
    [
        (None, "people"),
        ("people", "people"),
        ("victims", "people"),
        ("more bodies", "people"),
        ("displaced people", "people"),
        ("children", "child"),
        ("kids", "child"),
        ("women", "woman"),
        ("civilians", "civilian"),
        ("civilian deaths", "civilian"),
        ("Ukrainian soldier", "soldier"),
        ("soldiers", "soldier"),
        ("policemen", "police officer"),
        ("police officers", "police officer"),
        ("Palestinians", "palestinian"),
        ("Israelis", "israeli"),
        ("Palestinian children", "child"),
        ("passengers", "people"),
        ("pilgrims", "people"),
        ("migrants", "people"),
        ("concertgoers", "people"),
    ],
)
def test_subject_class(subject, expected):
    assert quantity.subject_class(subject) == expected


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Gaza", "Gaza Strip", True),
        ("Gaza", "the Gaza Strip", True),
        ("Derna", "city of Derna", True),
        ("Zaporizhzhia", "Zaporizhzhya region", True),
        ("Kyiv", "Kiev", True),
        ("Khan Yunis", "Khan Younis", True),
        ("Al Ahli Arab Hospital", "al-Ahli al-Arabi hospital", True),
        ("al-Ahli hospital", "Al Ahli Arab Hospital", True),
        (None, "Rafah", True),
        (None, None, True),
        ("Gaza City", "Gaza", False),
        ("Gaza City hospital", "Gaza City", False),
        ("northern Gaza", "Gaza", False),
        ("Rafah", "Khan Younis", False),
        ("Crocus City Hall", "Crocus City Hall restrooms", False),
        ("southern Israel", "Israel", False),
        # a province and the town it is named after: news writes "Van" for "Van province"
        ("Van province", "Van", True),
        ("Helmand province", "Helmand", True),
        ("Van province", "Ercis", False),  # another town of the province is a part of it
        ("Texas", "Houston", False),
    ],
)
def test_compatible_places(a, b, same):
    pa, pb = quantity.place_key(a), quantity.place_key(b)
    assert quantity.compatible_places(pa, pb) is same
    assert quantity.compatible_places(pb, pa) is same


def test_place_key_of_nothing_is_none():
    assert quantity.place_key(None) is None
    assert quantity.place_key("the") is None


@pytest.mark.parametrize(
    "a, b, same",
    [
        (dict(subject="people", location="Rafah"), dict(subject=None, location=None), True),
        (dict(subject="children", location="Rafah"), dict(subject="people", location="Rafah"), False),
        (dict(subject="people", location="Rafah"), dict(subject="people", location="Jabalia"), False),
    ],
)
def test_compatible_claims(a, b, same):
    assert quantity.compatible(a, b) is same


def test_comparison_key_dates_incidents_and_keeps_undated_incidents_to_their_document():
    claims = make_claims(
        dict(figure="10", subject="victims"),
        dict(figure="5", scope="incident", claim_date="2024-07-08", published="2024-07-10"),
        dict(figure="5", scope="incident", claim_date=None, published=None, doc_id="x", category="injured"),
    )
    assert quantity.comparison_key(claims).tolist() == [
        "killed|people|cumulative",
        "killed|people|incident|2024-07-08",
        "injured|people|incident|doc:x",
    ]


def test_report_date_is_claim_date_for_totals_and_published_for_incidents():
    claims = make_claims(
        dict(figure="10", claim_date="2024-07-08", published="2024-07-10"),
        dict(figure="5", scope="incident", claim_date="2024-07-08", published="2024-07-10"),
        dict(figure="5", scope="incident", claim_date="2024-07-08", published=None),
    )
    assert quantity.report_date(claims).tolist() == [
        pd.Timestamp("2024-07-08"),
        pd.Timestamp("2024-07-10"),
        pd.Timestamp("2024-07-08"),
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Dutch nationals", "Dutch citizens"), ("Dutch citizens", "Dutch"), ("British nationals", "British people")],
)
def test_a_nationality_carried_by_nationals_or_citizens_is_one_class(a, b):
    assert quantity.subject_class(a) == quantity.subject_class(b)


@pytest.mark.parametrize(("a", "b"), [("Ukrainian soldiers", "soldiers"), ("Israeli children", "children")])
def test_a_nationality_before_a_group_only_qualifies_it(a, b):
    assert quantity.subject_class(a) == quantity.subject_class(b)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kabul Teaching Hospital", "Kabul Emergency Hospital"),
        ("Lyon University Hospital", "Lyon General Hospital"),
    ],
)
def test_sites_named_after_their_town_are_named_sites_not_any_site_of_the_town(one: str, other: str) -> None:
    assert not quantity.place_key(one).startswith("~")
    assert not quantity.compatible_places(quantity.place_key(one), quantity.place_key(other))
    # a site named by its town and kind only may be any site of that kind there
    assert quantity.place_key("the Kabul hospital").startswith("~")


@pytest.mark.parametrize(
    ("location", "within"),
    [("Dos de Mayo hospital", ("PE",)), ("Dos de Mayo hospital", ("PE-LIM",))],
)
def test_a_site_named_like_a_town_abroad_is_a_site_of_its_own(location, within):
    # hospitals and stadiums are named for dates and saints that are also towns elsewhere: in a story told from Peru,
    # "Dos de Mayo hospital" is that hospital, not some hospital of a town in Argentina
    key = quantity.place_key(location, within)
    assert key is not None and quantity.CODE_MARK not in key and "hospital" in key.split()
    assert quantity.CODE_MARK + "AR" in quantity.place_key(location)


@pytest.mark.parametrize(
    ("location", "kind"),
    [
        ("Ridgeline Academy", "school"),
        ("Estadio Gigante de Arroyito", "venue"),
        ("the Les Trembles campsite", "camp"),
        ("the Sabinas mine", "facility"),
        ("the mine", "facility"),
    ],
)
def test_sites_named_by_another_word_or_abroad_are_sites_of_their_kind(location, kind):
    key = quantity.place_key(location)
    assert quantity.is_site(key) and kind in key.split()


@pytest.mark.parametrize("location", ["the mine", "the stadium", "the academy"])
def test_a_kind_of_place_alone_names_no_town(location):
    # "Mine" is a town in Japan: "the mine" is a mine, nowhere the gazetteers can place
    assert quantity.CODE_MARK not in quantity.place_key(location)


@pytest.mark.parametrize(
    "subject",
    [
        "civilians and members of the security forces",
        "civilians and soldiers",
        "passengers and crew",
        "pupils and teachers",
        "children and adults",
    ],
)
def test_groups_that_together_are_everyone_count_the_whole_toll(subject: str) -> None:
    assert quantity.subject_class(subject) == quantity.subject_class("people")


@pytest.mark.parametrize("subject", ["women and children", "soldiers and police officers", "children"])
def test_groups_that_are_a_part_keep_their_own_class(subject: str) -> None:
    assert quantity.subject_class(subject) != quantity.subject_class("people")


def test_a_toll_of_civilians_and_security_forces_is_compared_with_the_toll() -> None:
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "published": pd.to_datetime(["2026-01-17", "2026-01-17"]),
            "text": [
                "Gunmen stormed the Seaview hotel in Mogadishu on Friday, killing 21 civilians and members of the "
                "security forces, Security Minister Hassan Nur said.",
                "At least 30 people were killed when gunmen stormed the Seaview hotel in Mogadishu on Friday, "
                "hospital workers said.",
            ],
        }
    )
    found = claimcheck.check(claimcheck.extract(docs))
    assert found["rule"].tolist() == ["source_disagreement"]


@pytest.mark.parametrize(
    ("named", "country", "elsewhere"),
    [
        ("the French Alps", "France", "Italy"),
        ("the Italian Dolomites", "Italy", "Austria"),
        ("the Swiss Jura", "Switzerland", "France"),
    ],
)
def test_a_place_named_by_its_countrys_adjective_lies_in_that_country(named: str, country: str, elsewhere: str) -> None:
    key, code = quantity.place_key(named), quantity.place_key(country)
    assert key is not None and code is not None
    assert code.split()[0] in key.split()  # the country's code is the place's ancestor
    assert not quantity.compatible_places(key, quantity.place_key(f"the Alps of {elsewhere}"))


@pytest.mark.parametrize(
    "phrase",
    [
        # an adjective of nationality that only describes places names no country
        "Israeli towns",
        "French hospitals",
        "the Mexican coast",
        # a lower-case noun of landscape is no town of that name (Valley, Alabama; Coast, Tanzania)
        "the valley",
        "valley",
        "the coast",
        "the hills",
        "the river mouth",
    ],
)
def test_a_phrase_that_names_no_place_resolves_to_no_country(phrase: str) -> None:
    key = quantity.place_key(phrase)
    assert key is None or quantity.CODE_MARK not in key


@pytest.mark.parametrize(("name", "code"), [("Valley", "@US"), ("Mobile", "@US"), ("Gaza City", "@PS")])
def test_a_capitalised_name_still_resolves(name: str, code: str) -> None:
    key = quantity.place_key(name)
    assert key is not None and code in key.split()


# --- a compass word that begins a name is part of the name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "region"),
    [
        ("North Carolina", "US", "US-NC"),
        ("South Carolina", "US", "US-SC"),
        ("West Virginia", "US", "US-WV"),
        ("North Dakota", "US", "US-ND"),
        ("South Africa", "ZA", None),
        ("South Sudan", "SS", None),
        ("North Korea", "KP", None),
        ("West Bengal", "IN", "IN-WB"),
        ("Upper Nile state", "SS", "SS-NU"),
    ],
)
def test_a_compass_word_that_begins_a_name_is_kept(name: str, country: str, region: str | None) -> None:
    from claimcheck.extraction import gazetteer

    place = gazetteer.resolve(name)
    assert place is not None and (place.country, place.region) == (country, region)


@pytest.mark.parametrize(("part", "whole"), [("northern Gaza", "Gaza"), ("southern Libya", "Libya")])
def test_a_compass_word_before_a_name_still_names_a_part_of_it(part: str, whole: str) -> None:
    from claimcheck.extraction import gazetteer

    assert gazetteer.resolve(part) == gazetteer.resolve(whole)


@pytest.mark.parametrize(("a", "b"), [("North Carolina", "South Carolina"), ("West Virginia", "Virginia")])
def test_two_states_whose_names_share_a_word_are_two_places(a: str, b: str) -> None:
    assert not quantity.compatible_places(quantity.place_key(a), quantity.place_key(b))


def test_a_states_key_holds_no_word_of_its_own_name() -> None:
    assert quantity.place_key("North Carolina") == quantity.place_key("the state of North Carolina")


# --- a region's name two countries share is the story's country's ------------------------------------------------


@pytest.mark.parametrize(("name", "story", "country"), [("Punjab", "PK", "PK"), ("Punjab", "IN", "IN")])
def test_a_region_name_two_countries_share_is_the_storys(name: str, story: str, country: str) -> None:
    from claimcheck.extraction import gazetteer

    place = gazetteer.resolve_within(name, (story,))
    assert place is not None and (place.level, place.country) == ("region", country)


# --- in a campaign, two regions each named as a whole are two places ----------------------------------------------


def test_two_regions_named_as_wholes_are_not_one_place() -> None:
    mark = quantity.WHOLE_AREA_MARK
    kasai_central, kasai = quantity.place_key("Kasai-Central province"), quantity.place_key("Kasai province")
    assert kasai_central != kasai
    assert not quantity.compatible_places(f"{mark} {kasai_central}", f"{mark} {kasai}")
    assert quantity.compatible_places(f"{mark} {kasai}", f"{mark} {kasai}")


# --- a town's centre is the town: "central Berlin", "downtown Nairobi" ---------------------------------------------


@pytest.mark.parametrize(
    ("centre", "town"),
    [("central Berlin", "Berlin"), ("downtown Nairobi", "Nairobi"), ("central Mogadishu", "Mogadishu")],
)
def test_a_towns_centre_is_keyed_as_the_town(centre: str, town: str) -> None:
    assert quantity.place_key(centre) == quantity.place_key(town)


@pytest.mark.parametrize("area", ["central Mexico", "northern Gaza", "southern Kherson"])
def test_a_quarter_of_a_country_or_a_compass_part_of_a_place_stays_apart(area: str) -> None:
    assert quantity.place_key(area) != quantity.place_key(area.split()[1])
