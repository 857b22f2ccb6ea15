"""claimcheck: extract numeric claims about people from news text, and flag figures that cannot all be true.

Three names do the work:

- :func:`read_corpus` reads article files into the documents frame;
- :func:`extract` turns documents into the claims frame (one row per figure);
- :func:`check` turns claims into the conflicts frame (one row per finding).

Column names of all three frames are public API: see ``docs/claim-model.md``.
"""

from __future__ import annotations

# The documented module path claimcheck.report is loaded first: importing it later would rebind the
# package attribute ``report`` from the function to the module.
from claimcheck import report as _report_module  # noqa: F401
from claimcheck.checking.check import check
from claimcheck.extraction.extract import extract
from claimcheck.presenting import accessor as _accessor  # noqa: F401  (registers DataFrame.claimcheck)
from claimcheck.presenting.report import report
from claimcheck.reading.corpus import read_corpus

__version__ = "0.1.0"

__all__ = ["check", "extract", "read_corpus", "report", "__version__"]
