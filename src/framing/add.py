"""``framing add``: a source (a URL, a saved web page or a text file) becomes a clean article in
``data/articles/<slug>.md``, and the source as received is kept in ``data/raw/``.

Everything is checked before anything is written; an existing article is never replaced
without ``force``, and each file is written to a temporary name and renamed.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .articlefile import render_article, parse_article
from .errors import InputError
from .fetch import fetch_html
from .fileio import atomic_path, read_bytes, write_text_atomic
from .ingest import ingest_text_file, parse_html, read_sidecar
from .paths import data_dir
from .topic import load_topic

HTML_SUFFIXES = (".html", ".htm")


def slugify(text: str, *, limit: int = 60) -> str:
    """A file name from a title or address: ascii, lower case, words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "article"


def _read_source(source: str) -> tuple[dict, list[str], bytes, str]:
    """Front matter, paragraphs, the raw bytes to keep and a default slug for ``source``."""
    if source.startswith(("http://", "https://")):
        body, final_url = fetch_html(source)
        meta, paragraphs = parse_html(body, source=source, url=final_url)
        return meta, paragraphs, body, slugify(meta["title"])
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
    return meta, paragraphs, body, slugify(path.stem)


def add_source(source: str, *, topic: str | None = None, slug: str | None = None,
               force: bool = False) -> Path:
    """Ingest ``source`` and write its article file; returns the file's path."""
    meta, paragraphs, raw_bytes, default_slug = _read_source(source)
    if topic:
        meta["topic"] = topic
    if not meta.get("topic"):
        raise InputError(f"{source}: no topic; pass --topic NAME (a folder of data/topics/, or "
                         "create one with: framing new-topic NAME)")
    load_topic(meta["topic"])
    slug = slugify(slug) if slug else default_slug
    data = data_dir()
    target = data / "articles" / f"{slug}.md"
    if target.exists() and not force:
        raise InputError(f"{target} already exists; use --force to overwrite it")
    text = render_article(meta, paragraphs)
    parse_article(text, path=target)  # the file we write must load
    is_url = source.startswith(("http://", "https://"))
    raw = data / "raw" / (f"{slug}.html" if is_url else Path(source).name)
    if not raw.exists() or raw.read_bytes() != raw_bytes:
        if raw.exists() and not force:
            raise InputError(f"{raw} already exists with other content; use --force to replace it")
        with atomic_path(raw) as tmp:
            tmp.write_bytes(raw_bytes)
    return write_text_atomic(target, text, force=force)
