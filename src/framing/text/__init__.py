"""Text basics: the article as one text with spans, word tokens, sentences, syllables and the NLTK
data built from PyPI packages.

Modules: ``article``, ``nltkdata``, ``sentences``, ``syllables``, ``tokens``.
"""
