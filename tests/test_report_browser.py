"""The HTML report in a real headless Chromium: no console errors, no network, sorting works, it looks right.

Needs Debian's chromium (``.ci/install-browser``) and the ``playwright`` package,
which drives that binary (``playwright install`` is never used). In CI
(``CI=true``) a missing browser fails the test; locally it skips.
"""

from __future__ import annotations

import io
import math
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from claimcheck import schema
from claimcheck.presenting.report import HIGHLIGHT, report

INF = math.inf
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 900}
#: Where Debian's chromium package puts the browser.
CHROMIUM_PATH = Path("/usr/bin/chromium")


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def _chromium() -> str:
    found = shutil.which("chromium") or (str(CHROMIUM_PATH) if CHROMIUM_PATH.exists() else None)
    if found is None:
        message = "chromium is not installed: run .ci/install-browser"
        if _in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if _in_ci():
            pytest.fail("the playwright package is missing: pip install -e '.[test]'")
        pytest.skip("the playwright package is missing")
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def _claims() -> pd.DataFrame:
    lows = [25000.0, 24000.0, 7.0, 1200.0, 30000.0]
    return schema.conform(
        pd.DataFrame(
            {
                "claim_id": ["c1", "c2", "c3", "c4", "c5"],
                "doc_id": ["d1", "d2", "d3", "d4", "d5"],
                "surface": ["more than 25,000", "24,000", "seven", "1,200", "30,000"],
                "sentence": [
                    "Officials said more than 25,000 people have been killed.",
                    'The ministry counted 24,000 deaths <img src=x onerror="window.__pwned=1">.',
                    "Medics said seven people died.",
                    "The attack killed 1,200 people.",
                    "Another count put the toll at 30,000.",
                ],
                "low": lows,
                "high": [INF, 24000.0, 7.0, 1200.0, 30000.0],
                "value": lows,
                "qualifier": ["more_than", "exact", "exact", "exact", "exact"],
                "category": "killed",
                "scope": ["cumulative", "cumulative", "incident", "incident", "cumulative"],
                "modality": "asserted",
                "source": ["Gaza's Ministry of Health", "the Hamas-run health ministry", None, "Israeli figures", None],
                "source_key": ["gaza-moh", "gaza-moh", None, "israel", None],
                "claim_date": ["2024-01-22", "2024-01-22", "2024-01-23", "2023-10-07", None],
                "published": ["2024-01-22", "2024-01-22", "2024-01-23", "2024-01-24", None],
            }
        ),
        "claims",
    )


def _conflicts() -> pd.DataFrame:
    return schema.conform(
        pd.DataFrame(
            {
                "conflict_id": ["k1"],
                "rule": ["interval_mismatch"],
                "severity": ["error"],
                "claim_a": ["c1"],
                "claim_b": ["c2"],
                "message": ["more than 25,000 against 24,000 on 2024-01-22"],
            }
        ),
        "conflicts",
    )


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(1, 6)],
            "text": [""] * 5,
            "url": ["https://news.example/1", "javascript:window.__pwned=2", None, None, None],
            "title": ["One", "Two", "Three", "Four", "Five"],
        }
    )
    path = tmp_path_factory.mktemp("report") / "report.html"
    report(_claims(), _conflicts(), path, docs=docs, title="Browser check", generated="2024-02-01")
    return path


@pytest.fixture
def page(browser: Any, report_file: Path) -> Iterator[Any]:
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1, java_script_enabled=True)
    opened = context.new_page()
    opened.console_errors = []
    opened.requests = []
    opened.on("console", lambda msg: opened.console_errors.append(msg.text) if msg.type == "error" else None)
    opened.on("pageerror", lambda exc: opened.console_errors.append(str(exc)))
    opened.on("request", lambda req: opened.requests.append(req.url))
    opened.goto(report_file.as_uri())
    opened.wait_for_load_state("load")
    try:
        yield opened
    finally:
        context.close()


