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
