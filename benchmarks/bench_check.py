"""Time claimcheck.check on generated claims frames of 10k, 100k and 1M claims.

Usage: python benchmarks/bench_check.py [--sizes 10000 100000 1000000] [--seed 0]

The claims mimic a news corpus: running totals per place that rise day by day
(a few reported late or from another source, so some conflicts exist), incident
tolls on each day, part-of figures, about a third of claims without a place,
and a few projected or disputed figures. Prints wall-clock seconds per size, the
CPU seconds of this process (on a machine shared with other work the wall clock
waits for the CPU; CPU seconds do not), and the growth ratio of seconds per claim
against the smallest size (1.0 = linear).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

import claimcheck
from claimcheck import schema

PLACES = np.array(
    [
        "Gaza",
        "Rafah",
        "Khan Younis",
        "Gaza City",
        "Jabalia",
        "Deir al-Balah",
        "Nuseirat camp",
        "Al-Shifa hospital",
        "Bureij camp",
        "Beit Lahia",
        "Kharkiv",
        "Kyiv",
        "Zaporizhzhia",
        "Derna",
        "Moscow",
        None,
    ]
)
SUBJECTS = np.array(["people", "children", "women", "Palestinians", "civilians"])
SOURCES = np.array(
    [
        "Gaza health officials",
        "the Hamas-run health ministry",
        "medics",
        "Israeli military",
        "civil defence",
        None,
        None,
        "the United Nations",
        "OCHA",
    ]
)
CATEGORIES = np.array(["killed", "injured", "missing", "displaced", "detained", "hostages"])


def generate(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` claims over ``n / 100`` documents and ``n / 100`` days (a bigger corpus covers more days).

    Every figure is a way of writing one true value (exact, "more than" or "at
    least" a round figure below it, "about" it), so reports agree except the 1%
    written low, as a stale or mistyped figure would be: conflicts grow with the
    claims.
    """
    rng = np.random.default_rng(seed)
    day = rng.integers(0, max(n // 100, 1), n)
    category = CATEGORIES[rng.choice(len(CATEGORIES), n, p=[0.45, 0.3, 0.07, 0.08, 0.05, 0.05])]
    incident = rng.random(n) < 0.4
    # running totals are about Gaza (named or not); incidents happen somewhere named
    place_i = np.where(incident, rng.integers(0, len(PLACES) - 5, n), rng.choice([0, len(PLACES) - 1], n))
    subject_i = rng.integers(0, len(SUBJECTS), n)
    cat_i = np.searchsorted(np.sort(CATEGORIES), category)
    # the true value: totals rise with the day; an incident's toll is fixed per day and place
    true = np.where(
        incident,
        1 + (day * 7919 + place_i * 104729 + cat_i * 13 + subject_i * 31) % 300,
        1000 + day * 40 + cat_i * 5000 + subject_i * 900,  # distinct per key, rising
    ).astype(float)
    true = np.where(rng.random(n) < 0.01, np.floor(true * 0.8), true)
    qualifier = rng.choice(np.array(["exact", "more_than", "at_least", "about"]), n, p=[0.55, 0.2, 0.15, 0.1])
    step = 10.0 ** np.maximum(np.floor(np.log10(np.maximum(true, 1))) - 1, 0)
    rounded = np.floor(true / step) * step
    open_low = np.where(qualifier == "more_than", np.minimum(rounded, true - 1), rounded)
    low = np.where(qualifier == "exact", true, np.where(qualifier == "about", true * 0.9, open_low))
    low = np.maximum(low, 0)
    high = np.where(qualifier == "exact", true, np.where(qualifier == "about", true * 1.1, np.inf))
    implied = np.where(np.isin(qualifier, ["more_than", "at_least"]), low + step * 10, high)
    published = pd.Timestamp("2023-10-07") + pd.to_timedelta(day, unit="D")
    ids = np.char.add("c", np.arange(n).astype(str))
    docs = np.char.add("d", (np.arange(n) // 100).astype(str))
    part_of = np.where(
        (rng.random(n) < 0.05) & (np.arange(n) > 0), np.char.add("c", (np.arange(n) - 1).astype(str)), None
    )
    frame = pd.DataFrame(
        {
            "claim_id": ids,
            "doc_id": docs,
            "surface": pd.Series(low).round().astype(int).astype(str),
            "sentence": np.char.add("s", (np.arange(n) // 3).astype(str)),
            "low": low,
            "high": high,
            "low_inclusive": qualifier != "more_than",
            "high_inclusive": qualifier != "more_than",
            "value": true,
            "qualifier": qualifier,
            "category": category,
            "subject": SUBJECTS[subject_i],
            "location": PLACES[place_i],
            "source": SOURCES[rng.integers(0, len(SOURCES), n)],
            "claim_date": published,
            "published": published,
            "scope": np.where(incident, "incident", "cumulative"),
            "modality": rng.choice(np.array(["asserted", "projected", "disputed"]), n, p=[0.96, 0.02, 0.02]),
            "implied_high": implied,
            "outlet": rng.choice(np.array(["Reuters", "AP", "AFP", "Al Jazeera"]), n),
            "part_of": part_of,
        }
    )
    return schema.conform(frame, "claims")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rows = []
    for n in args.sizes:
        claims = generate(n, args.seed)
        t0, c0 = time.perf_counter(), time.process_time()
        conflicts = claimcheck.check(claims)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        rows.append((n, seconds, cpu, len(conflicts)))
    first_n, first_s, _, _ = rows[0]
    print(f"{'claims':>10} {'seconds':>9} {'cpu s':>9} {'conflicts':>10} {'growth':>7}")
    for n, seconds, cpu, found in rows:
        growth = (seconds / n) / (first_s / first_n)
        print(f"{n:>10,} {seconds:>9.2f} {cpu:>9.2f} {found:>10,} {growth:>7.2f}")


if __name__ == "__main__":
    main()
