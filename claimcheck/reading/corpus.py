"""Read article files into the documents frame, accounting for every one.

Folders are walked recursively; ``.txt``/``.md`` (optional YAML front matter),
``.html``/``.htm`` (trafilatura + htmldate, the ``[html]`` extra), ``.jsonl``,
``.json``, ``.csv`` and ``.parquet`` are read, and ``-`` reads standard input.
A file or row that cannot be read is *skipped with a reason* (path, line,
reason) and the run goes on: :func:`read_corpus_report` returns both frames,
:func:`read_corpus` keeps the skip list in ``docs.attrs["skipped"]``.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Two people were hurt.", encoding="utf-8")
>>> _ = (folder / "b.pdf").write_bytes(b"%PDF-1.7 binary")
>>> report = read_corpus_report(folder)
>>> report.docs["doc_id"].tolist(), report.skipped["reason"].tolist()
(['a.txt'], ['binary file (PDF document)'])
>>> report.summary()
'read 1 document; skipped 1 (binary file: 1)'
"""

from __future__ import annotations

import csv
import glob
import io
import json
import logging
import os
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Union

import pandas as pd
import yaml

from claimcheck import schema
from claimcheck.reading import timestamps

log = logging.getLogger(__name__)

__all__ = [
    "SKIPPED_COLUMNS",
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
    "TABLE_SUFFIXES",
    "SUPPORTED_SUFFIXES",
    "METADATA_FILE",
    "METADATA_FIELDS",
    "CorpusError",
    "SkipDocument",
    "Columns",
    "CorpusReport",
    "read_corpus",
    "read_corpus_report",
    "iter_corpus",
    "decode",
    "split_front_matter",
]

PathArg = Union[str, "os.PathLike[str]"]

#: Columns of the skip report: where (``line`` is 0 for a whole file) and why.
SKIPPED_COLUMNS = ("path", "line", "reason")

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TABLE_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json", ".csv", ".parquet"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES

#: The folder-level file that gives published/outlet/title/url per file (``file`` column).
METADATA_FILE = "metadata.csv"
METADATA_FIELDS = ("published", "outlet", "title", "url", "event")

#: Byte signatures of common binary formats, to say *what* was skipped.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"RIFF", "RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


class _FrontMatterLoader(yaml.SafeLoader):
    """``yaml.safe_load`` without its own date reading: dates stay text for :mod:`claimcheck.reading.timestamps`.

    (YAML's reader raises on ``2024-02-30``, which cost the whole document; issue 15.)
    """


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class CorpusError(ValueError):
    """A path given by the user does not exist or matches nothing (a usage error)."""


class SkipDocument(Exception):
    """Raised while reading one document: it is skipped with this reason."""


@dataclass(frozen=True)
class Columns:
    """Which input columns (JSONL/JSON/CSV/Parquet) hold each document field."""

    text: str = "text"
    doc_id: str = "doc_id"
    published: str = "published"
    outlet: str = "outlet"
    title: str = "title"
    url: str = "url"
    event: str = "event"


@dataclass
class CorpusReport:
    """What :func:`read_corpus_report` read, what it skipped, and notes on what it read with a caveat."""

    docs: pd.DataFrame
    skipped: pd.DataFrame
    notes: pd.DataFrame = field(default_factory=lambda: _problems_frame([]))

    @property
    def seen(self) -> int:
        """Documents attempted: always ``len(docs) + len(skipped)``."""
        return len(self.docs) + len(self.skipped)

    def summary(self) -> str:
        """One line: documents read, skipped, and the kinds of reasons (counts add up)."""
        read = len(self.docs)
        text = f"read {read} document{'s' if read != 1 else ''}"
        if len(self.skipped):
            kinds = Counter(_reason_kind(r) for r in self.skipped["reason"])
            detail = ", ".join(f"{kind}: {n}" for kind, n in sorted(kinds.items()))
            text += f"; skipped {len(self.skipped)} ({detail})"
        if len(self.notes):
            text += f"; {len(self.notes)} read with a note"
        return text


