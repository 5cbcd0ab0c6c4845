"""``framing add``: a source (a URL, a saved web page or a text file) becomes a clean article in
``data/articles/<slug>.md``, and the source as received is kept as ``data/raw/<slug>.<ext>``.

Everything is checked before anything is written, and the raw copy is written only once the
article is. Without ``force`` an existing file is never replaced, even by an ``add`` of the same
slug running at the same moment (exactly one of them wins); each file is written to a temporary
name and then given its own.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .articlefile import render_article, parse_article
from .errors import InputError
from .fetch import fetch_html
from .fileio import read_bytes, write_bytes_atomic, write_text_atomic
from .ingest import ingest_text_file, parse_html, read_sidecar
from .paths import data_dir
from .topic import load_topic

HTML_SUFFIXES = (".html", ".htm")


def slugify(text: str, *, limit: int = 60) -> str:
    """A file name from a title or address: ascii, lower case, words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "article"


def _read_source(source: str) -> tuple[dict, list[str], bytes, str, str]:
    """Front matter, paragraphs, the raw bytes to keep, a default slug and the raw copy's
    suffix for ``source``."""
    if source.startswith(("http://", "https://")):
        body, final_url = fetch_html(source)
        meta, paragraphs = parse_html(body, source=source, url=final_url)
        return meta, paragraphs, body, slugify(meta["title"]), ".html"
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        body = read_bytes(path)
        meta, paragraphs = parse_html(body, source=str(path))
        meta.update(read_sidecar(path))
    elif suffix == ".txt":
        meta, paragraphs = ingest_text_file(path)
        body = read_bytes(path)
    else:
        raise InputError(f"{source}: give a URL, a saved web page (.html) or a text file (.txt)")
    return meta, paragraphs, body, slugify(path.stem), suffix


def _holds(path: Path, data: bytes) -> bool:
    """Whether ``path`` is a file of exactly ``data``."""
    return path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data


def add_source(source: str, *, topic: str | None = None, slug: str | None = None,
               force: bool = False) -> Path:
    """Ingest ``source`` and write its article file and raw copy; returns the article's path."""
    meta, paragraphs, raw_bytes, default_slug, suffix = _read_source(source)
    if topic:
        meta["topic"] = topic
    if not meta.get("topic"):
        raise InputError(f"{source}: no topic; pass --topic NAME (a folder of data/topics/, or "
                         "create one with: framing new-topic NAME)")
    load_topic(meta["topic"])
    slug = slugify(slug) if slug else default_slug
    data = data_dir()
    target = data / "articles" / f"{slug}.md"
    raw = data / "raw" / f"{slug}{suffix}"
    if target.exists() and not force:
        raise InputError(f"{target} already exists; use --force to overwrite it")
    if raw.exists() and not force and not _holds(raw, raw_bytes):
        raise InputError(f"{raw} already exists with other content; use --force to replace it")
    text = render_article(meta, paragraphs)
    parse_article(text, path=target)  # the file we write must load
    write_text_atomic(target, text, force=force)  # of two adds racing for it, one wins here
    if not _holds(raw, raw_bytes):
        try:
            write_bytes_atomic(raw, raw_bytes, force=force)
        except InputError:
            target.unlink()  # another source took the raw name meanwhile: undo our article
            raise
    return target
