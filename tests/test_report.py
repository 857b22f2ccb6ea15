"""The HTML report: self-contained, escaped, with counts, conflicts side by side and a sortable claims table."""

from __future__ import annotations

import math
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from claimcheck import schema
from claimcheck.presenting.report import HIGHLIGHT, report

INF = math.inf
EVIL = '<img src=x onerror="window.__pwned=1">'


def _claims() -> pd.DataFrame:
    return schema.conform(
        pd.DataFrame(
            {
                "claim_id": ["c1", "c2", "c3"],
                "doc_id": ["d1", "d2", "d3"],
                "surface": ["more than 25,000", "24,000", "seven"],
                "sentence": [
                    "Officials said more than 25,000 people have been killed.",
                    f"The ministry counted 24,000 deaths {EVIL}.",
                    "Medics said seven people died.",
                ],
                "low": [25000.0, 24000.0, 7.0],
                "high": [INF, 24000.0, 7.0],
                "value": [25000.0, 24000.0, 7.0],
                "low_inclusive": [False, True, True],
                "high_inclusive": [False, True, True],
                "qualifier": ["more_than", "exact", "exact"],
                "category": ["killed", "killed", "killed"],
                "scope": ["cumulative", "cumulative", "incident"],
                "modality": ["asserted", "asserted", "asserted"],
                "source": ["Gaza's Ministry of Health", "the Hamas-run health ministry", None],
                "source_key": ["gaza-moh", "gaza-moh", None],
                "outlet": ["Outlet A", "Outlet B", "Outlet C"],
                "claim_date": ["2024-01-22", "2024-01-22", "2024-01-23"],
                "published": ["2024-01-22", "2024-01-22", "2024-01-23"],
            }
        ),
        "claims",
    )


def _conflicts() -> pd.DataFrame:
    return schema.conform(
        pd.DataFrame(
            {
                "conflict_id": ["k1", "k2"],
                "rule": ["interval_mismatch", "reference_mismatch"],
                "severity": ["warning", "error"],
                "claim_a": ["c1", "c2"],
                "claim_b": ["c2", None],
                "message": ["more than 25,000 <vs> 24,000 on 2024-01-22", "24,000 is below the reference 25,105"],
            }
        ),
        "conflicts",
    )


def _docs() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["d1", "d2", "d3"],
            "text": ["a", "b", "c"],
            "title": ["Toll passes 25,000", "<b>bold</b> title", "Strike"],
            "url": ["https://news.example/a?x=1&y=2", "javascript:alert(1)", None],
        }
    )


