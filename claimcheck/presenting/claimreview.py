"""Checked claims as schema.org ClaimReview JSON-LD, with an extension for "this claim conflicts with that one".

schema.org has no relation between two claims, so the export adds one
namespaced vocabulary, prefix ``claimcheck:`` (IRI :data:`NAMESPACE`, declared
in every item's ``@context``):

- ``claimcheck:conflictsWith`` on the reviewed ``Claim``: the ``@id`` of each
  other claim it cannot hold together with (both directions are written);
- ``claimcheck:finding`` on the ``ClaimReview``: one object per finding of
  :func:`claimcheck.check` that involves the claim, with ``claimcheck:rule``,
  ``claimcheck:severity``, ``claimcheck:conflictId`` and ``description`` (the
  finding's message); one-claim findings such as ``reference_mismatch`` have
  no ``conflictsWith`` partner;
- ``claimcheck:figure`` on the ``Claim``: the interval it asserts as a
  schema.org ``QuantitativeValue`` (``minValue``, ``maxValue`` left out when
  unbounded, ``value``) plus ``claimcheck:qualifier`` and ``claimcheck:category``.

Claims are identified as ``<NAMESPACE>claim/<claim_id>``. The rating is a
consistency verdict, not a truth verdict: ``alternateName`` is "Conflicting
figures" or "No conflict found"; consumers that only know schema.org can ignore
the ``claimcheck:`` terms.

>>> import pandas as pd
>>> from claimcheck import schema
>>> claims = schema.conform(pd.DataFrame({"claim_id": ["a"], "sentence": ["Six died."], "low": 6.0, "high": 6.0,
...     "modality": "asserted"}), "claims")
>>> [r["@type"] for r in to_claimreview(claims, schema.empty("conflicts"), date_reviewed="2024-01-01")]
['ClaimReview']
"""

from __future__ import annotations

import json
import logging
import math
from typing import Any

import pandas as pd

log = logging.getLogger(__name__)

__all__ = ["NAMESPACE", "CONTEXT", "CONFLICTING", "CONSISTENT", "claim_iri", "to_claimreview", "dumps"]

#: IRI of the claimcheck extension vocabulary (a URN: an identifier, not a page to fetch).
NAMESPACE = "urn:claimcheck:"

#: The JSON-LD context of every exported item.
CONTEXT: dict[str, Any] = {
    "@vocab": "https://schema.org/",
    "claimcheck": NAMESPACE,
    "claimcheck:conflictsWith": {"@type": "@id", "@container": "@set"},
}

CONFLICTING = "Conflicting figures"
CONSISTENT = "No conflict found"


def claim_iri(claim_id: str) -> str:
    """The ``@id`` of a claim in the export.

    >>> claim_iri("doc-1:3")
    'urn:claimcheck:claim/doc-1:3'
    """
    return f"{NAMESPACE}claim/{claim_id}"


def to_claimreview(
    claims: pd.DataFrame,
    conflicts: pd.DataFrame,
    *,
    docs: pd.DataFrame | None = None,
    author: str = "claimcheck",
    date_reviewed: str | None = None,
    asserted_only: bool = True,
) -> list[dict[str, Any]]:
    """One ClaimReview per claim (asserted ones only, by default), linked to the claims it conflicts with.

    ``docs`` (the documents frame) adds each article's ``url`` and ``title`` as the
    claim's ``appearance``. ``author`` names the organization publishing the
    review; ``date_reviewed`` (ISO date) defaults to today.
    """
    reviewed_on = date_reviewed or pd.Timestamp.now(tz="UTC").strftime("%Y-%m-%d")
    keep = claims
    if asserted_only and "modality" in claims:
        keep = claims[claims["modality"].astype("string").eq("asserted").fillna(False).astype(bool)]
    if docs is not None and len(keep) and {"doc_id", "url", "title"} <= set(docs.columns):
        meta = docs[["doc_id", "url", "title"]].rename(columns={"url": "_url", "title": "_title"})
        keep = keep.merge(meta.astype({"doc_id": "string"}), on="doc_id", how="left")
    partners, findings = _links(conflicts)
    out = []
    for _, claim in keep.iterrows():
        cid = str(claim["claim_id"])
        mine = findings.get(cid, [])
        review: dict[str, Any] = {
            "@context": CONTEXT,
            "@type": "ClaimReview",
            "@id": f"{NAMESPACE}review/{cid}",
            "datePublished": reviewed_on,
            "author": {"@type": "Organization", "name": author},
            "claimReviewed": _clean(claim.get("sentence")) or _clean(claim.get("surface")) or "",
            "itemReviewed": _claim(claim, sorted(partners.get(cid, set()))),
            "reviewRating": _drop_empty(
                {
                    "@type": "Rating",
                    "alternateName": CONFLICTING if mine else CONSISTENT,
                    "ratingExplanation": " ".join(f["description"] for f in mine if f.get("description")) or None,
                }
            ),
            "claimcheck:finding": mine,
        }
        out.append(_drop_empty(review))
    return out


