"""What befell the people a figure counts, when news says it with a state rather than a category noun (issue 13).

Each test pins one recurring phenomenon of news writing, in sentences written for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

import claimcheck


def _counts(text: str) -> dict[str, tuple[str, str]]:
    """Each figure's surface -> (category, role)."""
    claims = claimcheck.extract(text)
    return {str(r.surface): (str(r.category), str(r.role)) for r in claims.itertuples()}


# --- a partitive names its own state: "rescued 12, four of them with severe injuries" ------------------------------


@pytest.mark.parametrize(
    "text, whole, part, state",
    [
        ("Twelve people were rescued alive, four of them with severe injuries.", "Twelve", "four", "injured"),
        ("Seven miners managed to climb out, two of them with serious burns.", "Seven", "two", "injured"),
        ("Rescuers pulled 15 people from the rubble, three of whom were badly hurt.", "15", "three", "injured"),
        ("A total of 34 people were pulled out alive, 7 of whom are still in hospital.", "34", "7", "injured"),
        ("Thirty passengers survived, nine of them with burns.", "Thirty", "nine", "injured"),
        ("Soldiers freed 20 hostages, five of whom were wounded.", "20", "five", "injured"),
    ],
)
def test_a_part_that_says_what_befell_it_takes_that_category_not_its_wholes(
    text: str, whole: str, part: str, state: str
) -> None:
    counts = _counts(text)
    assert counts[part] == (state, "part")
    assert counts[whole][0] != state  # the whole keeps its own reading: survivors are not all hurt


@pytest.mark.parametrize(
    "text, part",
    [
        ("At least 40 people died, six of them in hospital.", "six"),
        ("The blast killed 25 people, ten of whom were women.", "ten"),
        ("Nineteen people were killed, four of them in hospital after the attack.", "four"),
    ],
)
def test_a_part_of_the_dead_stays_dead_whatever_follows_it(text: str, part: str) -> None:
    assert _counts(text)[part] == ("killed", "part")


# --- care is injury: "taken to hospital", unless the sentence says they died ---------------------------------------


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Around 45 people were taken to hospitals in the city, he said.", "Around 45"),
        ("Twenty workers were rushed to a nearby hospital.", "Twenty"),
        ("Eight pilgrims were admitted to hospital with heatstroke.", "Eight"),
        ("Officials said 16 passengers were airlifted to hospital.", "16"),
    ],
)
def test_people_taken_to_hospital_are_injured(text: str, figure: str) -> None:
    assert _counts(text)[figure][0] == "injured"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("It said two people taken to the hospital had died.", "two"),
        ("Five people taken to hospital later died.", "Five"),
        ("Three patients died in hospital, the ministry said.", "Three"),
    ],
)
def test_people_taken_to_hospital_who_died_are_dead(text: str, figure: str) -> None:
    assert _counts(text)[figure][0] == "killed"


# --- captivity without the word "hostage": "still being held", "in captivity", "still holding" ---------------------


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Police said 81 people were still being held.", "81"),
        ("About 30 students are still in captivity.", "About 30"),
        ("Some 200 people remain in captivity, the army said.", "Some 200"),
        ("The gunmen are still holding 12 workers, officials said.", "12"),
        ("The rebels were still holding 57 soldiers on Friday.", "57"),
    ],
)
def test_people_still_held_are_hostages(text: str, figure: str) -> None:
    assert _counts(text)[figure][0] == "hostages"


@pytest.mark.parametrize(
    "text, figure, category",
    [
        ("A vigil was held for the 30 victims.", "30", "killed"),
        ("Protests were held in 12 cities.", None, None),
        ("The kidnappers demanded a ransom of 5 million naira.", None, None),
        ("Police seized 40 kilograms of cocaine.", None, None),
    ],
)
def test_held_and_seized_of_things_or_events_are_no_captivity(text: str, figure: str | None, category: str) -> None:
    counts = _counts(text)
    if figure is None:
        assert counts == {}
    else:
        assert counts[figure][0] == category


def test_a_part_with_its_own_state_keeps_its_whole_and_people() -> None:
    text = "Twelve people were rescued alive, four of them with severe injuries."
    claims = claimcheck.extract(pd.DataFrame([{"doc_id": "a", "text": text}]))
    whole = claims[claims["surface"] == "Twelve"].iloc[0]
    part = claims[claims["surface"] == "four"].iloc[0]
    assert part["subject"] == "people" and part["part_of"] == whole["claim_id"]


# --- a bare figure and the state it remains in: "76 remained in captivity", "30 remain in hospital" -----------------


@pytest.mark.parametrize(
    "text, figure, state",
    [
        ("The governor said 42 were freed, adding that 76 remained in captivity.", "76", "hostages"),
        ("Officials said 12 are still in captivity.", "12", "hostages"),
        ("Doctors said 30 remain in hospital.", "30", "injured"),
        ("By nightfall 18 were still in hospital.", "18", "injured"),
        ("Nine were in a stable condition.", "Nine", "injured"),
        ("Police said 30 were in critical condition.", "30", "injured"),
        ("He said 45 remained in custody.", "45", "detained"),
    ],
)
def test_a_bare_figure_takes_the_state_it_remains_in(text: str, figure: str, state: str) -> None:
    assert _counts(text)[figure][0] == state


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Some 122,000 people are in hospitals and churches.", "122,000"),
        ("About 8,000 people were sheltering in hospitals and schools.", "8,000"),
    ],
)
def test_hospitals_listed_among_shelters_hold_no_injured(text: str, figure: str) -> None:
    assert _counts(text)[next(k for k in _counts(text) if figure in k)][0] != "injured"
