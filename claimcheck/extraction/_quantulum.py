"""The one adapter around quantulum3: spelled-out numbers to floats.

quantulum3 has no top-level API, keeps global settings, and calls
``logging.basicConfig`` on every ``parser.parse``; its cost grows faster than
the length of its input. So it is imported lazily, only ever sees one short
number phrase ("twenty-eight", "Ten thousand"), its results are cached, and
its types never leave this module.

>>> spelled_number("Twenty-eight")
28.0
>>> spelled_number("ten thousand")
10000.0
>>> spelled_number("houses") is None
True
"""

from __future__ import annotations

import functools
import logging
import warnings
from typing import Any

from claimcheck.settings import MAX_QUANTULUM_SPAN

log = logging.getLogger(__name__)


@functools.cache
def _parser() -> Any:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "classifier dependencies not installed"
        from quantulum3 import parser
    _restore_root_logging(handlers, level)
    return parser


def _restore_root_logging(handlers: list[logging.Handler], level: int) -> None:
    """Undo the root-logger configuration quantulum3 performs behind our back."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)


@functools.lru_cache(maxsize=4096)
def spelled_number(phrase: str) -> float | None:
    """The value of a short number phrase, or None when it is not one number."""
    phrase = phrase.strip().lower()
    if not phrase or len(phrase) > MAX_QUANTULUM_SPAN:
        return None
    parser = _parser()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse(phrase)
    except Exception:  # quantulum3 raises assorted errors on odd input
        log.debug("quantulum3 failed on %r", phrase, exc_info=True)
        return None
    finally:
        _restore_root_logging(handlers, level)
    if len(quantities) != 1:
        return None
    q = quantities[0]
    if q.unit.name not in ("dimensionless", "dozen") or q.span != (0, len(phrase)):
        return None
    value = float(q.value) * (12.0 if q.unit.name == "dozen" else 1.0)
    return value
