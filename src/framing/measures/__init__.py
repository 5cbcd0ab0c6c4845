"""Measures: loaded terms and frames, sentiment, readability, speaker balance, distinctive words
and keywords in context.

Modules: ``balance``, ``distinctive``, ``frames``, ``kwic``, ``readability``, ``sentiment``,
``terms``.
"""
