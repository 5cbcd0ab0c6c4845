"""Voices: quotation marks, the named attribution rules, speakers and their resolution, sides, and
the tables of quotes and speakers.

Modules: ``attribution``, ``attribution_inverted``, ``attribution_phrases``, ``confidence``,
``model``, ``quote_marks``, ``quotes``, ``sides``, ``sideweights``, ``speakers``, ``tables``,
``words``.
"""
