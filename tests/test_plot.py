"""The timeline plot: one mark per claim, open ends drawn as such, conflicts and reference drawn; PNG and SVG."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("matplotlib")

import matplotlib  # noqa: E402

matplotlib.use("Agg")

from claimcheck import schema  # noqa: E402
from claimcheck.presenting import plot  # noqa: E402

INF = math.inf
SVG = "{http://www.w3.org/2000/svg}"


def _claims() -> pd.DataFrame:
    return schema.conform(
        pd.DataFrame(
            {
                "claim_id": ["c1", "c2", "c3", "c4", "c5", "c6"],
                "category": ["killed", "killed", "killed", "killed", "injured", "killed"],
                "scope": ["cumulative"] * 4 + ["cumulative", "incident"],
                "modality": ["asserted", "asserted", "asserted", "projected", "asserted", "asserted"],
                "low": [25000.0, 23000.0, 28000.0, 30000.0, 60000.0, 7.0],
                "high": [INF, 24000.0, 28000.0, INF, 60000.0, 7.0],
                "low_inclusive": [False, True, True, True, True, True],
                "high_inclusive": [False, False, True, False, True, True],
                "value": [25000.0, 24000.0, 28000.0, 30000.0, 60000.0, 7.0],
                "implied_high": [26000.0, 24000.0, 28000.0, 40000.0, 60000.0, 7.0],
                "source": [
                    "Gaza's Ministry of Health",
                    "the Hamas-run health ministry",
                    "medics",
                    None,
                    None,
                    "medics",
                ],
                "source_key": ["gaza-moh", "gaza-moh", None, None, None, None],
                "claim_date": ["2024-01-22", "2024-01-22", "2024-02-10", "2024-02-12", "2024-02-12", "2024-02-12"],
                "published": ["2024-01-22", "2024-01-22", "2024-02-10", "2024-02-12", "2024-02-12", "2024-02-12"],
            }
        ),
        "claims",
    )


def _conflicts() -> pd.DataFrame:
    return schema.conform(
        pd.DataFrame(
            {
                "conflict_id": ["k1", "k2", "k3"],
                "rule": ["interval_mismatch", "reference_mismatch", "interval_mismatch"],
                "severity": ["error", "warning", "error"],
                "claim_a": ["c1", "c3", "c5"],  # k3 is about an injured claim: not on a killed timeline
                "claim_b": ["c2", None, "c6"],
            }
        ),
        "conflicts",
    )


def _reference() -> pd.DataFrame:
    dates = pd.date_range("2023-10-07", "2024-04-30")
    return pd.DataFrame(
        {
            "date": list(dates) * 2,
            "value": [20000.0 + 60 * i for i in range(len(dates))] + [50000.0 + 100 * i for i in range(len(dates))],
            "category": ["killed"] * len(dates) + ["injured"] * len(dates),
        }
    )


def _ids(svg: Path, prefix: str) -> list[str]:
    root = ET.parse(svg).getroot()
    return sorted(el.get("id", "") for el in root.iter(f"{SVG}g") if el.get("id", "").startswith(prefix))


@pytest.fixture
def saved(tmp_path: Path) -> list[Path]:
    fig = plot.timeline(_claims(), _conflicts(), _reference(), category="killed")
    return plot.save(fig, tmp_path / "timeline")


def test_save_writes_a_valid_png_and_svg(saved: list[Path]) -> None:
    png, svg = saved
    assert png.name == "timeline.png" and svg.name == "timeline.svg"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert ET.parse(svg).getroot().tag == f"{SVG}svg"


def test_svg_has_one_interval_mark_per_cumulative_killed_claim(saved: list[Path]) -> None:
    assert _ids(saved[1], "interval-") == ["interval-c1", "interval-c2", "interval-c3", "interval-c4"]


def test_open_upper_ends_are_drawn_as_open_triangles(saved: list[Path]) -> None:
    assert _ids(saved[1], "openend-") == ["openend-c1", "openend-c4"]


def test_bounds_are_marked_except_where_a_claim_is_a_single_point(saved: list[Path]) -> None:
    # c3 is exactly 28,000: a dot, no separate bounds; c2 is [23,000, 24,000): both ends.
    assert _ids(saved[1], "bound-") == ["bound-high-c2", "bound-low-c1", "bound-low-c2", "bound-low-c4"]


def test_conflicts_on_the_timeline_are_marked_and_others_left_out(saved: list[Path]) -> None:
    assert _ids(saved[1], "conflict-") == ["conflict-k1", "conflict-k2"]


def test_reference_series_is_drawn_near_the_claims_only(tmp_path: Path) -> None:
    fig = plot.timeline(_claims(), reference=_reference())
    (line,) = [ln for ln in fig.axes[0].get_lines() if ln.get_gid() == "reference"]
    ys = line.get_ydata()
    assert len(ys) < 60 and min(ys) > 20000.0 + 60 * 80  # only the weeks around Jan-Feb 2024, killed only
    svg = plot.save(fig, tmp_path / "ref", formats=("svg",))[0]
    assert _ids(svg, "reference") == ["reference"]


def test_claims_are_coloured_by_source_key_falling_back_to_source() -> None:
    fig = plot.timeline(_claims())
    colour = {ln.get_gid(): ln.get_color() for ln in fig.axes[0].get_lines() if ln.get_gid()}
    assert colour["interval-c1"] == colour["interval-c2"]  # one ministry, two wordings
    assert colour["interval-c1"] != colour["interval-c3"]
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "gaza-moh" in legend and "medics" in legend


def test_projected_claims_are_dotted() -> None:
    fig = plot.timeline(_claims())
    style = {ln.get_gid(): ln.get_linestyle() for ln in fig.axes[0].get_lines() if ln.get_gid()}
    assert style["interval-c4"] == ":" and style["interval-c1"] == "-"


def test_scope_none_draws_incidents_too() -> None:
    fig = plot.timeline(_claims(), scope=None, zero_based=True)
    gids = {ln.get_gid() for ln in fig.axes[0].get_lines()}
    assert "interval-c6" in gids
    assert fig.axes[0].get_ylim()[0] == 0.0


def test_timeline_draws_into_a_given_axes_and_does_not_modify_inputs() -> None:
    from matplotlib.figure import Figure

    claims, conflicts = _claims(), _conflicts()
    before = claims.copy()
    fig = Figure()
    ax = fig.add_subplot()
    assert plot.timeline(claims, conflicts, ax=ax) is fig
    pd.testing.assert_frame_equal(claims, before)


def test_empty_claims_give_an_empty_but_valid_figure(tmp_path: Path) -> None:
    fig = plot.timeline(schema.empty("claims"), schema.empty("conflicts"))
    svg = plot.save(fig, tmp_path / "empty", formats=("svg",))[0]
    assert _ids(svg, "interval-") == []


def test_reference_without_value_column_is_refused() -> None:
    with pytest.raises(ValueError, match="'value'"):
        plot.timeline(_claims(), reference=pd.DataFrame({"date": ["2024-01-01"]}))


def test_missing_matplotlib_gives_an_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_matplotlib(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("matplotlib"):
            raise ImportError("No module named 'matplotlib'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    with pytest.raises(ImportError, match=r"claimcheck\[plot\]"):
        plot.timeline(_claims())


def test_reference_breakdowns_are_left_out_unless_asked_for() -> None:
    ref = _reference().assign(subject="people")
    children = ref[ref["category"] == "killed"].assign(subject="children", value=lambda f: f["value"] / 3)
    both = pd.concat([ref, children], ignore_index=True)

    def drawn(**kwargs: object) -> list[float]:
        fig = plot.timeline(_claims(), reference=both, **kwargs)  # type: ignore[arg-type]
        (line,) = [ln for ln in fig.axes[0].get_lines() if ln.get_gid() == "reference"]
        return list(line.get_ydata())

    assert min(drawn()) > 20000.0  # people only: the children's series is not mixed in
    assert max(drawn(reference_subject="children")) < 20000.0
