"""Render claims and conflicts for people and for CI tools: text, Markdown, JSON, HTML, SARIF 2.1.0, JUnit XML.

Every renderer takes the conflicts and claims frames (and, where it helps, the
documents frame for file paths and lines) and returns a ``str``; nothing here
prints or writes files.

>>> format_interval(40.0, float("inf"), True, False)
'≥40'
>>> format_interval(36.0, 44.0, True, True)
'36–44'
"""

from __future__ import annotations

import json
import logging
import math
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO
from urllib.parse import quote

import pandas as pd

from claimcheck.presenting import baseline as baseline_mod
from claimcheck.presenting import groups
from claimcheck.presenting.groups import (
    GROUP_FIGURE_COLUMNS,
    figure_cells,
    finding_groups,
    format_interval,
)
from claimcheck.presenting.groups import (
    claims_by_id as _claims_by_id,
)

log = logging.getLogger(__name__)

FORMATS = ("text", "markdown", "json", "jsonl", "html", "sarif", "junit")

#: Formats written finding by finding (:func:`iter_render`): a report of a large archive goes to its
#: file without the whole document being built in memory first.
STREAMED = frozenset({"json", "jsonl", "sarif", "junit"})
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
#: ``--fail-on`` thresholds: the lowest severity that fails a run.
FAIL_THRESHOLD = {"error": 2, "warning": 1, "never": 3}
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
RULE_HELP = {
    "interval_mismatch": "Two reports of one quantity on the same date give intervals that do not overlap.",
    "total_decreased": "A later report of a count that cannot fall (killed, injured) is below an earlier one.",
    "part_exceeds_whole": "A part (e.g. 'including 12 children') is larger than its whole.",
    "source_disagreement": "Different named sources give non-overlapping figures for one quantity on one date.",
    "reference_mismatch": "A claim lies outside the interval of a trusted reference series.",
}
CLAIM_TABLE_COLUMNS = ("doc_id", "surface", "category", "qualifier", "interval", "source", "claim_date", "sentence")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(
    fmt: str,
    conflicts: pd.DataFrame,
    claims: pd.DataFrame,
    *,
    docs: pd.DataFrame | None = None,
    fail_on: str = "error",
    tty: bool = False,
    width: int | None = None,
    show_claims: bool = True,
    version: str = "",
) -> str:
    """Render in one of :data:`FORMATS`; ``tty`` chooses an aligned table over tab-separated text."""
    conflicts = _with_fingerprints(conflicts, claims)
    if fmt == "text":
        return to_text(conflicts, claims, tty=tty, width=width, show_claims=show_claims)
    if fmt == "markdown":
        return to_markdown(conflicts, claims, show_claims=show_claims)
    if fmt in STREAMED:
        return "".join(iter_render(fmt, conflicts, claims, docs=docs, fail_on=fail_on, version=version))
    if fmt == "html":
        return to_html(conflicts, claims, docs=docs)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def iter_render(
    fmt: str,
    conflicts: pd.DataFrame,
    claims: pd.DataFrame,
    *,
    docs: pd.DataFrame | None = None,
    fail_on: str = "error",
    version: str = "",
) -> Iterator[str]:
    """A report in one of :data:`STREAMED` formats, in pieces of about one finding each.

    The pieces joined are what :func:`render` returns; written one by one
    (:func:`write_report`), a report of a million findings never exists as one
    string.
    """
    conflicts = _with_fingerprints(conflicts, claims)
    if fmt == "json":
        return iter_json(conflicts, claims, version=version)
    if fmt == "jsonl":
        return iter_jsonl(conflicts, claims)
    if fmt == "sarif":
        return iter_sarif(conflicts, claims, docs=docs, version=version)
    if fmt == "junit":
        return iter_junit(conflicts, claims, fail_on=fail_on)
    raise ValueError(f"format {fmt!r} is not streamed; streamed formats: {', '.join(sorted(STREAMED))}")


def write_report(stream: TextIO, pieces: Iterable[str]) -> int:
    """Write the pieces of a report to ``stream`` one by one; the number of characters written."""
    written = 0
    for piece in pieces:
        stream.write(piece)
        written += len(piece)
    return written


def _indented_items(items: Iterable[Any], indent: int) -> Iterator[str]:
    """JSON items as ``json.dumps(list, indent=2)`` writes them at nesting depth ``indent`` spaces, one by one."""
    pad = " " * indent
    for i, item in enumerate(items):
        text = json.dumps(item, indent=2, ensure_ascii=False, allow_nan=False)
        yield ("\n" if i == 0 else ",\n") + "\n".join(pad + line for line in text.split("\n"))


