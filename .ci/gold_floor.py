"""Score claimcheck on each gold file in ../shared/gold and fail when any score is below its floor.

The floors are per file, in gold-floor.json (a name under ``tests/`` is the project's own corpus, the others
files of ../shared/gold): ``{"files": {"real-dev.jsonl": {section: {name: floor}}}, "all": ...}``.
``all`` scores every listed file together as one corpus; its ``mixed`` section caps the findings between two
different cases (``cross_case_alarms``: every one is wrong, as the cases are different events). ``groups`` name
sets of files scored together with floors of their own (``{"name": {"files": [...], "floors": {...}}}``), so
that a corpus added to ``all`` does not loosen what the files before it were held to.
A name whose floor is a ceiling (``not_claim_hits``, ``cross_case_alarms``) fails when the score is above it.
Raise a floor when scores rise; never lower one to make a change pass.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent.parent / "shared" / "gold"
CEILINGS = frozenset({"not_claim_hits", "cross_case_alarms", "conflict_fp"})


def score(paths: list[Path]) -> dict:
    """score.py's JSON scores for these gold files, with its human summary printed."""
    args = [sys.executable, str(GOLD / "score.py"), *map(str, paths)]
    human = subprocess.run(args, capture_output=True, text=True, check=True)
    print(human.stdout, end="")
    out = subprocess.run([*args, "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def below(scores: dict, limits: dict, where: str) -> list[str]:
    failures = []
    for section, names in limits.items():
        for name, floor in names.items():
            got = scores[section][name]
            ok = got <= floor if name in CEILINGS else got >= floor
            if not ok:
                failures.append(f"{where}: {section}.{name} = {got:.3f}, floor {floor}")
    return failures


def main() -> int:
    floors = json.loads((HERE / "gold-floor.json").read_text())
    failures: list[str] = []
    paths = []
    for name, limits in floors["files"].items():
        # a name under tests/ is the project's own corpus (our own sentences), the others the shared gold
        path = HERE.parent / name if name.startswith("tests/") else GOLD / name
        if not path.exists():
            print(f"gold_floor: {path} is missing", file=sys.stderr)
            return 2
        paths.append(path)
        print(f"== {name}")
        failures += below(score([path]), limits, name)
    print("== all files as one corpus")
    failures += below(score(paths), floors["all"], "all files")
    # a group of the files as one corpus keeps its own floors when files are added to "all"
    for name, group in floors.get("groups", {}).items():
        members = [p for p in paths if any(str(p).endswith(f) for f in group["files"])]
        print(f"== {name} as one corpus")
        failures += below(score(members), group["floors"], name)
    for failure in failures:
        print(f"gold_floor: below the floor: {failure}", file=sys.stderr)
    if not failures:
        print("gold_floor: every score at or above its floor")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
