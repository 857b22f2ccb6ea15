"""Stage 4, presenting: claims and conflicts in, what people and CI tools read out.

``formats`` renders text, Markdown, JSON, SARIF and JUnit, with ``groups`` (the
findings of one quantity on one day, read together); ``report`` writes one HTML
file; ``plot`` draws a timeline; ``claimreview`` gives schema.org JSON-LD;
``accessor`` and ``excerpt`` (a claim's sentence, its figure marked) are the
notebook helpers; ``baseline`` remembers known findings for CI.
"""
