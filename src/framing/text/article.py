"""The article: one immutable text with spans over it.

An :class:`Article` joins the headline, the standfirst and the body paragraphs into ONE text,
separated by blank lines, and records where each part lies. Every analysis points into that text
with character offsets, so nothing is copied and nothing drifts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from framing.text.sentences import split_sentences
from framing.text.tokens import count_words

SECTIONS = ("headline", "standfirst", "body")
_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: ``text[start:end]`` in a section (and a body paragraph)."""

    start: int
    end: int
    section: str
    paragraph: int | None = None  # 0-based body paragraph; None in the headline and standfirst


@dataclass(frozen=True)
class Article:
    """An article's metadata and its single text, with the spans of its parts."""

    meta: Mapping[str, object]
    text: str
    headline: Span
    standfirst: Span | None
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...] = field(repr=False)

    @classmethod
    def from_parts(cls, meta: Mapping[str, object], headline: str, standfirst: str | None,
                   paragraphs: list[str]) -> "Article":
        """Build an Article from its parts; the text is headline, standfirst, paragraphs joined."""
        pieces: list[tuple[str, str, int | None]] = [("headline", headline, None)]
        if standfirst:
            pieces.append(("standfirst", standfirst, None))
        pieces += [("body", p, i) for i, p in enumerate(paragraphs)]
        text, spans, offset = [], [], 0
        for section, piece, index in pieces:
            spans.append(Span(offset, offset + len(piece), section, index))
            text.append(piece)
            offset += len(piece) + len(_SEPARATOR)
        full = _SEPARATOR.join(text)
        sentences = tuple(
            Span(span.start + s, span.start + e, span.section, span.paragraph)
            for span in spans
            for s, e in split_sentences(full[span.start:span.end])
        )
        return cls(
            meta=MappingProxyType(dict(meta)),
            text=full,
            headline=spans[0],
            standfirst=spans[1] if standfirst else None,
            paragraphs=tuple(s for s in spans if s.section == "body"),
            sentences=sentences,
        )

    @property
    def title(self) -> str:
        return self.span_text(self.headline)

    @property
    def slug(self) -> str:
        return str(self.meta.get("slug", ""))

    @property
    def topic(self) -> str | None:
        topic = self.meta.get("topic")
        return str(topic) if topic else None

    @property
    def parts(self) -> tuple[Span, ...]:
        """Headline, standfirst (when present) and body paragraphs, in reading order."""
        head = (self.headline,) + ((self.standfirst,) if self.standfirst else ())
        return head + self.paragraphs

    def span_text(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def part_at(self, offset: int) -> Span:
        """The headline, standfirst or paragraph span that contains ``offset``."""
        for span in self.parts:
            if span.start <= offset <= span.end:
                return span
        raise ValueError(f"offset {offset} lies between the article's parts")

    @property
    def body_paragraphs(self) -> list[str]:
        return [self.span_text(s) for s in self.paragraphs]

    def counts(self, section: str = "body") -> dict[str, int]:
        """The paragraphs, sentences and words of a section, by the one sentence splitter and
        the one word count that every chapter uses."""
        parts = [p for p in self.parts if p.section == section]
        return {"paragraphs": len(parts),
                "sentences": sum(s.section == section for s in self.sentences),
                "words": sum(count_words(self.span_text(p)) for p in parts)}
