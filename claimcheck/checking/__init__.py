"""Stage 3, checking: the claims frame in, the conflicts frame out (one row per finding).

``check`` is the entry point; ``conflicts`` runs the rules in one process,
``parallel`` on dask; ``quantity`` decides which figures count the same thing,
``rules`` is the registry of checks, ``pairs`` finds disagreeing intervals fast,
``findings`` reduces pairs to one finding per figure, ``reference`` reads
trusted series.
"""