def _around_list(
    document: dict[str, Any], key_path: list[Any], items: Iterator[str], close_indent: int
) -> Iterator[str]:
    """``document`` as indented JSON with the (empty) list at ``key_path`` filled by the pieces ``items``."""
    marker = "\u0000claimcheck-items\u0000"
    target: Any = document
    for key in key_path[:-1]:
        target = target[key]
    target[key_path[-1]] = marker
    head, tail = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False).split(
        json.dumps(marker, ensure_ascii=False)
    )
    yield head + "["
    empty = True
    for piece in items:
        empty = False
        yield piece
    yield ("]" if empty else "\n" + " " * close_indent + "]") + tail + "\n"


# --- plain text and tables ---------------------------------------------------------------------


def to_text(
    conflicts: pd.DataFrame,
    claims: pd.DataFrame,
    *,
    tty: bool = False,
    width: int | None = None,
    show_claims: bool = True,
) -> str:
    """Claims, then conflicts (or "no conflicts"): aligned tables on a terminal, tab-separated in a pipe."""
    parts = []
    if show_claims:
        docs = claims["doc_id"].nunique()
        parts.append(
            f"{len(claims)} claim{'s' if len(claims) != 1 else ''} in {docs} document{'s' if docs != 1 else ''}"
        )
        if len(claims):
            parts.append(claims_table(claims, tty=tty, width=width))
    parts.append(conflicts_summary(conflicts))
    for group in finding_groups(conflicts, claims):
        parts.append(group.heading)
        figures = [figure_cells(c) for c in group.figures]
        parts.append(table(list(GROUP_FIGURE_COLUMNS), figures, tty=tty, width=width))
        rows = [
            [str(r.conflict_id), str(r.severity), str(r.rule), _pair(r.doc_a, r.doc_b), str(r.message)]
            for r in group.findings.itertuples(index=False)
        ]
        parts.append(table(["id", "severity", "rule", "documents", "message"], rows, tty=tty, width=width))
    return "\n\n".join(parts) + "\n"


def conflicts_summary(conflicts: pd.DataFrame) -> str:
    """ "no conflicts", or e.g. "2 conflicts (1 error, 1 warning)".

    >>> conflicts_summary(pd.DataFrame({"severity": ["error", "warning", "error"]}))
    '3 conflicts (2 errors, 1 warning)'
    """
    if not len(conflicts):
        return "no conflicts"
    counts = Counter(conflicts["severity"].astype(str))
    detail = ", ".join(
        f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if counts[s]
    )
    n = len(conflicts)
    return f"{n} conflict{'s' if n != 1 else ''} ({detail})"


def claims_table(claims: pd.DataFrame, *, tty: bool = False, width: int | None = None) -> str:
    """The claims as a table of the columns a reader scans first."""
    rows = [
        [
            groups.cell(r.doc_id),
            groups.cell(r.surface),
            groups.cell(r.category),
            groups.cell(r.qualifier),
            format_interval(r.low, r.high, r.low_inclusive, r.high_inclusive),
            groups.cell(r.source),
            groups.day(r.claim_date),
            groups.cell(r.sentence),
        ]
        for r in claims.itertuples(index=False)
    ]
    return table(list(CLAIM_TABLE_COLUMNS), rows, tty=tty, width=width)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, tty: bool = False, width: int | None = None) -> str:
    """Aligned columns for a terminal (the last column cut to fit), or tab-separated lines for a pipe.

    >>> print(table(["a", "bb"], [["1", "x"]], tty=True, width=40))
    a  bb
    -  --
    1  x
    """
    clean = [[_one_line(cell) for cell in row] for row in rows]
    if not tty:
        return "\n".join("\t".join(line) for line in [list(headers), *clean])
    widths = [max([len(h), *(len(r[i]) for r in clean)]) for i, h in enumerate(headers)]
    for i in range(len(widths) - 1):
        widths[i] = min(widths[i], 40)
    total = width or shutil.get_terminal_size((120, 24)).columns
    widths[-1] = min(widths[-1], max(10, total - sum(widths[:-1]) - 2 * (len(widths) - 1)))
    lines = [list(headers), ["-" * w for w in widths], *clean]
    return "\n".join("  ".join(_fit(cell, w) for cell, w in zip(line, widths, strict=True)).rstrip() for line in lines)


