"""The one place that defines the frames claimcheck returns: column names, order, dtypes.

Column names are public API (see ``docs/claim-model.md``). Every function that
builds a documents, claims or conflicts frame goes through :func:`conform`, so a
frame of zero rows has the same columns and dtypes as a frame of many.

>>> list(empty("claims").columns)[:4]
['claim_id', 'doc_id', 'start', 'end']
>>> str(empty("claims")["low"].dtype)
'float64'
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Final, Literal, cast

import numpy as np
import pandas as pd

from claimcheck.reading import timestamps

log = logging.getLogger(__name__)

FrameKind = Literal["documents", "claims", "conflicts"]

STRING: Final = "string"
DATE: Final = "datetime64[ns]"

#: The documents frame: ``doc_id`` and ``text`` are required on input.
DOCUMENT_COLUMNS: Mapping[str, str] = {
    "doc_id": STRING,
    "text": STRING,
    "published": DATE,
    "outlet": STRING,
    "title": STRING,
    "url": STRING,
    "path": STRING,
    "event": STRING,
}

#: One row per numeric claim about people, in this order.
CLAIM_COLUMNS: Mapping[str, str] = {
    "claim_id": STRING,
    "doc_id": STRING,
    "start": "int64",
    "end": "int64",
    "surface": STRING,
    "sentence": STRING,
    "low": "float64",
    "high": "float64",
    "low_inclusive": "bool",
    "high_inclusive": "bool",
    "value": "float64",
    "qualifier": STRING,
    "category": STRING,
    "subject": STRING,
    "location": STRING,
    "source": STRING,
    "source_key": STRING,
    "claim_date": DATE,
    "published": DATE,
    "scope": STRING,
    "modality": STRING,
    "implied_high": "float64",
    # Extensions to the contract (documented in docs/claim-model.md):
    "outlet": STRING,  # the document's outlet, carried over for messages
    "part_of": STRING,  # claim_id of the whole this figure is a part of ("including 12 children")
    "role": STRING,  # figure | part | increment ("20 more") | earlier ("previously put at"): see docs/claim-model.md
    "sentence_start": "int64",  # offset of `sentence` in the document text
    "event": STRING,  # the story the document tells (extraction.events); figures of two events are never compared
    "document_place": STRING,  # the document's place (dateline, else headline), for figures that name none
    "claim_date_precision": STRING,  # day | month | year: how much of claim_date the text gives (missing with it)
}

#: One row per finding of :func:`claimcheck.check`, in this order.
CONFLICT_COLUMNS: Mapping[str, str] = {
    "conflict_id": STRING,
    "rule": STRING,
    "severity": STRING,
    "claim_a": STRING,
    "claim_b": STRING,
    "doc_a": STRING,
    "doc_b": STRING,
    "message": STRING,
    # Extensions: for sorting and filtering.
    "key": STRING,  # the comparison key both claims share
    "gap": "float64",  # distance between the two intervals (0 when only implied bounds part)
    "event": STRING,  # the event both claims belong to
    # Issue 14: one finding per figure (check(pairs="figure"), the default); see docs/claim-model.md.
    "figure": STRING,  # the claim this finding reports (claim_b of a pair, claim_a of a one-claim finding)
    "others": "int64",  # how many other claims contradict `figure` under this rule (each a row with pairs="all")
    "group": STRING,  # findings of one quantity (event and key) on one report day share it
}

_COLUMNS: Mapping[str, Mapping[str, str]] = {
    "documents": DOCUMENT_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "conflicts": CONFLICT_COLUMNS,
}

QUALIFIERS = ("exact", "more_than", "at_least", "about", "nearly", "up_to", "fewer_than", "range", "vague")
CATEGORIES = ("killed", "injured", "missing", "hostages", "released", "detained", "displaced", "other")
SCOPES = ("cumulative", "incident")
MODALITIES = ("asserted", "projected", "disputed")
SEVERITIES = ("error", "warning", "info")
ROLES = ("figure", "part", "increment", "earlier")


def columns(kind: FrameKind) -> list[str]:
    """The column names of a frame kind, in order."""
    return list(_COLUMNS[kind])


def empty(kind: FrameKind) -> pd.DataFrame:
    """A frame of zero rows with every column of ``kind`` at its dtype."""
    return conform(pd.DataFrame(), kind)


def conform(frame: pd.DataFrame, kind: FrameKind) -> pd.DataFrame:
    """Return ``frame`` with the columns of ``kind`` first, in order, at their dtypes.

    Missing columns are added as missing values; extra columns are kept after
    the schema's own. The input is not modified.
    """
    spec = _COLUMNS[kind]
    if kind == "claims" and len(frame) and _SENTENCE_SPAN <= set(frame.columns):
        frame = cap_sentences(frame)
    out: dict[str, pd.Series] = {}
    for name, dtype in spec.items():
        if name in frame.columns:
            col = frame[name]
        else:
            col = pd.Series(pd.NA if dtype != DATE else pd.NaT, index=frame.index)
        same = isinstance(col.dtype, np.dtype) and dtype != STRING and col.dtype == np.dtype(dtype)
        out[name] = col if same else _as_dtype(col, dtype)
    for name in frame.columns:
        if name not in spec:
            out[name] = frame[name]
    # one frame built from every column at once: inserting columns one by one costs more than the conversions
    return pd.DataFrame(out, index=frame.index).reset_index(drop=True)


_SENTENCE_SPAN = frozenset({"sentence", "sentence_start", "start", "end"})


def sentence_window(sentence: str, sentence_start: int, start: int, end: int) -> tuple[str, int]:
    """A claim's ``(sentence, sentence_start)``: the whole sentence, or a window around the figure if it is very long.

    ``start``/``end`` are the figure's offsets in the document, ``sentence_start``
    the sentence's. A sentence of at most ``MAX_CLAIM_SENTENCE`` characters (every
    ordinary news sentence) is returned whole; a longer one is cut to about
    ``CLAIM_SENTENCE_WINDOW`` characters around the figure, at spaces, with its
    offset moved to match.

    >>> sentence_window("Two died.", 5, 5, 8)
    ('Two died.', 5)
    >>> text = "Intro. " + "a " * 600 + "7 killed" + " b" * 600
    >>> window, at = sentence_window(text[7:], 7, 1207, 1208)
    >>> len(window) <= 300, text[at : at + len(window)] == window, window[1207 - at : 1215 - at]
    (True, True, '7 killed')
    """
    from claimcheck.settings import CLAIM_SENTENCE_WINDOW, MAX_CLAIM_SENTENCE

    if len(sentence) <= MAX_CLAIM_SENTENCE:
        return sentence, sentence_start
    first, last = start - sentence_start, end - sentence_start
    if not 0 <= first <= last <= len(sentence):
        return sentence, sentence_start
    half = CLAIM_SENTENCE_WINDOW // 2
    a, b = max(0, first - half), min(len(sentence), last + half)
    if a > 0:
        space = sentence.find(" ", a, first)
        a = space + 1 if space >= 0 else a
    if b < len(sentence):
        space = sentence.rfind(" ", last, b)
        b = space if space >= 0 else b
    return sentence[a:b], sentence_start + a


def cap_sentences(claims: pd.DataFrame) -> pd.DataFrame:
    """``claims`` with each sentence over ``MAX_CLAIM_SENTENCE`` characters cut to a window around its figure.

    The window (about ``CLAIM_SENTENCE_WINDOW`` characters, cut at spaces) keeps
    ``text[sentence_start : sentence_start + len(sentence)] == sentence``; shorter
    sentences are untouched. Bounds memory on figure-dense text (issue 15).

    >>> long = "x " * 600 + "7 killed" + " y" * 600
    >>> spans = {"sentence_start": [10, 0], "start": [1210, 0], "end": [1211, 3]}
    >>> capped = cap_sentences(pd.DataFrame({"sentence": [long, "Two died."], **spans}))
    >>> [len(s) <= 300 for s in capped["sentence"]], capped["sentence_start"].tolist()
    ([True, True], [1062, 0])
    """
    from claimcheck.settings import MAX_CLAIM_SENTENCE

    sentences = claims["sentence"]
    lengths = sentences.str.len() if sentences.dtype == object or isinstance(sentences.dtype, pd.StringDtype) else None
    if lengths is None:
        return claims
    long_rows = np.flatnonzero((lengths.fillna(0) > MAX_CLAIM_SENTENCE).to_numpy())
    if not len(long_rows):
        return claims
    text = sentences.to_numpy(dtype=object).copy()
    base = pd.to_numeric(claims["sentence_start"], errors="coerce").to_numpy(dtype="float64").copy()
    starts = pd.to_numeric(claims["start"], errors="coerce").to_numpy(dtype="float64")
    ends = pd.to_numeric(claims["end"], errors="coerce").to_numpy(dtype="float64")
    for row in long_rows:
        sentence, at = text[row], base[row]
        if not isinstance(sentence, str) or not (
            np.isfinite(at) and np.isfinite(starts[row]) and np.isfinite(ends[row])
        ):
            continue
        text[row], base[row] = sentence_window(sentence, int(at), int(starts[row]), int(ends[row]))
    return claims.assign(sentence=text, sentence_start=base.astype("int64") if not np.isnan(base).any() else base)


def _as_dtype(col: pd.Series, dtype: str) -> pd.Series:
    if dtype == DATE:
        # every date through one door: out-of-range and impossible dates become missing, epochs read by magnitude
        converted, problems = timestamps.coerce_series(col, field=str(col.name or "date"))
        for position, message in problems[:5]:
            log.warning("row %d: %s", position, message)
        if len(problems) > 5:
            log.warning("%d more dates left missing in column %r", len(problems) - 5, col.name)
        return converted
    if dtype == "bool":
        return col.fillna(False).astype(bool)
    if dtype == "int64":
        return col.fillna(0).astype("int64")
    if dtype == "float64":
        return pd.to_numeric(col, errors="coerce").astype("float64")
    return col.astype(cast(Any, dtype))


# --- validation at the API doors (issue 15) -----------------------------------------------------

#: Columns ``check`` cannot do without: every other claim column has a default.
REQUIRED_CLAIM_COLUMNS = ("claim_id", "doc_id", "low", "high", "category")


def validate_claims(claims: pd.DataFrame) -> None:
    """Raise ``ValueError`` naming the column when ``claims`` cannot be checked as it is.

    Required columns present; ``low``/``high`` numeric, ``low`` never missing
    (``high`` missing means unbounded, as in CSV files), ``low <= high``;
    ``claim_id`` present and unique; text columns hold text.
    """
    if not isinstance(claims, pd.DataFrame):
        raise ValueError(f"claims must be a pandas DataFrame, not {type(claims).__name__}")
    missing = [name for name in REQUIRED_CLAIM_COLUMNS if name not in claims.columns]
    if missing:
        raise ValueError(f"claims frame lacks the column(s) {missing} (see docs/claim-model.md)")
    if claims.columns.duplicated().any():
        raise ValueError(f"claims frame has the column {claims.columns[claims.columns.duplicated()][0]!r} twice")
    if claims.empty:
        return
    bounds = {}
    for name in ("low", "high", "value", "implied_high"):
        if name not in claims.columns:
            continue
        col = claims[name]
        if not (pd.api.types.is_numeric_dtype(col.dtype) and not pd.api.types.is_bool_dtype(col.dtype)):
            converted = pd.to_numeric(col, errors="coerce")
            if (converted.isna() & col.notna()).any():
                bad = col[converted.isna() & col.notna()].iloc[0]
                raise ValueError(f"claims column {name!r} must be numeric; found {bad!r}")
            col = converted
        bounds[name] = col.astype("float64")
    low, high = bounds["low"], bounds["high"]
    if low.isna().any():
        raise ValueError(f"claims column 'low' is missing in row {int(low.isna().to_numpy().argmax())}")
    if np.isinf(low.to_numpy()).any() and (low == np.inf).any():
        raise ValueError(f"claims column 'low' is infinite in row {int((low == np.inf).to_numpy().argmax())}")
    inverted = (low > high).to_numpy()
    if inverted.any():
        row = int(inverted.argmax())
        raise ValueError(f"claims columns 'low' > 'high' in row {row} ({low.iloc[row]} > {high.iloc[row]})")
    ids = claims["claim_id"]
    if ids.isna().any():
        raise ValueError(f"claims column 'claim_id' is missing in row {int(ids.isna().to_numpy().argmax())}")
    # one factorization tells whether any id repeats (cheaper than marking each duplicate of a million)
    if len(pd.factorize(ids)[1]) < len(ids):
        dupes = ids[ids.duplicated()]
        raise ValueError(f"claims column 'claim_id' is not unique: {dupes.iloc[0]!r} appears more than once")
    for name in ("category", "doc_id"):
        col = claims[name]
        if pd.api.types.is_numeric_dtype(col.dtype) and not col.isna().all():
            raise ValueError(f"claims column {name!r} must hold text, not {col.dtype}")


def validate_tolerance(value: object, option: str = "tolerance") -> float:
    """``value`` as a relative tolerance in [0, 1), else ``ValueError`` naming ``option``."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise ValueError(f"{option} must be a number in [0, 1), not {value!r}")
    number = float(value)
    if not 0 <= number < 1:
        raise ValueError(f"{option} must be in [0, 1) (a relative width such as 0.1), not {value!r}")
    return number


