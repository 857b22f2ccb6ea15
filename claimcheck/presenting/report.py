"""One self-contained HTML file to hand a colleague: counts, conflicts side by side, sortable claims, the plot.

The file needs no network: CSS and the small sort script are inline, the plot
(when matplotlib is installed) is an inline PNG, and a Content-Security-Policy
forbids loading anything else. Every piece of article text is HTML-escaped;
links are kept only when they are http(s).

>>> import pandas as pd
>>> from claimcheck import schema
>>> page = report(schema.empty("claims"), schema.empty("conflicts"), plot=False, generated="2024-01-01")
>>> page.startswith("<!DOCTYPE html>") and "0 claims" in page
True
"""

from __future__ import annotations

import base64
import html
import io
import logging
import math
import os
from pathlib import Path

import pandas as pd

from claimcheck.presenting.accessor import report_dates, source_labels
from claimcheck.presenting.excerpt import claim_context
from claimcheck.reading import atomic
from claimcheck.reading.documents import Documents, as_documents

log = logging.getLogger(__name__)

__all__ = ["HIGHLIGHT", "MAX_PANELS", "report", "write_atomic"]

#: Background of a highlighted figure (also checked by the browser test).
HIGHLIGHT = "#ffd54f"

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}

_CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0 auto;
       max-width: 1200px; padding: 1em 1.5em; color: #1a1a1a; background: #fff; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { margin-top: 1.6em; border-bottom: 1px solid #ddd; }
