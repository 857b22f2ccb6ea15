"""Reference series: the Gaza MoH loader and generic frames."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from claimcheck.checking.reference import ReferenceError, as_reference, load_gaza_moh

SHARED = Path(__file__).resolve().parents[2] / "shared" / "reference" / "gaza_moh_casualties_daily.json"


def value(ref: pd.DataFrame, date: str, category: str, subject: str) -> float:
    hit = ref[(ref["date"] == pd.Timestamp(date)) & (ref["category"] == category) & (ref["subject"] == subject)]
    assert len(hit) == 1
    return float(hit["value"].iloc[0])


@pytest.mark.skipif(not SHARED.exists(), reason="shared reference series not available")
def test_gaza_moh_series_known_values():
    ref = load_gaza_moh(SHARED)
    assert value(ref, "2024-07-09", "killed", "people") == 38243
    assert value(ref, "2024-01-21", "killed", "people") == 25105
    assert set(ref["location"]) == {"Gaza"} and set(ref["scope"]) == {"cumulative"}


def test_loader_maps_fields_and_marks_extrapolated(tmp_path):
    reports = [
        {
            "report_date": "2024-01-01",
            "killed_cum": 100,
            "ext_killed_cum": 100,
            "injured_cum": 300,
            "ext_injured_cum": 300,
            "ext_killed_children_cum": 40,
        },
        {
            "report_date": "2024-01-02",
            "ext_killed_cum": 110,
            "ext_injured_cum": 320,
            "killed_children_cum": 45,
            "ext_killed_children_cum": 45,
        },
    ]
    path = tmp_path / "series.json"
    path.write_text(json.dumps(reports))
    ref = load_gaza_moh(path, people_aliases=())
    rows = ref[["date", "category", "subject", "value", "extrapolated"]].astype({"date": str}).values.tolist()
    assert rows == [
        ["2024-01-01", "injured", "people", 300.0, False],
        ["2024-01-02", "injured", "people", 320.0, True],
        ["2024-01-01", "killed", "children", 40.0, True],
        ["2024-01-02", "killed", "children", 45.0, False],
        ["2024-01-01", "killed", "people", 100.0, False],
        ["2024-01-02", "killed", "people", 110.0, True],
    ]
    official = load_gaza_moh(path, extrapolated=False, people_aliases=())
    assert len(official) == 3 and not official["extrapolated"].any()


def test_as_reference_fills_defaults_and_rejects_frames_without_values():
    ref = as_reference(pd.DataFrame({"date": ["2024-07-09"], "value": ["38243"], "category": ["killed"]}))
    assert ref.loc[0, ["subject", "scope"]].tolist() == ["people", "cumulative"]
    assert pd.isna(ref.loc[0, "location"]) and ref.loc[0, "value"] == 38243.0
    with pytest.raises(ReferenceError, match="value"):
        as_reference(pd.DataFrame({"date": ["2024-07-09"], "category": ["killed"]}))


def test_people_series_is_also_given_for_the_nationality_the_ministry_counts(tmp_path):
    path = tmp_path / "series.json"
    path.write_text(json.dumps([{"report_date": "2024-07-09", "killed_cum": 38243, "ext_killed_cum": 38243}]))
    ref = load_gaza_moh(path)
    killed = ref[ref["category"] == "killed"]
    assert sorted(killed["subject"]) == ["Gazans", "Palestinians", "people"]
    assert set(killed["value"]) == {38243.0}
