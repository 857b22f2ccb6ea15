"""Renderers: SARIF and JUnit validate against their schemas; text, Markdown, JSON and HTML say what was found."""

from __future__ import annotations

import json
import math
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from cli_frames import FIRST, LATER, claims, conflicts

from claimcheck import schema
from claimcheck.presenting import formats
from claimcheck.presenting.groups import finding_groups, format_interval

SCHEMAS = Path(__file__).parent / "schemas"


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft4Validator:
    body = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(body)


@pytest.fixture(scope="module")
def junit_schema() -> object:
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(SCHEMAS / "junit-10.xsd"))


def docs() -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "doc_id": ["a.txt", "b.txt"],
            "text": [FIRST, "Headline\n\n" + LATER],
            "path": ["news/a.txt", "news/b.txt"],
            "line": [1, 3],
        }
    )
    return schema.conform(frame, "documents")


CASES = {
    "one error": (conflicts("error"), claims()),
    "one warning": (conflicts("warning"), claims()),
    "clean": (schema.empty("conflicts"), claims()),
    "nothing at all": (schema.empty("conflicts"), schema.empty("claims")),
}


@pytest.mark.parametrize("case", CASES)
def test_sarif_validates_against_the_sarif_2_1_0_schema(case: str, sarif_validator: jsonschema.Draft4Validator) -> None:
    found, claimed = CASES[case]
    log = json.loads(formats.to_sarif(found, claimed, docs=docs(), version="0.1.0"))
    errors = sorted(sarif_validator.iter_errors(log), key=str)
    assert errors == []
    assert len(log["runs"][0]["results"]) == len(found)


def test_sarif_result_points_at_the_file_and_line_of_each_claim() -> None:
    log = json.loads(formats.to_sarif(conflicts(), claims(), docs=docs()))
    result = log["runs"][0]["results"][0]
    assert result["ruleId"] == "total_decreased" and result["level"] == "error"
    first = result["locations"][0]["physicalLocation"]
    second = result["relatedLocations"][0]["physicalLocation"]
    assert first["artifactLocation"]["uri"] == "news/a.txt" and first["region"]["startLine"] == 1
    assert second["artifactLocation"]["uri"] == "news/b.txt" and second["region"]["startLine"] == 5
    assert len(result["partialFingerprints"]["claimcheck/v1"]) == 16


@pytest.mark.parametrize("case", CASES)
def test_junit_validates_against_the_junit_xsd(case: str, junit_schema: object) -> None:
    found, claimed = CASES[case]
    xml = formats.to_junit(found, claimed)
    junit_schema.validate(xml)  # type: ignore[attr-defined]  # raises on any violation


@pytest.mark.parametrize(
    "severity, fail_on, failures",
    [("error", "error", 1), ("warning", "error", 0), ("warning", "warning", 1), ("error", "never", 0)],
)
def test_junit_fails_only_findings_at_or_above_fail_on(severity: str, fail_on: str, failures: int) -> None:
    xml = formats.to_junit(conflicts(severity), claims(), fail_on=fail_on)
    assert f'failures="{failures}"' in xml
    assert xml.count("<failure") == failures


def test_junit_drops_characters_xml_cannot_hold(junit_schema: object) -> None:
    hostile = conflicts()
    hostile.loc[0, "message"] = "toll\x00 fell\x0b from 40\x1f to 12"
    xml = formats.to_junit(hostile, claims())
    junit_schema.validate(xml)  # type: ignore[attr-defined]
    assert "toll fell from 40 to 12" in xml


def test_json_lists_each_conflict_with_both_claims_and_null_for_unbounded() -> None:
    body = json.loads(formats.render("json", conflicts(), claims(), version="0.1.0"))
    assert body["summary"] == {"documents": 2, "claims": 2, "conflicts": 1, "by_severity": {"error": 1}}
    entry = body["conflicts"][0]
    assert [c["surface"] for c in entry["claims"]] == ["At least 40", "12"]
    assert entry["claims"][0]["high"] is None and entry["claims"][1]["high"] == 12.0
    assert entry["claims"][0]["claim_date"] == "2024-03-04"
    assert len(entry["fingerprint"]) == 16


@pytest.mark.parametrize(
    "found, expected",
    [(conflicts(), "1 conflict (1 error)"), (schema.empty("conflicts"), "no conflicts")],
)
def test_text_lists_claims_then_conflicts_or_no_conflicts(found: pd.DataFrame, expected: str) -> None:
    text = formats.render("text", found, claims(), tty=False)
    assert text.startswith("2 claims in 2 documents")
    assert expected in text
    assert "At least 40\tkilled\tat_least\t≥40" in text  # a pipe gets tab-separated plain rows


