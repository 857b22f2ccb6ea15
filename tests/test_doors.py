"""Every door guarded (issue 15): outputs that never clobber, dates that never stop a run, every folder entry
accounted for, validated API input, user errors that exit 2, negated and grouped figures, visible control
characters, bounded memory.

Sentences are invented; each class is pinned over several shapes.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import stat
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from claims_helper import make_claims
from files_helper import write
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import cli, schema
from claimcheck.presenting import formats
from claimcheck.reading import atomic, timestamps
from claimcheck.reading.corpus import read_corpus_report
from claimcheck.settings import CLAIM_SENTENCE_WINDOW, MAX_CLAIM_SENTENCE

REPORT = "Eleven people were killed in the flood at Morava on Sunday, the mayor said."
HAS_FIFO = hasattr(os, "mkfifo")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main([*argv, "--no-config"])
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    errors = [line for line in err.splitlines() if "error" in line]
    assert len(errors) == 1 and "Traceback" not in err, err
    return errors[0]


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "news" / "a.txt", REPORT)
    return tmp_path


# --- 1. outputs never clobber devices, pipes or links ---------------------------------------------------


def test_a_symlinked_output_writes_the_file_it_names_and_stays_a_link(corpus: Path) -> None:
    (corpus / "real.json").write_text("old")
    (corpus / "link.json").symlink_to("real.json")
    (corpus / "claims-real.csv").write_text("old")
    (corpus / "claims-link.csv").symlink_to("claims-real.csv")
    assert cli.main(["check", "news", "-o", "link.json", "--no-config", "-q"]) == 0
    assert cli.main(["extract", "news", "-o", "claims-link.csv", "--no-config", "-q"]) == 0
    for link, real in (("link.json", "real.json"), ("claims-link.csv", "claims-real.csv")):
        assert (corpus / link).is_symlink() and os.readlink(corpus / link) == real
        assert (corpus / real).read_text() != "old"
    assert json.loads((corpus / "real.json").read_text())["summary"]["conflicts"] == 0


@pytest.mark.parametrize("device", ["/dev/null", "/dev/stdout"])
def test_a_character_device_is_written_in_place_never_replaced(
    corpus: Path, device: str, capfd: pytest.CaptureFixture[str]
) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    before = os.stat(device).st_mode
    code = cli.main(["check", "news", "-o", device, "--format", "json", "--no-config", "-q"])
    assert code == 0
    assert os.stat(device).st_mode == before
    assert not list(Path("/dev").glob(".null.*.tmp"))
    if device == "/dev/stdout":
        assert '"conflicts"' in capfd.readouterr().out


def test_extract_writes_csv_to_a_device_without_a_suffix(corpus: Path, capfd: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["extract", "news", "-o", "/dev/stdout", "--no-config", "-q"]) == 0
    assert capfd.readouterr().out.startswith("claim_id,doc_id,")


def test_a_full_device_is_exit_2_with_one_line(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    code, _, err = run_cli(capsys, "check", "news", "-o", "/dev/full", "--format", "json")
    assert code == 2 and "/dev/full" in one_error_line(err)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.skipif(not HAS_FIFO, reason="no named pipes here")
def test_a_named_pipe_is_written_to_its_reader_and_stays_a_pipe(corpus: Path) -> None:
    fifo = corpus / "out.txt"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    for _ in range(200):  # the reader must have the pipe open before the writer looks
        if reader.is_alive():
            break
    code = cli.main(["check", "news", "-o", str(fifo), "--format", "text", "--no-config", "-q"])
    reader.join(10)
    assert code == 0 and b"no conflicts" in received[0]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.skipif(not HAS_FIFO, reason="no named pipes here")
def test_a_named_pipe_nobody_reads_is_exit_2_not_a_wait(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(corpus / "nobody.txt")
    code, _, err = run_cli(capsys, "check", "news", "-o", "nobody.txt")
    assert code == 2 and "nobody.txt" in one_error_line(err) and "reading" in err
    assert stat.S_ISFIFO(os.stat(corpus / "nobody.txt").st_mode)


def test_a_socket_or_folder_as_output_is_refused_by_name(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    (corpus / "folder.json").mkdir()
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(corpus / "s.json"))
    except OSError:
        pytest.skip("no unix sockets here")
    try:
        for target in ("folder.json", "s.json"):
            code, _, err = run_cli(capsys, "check", "news", "-o", target)
            assert code == 2 and target in one_error_line(err)
        assert stat.S_ISSOCK(os.stat(corpus / "s.json").st_mode) and (corpus / "folder.json").is_dir()
    finally:
        sock.close()


def test_atomic_writes_over_a_regular_file_and_through_a_link(tmp_path: Path) -> None:
    target = write(tmp_path / "t.txt", "old")
    (tmp_path / "l.txt").symlink_to(target)
    atomic.write_text(tmp_path / "l.txt", "new")
    assert target.read_text() == "new" and (tmp_path / "l.txt").is_symlink()
    assert atomic.resolve_target(tmp_path / "l.txt") == target.resolve()


def test_the_html_report_writes_through_a_link_and_into_a_device(tmp_path: Path) -> None:
    import importlib

    report = importlib.import_module("claimcheck.presenting.report")

    target = write(tmp_path / "page.html", "old")
    (tmp_path / "link.html").symlink_to(target)
    report.write_atomic(tmp_path / "link.html", "<p>new</p>")
    assert target.read_text() == "<p>new</p>" and (tmp_path / "link.html").is_symlink()
    if os.path.exists("/dev/null"):
        report.write_atomic(Path("/dev/null"), "<p>gone</p>")
        assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


# --- 2. dates: out of range, impossible or epoch, never fatal ----------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        (1700000000, "2023-11-14"),  # epoch seconds
        (1700000000000, "2023-11-14"),  # epoch milliseconds
        ("1700000000", "2023-11-14"),
        (2024, "2024-01-01"),
        (20240305, "2024-03-05"),
        (dt.date(2023, 5, 1), "2023-05-01"),
        (np.datetime64("2022-02-02"), "2022-02-02"),
        ("2024-03-05T23:30:00-05:00", "2024-03-06"),
    ],
)
def test_dates_in_any_form_are_read(value: object, expected: str) -> None:
    found = timestamps.coerce(value)
    assert found.problem is None and found.stamp is not None and found.stamp.date().isoformat() == expected


@pytest.mark.parametrize(
    "value",
    ["0001-01-01", "9999-12-31", "2024-02-30", "not a date", 1e300, -1e20, dt.date(1, 1, 1), True, [1, 2]],
)
def test_impossible_dates_are_missing_with_a_reason_never_an_error(value: object) -> None:
    found = timestamps.coerce(value)
    assert found.stamp is None and found.problem


@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.dates(), st.datetimes(), st.none()))
@settings(max_examples=200, deadline=None)
def test_any_value_coerces_to_a_nanosecond_timestamp_or_none(value: object) -> None:
    found = timestamps.coerce(value)
    assert found.stamp is None or (pd.Timestamp.min <= found.stamp <= pd.Timestamp.max and found.stamp.unit == "ns")
    series, _ = timestamps.coerce_series(pd.Series([value, value], dtype=object))
    assert str(series.dtype) == "datetime64[ns]"


@pytest.mark.parametrize("bad", ["0001-01-01", "9999-12-31", "2024-02-30"])
def test_one_bad_date_in_any_format_costs_no_document(tmp_path: Path, bad: str) -> None:
    write(tmp_path / "feed.jsonl", json.dumps({"doc_id": "j", "text": REPORT, "published": bad}) + "\n")
    write(tmp_path / "table.csv", f'doc_id,text,published\nc,"{REPORT}",{bad}\n')
    write(tmp_path / "page.md", f"---\ntitle: Flood\npublished: {bad}\n---\n{REPORT}\n")
    write(tmp_path / "list.json", json.dumps([{"doc_id": "l", "text": REPORT, "published": bad}]))
    write(tmp_path / "good.txt", REPORT)
    report = read_corpus_report(tmp_path)
    assert sorted(report.docs["doc_id"]) == ["c", "good.txt", "j", "l", "page.md"]
    assert report.skipped.empty and report.docs["published"].isna().all()
    assert len(report.notes) == 4 and report.notes["note"].str.contains("published").all()
    md = report.notes[report.notes["path"].str.endswith("page.md")]
    assert md["line"].tolist() == [3]  # the line of the front matter key


def test_a_parquet_date_outside_the_range_costs_no_document(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    frame = pd.DataFrame({"doc_id": ["p", "q"], "text": [REPORT, REPORT]})
    frame["published"] = pd.Series([pd.Timestamp("0001-01-01"), pd.Timestamp("2024-01-02")], dtype="datetime64[us]")
    frame.to_parquet(tmp_path / "docs.parquet")
    report = read_corpus_report(tmp_path)
    assert report.docs["published"].dt.strftime("%Y-%m-%d").fillna("").tolist() == ["", "2024-01-02"]
    assert len(report.notes) == 1


def test_epoch_dates_are_read_by_magnitude_with_a_note(tmp_path: Path) -> None:
    write(
        tmp_path / "feed.jsonl",
        "\n".join(
            json.dumps({"doc_id": d, "text": REPORT, "published": v})
            for d, v in (("s", 1700000000), ("ms", 1700000000000))
        ),
    )
    report = read_corpus_report(tmp_path)
    assert report.docs["published"].dt.date.astype(str).tolist() == ["2023-11-14", "2023-11-14"]
    assert report.notes["note"].str.contains("epoch").all()


def test_the_api_and_check_take_out_of_range_dates_as_missing() -> None:
    docs = pd.DataFrame({"doc_id": ["a", "b"], "text": [REPORT, REPORT], "published": ["0001-01-01", 1700000000]})
    claims = claimcheck.extract(docs)
    assert claims["published"].isna().tolist() == [True, False]
    odd = claims.assign(claim_date=pd.Series(["9999-01-01", "2262-05-01"], dtype=object))
    assert claimcheck.check(odd).empty
    ref = pd.DataFrame({"date": ["0001-01-01", "2024-01-01"], "value": [5, 6], "category": ["killed", "killed"]})
    assert len(claimcheck.check(claims, reference=ref)) >= 0
    assert len(claimcheck.checking.reference.as_reference(ref)) == 1


def test_a_reference_file_with_an_impossible_date_is_read(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(corpus / "ref.csv", "date,value,category\n0001-01-01,3,killed\n2024-05-05,4,killed\n")
    code, _, err = run_cli(capsys, "check", "news", "--reference", "ref.csv")
    assert code in (0, 1) and "internal error" not in err


# --- 3. accounting: read + skipped == found, for every kind of entry ---------------------------------------


def test_linked_folders_are_followed_once_and_a_file_by_two_names_read_once(tmp_path: Path) -> None:
    write(tmp_path / "other" / "o.txt", "Three people were hurt in the crash.")
    news = tmp_path / "news"
    write(news / "a.txt", REPORT)
    (news / "linked").symlink_to(tmp_path / "other")
    (news / "sub").mkdir()
    (news / "sub" / "loop").symlink_to(news)  # a loop back to the top
    os.link(news / "a.txt", news / "hard.txt")
    (news / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (news / "self.txt").symlink_to(news / "self.txt")
    report = read_corpus_report(news)
    assert sorted(report.docs["doc_id"]) == ["a.txt", "linked/o.txt"]
    reasons = dict(
        zip(report.skipped["path"].map(lambda p: p.rsplit("/", 1)[-1]), report.skipped["reason"], strict=True)
    )
    assert set(reasons) == {"hard.txt", "dangling.txt", "self.txt"}
    assert "same file" in reasons["hard.txt"] and "cannot be read" in reasons["self.txt"]
    assert report.notes["note"].str.contains("already read").any()
    assert report.seen == len(report.docs) + len(report.skipped) == 5


def test_an_unreadable_folder_is_skipped_with_its_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "ok.txt", REPORT)
    write(tmp_path / "locked" / "z.txt", REPORT)
    real_scandir = os.scandir

    def refuse(path: object = ".") -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refuse)
    report = read_corpus_report(tmp_path)
    assert report.docs["doc_id"].tolist() == ["ok.txt"]
    assert report.skipped["reason"].tolist() == ["folder cannot be read: Permission denied"]
    assert report.skipped["path"].iloc[0].endswith("locked")


@pytest.mark.parametrize(
    ("body", "read", "skipped_lines"),
    [
        ('doc_id,text\na,"Five were killed\nb,Seven were killed\n', ["b"], [2]),
        ('doc_id,text\na,"Five were killed\nb,Seven were killed\nc,"Two ""died"""\n', ["b", "c"], [2]),
        ('doc_id,text\na,"Two\nlines: 4 died"\nb,"x" y\nc,Six died\n', ["a", "c"], [4]),
        ('doc_id,text\na,Fine\nb,"never closed, 9 were killed', ["a"], [3]),
    ],
    ids=["unclosed-swallows-next", "closed-by-a-later-quote", "misplaced-quote", "unclosed-at-the-end"],
)
def test_a_csv_quote_problem_skips_that_row_and_reads_the_rest(
    tmp_path: Path, body: str, read: list[str], skipped_lines: list[int]
) -> None:
    write(tmp_path / "t.csv", body)
    report = read_corpus_report(tmp_path)
    assert report.docs["doc_id"].tolist() == read
    assert report.skipped["line"].tolist() == skipped_lines
    assert report.skipped["reason"].str.startswith("malformed CSV row").all()


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_null_text_is_reported_not_read_as_empty(tmp_path: Path, fmt: str) -> None:
    rows = [{"doc_id": "n", "text": None}, {"doc_id": "t", "text": REPORT}]
    body = "\n".join(map(json.dumps, rows)) if fmt == "jsonl" else json.dumps(rows)
    write(tmp_path / f"f.{fmt}", body)
    report = read_corpus_report(tmp_path)
    assert report.docs["doc_id"].tolist() == ["t"]
    assert report.skipped["reason"].str.contains("null").all() and len(report.skipped) == 1


