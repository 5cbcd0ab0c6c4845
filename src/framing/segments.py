"""Segments: the article cut into sentence-sized pieces, each spoken by one voice.

Quote spans cut each part (headline, standfirst, paragraph) into pieces: inside a quote the voice
is its speaker, outside it is the narrator (the journalist). Each piece is then split into
sentences. Every other measure joins onto these segments by offset, so each comparison in the
book is a ``groupby`` over section, paragraph, voice and side.
"""

from __future__ import annotations

import pandas as pd

from .article import Article
from .sentences import split_sentences
from .tokens import WORD
from .topic import NARRATOR, UNASSIGNED

COLUMNS = ["segment_id", "section", "paragraph", "start", "end", "text", "voice", "side", "kind"]
UNATTRIBUTED = "unattributed"


def _pieces(part_start: int, part_end: int, quotes: pd.DataFrame):
    """``(start, end, voice, side, kind)`` pieces covering one part, quotes in reading order."""
    cursor = part_start
    for q in quotes.sort_values("start").itertuples():
        if q.start < cursor:  # overlapping quote: keep the first
            continue
        if q.start > cursor:
            yield cursor, q.start, NARRATOR, NARRATOR, "narration"
        yield q.start, q.end, q.speaker_id or UNATTRIBUTED, q.side or UNASSIGNED, q.kind
        cursor = q.end
    if cursor < part_end:
        yield cursor, part_end, NARRATOR, NARRATOR, "narration"


def segment_table(article: Article, quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per segment of ``article`` (see design.md for the columns)."""
    rows = []
    for part in article.parts:
        inside = quotes[(quotes["start"] >= part.start) & (quotes["end"] <= part.end)]
        for start, end, voice, side, kind in _pieces(part.start, part.end, inside):
            for s, e in split_sentences(article.text[start:end]):
                text = article.text[start + s:start + e]
                if not WORD.search(text):
                    continue  # a lone quotation mark or comma between pieces
                rows.append({"segment_id": f"s{len(rows):04d}", "section": part.section,
                             "paragraph": part.paragraph, "start": start + s, "end": start + e,
                             "text": text, "voice": voice, "side": side, "kind": kind})
    return pd.DataFrame(rows, columns=COLUMNS).astype({"paragraph": "Int64"})


def locate(segments: pd.DataFrame, starts) -> pd.Series:
    """The segment_id that contains each start offset (None where none does)."""
    ordered = segments.sort_values("start")
    index = ordered["start"].searchsorted(list(starts), side="right") - 1
    ids = []
    for position, start in zip(index, starts):
        row = ordered.iloc[position] if position >= 0 else None
        ids.append(row["segment_id"] if row is not None and start < row["end"] else None)
    return pd.Series(ids, dtype=object)
