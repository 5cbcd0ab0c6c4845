"""Analysis: every measure of one article as tidy tables (Analysis), a corpus, a comparison of
articles, coding sheets and agreement, validation figures.

Modules: ``agreement``, ``coding``, ``compare``, ``core``, ``corpus``, ``segments``,
``synthesis``, ``validation``.
"""

from framing.analysis.core import Analysis, analyze, analyze_file

__all__ = ["Analysis", "analyze", "analyze_file"]
