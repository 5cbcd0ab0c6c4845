"""Turning an article as received (plain text or a saved web page) into front matter and body
paragraphs, page furniture removed.

A plain-text article, as copied from a news page, reads: the headline, the standfirst, a byline,
then the body, one paragraph per line, with page furniture mixed in. Metadata the text does not
carry (outlet, date, url, topic) comes from a sidecar file ``<name>.meta.yml`` beside it.

A web page goes through trafilatura, which finds the article's text and metadata (title, author,
date, site name, address, description) and drops navigation, captions and asides; our furniture
rules then drop what it keeps ("Read more: ...", a byline paragraph).

Zero-width characters and soft hyphens are removed from the text and the metadata, because they
split names ("Jo Blo\u200bggs") and so change who is credited.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .articlefile import strip_invisible
from .errors import InputError
from .fileio import read_text
from .yamlfile import load_yaml

_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_BYLINE = re.compile(r"^(?:written\s+)?by\s+(?P<author>[^,|]+)", re.IGNORECASE)
FURNITURE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^see:\s",  # promotions: "SEE: How surveillance changes us"
        r"^(?:also\s+)?read(?:\s+more)?:\s",
        r"^related(?:\s+stories)?:\s",
        r"^editorial standards$",
        r"^(?:advertisement|sponsored content)$",
        r"^share (?:this|on)\b",
    )
]


def _is_furniture(line: str) -> bool:
    return any(p.search(line) for p in FURNITURE)



def parse_plain_text(text: str, *, source: str = "<text>") -> tuple[dict, list[str]]:
    """Front-matter fields and body paragraphs of a plain-text article, furniture removed."""
    lines = [line.strip() for line in strip_invisible(text).split("\n")]
    lines = [line for line in lines if line and not _is_furniture(line)]
    if not lines:
        raise InputError(f"{source}: no article text left after removing page furniture")
    meta: dict = {"title": lines[0]}
    rest = lines[1:]
    byline = next((i for i, line in enumerate(rest[:3]) if _BYLINE.match(line)), None)
    if byline is not None:
        meta["author"] = _BYLINE.match(rest[byline]).group("author").strip()
        if byline == 1:
            meta["standfirst"] = rest[0]
        rest = rest[byline + 1:]
    if not rest:
        raise InputError(f"{source}: the article has a headline but no body")
    return meta, rest


def read_sidecar(path: Path) -> dict:
    """The metadata in ``<name>.meta.yml`` beside a raw file, or {} when there is none."""
    sidecar = path.with_name(path.stem + ".meta.yml")
    if not sidecar.exists():
        return {}
    meta = load_yaml(strip_invisible(read_text(sidecar)), where=str(sidecar))
    if not isinstance(meta, dict):
        raise InputError(f"{sidecar}: must be a mapping of keys to values")
    return meta


def _page_text(html: bytes) -> str:
    """The text of a page's bytes, its encoding guessed as trafilatura guesses it. Never
    decompressed: given bytes, trafilatura inflates gzip and zlib data itself, beyond our size
    cap, so it is given text."""
    from trafilatura.utils import detect_encoding

    for encoding in detect_encoding(html):
        try:
            return html.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return html.decode("utf-8", "replace")


def parse_html(html: str | bytes, *, source: str = "<html>", url: str | None = None
               ) -> tuple[dict, list[str]]:
    """Front-matter fields and body paragraphs of a news web page; InputError when the page
    holds no article text."""
    import trafilatura
    from lxml import etree

    if isinstance(html, bytes):
        html = _page_text(html)
    extracted = trafilatura.extract(html, output_format="xml", with_metadata=True, url=url,
                                    include_comments=False, include_tables=False,
                                    include_images=False)
    if not extracted:
        raise InputError(f"{source}: no article text found on the page")
    doc = etree.fromstring(extracted.encode("utf-8"))
    paragraphs = [" ".join(strip_invisible("".join(p.itertext())).split()) for p in doc.iter("p")]
    paragraphs = [p for p in paragraphs if p and not _is_furniture(p) and not _BYLINE.match(p)]
    if not paragraphs:
        raise InputError(f"{source}: no article text found on the page")
    found = {key: " ".join(strip_invisible(value).split()) for key, value in doc.attrib.items()}
    meta = {"title": found.get("title"), "standfirst": found.get("description"),
            "outlet": found.get("sitename") or found.get("hostname"),
            "author": found.get("author"), "date": found.get("date"),
            "url": found.get("url") or url}
    if not meta["title"]:
        raise InputError(f"{source}: the page has no headline")
    if meta["date"]:
        meta["date"] = dt.date.fromisoformat(meta["date"][:10])
    if meta["standfirst"] and meta["standfirst"] == paragraphs[0]:
        meta["standfirst"] = None  # a description that only repeats the first paragraph
    return {k: v for k, v in meta.items() if v}, paragraphs


def ingest_text_file(path: str | Path) -> tuple[dict, list[str]]:
    """Front matter and paragraphs for a raw ``.txt`` article and its optional sidecar."""
    path = Path(path)
    meta, paragraphs = parse_plain_text(read_text(path), source=str(path))
    meta.update(read_sidecar(path))
    return meta, paragraphs
