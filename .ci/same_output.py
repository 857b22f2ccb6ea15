"""Prove a refactor kept behaviour: claims and conflicts, byte for byte, before and after.

Runs :func:`claimcheck.extract` and :func:`claimcheck.check` (all pairs, as the
gold scorer does) on every shared gold case, on each gold file as one corpus,
on our own corpus, on a generated benchmark corpus and on the check benchmark's
generated claims (checked also with the default, one finding per figure), and writes every frame
as CSV into one folder. Run it on the tree before a change and after, then
compare the two folders::

    python .ci/same_output.py /tmp/before          # on the old tree
    python .ci/same_output.py /tmp/after           # on the new tree
    python .ci/same_output.py --compare /tmp/before /tmp/after

``--compare`` prints the frames that differ and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "gold"


def _gold_files() -> list[Path]:
    files = sorted(SHARED.glob("*.jsonl")) + sorted(SHARED.glob("unseen/*.jsonl"))
    return files + sorted((ROOT / "tests" / "corpus").glob("*.jsonl"))


def _documents(docs: list[dict], prefix: str = "") -> pd.DataFrame:
    frame = pd.DataFrame([{**d, "doc_id": prefix + d["doc_id"]} for d in docs])
    if "published" in frame:
        frame["published"] = pd.to_datetime(frame["published"])
    return frame


def _run(docs: pd.DataFrame) -> dict[str, pd.DataFrame]:
    import claimcheck

    claims = claimcheck.extract(docs)
    return {"claims": claims, **_checked(claims)}


def _checked(claims: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The conflicts with every pair (as the gold scorer asks) and with the default, one finding per figure."""
    import claimcheck

    try:
        return {"conflicts": claimcheck.check(claims, pairs="all"), "per-figure": claimcheck.check(claims)}
    except TypeError:  # a tree from before issue 14
        return {"conflicts": claimcheck.check(claims)}


def _generated_claims() -> dict[str, pd.DataFrame]:
    """The benchmark's generated claims (100,000: checked in batches of events), checked both ways."""
    from bench_check import generate

    return _checked(generate(100_000, seed=3))


def _corpora() -> dict[str, pd.DataFrame]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from articles import generate_articles

    corpora: dict[str, pd.DataFrame] = {}
    for path in _gold_files():
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        name = path.relative_to(path.parents[1] if path.parent.name == "unseen" else path.parent).as_posix()
        everything = []
        for case in cases:
            corpora[f"{name}/{case['case']}"] = _documents(case["docs"])
            everything.extend({**d, "doc_id": f"{case['case']}::{d['doc_id']}"} for d in case["docs"])
        corpora[f"{name}/ALL"] = _documents(everything)
    corpora["generated/200"] = generate_articles(200, seed=7)
    return corpora


def write(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    runs = {name: _run(docs) for name, docs in _corpora().items()}
    runs["generated/claims-100k"] = _generated_claims()
    for name, frames in runs.items():
        stem = folder / name.replace("/", "__")
        for kind, frame in frames.items():
            frame.to_csv(f"{stem}.{kind}.csv", index=False)
    print(f"wrote {len(list(folder.glob('*.csv')))} frames to {folder}")
    return 0


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.glob("*.csv")} | {p.name for p in after.glob("*.csv")})
    differ = []
    for name in names:
        a, b = before / name, after / name
        if not (a.exists() and b.exists()) or a.read_bytes() != b.read_bytes():
            differ.append(name)
    digest = hashlib.sha256(b"".join((before / n).read_bytes() for n in names if (before / n).exists())).hexdigest()
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(names) - len(differ)} of {len(names)} frames byte-identical (sha256 of all: {digest[:16]})")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="folder to write, or two folders with --compare")
    parser.add_argument("--compare", action="store_true", help="compare two folders written before")
    args = parser.parse_args(argv)
    if args.compare:
        if len(args.folders) != 2:
            parser.error("--compare takes two folders")
        return compare(*args.folders)
    if not SHARED.is_dir():
        # without the gold cases the folder would hold fewer frames, and a comparison would prove less than it says
        print(f"same_output: no gold cases at {SHARED} (../shared beside the checkout)", file=sys.stderr)
        return 2
    return write(args.folders[0])


if __name__ == "__main__":
    raise SystemExit(main())