@pytest.mark.skipif(not HAS_FIFO, reason="no named pipes here")
def test_a_glob_matching_a_pipe_skips_it_with_a_reason(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", REPORT)
    os.mkfifo(tmp_path / "b.txt")
    report = read_corpus_report(str(tmp_path / "*.txt"))
    assert len(report.docs) == 1 and report.skipped["reason"].str.contains("not a regular file").all()


# --- 4. API validation and CLI user errors ---------------------------------------------------------------


def _claims() -> pd.DataFrame:
    return make_claims({"figure": "40"}, {"figure": "about 60"}, {"figure": "more than 100"})


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda c: c.drop(columns=["low"]), "low"),
        (lambda c: c.drop(columns=["high"]), "high"),
        (lambda c: c.drop(columns=["category"]), "category"),
        (lambda c: c.drop(columns=["claim_id"]), "claim_id"),
        (lambda c: c.assign(low=[50.0, 1.0, 2.0], high=[40.0, 70.0, math.inf]), "'low' > 'high'"),
        (lambda c: c.assign(low=[np.nan, 1.0, 2.0]), "low"),
        (lambda c: c.assign(claim_id=["x", "x", "y"]), "claim_id"),
        (lambda c: c.assign(low=["forty", "1", "2"]), "low"),
        (lambda c: c.assign(category=[1, 2, 3]), "category"),
    ],
    ids=["no-low", "no-high", "no-category", "no-id", "low-above-high", "nan-low", "dup-ids", "text-low", "num-cat"],
)
def test_check_rejects_a_frame_it_cannot_check_naming_the_column(change: object, named: str) -> None:
    with pytest.raises(ValueError, match=named):
        claimcheck.check(change(_claims()))  # type: ignore[operator]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_claims_written_by_extract_and_read_back_pass_validation(corpus: Path, suffix: str) -> None:
    dated = "---\npublished: 2024-05-06\n---\n"
    write(corpus / "news" / "a.txt", dated + "At least 90 people were killed in the flood at Morava, officials said.")
    write(corpus / "news" / "b.txt", dated + "Twelve people were killed in the flood at Morava, officials said.")
    assert cli.main(["extract", "news", "-o", f"claims{suffix}", "--no-config", "-q"]) == 0
    frame = pd.read_csv("claims.csv") if suffix == ".csv" else pd.read_json("claims.jsonl", lines=True)
    assert claimcheck.check(frame)["rule"].tolist() == ["interval_mismatch"]


