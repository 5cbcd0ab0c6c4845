"""Book: what the chapters call (the analysis of the book's article, glue), figures, prose glued
from tables, the annotated article, reports and the PDF.

Modules: ``annotate``, ``chapters``, ``figures``, ``jupyterbook``, ``markup``, ``pdf``,
``prose``, ``report``.
"""
