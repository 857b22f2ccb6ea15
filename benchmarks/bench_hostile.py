"""Extraction cost on big and hostile input stays linear (issue 7).

Each case is run at three sizes, 1x, 4x and 16x, the 16x size being the one
the issue names (a 10 MB article, a 1 MB line without punctuation, 100k
digits ...). The table gives seconds, seconds per MB, and the ratios of
successive sizes: linear cost gives ratios near 4; a ratio well above 4
(flagged ``SUPERLINEAR``) means a pattern that backtracks or a loop over pairs.

    .venv/bin/python benchmarks/bench_hostile.py                 # every case (several minutes: a 10 MB document)
    .venv/bin/python benchmarks/bench_hostile.py --scale 0.1     # every size divided by ten, for a quick look
    .venv/bin/python benchmarks/bench_hostile.py --only dots,digits
    .venv/bin/python benchmarks/bench_hostile.py --memory        # peak RSS of 5 MB of figure-dense text (issue 15)

Run it alone on the machine: other load makes the small sizes noisy.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import claimcheck

KB, MB = 1024, 1024 * 1024


def news_prose(size: int, seed: int = 7) -> str:
    """Paragraphs of news-like prose with counts, sources, places and dates, ``size`` characters long."""
    rng = random.Random(seed)
    people = ["people", "Palestinians", "civilians", "children", "residents", "soldiers", "migrants", "workers"]
    verbs = ["were killed", "were wounded", "died", "are missing", "were displaced", "were arrested", "were injured"]
    places = ["in Rafah", "in Gaza City", "near Kherson", "in Khan Younis", "in northern Syria", "along the coast"]
    whens = ["on Tuesday", "since October 7", "so far", "overnight", "last week", "on March 3"]
    sources = ["medics said", "the health ministry said", "according to the United Nations", "police said"]
    quals = ["", "more than ", "at least ", "about ", "nearly ", "some ", "up to "]
    filler = [
        "The strike hit a residential block shortly after dawn.",
        "Aid convoys waited at the crossing for a third day.",
        "Hospitals reported shortages of fuel and medicine.",
        "The army said it was reviewing the incident.",
        "Talks on a ceasefire resumed in Cairo on Monday.",
        "Residents described hearing explosions through the night.",
    ]
    parts: list[str] = []
    total = 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            if rng.random() < 0.6:
                n = rng.choice([rng.randint(2, 99), rng.randint(100, 9999), rng.randint(10000, 60000)])
                figure = f"{rng.choice(quals)}{n:,}"
                sentences.append(
                    f"{figure[0].upper() + figure[1:]} {rng.choice(people)} {rng.choice(verbs)} "
                    f"{rng.choice(places)} {rng.choice(whens)}, {rng.choice(sources)}."
                )
            else:
                sentences.append(rng.choice(filler))
        paragraph = " ".join(sentences)
        parts.append(paragraph)
        total += len(paragraph) + 1
    return "\n".join(parts)[:size]


def figure_dense(size: int, seed: int = 1) -> str:
    """ "N killed, M killed, ...": a figure every ten characters and no full stop (issue 15's memory case)."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        part = f"{rng.randint(2, 999)} killed, "
        parts.append(part)
        total += len(part)
    return "".join(parts)[:size]


def repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def nested(size: int) -> str:
    half = size // 2
    opens = "([{\"\u201c'\u2018"
    closes = ")]}\"\u201d'\u2019"
    return "".join(opens[i % len(opens)] for i in range(half)) + "".join(
        closes[(half - 1 - i) % len(closes)] for i in range(half)
    )


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[int], str]
    size: int  # the 16x size, as the issue names it
    what: str