def test_check_accepts_a_missing_high_as_unbounded_as_csv_files_write_it() -> None:
    assert claimcheck.check(_claims().assign(high=[40.0, 66.0, np.nan])).shape[1] == len(schema.CONFLICT_COLUMNS)


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"tolerance": -1}, "tolerance"),
        ({"tolerance": 1.0}, "tolerance"),
        ({"tolerance": "0.1"}, "tolerance"),
        ({"about_tolerance": 2}, "about_tolerance"),
        ({"vague_ranges": {"dozens": [99, 24]}}, "dozens"),
        ({"vague_ranges": {"scores": [-5, 10]}}, "scores"),
        ({"reference_window": -1}, "reference_window"),
        ({"rules": ["no_such_rule"]}, "no_such_rule"),
    ],
)
def test_check_rejects_bad_options_naming_them(options: dict[str, object], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        claimcheck.check(_claims(), **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"tolerance": -1}, "tolerance"),
        ({"tolerance": 1.5}, "tolerance"),
        ({"tolerance": float("nan")}, "tolerance"),
        ({"vague_ranges": {"dozens": [99, 24]}}, "dozens"),
        ({"vague_ranges": {"dozens": "many"}}, "dozens"),
        ({"n_jobs": 0}, "n_jobs"),
        ({"categories": {"evacuated": "airlifted"}}, "evacuated"),
        ({"categories": ["evacuated"]}, "categories"),
    ],
)
def test_extract_rejects_bad_options_naming_them(options: dict[str, object], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        claimcheck.extract(REPORT, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["extract", "news", "-j", "0"], "-j"),
        (["extract", "news", "-j", "-7"], "-j"),
        (["check", "news", "--scheduler", "nonsense://here"], "scheduler"),
        (["check", "news", "--config", "deep.toml"], "nested too deeply"),
        (["check", "news", "--baseline", "deep.json"], "nested too deeply"),
        (["check", "news", "--reference", "deep.json"], "nested too deeply"),
        (["check", "news", "--config", "news"], "news"),
        (["check", "news", "--baseline", "news"], "news"),
    ],
    ids=["j0", "j-7", "scheduler", "deep-config", "deep-baseline", "deep-reference", "dir-config", "dir-baseline"],
)
def test_user_errors_are_exit_2_with_one_line(
    corpus: Path, capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    write(corpus / "deep.toml", "a = " + "[" * 3000 + "]" * 3000 + "\n")
    write(corpus / "deep.json", "[" * 100_000 + "]" * 100_000)
    code = cli.main(argv if "--config" in argv else [*argv, "--no-config"])
    _, err = capsys.readouterr()
    assert code == 2 and needle in one_error_line(err)


@pytest.mark.skipif(not HAS_FIFO, reason="no named pipes here")
@pytest.mark.parametrize("option", ["--config", "--baseline", "--reference"])
def test_a_settings_file_that_is_a_pipe_is_refused_not_waited_on(
    corpus: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    os.mkfifo(corpus / "settings.json")
    argv = ["check", "news", option, "settings.json"] + ([] if option == "--config" else ["--no-config"])
    code = cli.main(argv)
    assert code == 2 and "settings.json" in one_error_line(capsys.readouterr().err)


def test_jobs_beyond_the_cores_are_bounded(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    from claimcheck.extraction import parallel

    monkeypatch.setattr(parallel, "extract_parallel", lambda docs, n, **kw: asked.append(n) or claimcheck.extract(docs))
    assert cli.main(["extract", "news", "-j", "100000", "--no-config", "-q"]) == 0
    assert asked and 1 <= asked[0] <= (os.cpu_count() or 1)


def test_strict_with_a_skip_exits_2_even_with_findings(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dated = "---\npublished: 2024-05-06\n---\n"
    write(corpus / "news" / "a.txt", dated + "At least 90 people were killed in the flood at Morava, officials said.")
    write(corpus / "news" / "b.txt", dated + "Twelve people were killed in the flood at Morava, officials said.")
    write(corpus / "news" / "scan.pdf", b"%PDF-1.4")
    assert cli.main(["check", "news", "--no-config", "-q"]) == 1  # a finding
    assert cli.main(["check", "news", "--strict", "--no-config", "-q"]) == 2


def test_a_closed_standard_input_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", None)
    code, _, err = run_cli(capsys, "extract", "-")
    assert code == 2 and "standard input" in one_error_line(err)


def test_closed_standard_streams_are_never_a_crash(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "stdout", None)
    assert cli.main(["check", "news", "--no-config"]) == 2  # output has nowhere to go: a usage error
    assert cli.main(["check", "news", "--no-config", "-o", "report.txt"]) == 0
    monkeypatch.setattr(sys, "stderr", None)
    assert cli.main(["check", "news", "--no-config", "-o", "report2.txt"]) == 0
    assert sys.stdout is None and sys.stderr is None  # put back as they were
    assert Path("report.txt").read_text().endswith("no conflicts\n")


# --- 5. negated counts, digit groups, other scripts' separators, empty intervals ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No one was killed when the roof of the depot fell in.",
        "Police said no one was hurt in the blaze.",
        "Not one passenger was injured, the operator said.",
        "Not a single one of the climbers was reported missing.",
        "Not even one guest was hurt in the fire.",
        "Fortunately, no one died, and nobody was injured.",
    ],
)
def test_no_one_is_never_a_count_of_one(text: str) -> None:
    claims = claimcheck.extract(text)
    assert not (claims["value"] == 1).any()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("None of the 5 hostages were hurt when the bus was stopped.", []),
        ("Neither of the 2 guards was injured in the attack.", []),
        ("None of the 40 passengers on board was injured, the airline said.", []),
        ("NONE OF THE 7 MINERS WERE KILLED.", []),
        ("None of the 12 victims have been identified yet.", [12.0]),
        ("None of the four men taken into custody had a record, police said.", [4.0]),
    ],
)
def test_none_of_the_n_denies_only_the_harm_said_right_after_it(text: str, values: list[float]) -> None:
    assert claimcheck.extract(text)["value"].tolist() == values


