"""One row per side: the four measures of the book side by side."""

from __future__ import annotations

from typing import Mapping

import pandas as pd

from framing.analysis.core import Analysis
from framing.measures.balance import side_balance
from framing.measures.sentiment import sentiment_by
from framing.measures.terms import frame_counts
from framing.inputs.topic import NARRATOR


def summarise_sides(tables: Mapping[str, pd.DataFrame], sides: list[str],
                    frames: list[str]) -> pd.DataFrame:
    """Per side (the narrator first) of one article's ``tables`` (quotes, term_hits, segments,
    sentiment, readability): words quoted and their share, loaded-term hits per frame
    (``<frame>_terms``), word-weighted VADER compound, and Flesch-Kincaid grade with whether
    the side said enough for it to be reliable."""
    balance = side_balance(tables["quotes"], sides).set_index("side")
    order = [NARRATOR, *balance.index]
    table = pd.DataFrame(index=pd.Index(order, name="side"))
    table["words_quoted"] = balance["words_quoted"].reindex(order, fill_value=0)
    table["share_of_words"] = balance["share_of_words"].reindex(order, fill_value=0.0)
    terms = frame_counts(tables["term_hits"], by="side").drop(columns="negated")
    for frame in frames:
        counts = terms[frame] if frame in terms.columns else pd.Series(dtype=int)
        table[f"{frame}_terms"] = counts.reindex(order, fill_value=0).astype(int)
    sentiment = sentiment_by(tables["segments"], tables["sentiment"], by="side").set_index("side")
    table["weighted_compound"] = sentiment["weighted_compound"].reindex(order)
    readability = tables["readability"]
    readability = readability[readability["scope"] == "side"].set_index("name")
    table["flesch_kincaid_grade"] = readability["flesch_kincaid_grade"].reindex(order)
    table["readability_reliable"] = readability["reliable"].reindex(order).fillna(False).astype(bool)
    return table.reset_index()


def side_summary(analysis: Analysis) -> pd.DataFrame:
    """:func:`summarise_sides` of one analysis, with its topic's sides and frames."""
    topic = analysis.topic
    frames = ([f.id for f in topic.frames] if topic
              else sorted(set(analysis.term_hits["frame"])))
    return summarise_sides(analysis.tables(), [s.id for s in topic.sides] if topic else [], frames)