@dataclass
class _Source:
    """One file (or standard input) to read, and what its documents are named after."""

    path: str  # as shown to the user and kept in the ``path`` column
    doc_id: str  # the document id for one-document files
    open: Callable[[], BinaryIO]
    suffix: str
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class _Reader:
    """Accumulates documents, skips and notes while sources are read."""

    columns: Columns
    encoding: str | None
    rows: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[tuple[str, int, str]] = field(default_factory=list)
    notes: list[tuple[str, int, str]] = field(default_factory=list)
    seen_ids: dict[str, str] = field(default_factory=dict)

    def add(self, row: dict[str, Any], where: str, line: int) -> None:
        for key, value in row.items():
            if isinstance(value, str):
                row[key], changed = _clean(value)
                if changed and key == "text":
                    self.note(where, line, "text has unpaired surrogates (bad \\u escapes); replaced with U+FFFD")
        where = _clean(where)[0]
        doc_id = str(row["doc_id"])
        if doc_id in self.seen_ids:
            self.skip(where, line, f"duplicate doc_id {doc_id!r} (first read from {self.seen_ids[doc_id]})")
            return
        self.seen_ids[doc_id] = where if not line else f"{where}:{line}"
        row["doc_id"] = doc_id
        self.rows.append(row)

    def skip(self, where: str, line: int, reason: str) -> None:
        where, reason = _clean(where)[0], _clean(reason)[0]
        log.warning("skipped %s: %s", f"{where}:{line}" if line else where, reason)
        self.skipped.append((where, line, reason))

    def note(self, where: str, line: int, message: str) -> None:
        where, message = _clean(where)[0], _clean(message)[0]
        log.info("%s: %s", f"{where}:{line}" if line else where, message)
        self.notes.append((where, line, message))


def read_corpus(
    path_or_glob: PathArg | Iterable[PathArg],
    *,
    text_column: str = "text",
    id_column: str = "doc_id",
    published_column: str = "published",
    recursive: bool = True,
    encoding: str | None = None,
) -> pd.DataFrame:
    """Read files, folders, globs or ``-`` (stdin) into the documents frame.

    What was skipped and why is in ``docs.attrs["skipped"]`` (a list of
    ``{"path", "line", "reason"}`` dicts); use :func:`read_corpus_report` for frames.
    """
    report = read_corpus_report(
        path_or_glob,
        text_column=text_column,
        id_column=id_column,
        published_column=published_column,
        recursive=recursive,
        encoding=encoding,
    )
    docs = report.docs
    docs.attrs["skipped"] = report.skipped.to_dict("records")
    docs.attrs["notes"] = report.notes.to_dict("records")
    return docs


def read_corpus_report(
    path_or_glob: PathArg | Iterable[PathArg],
    *,
    text_column: str = "text",
    id_column: str = "doc_id",
    published_column: str = "published",
    columns: Columns | None = None,
    recursive: bool = True,
    encoding: str | None = None,
    stdin: BinaryIO | None = None,
    progress: Callable[[list[_Source]], Iterable[_Source]] | None = None,
) -> CorpusReport:
    """Read a corpus and return the documents, the skipped items (path, line, reason) and notes.

    Raises :class:`CorpusError` before reading anything if a given path does not
    exist or a glob matches nothing. ``progress`` may wrap the list of files
    (e.g. with ``tqdm``); ``stdin`` replaces ``sys.stdin.buffer`` for ``-``.
    """
    cols = columns or Columns(text=text_column, doc_id=id_column, published=published_column)
    reader = _Reader(columns=cols, encoding=encoding)
    sources = _discover(_as_path_list(path_or_glob), recursive=recursive, reader=reader, stdin=stdin)
    for source in progress(sources) if progress else sources:
        _read_source(source, reader)
    docs = schema.conform(pd.DataFrame(reader.rows), "documents")
    docs["text"] = docs["text"].fillna("")
    docs["published"] = docs["published"].dt.normalize()
    docs["line"] = docs["line"].astype("Int64") if "line" in docs else pd.Series(dtype="Int64")
    log.info("%d documents read, %d skipped", len(docs), len(reader.skipped))
    return CorpusReport(docs=docs, skipped=_problems_frame(reader.skipped), notes=_problems_frame(reader.notes, "note"))


