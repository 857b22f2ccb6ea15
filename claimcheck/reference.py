"""Trusted reference series to check claims against (the ``reference_mismatch`` rule).

This path is kept for users and the docs; the module lives in
:mod:`claimcheck.checking.reference` (see ``docs/architecture.md``).
"""

from claimcheck.checking.reference import *  # noqa: F403
from claimcheck.checking.reference import __all__  # noqa: F401
