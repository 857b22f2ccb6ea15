"""One door for every date that enters the package: documents, front matter, reference files, claims frames.

Whatever a date arrives as (a string, a ``datetime``, a ``Timestamp`` of any
resolution, an epoch number), it leaves as a naive ``pd.Timestamp`` at
nanosecond resolution -- the range the frames' ``datetime64[ns]`` columns hold,
1677-09-21 to 2262-04-11 -- or as a missing value with the reason, never as an
exception (issue 15: one ``0001-01-01`` stopped a whole run). Epoch numbers are
told apart by magnitude: seconds, milliseconds, microseconds or nanoseconds;
an integer 1000-2999 is a year and an eight-digit integer that is a valid
``YYYYMMDD`` is that day. Article sentences are not parsed here (see
:mod:`claimcheck.extraction.dates`).

>>> coerce("2024-03-05").stamp, coerce(1700000000).stamp, coerce(1700000000000).stamp
(Timestamp('2024-03-05 00:00:00'), Timestamp('2023-11-14 22:13:20'), Timestamp('2023-11-14 22:13:20'))
>>> coerce("0001-01-01").problem
'out of the range of dates held (1677-09-21 to 2262-04-11)'
>>> coerce("2024-02-30").problem
"not a date: '2024-02-30'"
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from claimcheck._rx import compile_pattern

log = logging.getLogger(__name__)

DATE_DTYPE = "datetime64[ns]"
FIRST, LAST = pd.Timestamp.min, pd.Timestamp.max
OUT_OF_RANGE = f"out of the range of dates held ({FIRST:%Y-%m-%d} to {LAST:%Y-%m-%d})"
_NUMERIC = compile_pattern(r"[+-]?\d+(?:\.\d+)?")
#: Epoch units by the magnitude of the number: below 1e11 seconds (until the year 5138), then ms, us, ns.
_EPOCH_UNITS = ((1e11, "s"), (1e14, "ms"), (1e17, "us"))
_MAX_TEXT = 200  # longer strings are not dates: never handed to the parser


@dataclass(frozen=True)
class Coerced:
    """A date read: ``stamp`` (naive, nanosecond) or None; ``problem`` says why a present value was not a date;
    ``how`` says how a number was read (``epoch seconds`` ...), for a note."""

    stamp: pd.Timestamp | None
    problem: str | None = None
    how: str | None = None


_MISSING = Coerced(None)


def coerce(value: Any) -> Coerced:
    """``value`` as a date, or None with the reason; never raises."""
    try:
        return _coerce(value)
    except Exception as exc:  # a parser's surprise must not stop a run: the value is left missing
        return Coerced(None, f"not a date: {_show(value)} ({type(exc).__name__})")


def _coerce(value: Any) -> Coerced:
    if value is None or value is pd.NaT or (isinstance(value, str) and not value.strip()):
        return _MISSING
    if isinstance(value, (bool, np.bool_)):
        return Coerced(None, f"not a date: {value!r}")
    if isinstance(value, (int, float, np.integer, np.floating)):
        return _from_number(float(value) if isinstance(value, (float, np.floating)) else int(value))
    if isinstance(value, np.datetime64):
        if np.isnat(value):
            return _MISSING
        value = pd.Timestamp(value) if _in_range_np(value) else None
        return _checked(value) if value is not None else Coerced(None, OUT_OF_RANGE)
    if isinstance(value, (dt.datetime, dt.date)):
        return _checked(pd.Timestamp(value) if isinstance(value, dt.datetime) else pd.Timestamp(value.isoformat()))
    if isinstance(value, str):
        text = value.strip()
        if len(text) > _MAX_TEXT:
            return Coerced(None, f"not a date: {_show(value)}")
        if _NUMERIC.fullmatch(text):
            number = float(text)
            return _from_number(int(number) if number.is_integer() and "." not in text else number)
        try:
            stamp = pd.Timestamp(text)
        except (pd.errors.OutOfBoundsDatetime, OverflowError):
            return Coerced(None, OUT_OF_RANGE)
        except (ValueError, TypeError):
            return Coerced(None, f"not a date: {_show(value)}")
        return _checked(stamp)
    return Coerced(None, f"not a date: a {type(value).__name__}")


def _from_number(number: float) -> Coerced:
    """An epoch number by its magnitude, a year, or a ``YYYYMMDD`` integer."""
    if isinstance(number, float) and not math.isfinite(number):
        return _MISSING if math.isnan(number) else Coerced(None, f"not a date: {number!r}")
    if float(number).is_integer():
        whole = int(number)
        if 1000 <= whole <= 2999:
            return _checked(pd.Timestamp(year=whole, month=1, day=1), how="a year")
        if 10000101 <= whole <= 29991231:
            try:
                return _checked(pd.Timestamp(dt.date(whole // 10000, whole // 100 % 100, whole % 100)), how="YYYYMMDD")
            except ValueError:
                pass
    unit = next((u for limit, u in _EPOCH_UNITS if abs(number) < limit), "ns")
    try:
        stamp = pd.Timestamp(number, unit=unit)
    except (pd.errors.OutOfBoundsDatetime, OverflowError, ValueError):
        return Coerced(None, OUT_OF_RANGE)
    names = {"s": "seconds", "ms": "milliseconds", "us": "microseconds", "ns": "nanoseconds"}
    return _checked(stamp, how=f"epoch {names[unit]}")


def _checked(stamp: pd.Timestamp | None, how: str | None = None) -> Coerced:
    """A naive nanosecond ``Timestamp`` if it lies in the range held, else the reason."""
    if stamp is None or pd.isna(stamp):
        return _MISSING
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert(None)
    if not FIRST <= stamp <= LAST:
        return Coerced(None, OUT_OF_RANGE)
    try:
        return Coerced(stamp.as_unit("ns"), how=how)
    except (pd.errors.OutOfBoundsDatetime, OverflowError, ValueError):
        return Coerced(None, OUT_OF_RANGE)


def _in_range_np(value: np.datetime64) -> bool:
    try:
        return bool(FIRST.to_datetime64() <= value <= LAST.to_datetime64())
    except (OverflowError, ValueError):
        return False


def coerce_series(values: pd.Series, *, field: str = "date") -> tuple[pd.Series, list[tuple[int, str]]]:
    """``values`` as a ``datetime64[ns]`` series and the problems found: ``(position, message naming field)``.

    A series already at ``datetime64[ns]`` is returned as it is; one at another
    resolution is checked against the range; any other is read value by value
    (each distinct value once). Time zones are converted to UTC and dropped.
    """
    dtype = values.dtype
    if isinstance(dtype, pd.DatetimeTZDtype):
        values = values.dt.tz_convert(None)
        dtype = values.dtype
    if dtype == np.dtype(DATE_DTYPE):
        return values, []
    if values.empty:
        return pd.Series(pd.NaT, index=values.index, dtype=DATE_DTYPE), []
    try:
        codes, found_values = pd.factorize(values, use_na_sentinel=True)
        uniques: np.ndarray = np.asarray(found_values, dtype=object)
    except TypeError:  # unhashable values (lists): read one by one
        codes, uniques = np.arange(len(values)), values.to_numpy(dtype=object)
    found = [coerce(value) for value in uniques]
    stamps = pd.Series([f.stamp if f.stamp is not None else pd.NaT for f in found] + [pd.NaT], dtype=object)
    parsed = pd.to_datetime(stamps, errors="coerce")
    if isinstance(parsed.dtype, pd.DatetimeTZDtype):
        parsed = parsed.dt.tz_convert(None)
    out = np.asarray(parsed, dtype=DATE_DTYPE)[codes]  # code -1 (missing) takes the trailing NaT
    problems = [
        (int(position), f"{field} {_show(uniques[code])}: {found[code].problem}; left missing")
        for position, code in enumerate(codes.tolist())
        if code >= 0 and found[code].problem
    ]
    return pd.Series(out, index=values.index, dtype=DATE_DTYPE), problems


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
