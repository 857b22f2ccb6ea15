"""The command line, in-process: exit codes, one-line errors, outputs, baselines, configuration."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from cli_frames import FIRST, LATER, claims, conflicts

import claimcheck
from claimcheck import cli, schema
from claimcheck.reading import atomic

# The package exports functions named like their modules; patch the modules themselves.
EXTRACT_MODULE = importlib.import_module("claimcheck.extraction.extract")
CHECK_MODULE = importlib.import_module("claimcheck.checking.check")


class FakePipeline:
    """Stands in for extract and check so CLI behaviour is tested on known frames."""

    def __init__(self, severity: str | None = "error") -> None:
        self.severity = severity
        self.extract_options: dict[str, Any] = {}
        self.check_options: dict[str, Any] = {}

    def extract(self, docs: pd.DataFrame, **options: Any) -> pd.DataFrame:
        self.extract_options = options
        known = claims()
        return known[known["doc_id"].isin(docs["doc_id"])].reset_index(drop=True)

    def check(self, found: pd.DataFrame, **options: Any) -> pd.DataFrame:
        self.check_options = options
        if self.severity is None or len(found) < 2:
            return schema.empty("conflicts")
        out = conflicts(self.severity)
        if options.get("rules") is not None:  # as the real check does: run only the rules asked for
            out = out[out["rule"].isin(options["rules"])].reset_index(drop=True)
        return out


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the two articles; the working directory has no configuration file."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b.txt").write_text(LATER, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def fake(monkeypatch: pytest.MonkeyPatch, severity: str | None = "error") -> FakePipeline:
    pipeline = FakePipeline(severity)
    monkeypatch.setattr(EXTRACT_MODULE, "extract", pipeline.extract)
    monkeypatch.setattr(CHECK_MODULE, "check", pipeline.check)
    return pipeline


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "severity, extra, code",
    [
        (None, [], 0),
        ("error", [], 1),
        ("error", ["--fail-on", "never"], 0),
        ("warning", [], 0),
        ("warning", ["--fail-on", "warning"], 1),
    ],
)
def test_exit_code_follows_findings_and_fail_on(
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    severity: str | None,
    extra: list[str],
    code: int,
) -> None:
    fake(monkeypatch, severity)
    got, out, err = run(capsys, "check", "articles", *extra)
    assert got == code
    assert "2 claims in 2 documents" in out
    assert ("no conflicts" in out) == (severity is None)
    assert "read 2 documents" in err


def test_a_known_conflict_prints_its_message_in_plain_text_when_piped(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake(monkeypatch)
    code, out, _ = run(capsys, "check", "articles")
    assert code == 1
    assert "1 conflict (1 error)" in out
    assert "k0001\terror\ttotal_decreased\ta.txt vs b.txt\tkilled in Springfield fell" in out


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["check", "no-such-folder"], "no-such-folder: no such file or directory"),
        (["check", "articles", "--baseline", "missing.json"], "missing.json: baseline file not found"),
        (["check", "articles", "--reference", "missing.json"], "missing.json: reference file not found"),
        (["check", "articles", "--config", "nope.toml"], "nope.toml"),
        (["extract", "articles", "-o", "claims.xlsx"], "claims.xlsx: claims can be written as .csv, .parquet, .jsonl"),
        (["explain", "k9999", "articles"], "no conflict 'k9999'"),
        (["check", "articles", "--format", "yaml"], "invalid choice: 'yaml'"),
        (["check"], "the following arguments are required: PATH"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_user_errors_exit_2_with_one_line_and_no_traceback(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    fake(monkeypatch)
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert expected in err
    assert "Traceback" not in err
    assert len([line for line in err.splitlines() if "error" in line]) == 1


def test_an_invalid_configuration_names_the_file_and_exits_2(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake(monkeypatch)
    Path("claimcheck.toml").write_text("tolerance = 5\n")
    code, _, err = run(capsys, "check", "articles")
    assert code == 2
    assert "claimcheck.toml: tolerance must be a number" in err


def test_configuration_feeds_extract_options_fail_on_and_ignored_rules(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pipeline = fake(monkeypatch, "warning")
    Path("pyproject.toml").write_text(
        "[tool.claimcheck]\ntolerance = 0.2\nfail-on = 'warning'\n[tool.claimcheck.vague-ranges]\ndozens = [20, 99]\n"
    )
    code, _, _ = run(capsys, "check", "articles")
    assert code == 1  # fail-on = warning from the file
    assert pipeline.extract_options == {"tolerance": 0.2, "vague_ranges": {"dozens": (20.0, 99.0)}}
    code, out, _ = run(capsys, "check", "articles", "--ignore-rule", "total_decreased")
    assert code == 0 and "no conflicts" in out
    assert pipeline.check_options == {"rules": [r for r in claimcheck.checking.rules.names() if r != "total_decreased"]}


def test_no_config_ignores_the_configuration(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pipeline = fake(monkeypatch, None)
    Path("claimcheck.toml").write_text("tolerance = 0.3\n")
    assert run(capsys, "check", "articles", "--no-config")[0] == 0
    assert pipeline.extract_options == {}


def test_write_baseline_then_only_new_findings_fail(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake(monkeypatch)
    code, _, err = run(capsys, "check", "articles", "--write-baseline")
    assert code == 0 and "1 finding recorded" in err
    assert Path("claimcheck-baseline.json").is_file()
    code, out, err = run(capsys, "check", "articles", "--baseline", "claimcheck-baseline.json")
    assert code == 0 and "no conflicts" in out and "1 known finding not shown" in err
    Path("claimcheck-baseline.json").write_text('{"claimcheck_baseline": 1, "findings": []}')
    assert run(capsys, "check", "articles", "--baseline", "claimcheck-baseline.json")[0] == 1


def test_baseline_path_from_configuration(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake(monkeypatch)
    Path("claimcheck.toml").write_text("baseline = 'ci/known.json'\n")
    Path("ci").mkdir()
    code, _, err = run(capsys, "check", "articles")
    assert code == 1 and "does not exist yet" in err
    assert run(capsys, "check", "articles", "--write-baseline")[0] == 0
    assert Path("ci/known.json").is_file()
    assert run(capsys, "check", "articles")[0] == 0


@pytest.mark.parametrize(
    "name, fmt, marker",
    [
        ("report.sarif", None, '"version": "2.1.0"'),
        ("report.xml", None, "<testsuites"),
        ("report.md", None, "## Conflicts"),
        ("report.html", None, "<!DOCTYPE html>"),
        ("report.out", "json", '"conflicts": ['),
    ],
)
def test_output_file_format_follows_its_suffix_or_format(
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    fmt: str | None,
    marker: str,
) -> None:
    fake(monkeypatch)
    code, out, err = run(capsys, "check", "articles", "-o", name, *(["--format", fmt] if fmt else []))
    assert code == 1 and out == ""
    assert marker in Path(name).read_text(encoding="utf-8")
    assert f"report written to {name}" in err
    assert [p.name for p in Path(".").glob(".*.tmp")] == []


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old report")

    def half_then_fail(tmp: Path) -> None:
        tmp.write_text("half a rep")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        atomic.write_with(target, half_then_fail)
    assert target.read_text() == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_extract_writes_every_claim_column(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    fake(monkeypatch)
    code, _, err = run(capsys, "extract", "articles", "-o", f"claims{suffix}")
    assert code == 0 and "2 claims written" in err
    path = Path(f"claims{suffix}")
    back = {".csv": pd.read_csv, ".jsonl": lambda p: pd.read_json(p, lines=True), ".parquet": pd.read_parquet}[suffix](
        path
    )
    assert list(back.columns[: len(schema.CLAIM_COLUMNS)]) == list(schema.CLAIM_COLUMNS)
    assert back["surface"].astype(str).tolist() == ["At least 40", "12"]


def test_extract_prints_a_table_without_output_file(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake(monkeypatch)
    code, out, _ = run(capsys, "extract", "articles")
    assert code == 0
    assert out.splitlines()[0].split("\t")[:3] == ["doc_id", "surface", "category"]
    assert len(out.splitlines()) == 3


def test_skipped_files_are_listed_and_strict_makes_them_fatal(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake(monkeypatch, None)
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.5 ...")
    code, _, err = run(capsys, "check", "articles")
    assert code == 0
    assert "skipped articles/scan.pdf: binary file (PDF document)" in err
    assert "read 2 documents; skipped 1 (binary file: 1)" in err
    assert run(capsys, "check", "articles", "--strict")[0] == 2


def test_quiet_silences_the_summary(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake(monkeypatch, None)
    code, _, err = run(capsys, "check", "articles", "-q")
    assert code == 0 and err == ""


def test_nothing_readable_is_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake(monkeypatch)
    monkeypatch.chdir(tmp_path)
    Path("only.pdf").write_bytes(b"%PDF-1.5")
    code, _, err = run(capsys, "check", "only.pdf")
    assert code == 2 and "no document could be read" in err


def test_jsonl_line_errors_name_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake(monkeypatch, None)
    monkeypatch.chdir(tmp_path)
    Path("feed.jsonl").write_text(json.dumps({"text": FIRST}) + "\n{broken\n")
    code, _, err = run(capsys, "check", "feed.jsonl")
    assert code == 0
    assert "skipped feed.jsonl:2: invalid JSON" in err


@pytest.mark.parametrize("by", ["id", "fingerprint"])
def test_explain_shows_both_sentences(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], by: str
) -> None:
    from claimcheck.presenting.baseline import fingerprints

    fake(monkeypatch)
    wanted = "k0001" if by == "id" else fingerprints(conflicts(), claims())[0][:8]
    code, out, _ = run(capsys, "explain", wanted, "articles")
    assert code == 0
    assert "»At least 40« people were killed" in out and "fell to »12«" in out


@pytest.mark.parametrize("command", ["extract", "check", "explain"])
def test_every_command_has_help_with_examples(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert "examples:" in out and f"claimcheck {command}" in out


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys)
    assert code == 2 and "COMMAND" in err


def test_a_bug_is_exit_3_with_one_line(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(docs: pd.DataFrame, **options: Any) -> pd.DataFrame:
        raise ZeroDivisionError("oops")

    monkeypatch.setattr(EXTRACT_MODULE, "extract", broken)
    code, _, err = run(capsys, "check", "articles")
    assert code == 3
    assert "internal error: ZeroDivisionError: oops" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "tty, ci, quiet, wanted",
    [(True, "", False, True), (True, "true", False, False), (False, "", False, False), (True, "", True, False)],
)
def test_progress_bar_only_for_a_person_at_a_terminal(
    monkeypatch: pytest.MonkeyPatch, tty: bool, ci: str, quiet: bool, wanted: bool
) -> None:
    import argparse
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty, raising=False)
    monkeypatch.setenv("CI", ci)
    assert cli._progress_wanted(argparse.Namespace(quiet=quiet)) is wanted


def test_end_to_end_a_falling_toll_fails_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    Path("news/one.md").write_text(
        "---\npublished: 2024-03-04\n---\nThe death toll in Springfield has reached 40 "
        "since the floods began, officials said.\n"
    )
    Path("news/two.md").write_text(
        "---\npublished: 2024-03-07\n---\nThe death toll in Springfield since the floods "
        "began stands at 12, officials said.\n"
    )
    code, out, _ = run(capsys, "check", "news")
    assert code == 1
    assert "total_decreased" in out


def test_end_to_end_one_article_is_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("one.txt").write_text("At least 40 people were killed in Springfield on Monday, officials said.\n")
    code, out, _ = run(capsys, "check", "one.txt")
    assert code == 0
    assert "At least 40" in out and "no conflicts" in out


def test_ignore_rule_runs_the_other_rules_and_drops_the_ignored_one(tmp_path, capsys):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for name, day, figure in (("a", "01", "has risen to 40"), ("b", "03", "now stands at 12")):
        text = f"---\npublished: 2024-05-{day}\n---\nThe death toll in Northvale {figure}, officials said.\n"
        (corpus / f"{name}.md").write_text(text)
    assert cli.main(["check", str(corpus), "-q"]) == 1
    assert "total_decreased" in capsys.readouterr().out
    assert cli.main(["check", str(corpus), "-q", "--ignore-rule", "total_decreased"]) == 0
    assert "total_decreased" not in capsys.readouterr().out


@pytest.mark.parametrize("column, given", [("event", "event"), ("story", "--event-column=story")])
def test_the_documents_event_field_is_kept_as_each_claims_event(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], column: str, given: str
) -> None:
    rows = [
        {
            "doc_id": "a",
            "text": "The Harbour blast killed 40 people, officials said.",
            column: "blast-in-the-port",
            "published": "2024-05-01",
        },
        {
            "doc_id": "b",
            "text": "The Harbour blast killed 12 people, officials said.",
            column: "another-blast",
            "published": "2024-05-01",
        },
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    extra = [given] if given.startswith("--") else []
    code, _, _ = run(capsys, "extract", str(path), "-o", "claims.csv", *extra)
    assert code == 0
    back = pd.read_csv(tmp_path / "claims.csv")
    assert dict(zip(back["doc_id"], back["event"], strict=True)) == {"a": "blast-in-the-port", "b": "another-blast"}
    # two events: the two tolls are never compared
    code, out, _ = run(capsys, "check", str(path), *extra)
    assert code == 0 and "no conflicts" in out.lower()
    # without the field the two reports are grouped as one story, and they disagree
    code, out, _ = run(capsys, "check", str(path), "--event-column=nothing")
    assert code == 1 and "interval_mismatch" in out


def _three_tolls(tmp_path: Path) -> Path:
    """Three reports of one blast's toll on one day, none agreeing: three pairs, at most three figures."""
    rows = [
        {"doc_id": d, "text": f"The Harbour blast killed {n} people, officials said.", "published": "2024-05-01"}
        for d, n in (("a", 12), ("b", 40), ("c", 90))
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("extra, pairs", [([], 2), (["--all-pairs"], 3)])
def test_check_reports_each_figure_once_unless_asked_for_every_pair(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], extra: list[str], pairs: int
) -> None:
    path = _three_tolls(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, _, _ = run(capsys, "check", str(path), "--format", "json", "-o", "out.json", "-q", *extra)
    assert code == 1
    found = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["conflicts"]
    assert len(found) == pairs
    assert {c["doc_id"] for f in found for c in f["claims"]} == {"a", "b", "c"}
    assert len({f["group"] for f in found}) == 1


def test_explain_finds_a_pair_only_every_pair_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _three_tolls(tmp_path)
    monkeypatch.chdir(tmp_path)
    run(capsys, "check", str(path), "--format", "json", "-o", "all.json", "-q", "--all-pairs")
    run(capsys, "check", str(path), "--format", "json", "-o", "one.json", "-q")
    every = {f["conflict_id"] for f in json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["conflicts"]}
    shown = {f["conflict_id"] for f in json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))["conflicts"]}
    (hidden,) = every - shown
    code, out, _ = run(capsys, "explain", hidden, str(path), "-q")
    assert code == 0 and "Harbour" in out


