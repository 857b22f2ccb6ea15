"""Build small claims frames for tests: figures written as news writes them, the rest defaulted."""

from __future__ import annotations

import math
import re
from typing import Any

import pandas as pd

from claimcheck import schema


def interval(figure: str) -> dict[str, Any]:
    """The claim-model interval of a simple figure: "60", "more than 60", "at least 500", "about 6,000", "200-999"."""
    text = figure.lower().replace(",", "")
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", text)]
    x = numbers[0]
    zeros = len(str(int(x))) - len(str(int(x)).rstrip("0")) if x >= 10 else 0
    implied_open = x + 10**zeros if zeros else math.inf
    if text.startswith("more than"):
        return dict(
            low=x,
            high=math.inf,
            low_inclusive=False,
            high_inclusive=False,
            qualifier="more_than",
            implied_high=implied_open,
            value=x,
        )
    if text.startswith("at least"):
        return dict(
            low=x,
            high=math.inf,
            low_inclusive=True,
            high_inclusive=False,
            qualifier="at_least",
            implied_high=implied_open,
            value=x,
        )
    if text.startswith("about"):
        return dict(
            low=x * 0.9,
            high=x * 1.1,
            low_inclusive=True,
            high_inclusive=True,
            qualifier="about",
            implied_high=x * 1.1,
            value=x,
        )
    if len(numbers) == 2:
        return dict(
            low=x,
            high=numbers[1],
            low_inclusive=True,
            high_inclusive=True,
            qualifier="range",
            implied_high=numbers[1],
            value=x,
        )
    return dict(low=x, high=x, low_inclusive=True, high_inclusive=True, qualifier="exact", implied_high=x, value=x)


def make_claims(*rows: dict[str, Any]) -> pd.DataFrame:
    """A conformed claims frame; each row gives ``figure`` plus any claim columns to override.

    Defaults: a killed running total of people, asserted, one document per claim,
    ``claim_id`` c0, c1, ..., the claim dated 2024-07-09 and published that day.
    """
    records = []
    for i, row in enumerate(rows):
        row = dict(row)
        figure = row.pop("figure")
        record = {
            "claim_id": f"c{i}",
            "doc_id": f"d{i}",
            "surface": figure,
            "sentence": f"Sentence {i} with {figure}.",
            "category": "killed",
            "scope": "cumulative",
            "modality": "asserted",
            "claim_date": "2024-07-09",
            "outlet": f"Outlet{i}",
            **interval(figure),
        }
        record.update(row)
        record.setdefault("published", record["claim_date"])
        records.append(record)
    return schema.conform(pd.DataFrame(records), "claims")
