"""Stage 4, presenting: claims and conflicts in, what people and CI tools read out.

``formats`` renders text, Markdown, JSON, SARIF, JUnit; ``report`` one HTML
file; ``plot`` a timeline; ``claimreview`` schema.org JSON-LD; ``accessor``
and ``context`` the notebook helpers; ``baseline`` remembers known findings.
"""