@pytest.mark.parametrize("name, fmt", [("out.jsonl", "jsonl"), ("out.sarif", "sarif"), ("out.xml", "junit")])
def test_a_streamed_report_file_holds_what_standard_output_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], name: str, fmt: str
) -> None:
    path = _three_tolls(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, _, _ = run(capsys, "check", str(path), "-o", name, "-q")
    assert code == 1
    code, out, _ = run(capsys, "check", str(path), "--format", fmt, "-q")
    assert code == 1 and out == (tmp_path / name).read_text(encoding="utf-8") and out


def test_a_baseline_records_every_pair_so_a_later_report_shows_only_its_own_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _three_tolls(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "check", str(path), "--write-baseline", "-q")[0] == 0
    # a higher report the same day: every old figure is now shown against it, a new pair for each
    with open(path, "a", encoding="utf-8") as feed:
        text = "The Harbour blast killed 300 people, officials said."
        feed.write("\n" + json.dumps({"doc_id": "d", "text": text, "published": "2024-05-01"}))
    code, _, _ = run(capsys, "check", str(path), "--baseline", "claimcheck-baseline.json", "-o", "new.json", "-q")
    assert code == 1
    found = json.loads((tmp_path / "new.json").read_text(encoding="utf-8"))["conflicts"]
    assert found and all("d" in {c["doc_id"] for c in f["claims"]} for f in found)
