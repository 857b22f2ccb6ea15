"""Findings of one quantity on one day read together: the group's heading, its figures side by side.

Text, Markdown and the HTML report show each group once (``group`` column of the
conflicts frame); the cell helpers here are shared by every renderer.

>>> format_interval(40.0, float("inf"), True, False)
'≥40'
>>> format_interval(36.0, 44.0, True, True)
'36–44'
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, cast

import pandas as pd

#: The columns of a group's figures in text and Markdown, and the claim fields they show.
GROUP_FIGURE_COLUMNS = ("figure", "interval", "date", "source", "document", "outlet")


def figure_cells(claim: dict[str, Any]) -> list[str]:
    """One figure of a group as the cells of :data:`GROUP_FIGURE_COLUMNS`."""
    return [
        cell(claim.get("surface")),
        _interval_of(claim),
        day(claim.get("claim_date")) or day(claim.get("published")),
        cell(claim.get("source")),
        cell(claim.get("doc_id")),
        cell(claim.get("outlet")),
    ]


@dataclass(frozen=True)
class FindingGroup:
    """Findings of one quantity on one day, read together: a heading, its figures side by side, its findings."""

    heading: str
    figures: list[dict[str, Any]]
    findings: pd.DataFrame
    spread: float


def finding_groups(conflicts: pd.DataFrame, claims: pd.DataFrame) -> list[FindingGroup]:
    """The findings by ``group`` (a finding without one is its own), farthest-apart figures first.

    A group's figures are every claim its findings name, highest first, each
    once, with its source and document; its spread is how far apart its highest
    and lowest figures are (the largest ``gap`` breaks ties). Groups come in
    order of spread, then of their first finding.
    """
    if not len(conflicts):
        return []
    group = conflicts["group"].astype(object) if "group" in conflicts else pd.Series(None, index=conflicts.index)
    group = group.where(group.notna(), "finding:" + conflicts["conflict_id"].astype(str))
    wanted = set(conflicts["claim_a"].dropna().astype(str)) | set(conflicts["claim_b"].dropna().astype(str))
    known = claims[claims["claim_id"].astype(str).isin(wanted)]
    by_id = claims_by_id(known)
    out = []
    for _, found in conflicts.groupby(group.to_numpy(object), sort=False):
        ids = list(dict.fromkeys(str(x) for x in [*found["claim_a"], *found["claim_b"]] if present(x)))
        figures = [by_id[i] for i in ids if i in by_id]
        figures.sort(key=lambda c: -_low_of(c))
        lows = [_low_of(c) for c in figures]
        spread = (max(lows) - min(lows)) if lows else 0.0
        gap = float(pd.to_numeric(found["gap"], errors="coerce").fillna(0).max()) if "gap" in found else 0.0
        found = found.sort_values("gap", ascending=False, kind="stable") if "gap" in found else found
        out.append(FindingGroup(_group_heading(found, figures), figures, found, max(spread, gap)))
    order = sorted(range(len(out)), key=lambda i: -out[i].spread)
    return [out[i] for i in order]


def _low_of(claim: dict[str, Any]) -> float:
    low: Any = claim.get("low")
    return float(low) if present(low) else 0.0


def _interval_of(claim: dict[str, Any]) -> str:
    return format_interval(claim.get("low"), claim.get("high"), claim.get("low_inclusive"), claim.get("high_inclusive"))


def _group_heading(found: pd.DataFrame, figures: list[dict[str, Any]]) -> str:
    """ "killed people in Springfield, 2024-03-06: 2 figures in 2 documents, 1 finding"."""
    first = figures[0] if figures else {}
    what = " ".join(cell(first.get(k)) for k in ("category", "subject") if cell(first.get(k)))
    where = cell(first.get("location"))
    days = sorted({d for d in (day(c.get("claim_date")) or day(c.get("published")) for c in figures) if d})
    when = days[-1] if days else ""
    docs = len({cell(c.get("doc_id")) for c in figures})
    n, m = len(figures), len(found)
    title = (what or "figures") + (f" in {where}" if where else "") + (f", {when}" if when else "")
    return (
        f"{title}: {n} figure{'s' if n != 1 else ''} in {docs} document{'s' if docs != 1 else ''}, "
        f"{m} finding{'s' if m != 1 else ''}"
    )


def format_interval(low: Any, high: Any, low_inclusive: Any = True, high_inclusive: Any = True) -> str:
    """A claim's interval for people: "40", "≥40", ">300", "<12", "36–44"."""
    if missing(low) and missing(high):
        return ""
    lo = float(low) if not missing(low) else 0.0
    hi = float(high) if not missing(high) else math.inf
    if lo == hi:
        return number(lo)
    if math.isinf(hi):
        return ("≥" if low_inclusive else ">") + number(lo)
    if lo == 0:
        return ("≤" if high_inclusive else "<") + number(hi)
    left = "" if low_inclusive else "("
    right = "" if high_inclusive else ")"
    return f"{left}{number(lo)}–{number(hi)}{right}"


def claims_by_id(claims: pd.DataFrame) -> dict[str, dict[str, Any]]:
    return {str(rec["claim_id"]): dict(rec) for rec in cast(list[dict[str, Any]], claims.to_dict("records"))}


def present(value: Any) -> bool:
    return not missing(value)


def missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def cell(value: Any) -> str:
    return "" if missing(value) else str(value)


def day(value: Any) -> str:
    return "" if missing(value) else pd.Timestamp(value).date().isoformat()


def number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")
