"""Helpers for the book's notebooks: which article to analyse, and glue that renders cleanly.

A notebook analyses, in this order: the article named by ``$FRAMING_ARTICLE``; the one named in a
``.framing.yml`` file in its folder (``framing report`` writes one beside each copy of the
chapters it runs); else the case-study article.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import yaml

from .analysis import Analysis, analyze_file
from .paths import data_dir

CASE_STUDY = "zdnet-2020-01-24-met-live-facial-recognition"
MARKER = ".framing.yml"


def _marker() -> dict:
    path = Path.cwd() / MARKER
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}


def article_paths() -> list[Path]:
    """The article files this notebook analyses (several in a comparison)."""
    if os.environ.get("FRAMING_ARTICLE"):
        return [Path(os.environ["FRAMING_ARTICLE"])]
    chosen = _marker().get("articles")
    return [Path(p) for p in chosen] if chosen else [data_dir() / "articles" / f"{CASE_STUDY}.md"]


@cache
def analyses() -> tuple[Analysis, ...]:
    """The analyses of :func:`article_paths`, computed once per notebook."""
    topic = os.environ.get("FRAMING_TOPIC") or _marker().get("topic")
    return tuple(analyze_file(path, topic=topic) for path in article_paths())


def analysis() -> Analysis:
    """The analysis of the (first) article this notebook analyses."""
    return analyses()[0]


def plain(value):
    """A number or text as a plain Python value, so glued text shows ``5``, not ``np.int64(5)``."""
    if hasattr(value, "item"):
        return value.item()
    return value


def glue(key: str, value, *, display: bool = False) -> None:
    """Glue ``value`` (a number, text or figure) under ``key`` for the book's prose."""
    from myst_nb import glue as _glue

    _glue(key, plain(value), display=display)
