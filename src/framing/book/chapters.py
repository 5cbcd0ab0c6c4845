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

from framing.analysis.core import Analysis, analyze_file
from framing.paths import data_dir, project_root

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


RAW_SUFFIXES = (".txt", ".html", ".htm")


def remark(chapter: str, analysed: Analysis | None = None) -> str | None:
    """The remark on the analysed story for ``chapter`` ("sentiment", ...), as plain text: the
    note its topic file gives for the chapter (``notes:``); None when there is none."""
    analysed = analysed or analysis()
    return analysed.topic.notes.get(chapter) if analysed.topic else None


def show_remark(chapter: str, analysed: Analysis | None = None):
    """:func:`remark` as a Markdown paragraph for a notebook cell ("**A remark on this story.**
    ..."), its text escaped; None, which shows nothing, when there is no remark."""
    from IPython.display import Markdown

    from framing.book.markup import md_text

    text = remark(chapter, analysed)
    return Markdown(f"**A remark on this story.** {md_text(text)}") if text else None


def removed_lines(path: str | Path) -> list[str] | None:
    """The lines that ``framing add`` removes as page furniture or captions from the source of
    the article file ``path``, read again from its raw copy (``raw/<name>.txt`` or ``.html``
    beside the ``articles/`` folder); None when there is no raw copy, or it does not parse."""
    from framing.errors import InputError
    from framing.fileio import read_bytes, read_text
    from framing.sources.ingest import parse_html, parse_plain_text

    path = Path(path)
    for suffix in RAW_SUFFIXES:
        raw = path.parent.parent / "raw" / f"{path.stem}{suffix}"
        if raw.is_file():
            try:
                if suffix == ".txt":
                    return parse_plain_text(read_text(raw), source=str(raw)).dropped
                return parse_html(read_bytes(raw), source=str(raw)).dropped
            except InputError:
                return None
    return None


def lexicon_file(topic) -> str:
    """Where ``topic``'s lexicon lies, for a reader: its path from the project's root
    (``data/topics/<name>/lexicon.csv``), else from the folder that holds the data folder (a
    report is built outside the project); the lexicon's file name alone when the topic's
    folder is not found."""
    from framing.fileio import read_text
    from framing.yamlfile import load_yaml

    from framing.inputs.topic import TOPIC_NAME

    folder = data_dir() / "topics" / topic.name
    name = getattr(topic, "lexicon_file", None)
    if not TOPIC_NAME.fullmatch(topic.name):  # a name that is no folder of the data
        folder = None
    elif name is None:
        spec = folder / "topic.yml"
        spec = load_yaml(read_text(spec), where=str(spec)) if spec.is_file() else {}
        name = spec.get("lexicon") if isinstance(spec, dict) else None
    name = Path(str(name or "lexicon.csv")).name
    if folder is None or not (folder / name).is_file():
        return name
    path = folder / name
    for base in (project_root(), data_dir().parent):
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return name
