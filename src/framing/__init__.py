"""framing: media-framing analysis of news articles.

Start with :func:`framing.analysis.analyze_file`, which loads an article and its topic and
returns an :class:`~framing.analysis.Analysis` holding every table.
"""

__version__ = "0.1.0"
