"""Project configuration: ``claimcheck.toml`` or ``[tool.claimcheck]`` in ``pyproject.toml``.

The nearest file wins, searching the working directory and then its parents; in
one folder ``claimcheck.toml`` wins over ``pyproject.toml``. Keys may use ``-``
or ``_``. Every value is validated, and an error names the file and the key.

>>> cfg = parse({"tolerance": 0.05, "fail-on": "warning", "ignore-rules": ["source_disagreement"]}, "x.toml")
>>> cfg.tolerance, cfg.fail_on, cfg.ignore_rules
(0.05, 'warning', ('source_disagreement',))
>>> parse({"tolerence": 0.1}, "x.toml")
Traceback (most recent call last):
...
claimcheck.reading.config.ConfigError: x.toml: unknown key 'tolerence' in [tool.claimcheck] (did you mean 'tolerance'?)
"""

from __future__ import annotations

import difflib
import logging
import math
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.reading import atomic

log = logging.getLogger(__name__)

CONFIG_FILE = "claimcheck.toml"
PYPROJECT = "pyproject.toml"
FAIL_ON = ("error", "warning", "never")
#: The rules of the claim model; other names are accepted with a warning (checkers may add rules).
KNOWN_RULES = (
    "interval_mismatch",
    "total_decreased",
    "part_exceeds_whole",
    "source_disagreement",
    "reference_mismatch",
)


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message starts with the file's path."""


@dataclass(frozen=True)
class Config:
    """Validated settings; ``None`` means "not set here, use the library default"."""

    path: str | None = None
    tolerance: float | None = None
    vague_ranges: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    categories: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    ignore_rules: tuple[str, ...] = ()
    baseline: str | None = None
    fail_on: str | None = None
    reference: str | None = None

    def extract_options(self) -> dict[str, Any]:
        """Keyword options for :func:`claimcheck.extract` that this configuration sets."""
        options: dict[str, Any] = {}
        if self.tolerance is not None:
            options["tolerance"] = self.tolerance
        if self.vague_ranges:
            options["vague_ranges"] = dict(self.vague_ranges)
        if self.categories:
            options["categories"] = {name: list(words) for name, words in self.categories.items()}
        return options


def find_config(start: str | os.PathLike[str] | None = None) -> Path | None:
    """The nearest ``claimcheck.toml``, or ``pyproject.toml`` with a ``[tool.claimcheck]`` table."""
    folder = Path(start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def load_config(path: str | os.PathLike[str] | None = None, *, start: str | os.PathLike[str] | None = None) -> Config:
    """Read and validate ``path`` (or the file :func:`find_config` finds); no file gives the defaults."""
    found = Path(path) if path is not None else find_config(start)
    if found is None:
        return Config()
    table = _read_table(found)
    config = parse(table, str(found))
    if config.baseline is not None and not os.path.isabs(config.baseline):
        config = _replace(config, baseline=str(found.parent / config.baseline))
    if config.reference is not None and not os.path.isabs(config.reference):
        config = _replace(config, reference=str(found.parent / config.reference))
    log.info("configuration read from %s", found)
    return config


def parse(table: Mapping[str, Any], where: str) -> Config:
    """Validate a ``[tool.claimcheck]`` table; ``where`` names the file in error messages."""
    values = {str(key).replace("-", "_"): value for key, value in table.items()}
    allowed = {"tolerance", "vague_ranges", "categories", "ignore_rules", "baseline", "fail_on", "reference"}
    for key in values:
        if key not in allowed:
            hint = difflib.get_close_matches(key, sorted(allowed), n=1)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else f" (known keys: {', '.join(sorted(allowed))})"
            raise ConfigError(f"{where}: unknown key {key!r} in [tool.claimcheck]{suggestion}")
    return Config(
        path=where,
        tolerance=_tolerance(values.get("tolerance"), where),
        vague_ranges=_vague_ranges(values.get("vague_ranges", {}), where),
        categories=_categories(values.get("categories", {}), where),
        ignore_rules=_ignore_rules(values.get("ignore_rules", []), where),
        baseline=_string(values.get("baseline"), "baseline", where),
        fail_on=_fail_on(values.get("fail_on"), where),
        reference=_string(values.get("reference"), "reference", where),
    )


def _read_table(path: Path) -> Mapping[str, Any]:
    try:
        data = tomllib.loads(atomic.read_regular_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot be read: not UTF-8 ({exc.reason})") from None
    tool = data.get("tool", {})
    if isinstance(tool, dict) and "claimcheck" in tool:
        table = tool["claimcheck"]
    elif path.name == PYPROJECT:
        return {}
    else:
        table = {k: v for k, v in data.items() if k != "tool"}
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.claimcheck] must be a table")
    return table


def _has_tool_table(path: Path) -> bool:
    try:
        data = tomllib.loads(atomic.read_regular_text(path))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    tool = data.get("tool")
    return isinstance(tool, dict) and "claimcheck" in tool


def _tolerance(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 1:
        raise ConfigError(f"{where}: tolerance must be a number from 0 to below 1 (e.g. 0.1), not {value!r}")
    return float(value)


def _vague_ranges(value: Any, where: str) -> dict[str, tuple[float, float]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: vague-ranges must be a table of word = [low, high]")
    out = {}
    for word, bounds in value.items():
        ok = (
            isinstance(bounds, list)
            and len(bounds) == 2
            and all(isinstance(b, (int, float)) and not isinstance(b, bool) for b in bounds)
        )
        if not ok or not 0 <= bounds[0] <= bounds[1] or math.isnan(bounds[1]):
            raise ConfigError(f"{where}: vague-ranges.{word} must be [low, high] with 0 <= low <= high, not {bounds!r}")
        out[str(word).lower()] = (float(bounds[0]), float(bounds[1]))
    return out


def _categories(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: categories must be a table of name = [words]")
    out = {}
    for name, words in value.items():
        if not str(name).strip():
            raise ConfigError(f"{where}: categories has an empty name")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise ConfigError(f"{where}: categories.{name} must be a non-empty list of words, not {words!r}")
        out[str(name)] = tuple(w.strip() for w in words)
    return out


def _ignore_rules(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(r, str) for r in value):
        raise ConfigError(f"{where}: ignore-rules must be a list of rule names, not {value!r}")
    for rule in value:
        if rule not in KNOWN_RULES:
            log.warning("%s: ignore-rules names %r, which is not a rule of the claim model", where, rule)
    return tuple(value)


def _fail_on(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if value not in FAIL_ON:
        raise ConfigError(f"{where}: fail-on must be one of {', '.join(FAIL_ON)}, not {value!r}")
    return str(value)


def _string(value: Any, key: str, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: {key} must be a path (a string), not {value!r}")
    return value


def _replace(config: Config, **changes: Any) -> Config:
    from dataclasses import replace

    return replace(config, **changes)
