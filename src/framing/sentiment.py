"""Sentence sentiment with VADER (Hutto and Gilbert 2014), through NLTK's analyser and the
lexicon that the vaderSentiment package ships (see :mod:`framing.nltkdata`)."""

from __future__ import annotations

from functools import cache

import pandas as pd

from .nltkdata import VADER_RESOURCE, ensure_nltk_data

COLUMNS = ["segment_id", "compound", "pos", "neu", "neg"]


@cache
def analyser():
    """NLTK's VADER analyser, built once per process."""
    ensure_nltk_data()
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer(lexicon_file=VADER_RESOURCE)


def score_text(text: str) -> dict[str, float]:
    """VADER's compound, pos, neu and neg scores of one piece of text."""
    return analyser().polarity_scores(text)


def sentiment_table(segments: pd.DataFrame) -> pd.DataFrame:
    """One row per segment: segment_id and VADER's compound, pos, neu, neg."""
    rows = [{"segment_id": sid, **score_text(text)}
            for sid, text in zip(segments["segment_id"], segments["text"])]
    return pd.DataFrame(rows, columns=COLUMNS)


def sentiment_by(segments: pd.DataFrame, scores: pd.DataFrame, *, by: str = "side") -> pd.DataFrame:
    """Per value of ``by``: segments, words, mean compound and word-weighted compound."""
    from .tokens import count_words

    joined = segments.merge(scores, on="segment_id").assign(
        words=lambda t: t["text"].map(count_words))
    joined["weighted"] = joined["compound"] * joined["words"]
    table = joined.groupby(by).agg(segments=("segment_id", "size"), words=("words", "sum"),
                                   mean_compound=("compound", "mean"),
                                   weighted=("weighted", "sum"))
    table["weighted_compound"] = table.pop("weighted") / table["words"]
    return table.reset_index()
