"""Read article files into the documents frame, accounting for every one.

This path is kept for users and the docs; the module lives in
:mod:`claimcheck.reading.corpus` (see ``docs/architecture.md``).
"""

from claimcheck.reading.corpus import *  # noqa: F403
from claimcheck.reading.corpus import __all__  # noqa: F401
