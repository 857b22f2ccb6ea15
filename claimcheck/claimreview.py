"""Checked claims as schema.org ClaimReview JSON-LD, with an extension for "this claim conflicts with that one".

This path is kept for users and the docs; the module lives in
:mod:`claimcheck.presenting.claimreview` (see ``docs/architecture.md``).
"""

from claimcheck.presenting.claimreview import *  # noqa: F403
from claimcheck.presenting.claimreview import __all__  # noqa: F401
