"""The ``.claimcheck`` accessor: the common notebook steps on claims and conflicts frames.

Registered on import of :mod:`claimcheck`. Every method returns a new object and
never modifies the frame it is called on.

>>> import pandas as pd
>>> from claimcheck import schema
>>> claims = schema.conform(pd.DataFrame({
...     "claim_id": ["a", "b", "c"], "category": ["killed", "killed", "injured"],
...     "location": ["Gaza", "Rafah", "Gaza"], "scope": "cumulative", "modality": "asserted",
...     "low": [100.0, 7.0, 300.0], "high": [float("inf"), 7.0, 300.0], "value": [100.0, 7.0, 300.0],
...     "source_key": ["moh", "moh", "moh"], "claim_date": ["2024-01-02", "2024-01-03", "2024-01-02"]}), "claims")
>>> claims.claimcheck.quantity(category="killed", location="gaza")["claim_id"].tolist()
['a']
"""

from __future__ import annotations

import logging

import pandas as pd

from claimcheck.presenting.excerpt import Context, claim_context

log = logging.getLogger(__name__)

#: Group label of claims that name no source.
UNATTRIBUTED = "(unattributed)"


def report_dates(claims: pd.DataFrame) -> pd.Series:
    """When each figure was reported: ``claim_date`` for a running total, ``published`` for an incident.

    Falls back to whichever of the two is present, as the claim model does.
    """
    claim_date = _column(claims, "claim_date", pd.NaT).astype("datetime64[ns]")
    published = _column(claims, "published", pd.NaT).astype("datetime64[ns]")
    scope = _column(claims, "scope", pd.NA).astype("string")
    incident = scope.eq("incident").fillna(False).astype(bool)
    return claim_date.where(~incident, published).fillna(claim_date).fillna(published)


def source_labels(claims: pd.DataFrame, by: str = "source_key") -> pd.Series:
    """Who each figure is credited to, for grouping and colouring.

    ``by="source_key"`` falls back to the ``source`` as written, then to :data:`UNATTRIBUTED`.
    """
    label = _column(claims, by, pd.NA).astype("string")
    if by == "source_key":
        label = label.fillna(_column(claims, "source", pd.NA).astype("string"))
    label = label.str.strip()
    label = label.mask(label.eq(""))
    return label.fillna(UNATTRIBUTED).astype("string")


def _column(frame: pd.DataFrame, name: str, default: object) -> pd.Series:
    if name in frame.columns:
        return frame[name]
    return pd.Series(default, index=frame.index)


def _matches(column: pd.Series, wanted: str) -> pd.Series:
    """Case- and space-insensitive equality; missing values never match."""
    norm = column.astype("string").str.strip().str.casefold()
    return norm.eq(wanted.strip().casefold()).fillna(False).astype(bool)