# --- Markdown ----------------------------------------------------------------------------------


def to_markdown(conflicts: pd.DataFrame, claims: pd.DataFrame, *, show_claims: bool = True) -> str:
    """A Markdown report (for PR comments and job summaries)."""
    out = [
        "# claimcheck",
        "",
        f"**{conflicts_summary(conflicts)}** in {claims['doc_id'].nunique()} documents ({len(claims)} claims).",
        "",
    ]
    if len(conflicts):
        out += ["## Conflicts", ""]
    for group in finding_groups(conflicts, claims):
        out += [f"### {_md(group.heading)}", ""]
        out += ["| " + " | ".join(GROUP_FIGURE_COLUMNS) + " |", "|" + "---|" * len(GROUP_FIGURE_COLUMNS)]
        out += ["| " + " | ".join(_md(cell) for cell in figure_cells(c)) + " |" for c in group.figures]
        out += ["", "| id | severity | rule | documents | message |", "|---|---|---|---|---|"]
        out += [
            f"| {_md(r.conflict_id)} | {_md(r.severity)} | `{_md(r.rule)}` | "
            f"{_md(_pair(r.doc_a, r.doc_b))} | {_md(r.message)} |"
            for r in group.findings.itertuples(index=False)
        ]
        out.append("")
    if show_claims and len(claims):
        out += [
            "## Claims",
            "",
            "| document | figure | category | interval | source | sentence |",
            "|---|---|---|---|---|---|",
        ]
        out += [
            f"| {_md(r.doc_id)} | {_md(r.surface)} | {_md(r.category)} | "
            f"{_md(format_interval(r.low, r.high, r.low_inclusive, r.high_inclusive))} | "
            f"{_md(r.source)} | {_md(r.sentence)} |"
            for r in claims.itertuples(index=False)
        ]
        out.append("")
    return "\n".join(out)


# --- JSON --------------------------------------------------------------------------------------


def to_json(conflicts: pd.DataFrame, claims: pd.DataFrame, *, version: str = "") -> str:
    """JSON: a summary and each conflict with its claims; an unbounded ``high`` is ``null``."""
    return "".join(iter_json(conflicts, claims, version=version))


def iter_json(conflicts: pd.DataFrame, claims: pd.DataFrame, *, version: str = "") -> Iterator[str]:
    """:func:`to_json` in pieces: the summary, then one conflict at a time."""
    body = {
        "tool": {"name": "claimcheck", "version": version},
        "summary": {
            "documents": int(claims["doc_id"].nunique()),
            "claims": len(claims),
            "conflicts": len(conflicts),
            "by_severity": dict(Counter(conflicts["severity"].astype(str))) if len(conflicts) else {},
        },
        "conflicts": [],
    }
    return _around_list(body, ["conflicts"], _indented_items(_json_items(conflicts, claims), 4), 2)


def iter_jsonl(conflicts: pd.DataFrame, claims: pd.DataFrame) -> Iterator[str]:
    """JSON Lines: one conflict per line, with its claims, as in :func:`to_json` (no summary line)."""
    for item in _json_items(conflicts, claims):
        yield json.dumps(item, ensure_ascii=False, allow_nan=False) + "\n"


def _json_items(conflicts: pd.DataFrame, claims: pd.DataFrame) -> Iterator[dict[str, Any]]:
    """Each conflict as a JSON object with the brief of each of its claims."""
    by_id = _claims_by_id(_named_claims(conflicts, claims))
    columns = list(conflicts.columns)
    for values in conflicts.itertuples(index=False, name=None):
        record = dict(zip(columns, values, strict=True))
        entry = {k: _jsonable(v) for k, v in record.items()}
        entry["claims"] = [
            _claim_brief(by_id[str(c)])
            for c in (record.get("claim_a"), record.get("claim_b"))
            if groups.present(c) and str(c) in by_id
        ]
        yield entry


