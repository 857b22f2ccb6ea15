"""Score claimcheck on ../shared/gold/*.jsonl and fail when any score is below the floor in gold-floor.json.

Raise a floor when scores rise; never lower one to make a change pass.
"""

from __future__ import annotations

import glob
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent.parent / "shared" / "gold"


def main() -> int:
    cases = sorted(glob.glob(str(GOLD / "*.jsonl")))
    if not cases:
        print(f"gold_floor: no gold cases under {GOLD}", file=sys.stderr)
        return 2
    human = subprocess.run([sys.executable, str(GOLD / "score.py"), *cases], capture_output=True, text=True, check=True)
    print(human.stdout, end="")
    out = subprocess.run([sys.executable, str(GOLD / "score.py"), *cases, "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)
    floor = json.loads((HERE / "gold-floor.json").read_text())
    failures = []
    for section, limits in floor.items():
        for name, minimum in limits.items():
            got = scores[section][name]
            ok = got <= minimum if name == "not_claim_hits" else got >= minimum
            if not ok:
                failures.append(f"{section}.{name} = {got:.3f}, floor {minimum}")
    for failure in failures:
        print(f"gold_floor: below the floor: {failure}", file=sys.stderr)
    if not failures:
        print("gold_floor: every score at or above its floor")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