class _Parsed(HTMLParser):
    """Collects tags, attributes and text, so tests look at the document, not at string fragments."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Parsed:
    parsed = _Parsed()
    parsed.feed(page)
    return parsed


@pytest.fixture
def page() -> str:
    return report(_claims(), _conflicts(), docs=_docs(), plot=False, title="Gaza tolls <check>", generated="2024-02-01")


def test_report_is_one_document_with_no_external_resources(page: str) -> None:
    parsed = _parse(page)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    for tag, attrs in parsed.tags:
        assert tag != "link", "no stylesheet links"
        if tag in ("script", "img", "iframe"):
            assert not attrs.get("src") or str(attrs["src"]).startswith("data:"), (tag, attrs)
    csp = [a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in str(csp[0])


def test_article_text_is_escaped_never_injected(page: str) -> None:
    parsed = _parse(page)
    assert not any(tag == "img" for tag, _ in parsed.tags)  # EVIL stayed text
    assert EVIL in "".join(parsed.text)
    assert "<b>bold</b>" not in page and "&lt;b&gt;bold&lt;/b&gt; title" in page
    assert "Gaza tolls &lt;check&gt;" in page
    assert "more than 25,000 &lt;vs&gt; 24,000" in page


def test_only_http_links_become_anchors(page: str) -> None:
    hrefs = [a.get("href") for t, a in _parse(page).tags if t == "a"]
    assert hrefs == ["https://news.example/a?x=1&y=2"]  # d1's link, in its side of k1; d2's javascript: URL dropped
    assert "javascript:" not in page


def test_summary_counts_claims_and_conflicts_by_severity(page: str) -> None:
    counts = dict(re.findall(r'<li class="count-(\w+)"><b>([\d,]+)</b>', page))
    assert counts == {
        "documents": "3",
        "claims": "3",
        "asserted": "3",
        "sources": "2",
        "conflicts": "2",
        "errors": "1",
        "warnings": "1",
    }


def test_conflicts_show_both_sentences_with_the_figures_marked_errors_first(page: str) -> None:
    conflicts = re.findall(r'<article class="conflict sev-(\w+)" id="conflict-(\w+)">(.*?)</article>', page, re.S)
    assert [(sev, cid) for sev, cid, _ in conflicts] == [("error", "k2"), ("warning", "k1")]
    pair = conflicts[1][2]
    assert pair.count('<div class="side"') == 2
    assert '<mark class="fig">more than 25,000</mark>' in pair and '<mark class="fig">24,000</mark>' in pair
    assert "credited to Gaza&#x27;s Ministry of Health" in pair and "(25,000, inf)" in pair
    assert conflicts[0][2].count('<div class="side"') == 1  # one-claim finding


def test_claims_table_has_sortable_headings_and_sort_keys(page: str) -> None:
    tags = _parse(page).tags
    heads = [a for t, a in tags if t == "th" and a.get("data-key")]
    assert [h["data-key"] for h in heads][:5] == ["claim_id", "_date", "surface", "low", "high"]
    rows = re.findall(r'<tr id="claim-(\w+)"( class="has-conflict")?>(.*?)</tr>', page, re.S)
    assert [(cid, bool(flag)) for cid, flag, _ in rows] == [("c1", True), ("c2", True), ("c3", False)]
    assert 'data-sort="Infinity">inf</td>' in rows[0][2]
    assert "<script>" in page and "table.sortable" in page


def test_highlight_colour_is_the_documented_one(page: str) -> None:
    assert f"mark.fig {{ background: {HIGHLIGHT};" in page


def test_report_writes_the_file_atomically_and_returns_the_same_text(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.html"
    page = report(_claims(), _conflicts(), target, plot=False, generated="x")
    assert target.read_text(encoding="utf-8") == page
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]  # no temporary file left
    assert oct(os.stat(target).st_mode & 0o777) == "0o644"


def test_failed_write_leaves_the_old_file_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        report(_claims(), _conflicts(), target, plot=False)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_report_of_nothing_says_so() -> None:
    page = report(schema.empty("claims"), schema.empty("conflicts"), plot=False)
    assert "No conflicts found." in page and "No claims." in page


def test_report_embeds_the_plot_as_an_inline_png_when_matplotlib_is_there() -> None:
    pytest.importorskip("matplotlib")
    page = report(_claims(), _conflicts(), generated="x")
    imgs = [a for t, a in _parse(page).tags if t == "img"]
    assert len(imgs) == 1 and str(imgs[0]["src"]).startswith("data:image/png;base64,iVBOR")


def test_report_does_not_modify_its_inputs() -> None:
    claims, conflicts = _claims(), _conflicts()
    before_claims, before_conflicts = claims.copy(), conflicts.copy()
    report(claims, conflicts, plot=False)
    pd.testing.assert_frame_equal(claims, before_claims)
    pd.testing.assert_frame_equal(conflicts, before_conflicts)


def test_interval_bounds_print_as_whole_numbers_despite_float_error() -> None:
    claims = _claims()
    claims.loc[1, ["low", "high", "value"]] = [21000 * 0.9, 21000 * 1.1, 21000.0]  # 18900.000000000004, 23100.000...
    page = report(claims, _conflicts(), plot=False)
    assert "[18,900, 23,100]" in page and "23,100.0" not in page
