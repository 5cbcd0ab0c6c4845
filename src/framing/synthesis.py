"""One row per side: the four measures of the book side by side."""

from __future__ import annotations

import pandas as pd

from .analysis import Analysis
from .balance import side_balance
from .sentiment import sentiment_by
from .terms import frame_counts
from .topic import NARRATOR



def side_summary(analysis: Analysis) -> pd.DataFrame:
    """Per side (the narrator first): words quoted and their share, loaded-term hits per frame
    (``<frame>_terms``), word-weighted VADER compound, and Flesch-Kincaid grade with whether
    the side said enough for it to be reliable."""
    sides = [s.id for s in analysis.topic.sides] if analysis.topic else []
    balance = side_balance(analysis.quotes, sides).set_index("side")
    order = [NARRATOR, *balance.index]
    table = pd.DataFrame(index=pd.Index(order, name="side"))
    table["words_quoted"] = balance["words_quoted"].reindex(order, fill_value=0)
    table["share_of_words"] = balance["share_of_words"].reindex(order, fill_value=0.0)
    terms = frame_counts(analysis.term_hits, by="side").drop(columns="negated")
    frames = [f.id for f in analysis.topic.frames] if analysis.topic else list(terms.columns)
    for frame in frames:
        counts = terms[frame] if frame in terms.columns else pd.Series(dtype=int)
        table[f"{frame}_terms"] = counts.reindex(order, fill_value=0).astype(int)
    sentiment = sentiment_by(analysis.segments, analysis.sentiment, by="side").set_index("side")
    table["weighted_compound"] = sentiment["weighted_compound"].reindex(order)
    readability = analysis.readability[analysis.readability["scope"] == "side"].set_index("name")
    table["flesch_kincaid_grade"] = readability["flesch_kincaid_grade"].reindex(order)
    table["readability_reliable"] = readability["reliable"].reindex(order).fillna(False).astype(bool)
    return table.reset_index()
