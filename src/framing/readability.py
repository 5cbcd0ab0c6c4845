"""Readability formulas from textstat, with the counts that say how far to trust them.

Every score is printed beside n_words and n_sentences (sentences from our own splitter:
textstat's regex drops sentences of two words or fewer). The formulas were fitted on passages of
100 words or more, so a shorter scope is marked ``reliable = False``.
"""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from .nltkdata import ensure_nltk_data
from .sentences import split_sentences
from .tokens import count_words

MIN_WORDS = 100
METRICS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "dale_chall_readability_score",
)
COLUMNS = ["scope", "name", "n_words", "n_sentences", *METRICS, "reliable"]


def scores(text: str) -> dict[str, float]:
    """The six textstat formulas on ``text``."""
    ensure_nltk_data()  # else textstat tries to fetch cmudict from the network
    import textstat

    return {metric: float(getattr(textstat, metric)(text)) for metric in METRICS}


def readability_table(scopes: Iterable[tuple[str, str, list[str]]]) -> pd.DataFrame:
    """One row per ``(scope, name, texts)``: counts, the six scores, and whether the scope is
    long enough to trust. Texts of a scope are read as one passage; empty scopes are skipped."""
    rows = []
    for scope, name, texts in scopes:
        text = " ".join(t.strip() for t in texts if t.strip())
        if not text:
            continue
        n_words = count_words(text)
        n_sentences = sum(len(split_sentences(t)) for t in texts if t.strip())
        rows.append({"scope": scope, "name": name, "n_words": n_words, "n_sentences": n_sentences,
                     **scores(text), "reliable": n_words >= MIN_WORDS})
    return pd.DataFrame(rows, columns=COLUMNS)