def _column(page: Any, key: str) -> list[str]:
    return page.eval_on_selector_all(
        "#claims-table tbody tr",
        """(rows, key) => {
            const heads = Array.from(document.querySelectorAll('#claims-table thead th'));
            const col = heads.findIndex(th => th.dataset.key === key);
            return rows.map(r => r.cells[col].getAttribute('data-sort'));
        }""",
        key,
    )


def test_report_loads_without_console_errors_or_network(page: Any) -> None:
    assert page.title() == "Browser check"
    assert page.console_errors == []
    assert all(url.startswith(("file:", "data:")) for url in page.requests), page.requests


def test_article_text_cannot_run_script(page: Any) -> None:
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("a[href^='javascript']").count() == 0


def test_clicking_a_heading_sorts_the_claims_and_clicking_again_reverses(page: Any) -> None:
    assert _column(page, "claim_id") == ["c1", "c2", "c3", "c4", "c5"]
    low = page.locator("#claims-table th[data-key='low'] button")
    low.click()
    assert _column(page, "low") == ["7.0", "1200.0", "24000.0", "25000.0", "30000.0"]
    assert page.get_attribute("#claims-table th[data-key='low']", "aria-sort") == "ascending"
    low.click()
    assert _column(page, "low") == ["30000.0", "25000.0", "24000.0", "1200.0", "7.0"]
    page.locator("#claims-table th[data-key='high'] button").click()
    assert _column(page, "high") == ["7.0", "1200.0", "24000.0", "30000.0", "Infinity"]
    page.locator("#claims-table th[data-key='_date'] button").click()
    # an incident is reported when published (c4: 2024-01-24, not the 2023 attack date); c5 has no date: last
    assert _column(page, "_date") == ["2024-01-22", "2024-01-22", "2024-01-23", "2024-01-24", ""]
    assert _column(page, "claim_id")[3:] == ["c4", "c5"]
    page.locator("#claims-table th[data-key='_source'] button").click()
    assert _column(page, "_source") == ["(unattributed)", "(unattributed)", "gaza-moh", "gaza-moh", "israel"]
    assert page.console_errors == []


def test_conflict_shows_both_sentences_side_by_side(page: Any) -> None:
    sides = page.locator("#conflict-k1 .side")
    assert sides.count() == 2
    a, b = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    assert a["x"] + a["width"] <= b["x"] and abs(a["y"] - b["y"]) < 2  # next to each other, not stacked
    assert sides.nth(0).locator("mark.fig").inner_text() == "more than 25,000"
    assert sides.nth(1).locator("mark.fig").inner_text() == "24,000"


def test_screenshot_is_not_blank_and_shows_the_highlighted_figures(page: Any, tmp_path: Path) -> None:
    from PIL import Image

    shot = tmp_path / "report.png"
    page.locator("#conflicts").scroll_into_view_if_needed()
    page.screenshot(path=str(shot), full_page=True)
    image = Image.open(io.BytesIO(shot.read_bytes())).convert("RGB")
    width, height = image.size
    assert width == VIEWPORT["width"] and height > VIEWPORT["height"]  # the whole page, longer than one screen
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # text, plot and table, not a blank page
    highlight = tuple(int(HIGHLIGHT[i : i + 2], 16) for i in (1, 3, 5))
    marked = sum(n for n, rgb in colours if rgb == highlight)
    marks = page.locator("mark.fig").count()
    assert marks == 7  # 2 in the conflict, 5 in the table
    assert marked > marks * 100  # each mark is at least a word's worth of highlight pixels
    white = sum(n for n, rgb in colours if rgb == (255, 255, 255))
    assert white < width * height * 0.97


def test_missing_browser_fails_in_ci_and_skips_only_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(sys.modules[__name__], "CHROMIUM_PATH", Path("/nonexistent/chromium"))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="install-browser"):
        _chromium()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        _chromium()
