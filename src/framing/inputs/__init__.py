"""Inputs: article files and topic files (sides, actors, kinds, cues, frames, lexicon), and the
skeleton of a new topic.

Modules: ``articlefile``, ``scaffold``, ``topic``.
"""
