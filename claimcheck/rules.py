"""The rules of :func:`claimcheck.check`: a registry users can extend.

This path is kept for users and the docs; the module lives in
:mod:`claimcheck.checking.rules` (see ``docs/architecture.md``).
"""

from claimcheck.checking.rules import *  # noqa: F403
from claimcheck.checking.rules import __all__  # noqa: F401
