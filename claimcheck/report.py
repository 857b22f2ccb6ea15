"""One self-contained HTML file to hand a colleague: counts, conflicts side by side, sortable claims, the plot.

This path is kept for users and the docs; the module lives in
:mod:`claimcheck.presenting.report` (see ``docs/architecture.md``).
"""

from claimcheck.presenting.report import *  # noqa: F403
from claimcheck.presenting.report import __all__  # noqa: F401
