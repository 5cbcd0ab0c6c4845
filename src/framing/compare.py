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