def test_no_one_killed_does_not_conflict_with_a_count_of_killed() -> None:
    docs = [
        "No one was killed in the depot fire on Friday, firefighters said.",
        "Three people were killed in the depot fire on Friday.",
    ]
    claims = claimcheck.extract(docs)
    assert claims["value"].tolist() == [3.0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 000 000 people were displaced by the floods.", 1_000_000),
        ("Some 250 000 residents were evacuated.", 250_000),
        ("At least 5 000 people were injured.", 5_000),
        ("12 345 678 people were displaced.", 12_345_678),
        ("1\u202f200 people were injured in the quake.", 1_200),
        ("1\u2009500 people were injured in the quake.", 1_500),
        ("4\u00a0300 people were injured in the quake.", 4_300),
        ("\u0663\u066b\u0665 million people were displaced.", 3_500_000),
        ("\u0661\u066c\u0662\u0663\u0664 people were killed.", 1_234),
    ],
)
def test_digit_groups_and_other_scripts_separators_give_the_whole_figure(text: str, value: float) -> None:
    assert claimcheck.extract(text)["value"].tolist() == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("On March 3 500 people were evacuated.", [500]),
        ("In 2023 400 people died on the roads.", [400]),
        ("Ages 7 12 and 15 were reported.", []),
    ],
)
def test_a_plain_space_does_not_join_a_day_or_year_to_a_figure(text: str, values: list[float]) -> None:
    assert claimcheck.extract(text)["value"].tolist() == values


