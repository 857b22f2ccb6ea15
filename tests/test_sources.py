"""source_key: one key per organisation, however a source is written."""

from __future__ import annotations

import pytest

from claimcheck.extraction.sources import organisation, same_organisation, source_key


@pytest.mark.parametrize(
    "source",
    [
        "Gaza health officials",
        "the Hamas-run health ministry",
        "Gaza's Ministry of Health",
        "Health Ministry in Gaza",
        "a Gaza health ministry source",
        "the Gaza Health Ministry spokesperson",
        "health authorities in Gaza",
    ],
)
def test_ways_of_writing_the_gaza_health_ministry_share_one_key(source):
    assert source_key(source) == "gaza-health-ministry"


@pytest.mark.parametrize(
    "source, key",
    [
        ("medics", "medics"),
        ("paramedics", "medics"),
        ("Israeli figures cited by AFP", "israel-officials+afp"),
        ("according to Reuters", "reuters"),
        ("World Health Organization (WHO)", "who"),
        ("the UN's Office for the Coordination of Humanitarian Affairs", "ocha"),
        ("Ukrainian authorities", "ukraine-officials"),
        ("Libyan Red Crescent", "libya-red-crescent"),
        ("a Red Crescent representative", "red-crescent"),
        ("Gaza civil defence chief", "gaza-civil-defense"),
        ("the Israeli army", "israel-military"),
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_source_key(source, key):
    assert source_key(source) == key


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("health-ministry", "gaza-health-ministry", True),
        ("libya-red-crescent", "red-crescent", True),
        ("un", "ohchr", True),
        ("israel-officials+afp", "israel-officials", True),
        ("gaza-officials", "israel-officials", False),
        ("ocha", "who", False),
        ("medics", "gaza-health-ministry", False),
        (None, "medics", False),
        (None, None, False),
    ],
)
def test_same_organisation(a, b, same):
    assert same_organisation(a, b) is same


def test_organisation_splits_place_and_drops_relay():
    assert organisation("gaza-health-ministry+afp") == ("gaza", "health-ministry")
    assert organisation("medics") == (None, "medics")
