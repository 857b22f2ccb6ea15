"""docs/tutorial.ipynb runs top to bottom and writes what it says: timeline PNG/SVG, HTML report, ClaimReview."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

import claimcheck  # noqa: E402
import claimcheck.presenting.accessor  # noqa: E402,F401  (registers .claimcheck, as importing claimcheck does)

DOCS = Path(__file__).resolve().parents[1] / "docs"
NOTEBOOK = DOCS / "tutorial.ipynb"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Path]:
    out = tmp_path_factory.mktemp("tutorial")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    mp = pytest.MonkeyPatch()
    mp.setenv("CLAIMCHECK_TUTORIAL_OUT", str(out))
    mp.setenv("MPLBACKEND", "Agg")
    try:
        client = nbclient.NotebookClient(
            nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(DOCS)}}
        )
        client.execute()  # raises CellExecutionError on the first failing cell
    finally:
        mp.undo()
    return nb, out


def _expected_claims() -> pd.DataFrame:
    """The same extraction the notebook runs, to compare its drawings against."""
    return claimcheck.extract(claimcheck.read_corpus(DOCS / "tutorial-corpus"))


def test_tutorial_runs_without_errors(executed: tuple[object, Path]) -> None:
    nb, _ = executed
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]  # type: ignore[attr-defined]
    assert errors == []
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")  # type: ignore[attr-defined]


def test_tutorial_reads_all_six_articles_with_their_metadata(executed: tuple[object, Path]) -> None:
    docs = claimcheck.read_corpus(DOCS / "tutorial-corpus")
    assert len(docs) == 6 and docs["published"].notna().all() and docs["outlet"].notna().all()


def test_tutorial_timeline_has_one_mark_per_cumulative_killed_claim(executed: tuple[object, Path]) -> None:
    _, out = executed
    png, svg = out / "tutorial-timeline.png", out / "tutorial-timeline.svg"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    root = ET.parse(svg).getroot()
    drawn = sorted(
        el.get("id", "")[len("interval-") :] for el in root.iter(f"{SVG}g") if el.get("id", "").startswith("interval-")
    )
    claims = _expected_claims().claimcheck.quantity(category="killed", scope="cumulative")
    assert drawn == sorted(claims["claim_id"].astype(str))
    assert any(el.get("id") == "reference" for el in root.iter(f"{SVG}g"))


def test_tutorial_report_is_written_with_every_claim(executed: tuple[object, Path]) -> None:
    _, out = executed
    page = (out / "tutorial-report.html").read_text(encoding="utf-8")
    assert "<title>Gaza death toll: six articles checked</title>" in page
    for claim_id in _expected_claims()["claim_id"]:
        assert f'<tr id="claim-{claim_id}"' in page


def test_tutorial_exports_claimreview_json_ld(executed: tuple[object, Path]) -> None:
    _, out = executed
    reviews = json.loads((out / "claimreview.jsonld").read_text(encoding="utf-8"))
    claims = _expected_claims()
    assert len(reviews) == int(claims["modality"].eq("asserted").sum())
    assert all(r["@type"] == "ClaimReview" for r in reviews)


def test_committed_timeline_image_is_a_png() -> None:
    image = DOCS / "tutorial-timeline.png"
    assert image.exists(), "regenerate it: see docs/notebook.md"
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