def iter_corpus(
    path_or_glob: PathArg | Iterable[PathArg],
    chunk_size: int = 1000,
    *,
    columns: Columns | None = None,
    recursive: bool = True,
    encoding: str | None = None,
) -> Iterator[pd.DataFrame]:
    """The corpus as documents frames of at most ``chunk_size`` documents, read as they are needed.

    For corpora larger than memory: files are read one at a time and a chunk is
    handed on as soon as it is full, so memory holds one chunk (plus the file
    being read; one huge JSONL/CSV/Parquet file is still read whole). Each
    chunk lists what was skipped since the previous one in
    ``chunk.attrs["skipped"]``; a ``doc_id`` seen in an earlier chunk is
    skipped as a duplicate, as :func:`read_corpus` does. Feed the chunks to
    :func:`claimcheck.extraction.parallel.extract_stream`.
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    reader = _Reader(columns=columns or Columns(), encoding=encoding)
    for source in _discover(_as_path_list(path_or_glob), recursive=recursive, reader=reader, stdin=None):
        _read_source(source, reader)
        while len(reader.rows) >= chunk_size:
            yield _chunk_frame(reader, chunk_size)
    if reader.rows or reader.skipped:
        yield _chunk_frame(reader, len(reader.rows))


def _chunk_frame(reader: _Reader, size: int) -> pd.DataFrame:
    """The first ``size`` documents read, as a documents frame, taken out of ``reader`` with the skips so far."""
    rows, reader.rows = reader.rows[:size], reader.rows[size:]
    docs = schema.conform(pd.DataFrame(rows), "documents")
    docs["text"] = docs["text"].fillna("")
    docs["published"] = docs["published"].dt.normalize()
    docs["line"] = docs["line"].astype("Int64") if "line" in docs else pd.Series(dtype="Int64")
    docs.attrs["skipped"] = _problems_frame(reader.skipped).to_dict("records")
    reader.skipped.clear()
    return docs


# --- finding the files -------------------------------------------------------------------------


def _as_path_list(path_or_glob: PathArg | Iterable[PathArg]) -> list[str]:
    if isinstance(path_or_glob, (str, os.PathLike)):
        return [os.fspath(path_or_glob)]
    return [os.fspath(p) for p in path_or_glob]


def _discover(paths: list[str], *, recursive: bool, reader: _Reader, stdin: BinaryIO | None) -> list[_Source]:
    """Every file to read, in a stable order; a missing path or empty glob is a usage error."""
    if not paths:
        raise CorpusError("no input path given")
    sources: list[_Source] = []
    for arg in paths:
        if arg == "-":
            data = _read_stdin(stdin)
            sources.append(_Source("<stdin>", "stdin", _bytes_opener(data), ".stdin"))
        elif os.path.isdir(arg):
            sources.extend(_walk(Path(arg), recursive=recursive, reader=reader))
        elif os.path.exists(arg):
            sources.append(_file_source(Path(arg), doc_id=_display(Path(arg))))
        elif glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=recursive))
            if not matches:
                raise CorpusError(f"{arg}: no file matches this pattern")
            for match in matches:
                p = Path(match)
                if p.is_dir():
                    sources.extend(_walk(p, recursive=recursive, reader=reader))
                elif p.is_file():
                    sources.append(_file_source(p, doc_id=_display(p)))
                else:  # a pipe, socket, device or dangling link matched by the pattern: said, never opened
                    reader.skip(_display(p), 0, "not a regular file (a pipe, socket or device)")
        else:
            raise CorpusError(f"{arg}: no such file or directory")
    return sources


def _read_stdin(stdin: BinaryIO | None) -> bytes:
    """All of standard input, read once (the caller's stream is never closed); a closed one is a usage error."""
    try:
        stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise CorpusError("-: standard input is closed")
        return stream.read()
    except (OSError, ValueError) as exc:
        if isinstance(exc, CorpusError):
            raise
        raise CorpusError(f"-: standard input cannot be read: {_one_line(exc)}") from None


def _bytes_opener(data: bytes) -> Callable[[], BinaryIO]:
    return lambda: io.BytesIO(data)


def _walk(root: Path, *, recursive: bool, reader: _Reader) -> Iterator[_Source]:
    """Files under ``root`` (hidden files and folders are ignored); ids are paths relative to ``root``.

    Every entry is accounted for (issue 15): a folder that cannot be listed is
    skipped with the reason; symbolic links to folders are followed once (a
    folder reached again, as in a link loop, is noted and not read twice); a file
    reached by two names is read once and the second name skipped; pipes,
    sockets and devices are skipped, never opened.
    """
    seen_folders: set[tuple[int, int]] = set()
    seen_files: dict[tuple[int, int], str] = {}

    def unreadable(exc: OSError) -> None:
        where = _display(Path(exc.filename)) if exc.filename else _display(root)
        reader.skip(where, 0, f"folder cannot be read: {exc.strerror or _one_line(exc)}")

    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=True):
        here = Path(folder)
        try:
            info = here.stat()
        except OSError as exc:
            reader.skip(_display(here), 0, f"folder cannot be read: {exc.strerror or _one_line(exc)}")
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen_folders:
            reader.note(_display(here), 0, "folder already read through another link (a link loop?); not read again")
            dirs[:] = []
            continue
        seen_folders.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
        metadata = _folder_metadata(here, reader)
        for name in sorted(files):
            if name.startswith(".") or name == METADATA_FILE:
                continue
            path = here / name
            try:
                entry = path.stat()
            except OSError as exc:  # a dangling link, a link loop, a file gone since the listing
                reader.skip(_display(path), 0, f"cannot be read: {exc.strerror or _one_line(exc)}")
                continue
            if not stat.S_ISREG(entry.st_mode):  # a FIFO or socket: reading it could block for ever
                reader.skip(_display(path), 0, "not a regular file (a pipe, socket or device)")
                continue
            key = (entry.st_dev, entry.st_ino)
            if key in seen_files:
                reader.skip(_display(path), 0, f"same file as another name ({seen_files[key]}); read once")
                continue
            seen_files[key] = _display(path)
            yield _file_source(path, doc_id=path.relative_to(root).as_posix(), metadata=metadata.get(name, {}))