.generated { color: #666; font-size: .9em; margin-top: 0; }
.counts { display: flex; flex-wrap: wrap; gap: .8em; padding: 0; list-style: none; }
.counts li { border: 1px solid #ddd; border-radius: 6px; padding: .5em .9em; min-width: 7em; }
.counts b { display: block; font-size: 1.5em; }
mark.fig { background: #ffd54f; color: #000; padding: 0 .15em; border-radius: 2px; }
.conflict { border: 1px solid #ddd; border-left: 6px solid #999; border-radius: 4px; margin: 1em 0; padding: .6em 1em; }
.conflict.sev-error { border-left-color: #d62728; } .conflict.sev-warning { border-left-color: #ff7f0e; }
.badge { display: inline-block; font-size: .8em; padding: .05em .5em; border-radius: 3px; color: #fff;
         background: #7f7f7f; text-transform: uppercase; }
.badge.sev-error { background: #d62728; } .badge.sev-warning { background: #b35900; }
.pair { display: flex; flex-wrap: wrap; gap: 1em; }
.side { flex: 1 1 20em; background: #fafafa; border: 1px solid #eee; border-radius: 4px; padding: .5em .8em; }
.side blockquote { margin: .4em 0; font-size: 1.05em; }
.group { border-top: 2px solid #ddd; margin-top: 1.5em; } .group h3 { margin: .6em 0 .3em; }
table.figures { border-collapse: collapse; font-size: .92em; }
.figures td, .figures th { padding: .15em .6em; text-align: left; }
.meta { color: #555; font-size: .85em; }
figure { margin: 1em 0; } figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: .9em; }
td.sentence { min-width: 22em; }
th, td { border-bottom: 1px solid #e5e5e5; padding: .3em .5em; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer;
            color: inherit; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
tr.has-conflict td:first-child { border-left: 4px solid #d62728; }
.note { color: #666; font-style: italic; }
"""

# Sorts table.sortable by the clicked column's data-sort values; missing values always last.
# Plain ES5 so that any browser runs it.
_JS = """
(function () {
  function cellKey(row, col, type) {
    var cell = row.cells[col];
    var raw = cell ? cell.getAttribute('data-sort') : null;
    if (raw === null || raw === '') { return null; }
    if (type === 'number') { var n = parseFloat(raw); return isNaN(n) ? null : n; }
    return raw.toLowerCase();
  }
  function compare(a, b) { return a < b ? -1 : (a > b ? 1 : 0); }
  var tables = document.querySelectorAll('table.sortable');
  for (var t = 0; t < tables.length; t++) {
    (function (table) {
      var heads = table.tHead.rows[0].cells;
      for (var c = 0; c < heads.length; c++) {
        (function (th, col) {
          var button = th.querySelector('button');
          if (!button) { return; }
          button.addEventListener('click', function () {
            var type = th.getAttribute('data-type') || 'text';
            var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
            for (var h = 0; h < heads.length; h++) { heads[h].removeAttribute('aria-sort'); }
            th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            var keyed = rows.map(function (row, i) { return { row: row, key: cellKey(row, col, type), i: i }; });
            keyed.sort(function (a, b) {
              if (a.key === null && b.key === null) { return a.i - b.i; }
              if (a.key === null) { return 1; }
              if (b.key === null) { return -1; }
              return dir * compare(a.key, b.key) || a.i - b.i;
            });
            for (var k = 0; k < keyed.length; k++) { body.appendChild(keyed[k].row); }
          });
        })(heads[c], c);
      }
    })(tables[t]);
  }
})();
"""

#: The claims table: (heading, column or computed key, sort type).
_TABLE = (
    ("claim", "claim_id", "text"),
    ("reported", "_date", "text"),
    ("figure", "surface", "text"),
    ("low", "low", "number"),
    ("high", "high", "number"),
    ("qualifier", "qualifier", "text"),
    ("category", "category", "text"),
    ("subject", "subject", "text"),
    ("location", "location", "text"),
    ("source", "_source", "text"),
    ("scope", "scope", "text"),
    ("modality", "modality", "text"),
    ("outlet", "outlet", "text"),
    ("conflicts", "_conflicts", "number"),
    ("sentence", "_sentence", "text"),
)


#: The most events drawn as timeline panels in one report (the events with most claims first).
MAX_PANELS = 8


def report(
    claims: pd.DataFrame,
    conflicts: pd.DataFrame,
    path: str | os.PathLike[str] | None = None,
    *,
    docs: Documents | None = None,
    reference: pd.DataFrame | None = None,
    title: str = "claimcheck report",
    category: str = "killed",
    plot: bool = True,
    generated: str | None = None,
) -> str:
    """Return the report as one HTML string, and write it to ``path`` (atomically) when given.

    ``docs`` adds titles and links of the articles, ``reference`` (date/value/
    category frame) is drawn in the plot beside the claims of ``category``.
    ``plot=False`` leaves the plot out; it is also left out, with a note, when
    matplotlib is not installed. ``generated`` overrides the time stamp.
    """
    documents = as_documents(docs) if docs is not None else None
    stamp = generated if generated is not None else pd.Timestamp.now(tz="UTC").strftime("%Y-%m-%d %H:%M UTC")
    involved = _conflict_counts(conflicts)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{_e(title)}</h1>",
        f'<p class="generated">Generated {_e(stamp)} by claimcheck {_e(_version())}.</p></header>',
        _summary(claims, conflicts, documents),
        _plot_section(claims, conflicts, reference, category) if plot else "",
        _conflicts_section(claims, conflicts, documents),
        _claims_section(claims, documents, involved),
        f"<script>{_JS}</script>",
        "</body></html>",
    ]
    page = "\n".join(p for p in parts if p) + "\n"
    if path is not None:
        write_atomic(Path(path), page)
        log.info("report written to %s", path)
    return page


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as :mod:`claimcheck.reading.atomic` does: whole or not at all, never over a link."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_text(path, text)


def _e(value: object) -> str:
    """Escape anything for HTML text or a quoted attribute; missing values become ''."""
    if value is None or (not isinstance(value, str) and _isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def _isna(value: object) -> bool:
    try:
        return bool(pd.isna(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return False


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("claimcheck")
    except Exception:  # noqa: BLE001 - the version is decoration, never a reason to fail
        return "unknown"


def _summary(claims: pd.DataFrame, conflicts: pd.DataFrame, docs: pd.DataFrame | None) -> str:
    n_docs = len(docs) if docs is not None else int(claims["doc_id"].nunique()) if "doc_id" in claims else 0
    modality = claims["modality"] if "modality" in claims else pd.Series(dtype="string")
    severity = conflicts["severity"].astype("string") if "severity" in conflicts else pd.Series(dtype="string")
    counts = [
        ("documents", n_docs),
        ("claims", len(claims)),
        ("asserted", int(modality.eq("asserted").fillna(False).sum())),
        ("sources", int(source_labels(claims).nunique()) if len(claims) else 0),
        ("conflicts", len(conflicts)),
        ("errors", int(severity.eq("error").fillna(False).sum())),
        ("warnings", int(severity.eq("warning").fillna(False).sum())),
    ]
    items = "".join(f'<li class="count-{_e(k)}"><b>{v:,}</b>{_e(k)}</li>' for k, v in counts)
    rules = ""
    if len(conflicts) and "rule" in conflicts:
        by_rule = conflicts["rule"].astype("string").fillna("?").value_counts().sort_index()
        rows = "".join(f"<tr><td><code>{_e(r)}</code></td><td class='num'>{n}</td></tr>" for r, n in by_rule.items())
        rules = (
            f"<table class='rules'><thead><tr><th>rule</th><th>findings</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    sentence = f"<p>{len(claims):,} claims, {len(conflicts):,} conflicts.</p>"
    return f'<section id="summary"><h2>Summary</h2>{sentence}<ul class="counts">{items}</ul>{rules}</section>'


def _plot_section(claims: pd.DataFrame, conflicts: pd.DataFrame, reference: pd.DataFrame | None, category: str) -> str:
    try:
        from claimcheck.presenting import plot as plot_module

        plot_module._require_matplotlib()
    except ImportError:
        return (
            '<section id="plot"><h2>Timeline</h2><p class="note">Install matplotlib '
            "(<code>pip install 'claimcheck[plot]'</code>) to see the timeline here.</p></section>"
        )
    scope: str | None = "cumulative"
    chosen = claims.claimcheck.quantity(category=category, scope=scope) if len(claims) else claims
    if len(claims) and chosen.empty:
        scope = None
    # one panel per event (the largest first, at most MAX_PANELS): no line joins figures of two stories
    panels: list[str | None] = list(plot_module.events(claims, category=category, scope=scope)[:MAX_PANELS]) or [None]
    figures = []
    for event in panels:
        fig = plot_module.timeline(claims, conflicts, reference, category=category, scope=scope, event=event)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=110)
        data = base64.b64encode(buf.getvalue()).decode("ascii")
        about = f" in event {event}" if event is not None else ""
        alt = f"Timeline of the claims about people {category}{about}, coloured by source"
        figures.append(
            f'<figure><img src="data:image/png;base64,{data}" alt="{_e(alt)}">'
            f"<figcaption>{_e(alt)}; bars are the intervals the claims assert, a triangle an open upper end, "
            "dashed lines and rings the conflicts, the grey line the reference series.</figcaption></figure>"
        )
    return '<section id="plot"><h2>Timeline</h2>' + "".join(figures) + "</section>"


def _conflicts_section(claims: pd.DataFrame, conflicts: pd.DataFrame, docs: pd.DataFrame | None) -> str:
    if conflicts.empty:
        return '<section id="conflicts"><h2>Conflicts</h2><p>No conflicts found.</p></section>'
    from claimcheck.presenting.groups import GROUP_FIGURE_COLUMNS, figure_cells, finding_groups

    named = set(conflicts["claim_a"].dropna().astype(str)) | set(conflicts["claim_b"].dropna().astype(str))
    shown = claims[claims["claim_id"].astype(str).isin(named)] if "claim_id" in claims else claims
    by_id = {str(r["claim_id"]): r for _, r in shown.iterrows()} if "claim_id" in claims else {}
    sev = conflicts["severity"].map(lambda s: _SEVERITY_ORDER.get(str(s), 3)).astype("int64")
    groups = finding_groups(conflicts.assign(_sev=sev), claims) if "claim_id" in claims else []
    # the groups holding errors first, then those whose figures lie farthest apart
    groups.sort(key=lambda g: int(g.findings["_sev"].min()))
    blocks = []
    for group in groups:
        order = group.findings.sort_values(["_sev", "rule", "conflict_id"], kind="stable")
        articles = _conflict_articles(order, by_id, docs)
        if len(group.findings) < 2 and len(group.figures) < 3:
            blocks.append(articles)
            continue
        head = "".join(f"<th>{_e(c)}</th>" for c in GROUP_FIGURE_COLUMNS)
        rows = "".join(
            "<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in figure_cells(c)) + "</tr>" for c in group.figures
        )
        blocks.append(
            f'<section class="group"><h3>{_e(group.heading)}</h3>'
            f'<table class="figures"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>{articles}</section>'
        )
    return f'<section id="conflicts"><h2>Conflicts ({len(conflicts):,})</h2>{"".join(blocks)}</section>'


def _conflict_articles(order: pd.DataFrame, by_id: dict[str, pd.Series], docs: pd.DataFrame | None) -> str:
    """One <article> per finding: its badge, rule and message, and its claims side by side."""
    articles = []
    for _, row in order.iterrows():
        severity = str(row["severity"]) if not _isna(row["severity"]) else "info"
        sides = "".join(
            _side(by_id[str(cid)], docs) if str(cid) in by_id else f'<div class="side"><p>claim {_e(cid)}</p></div>'
            for cid in (row.get("claim_a"), row.get("claim_b"))
            if not _isna(cid)
        )
        articles.append(
            f'<article class="conflict sev-{_e(severity)}" id="conflict-{_e(row["conflict_id"])}">'
            f'<p><span class="badge sev-{_e(severity)}">{_e(severity)}</span> <code>{_e(row["rule"])}</code> '
            f"<span class='message'>{_e(row['message'])}</span></p>"
            f'<div class="pair">{sides}</div></article>'
        )
    return "".join(articles)


def _side(claim: pd.Series, docs: pd.DataFrame | None) -> str:
    ctx = claim_context(claim, docs)
    source = claim.get("source")
    meta = [
        _e(ctx.outlet),
        _e(ctx.published.strftime("%Y-%m-%d") if ctx.published is not None else None),
        f"credited to {_e(source)}" if not _isna(source) else "no source named",
    ]
    link = _link(ctx.url, ctx.title)
    if link:
        meta.append(link)
    elif ctx.title:
        meta.append(_e(ctx.title))
    return (
        f'<div class="side" data-claim="{_e(ctx.claim_id)}"><div class="meta">{" · ".join(m for m in meta if m)}</div>'
        f"<blockquote>{ctx.html()}</blockquote>"
        f'<div class="meta">claim {_e(ctx.claim_id)}: {_e(_interval(claim))}</div></div>'
    )


def _link(url: str | None, title: str | None) -> str:
    """An <a> only for http(s) links: a ``javascript:`` URL from an article must never become clickable."""
    if not url or not url.strip().lower().startswith(("http://", "https://")):
        return ""
    return f'<a href="{_e(url.strip())}" rel="noopener noreferrer">{_e(title or url)}</a>'


def _interval(claim: pd.Series) -> str:
    """The asserted interval in bracket notation: [25000, inf)."""
    if "low" not in claim.index or "high" not in claim.index or _isna(claim["low"]) or _isna(claim["high"]):
        return "no interval"
    low, high = float(claim["low"]), float(claim["high"])
    left = "[" if bool(claim.get("low_inclusive", True)) else "("
    right = "]" if bool(claim.get("high_inclusive", True)) and math.isfinite(high) else ")"
    return f"{left}{_num(low)}, {_num(high)}{right}"


def _num(x: float) -> str:
    if not math.isfinite(x):
        return "inf"
    return f"{round(x):,}" if abs(x - round(x)) < 1e-6 else f"{x:,.1f}"


def _conflict_counts(conflicts: pd.DataFrame) -> dict[str, int]:
    counts: dict[str, int] = {}
    for col in ("claim_a", "claim_b"):
        if col in conflicts:
            for cid in conflicts[col].dropna():
                counts[str(cid)] = counts.get(str(cid), 0) + 1
    return counts


def _claims_section(claims: pd.DataFrame, docs: pd.DataFrame | None, involved: dict[str, int]) -> str:
    head = "".join(
        f'<th data-type="{t}" data-key="{_e(key)}"><button type="button">{_e(name)}</button></th>'
        for name, key, t in _TABLE
    )
    if claims.empty:
        return (
            '<section id="claims"><h2>Claims (0)</h2><p>No claims.</p>'
            f'<table class="sortable" id="claims-table"><thead><tr>{head}</tr></thead><tbody></tbody></table></section>'
        )
    dates = report_dates(claims)
    sources = source_labels(claims)
    rows = []
    for pos, (_, claim) in enumerate(claims.iterrows()):
        ctx = claim_context(claim, docs)
        cid = str(claim["claim_id"])
        date = dates.iloc[pos]
        computed = {
            "_date": None if _isna(date) else date.strftime("%Y-%m-%d"),
            "_source": sources.iloc[pos],
            "_conflicts": involved.get(cid, 0),
        }
        cells = []
        for _name, key, kind in _TABLE:
            if key == "_sentence":
                cells.append(f'<td class="sentence" data-sort="{_e(ctx.sentence)}">{ctx.html()}</td>')
                continue
            value = computed[key] if key in computed else claim.get(key)
            cells.append(_cell(value, kind))
        css = ' class="has-conflict"' if involved.get(cid) else ""
        rows.append(f'<tr id="claim-{_e(cid)}"{css}>{"".join(cells)}</tr>')
    return (
        f'<section id="claims"><h2>Claims ({len(claims):,})</h2>'
        "<p class='note'>Click a column heading to sort.</p>"
        f'<div class="table-wrap"><table class="sortable" id="claims-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def _cell(value: object, kind: str) -> str:
    if _isna(value):
        return '<td data-sort=""></td>'
    if kind == "number":
        x = float(value)  # type: ignore[arg-type]
        sort = "Infinity" if x == math.inf else ("-Infinity" if x == -math.inf else repr(x))
        return f'<td class="num" data-sort="{sort}">{_e(_num(x))}</td>'
    return f'<td data-sort="{_e(value)}">{_e(value)}</td>'
