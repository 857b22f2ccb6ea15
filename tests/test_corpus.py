"""read_corpus: every format, every encoding, and every skipped item accounted for with a reason."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from files_helper import write

from claimcheck import read_corpus, schema
from claimcheck.reading.corpus import Columns, CorpusError, decode, read_corpus_report, split_front_matter

SENTENCE = "Rescuers said 14 people were hurt when the footbridge in Lowfield gave way."


def test_folder_is_read_recursively_with_relative_ids_and_schema_columns(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", SENTENCE)
    write(tmp_path / "sub" / "deeper" / "b.md", "Nine were missing.")
    docs = read_corpus(tmp_path)
    assert docs["doc_id"].tolist() == ["a.txt", "sub/deeper/b.md"]
    assert list(docs.columns[: len(schema.DOCUMENT_COLUMNS)]) == list(schema.DOCUMENT_COLUMNS)
    assert docs.loc[0, "text"] == SENTENCE
    assert docs.attrs["skipped"] == []


def test_no_recursive_reads_only_the_top_level(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", SENTENCE)
    write(tmp_path / "sub" / "b.txt", SENTENCE)
    assert read_corpus(tmp_path, recursive=False)["doc_id"].tolist() == ["a.txt"]


def test_hidden_files_and_folders_are_ignored(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", SENTENCE)
    write(tmp_path / ".git" / "HEAD", "ref: refs/heads/main")
    write(tmp_path / ".notes.txt", SENTENCE)
    report = read_corpus_report(tmp_path)
    assert report.docs["doc_id"].tolist() == ["a.txt"]
    assert report.skipped.empty


def test_glob_pattern_selects_files(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", SENTENCE)
    write(tmp_path / "two.md", SENTENCE)
    docs = read_corpus(str(tmp_path / "*.txt"))
    assert [Path(p).name for p in docs["doc_id"]] == ["one.txt"]


@pytest.mark.parametrize("arg", ["missing-folder", "nothing-*.txt"])
def test_a_path_that_does_not_exist_is_a_usage_error_naming_it(tmp_path: Path, arg: str) -> None:
    with pytest.raises(CorpusError, match=arg.replace("*", r"\*")):
        read_corpus(str(tmp_path / arg))


def test_front_matter_fills_metadata_and_is_not_part_of_the_text(tmp_path: Path) -> None:
    write(
        tmp_path / "story.md",
        "---\npublished: 2024-03-05\noutlet: The Ledger\ntitle: Bridge falls\nurl: https://example.org/b\n---\n"
        + SENTENCE,
    )
    row = read_corpus(tmp_path).iloc[0]
    assert row["text"] == SENTENCE
    assert row["published"] == pd.Timestamp("2024-03-05")
    assert (row["outlet"], row["title"], row["url"]) == ("The Ledger", "Bridge falls", "https://example.org/b")
    assert row["line"] == 7


@pytest.mark.parametrize(
    "front, note",
    [
        ("---\ntitle: [unclosed\n---\n", "not valid YAML"),
        ("---\n- a list\n---\n", "not a mapping"),
        ("---\ntitle: no end\n", "no closing"),
    ],
)
def test_broken_front_matter_is_noted_and_the_text_still_read(tmp_path: Path, front: str, note: str) -> None:
    write(tmp_path / "a.md", front + SENTENCE)
    report = read_corpus_report(tmp_path)
    assert len(report.docs) == 1 and SENTENCE in report.docs.loc[0, "text"]
    assert note in report.notes.loc[0, "note"]


def test_front_matter_is_loaded_safely_never_executed() -> None:
    meta, body, _ = split_front_matter("---\ntitle: !!python/object/apply:os.system ['echo hacked']\n---\nText.")
    assert isinstance(meta, str) and "not valid YAML" in meta
    assert body == "Text."


def test_metadata_csv_gives_each_file_its_date_and_outlet(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", SENTENCE)
    write(tmp_path / "b.txt", "---\noutlet: Own Outlet\n---\nTwo were hurt.")
    write(
        tmp_path / "metadata.csv", "file,published,outlet\na.txt,2024-02-01,Valley News\nb.txt,2024-02-02,Valley News\n"
    )
    docs = read_corpus(tmp_path).set_index("doc_id")
    assert docs.loc["a.txt", "published"] == pd.Timestamp("2024-02-01")
    assert docs.loc["a.txt", "outlet"] == "Valley News"
    assert docs.loc["b.txt", "outlet"] == "Own Outlet"  # front matter wins over metadata.csv
    assert "metadata.csv" not in docs.index


def test_metadata_csv_without_file_column_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", SENTENCE)
    write(tmp_path / "metadata.csv", "name,published\na.txt,2024-02-01\n")
    report = read_corpus_report(tmp_path)
    assert len(report.docs) == 1
    assert "no 'file' column" in report.skipped.loc[0, "reason"]


def test_jsonl_rows_get_path_line_ids_and_a_bad_line_is_skipped_with_its_number(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": SENTENCE}),
        "{not json",
        "",
        json.dumps({"text": "Six died.", "published": "2024-01-09"}),
    ]
    write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    report = read_corpus_report(tmp_path)
    assert report.docs["doc_id"].tolist() == ["feed.jsonl:1", "feed.jsonl:4"]
    assert report.docs["line"].tolist() == [1, 4]
    assert report.skipped[["line"]].iloc[0, 0] == 2
    assert report.skipped.loc[0, "reason"].startswith("invalid JSON")
    assert report.seen == 3


def test_configured_column_names_are_used_for_tables(tmp_path: Path) -> None:
    rows = [{"guid": "x-1", "body": SENTENCE, "date": "2024-05-01", "site": "Paper"}]
    write(tmp_path / "feed.jsonl", "\n".join(json.dumps(r) for r in rows))
    report = read_corpus_report(tmp_path, columns=Columns(text="body", doc_id="guid", published="date", outlet="site"))
    row = report.docs.iloc[0]
    assert (row["doc_id"], row["text"], row["outlet"]) == ("x-1", SENTENCE, "Paper")
    assert row["published"] == pd.Timestamp("2024-05-01")


@pytest.mark.parametrize(
    "record, reason",
    [
        ({"body": SENTENCE}, "no 'text' field"),
        ({"text": 42}, "'text' is a int"),
        (["a", "list"], "expected an object"),
    ],
)
def test_jsonl_rows_without_usable_text_are_skipped_with_a_reason(tmp_path: Path, record: object, reason: str) -> None:
    write(tmp_path / "feed.jsonl", json.dumps(record) + "\n")
    report = read_corpus_report(tmp_path)
    assert report.docs.empty
    assert report.skipped.loc[0, "line"] == 1 and reason in report.skipped.loc[0, "reason"]


def test_null_text_is_skipped_with_its_reason_not_read_as_an_empty_document(tmp_path: Path) -> None:
    write(tmp_path / "feed.jsonl", json.dumps({"doc_id": "n1", "text": None}) + "\n" + json.dumps({"text": ""}) + "\n")
    report = read_corpus_report(tmp_path)
    assert report.docs["text"].tolist() == [""]  # an empty string is an empty article
    assert report.skipped[["line", "reason"]].values.tolist() == [[1, "'text' is null (no text)"]]


def test_json_list_and_truncated_json(tmp_path: Path) -> None:
    write(tmp_path / "good.json", json.dumps([{"doc_id": "g1", "text": SENTENCE}, {"text": "Two died."}]))
    write(tmp_path / "cut.json", '[{"text": "Three were')
    report = read_corpus_report(tmp_path)
    assert sorted(report.docs["doc_id"]) == ["g1", "good.json#2"]
    assert report.skipped["path"].str.endswith("cut.json").all()
    assert "invalid JSON at line 1" in report.skipped.loc[0, "reason"]


def test_csv_rows_with_long_multiline_text_and_a_malformed_row(tmp_path: Path) -> None:
    long_text = (SENTENCE + "\n") * 20000  # over csv's default field size limit
    frame = pd.DataFrame({"doc_id": ["c1", "c2"], "text": [long_text, "Four were hurt."]})
    body = frame.to_csv(index=False) + "c3,one,too many\n"
    write(tmp_path / "rows.csv", body)
    report = read_corpus_report(tmp_path)
    assert report.docs["doc_id"].tolist() == ["c1", "c2"]
    assert report.docs.loc[0, "text"] == long_text
    skipped = report.skipped.iloc[0]
    assert skipped["line"] == body.count("\n") and "3 fields" in skipped["reason"]


def test_parquet_is_read_with_item_numbers_for_ids(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    pd.DataFrame({"text": [SENTENCE, "Two died."], "published": ["2024-01-01", None]}).to_parquet(
        tmp_path / "t.parquet"
    )
    docs = read_corpus(tmp_path)
    assert docs["doc_id"].tolist() == ["t.parquet#1", "t.parquet#2"]
    assert docs.loc[0, "published"] == pd.Timestamp("2024-01-01")


def test_duplicate_ids_are_skipped_not_silently_merged(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", json.dumps({"doc_id": "same", "text": "One."}) + "\n")
    write(tmp_path / "b.jsonl", json.dumps({"doc_id": "same", "text": "Two."}) + "\n")
    report = read_corpus_report(tmp_path)
    assert report.docs["text"].tolist() == ["One."]
    assert "duplicate doc_id 'same'" in report.skipped.loc[0, "reason"]


@pytest.mark.parametrize(
    "data, expected, noted",
    [
        (SENTENCE.encode("utf-8"), SENTENCE, False),
        (b"\xef\xbb\xbf" + "Café owner: 3 hurt.".encode(), "Café owner: 3 hurt.", False),
        ("Café owner: 3 hurt.".encode("utf-16"), "Café owner: 3 hurt.", False),
        ("Café owner: 3 hurt.".encode("latin-1"), "Café owner: 3 hurt.", True),
        ("“Eleven” dead – police".encode("cp1252"), "“Eleven” dead – police", True),
        (b"", "", False),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "latin1", "cp1252", "empty"],
)
def test_encodings_are_read_right_and_fallbacks_noted(tmp_path: Path, data: bytes, expected: str, noted: bool) -> None:
    write(tmp_path / "doc.txt", data)
    report = read_corpus_report(tmp_path)
    assert report.docs["text"].tolist() == [expected]
    assert len(report.notes) == int(noted)
    if noted:
        assert "read as Windows-1252" in report.notes.loc[0, "note"]


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("scan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document)"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
        ("blob.txt", b"abc\x00\x01\x02def", "binary file (contains NUL bytes"),
        ("sheet.xlsx", b"PK\x03\x04rest", "binary file (ZIP archive"),
        ("notes.rtf", b"{\\rtf1 text}", "unsupported file type '.rtf'"),
    ],
)
def test_binary_and_unknown_files_are_skipped_with_a_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    write(tmp_path / "ok.txt", SENTENCE)
    write(tmp_path / name, data)
    report = read_corpus_report(tmp_path)
    assert report.docs["doc_id"].tolist() == ["ok.txt"]
    assert report.skipped["reason"].iloc[0].startswith(reason)
    assert report.skipped["path"].iloc[0].endswith(name) and report.skipped["line"].iloc[0] == 0


def test_summary_counts_add_up(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", SENTENCE)
    write(tmp_path / "b.pdf", b"%PDF-1.4")
    write(tmp_path / "c.jsonl", json.dumps({"text": "One."}) + "\n{bad\n" + json.dumps({"text": "Two."}) + "\n")
    report = read_corpus_report(tmp_path)
    assert (len(report.docs), len(report.skipped), report.seen) == (3, 2, 5)
    assert report.summary() == "read 3 documents; skipped 2 (binary file: 1, invalid JSON: 1)"


def test_unreadable_file_is_reported_and_the_rest_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import claimcheck.reading.corpus as corpus

    write(tmp_path / "a.txt", SENTENCE)
    write(tmp_path / "b.txt", SENTENCE)

    def refuse_b(path: object, mode: str = "r") -> object:
        if str(path).endswith("b.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, mode)  # type: ignore[call-overload]

    monkeypatch.setattr(corpus, "open", refuse_b, raising=False)
    report = read_corpus_report(tmp_path)
    assert report.docs["doc_id"].tolist() == ["a.txt"]
    assert report.skipped.loc[0, "reason"] == "cannot be read: Permission denied"


@pytest.mark.parametrize(
    "data, ids",
    [
        (SENTENCE.encode(), ["stdin"]),
        ((json.dumps({"text": "One."}) + "\n" + json.dumps({"text": "Two."})).encode(), ["stdin:1", "stdin:2"]),
        (json.dumps([{"doc_id": "s", "text": "One."}]).encode(), ["s"]),
    ],
    ids=["text", "jsonl", "json"],
)
def test_dash_reads_standard_input_sniffing_its_format(data: bytes, ids: list[str]) -> None:
    report = read_corpus_report("-", stdin=io.BytesIO(data))
    assert report.docs["doc_id"].tolist() == ids


def test_html_main_text_and_publication_date(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    pytest.importorskip("htmldate")
    page = (
        "<html><head><title>Bridge falls</title>"
        '<meta property="article:published_time" content="2024-03-05T08:00:00Z">'
        '<meta property="og:site_name" content="The Ledger"></head><body>'
        "<nav>Home | Sports | Weather</nav><article><h1>Bridge falls</h1>"
        f"<p>{SENTENCE} Engineers had inspected the structure last spring and found no defects.</p>"
        "<p>The council said repairs would take several months and cost far more than planned.</p>"
        "</article><footer>All rights reserved</footer></body></html>"
    )
    write(tmp_path / "page.html", page)
    row = read_corpus(tmp_path).iloc[0]
    assert SENTENCE in row["text"] and "Sports | Weather" not in row["text"]
    assert row["published"] == pd.Timestamp("2024-03-05")
    assert row["outlet"] == "The Ledger"


def test_html_without_the_extra_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_trafilatura(name: str, *args: object, **kwargs: object) -> object:
        if name in ("trafilatura", "htmldate"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    write(tmp_path / "page.html", "<html><body><p>Two died.</p></body></html>")
    report = read_corpus_report(tmp_path)
    assert report.docs.empty
    assert "pip install 'claimcheck[html]'" in report.skipped.loc[0, "reason"]


@pytest.mark.parametrize(
    "data, encoding, expected",
    [(b"caf\xe9", "latin-1", "café"), ("ok".encode("utf-16-be"), "utf-16-be", "ok")],
)
def test_an_explicit_encoding_is_used(data: bytes, encoding: str, expected: str) -> None:
    assert decode(data, encoding=encoding) == (expected, None)
