"""Helpers for the book's notebooks: which article to analyse, and glue that renders cleanly.

A notebook analyses ``$FRAMING_ARTICLE`` when it is set (``framing report`` sets it), else the
case-study article, so the same chapters run on any article.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from .analysis import Analysis, analyze_file
from .paths import data_dir

CASE_STUDY = "zdnet-2020-01-24-met-live-facial-recognition"


def article_path() -> Path:
    """The article file the book analyses."""
    chosen = os.environ.get("FRAMING_ARTICLE")
    return Path(chosen) if chosen else data_dir() / "articles" / f"{CASE_STUDY}.md"


@cache
def analysis() -> Analysis:
    """The analysis of :func:`article_path`, computed once per notebook."""
    return analyze_file(article_path())


def plain(value):
    """A number or text as a plain Python value, so glued text shows ``5``, not ``np.int64(5)``."""
    if hasattr(value, "item"):
        return value.item()
    return value


def glue(key: str, value, *, display: bool = False) -> None:
    """Glue ``value`` (a number, text or figure) under ``key`` for the book's prose."""
    from myst_nb import glue as _glue

    _glue(key, plain(value), display=display)