def _file_source(path: Path, *, doc_id: str, metadata: Mapping[str, Any] | None = None) -> _Source:
    return _Source(_display(path), doc_id, lambda: open(path, "rb"), path.suffix.lower(), metadata or {})


def _display(path: Path) -> str:
    """The path as users see it: relative to the working directory when inside it, POSIX style."""
    try:  # links are not followed: a linked file is shown by the name it was found under
        absolute = Path(os.path.abspath(path))
        for base in (Path(os.path.abspath(Path.cwd())), Path.cwd().resolve()):
            if absolute.is_relative_to(base):
                return absolute.relative_to(base).as_posix()
        return path.as_posix()
    except (ValueError, OSError, RuntimeError):  # a working directory gone
        return path.as_posix()


def _folder_metadata(folder: Path, reader: _Reader) -> dict[str, dict[str, Any]]:
    """Per-file metadata from ``folder/metadata.csv`` (a ``file`` column, then published/outlet/title/url)."""
    path = folder / METADATA_FILE
    if not path.is_file():
        return {}
    where = _display(path)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, ValueError, pd.errors.ParserError) as exc:
        reader.skip(where, 0, f"metadata file cannot be read: {_one_line(exc)}")
        return {}
    if "file" not in frame.columns:
        reader.skip(where, 0, f"metadata file has no 'file' column (columns: {', '.join(frame.columns)})")
        return {}
    fields = [c for c in METADATA_FIELDS if c in frame.columns]
    out: dict[str, dict[str, Any]] = {}
    for row in frame.itertuples(index=False):
        values = {c: getattr(row, c) for c in fields if getattr(row, c)}
        out[Path(str(row.file)).name] = values
    for name in sorted(set(out) - {p.name for p in folder.iterdir()}):
        reader.note(where, 0, f"metadata names {name!r}, which is not in the folder")
    return out


