"""Timeline of one quantity: each claim as the interval it asserts, coloured by source, conflicts marked.

Needs matplotlib (``pip install 'claimcheck[plot]'``); it is imported only when a
function here is called, so ``import claimcheck.presenting.plot`` always works.

How a claim is drawn: a vertical bar from ``low`` to ``high`` at its report
date; a filled end is an included bound, an open circle an excluded one; an
interval with no upper end ("more than 38,000") stops at the figure its
rounding implies and ends in an upward triangle. Figures that are projected
or disputed are dotted (a hollow dot for a single figure). A conflict is a line between its two claims (red for
an error, orange for a warning); a one-claim finding is a ring around the claim.
In SVG output each claim's bar has the id ``interval-<claim_id>`` and each
conflict ``conflict-<conflict_id>``, so a drawing can be checked by machine.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from claimcheck.presenting.accessor import report_dates, source_labels

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

__all__ = ["SEVERITY_COLOURS", "REFERENCE_COLOUR", "timeline", "events", "save"]

#: Colour of a conflict marker by severity.
SEVERITY_COLOURS = {"error": "#d62728", "warning": "#ff7f0e", "info": "#7f7f7f"}
#: Colour of the reference series.
REFERENCE_COLOUR = "#444444"

_INSTALL_HINT = "claimcheck.presenting.plot needs matplotlib: pip install 'claimcheck[plot]'"


def _require_matplotlib() -> Any:
    """Import matplotlib or say how to install it."""
    try:
        import matplotlib
        import matplotlib.dates  # noqa: F401
        import matplotlib.figure  # noqa: F401
        import matplotlib.ticker  # noqa: F401
    except ImportError as exc:
        raise ImportError(_INSTALL_HINT) from exc
    return matplotlib


def timeline(
    claims: pd.DataFrame,
    conflicts: pd.DataFrame | None = None,
    reference: pd.DataFrame | None = None,
    *,
    category: str = "killed",
    scope: str | None = "cumulative",
    by: str = "source_key",
    ax: Axes | None = None,
    title: str | None = None,
    reference_label: str = "reference",
    reference_subject: str | None = "people",
    zero_based: bool = False,
    event: str | None = None,
) -> Figure:
    """Draw the claims about ``category`` (and ``scope``; ``None`` for any) over time and return the figure.

    ``reference`` is a frame with ``date`` and ``value`` columns (and
    optionally ``category``, filtered like the claims), such as the Gaza
    Ministry of Health series; it is drawn as a grey line beside the claims.
    When it has a ``subject`` column (a breakdown: children, women...), only
    the rows of ``reference_subject`` are drawn (``None``: no filter).
    ``ax`` draws into an existing axes instead of a new figure. The value
    axis starts just below the lowest figure drawn, or at zero with
    ``zero_based=True``. ``event`` draws only that event's claims (see the
    ``event`` column): one quantity of one event per panel, so no line joins
    figures of two stories; :func:`events` lists them.
    """
    mpl = _require_matplotlib()
    mdates = mpl.dates
    if ax is None:
        fig = mpl.figure.Figure(figsize=(10, 5.5), layout="constrained")
        ax = fig.add_subplot()
    else:
        fig = ax.figure
    sub = _select(claims, category, scope)
    if event is not None and "event" in sub:
        sub = sub[sub["event"].astype("string").eq(event).fillna(False).to_numpy()]
    x_days = pd.Series(dtype="float64")
    positions: dict[str, tuple[float, float, float]] = {}
    labels = source_labels(sub, by) if len(sub) else pd.Series(dtype="string")
    colours = _colours(sorted(labels.unique()))
    reference = _reference_rows(reference, reference_subject)
    ymax = _ymax(sub, reference, category)
    if len(sub):
        x_days = pd.Series(mdates.date2num(report_dates(sub).to_numpy()), index=sub.index)
        span = max(float(x_days.max() - x_days.min()), 1.0)
        offsets = _offsets(x_days, labels, sub["claim_id"], span)
        xs = (x_days + offsets).to_numpy()
        for pos, (_, row) in enumerate(sub.iterrows()):
            colour = colours[str(labels.iloc[pos])]
            positions[str(row["claim_id"])] = _draw_claim(ax, row, float(xs[pos]), colour, ymax)
    ref = _reference(reference, category)
    if len(ref):
        if len(x_days):
            pad = max(float(x_days.max() - x_days.min()) * 0.08, 5.0)
            lo, hi = float(x_days.min()) - pad, float(x_days.max()) + pad
            rx = pd.Series(mdates.date2num(ref["date"].to_numpy()), index=ref.index)
            ref = ref[(rx >= lo) & (rx <= hi)]
        if len(ref):
            (line,) = ax.plot(
                mdates.date2num(ref["date"].to_numpy()),
                ref["value"].to_numpy(),
                drawstyle="steps-post",
                color=REFERENCE_COLOUR,
                linewidth=1.2,
                alpha=0.8,
                zorder=1,
            )
            line.set_gid("reference")
            ymin_ref = float(ref["value"].min())
        else:
            ymin_ref = math.inf
    else:
        ymin_ref = math.inf
    n_conflicts = _draw_conflicts(ax, conflicts, positions)
    modality = sub["modality"].astype("string") if len(sub) else pd.Series(dtype="string")
    has_projected = bool((modality.notna() & modality.ne("asserted")).any())
    _legend(
        ax, colours, reference_label if len(ref) else None, has_conflicts=n_conflicts > 0, has_projected=has_projected
    )
    ax.set_ylim(_ymin(sub, ymin_ref, ymax, zero_based), ymax * 1.08 if ymax > 0 else 1)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator())
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.yaxis.set_major_formatter(mpl.ticker.FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
    ax.grid(True, axis="y", alpha=0.3)
    ax.set_ylabel(f"people {category}" if category else "people")
    ax.set_xlabel("reported on")
    scope_text = f", {scope}" if scope else ""
    event_text = f" ({event})" if event is not None else ""
    ax.set_title(
        title if title is not None else f"{category}{scope_text}{event_text}: {len(positions)} claims over time"
    )
    log.debug("timeline: %d claims, %d conflicts drawn", len(positions), n_conflicts)
    return fig


def events(claims: pd.DataFrame, *, category: str | None = "killed", scope: str | None = None) -> list[str]:
    """The events with claims of ``category`` (and ``scope``), most claims first: one timeline panel each.

    >>> events(pd.DataFrame({"event": ["b", "a", "b"], "category": "killed", "scope": "cumulative",
    ...     "modality": "asserted", "low": 1.0, "claim_date": pd.Timestamp("2024-01-02"), "published": pd.NaT}))
    ['b', 'a']
    """
    if "event" not in claims or claims.empty:
        return []
    sub = _select(claims, category, scope)
    counts = sub["event"].astype("string").dropna().value_counts()
    return sorted(counts.index, key=lambda e: (-int(counts[e]), str(e)))


def save(fig: Figure, path: str | Path, formats: Sequence[str] = ("png", "svg"), *, dpi: int = 150) -> list[Path]:
    """Write ``fig`` once per format beside ``path`` (its suffix is replaced) and return the files written."""
    base = Path(path)
    base.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        target = base.with_suffix("." + fmt.lstrip("."))
        fig.savefig(target, format=fmt.lstrip("."), dpi=dpi, metadata=_metadata(fmt))
        written.append(target)
    return written


def _metadata(fmt: str) -> dict[str, Any]:
    """Drop dates from the file so the same figure gives the same bytes."""
    fmt = fmt.lstrip(".").lower()
    if fmt == "svg":
        return {"Date": None}
    if fmt == "pdf":
        return {"CreationDate": None}
    return {}


def _select(claims: pd.DataFrame, category: str | None, scope: str | None) -> pd.DataFrame:
    sub = claims.claimcheck.quantity(category=category, scope=scope)
    finite_low = pd.to_numeric(sub.get("low"), errors="coerce").astype("float64")
    dated = report_dates(sub).notna()
    keep = finite_low.notna() & finite_low.map(math.isfinite).astype(bool) & dated
    dropped = int((~keep).sum())
    if dropped:
        log.info("timeline: %d claims without a report date or lower bound are not drawn", dropped)
    return sub[keep]


def _colours(labels: Iterable[str]) -> dict[str, str]:
    palette = ["#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939"]
    return {label: palette[i % len(palette)] for i, label in enumerate(labels)}


def _offsets(x_days: pd.Series, labels: pd.Series, claim_ids: pd.Series, span_days: float) -> pd.Series:
    """A small horizontal shift per claim, so claims reported on one day sit side by side (ordered by source)."""
    step = span_days * 0.01
    order = pd.DataFrame({"day": x_days.round(6), "label": labels.astype(str), "cid": claim_ids.astype(str)})
    order = order.sort_values(["day", "label", "cid"], kind="stable")
    rank = order.groupby("day").cumcount()
    size = order.groupby("day")["cid"].transform("size")
    return ((rank - (size - 1) / 2) * step).reindex(x_days.index).astype("float64")


def _ymin(claims: pd.DataFrame, ymin_ref: float, ymax: float, zero_based: bool) -> float:
    """Just below the lowest figure drawn, so close figures stay apart; zero when asked or when near it."""
    lows = pd.to_numeric(claims["low"], errors="coerce").dropna().tolist() if len(claims) else []
    lowest = min([*lows, ymin_ref])
    if zero_based or not math.isfinite(lowest):
        return 0.0
    floor = lowest - 0.1 * max(ymax - lowest, ymax * 0.05)
    return 0.0 if floor < ymax * 0.2 else floor


def _ymax(claims: pd.DataFrame, reference: pd.DataFrame | None, category: str | None) -> float:
    values: list[float] = []
    for col in ("low", "high", "implied_high", "value"):
        if col in claims.columns:
            series = pd.to_numeric(claims[col], errors="coerce").astype("float64")
            values.extend(v for v in series.dropna() if math.isfinite(v))
    ref = _reference(reference, category)
    if len(ref) and not values:
        values.extend(ref["value"].astype("float64").tolist())
    elif len(ref) and len(claims):
        dates = report_dates(claims)
        within = ref[(ref["date"] >= dates.min()) & (ref["date"] <= dates.max())]
        values.extend(within["value"].astype("float64").tolist())
    return max(values, default=1.0)


def _reference_rows(reference: pd.DataFrame | None, subject: str | None) -> pd.DataFrame | None:
    """The rows of one subject of a reference that breaks its totals down (children, women...)."""
    if reference is None or subject is None or "subject" not in reference.columns:
        return reference
    subjects = reference["subject"].astype("string").str.casefold()
    return reference[(subjects.eq(subject.casefold()) | subjects.isna()).fillna(False).astype(bool)]


def _reference(reference: pd.DataFrame | None, category: str | None) -> pd.DataFrame:
    """The reference rows of ``category`` with a date and a value, oldest first."""
    if reference is None or len(reference) == 0:
        return pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"), "value": pd.Series(dtype="float64")})
    missing = {"date", "value"} - set(reference.columns)
    if missing:
        raise ValueError(f"reference needs columns 'date' and 'value'; missing {sorted(missing)}")
    ref = reference
    if category is not None and "category" in ref.columns:
        ref = ref[ref["category"].astype("string").str.casefold().eq(category.casefold()).fillna(False).astype(bool)]
    out = pd.DataFrame(
        {
            "date": pd.to_datetime(ref["date"], errors="coerce"),
            "value": pd.to_numeric(ref["value"], errors="coerce").astype("float64"),
        }
    ).dropna()
    return out.sort_values("date").reset_index(drop=True)


def _draw_claim(ax: Axes, row: pd.Series, x: float, colour: str, ymax: float) -> tuple[float, float, float]:
    """Draw one claim; return (x, bottom, visible top) for the conflict markers."""
    cid = str(row["claim_id"])
    low = float(row["low"])
    high = float(row["high"]) if pd.notna(row["high"]) else math.inf
    implied = float(row["implied_high"]) if pd.notna(row.get("implied_high")) else math.nan
    modality = row.get("modality")
    asserted = bool(pd.isna(modality)) or str(modality) == "asserted"
    style = "-" if asserted else ":"
    alpha = 1.0 if asserted else 0.6
    open_top = not math.isfinite(high)
    if open_top:
        top = implied if math.isfinite(implied) and implied > low else low + max(ymax * 0.05, 1.0)
    else:
        top = high
    if top == low:
        (bar,) = ax.plot([x], [low], marker="o", markersize=6, color=colour, alpha=alpha, linestyle="none", zorder=3)
        if not asserted:
            bar.set_markerfacecolor("white")
    else:
        (bar,) = ax.plot([x, x], [low, top], linestyle=style, linewidth=3, color=colour, alpha=alpha, zorder=3)
        _bound(ax, x, low, bool(row.get("low_inclusive", True)), colour, f"bound-low-{cid}", alpha)
        if open_top:
            (arrow,) = ax.plot([x], [top], marker="^", markersize=8, color=colour, alpha=alpha, zorder=4)
            arrow.set_markerfacecolor("white")
            arrow.set_gid(f"openend-{cid}")
        else:
            _bound(ax, x, high, bool(row.get("high_inclusive", True)), colour, f"bound-high-{cid}", alpha)
    bar.set_gid(f"interval-{cid}")
    return x, low, top


def _bound(ax: Axes, x: float, y: float, inclusive: bool, colour: str, gid: str, alpha: float) -> None:
    (mark,) = ax.plot([x], [y], marker="o", markersize=5, color=colour, alpha=alpha, zorder=4)
    mark.set_markerfacecolor(colour if inclusive else "white")
    mark.set_gid(gid)


def _draw_conflicts(ax: Axes, conflicts: pd.DataFrame | None, positions: dict[str, tuple[float, float, float]]) -> int:
    if conflicts is None or len(conflicts) == 0:
        return 0
    drawn = 0
    for _, row in conflicts.iterrows():
        a = str(row["claim_a"]) if pd.notna(row.get("claim_a")) else None
        b = str(row["claim_b"]) if pd.notna(row.get("claim_b")) else None
        colour = SEVERITY_COLOURS.get(str(row.get("severity")), SEVERITY_COLOURS["error"])
        gid = f"conflict-{row['conflict_id']}"
        if a in positions and b in positions:
            (xa, la, ta), (xb, lb, tb) = positions[a], positions[b]
            if la >= tb:
                ya, yb = la, tb
            elif lb >= ta:
                ya, yb = ta, lb
            else:
                ya, yb = (la + ta) / 2, (lb + tb) / 2
            (line,) = ax.plot([xa, xb], [ya, yb], linestyle="--", linewidth=1.5, color=colour, zorder=5)
        elif a in positions or b in positions:
            x, lo, top = positions[a if a in positions else b]  # type: ignore[index]
            (line,) = ax.plot(
                [x],
                [(lo + top) / 2],
                marker="o",
                markersize=16,
                markerfacecolor="none",
                markeredgewidth=2,
                color=colour,
                linestyle="none",
                zorder=5,
            )
        else:
            continue
        line.set_gid(gid)
        drawn += 1
    return drawn


def _legend(
    ax: Axes, colours: dict[str, str], reference_label: str | None, *, has_conflicts: bool, has_projected: bool
) -> None:
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], color=c, linewidth=3, label=name) for name, c in colours.items()]
    if reference_label is not None:
        handles.append(Line2D([], [], color=REFERENCE_COLOUR, linewidth=1.2, label=reference_label))
    if has_conflicts:
        handles.append(Line2D([], [], color=SEVERITY_COLOURS["error"], linestyle="--", label="conflict"))
    if colours:
        handles.append(
            Line2D(
                [], [], color="#555555", marker="^", markerfacecolor="white", linestyle="none", label="no upper bound"
            )
        )
    if has_projected:
        handles.append(
            Line2D(
                [],
                [],
                color="#555555",
                linestyle=":",
                marker="o",
                markerfacecolor="white",
                label="projected / disputed",
            )
        )
    if handles:
        ax.legend(handles=handles, loc="upper left", fontsize="small", frameon=False)
