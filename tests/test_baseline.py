"""Baselines: fingerprints survive re-runs and reordering; only new findings get through."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from cli_frames import claims, conflicts

from claimcheck import schema
from claimcheck.presenting import baseline


def test_fingerprint_ignores_conflict_ids_row_order_and_claim_ids() -> None:
    before = baseline.fingerprints(conflicts(), claims())
    renamed_claims = claims().assign(claim_id=["c-9", "c-3"])[::-1].reset_index(drop=True)
    renamed = conflicts().assign(conflict_id=["k0042"], claim_a=["c-9"], claim_b=["c-3"])
    assert baseline.fingerprints(renamed, renamed_claims) == before


def test_fingerprint_is_the_same_when_the_pair_is_swapped() -> None:
    swapped = conflicts().assign(claim_a=["b.txt#0"], claim_b=["a.txt#0"], doc_a=["b.txt"], doc_b=["a.txt"])
    assert baseline.fingerprints(swapped, claims()) == baseline.fingerprints(conflicts(), claims())


@pytest.mark.parametrize(
    "change",
    [
        {"rule": "interval_mismatch"},
        {"doc_b": "c.txt"},
    ],
)
def test_fingerprint_changes_when_the_finding_changes(change: dict[str, str]) -> None:
    changed_claims = claims()
    if "doc_b" in change:
        changed_claims.loc[1, "doc_id"] = change["doc_b"]
    changed = conflicts().assign(**{k: [v] for k, v in change.items()})
    assert baseline.fingerprints(changed, changed_claims) != baseline.fingerprints(conflicts(), claims())


def test_repeated_surface_in_one_document_gets_distinct_fingerprints() -> None:
    many = pd.concat([claims(), claims().iloc[[1]].assign(claim_id="b.txt#1", start=90)], ignore_index=True)
    found = pd.concat([conflicts(), conflicts().assign(conflict_id="k0002", claim_b="b.txt#1")], ignore_index=True)
    prints = baseline.fingerprints(schema.conform(found, "conflicts"), schema.conform(many, "claims"))
    assert len(set(prints)) == 2


def test_write_then_read_round_trips_and_filters_known_findings(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    assert baseline.write_baseline(path, conflicts(), claims()) == 1
    known = baseline.read_baseline(path)
    assert baseline.new_findings(conflicts(), claims(), known).empty
    other = conflicts().assign(rule=["interval_mismatch"], conflict_id=["k0009"])
    both = schema.conform(pd.concat([conflicts(), other], ignore_index=True), "conflicts")
    assert baseline.new_findings(both, claims(), known)["conflict_id"].tolist() == ["k0009"]


def test_baseline_file_is_stable_text_for_review(tmp_path: Path) -> None:
    one, two = tmp_path / "1.json", tmp_path / "2.json"
    baseline.write_baseline(one, conflicts(), claims())
    baseline.write_baseline(two, conflicts().assign(conflict_id=["other"]), claims()[::-1])
    assert one.read_text() == two.read_text()
    entry = json.loads(one.read_text())["findings"][0]
    assert entry["rule"] == "total_decreased" and entry["doc_a"] == "a.txt"


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "baseline file not found"),
        ("{not json", "baseline.json:1: baseline is not valid JSON"),
        ('{"something": []}', "not a claimcheck baseline"),
        ('{"claimcheck_baseline": 99, "findings": []}', "baseline version 99"),
        ('{"claimcheck_baseline": 1, "findings": [{"rule": "x"}]}', "finding 0 has no 'fingerprint'"),
    ],
)
def test_bad_baseline_files_raise_an_error_naming_the_file(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(baseline.BaselineError, match=message) as raised:
        baseline.read_baseline(path)
    assert str(path) in str(raised.value)
