"""Fuzz ``extract`` and ``check`` with atheris (coverage-guided), checking the claim model's invariants.

Each input is decoded to text (any code point but unpaired surrogates, as a
document read from disk would be) and run through the whole pipeline. The
harness fails (and atheris saves the input as ``crash-*``) on any exception and
on any broken invariant: ``text[start:end] != surface``, ``value`` outside
``[low, high]``, a claim paired with itself or a pair reported twice, output
that differs between two runs, or an input that takes more than
``SLOW_SECONDS`` (a sign of regex backtracking).

Run from the repository root (see fuzz/README.md)::

    .venv/bin/python fuzz/fuzz_extract.py fuzz/corpus fuzz/seeds -max_total_time=600 -max_len=4096

Repeat one saved input: ``.venv/bin/python fuzz/fuzz_extract.py crash-<hash>``.
"""

from __future__ import annotations

import sys
import time
from collections import Counter

import atheris

with atheris.instrument_imports(include=["claimcheck"]):
    import pandas as pd

    import claimcheck
    from claimcheck.extraction.numbers import find_numbers
    from claimcheck.extraction.sentences import split_sentences

SLOW_SECONDS = 5.0
PUBLISHED = pd.Timestamp("2024-03-08")


class InvariantBroken(AssertionError):
    """An output the claim model forbids."""


def _text(data: bytes) -> str:
    provider = atheris.FuzzedDataProvider(data)
    if provider.ConsumeBool():  # half the time the bytes as a file would be read: UTF-8, else Windows-1252
        raw = provider.ConsumeBytes(provider.remaining_bytes())
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    else:
        text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    return text


def check_one(text: str) -> None:
    began = time.perf_counter()
    docs = pd.DataFrame({"doc_id": ["a", "b"], "text": [text, text[::-1]], "published": [PUBLISHED, PUBLISHED]})
    claims = claimcheck.extract(docs)
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    for row in claims.itertuples(index=False):
        if texts[row.doc_id][row.start : row.end] != row.surface:
            raise InvariantBroken(f"offsets {row.start}:{row.end} do not give surface {row.surface!r}")
        if not row.low <= row.value <= row.high:
            raise InvariantBroken(f"{row.surface!r}: value {row.value} outside [{row.low}, {row.high}]")
    conflicts = claimcheck.check(claims)
    pairs = conflicts.dropna(subset=["claim_b"])
    if (pairs["claim_a"] == pairs["claim_b"]).any():
        raise InvariantBroken("a claim is paired with itself")
    keys = Counter(
        (r, frozenset((a, b))) for r, a, b in zip(pairs["rule"], pairs["claim_a"], pairs["claim_b"], strict=True)
    )
    if any(n > 1 for n in keys.values()):
        raise InvariantBroken(f"a pair is reported twice: {[k for k, n in keys.items() if n > 1]}")
    again = claimcheck.extract(docs)
    if not claims.equals(again):
        raise InvariantBroken("the same input gave a different claims frame")
    for s in split_sentences(text):
        if text[s.start : s.end] != s.text:
            raise InvariantBroken(f"sentence offsets {s.start}:{s.end} are wrong")
    for p in find_numbers(text):
        if text[p.start : p.end] != p.surface or not p.low <= p.value <= p.high:
            raise InvariantBroken(f"number phrase {p.surface!r} is inconsistent")
    took = time.perf_counter() - began
    if took > SLOW_SECONDS:
        raise InvariantBroken(f"{len(text)} characters took {took:.1f} s (superlinear pattern?)")


def test_one_input(data: bytes) -> None:
    check_one(_text(data))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
