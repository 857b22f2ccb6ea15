"""Trusted reference series to check claims against (the ``reference_mismatch`` rule).

A reference frame has one row per trusted figure: ``date``, ``value``,
``category`` and what it counts (``subject``, ``location``, ``scope``), plus
``series`` (where the value comes from) and ``extrapolated`` (filled in rather
than reported). :func:`load_gaza_moh` reads the Gaza Ministry of Health daily
series (the TechForPalestine JSON format); :func:`as_reference` accepts any
frame with at least ``date``, ``value`` and ``category``.

>>> ref = as_reference(pd.DataFrame({"date": ["2024-07-09"], "value": [38243], "category": ["killed"]}))
>>> ref.loc[0, ["subject", "scope"]].tolist(), float(ref.loc[0, "value"])
(['people', 'cumulative'], 38243.0)
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import pandas as pd

from claimcheck.reading import atomic, timestamps

log = logging.getLogger(__name__)

__all__ = ["REFERENCE_COLUMNS", "GAZA_MOH_FIELDS", "ReferenceError", "as_reference", "load_gaza_moh"]

#: Columns of a reference frame, in order, with their dtypes.
REFERENCE_COLUMNS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "date": "datetime64[ns]",
        "value": "float64",
        "category": "string",
        "subject": "string",
        "location": "string",
        "scope": "string",
        "source": "string",
        "series": "string",
        "extrapolated": "bool",
    }
)

#: Fields of the Gaza MoH daily series -> (category, subject, official field or None).
#: The value is read from the official field when the report has it, else from the
#: extrapolated ``ext_`` field (and marked ``extrapolated``).
GAZA_MOH_FIELDS: Final[Mapping[str, tuple[str, str, str | None]]] = MappingProxyType(
    {
        "ext_killed_cum": ("killed", "people", "killed_cum"),
        "ext_injured_cum": ("injured", "people", "injured_cum"),
        "ext_killed_children_cum": ("killed", "children", "killed_children_cum"),
        "ext_killed_women_cum": ("killed", "women", "killed_women_cum"),
        "ext_med_killed_cum": ("killed", "medical workers", "med_killed_cum"),
        "ext_press_killed_cum": ("killed", "journalists", "press_killed_cum"),
        "ext_civdef_killed_cum": ("killed", "civil defence workers", "civdef_killed_cum"),
    }
)


class ReferenceError(ValueError):
    """A reference that cannot be used: says which column is missing or wrong."""


def as_reference(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` as a reference frame: required ``date``, ``value``, ``category``; defaults for the rest.

    A missing ``subject`` is "people", a missing ``scope`` "cumulative"; a missing
    ``location`` matches claims anywhere. The input is not modified.
    """
    missing = [c for c in ("date", "value", "category") if c not in frame.columns]
    if missing:
        raise ReferenceError(f"reference frame lacks columns {missing} (has {list(frame.columns)})")
    out = pd.DataFrame(index=frame.index)
    for name, dtype in REFERENCE_COLUMNS.items():
        col = frame[name] if name in frame.columns else pd.Series(pd.NA, index=frame.index, dtype="object")
        if dtype.startswith("datetime"):
            dates, problems = timestamps.coerce_series(col, field=name)
            for position, message in problems[:5]:
                log.warning("reference row %d: %s", position, message)
            out[name] = dates.dt.normalize()
        elif dtype == "float64":
            out[name] = pd.to_numeric(col, errors="coerce").astype("float64")
        elif dtype == "bool":
            out[name] = col.fillna(False).astype(bool)
        else:
            out[name] = col.astype("string")
    out["subject"] = out["subject"].fillna("people")
    out["scope"] = out["scope"].fillna("cumulative")
    bad = out["date"].isna() | out["value"].isna() | out["category"].isna()
    if bad.any():
        log.info("dropping %d reference rows without a date, value or category", int(bad.sum()))
    for name in frame.columns:
        if name not in REFERENCE_COLUMNS:
            out[name] = frame[name]
    return out[~bad].sort_values(["category", "subject", "date"], kind="stable").reset_index(drop=True)


def load_gaza_moh(
    path: str | os.PathLike[str],
    *,
    extrapolated: bool = True,
    location: str = "Gaza",
    people_aliases: tuple[str, ...] = ("Palestinians", "Gazans"),
) -> pd.DataFrame:
    """Read the Gaza Ministry of Health daily casualty series (a JSON array of daily reports).

    Each report gives one row per field of :data:`GAZA_MOH_FIELDS` it carries:
    ``killed_cum`` -> killed people, ``injured_cum`` -> injured people,
    ``ext_killed_children_cum`` -> killed children, and so on. With
    ``extrapolated=False`` only values the ministry itself reported are kept.
    The people series is also given under each of ``people_aliases`` (default
    "Palestinians", "Gazans"), the nationality the ministry counts, since
    nationalities are their own subject class (see ``docs/checking.md``).
    """
    try:
        reports = json.loads(atomic.read_regular_text(path))
    except json.JSONDecodeError as exc:
        raise ReferenceError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    except (RecursionError, UnicodeDecodeError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else f"not UTF-8 ({exc.reason})"
        raise ReferenceError(f"{path}: not valid JSON: {reason}") from None
    if not isinstance(reports, list):
        raise ReferenceError(f"{path}: expected a JSON array of daily reports")
    raw = pd.DataFrame(reports)
    if "report_date" not in raw.columns:
        raise ReferenceError(f"{path}: reports have no 'report_date'")
    pieces = []
    for ext_field, (category, subject, official) in GAZA_MOH_FIELDS.items():
        reported = raw[official] if official in raw.columns else pd.Series(float("nan"), index=raw.index)
        filled = raw[ext_field] if ext_field in raw.columns else pd.Series(float("nan"), index=raw.index)
        value = pd.to_numeric(reported, errors="coerce")
        is_ext = value.isna() & pd.to_numeric(filled, errors="coerce").notna()
        if extrapolated:
            value = value.fillna(pd.to_numeric(filled, errors="coerce"))
        piece = pd.DataFrame(
            {
                "date": raw["report_date"],
                "value": value,
                "category": category,
                "subject": subject,
                "location": location,
                "scope": "cumulative",
                "source": "Gaza Ministry of Health",
                "series": official or ext_field,
                "extrapolated": is_ext & extrapolated,
            }
        )
        pieces.append(piece[piece["value"].notna()])
        if subject == "people":
            # The ministry counts Palestinians in Gaza: "38,000 Palestinians killed" is this series too.
            pieces.extend(pieces[-1].assign(subject=alias) for alias in people_aliases)
    frame = as_reference(pd.concat(pieces, ignore_index=True))
    log.debug("loaded %d reference values from %s", len(frame), path)
    return frame
