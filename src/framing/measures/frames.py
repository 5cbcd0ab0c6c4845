"""Frames per sentence: which of the topic's competing frames each sentence of an article carries.

:func:`carried_frames` is the rule: a sentence carries a frame when it holds a loaded term of that
frame that is not negated. A negated term does not carry its own frame ("not oppressive" is no
charge of oppression); where the topic gives the frames sides, it carries the frames of the other
side instead, since a charge denied is the other side's answer ("not unlawful" reassures, "no
safeguards" accuses). :func:`sentence_frames` applies the rule to every sentence, one row each,
with the terms that decided, so every coding shown to a reader is explained by words the reader
can see. A sentence may carry two frames, or none.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterable

import numpy as np
import pandas as pd

from framing.text.article import Article
from framing.inputs.topic import NARRATOR, Frame, Topic

BASE_COLUMNS = ["section", "paragraph", "start", "end", "text", "voice", "side"]


def carried_frames(hits: Iterable[tuple[str, str, bool]],
                   frames: Iterable[Frame]) -> dict[str, list[str]]:
    """Frame id -> the terms by which a sentence carries that frame (an empty list: it does not),
    given the sentence's term hits ``(term, frame, negated)``. A term carries its frame; a negated
    term, written "not <term>", carries instead each frame that leans to another side than its
    own, and nothing when its frame leans to no side.

    "The scheme is not oppressive, and it will keep people safe." carries safety by "not
    oppressive" and "keep people safe", and not surveillance.
    """
    sides = {f.id: f.side for f in frames}
    carried = {frame: [] for frame in sides}
    for term, frame, negated in hits:
        if negated:
            for other, side in sides.items():
                if sides.get(frame) and side and side != sides[frame]:
                    carried[other].append(f"not {term}")
        else:
            carried.setdefault(frame, []).append(term)
    return carried


def _voices(segments: pd.DataFrame, spans) -> list[tuple[str, str]]:
    """For each span, the voice and side of the segment covering most of it (the first such
    segment on a tie; the narrator where no segment covers it)."""
    starts, ends = segments["start"].to_numpy(), segments["end"].to_numpy()
    voices, sides = segments["voice"].tolist(), segments["side"].tolist()
    found = []
    for span in spans:
        overlap = np.minimum(ends, span.end) - np.maximum(starts, span.start)
        best = int(overlap.argmax()) if len(overlap) else -1
        found.append((voices[best], sides[best]) if best >= 0 and overlap[best] > 0
                     else (NARRATOR, NARRATOR))
    return found


def sentence_frames(article: Article, topic: Topic | None, segments: pd.DataFrame,
                    term_hits: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of ``article``: section, paragraph, start, end (article offsets),
    text, voice, side, a true/false column per frame of ``topic`` (by :func:`carried_frames`),
    and ``terms``, the terms that decided, by frame ("oppressive (surveillance); not unlawful
    (safety)")."""
    frames = topic.frames if topic else ()
    frame_ids = [f.id for f in frames]
    ordered = term_hits.sort_values("start")
    starts = ordered["start"].tolist()
    hits = list(zip(ordered["term"], ordered["frame"], ordered["negated"].astype(bool),
                    ordered["end"]))
    rows = []
    for span, (voice, side) in zip(article.sentences, _voices(segments, article.sentences)):
        inside = [(t, f, n) for t, f, n, e in
                  hits[bisect_left(starts, span.start):bisect_right(starts, span.end - 1)]
                  if e <= span.end]
        carried = carried_frames(inside, frames)
        rows.append({"section": span.section, "paragraph": span.paragraph, "start": span.start,
                     "end": span.end, "text": article.span_text(span), "voice": voice,
                     "side": side, **{f: bool(carried[f]) for f in frame_ids},
                     "terms": "; ".join(f"{t} ({f})" for f, terms in carried.items()
                                        for t in terms)})
    return pd.DataFrame(rows, columns=BASE_COLUMNS + frame_ids + ["terms"]).astype(
        {"paragraph": "Int64"})