def validate_vague_ranges(ranges: object, option: str = "vague_ranges") -> None:
    """Each word maps to ``(low, high)`` with ``0 <= low <= high``, finite low; else ``ValueError`` naming it."""
    if ranges is None:
        return
    if not isinstance(ranges, Mapping):
        raise ValueError(f"{option} must be a mapping of word to (low, high), not {type(ranges).__name__}")
    for word, pair in ranges.items():
        if not isinstance(word, str) or not word.strip():
            raise ValueError(f"{option}: the key {word!r} is not a word")
        try:
            low, high = (float(x) for x in pair)
        except (TypeError, ValueError):
            raise ValueError(f"{option}[{word!r}] must be two numbers (low, high), not {pair!r}") from None
        if not (0 <= low <= high) or not np.isfinite(low) or np.isnan(high):
            raise ValueError(f"{option}[{word!r}] must be ordered 0 <= low <= high, not {pair!r}")


def validate_extract_call(
    tolerance: object, vague_ranges: object, n_jobs: object = 1, categories: object = None
) -> None:
    """The options of :func:`claimcheck.extract`, checked before any document is read (``ValueError``)."""
    validate_tolerance(tolerance)
    validate_vague_ranges(vague_ranges)
    if categories is not None:
        if not isinstance(categories, Mapping):
            raise ValueError(f"categories must map a category to its words, not {type(categories).__name__}")
        for name, words in categories.items():
            if not isinstance(name, str) or not name.strip():
                raise ValueError(f"categories: the key {name!r} is not a category name")
            if isinstance(words, (str, bytes)) or not all(isinstance(w, str) and w.strip() for w in words):
                raise ValueError(f"categories[{name!r}] must be a list of words or phrases, not {words!r}")
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, (int, np.integer)) or n_jobs == 0 or n_jobs < -1:
        raise ValueError(f"n_jobs must be a positive number of processes or -1 (every core), not {n_jobs!r}")


