"""Frames per sentence: which of the topic's competing frames each sentence of an article carries.

A sentence carries a frame when it holds a loaded term of that frame that is not negated
("not oppressive" carries nothing): :func:`sentence_frames` turns the term hits into one row per
sentence, with the terms that decided, so every coding shown to a reader is explained by words
the reader can see. A sentence may carry two frames, or none.
"""

from __future__ import annotations

from bisect import bisect_right

import pandas as pd

from .article import Article
from .topic import NARRATOR, Topic

BASE_COLUMNS = ["section", "paragraph", "start", "end", "text", "voice", "side"]


def _voice(segments: pd.DataFrame, start: int, end: int) -> tuple[str, str]:
    """The voice and side of the segments covering most of ``start:end``."""
    inside = segments[(segments["start"] < end) & (segments["end"] > start)]
    if inside.empty:
        return NARRATOR, NARRATOR
    overlap = inside["end"].clip(upper=end) - inside["start"].clip(lower=start)
    best = inside.loc[overlap.idxmax()]
    return best["voice"], best["side"]


def sentence_frames(article: Article, topic: Topic | None, segments: pd.DataFrame,
                    term_hits: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of ``article``: section, paragraph, start, end (article offsets),
    text, voice, side, a true/false column per frame of ``topic``, and ``terms``, the
    non-negated hits that decided ("oppressive (surveillance); safeguards (safety)")."""
    frame_ids = [f.id for f in topic.frames] if topic else []
    kept = term_hits[~term_hits["negated"].astype(bool)].sort_values("start")
    hit_starts = kept["start"].tolist()
    hits = list(zip(kept["term"], kept["frame"], kept["end"]))
    rows = []
    for span in article.sentences:
        first = bisect_right(hit_starts, span.start - 1)
        inside = [(t, f) for t, f, e in hits[first:bisect_right(hit_starts, span.end - 1)]
                  if e <= span.end]
        voice, side = _voice(segments, span.start, span.end)
        rows.append({"section": span.section, "paragraph": span.paragraph, "start": span.start,
                     "end": span.end, "text": article.span_text(span), "voice": voice,
                     "side": side, **{f: any(frame == f for _, frame in inside) for f in frame_ids},
                     "terms": "; ".join(f"{t} ({f})" for t, f in inside)})
    return pd.DataFrame(rows, columns=BASE_COLUMNS + frame_ids + ["terms"]).astype(
        {"paragraph": "Int64"})
