"""Check a whole archive through the command line: wall time, peak memory, findings per claim, report size (issue 14).

An archive of JSON Lines articles is written from :mod:`articles` (about 5 MB
at 1x; 4x and 16x are about 20 and 80 MB), then ``claimcheck check ARCHIVE
--format json -o REPORT`` runs in a child process, as a CI job would run it.
Each run goes through a fresh intermediate process whose
``getrusage(RUSAGE_CHILDREN)`` gives that run's peak RSS alone.

    .venv/bin/python benchmarks/bench_archive.py                  # 1x only
    .venv/bin/python benchmarks/bench_archive.py --sizes 1,4,16   # the three sizes
    .venv/bin/python benchmarks/bench_archive.py --sizes 1 --format jsonl --all-pairs

Targets (printed with met / NOT MET): 1x under 60 s, peak RSS under 2 GB, at
most 2 findings per claim, report under 50 MB. They are checked here, never in
timed unit tests.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import generate_articles  # noqa: E402

#: Bytes of JSON Lines at 1x.
BASE_BYTES = 5 * 1024 * 1024

#: Articles generated per seed while an archive is written (each chunk is fresh text).
CHUNK = 200

# Issue 14's targets: the 5 MB archive (1x) under 60 s, under 2 GB peak RSS and a report under 50 MB; the 80 MB
# archive (16x) under 4 GB and within 15% of linear time from the 1x run; at most 2 findings per claim at any size.
TARGET_SECONDS_1X = 60.0
TARGET_RSS_MB = 2048.0
TARGET_RSS_MB_16X = 4096.0
TARGET_LINEAR_SLACK = 0.15
TARGET_FINDINGS_PER_CLAIM = 2.0
TARGET_REPORT_MB = 50.0

_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:]).returncode
wall = time.perf_counter() - start
print(code, wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def write_archive(path: Path, target_bytes: int, seed: int = 0) -> tuple[int, int]:
    """Write about ``target_bytes`` of JSON Lines articles to ``path``; (articles, bytes) written."""
    written, articles, chunk = 0, 0, 0
    with open(path, "w", encoding="utf-8") as out:
        while written < target_bytes:
            docs = generate_articles(CHUNK, seed=seed * 10_000 + chunk)
            chunk += 1
            for row in docs.itertuples(index=False):
                line = (
                    json.dumps(
                        {
                            "doc_id": row.doc_id,
                            "text": row.text,
                            "published": row.published.date().isoformat(),
                            "outlet": row.outlet,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
                out.write(line)
                written += len(line.encode("utf-8"))
                articles += 1
                if written >= target_bytes:
                    break
    return articles, written


def run_check(archive: Path, report: Path, fmt: str, all_pairs: bool) -> tuple[int, float, float]:
    """Run ``claimcheck check`` on the archive in a child; (exit code, wall seconds, peak RSS in MB)."""
    command = [sys.executable, "-m", "claimcheck.cli", "check", str(archive), "--format", fmt, "-o", str(report)]
    command += ["--no-config", "-q"] + (["--all-pairs"] if all_pairs else [])
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], stdout=subprocess.PIPE, text=True, check=False, env=dict(os.environ)
    )
    if done.returncode != 0 or not done.stdout.strip():
        raise SystemExit("measuring failed (the command's errors are above)")
    code, wall, rss_kb = done.stdout.split()[-3:]
    return int(code), float(wall), float(rss_kb) / 1024


def counts(report: Path, fmt: str) -> tuple[int | None, int]:
    """(claims, findings) of a report: the JSON summary, or the lines of JSON Lines (claims unknown there)."""
    if fmt == "jsonl":
        with open(report, encoding="utf-8") as lines:
            return None, sum(1 for _ in lines)
    with open(report, encoding="utf-8") as body:
        head = body.read(4096)
    summary = json.loads(head[: head.index('"conflicts": [')].rstrip().rstrip(",") + "}")["summary"]
    return int(summary["claims"]), int(summary["conflicts"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1", help="comma-separated multiples of the 1x archive (default: 1)")
    parser.add_argument("--base-mb", type=float, default=BASE_BYTES / 2**20, help="size of 1x in MB (default: 5)")
    parser.add_argument("--format", choices=["json", "jsonl"], default="json", help="report format (default: json)")
    parser.add_argument("--all-pairs", action="store_true", help="report every pair instead of one per figure")
    parser.add_argument("--workdir", help="keep the archives and reports in this folder (default: a temporary one)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    folder = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="claimcheck-archive-"))
    folder.mkdir(parents=True, exist_ok=True)
    header = (
        f"{'size':>5} {'articles':>9} {'MB in':>7} {'write s':>8} {'wall s':>7} {'peak RSS MB':>12} "
        f"{'claims':>8} {'findings':>9} {'per claim':>10} {'report MB':>10}"
    )
    print(header)
    results = []
    for size in sizes:
        archive = folder / f"archive-{size}x.jsonl"
        start = time.perf_counter()
        articles, written = write_archive(archive, int(args.base_mb * 2**20 * size), seed=size)
        write_s = time.perf_counter() - start
        report = folder / f"report-{size}x.{args.format}"
        code, wall, rss = run_check(archive, report, args.format, args.all_pairs)
        if code not in (0, 1) or not report.exists():
            raise SystemExit(f"claimcheck check failed on {archive} (exit {code})")
        claims, findings = counts(report, args.format)
        per_claim = findings / claims if claims else None
        report_mb = report.stat().st_size / 2**20
        results.append((size, wall, rss, per_claim, report_mb))
        print(
            f"{size:>4}x {articles:>9} {written / 2**20:>7.1f} {write_s:>8.1f} {wall:>7.1f} {rss:>12.0f} "
            f"{claims if claims is not None else '-':>8} {findings:>9} "
            f"{f'{per_claim:.2f}' if per_claim is not None else '-':>10} {report_mb:>10.1f}"
            + (f"  (exit {code})" if code not in (0, 1) else ""),
            flush=True,
        )
        if not args.workdir:
            archive.unlink()
            report.unlink()
    print()
    for what, ok, target in targets(results):
        print(f"  {what:<36} (target {target})  {'met' if ok else 'NOT MET'}")
    return 0


def targets(results: list[tuple[int, float, float, float | None, float]]) -> list[tuple[str, bool, str]]:
    """Each of issue 14's targets that the sizes run can be held to: (what was measured, met, the target)."""
    checks: list[tuple[str, bool, str]] = []
    base = next((wall for size, wall, *_ in results if size == 1), None)
    for size, wall, rss, per_claim, report_mb in results:
        if size == 1:
            checks.append((f"1x wall {wall:.1f} s", wall < TARGET_SECONDS_1X, f"< {TARGET_SECONDS_1X:.0f} s"))
            checks.append((f"1x peak RSS {rss:.0f} MB", rss < TARGET_RSS_MB, f"< {TARGET_RSS_MB:.0f} MB"))
            report = f"1x report {report_mb:.1f} MB"
            checks.append((report, report_mb < TARGET_REPORT_MB, f"< {TARGET_REPORT_MB:.0f} MB"))
        if size == 16:
            checks.append((f"16x peak RSS {rss:.0f} MB", rss < TARGET_RSS_MB_16X, f"< {TARGET_RSS_MB_16X:.0f} MB"))
            if base is not None:
                linear = 16 * base
                checks.append(
                    (
                        f"16x wall {wall:.1f} s (linear {linear:.0f} s)",
                        wall <= linear * (1 + TARGET_LINEAR_SLACK),
                        f"<= {linear * (1 + TARGET_LINEAR_SLACK):.0f} s",
                    )
                )
        if per_claim is not None:  # JSON Lines carry no claim count
            checks.append(
                (f"{size}x findings per claim {per_claim:.2f}", per_claim <= TARGET_FINDINGS_PER_CLAIM, "<= 2")
            )
    return checks


if __name__ == "__main__":
    raise SystemExit(main())