@pytest.mark.parametrize(
    "text",
    ["Fewer than 0 people were killed.", "Nearly 0 people were hurt.", "Less than zero people died."],
)
def test_an_empty_interval_is_no_claim(text: str) -> None:
    assert claimcheck.extract(text).empty


@given(st.text(alphabet="0123456789 \u202f\u2009\u066b\u066c\u0663\u0665 fewrthanolyskid", max_size=80))
@settings(max_examples=200, deadline=None)
def test_no_claim_ever_has_an_empty_interval(text: str) -> None:
    claims = claimcheck.extract(text + " people were killed.")
    for r in claims.itertuples():
        assert r.low < r.high or (r.low == r.high and r.low_inclusive and r.high_inclusive)


# --- 6. control characters and HTML in output ---------------------------------------------------------------


HOSTILE = "Six people were killed \x1b[31min red\x1b[0m\x1b]0;title\x07 at the \u202egate <script>x()</script>."


def test_text_output_shows_control_characters_never_sends_them(corpus: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    write(corpus / "news" / "b\x1b[2Jc.txt", HOSTILE)
    code, out, err = run_cli(capsys, "check", "news")
    assert code in (0, 1)
    for stream in (out, err):
        assert "\x1b" not in stream and "\x07" not in stream and "\u202e" not in stream
    assert "\\x1b[31m" in out and "b\\x1b[2Jc.txt" in out


def test_markdown_escapes_html_and_controls() -> None:
    claims = claimcheck.extract(pd.DataFrame({"doc_id": ["<b>x</b>"], "text": [HOSTILE]}))
    md = formats.render("markdown", schema.empty("conflicts"), claims)
    assert "<script>" not in md and "<b>" not in md and "&lt;script&gt;" in md and "\x1b" not in md


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("Four people were killed ![t](https://example.invalid/pixel.png) at the mill.", "![t]("),
        ("Four people were killed, [see](javascript:alert(1)) the mill said.", "[see]("),
        ("Four people were killed, @everyone at the mill said.", "@everyone"),
        ("Four people were killed at the mill | said | the owner.", " | said |"),
    ],
)
def test_markdown_cells_cannot_link_load_or_mention(text: str, forbidden: str) -> None:
    md = formats.render("markdown", schema.empty("conflicts"), claimcheck.extract(text))
    assert forbidden not in md and "Four" in md


