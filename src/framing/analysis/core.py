"""The whole analysis of one article: every table, joined on the same segments.

``analyze(article, topic)`` runs voices, segments, loaded terms, frames per sentence, sentiment
and readability and returns an :class:`Analysis`; its ``to_dict`` is what ``framing analyze --format json`` prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framing.text.article import Article
from framing.inputs.articlefile import load_article
from framing.measures.frames import sentence_frames
from framing.measures.readability import readability_table
from framing.analysis.segments import segment_table, locate
from framing.measures.sentiment import sentiment_table
from framing.measures.terms import find_terms
from framing.inputs.topic import Topic, load_topic
from framing.voices.tables import quotes_and_speakers

TERM_COLUMNS = ["term", "frame", "segment_id", "section", "paragraph", "start", "end", "matched",
                "negated", "voice", "side"]
TABLES = ("segments", "speakers", "quotes", "term_hits", "frames", "sentiment", "readability")


@dataclass(frozen=True)
class Analysis:
    """An article, its topic and the tidy tables of its analysis."""

    article: Article
    topic: Topic | None
    segments: pd.DataFrame
    speakers: pd.DataFrame
    quotes: pd.DataFrame
    term_hits: pd.DataFrame
    frames: pd.DataFrame
    sentiment: pd.DataFrame
    readability: pd.DataFrame

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLES}

    def to_dict(self) -> dict:
        """Metadata and every table as lists of records, ready for JSON; sentiment rows carry
        their segment's section, paragraph, voice and side."""
        tables = self.tables()
        placement = self.segments[["segment_id", "section", "paragraph", "voice", "side"]]
        tables["sentiment"] = placement.merge(self.sentiment, on="segment_id")
        return {"article": dict(self.article.meta), "text": self.article.text,
                **{name: records(table) for name, table in tables.items()}}


def records(table: pd.DataFrame) -> list[dict]:
    """Table rows as dicts, with missing values as None."""
    return table.astype(object).where(table.notna(), None).to_dict(orient="records")


def place_terms(article: Article, topic: Topic | None, segments: pd.DataFrame) -> pd.DataFrame:
    """Every lexicon hit in the article, with the segment, section, voice and side it falls in."""
    hits = find_terms(article.text, topic.lexicon if topic else ())
    hits["segment_id"] = locate(segments, hits["start"])
    placed = hits.merge(segments[["segment_id", "section", "paragraph", "voice", "side"]],
                        on="segment_id", how="left")
    return placed[TERM_COLUMNS]


def analyze(article: Article, topic: Topic | None) -> Analysis:
    """Run every measure on ``article`` with ``topic``'s sides and lexicon."""
    quotes, speakers = quotes_and_speakers(article, topic)
    segments = segment_table(article, quotes)
    term_hits = place_terms(article, topic, segments)
    return Analysis(
        article=article, topic=topic, segments=segments, speakers=speakers, quotes=quotes,
        term_hits=term_hits, frames=sentence_frames(article, topic, segments, term_hits),
        sentiment=sentiment_table(segments),
        readability=readability_table(segments),
    )


def analyze_file(path: str | Path, *, topic: str | None = None) -> Analysis:
    """Load an article file and its topic (``topic`` overrides the front matter's) and analyse."""
    article = load_article(path)
    name = topic or article.topic
    return analyze(article, load_topic(name) if name else None)