CASES = (
    Case("news_prose", news_prose, 10 * MB, "a 10 MB document of news prose"),
    Case(
        "no_punctuation",
        repeat("officials said people were killed and many more wounded near the crossing "),
        MB,
        "a 1 MB line with no punctuation",
    ),
    Case("digits", repeat("7"), 100_000, "100k digits"),
    Case("nested", nested, MB, "brackets and quotes nested 500k deep"),
    Case("more_than", repeat("more than "), MB, '"more than more than ..."'),
    Case("commas", repeat(","), 50_000, "50k commas"),
    Case("one_word", repeat("a"), MB, "a 1 MB word"),
    Case("dots", repeat("."), MB, "a 1 MB run of full stops (was quadratic)"),
    Case("spaced_digits", repeat("1 "), 256 * KB, "digits between spaces: a figure every 2 characters"),
    Case(
        "quoted_sources",
        repeat('"Ten killed," he said '),
        32 * KB,
        "a figure and an attribution every 22 characters, no full stop",
    ),
)
FACTORS = (1, 4, 16)


def measure(text: str) -> float:
    began = time.perf_counter()
    claimcheck.extract(text)
    return time.perf_counter() - began


def _extract_in_child(size: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    began = time.perf_counter()
    claims = claimcheck.extract(figure_dense(size))
    queue.put((len(claims), time.perf_counter() - began, int(claims["sentence"].str.len().max())))


def memory(size_mb: float, limit_gb: float = 2.0) -> int:
    """Extract ``size_mb`` MB of figure-dense text in a fresh process; print its peak RSS against ``limit_gb``."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_extract_in_child, args=(int(size_mb * MB), queue))
    child.start()
    claims, seconds, longest = queue.get()
    child.join()
    peak_gb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / MB  # KiB on Linux
    verdict = "under" if peak_gb < limit_gb else "OVER"
    print(
        f"figure_dense {size_mb:g} MB: {claims:,} claims in {seconds:.1f} s; longest sentence kept {longest} chars; "
        f"peak RSS {peak_gb:.2f} GB ({verdict} the {limit_gb:g} GB limit)"
    )
    return 0 if peak_gb < limit_gb else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size by this (default 1)")
    parser.add_argument("--only", help="comma-separated case names")
    parser.add_argument(
        "--memory", nargs="?", const=5.0, type=float, metavar="MB", help="peak RSS of MB (default 5) of figures"
    )
    args = parser.parse_args(argv)
    if args.memory is not None:
        return memory(args.memory)
    wanted = set(args.only.split(",")) if args.only else None
    claimcheck.extract("Warm-up: 3 people were hurt.")  # imports and compiled patterns out of the timings
    print(
        f"{'case':16} {'16x size':>10} | {'1x s':>8} {'4x s':>8} {'16x s':>8} | "
        f"{'s/MB 1x':>8} {'s/MB 4x':>8} {'s/MB 16x':>8} | {'4x/1x':>6} {'16x/4x':>6}"
    )
    print("-" * 112)
    worst = 0.0
    for case in CASES:
        if wanted and case.name not in wanted:
            continue
        top = max(16, int(case.size * args.scale))
        seconds, sizes = [], []
        for factor in FACTORS:
            size = top * factor // 16
            text = case.make(size)
            sizes.append(len(text))
            seconds.append(measure(text))
        per_mb = [s / (n / MB) for s, n in zip(seconds, sizes, strict=True)]
        r1, r2 = seconds[1] / max(seconds[0], 1e-9), seconds[2] / max(seconds[1], 1e-9)
        worst = max(worst, r2)
        flag = "  SUPERLINEAR" if r2 > 6 else ""
        print(
            f"{case.name:16} {sizes[2]:>10,} | {seconds[0]:8.3f} {seconds[1]:8.3f} {seconds[2]:8.3f} | "
            f"{per_mb[0]:8.2f} {per_mb[1]:8.2f} {per_mb[2]:8.2f} | {r1:6.2f} {r2:6.2f}{flag}",
            flush=True,
        )
    print(f"\nlinear cost gives ratios near 4; the largest 16x/4x ratio was {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