def _named_claims(conflicts: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The claims some conflict names (the rest of an archive's claims are not looked up)."""
    if not len(conflicts):
        return claims.iloc[:0]
    wanted = pd.concat([conflicts["claim_a"], conflicts["claim_b"]]).dropna().astype(str).unique()
    return claims[claims["claim_id"].astype(str).isin(wanted)]


# --- HTML --------------------------------------------------------------------------------------


def to_html(conflicts: pd.DataFrame, claims: pd.DataFrame, *, docs: pd.DataFrame | None = None) -> str:
    """The self-contained HTML report of :func:`claimcheck.presenting.report.report`."""
    from claimcheck.presenting.report import report

    return report(claims, conflicts, docs=docs)


def to_sarif(
    conflicts: pd.DataFrame, claims: pd.DataFrame, *, docs: pd.DataFrame | None = None, version: str = ""
) -> str:
    """A SARIF 2.1.0 log: one result per conflict, located in the file (and line) of each claim."""
    return "".join(iter_sarif(conflicts, claims, docs=docs, version=version))


def iter_sarif(
    conflicts: pd.DataFrame, claims: pd.DataFrame, *, docs: pd.DataFrame | None = None, version: str = ""
) -> Iterator[str]:
    """:func:`to_sarif` in pieces: the tool and its rules, then one result at a time."""
    conflicts = _with_fingerprints(conflicts, claims)
    rules = sorted(set(conflicts["rule"].astype(str))) if len(conflicts) else []
    driver: dict[str, Any] = {
        "name": "claimcheck",
        "rules": [
            {
                "id": rule,
                "name": _camel(rule),
                "shortDescription": {"text": RULE_HELP.get(rule, rule.replace("_", " "))},
            }
            for rule in rules
        ],
    }
    if version:
        driver["semanticVersion"] = version
    log_body = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "results": [], "columnKind": "unicodeCodePoints"}],
    }
    results = _sarif_results(conflicts, claims, docs, rules)
    return _around_list(log_body, ["runs", 0, "results"], _indented_items(results, 8), 6)


def _sarif_results(
    conflicts: pd.DataFrame, claims: pd.DataFrame, docs: pd.DataFrame | None, rules: list[str]
) -> Iterator[dict[str, Any]]:
    by_id = _claims_by_id(_named_claims(conflicts, claims))
    doc_info = _doc_locations(docs)
    for r in conflicts.itertuples(index=False):
        pairs = [(c, doc) for c, doc in ((r.claim_a, r.doc_a), (r.claim_b, r.doc_b)) if groups.present(c)]
        claim_ids = [c for c, _ in pairs]
        locations = [_sarif_location(by_id.get(str(c)), doc, doc_info) for c, doc in pairs]
        result: dict[str, Any] = {
            "ruleId": str(r.rule),
            "ruleIndex": rules.index(str(r.rule)),
            "level": {"error": "error", "warning": "warning"}.get(str(r.severity), "note"),
            "message": {"text": str(r.message)},
            "locations": locations[:1] or [_sarif_location(None, r.doc_a, doc_info)],
            "partialFingerprints": {"claimcheck/v1": str(r.fingerprint)},
            "properties": {"conflictId": str(r.conflict_id), "claims": [str(c) for c in claim_ids]},
        }
        if len(locations) > 1:
            result["relatedLocations"] = [{"id": 1, **locations[1]}]
        yield result


def _sarif_location(
    claim: dict[str, Any] | None, doc_id: Any, doc_info: dict[str, tuple[str, int | None, str]]
) -> dict[str, Any]:
    doc = str(doc_id) if groups.present(doc_id) else "unknown"
    path, line, text = doc_info.get(doc, (doc, None, ""))
    physical: dict[str, Any] = {"artifactLocation": {"uri": quote(path, safe="/:")}}
    start_line = line
    if line is not None and claim is not None and text and _verbatim(path):
        start_line = line + text[: int(claim["start"])].count("\n")
    if start_line:
        physical["region"] = {"startLine": int(start_line)}
    location: dict[str, Any] = {"physicalLocation": physical}
    if claim is not None and groups.present(claim.get("sentence")):
        location["message"] = {"text": str(claim["sentence"])}
    return location


def _verbatim(path: str) -> bool:
    """Whether a document's text is the file's own text (so offsets map to lines)."""
    return path.lower().endswith((".txt", ".text", ".md", ".markdown"))


def _doc_locations(docs: pd.DataFrame | None) -> dict[str, tuple[str, int | None, str]]:
    if docs is None or docs.empty:
        return {}
    out = {}
    has_path, has_line = "path" in docs.columns, "line" in docs.columns
    records: Iterable[Any] = docs.itertuples(index=False)
    for r in records:
        path = str(r.path) if has_path and groups.present(r.path) else str(r.doc_id)
        line = int(r.line) if has_line and groups.present(r.line) else None
        out[str(r.doc_id)] = (path, line, str(r.text) if groups.present(r.text) else "")
    return out