def test_text_on_a_terminal_is_aligned_and_fits_the_width() -> None:
    text = formats.render("text", conflicts(), claims(), tty=True, width=100)
    lines = [line for line in text.splitlines() if line]
    assert "\t" not in text
    assert all(len(line) <= 100 for line in lines)
    assert any(line.startswith("doc_id ") for line in lines)


def test_markdown_escapes_pipes_in_cells() -> None:
    found = conflicts()
    found.loc[0, "message"] = "40 | 12"
    text = formats.render("markdown", found, claims())
    assert "40 \\| 12" in text and "## Conflicts" in text


def test_html_is_a_whole_page_with_the_message_escaped() -> None:
    found = conflicts()
    found.loc[0, "message"] = "<script>alert(1)</script> toll fell"
    page = formats.render("html", found, claims())
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert "<script>alert(1)</script>" not in page and "toll fell" in page


@pytest.mark.parametrize(
    "low, high, lo_inc, hi_inc, text",
    [
        (40, math.inf, True, False, "≥40"),
        (300, math.inf, False, False, ">300"),
        (0, 12, True, False, "<12"),
        (0, 50, True, True, "≤50"),
        (38000, 38000, True, True, "38,000"),
        (2.5, 7.25, True, True, "2.5–7.25"),
        (float("nan"), float("nan"), True, True, ""),
    ],
)
def test_intervals_read_as_people_write_them(low: float, high: float, lo_inc: bool, hi_inc: bool, text: str) -> None:
    assert format_interval(low, high, lo_inc, hi_inc) == text


@pytest.mark.parametrize("tty", [True, False])
def test_explain_shows_both_sentences_with_the_figure_marked(tty: bool) -> None:
    row = conflicts().iloc[0].to_dict()
    text = formats.explain(row, claims(), tty=tty, width=160)
    assert "total_decreased" in text
    if tty:
        assert "│" in text and "\x1b[1mAt least 40\x1b[0m" in text
    else:
        assert "»At least 40« people were killed" in text and "fell to »12«" in text


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        formats.render("yaml", conflicts(), claims())


def _grouped() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Five figures of two quantities on one day: three killed figures and two injured ones."""
    from claims_helper import make_claims

    from claimcheck import check

    found = make_claims(
        dict(figure="10", source="police"),
        dict(figure="40"),
        dict(figure="90", source="the UN"),
        dict(figure="5", category="injured"),
        dict(figure="8", category="injured"),
    )
    return check(found), found


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_group_is_shown_once_with_its_figures_side_by_side_farthest_apart_first(fmt: str) -> None:
    found, claimed = _grouped()
    text = formats.render(fmt, found, claimed, show_claims=False)
    killed = text.index("killed, 2024-07-09: 3 figures in 3 documents")
    injured = text.index("injured, 2024-07-09: 2 figures in 2 documents")
    assert killed < injured  # 10 to 90 lie farther apart than 5 to 8
    assert text.count("3 figures in 3 documents") == 1
    block = text[killed:injured]
    assert block.index("the UN") < block.index("police")  # highest figure first
    assert all(cid in block for cid in found.loc[found["claim_a"] != "c3", "conflict_id"])


def test_groups_of_findings_without_a_group_are_one_finding_each() -> None:
    found = finding_groups(conflicts(), claims())
    assert [len(g.findings) for g in found] == [1]
    assert [c["claim_id"] for c in found[0].figures] == ["a.txt#0", "b.txt#0"]


@pytest.mark.parametrize("fmt", sorted(formats.STREAMED))
@pytest.mark.parametrize("which", ["grouped", "one", "none"])
def test_a_streamed_report_in_pieces_is_the_rendered_report(fmt: str, which: str) -> None:
    found, claimed = _grouped() if which == "grouped" else (conflicts(), claims())
    if which == "none":
        found = found.iloc[:0]
    pieces = list(formats.iter_render(fmt, found, claimed, version="0.1.0"))
    assert "".join(pieces) == formats.render(fmt, found, claimed, version="0.1.0")
    assert len(pieces) >= len(found)  # at least a piece per finding: none holds the whole report


def test_json_lines_give_one_finding_per_line_with_its_claims() -> None:
    found, claimed = _grouped()
    lines = formats.render("jsonl", found, claimed).splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["conflict_id"] for r in rows] == found["conflict_id"].tolist()
    assert all(len(r["claims"]) == 2 and "others" in r and "group" in r for r in rows)


def test_html_shows_a_group_once_with_its_figures_before_its_findings() -> None:
    found, claimed = _grouped()
    page = formats.render("html", found, claimed)
    start = page.index('<section class="group"><h3>killed, 2024-07-09: 3 figures in 3 documents')
    block = page[start : page.index("</section>", start)]
    assert block.index('<table class="figures">') < block.index('<article class="conflict')
    assert block.count('<article class="conflict') == int((found["claim_a"] != "c3").sum())
    assert block.index("the UN") < block.index("police")
