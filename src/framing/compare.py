"""Comparing articles: the four measures per side, one block of rows per article."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from .analysis import Analysis
from .synthesis import side_summary


def comparison_table(analyses: Iterable[Analysis]) -> pd.DataFrame:
    """One row per article and side: the article's slug, outlet and date, then the columns of
    :func:`framing.synthesis.side_summary`."""
    blocks = []
    for analysis in analyses:
        meta = analysis.article.meta
        blocks.append(side_summary(analysis).assign(
            article=analysis.article.slug, outlet=meta.get("outlet"), date=meta.get("date")))
    table = pd.concat(blocks, ignore_index=True)
    first = ["article", "outlet", "date", "side"]
    return table[first + [c for c in table.columns if c not in first]]


def outlet_table(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per outlet and side, over a corpus's tables (:func:`framing.corpus.read_corpus`):
    articles, words quoted and their share of the outlet's quoted words, loaded-term hits per
    frame, and the mean over articles of word-weighted VADER compound and Flesch-Kincaid grade."""
    outlets = tables["articles"].set_index("article_id")["outlet"].fillna("unknown")
    sides = tables["sides"].assign(outlet=lambda t: t["article_id"].map(outlets))
    table = sides.groupby(["outlet", "side"]).agg(
        articles=("article_id", "nunique"), words_quoted=("words_quoted", "sum"),
        weighted_compound=("weighted_compound", "mean"),
        flesch_kincaid_grade=("flesch_kincaid_grade", "mean"))
    totals = table.groupby(level="outlet")["words_quoted"].transform("sum")
    table.insert(2, "share_of_words", (table["words_quoted"] / totals.where(totals > 0)).fillna(0.0))
    hits = tables["term_hits"]
    hits = hits[~hits["negated"].astype(bool)].assign(outlet=lambda t: t["article_id"].map(outlets))
    frames = hits.pivot_table(index=["outlet", "side"], columns="frame", values="term",
                              aggfunc="count", fill_value=0).add_suffix("_terms")
    return table.join(frames).fillna({c: 0 for c in frames.columns}).reset_index()
