"""Turning an article as received (plain text or a saved web page) into front matter and body
paragraphs, page furniture and captions removed, with a note of where each field came from.

A plain-text article, as copied from a news page, reads: an optional header block of
``Field: value`` lines (Title, Standfirst, Outlet, Author, Date, URL), then, without a Title line,
the headline, the standfirst and a byline, then the body, one paragraph per line, with page
furniture mixed in. Metadata the text does not carry can also come from a sidecar file
``<name>.meta.yml`` beside it, or from the command line.

A web page goes through trafilatura, which finds the article's text and metadata (title, author,
date, site name, address, description) and drops navigation, captions and asides; our furniture
rules then drop what it keeps ("Read more: ...", a byline paragraph).

Zero-width characters and soft hyphens are removed from the text and the metadata, because they
split names ("Jo Blo\u200bggs") and so change who is credited.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from framing.inputs.articlefile import strip_invisible
from framing.errors import InputError
from framing.fileio import read_text
from framing.yamlfile import load_yaml

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


# a picture's caption or credit: "Picture: Getty Images", "(Image: PA)", "Photo by Ann Lee"
_CAPTION = re.compile(r"^\(?(?:pictures?|images?|photos?|photograph|caption|credit|video)\s*:"
                      r"|getty images|©|\bphoto(?:graph)? by\b|\b(?:image|photo) credit\b",
                      re.IGNORECASE)
_CAPTION_WORDS = 8  # a line this short with no closing punctuation is a caption or a heading
_HEADER = re.compile(r"^(title|headline|standfirst|outlet|publication|author|byline|date|url)"
                     r"\s*:\s*(\S.*)$", re.IGNORECASE)
_HEADER_FIELDS = {"headline": "title", "publication": "outlet", "byline": "author"}
FIELDS_REPORTED = ("title", "standfirst", "outlet", "author", "date", "url")


@dataclass
class Ingested:
    """An article as read from its source: front-matter fields, body paragraphs, where each
    field came from ("the header", "the page", ...), and the lines dropped as page furniture or
    captions."""

    meta: dict
    paragraphs: list[str]
    origin: dict[str, str] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)

    def update(self, fields: dict, origin: str) -> None:
        """Take every non-empty value of ``fields``, noting that it came from ``origin``."""
        for key, value in fields.items():
            if value not in (None, ""):
                self.meta[key], self.origin[key] = value, origin


def _is_furniture(line: str) -> bool:
    return any(p.search(line) for p in FURNITURE)


def is_caption(line: str) -> bool:
    """Whether a body line is a picture's caption or credit, or a short heading: "Picture:
    Getty Images"; "Protesters outside the court" (short, with no closing punctuation)."""
    short = len(line.split()) <= _CAPTION_WORDS and line[-1] not in ".!?:;\"'”’)…"
    return short or _CAPTION.search(line) is not None


def _body(lines: list[str], found: Ingested) -> None:
    """Keep the body lines that are neither furniture nor captions; note those dropped."""
    for line in lines:
        if _is_furniture(line) or is_caption(line):
            found.dropped.append(line)
        else:
            found.paragraphs.append(line)


def parse_plain_text(text: str, *, source: str = "<text>") -> Ingested:
    """The fields and body paragraphs of a plain-text article, furniture and captions dropped."""
    lines = [line.strip() for line in strip_invisible(text).split("\n")]
    lines = [line for line in lines if line]
    found = Ingested({}, [])
    while lines and (header := _HEADER.match(lines[0])):
        key = header.group(1).lower()
        found.update({_HEADER_FIELDS.get(key, key): header.group(2)}, "the header")
        lines = lines[1:]
    found.dropped += [line for line in lines if _is_furniture(line)]
    lines = [line for line in lines if not _is_furniture(line)]
    if "title" not in found.meta:
        if not lines:
            raise InputError(f"{source}: no article text left after removing page furniture")
        found.update({"title": lines[0]}, "the first line")
        lines = lines[1:]
    byline = next((i for i, line in enumerate(lines[:3]) if _BYLINE.match(line)), None)
    if byline is not None:
        if "author" not in found.meta:
            found.update({"author": _BYLINE.match(lines[byline]).group("author").strip()},
                         "the byline")
        if byline == 1 and "standfirst" not in found.meta:
            found.update({"standfirst": lines[0]}, "the line before the byline")
        lines = lines[byline + 1:]
    _body(lines, found)
    if not found.paragraphs:
        raise InputError(f"{source}: the article has a headline but no body")
    return found


def read_sidecar(path: Path) -> dict:
    """The metadata in ``<name>.meta.yml`` beside a raw file, or {} when there is none."""
    sidecar = sidecar_path(path)
    if not sidecar.exists():
        return {}
    meta = load_yaml(strip_invisible(read_text(sidecar)), where=str(sidecar))
    if not isinstance(meta, dict):
        raise InputError(f"{sidecar}: must be a mapping of keys to values")
    return meta


def sidecar_path(path: Path) -> Path:
    """Where the metadata of the raw file ``path`` may lie: ``<name>.meta.yml`` beside it."""
    return path.with_name(path.stem + ".meta.yml")


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
               ) -> Ingested:
    """The fields and body paragraphs of a news web page, furniture and captions dropped;
    InputError when the page holds no article text."""
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
    found = Ingested({}, [])
    _body([p for p in paragraphs if p and not _BYLINE.match(p)], found)
    if not found.paragraphs:
        raise InputError(f"{source}: no article text found on the page")
    attrs = {key: " ".join(strip_invisible(value).split()) for key, value in doc.attrib.items()}
    meta = {"title": attrs.get("title"), "standfirst": attrs.get("description"),
            "outlet": attrs.get("sitename") or attrs.get("hostname"),
            "author": attrs.get("author"), "date": attrs.get("date"),
            "url": attrs.get("url") or url}
    if not meta["title"]:
        raise InputError(f"{source}: the page has no headline")
    if meta["date"]:
        meta["date"] = dt.date.fromisoformat(meta["date"][:10])
    if meta["standfirst"] and meta["standfirst"] == found.paragraphs[0]:
        meta["standfirst"] = None  # a description that only repeats the first paragraph
    found.update(meta, "the page")
    return found
