"""Stage 1, reading: article files and user input in, the documents frame out.

``corpus`` reads files and folders (JSON Lines, CSV, Markdown, HTML ...),
``documents`` turns whatever a user passes into the documents frame,
``timestamps`` is the one door for dates, ``config`` reads the project's
settings file, ``atomic`` reads and writes files safely.
"""
