"""Sources: an article from a web page or a file into data/ (framing add), fetched offline-safely.

Modules: ``add``, ``fetch``, ``ingest``.
"""
