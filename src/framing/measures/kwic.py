"""Keyword in context: each hit shown with the words around it, and its offsets."""

from __future__ import annotations

import pandas as pd

COLUMNS = ["term", "frame", "section", "paragraph", "voice", "side", "negated", "start", "end",
           "left", "match", "right"]


def kwic(text: str, hits: pd.DataFrame, *, width: int = 45) -> pd.DataFrame:
    """One row per hit: its placement columns and up to ``width`` characters of context on each
    side, cut at a word boundary and never across a paragraph break."""
    rows = []
    for hit in hits.itertuples():
        left = text[max(0, hit.start - width):hit.start]
        right = text[hit.end:hit.end + width]
        if "\n" in left:
            left = left.rsplit("\n", 1)[1]
        elif hit.start > width and " " in left:  # cut inside the paragraph: drop the part-word
            left = "…" + left.split(" ", 1)[1]
        if "\n" in right:
            right = right.split("\n", 1)[0]
        elif hit.end + width < len(text) and " " in right:
            right = right.rsplit(" ", 1)[0] + "…"
        rows.append({**{c: getattr(hit, c) for c in COLUMNS[:9]}, "left": left,
                     "match": text[hit.start:hit.end], "right": right})
    return pd.DataFrame(rows, columns=COLUMNS)