def test_explain_marks_the_figure_and_shows_escapes(corpus: Path) -> None:
    claims = claimcheck.extract(HOSTILE)
    row = claims.iloc[0].to_dict()
    text = formats.explain({"conflict_id": "k1", "claim_a": row["claim_id"], "message": "m\x1b[1m"}, claims, tty=True)
    assert text.count("\x1b[") == 2  # our own bold on and off, nothing from the input


# --- 7. memory: sentences bounded on figure-dense text -----------------------------------------------------


def test_a_long_sentence_is_kept_as_a_window_around_each_figure() -> None:
    text = "Reports: " + ", ".join(f"{n} killed" for n in range(2, 400)) + "."
    claims = claimcheck.extract(text)
    assert len(claims) > 300
    lengths = claims["sentence"].str.len()
    assert lengths.max() <= MAX_CLAIM_SENTENCE and lengths.median() <= CLAIM_SENTENCE_WINDOW + 10
    for r in claims.itertuples():
        assert text[r.sentence_start : r.sentence_start + len(r.sentence)] == r.sentence
        assert r.sentence_start <= r.start and r.end <= r.sentence_start + len(r.sentence)


def test_a_news_length_sentence_is_kept_whole() -> None:
    sentence = "Rescuers said " + "that the water rose quickly and " * 25 + "nine people were killed in the valley."
    assert len(sentence) < MAX_CLAIM_SENTENCE
    claims = claimcheck.extract(sentence)
    assert claims["sentence"].tolist() == [sentence]