# --- JUnit XML ---------------------------------------------------------------------------------


def to_junit(conflicts: pd.DataFrame, claims: pd.DataFrame, *, fail_on: str = "error") -> str:
    """JUnit XML: one test case per conflict, failed when its severity is at or above ``fail_on``.

    A clean run is one passing test case, so CI dashboards show the check ran.
    """
    return "".join(iter_junit(conflicts, claims, fail_on=fail_on))


def iter_junit(conflicts: pd.DataFrame, claims: pd.DataFrame, *, fail_on: str = "error") -> Iterator[str]:
    """:func:`to_junit` in pieces: the suite's counts first (known from the severities), then one case at a time."""
    threshold = FAIL_THRESHOLD.get(fail_on, 2)
    by_id = _claims_by_id(_named_claims(conflicts, claims))
    ranks = conflicts["severity"].astype(str).map(lambda v: SEVERITY_RANK.get(v, 0))
    failures = int((ranks >= threshold).sum()) if len(conflicts) else 0
    tests = str(max(len(conflicts), 1))
    root = ET.Element("testsuites", name="claimcheck", tests=tests, failures=str(failures), errors="0")
    suite = ET.SubElement(root, "testsuite", name="claimcheck")
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", name="documents", value=str(claims["doc_id"].nunique()))
    ET.SubElement(props, "property", name="claims", value=str(len(claims)))
    for name, value in (("tests", tests), ("failures", str(failures)), ("errors", "0"), ("skipped", "0")):
        suite.set(name, value)
    marker = ET.SubElement(suite, "testcase", name="\u2063", classname="claimcheck")
    ET.indent(root)
    head, tail = ET.tostring(root, encoding="unicode").split(ET.tostring(marker, encoding="unicode").strip())
    yield '<?xml version="1.0" encoding="UTF-8"?>\n' + head.rstrip(" ")
    first = True
    for r in conflicts.itertuples(index=False):
        case = ET.Element(
            "testcase", name=_xml(f"{r.conflict_id} {_pair(r.doc_a, r.doc_b)}"), classname=f"claimcheck.{r.rule}"
        )
        sentences = "\n".join(
            f"{by_id[str(c)]['doc_id']}: {by_id[str(c)]['sentence']}"
            for c in (r.claim_a, r.claim_b)
            if groups.present(c) and str(c) in by_id
        )
        if SEVERITY_RANK.get(str(r.severity), 0) >= threshold:
            failure = ET.SubElement(case, "failure", type=str(r.severity), message=_xml(str(r.message)))
            failure.text = _xml(sentences)
        else:
            out = ET.SubElement(case, "system-out")
            out.text = _xml(f"{r.severity}: {r.message}\n{sentences}")
        ET.indent(case, level=2)
        yield ("" if first else "\n") + "    " + ET.tostring(case, encoding="unicode").rstrip()
        first = False
    if first:
        empty = ET.Element("testcase", name="no conflicts", classname="claimcheck")
        yield "    " + ET.tostring(empty, encoding="unicode").rstrip()
    yield tail + "\n"


# --- helpers -----------------------------------------------------------------------------------