# --- reading one source ------------------------------------------------------------------------


def _read_source(source: _Source, reader: _Reader) -> None:
    """Read one file into ``reader``; whatever goes wrong is a skip with a reason, never an exception."""
    try:
        with source.open() as stream:
            data = stream.read()
    except OSError as exc:
        reader.skip(source.path, 0, f"cannot be read: {exc.strerror or _one_line(exc)}")
        return
    suffix = _sniff_stdin(data) if source.suffix == ".stdin" else source.suffix
    try:
        if suffix in TEXT_SUFFIXES:
            _read_text(source, data, reader)
        elif suffix in HTML_SUFFIXES:
            _read_html(source, data, reader)
        elif suffix in (".jsonl", ".ndjson"):
            _read_jsonl(source, data, reader)
        elif suffix == ".json":
            _read_json(source, data, reader)
        elif suffix == ".csv":
            _read_csv(source, data, reader)
        elif suffix == ".parquet":
            _read_parquet(source, data, reader)
        else:
            kind = _binary_kind(data)
            what = f"binary file ({kind})" if kind else f"unsupported file type {suffix or '(no extension)'!r}"
            reader.skip(source.path, 0, what)
    except SkipDocument as exc:
        reader.skip(source.path, 0, str(exc))
    except Exception as exc:  # one bad document must not stop the rest (issue 7)
        log.debug("unexpected error reading %s", source.path, exc_info=True)
        reader.skip(source.path, 0, f"cannot be read: {type(exc).__name__}: {_one_line(exc)}")


def _sniff_stdin(data: bytes) -> str:
    """Guess the format of standard input from its first non-blank character."""
    head = data.lstrip()[:1]
    if head == b"[":
        return ".json"
    if head == b"{":
        return ".jsonl"
    if head == b"<":
        return ".html"
    return ".txt"


def decode(data: bytes, *, encoding: str | None = None) -> tuple[str, str | None]:
    """Decode file bytes to text; return ``(text, note)``, the note saying when a fallback was used.

    UTF-8 (with or without BOM), UTF-16/32 with a BOM; bytes that are not UTF-8 are
    read as Windows-1252 (Latin-1 where that fails) with a note. Binary data raises
    :class:`SkipDocument`.

    >>> decode("café".encode("cp1252"))
    ('café', 'not valid UTF-8; read as Windows-1252')
    >>> decode(b"\\xff\\xfe" + "ok".encode("utf-16-le"))
    ('ok', None)
    """
    if encoding:
        try:
            return data.decode(encoding), None
        except (UnicodeDecodeError, LookupError) as exc:
            raise SkipDocument(f"cannot be decoded as {encoding}: {_one_line(exc)}") from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), None
            except UnicodeDecodeError as exc:
                raise SkipDocument(f"starts with a {codec} byte-order mark but is not {codec}: {exc.reason}") from None
    kind = _binary_kind(data)
    if kind:
        raise SkipDocument(f"binary file ({kind})")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "not valid UTF-8; read as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not valid UTF-8; read as Latin-1"


def _binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is, or None when it looks like text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" in head:
        return "contains NUL bytes: binary, or UTF-16 without a byte-order mark"
    return None


