"""Comparing articles, or outlets of a corpus: one compact row each, with the same measures.

Both tables end in the same columns, so :func:`framing.book.figures.comparison_chart` and the
sentences of :mod:`framing.book.prose` read either: ``words_quoted`` (words in direct and partial
quotes), ``share_<side>`` per side (the side's share of those words), ``narration_frame`` (the
frame of most of the narration's loaded terms, negated ones left out; missing without any) and
``narration_frame_share`` (its share of those terms), ``narration_sentiment`` (VADER compound
of the narration weighted by words) and ``reading_grade`` (Flesch-Kincaid grade of the whole
text, weighted by words)."""

from __future__ import annotations

import textwrap
from typing import Iterable

import pandas as pd

from framing.analysis.core import Analysis
from framing.text.tokens import count_words
from framing.inputs.topic import NARRATOR, UNASSIGNED, Topic

HEADLINE = 60  # characters: the most of a headline a row shows


def _measures(tables: dict[str, pd.DataFrame], unit: pd.Series, sides: list[str]) -> pd.DataFrame:
    """The measure columns (see the module) per unit, ``unit`` mapping each article_id to its
    row (an article or an outlet); ``sides`` in the order of the share columns."""
    def per_unit(table: pd.DataFrame) -> pd.DataFrame:
        return table.assign(unit=table["article_id"].map(unit))

    index = pd.Index(unit.unique(), name="unit")
    table = pd.DataFrame(index=index)
    quotes = per_unit(tables["quotes"])
    quotes = quotes[quotes["kind"].isin(["direct", "partial"])]
    words = quotes.assign(words=quotes["text"].map(count_words)).pivot_table(
        index="unit", columns="side", values="words", aggfunc="sum", fill_value=0)
    words = words.reindex(index=index, columns=sides, fill_value=0)
    table["words_quoted"] = words.sum(axis=1)
    shares = words.div(table["words_quoted"].where(table["words_quoted"] > 0), axis=0).fillna(0.0)
    for side in sides:
        table[f"share_{side}"] = shares[side]
    hits = per_unit(tables["term_hits"])
    hits = hits[(hits["side"] == NARRATOR) & ~hits["negated"].astype(bool)]
    counts = hits.groupby(["unit", "frame"], sort=False).size().rename("hits").reset_index()
    counts["share"] = counts["hits"] / counts.groupby("unit")["hits"].transform("sum")
    top = counts.sort_values("hits", ascending=False, kind="stable").drop_duplicates("unit")
    top = top.set_index("unit")
    table["narration_frame"] = top["frame"].reindex(index).astype(object)
    table["narration_frame_share"] = top["share"].reindex(index, fill_value=0.0)
    segments = per_unit(tables["segments"]).merge(tables["sentiment"],
                                                  on=["article_id", "segment_id"])
    segments = segments[segments["side"] == NARRATOR]
    segments = segments.assign(words=segments["text"].map(count_words))
    segments["weighted"] = segments["compound"] * segments["words"]
    narration = segments.groupby("unit")[["weighted", "words"]].sum()
    table["narration_sentiment"] = (narration["weighted"]
                                    / narration["words"].where(narration["words"] > 0))
    grades = per_unit(tables["readability"].query("scope == 'article'"))
    grades = grades.assign(weighted=grades["flesch_kincaid_grade"] * grades["n_words"])
    grade = grades.groupby("unit")[["weighted", "n_words"]].sum()
    table["reading_grade"] = grade["weighted"] / grade["n_words"].where(grade["n_words"] > 0)
    return table


def _sides(quotes: pd.DataFrame, known: list[str]) -> list[str]:
    """``known`` sides, then any other side quoted (sorted), the unassigned last."""
    others = sorted(set(quotes["side"].dropna()) - set(known) - {NARRATOR, UNASSIGNED})
    ordered = [s for s in known if s != UNASSIGNED] + others
    return ordered + [UNASSIGNED] * (UNASSIGNED in set(quotes["side"]) or UNASSIGNED in known)


def comparison_table(analyses: Iterable[Analysis]) -> pd.DataFrame:
    """One row per article, in the order given: ``outlet`` (the slug when the article names no
    outlet), ``headline`` (cut to about 60 characters), ``date``, then the measures of the
    module's docstring, shares in the first article's topic order of sides."""
    analyses = list(analyses)
    tables = {name: pd.concat([a.tables()[name].assign(article_id=a.article.slug)
                               for a in analyses], ignore_index=True)
              for name in ("quotes", "term_hits", "segments", "sentiment", "readability")}
    slugs = [a.article.slug for a in analyses]
    topic = analyses[0].topic if analyses else None
    measures = _measures(tables, pd.Series(slugs, index=slugs),
                         _sides(tables["quotes"], [s.id for s in topic.sides] if topic else []))
    rows = pd.DataFrame({
        "outlet": [a.article.meta.get("outlet") or a.article.slug for a in analyses],
        "headline": [textwrap.shorten(a.article.title or "", HEADLINE, placeholder=" …")
                     for a in analyses],
        "date": [str(a.article.meta.get("date") or "") or None for a in analyses]}, index=slugs)
    return rows.join(measures).reset_index(drop=True)


def outlet_table(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per outlet of a corpus's tables (:func:`framing.analysis.corpus.read_corpus`; an article
    without an outlet counts under "unknown"), by name: ``outlet``, ``articles`` (how many),
    then the measures of the module's docstring over all the outlet's articles."""
    outlets = tables["articles"].set_index("article_id")["outlet"].fillna("unknown")
    outlets = outlets.sort_values(kind="stable")
    table = _measures(tables, outlets, _sides(tables["quotes"], []))
    table.insert(0, "articles", outlets.value_counts())
    return table.rename_axis("outlet").reset_index()


def readable(table: pd.DataFrame, topic: Topic | None) -> pd.DataFrame:
    """``table`` (of this module) to show: columns named in words, side and frame labels from
    ``topic``, shares as whole percentages, sentiment and grade to two decimals and one."""
    sides = topic.side_labels() if topic else {}
    frames = {f.id: f.label for f in topic.frames} if topic else {}
    shown = table.assign(
        narration_frame=table["narration_frame"].map(lambda f: frames.get(f, f), na_action="ignore"),
        narration_sentiment=table["narration_sentiment"].round(2),
        reading_grade=table["reading_grade"].round(1))
    shares = [c for c in table.columns if c.startswith("share_") or c == "narration_frame_share"]
    shown[shares] = (table[shares] * 100).round().astype(int).astype(str) + "%"
    return shown.rename(columns={f"share_{s}": f"{sides.get(s, s)} (share of quoted words)"
                                 for s in (c.removeprefix("share_") for c in shares)} | {
        "outlet": "Outlet", "headline": "Headline", "date": "Date", "articles": "Articles",
        "words_quoted": "Words quoted", "narration_frame": "Narration's main frame",
        "narration_frame_share": "Its share of the narration's loaded terms",
        "narration_sentiment": "Narration's sentiment (VADER)", "reading_grade": "Reading grade"})