def validate_check_call(claims: Any, options: Mapping[str, Any]) -> None:
    """The claims frame and options of :func:`claimcheck.check`, checked before any rule runs (``ValueError``)."""
    if not isinstance(claims, pd.DataFrame) and hasattr(claims, "columns"):  # a dask frame: columns only
        missing = [name for name in REQUIRED_CLAIM_COLUMNS if name not in claims.columns]
        if missing:
            raise ValueError(f"claims frame lacks the column(s) {missing} (see docs/claim-model.md)")
    else:
        validate_claims(claims)
    if "tolerance" in options:
        validate_tolerance(options["tolerance"])
    if options.get("about_tolerance") is not None:
        validate_tolerance(options["about_tolerance"], "about_tolerance")
    validate_vague_ranges(options.get("vague_ranges"))
    window = options.get("reference_window", 1)
    if isinstance(window, bool) or not isinstance(window, (int, np.integer)) or window < 0:
        raise ValueError(f"reference_window must be a whole number of days >= 0, not {window!r}")
    names = options.get("rules")
    if names is not None:
        from claimcheck.checking import rules

        if isinstance(names, str):
            raise ValueError(f"rules must be a list of rule names, not the string {names!r}")
        unknown = sorted(set(map(str, names)) - set(rules.names()))
        if unknown:
            raise ValueError(f"rules: unknown rule(s) {unknown}; known: {rules.names()}")
