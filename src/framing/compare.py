"""Comparing articles: the four measures per side, one block of rows per article."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from .analysis import Analysis
from .synthesis import side_summary
from .tokens import count_words


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
    articles of the outlet, words quoted and their share of the outlet's quoted words,
    loaded-term hits per frame (negated ones left out), VADER compound weighted by words over
    all the side's segments, and the Flesch-Kincaid grade of the side's quotes, averaged over
    articles weighted by words."""
    outlets = tables["articles"].set_index("article_id")["outlet"].fillna("unknown")
    by = ["outlet", "side"]

    def with_outlet(table: pd.DataFrame) -> pd.DataFrame:
        return table.assign(outlet=table["article_id"].map(outlets))

    quotes = with_outlet(tables["quotes"])
    quoted = quotes[quotes["kind"].isin(["direct", "partial"])]
    words = quoted.assign(words=quoted["text"].map(count_words)).groupby(by)["words"].sum()
    segments = with_outlet(tables["segments"]).merge(tables["sentiment"],
                                                     on=["article_id", "segment_id"])
    segments["words"] = segments["text"].map(count_words)
    segments["weighted"] = segments["compound"] * segments["words"]
    sentiment = segments.groupby(by)[["weighted", "words"]].sum()
    readability = with_outlet(tables["readability"].query("scope == 'side'")).rename(
        columns={"name": "side"})
    readability["weighted"] = readability["flesch_kincaid_grade"] * readability["n_words"]
    grade = readability.groupby(by)[["weighted", "n_words"]].sum()
    hits = with_outlet(tables["term_hits"])
    frames = hits[~hits["negated"].astype(bool)].pivot_table(
        index=by, columns="frame", values="term", aggfunc="count", fill_value=0)
    table = pd.DataFrame(index=sentiment.index.union(words.index))
    table["articles"] = table.index.get_level_values("outlet").map(outlets.value_counts())
    table["words_quoted"] = words.reindex(table.index, fill_value=0)
    totals = table.groupby(level="outlet")["words_quoted"].transform("sum")
    table["share_of_words"] = (table["words_quoted"] / totals.where(totals > 0)).fillna(0.0)
    table = table.join(frames.add_suffix("_terms")).fillna(
        {f"{f}_terms": 0 for f in frames.columns})
    table["weighted_compound"] = sentiment["weighted"] / sentiment["words"]
    table["flesch_kincaid_grade"] = grade["weighted"] / grade["n_words"]
    return table.reset_index()