def dumps(reviews: list[dict[str, Any]], *, indent: int | None = 2, script_safe: bool = False) -> str:
    """JSON text of ``reviews``; ``script_safe`` escapes ``<`` so it can sit in an HTML ``<script>`` element."""
    text = json.dumps(reviews, indent=indent, ensure_ascii=False, allow_nan=False)
    return text.replace("<", "\\u003c") if script_safe else text


def _links(conflicts: pd.DataFrame) -> tuple[dict[str, set[str]], dict[str, list[dict[str, Any]]]]:
    partners: dict[str, set[str]] = {}
    findings: dict[str, list[dict[str, Any]]] = {}
    for _, row in conflicts.iterrows():
        a, b = _clean(row.get("claim_a")), _clean(row.get("claim_b"))
        finding = _drop_empty(
            {
                "@type": "claimcheck:Finding",
                "claimcheck:conflictId": _clean(row.get("conflict_id")),
                "claimcheck:rule": _clean(row.get("rule")),
                "claimcheck:severity": _clean(row.get("severity")),
                "description": _clean(row.get("message")),
                "claimcheck:claims": [claim_iri(x) for x in (a, b) if x],
            }
        )
        for this, other in ((a, b), (b, a)):
            if this is None:
                continue
            findings.setdefault(this, []).append(finding)
            if other is not None:
                partners.setdefault(this, set()).add(claim_iri(other))
    return partners, findings


def _claim(claim: pd.Series, conflicts_with: list[str]) -> dict[str, Any]:
    appearance = _drop_empty(
        {
            "@type": "CreativeWork",
            "url": _clean(claim.get("_url")),
            "headline": _clean(claim.get("_title")),
            "datePublished": _day(claim.get("published")),
            "publisher": {"@type": "Organization", "name": _clean(claim.get("outlet"))}
            if _clean(claim.get("outlet"))
            else None,
        }
    )
    return _drop_empty(
        {
            "@type": "Claim",
            "@id": claim_iri(str(claim["claim_id"])),
            "text": _clean(claim.get("sentence")),
            "datePublished": _day(claim.get("published")),
            "temporalCoverage": _day(claim.get("claim_date")),
            "author": {"@type": "Organization", "name": _clean(claim.get("source"))}
            if _clean(claim.get("source"))
            else None,
            "appearance": appearance if len(appearance) > 1 else None,
            "claimcheck:figure": _figure(claim),
            "claimcheck:conflictsWith": conflicts_with,
        }
    )


def _figure(claim: pd.Series) -> dict[str, Any]:
    return _drop_empty(
        {
            "@type": "QuantitativeValue",
            "minValue": _finite(claim.get("low")),
            "maxValue": _finite(claim.get("high")),
            "value": _finite(claim.get("value")),
            "description": _clean(claim.get("surface")),
            "claimcheck:qualifier": _clean(claim.get("qualifier")),
            "claimcheck:category": _clean(claim.get("category")),
            "claimcheck:lowInclusive": bool(claim.get("low_inclusive")) if "low_inclusive" in claim else None,
            "claimcheck:highInclusive": bool(claim.get("high_inclusive")) if _finite(claim.get("high")) else None,
        }
    )


def _clean(value: Any) -> str | None:
    if value is None or (not isinstance(value, str) and bool(pd.isna(value))):
        return None
    return str(value)


def _finite(value: object) -> float | int | None:
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if not math.isfinite(x):
        return None
    return int(x) if x == int(x) else x


def _day(value: object) -> str | None:
    if value is None:
        return None
    ts = pd.Timestamp(value)  # type: ignore[arg-type]
    return None if pd.isna(ts) else ts.strftime("%Y-%m-%d")


def _drop_empty(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None and v != [] and v != {}}