def _read_text(source: _Source, data: bytes, reader: _Reader) -> None:
    """A ``.txt`` or ``.md`` file: one document, YAML front matter optional."""
    text, note = decode(data, encoding=reader.encoding)
    if note:
        reader.note(source.path, 0, note)
    meta, body, body_line = split_front_matter(text)
    if isinstance(meta, str):
        reader.note(source.path, 1, meta)
        meta = {}
    fields = {**source.metadata, **{k: v for k, v in meta.items() if k in METADATA_FIELDS}}
    raw_id = meta.get("doc_id") or meta.get("id")
    doc_id = str(raw_id) if raw_id and not isinstance(raw_id, (list, dict, set)) else source.doc_id
    key_line = _key_line(text, "published") if body_line > 1 and "published" in meta else 0
    _add_document(reader, source, doc_id, body, fields, line=body_line, where_line=key_line)


def _key_line(text: str, key: str) -> int:
    """The line of the front matter where ``key:`` is written (1-based), for notes; 0 when not found."""
    for number, line in enumerate(text.splitlines()[:200], start=1):
        if line.lstrip("\ufeff").startswith(f"{key}:"):
            return number
    return 0


def split_front_matter(text: str) -> tuple[dict[str, Any] | str, str, int]:
    """Split YAML front matter (``---`` lines) off ``text``: ``(metadata, body, line where body starts)``.

    Metadata is a dict, or a message (str) when the front matter is not a YAML
    mapping; it is parsed by a ``yaml.SafeLoader`` (dates left as text), so nothing in it is executed.

    >>> split_front_matter("---\\ntitle: Floods\\n---\\nTwo died.")
    ({'title': 'Floods'}, 'Two died.', 4)
    >>> split_front_matter("No front matter.")
    ({}, 'No front matter.', 1)
    """
    stripped = text.lstrip("\ufeff")
    if not (stripped.startswith("---\n") or stripped.startswith("---\r\n")):
        return {}, text, 1
    lines = stripped.splitlines(keepends=True)
    for i, line in enumerate(lines[1:], start=1):
        if line.rstrip("\r\n") in ("---", "..."):
            head, body = "".join(lines[1:i]), "".join(lines[i + 1 :])
            break
    else:
        return "front matter has no closing '---' line; read as text", text, 1
    try:
        meta = yaml.load(head, Loader=_FrontMatterLoader) if head.strip() else {}
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        return f"front matter is not valid YAML ({_one_line(exc)}); ignored", body, i + 2
    if not isinstance(meta, dict):
        return "front matter is not a mapping of keys to values; ignored", body, i + 2
    return {str(k): v for k, v in meta.items()}, body, i + 2


def _read_html(source: _Source, data: bytes, reader: _Reader) -> None:
    """An HTML page: main text via trafilatura, publication date via htmldate (the ``[html]`` extra)."""
    try:
        import htmldate
        import trafilatura
        from lxml import html as lxml_html
    except ImportError:
        raise SkipDocument("reading HTML needs trafilatura and htmldate: pip install 'claimcheck[html]'") from None
    kind = _binary_kind(data)
    if kind:
        raise SkipDocument(f"binary file ({kind})")
    if not data.strip():
        _add_document(reader, source, source.doc_id, "", dict(source.metadata), line=None)
        return
    # Parsed trees, never raw strings: htmldate would take a bare URL for a page to fetch.
    published = htmldate.find_date(lxml_html.fromstring(data), original_date=True, extensive_search=False)
    extracted = trafilatura.bare_extraction(lxml_html.fromstring(data), with_metadata=True, include_comments=False)
    text = getattr(extracted, "text", None) or ""
    if not text:
        reader.note(source.path, 0, "no main text found in the HTML page")
    found = {
        "published": published,
        "title": getattr(extracted, "title", None),
        "outlet": getattr(extracted, "sitename", None),
        "url": getattr(extracted, "url", None),
    }
    fields = {**{k: v for k, v in found.items() if v}, **source.metadata}
    _add_document(reader, source, source.doc_id, text, fields, line=None)


