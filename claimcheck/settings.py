"""Settings as typed constants: the defaults of the claim model, in one module.

Every default a user may want to change (the tolerance of "about", the ranges
of vague words) lives here and is documented in ``docs/claim-model.md``.
Functions take them as keyword arguments; nothing here is mutated at run time.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

#: Relative tolerance of "about x" ([x(1-t), x(1+t)]) and "nearly x" ([x(1-t), x)).
TOLERANCE: Final[float] = 0.1

#: Vague quantity words and the closed interval [low, high] each asserts.
#: "millions" is [2e6, 1e7) in the contract; its high bound is exclusive.
VAGUE_RANGES: Final[Mapping[str, tuple[float, float]]] = MappingProxyType(
    {
        "a few": (2.0, 9.0),
        "few": (2.0, 9.0),
        "several": (3.0, 9.0),
        "dozens": (24.0, 99.0),
        "scores": (40.0, 99.0),
        "hundreds": (200.0, 999.0),
        "thousands": (2000.0, 9999.0),
        "tens of thousands": (20000.0, 99999.0),
        "hundreds of thousands": (200000.0, 999999.0),
        "millions": (2e6, 1e7),
    }
)

#: Vague words whose high bound is exclusive.
VAGUE_HIGH_EXCLUSIVE: Final[frozenset[str]] = frozenset({"millions"})

#: "a dozen" reads as "about 12".
DOZEN: Final[float] = 12.0

#: Two figures joined by "or" are an estimate's two ends ("three or four", "10 or 12") when the second is larger
#: and at most this many times the first; otherwise ("5 or 50") the first is read alone.
ALTERNATIVE_SPREAD: Final[float] = 2.0

#: Largest span of text (characters) handed to quantulum3 in one call; it is
#: superlinear in input length, so it only ever sees a number phrase.
MAX_QUANTULUM_SPAN: Final[int] = 64

#: How far (characters) around a number the extractor looks for what is counted.
CONTEXT_WINDOW: Final[int] = 120

#: Sentences longer than this are cut into windows before extraction, which
#: keeps cost linear on text with no sentence punctuation.
MAX_SENTENCE_CHARS: Final[int] = 2000

#: A claim whose sentence is longer than this keeps only a window of about
#: ``CLAIM_SENTENCE_WINDOW`` characters around its figure in ``sentence``: on
#: figure-dense text every claim carrying its whole 2,000-character sentence
#: made memory grow with figures x sentence length (issue 15). News sentences
#: are far shorter, so they are kept whole.
MAX_CLAIM_SENTENCE: Final[int] = 1000
CLAIM_SENTENCE_WINDOW: Final[int] = 300

#: :func:`claimcheck.check` compares figures within one event only, so it checks a large claims frame
#: in batches of whole events of about this many claims (an event larger than this is a batch of its
#: own): its peak memory follows the largest event, not the corpus (issue 14). A frame of at most this
#: many claims is checked in one go.
CHECK_BATCH_CLAIMS: Final[int] = 20_000

INF: Final[float] = math.inf

#: The environment variable naming the folder where claimcheck keeps what it builds once and reuses (the
#: gazetteer's index); empty turns the cache off. Unset: ``$XDG_CACHE_HOME/claimcheck``, else
#: ``~/.cache/claimcheck``.
CACHE_DIR_ENV: Final[str] = "CLAIMCHECK_CACHE_DIR"
