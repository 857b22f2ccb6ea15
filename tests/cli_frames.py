"""Known claims and conflicts frames for the CLI, format and baseline tests (no extractor involved)."""

from __future__ import annotations

import math

import pandas as pd

from claimcheck import schema

FIRST = "At least 40 people were killed in Springfield on Monday, officials said."
LATER = "The death toll in Springfield fell to 12, the mayor's office said on Wednesday."


def claims() -> pd.DataFrame:
    """Two claims about one toll, in two documents; the later one is lower."""
    return schema.conform(
        pd.DataFrame(
            {
                "claim_id": ["a.txt#0", "b.txt#0"],
                "doc_id": ["a.txt", "b.txt"],
                "start": [0, 37],
                "end": [11, 39],
                "surface": ["At least 40", "12"],
                "sentence": [FIRST, LATER],
                "sentence_start": [0, 0],
                "low": [40.0, 12.0],
                "high": [math.inf, 12.0],
                "low_inclusive": [True, True],
                "high_inclusive": [False, True],
                "value": [40.0, 12.0],
                "qualifier": ["at_least", "exact"],
                "category": ["killed", "killed"],
                "subject": ["people", None],
                "location": ["Springfield", "Springfield"],
                "source": ["officials", "the mayor's office"],
                "claim_date": ["2024-03-04", "2024-03-06"],
                "published": ["2024-03-04", "2024-03-06"],
                "scope": ["incident", "incident"],
                "modality": ["asserted", "asserted"],
                "implied_high": [50.0, 12.0],
            }
        ),
        "claims",
    )


def conflicts(severity: str = "error") -> pd.DataFrame:
    """One total_decreased finding between the two claims of :func:`claims`."""
    return schema.conform(
        pd.DataFrame(
            {
                "conflict_id": ["k0001"],
                "rule": ["total_decreased"],
                "severity": [severity],
                "claim_a": ["a.txt#0"],
                "claim_b": ["b.txt#0"],
                "doc_a": ["a.txt"],
                "doc_b": ["b.txt"],
                "message": [
                    "killed in Springfield fell from at least 40 (officials, 2024-03-04) to 12 "
                    "(the mayor's office, 2024-03-06); a toll cannot fall."
                ],
                "key": ["killed|springfield|incident"],
                "gap": [28.0],
            }
        ),
        "conflicts",
    )