def _with_fingerprints(conflicts: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    if "fingerprint" in conflicts.columns:
        return conflicts
    return baseline_mod.with_fingerprints(conflicts, claims)


def _claim_brief(claim: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "claim_id",
        "doc_id",
        "surface",
        "sentence",
        "category",
        "qualifier",
        "low",
        "high",
        "value",
        "source",
        "claim_date",
        "published",
        "scope",
        "start",
        "end",
    )
    return {k: _jsonable(claim.get(k)) for k in keys}


def _jsonable(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return _jsonable(value.item())
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _pair(a: Any, b: Any) -> str:
    a_s, b_s = groups.cell(a), groups.cell(b)
    return a_s if not b_s or a_s == b_s else f"{a_s} vs {b_s}"


#: Characters a terminal or CI log would act on rather than show: C0 controls other than white space, DEL,
#: C1 controls (ESC starts an ANSI escape), and the bidirectional overrides and isolates ("Trojan source").
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(value: Any) -> str:
    """``value`` with control characters and escape sequences shown as ``\\xNN``/``\\uNNNN``, never acted on.

    Article text, file names and ids reach terminals and CI logs: an ANSI escape
    in them must not recolour, move the cursor or retitle a window (issue 15).

    >>> print(visible("ok" + chr(27) + "[31mred" + chr(0x202E)))
    ok\\x1b[31mred\\u202e
    """
    text = str(value)
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _one_line(value: str) -> str:
    return " ".join(visible(value).split())


def _fit(cell: str, width: int) -> str:
    return cell.ljust(width) if len(cell) <= width else cell[: width - 1] + "…"


def _md(value: Any) -> str:
    """A Markdown table cell: one line, controls visible, HTML escaped (a PR comment renders raw HTML).

    Brackets are escaped too, so article text cannot make a link or load an image
    (``![x](https://tracker/)``), and ``@`` cannot mention a person or team.
    """
    text = _one_line(groups.cell(value)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`")
    return text.replace("[", "\\[").replace("]", "\\]").replace("@", "&#64;")


def _xml(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold (control characters from hostile input)."""
    return _XML_INVALID.sub("", text)


def _camel(rule: str) -> str:
    return "".join(part.capitalize() for part in rule.split("_"))


# --- explain: two sentences side by side -------------------------------------------------------


def explain(conflict: dict[str, Any], claims: pd.DataFrame, *, tty: bool = False, width: int | None = None) -> str:
    """One conflict with its two claims: side by side on a terminal, one after the other in a pipe."""
    by_id = _claims_by_id(claims)
    sides = [
        by_id[str(c)]
        for c in (conflict.get("claim_a"), conflict.get("claim_b"))
        if groups.present(c) and str(c) in by_id
    ]
    head = [
        visible(
            f"{conflict.get('conflict_id')}  {conflict.get('severity')}  {conflict.get('rule')}"
            + (f"  (fingerprint {conflict['fingerprint']})" if groups.present(conflict.get("fingerprint")) else "")
        ),
        _one_line(groups.cell(conflict.get("message"))),
        "",
    ]
    blocks = [_claim_block(claim, bold=tty) for claim in sides]
    if not tty or len(blocks) < 2:
        body = "\n\n".join("\n".join(block) for block in blocks)
        return "\n".join(head) + "\n" + body + "\n"
    total = width or shutil.get_terminal_size((120, 24)).columns
    column = max(20, (total - 3) // 2)
    left, right = (_wrap_block(b, column) for b in blocks)
    rows = max(len(left), len(right))
    left += [""] * (rows - len(left))
    right += [""] * (rows - len(right))
    lines = [_pad_visible(a, column) + " │ " + b for a, b in zip(left, right, strict=True)]
    return "\n".join(head + lines) + "\n"


def _claim_block(claim: dict[str, Any], *, bold: bool) -> list[str]:
    """Lines describing one claim; the figure in its sentence marked (bold on a terminal, »…« otherwise)."""
    sentence, surface = groups.cell(claim.get("sentence")), groups.cell(claim.get("surface"))
    offset = int(claim.get("start") or 0) - int(claim.get("sentence_start") or 0)
    if sentence[offset : offset + len(surface)] != surface:
        offset = sentence.find(surface)
    if surface and offset >= 0:
        mark = ("\x1b[1m", "\x1b[0m") if bold else ("»", "«")
        sentence = (  # the text made visible first: the only escapes printed are our own bold marks
            _one_line(sentence[:offset])
            + " " * (sentence[:offset][-1:].isspace())
            + mark[0]
            + _one_line(surface)
            + mark[1]
            + " " * (sentence[offset + len(surface) :][:1].isspace())
            + _one_line(sentence[offset + len(surface) :])
        )
    else:
        sentence = _one_line(sentence)
    interval = format_interval(
        claim.get("low"), claim.get("high"), claim.get("low_inclusive"), claim.get("high_inclusive")
    )
    return [
        f"{_one_line(groups.cell(claim.get('doc_id')))}  published {groups.day(claim.get('published')) or '?'}",
        sentence.strip(),
        _one_line(
            f"figure: {surface}  [{interval}]  {groups.cell(claim.get('category'))}, {groups.cell(claim.get('scope'))}"
        ),
        _one_line(
            f"source: {groups.cell(claim.get('source')) or '-'}   date: {groups.day(claim.get('claim_date')) or '?'}"
        ),
    ]


def _wrap_block(block: list[str], width: int) -> list[str]:
    import textwrap

    out: list[str] = []
    for line in block:
        out.extend(textwrap.wrap(line, width) or [""])
    return out


def _pad_visible(text: str, width: int) -> str:
    visible = len(re.sub("\x1b\\[[0-9;]*m", "", text))
    return text + " " * max(0, width - visible)
