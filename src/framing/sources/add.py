"""``framing add``: a source (a URL, a saved web page or a text file) becomes a clean article in
``data/articles/<slug>.md``, and the source as received is kept as ``data/raw/<slug>.<ext>``.

Everything is checked before anything is written, and the raw copy is written only once the
article is. Without ``force`` an existing file is never replaced, even by an ``add`` of the same
slug running at the same moment (exactly one of them wins); each file is written to a temporary
name and then given its own.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from framing.inputs.articlefile import render_article, parse_article
from framing.errors import InputError
from framing.sources.fetch import fetch_html
from framing.fileio import read_bytes, read_text, write_bytes_atomic, write_text_atomic
from framing.sources.ingest import (FIELDS_REPORTED, Ingested, parse_html, parse_plain_text, read_sidecar,
                     sidecar_path)
from framing.paths import data_dir
from framing.inputs.topic import load_topic

HTML_SUFFIXES = (".html", ".htm")


def slugify(text: str, *, limit: int = 60) -> str:
    """A file name from a title or address: ascii, lower case, words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "article"


def _read_source(source: str) -> tuple[Ingested, bytes, str, str]:
    """What ``source`` holds, the raw bytes to keep, a default slug and the raw copy's suffix."""
    if source.startswith(("http://", "https://")):
        body, final_url = fetch_html(source)
        found = parse_html(body, source=source, url=final_url)
        return found, body, slugify(found.meta["title"]), ".html"
    path = Path(source)
    suffix = path.suffix.lower()
    body = read_bytes(path)
    if suffix in HTML_SUFFIXES:
        found = parse_html(body, source=str(path))
    elif suffix == ".txt":
        found = parse_plain_text(read_text(path), source=str(path))
    else:
        raise InputError(f"{source}: give a URL, a saved web page (.html) or a text file (.txt)")
    found.update(read_sidecar(path), sidecar_path(path).name)
    return found, body, slugify(path.stem), suffix


def _check_date(meta: dict) -> None:
    """Make ``meta["date"]`` a date; InputError when it is not one like 2023-11-15."""
    date = meta.get("date")
    if isinstance(date, str):
        try:
            meta["date"] = dt.date.fromisoformat(date.strip()[:10])
        except ValueError:
            raise InputError(f"date '{date}' is not a date like 2023-11-15") from None


def _report(found: Ingested, log) -> None:
    """Say where each field came from, warn about each missing one, list what was dropped."""
    for key in FIELDS_REPORTED:
        if key in found.meta:
            log(f"{key}: {found.meta[key]} (from {found.origin.get(key, 'the source')})")
        else:
            log(f"warning: no {key}; give it with --{key}, a '{key.capitalize()}:' line at the "
                "top of a .txt file, or a .meta.yml file beside the source")
    for line in found.dropped:
        log(f"dropped as furniture or caption: {line[:80]}")


def _holds(path: Path, data: bytes) -> bool:
    """Whether ``path`` is a file of exactly ``data``."""
    return path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data


def add_source(source: str, *, topic: str | None = None, slug: str | None = None,
               force: bool = False, fields: dict | None = None, private: bool = False,
               log=lambda line: None) -> Path:
    """Ingest ``source`` and write its article file and raw copy; returns the article's path.
    ``fields`` (title, outlet, date, author, url) override what the source says; ``private``
    writes into the git-ignored ``data/private/``; ``log`` receives a line per field taken or
    missing and per line dropped."""
    found, raw_bytes, default_slug, suffix = _read_source(source)
    found.update(fields or {}, "the command line")
    found.update({"topic": topic}, "the command line")
    _check_date(found.meta)
    meta, paragraphs = found.meta, found.paragraphs
    if not meta.get("topic"):
        raise InputError(f"{source}: no topic; pass --topic NAME (a folder of data/topics/, or "
                         "create one with: framing new-topic NAME)")
    load_topic(meta["topic"])
    slug = slugify(slug) if slug else default_slug
    data = data_dir() / "private" if private else data_dir()
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
    _report(found, log)
    return target