@pd.api.extensions.register_dataframe_accessor("claimcheck")
class ClaimcheckAccessor:
    """``frame.claimcheck``: filters and look-ups on a claims or conflicts frame."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame

    def quantity(
        self,
        category: str | None = None,
        location: str | None = None,
        subject: str | None = None,
        *,
        scope: str | None = None,
        source_key: str | None = None,
        event: str | None = None,
    ) -> pd.DataFrame:
        """The claims about one quantity, oldest report first.

        Each argument left as ``None`` does not filter; a string matches its
        column case-insensitively (claims with that column missing are dropped).
        ``event`` keeps one story's claims (see the ``event`` column).
        """
        frame = self._frame
        keep = pd.Series(True, index=frame.index)
        for name, wanted in (
            ("category", category),
            ("location", location),
            ("subject", subject),
            ("scope", scope),
            ("source_key", source_key),
            ("event", event),
        ):
            if wanted is not None:
                keep &= _matches(_column(frame, name, pd.NA), wanted)
        out = frame[keep]
        order = report_dates(out).rename("_report_date")
        return (
            out.assign(_report_date=order)
            .sort_values(["_report_date"], kind="stable", na_position="last")
            .drop(columns="_report_date")
            .reset_index(drop=True)
        )

    def running_total(
        self, by: str = "source_key", *, asserted_only: bool = True, event: str | None = None
    ) -> pd.DataFrame:
        """The running total (cumulative claims) over time, one row per category, group and report date.

        Columns: ``category``, ``by``, ``date``, ``low`` (the highest lower bound
        reported that day), ``high`` (the lowest upper bound), ``value`` (the
        largest stated figure), ``claims`` (how many), ``claim_ids``, and
        ``toll``: the largest ``value`` reported by that group so far, since a
        toll does not fall. ``event`` keeps one story's claims: two events'
        totals never make one running total.

        >>> import pandas as pd
        >>> from claimcheck import schema
        >>> c = schema.conform(pd.DataFrame({"claim_id": ["a", "b", "c"], "category": "killed",
        ...     "scope": "cumulative", "modality": "asserted", "source_key": "moh",
        ...     "value": [100.0, 90.0, 120.0], "low": [100.0, 90.0, 120.0], "high": [100.0, 90.0, 120.0],
        ...     "claim_date": ["2024-01-01", "2024-01-02", "2024-01-03"]}), "claims")
        >>> c.claimcheck.running_total()["toll"].tolist()
        [100.0, 100.0, 120.0]
        """
        frame = self._frame
        cols = ["category", by, "date", "low", "high", "value", "claims", "claim_ids", "toll"]
        scope = _column(frame, "scope", pd.NA).astype("string")
        keep = scope.eq("cumulative").fillna(False).astype(bool)
        if asserted_only:
            keep &= _column(frame, "modality", "asserted").astype("string").eq("asserted").fillna(False).astype(bool)
        if event is not None:
            keep &= _matches(_column(frame, "event", pd.NA), event)
        sub = frame[keep]
        work = pd.DataFrame(
            {
                "category": _column(sub, "category", pd.NA).astype("string").fillna("other"),
                by: source_labels(sub, by),
                "date": report_dates(sub),
                "low": _column(sub, "low", float("nan")).astype("float64"),
                "high": _column(sub, "high", float("nan")).astype("float64"),
                "value": _column(sub, "value", float("nan")).astype("float64"),
                "claim_id": _column(sub, "claim_id", pd.NA).astype("string"),
            }
        ).dropna(subset=["date"])
        if work.empty:
            return pd.DataFrame({c: pd.Series(dtype=_RUNNING_DTYPES.get(c, "string")) for c in cols})
        out = (
            work.groupby(["category", by, "date"], sort=True)
            .agg(
                low=("low", "max"),
                high=("high", "min"),
                value=("value", "max"),
                claims=("claim_id", "size"),
                claim_ids=("claim_id", lambda s: ",".join(s.dropna().astype(str))),
            )
            .reset_index()
        )
        out["toll"] = out.groupby(["category", by])["value"].cummax()
        out["claim_ids"] = out["claim_ids"].astype("string")
        return out[cols]

    def of_claim(self, claim_id: str) -> pd.DataFrame:
        """On a conflicts frame: the findings that involve ``claim_id`` (as ``claim_a`` or ``claim_b``)."""
        frame = self._frame
        missing = {"claim_a", "claim_b"} - set(frame.columns)
        if missing:
            raise KeyError(f"of_claim needs a conflicts frame; missing columns {sorted(missing)}")
        hit = frame["claim_a"].eq(claim_id).fillna(False) | frame["claim_b"].eq(claim_id).fillna(False)
        return frame[hit.astype(bool)].reset_index(drop=True)

    def conflicts_of(self, claim_id: str, conflicts: pd.DataFrame) -> pd.DataFrame:
        """On a claims frame: the findings of ``conflicts`` that involve ``claim_id``.

        Raises ``KeyError`` when the claim is not in this frame, so a typo is not
        mistaken for a claim without conflicts.
        """
        self._row(claim_id)
        return conflicts.claimcheck.of_claim(claim_id)

    def in_context(self, claim_id: str, docs: pd.DataFrame | None = None) -> Context:
        """On a claims frame: the claim's sentence with the figure marked, from its article when ``docs`` is given.

        The result prints as plain text with the figure in brackets and renders
        in a notebook as HTML with the figure highlighted.
        """
        return claim_context(self._row(claim_id), docs)

    def _row(self, claim_id: str) -> pd.Series:
        frame = self._frame
        if "claim_id" not in frame.columns:
            raise KeyError("not a claims frame: no 'claim_id' column")
        rows = frame[frame["claim_id"].eq(claim_id).fillna(False).astype(bool)]
        if rows.empty:
            raise KeyError(f"no claim {claim_id!r} in this frame")
        return rows.iloc[0]


_RUNNING_DTYPES = {
    "date": "datetime64[ns]",
    "low": "float64",
    "high": "float64",
    "value": "float64",
    "claims": "int64",
    "toll": "float64",
}
