"""Article files: YAML front matter and a Markdown body of blank-line-separated paragraphs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from .article import Article
from .errors import InputError
from .fileio import read_text

FIELDS = ("title", "standfirst", "outlet", "author", "date", "url", "topic")


def _split_front_matter(text: str, path: Path) -> tuple[dict, str]:
    """The parsed front matter and the body text; InputError when either is malformed."""
    lines = text.split("\n")
    if lines[0].strip() != "---":
        raise InputError(f"{path}: no front matter (the file must start with a '---' line)")
    try:
        close = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise InputError(f"{path}: the front matter is not closed by a '---' line") from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:close]))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise InputError(f"{path}: invalid YAML in the front matter{where}") from None
    if not isinstance(meta, dict):
        raise InputError(f"{path}: the front matter must be a mapping of keys to values")
    return meta, "\n".join(lines[close + 1:])


def _paragraphs(body: str) -> list[str]:
    """Body paragraphs: blocks separated by blank lines, inner line breaks joined by spaces."""
    blocks = [" ".join(line.strip() for line in block.split("\n") if line.strip())
              for block in body.split("\n\n")]
    return [b for b in blocks if b]


def parse_article(text: str, *, path: str | Path = "<article>") -> Article:
    """An Article from the text of an article file; InputError names what is wrong."""
    path = Path(path)
    meta, body = _split_front_matter(text, path)
    title = meta.get("title")
    if not isinstance(title, str) or not title.strip():
        raise InputError(f"{path}: the front matter has no title")
    paragraphs = _paragraphs(body)
    if not paragraphs:
        raise InputError(f"{path}: the article body is empty")
    speakers = meta.get("speakers", {})
    if speakers is not None and not isinstance(speakers, dict):
        raise InputError(f"{path}: 'speakers' must map a speaker's name to a side")
    meta = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in meta.items()}
    meta.setdefault("slug", path.stem)
    standfirst = meta.get("standfirst")
    return Article.from_parts(meta, title.strip(), str(standfirst).strip() if standfirst else None,
                              paragraphs)


def load_article(path: str | Path) -> Article:
    """Read and validate an article file."""
    return parse_article(read_text(path), path=path)


def render_article(meta: dict, paragraphs: list[str]) -> str:
    """The text of an article file: known fields first, then any others, then the body."""
    ordered = {k: meta[k] for k in FIELDS if meta.get(k) is not None}
    ordered.update({k: v for k, v in meta.items() if k not in ordered and v is not None})
    front = yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{front}---\n" + "".join(f"\n{p}\n" for p in paragraphs)
