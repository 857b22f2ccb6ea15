"""Baselines: remember today's findings by a stable fingerprint, report only new ones later.

A fingerprint hashes what a finding *is* — its rule and, for each claim, the
document, category, surface and which occurrence of that surface in the document
it is — never row numbers or conflict ids, so it survives re-runs, reordering of
the corpus and the addition of other documents.

>>> import pandas as pd
>>> from claimcheck import schema
>>> claims = schema.conform(pd.DataFrame({"claim_id": ["c1", "c2"], "doc_id": ["a.txt", "b.txt"],
...     "surface": ["40", "12"], "category": ["killed", "killed"], "start": [10, 30]}), "claims")
>>> conflicts = schema.conform(pd.DataFrame({"conflict_id": ["k1"], "rule": ["total_decreased"],
...     "claim_a": ["c1"], "claim_b": ["c2"], "doc_a": ["a.txt"], "doc_b": ["b.txt"]}), "conflicts")
>>> len(fingerprints(conflicts, claims)[0])
16
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterable
from typing import Any

import pandas as pd

from claimcheck.reading import atomic

log = logging.getLogger(__name__)

#: Bump when the fingerprint recipe changes (old baselines then match nothing, and say so).
FINGERPRINT_VERSION = 1
DEFAULT_BASELINE = "claimcheck-baseline.json"


class BaselineError(ValueError):
    """A baseline file that cannot be read or is not a claimcheck baseline; names the file."""


def fingerprints(conflicts: pd.DataFrame, claims: pd.DataFrame) -> list[str]:
    """One stable 16-hex-digit fingerprint per row of ``conflicts``, in row order.

    The two claims are sorted before hashing, so swapping ``claim_a`` and
    ``claim_b`` gives the same fingerprint.
    """
    identity = _claim_identities(claims)
    out = []
    rows: Iterable[Any] = conflicts.itertuples(index=False)
    for row in rows:
        parts = sorted(
            identity.get(str(claim_id), f"{doc}|?|{claim_id}")
            for claim_id, doc in ((row.claim_a, row.doc_a), (row.claim_b, row.doc_b))
            if not pd.isna(claim_id)
        )
        if not parts:  # a finding with no claims attached: fall back on its message
            parts = [f"{row.doc_a}|{row.message}"]
        key = "\x1f".join([f"v{FINGERPRINT_VERSION}", str(row.rule), *parts])
        out.append(hashlib.sha256(key.encode("utf-8")).hexdigest()[:16])
    return out


def _claim_identities(claims: pd.DataFrame) -> dict[str, str]:
    """claim_id -> "doc|category|surface|n", n counting earlier claims of that doc with the same surface."""
    if claims.empty:
        return {}
    ordered = claims.sort_values(["doc_id", "start", "claim_id"], kind="stable")
    seen: dict[tuple[str, str, str], int] = {}
    identity: dict[str, str] = {}
    for row in ordered.itertuples(index=False):
        surface = " ".join(str(row.surface).split()).lower()
        triple = (str(row.doc_id), str(row.category), surface)
        n = seen.get(triple, 0)
        seen[triple] = n + 1
        identity[str(row.claim_id)] = "|".join((*triple, str(n)))
    return identity


def write_baseline(path: str | os.PathLike[str], conflicts: pd.DataFrame, claims: pd.DataFrame) -> int:
    """Write the fingerprints of ``conflicts`` to ``path`` (atomically); return how many were written."""
    prints = fingerprints(conflicts, claims)
    entries = sorted(
        (
            {
                "fingerprint": fp,
                "rule": str(r.rule),
                "doc_a": _str(r.doc_a),
                "doc_b": _str(r.doc_b),
                "message": _str(r.message),
            }
            for fp, r in zip(prints, conflicts.itertuples(index=False), strict=True)
        ),
        key=lambda e: (e["fingerprint"], e["doc_a"] or ""),
    )
    unique = list({e["fingerprint"]: e for e in entries}.values())
    body = {"claimcheck_baseline": FINGERPRINT_VERSION, "findings": unique}
    atomic.write_text(path, json.dumps(body, indent=2, ensure_ascii=False) + "\n")
    log.info("wrote %d findings to baseline %s", len(unique), path)
    return len(unique)


def read_baseline(path: str | os.PathLike[str]) -> set[str]:
    """The fingerprints recorded in a baseline file; a missing file is an error naming it."""
    name = os.fspath(path)
    try:
        body = json.loads(atomic.read_regular_text(name))
    except FileNotFoundError:
        raise BaselineError(f"{name}: baseline file not found (create it with --write-baseline)") from None
    except OSError as exc:
        raise BaselineError(f"{name}: cannot read baseline: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise BaselineError(f"{name}: cannot read baseline: not UTF-8 ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{name}:{exc.lineno}: baseline is not valid JSON: {exc.msg}") from None
    except (RecursionError, ValueError) as exc:  # nested past the parser's limit, an integer of 5,000 digits
        reason = "nested too deeply" if isinstance(exc, RecursionError) else " ".join(str(exc).split())
        raise BaselineError(f"{name}: baseline is not valid JSON: {reason}") from None
    if not isinstance(body, dict) or "findings" not in body or not isinstance(body["findings"], list):
        raise BaselineError(f"{name}: not a claimcheck baseline (no 'findings' list)")
    version = body.get("claimcheck_baseline")
    if version != FINGERPRINT_VERSION:
        raise BaselineError(
            f"{name}: baseline version {version!r}, this claimcheck writes {FINGERPRINT_VERSION}; "
            "re-create it with --write-baseline"
        )
    prints = set()
    for index, entry in enumerate(body["findings"]):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise BaselineError(f"{name}: finding {index} has no 'fingerprint' string")
        prints.add(entry["fingerprint"])
    return prints


def new_findings(conflicts: pd.DataFrame, claims: pd.DataFrame, baseline: Iterable[str]) -> pd.DataFrame:
    """The rows of ``conflicts`` whose fingerprint is not in ``baseline`` (with a ``fingerprint`` column)."""
    known = set(baseline)
    marked = with_fingerprints(conflicts, claims)
    return marked[~marked["fingerprint"].isin(known)].reset_index(drop=True)


def with_fingerprints(conflicts: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """``conflicts`` with a ``fingerprint`` column added (a copy)."""
    out = conflicts.copy()
    out["fingerprint"] = pd.Series(fingerprints(conflicts, claims), index=conflicts.index, dtype="string")
    return out


def _str(value: Any) -> str | None:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
