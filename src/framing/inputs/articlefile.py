"""Article files: YAML front matter and a Markdown body of blank-line-separated paragraphs.

Front-matter fields are checked by type when a file loads, so a bad field is one error naming
it, not a failure deep in an analysis or a corpus. Invisible characters (zero-width spaces and
joiners, soft hyphens, stray byte-order marks) are removed from every text, because they split
names ("Ca\u200brlo") and would change who is credited."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from framing.text.article import Article
from framing.errors import InputError
from framing.fileio import read_text
from framing.yamlfile import load_yaml

FIELDS = ("title", "standfirst", "outlet", "author", "date", "url", "topic")
TEXT_FIELDS = ("title", "standfirst", "outlet", "author", "url", "topic", "slug")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def strip_invisible(text: str) -> str:
    """``text`` without zero-width characters and soft hyphens."""
    return _INVISIBLE.sub("", text)


def _split_front_matter(text: str, path: Path) -> tuple[dict, str]:
    """The parsed front matter and the body text; InputError when either is malformed."""
    lines = text.split("\n")
    if lines[0].strip() != "---":
        raise InputError(f"{path}: no front matter (the file must start with a '---' line)")
    try:
        close = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise InputError(f"{path}: the front matter is not closed by a '---' line") from None
    meta = load_yaml("\n".join(lines[1:close]), where=f"{path} front matter", first_line=2)
    if not isinstance(meta, dict):
        raise InputError(f"{path}: the front matter must be a mapping of keys to values")
    return meta, "\n".join(lines[close + 1:])


def _paragraphs(body: str) -> list[str]:
    """Body paragraphs: blocks separated by blank lines, inner line breaks joined by spaces."""
    blocks = [" ".join(line.strip() for line in block.split("\n") if line.strip())
              for block in body.split("\n\n")]
    return [b for b in blocks if b]


def _check_fields(meta: dict, path: Path) -> dict:
    """The front matter with text fields cleaned and dates as ISO text; InputError naming the
    first field of the wrong type."""
    meta = {str(k): v for k, v in meta.items()}
    for key in TEXT_FIELDS:
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"{path}: '{key}' must be text, not {type(value).__name__} "
                             f"(put it in quotes: {key}: \"{value}\")")
    date = meta.get("date")
    if date is not None and not isinstance(date, (str, dt.date)):
        raise InputError(f"{path}: 'date' must be a date such as 2020-01-24")
    speakers = meta.get("speakers")
    if speakers is not None and not (isinstance(speakers, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in speakers.items())):
        raise InputError(f"{path}: 'speakers' must map a speaker's name to a side")
    return {k: (v.isoformat() if isinstance(v, dt.date) else
                strip_invisible(v).strip() if isinstance(v, str) else v)
            for k, v in meta.items()}


def parse_article(text: str, *, path: str | Path = "<article>") -> Article:
    """An Article from the text of an article file; InputError names what is wrong."""
    path = Path(path)
    meta, body = _split_front_matter(text, path)
    meta = _check_fields(meta, path)
    title = meta.get("title")
    if not title:
        raise InputError(f"{path}: the front matter has no title")
    paragraphs = _paragraphs(strip_invisible(body))
    if not paragraphs:
        raise InputError(f"{path}: the article body is empty")
    meta.setdefault("slug", path.stem)
    return Article.from_parts(meta, title, meta.get("standfirst") or None, paragraphs)


def load_article(path: str | Path) -> Article:
    """Read and validate an article file."""
    return parse_article(read_text(path), path=path)


def render_article(meta: dict, paragraphs: list[str]) -> str:
    """The text of an article file: known fields first, then any others, then the body."""
    ordered = {k: meta[k] for k in FIELDS if meta.get(k) is not None}
    ordered.update({k: v for k, v in meta.items() if k not in ordered and v is not None})
    front = yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{front}---\n" + "".join(f"\n{p}\n" for p in paragraphs)
