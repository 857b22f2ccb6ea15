"""Fuzz the readers and the command line with atheris: any file bytes, any format, never a traceback (issue 15).

Each input chooses a file suffix (``.txt``, ``.md``, ``.jsonl``, ``.json``,
``.csv``, ``.html``, ``.parquet``) and the bytes of the file, which is written
to a fresh folder and read by ``read_corpus_report``, then by ``claimcheck
extract`` and ``claimcheck check`` in-process. The harness fails on:

- any exception from the reader (every problem must be a skip or a note);
- documents that are not accounted for (a skip or note without a path);
- a published date outside the range the frames hold, or not at nanoseconds;
- a CLI exit code other than 0, 1 or 2 (3 means an internal error: a bug);
- an ESC, BEL or bidi override reaching the text or Markdown output, or raw ``<`` in Markdown;
- one input taking more than ``SLOW_SECONDS``.

Run from the repository root (see fuzz/README.md)::

    .venv/bin/python fuzz/fuzz_readers.py fuzz/corpus-readers fuzz/seeds -max_total_time=600 -max_len=4096
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["claimcheck"]):
    import pandas as pd

    from claimcheck import cli
    from claimcheck.reading.corpus import read_corpus_report

SLOW_SECONDS = 10.0
SUFFIXES = (".txt", ".md", ".jsonl", ".json", ".csv", ".html", ".parquet")
FORBIDDEN = ("\x1b", "\x07", "\u202e")


class InvariantBroken(AssertionError):
    """An outcome the robustness promises forbid."""


def check_one(suffix: str, data: bytes) -> None:
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        report = read_corpus_report(folder)
        if report.skipped["path"].isna().any() or report.notes["path"].isna().any():
            raise InvariantBroken("a skip or note without a path")
        published = report.docs["published"]
        if str(published.dtype) != "datetime64[ns]":
            raise InvariantBroken(f"published is {published.dtype}")
        if published.notna().any() and not (published.dropna() >= pd.Timestamp.min).all():
            raise InvariantBroken("a published date outside the range")
        for argv in (
            ["extract", folder, "--no-config"],
            ["check", folder, "--no-config"],
            ["check", folder, "--no-config", "--format", "markdown"],
        ):
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = cli.main(argv)
            if code not in (0, 1, 2):
                raise InvariantBroken(f"exit {code} for {argv}: {err.getvalue()[-500:]}")
            if any(ch in out.getvalue() or ch in err.getvalue() for ch in FORBIDDEN):
                raise InvariantBroken(f"a control character reached the output of {argv}")
            if "markdown" in argv and "<" in out.getvalue():
                raise InvariantBroken("raw '<' in Markdown output")
    took = time.perf_counter() - began
    if took > SLOW_SECONDS:
        raise InvariantBroken(f"{len(data)} bytes took {took:.1f} s")


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    suffix = SUFFIXES[provider.ConsumeIntInRange(0, len(SUFFIXES) - 1)]
    check_one(suffix, provider.ConsumeBytes(provider.remaining_bytes()))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
