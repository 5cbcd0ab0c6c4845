"""Segments: the article cut into sentence-sized pieces, each spoken by one voice.

Quote spans cut each part (headline, standfirst, paragraph) into pieces: inside a quote the voice
is its speaker, outside it is the narrator (the journalist). Each piece is then split into
sentences. Every other measure joins onto these segments by offset, so each comparison in the
book is a ``groupby`` over section, paragraph, voice and side.
"""

from __future__ import annotations

from bisect import bisect_right

import pandas as pd

from framing.text.article import Article
from framing.text.sentences import split_sentences
from framing.text.tokens import WORD
from framing.inputs.topic import NARRATOR, UNASSIGNED

COLUMNS = ["segment_id", "section", "paragraph", "start", "end", "text", "voice", "side", "kind"]
UNATTRIBUTED = "unattributed"


def _pieces(part_start: int, part_end: int, quotes: list[tuple]):
    """``(start, end, voice, side, kind)`` pieces covering one part; ``quotes`` are
    ``(start, end, speaker_id, side, kind)`` inside it, in reading order."""
    cursor = part_start
    for start, end, speaker, side, kind in quotes:
        if start < cursor:  # overlapping quote: keep the first
            continue
        if start > cursor:
            yield cursor, start, NARRATOR, NARRATOR, "narration"
        yield start, end, speaker or UNATTRIBUTED, side or UNASSIGNED, kind
        cursor = end
    if cursor < part_end:
        yield cursor, part_end, NARRATOR, NARRATOR, "narration"


def segment_table(article: Article, quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per segment of ``article`` (see design.md for the columns)."""
    spans = sorted(zip(quotes["start"], quotes["end"], quotes["speaker_id"], quotes["side"],
                       quotes["kind"]))
    starts = [s[0] for s in spans]
    rows = []
    for part in article.parts:
        first = bisect_right(starts, part.start - 1)
        inside = [s for s in spans[first:bisect_right(starts, part.end)] if s[1] <= part.end]
        for start, end, voice, side, kind in _pieces(part.start, part.end, inside):
            for s, e in split_sentences(article.text[start:end]):
                text = article.text[start + s:start + e]
                if not WORD.search(text):
                    continue  # a lone quotation mark or comma between pieces
                rows.append((f"s{len(rows):04d}", part.section, part.paragraph, start + s,
                             start + e, text, voice, side, kind))
    return pd.DataFrame(rows, columns=COLUMNS).astype({"paragraph": "Int64"})


def locate(segments: pd.DataFrame, starts) -> list:
    """The segment_id that contains each start offset (None where none does)."""
    ordered = segments.sort_values("start")
    seg_starts, seg_ends = ordered["start"].tolist(), ordered["end"].tolist()
    ids = ordered["segment_id"].tolist()
    found = []
    for start in starts:
        i = bisect_right(seg_starts, start) - 1
        found.append(ids[i] if i >= 0 and start < seg_ends[i] else None)
    return found
