"""Stage 2, extraction: the documents frame in, the claims frame out (one row per figure).

``extract`` is the entry point; ``claims`` reads one document after another
(``context`` holds what a document says beyond one sentence); the readers it
calls own one field each: ``sentences``, ``numbers``, ``counts`` (category,
subject), ``framing`` (scope, modality), ``attribution`` and ``sources``
(source), ``places`` and ``gazetteer`` (location), ``dates`` (claim date);
``lexicon`` holds their word lists; ``events`` groups documents into the
stories they tell; ``parallel`` runs extraction on several cores or dask.
"""
