"""Timeline of one quantity: each claim as the interval it asserts, coloured by source, conflicts marked.

This path is kept for users and the docs; the module lives in
:mod:`claimcheck.presenting.plot` (see ``docs/architecture.md``).
"""

from claimcheck.presenting.plot import *  # noqa: F403
from claimcheck.presenting.plot import __all__  # noqa: F401