def _read_jsonl(source: _Source, data: bytes, reader: _Reader) -> None:
    """JSON Lines: one object per line; a bad line is skipped with its line number."""
    text, note = decode(data, encoding=reader.encoding)
    if note:
        reader.note(source.path, 0, note)
    for number, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            reader.skip(source.path, number, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        except (ValueError, RecursionError) as exc:  # nested past the recursion limit, an integer of 5,000 digits
            reader.skip(source.path, number, f"invalid JSON: {_json_limit(exc)}")
            continue
        _add_record(reader, source, record, number, f"{source.doc_id}:{number}")


def _read_json(source: _Source, data: bytes, reader: _Reader) -> None:
    """A JSON file: a list of document objects, or one object."""
    text, note = decode(data, encoding=reader.encoding)
    if note:
        reader.note(source.path, 0, note)
    if not text.strip():
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SkipDocument(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except (ValueError, RecursionError) as exc:
        raise SkipDocument(f"invalid JSON: {_json_limit(exc)}") from None
    records = value if isinstance(value, list) else [value]
    for index, record in enumerate(records, start=1):
        _add_record(reader, source, record, 0, f"{source.doc_id}#{index}", item=index)


def _read_csv(source: _Source, data: bytes, reader: _Reader) -> None:
    """A CSV file with a header row; a malformed row is skipped with its line number."""
    text, note = decode(data, encoding=reader.encoding)
    if note:
        reader.note(source.path, 0, note)
    previous_limit = csv.field_size_limit()
    csv.field_size_limit(2**31 - 1)  # article texts are longer than csv's default 128 KiB cap
    try:
        rows = _csv_rows(text)
        first = next(rows, None)
        if first is None:
            return
        if isinstance(first[1], str):
            raise SkipDocument(f"malformed CSV header at line {first[0]}: {first[1]}")
        header = first[1]
        for start, row in rows:
            if isinstance(row, str):
                reader.skip(source.path, start, row)
                continue
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                reader.skip(source.path, start, f"row has {len(row)} fields, the header has {len(header)}")
                continue
            _add_record(reader, source, dict(zip(header, row, strict=True)), start, f"{source.doc_id}:{start}")
    finally:
        csv.field_size_limit(previous_limit)


def _csv_rows(text: str) -> Iterator[tuple[int, list[str] | str]]:
    """``(line where the row starts, fields)``, or ``(line, reason)`` for a row the strict reader rejects.

    The reader is strict: a quote that is never closed (or closed in the middle
    of a field) is an error rather than a field that swallows the rows after it
    (issue 15). The rejected row's first line is skipped and reading resumes on
    the next line, so the rows it would have swallowed are still read.
    """
    lines = _Lines(list(io.StringIO(text, newline="")))  # split as csv splits: \n, \r, \r\n only
    while lines.position < len(lines.items):
        rows = csv.reader(lines, strict=True)
        while True:
            start = lines.position + 1
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                problem = "unclosed quote" if "end of data" in str(exc) else f"misplaced quote ({exc})"
                yield start, f"malformed CSV row: {problem}; the row is skipped, reading resumes on the next line"
                lines.position = start  # resume after the first line of the bad row
                break
            yield start, row


class _Lines:
    """The lines of a CSV text, read by ``csv.reader`` from a position that can be moved back."""

    def __init__(self, items: list[str]) -> None:
        self.items = items
        self.position = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.position >= len(self.items):
            raise StopIteration
        self.position += 1
        return self.items[self.position - 1]


def _read_parquet(source: _Source, data: bytes, reader: _Reader) -> None:
    """A Parquet file (needs pyarrow, the ``[parquet]`` extra)."""
    try:
        frame = pd.read_parquet(io.BytesIO(data))
    except ImportError:
        raise SkipDocument("reading Parquet needs pyarrow: pip install 'claimcheck[parquet]'") from None
    except Exception as exc:
        raise SkipDocument(f"not a readable Parquet file: {_one_line(exc)}") from None
    for index, record in enumerate(frame.to_dict("records"), start=1):
        _add_record(reader, source, record, 0, f"{source.doc_id}#{index}", item=index)


def _add_record(
    reader: _Reader, source: _Source, record: Any, line: int, default_id: str, *, item: int | None = None
) -> None:
    """One row of a table format: text and metadata by the configured column names."""
    cols = reader.columns
    where_line = line or (item or 0)
    if not isinstance(record, dict):
        reader.skip(source.path, where_line, f"expected an object, found {type(record).__name__}")
        return
    if cols.text not in record:
        reader.skip(source.path, where_line, f"no {cols.text!r} field (fields: {', '.join(map(str, record))})")
        return
    text = record[cols.text]
    if _is_missing(text):  # null is not an empty article: said, not read as one (issue 15)
        reader.skip(source.path, where_line, f"{cols.text!r} is null (no text)")
        return
    if not isinstance(text, str):
        reader.skip(source.path, where_line, f"{cols.text!r} is a {type(text).__name__}, not a string")
        return
    raw_id = record.get(cols.doc_id)
    doc_id = default_id if _is_missing(raw_id) or raw_id == "" else str(raw_id)
    names = {
        "published": cols.published,
        "outlet": cols.outlet,
        "title": cols.title,
        "url": cols.url,
        "event": cols.event,
    }
    fields = {key: record.get(name) for key, name in names.items() if not _is_missing(record.get(name))}
    _add_document(reader, source, doc_id, text, fields, line=line or None, where_line=where_line)


def _add_document(
    reader: _Reader,
    source: _Source,
    doc_id: str,
    text: str,
    fields: Mapping[str, Any],
    *,
    line: int | None,
    where_line: int = 0,
) -> None:
    row: dict[str, Any] = {"doc_id": doc_id, "text": text, "path": source.path, "line": line}
    for key in METADATA_FIELDS:
        value = fields.get(key)
        if _is_missing(value) or value == "":
            continue
        if isinstance(value, (list, dict, set, tuple)):  # YAML aliases can make str() of one exponential
            reader.note(source.path, where_line, f"{key} is a {type(value).__name__}, not a single value; ignored")
            continue
        if key == "published":
            found = timestamps.coerce(value)
            if found.stamp is None:
                reason = found.problem or "not understood"
                reader.note(source.path, where_line, f"published date {_short(value)} {reason}; left missing")
                continue
            if found.how and found.how.startswith("epoch"):
                reader.note(source.path, where_line, f"published {value!r} read as {found.how}: {found.stamp}")
            value = found.stamp
        row[key] = value if key == "published" else str(value)
    reader.add(row, source.path, where_line)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value)) if not isinstance(value, (list, dict, str)) else False
    except (TypeError, ValueError):
        return False


def _problems_frame(items: list[tuple[str, int, str]], last: str = "reason") -> pd.DataFrame:
    frame = pd.DataFrame(items, columns=["path", "line", last])
    return frame.astype({"path": "string", "line": "int64", last: "string"})


def _reason_kind(reason: str) -> str:
    """A short kind for the summary: the reason up to its first parenthesis or colon."""
    return reason.split("(")[0].split(":")[0].strip()


def _clean(value: str) -> tuple[str, bool]:
    """``value`` without unpaired surrogates, which cannot be stored or written as UTF-8, and whether it had any.

    A file name whose bytes are not UTF-8 comes from the OS with escapes: they are shown as ``\\xNN``;
    a stray ``\\ud800`` from JSON becomes U+FFFD.

    >>> _clean("caf\\udce9.txt"), _clean("ok")
    (('caf\\\\xe9.txt', True), ('ok', False))
    """
    try:
        value.encode("utf-8")
        return value, False
    except UnicodeEncodeError:
        pass
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"), True
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in value), True


def _json_limit(exc: BaseException) -> str:
    """Why valid-looking JSON could not be loaded: too deeply nested, or a number too long to convert."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return _one_line(exc)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
