"""Compiled patterns: ``compile_pattern()`` picks the faster engine, ``rx()`` compiles on demand and keeps it.

The extractor's patterns are written for the ``regex`` module (``\\p{L}``,
variable-width look-behind, ``REVERSE`` searches from the end). Many need none
of that, and the standard library's ``re`` runs those about twice as fast, so
``compile_pattern`` compiles with ``re`` whenever ``re`` accepts the pattern and its
flags, and with ``regex`` otherwise. ``re`` and ``regex`` (its default
``VERSION0``) agree on the constructs the extractor uses, on all but a few
characters: ``re`` reads the separators U+001C-U+001F as white space and
combining marks (text in decomposed form, NFD) as ending a word; ``regex``
does not. The gold cases and a generated corpus give the same claims either way.

``regex.match(pattern, text)`` also looks its pattern up in the module's cache
on every call (about 7 µs, most of a short match); the extractor calls such
helpers hundreds of thousands of times on a large corpus, so ``rx`` keeps them.

>>> rx(r"\\d+").match("42 people").group()
'42'
>>> type(compile_pattern(r"\\d+")).__module__, type(compile_pattern(r"\\p{Lu}\\w+")).__module__
('re', '_regex')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import cast

import regex

#: Flags both engines share, with the same values.
_SHARED_FLAGS = int(regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERBOSE)


def compile_pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``source`` compiled by ``re`` when it can (faster), else by ``regex``; both offer the same methods.

    Flags are ``regex`` flags; any flag beyond IGNORECASE, MULTILINE, DOTALL and
    VERBOSE (``REVERSE``, ``V1`` ...) takes ``regex``. So does a pattern that opens with
    ``\\b``: a search for one of many words, where ``regex`` finds candidate positions
    faster (measured on the extractor's patterns: ``re`` took 1.3-2x as long on those).
    """
    if not flags & ~_SHARED_FLAGS and not source.startswith(r"\b"):
        try:
            # the two engines' Pattern types offer the methods we call (match, search, finditer, sub ...)
            return cast("regex.Pattern[str]", re.compile(source, flags))
        except re.error:
            pass  # \p{..}, variable-width look-behind, repeated group names ...: regex's own syntax
    return regex.compile(source, flags)


#: The letters beyond ASCII that ``re``'s IGNORECASE takes for a-z: İ, ı, ſ and the Kelvin sign.
IGNORECASE_LETTERS: Mapping[str, str] = MappingProxyType({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_IGNORECASE_FOLD = str.maketrans(dict(IGNORECASE_LETTERS))


def fold_case(text: str) -> str:
    """``text`` lowered, with the letters IGNORECASE reads as ASCII turned into them, letter for letter.

    Wherever an IGNORECASE pattern finds a lowercase ASCII word in ``text``, the word
    stands in the result, at the same place: so ``word in fold_case(text)`` can rule
    out a scan, and a case-sensitive pattern can run on it. (``str.lower`` alone keeps
    ı and ſ, and lowers İ to two characters.)

    >>> fold_case("FR\u0130DAY \u017ftrike")
    'friday strike'
    """
    if text.isascii():
        return text.lower()
    return text.translate(_IGNORECASE_FOLD).lower()


#: The ASCII characters on which ``re`` and ``regex`` disagree (``re`` reads them as white space).
_ENGINE_SEPARATORS = ("\x1c", "\x1d", "\x1e", "\x1f")


class CaselessScan:
    """``pattern.finditer``, and faster on ASCII text, for a case-insensitive pattern of lowercase words.

    On ASCII text ``re`` runs the pattern case-sensitively on the text lowered: the
    same matches at the same offsets, 2-3x as fast as ``regex`` with IGNORECASE
    (measured on the extractor's word patterns, which open with ``\\b`` and so take
    ``regex``). On ASCII the two engines agree on ``\\s``, ``\\b`` and ``\\w``, but for the
    separators U+001C-U+001F; text holding one of those, or any character beyond
    ASCII, is searched by ``pattern`` itself. A match found on the lowered text
    gives its offsets and its text lowered (``m.string`` is the lowered text).
    ``tests/test_prechecks.py`` holds the two scans together.
    """

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        letters = regex.sub(r"\\.|\(\?P[<=]", "", pattern.pattern)  # (escapes out: \\p{Lu} and the like are refused)
        if not pattern.flags & regex.IGNORECASE or "(?-i" in letters or any(c.isupper() for c in letters):
            raise ValueError("CaselessScan takes an IGNORECASE pattern of lowercase words")
        self.pattern = pattern
        self.ascii = re.compile(pattern.pattern, pattern.flags & _SHARED_FLAGS & ~regex.IGNORECASE)

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """Every match in ``text``, as ``pattern.finditer(text)`` finds them."""
        if text.isascii() and not any(c in text for c in _ENGINE_SEPARATORS):
            return cast("Iterator[regex.Match[str]]", self.ascii.finditer(text.lower()))
        return self.pattern.finditer(text)

    def search(self, text: str) -> regex.Match[str] | None:
        """The first match in ``text``, as ``pattern.search(text)`` finds it."""
        if text.isascii() and not any(c in text for c in _ENGINE_SEPARATORS):
            return cast("regex.Match[str] | None", self.ascii.search(text.lower()))
        return self.pattern.search(text)


#: Every byte but a-z as a space: a text lowered and encoded (UTF-8 writes a letter beyond ASCII with bytes >= 0x80
#: only) splits at the spaces into its runs of a-z, faster than a ``[a-z]+`` search finds them.
NOT_A_TO_Z: bytes = bytes(b if 0x61 <= b <= 0x7A else 0x20 for b in range(256))


@functools.lru_cache(maxsize=512)
def rx(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``compile_pattern(source, flags)``, compiled once per pattern and flags."""
    return compile_pattern(source, flags)