# --- the readers and the CLI under generated files (fuzz/fuzz_readers.py is the coverage-guided version) -----

_FILE_BYTES = st.one_of(
    st.binary(max_size=300),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200).map(lambda t: t.encode("utf-8")),
    st.lists(
        st.sampled_from(
            [
                '{"text": "4 killed", "published": "0001-01-01"}',
                '{"text": null}',
                "{oops",
                '"a,"b',
                "doc_id,text",
                'x,"7 people were killed',
                "---\npublished: 2024-02-30\n---",
                "published: 1700000000",
                "\x1b[31m5 dead",
                "<b>3 killed</b>",
                "1 000 000 were displaced",
                "no one was killed",
                "[" * 50,
            ]
        ),
        max_size=8,
    ).map(lambda parts: "\n".join(parts).encode("utf-8")),
)


@given(suffix=st.sampled_from([".txt", ".md", ".jsonl", ".json", ".csv"]), data=_FILE_BYTES)
@settings(max_examples=60, deadline=None)
def test_any_file_is_read_or_skipped_and_the_cli_never_exits_3(suffix: str, data: bytes) -> None:
    import contextlib
    import io
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        Path(folder, f"input{suffix}").write_bytes(data)
        report = read_corpus_report(folder)
        assert str(report.docs["published"].dtype) == "datetime64[ns]"
        assert all(isinstance(t, str) for t in report.docs["text"])
        for argv in (["check", folder, "--no-config"], ["check", folder, "--no-config", "--format", "markdown"]):
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = cli.main(argv)
            assert code in (0, 1, 2), err.getvalue()
            assert "\x1b" not in out.getvalue() + err.getvalue()
            if "markdown" in argv:
                assert "<" not in out.getvalue()
