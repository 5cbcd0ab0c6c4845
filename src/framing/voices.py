"""Voices: who is quoted, on which side, and where, as tidy tables over the article's spans.

Quote finding and speaker attribution live in :mod:`framing.quotes`; this module runs them over
the headline, standfirst and body of an :class:`~framing.article.Article`, turns offsets into
offsets of the article text, and places every speaker on a side of the topic: first from the
article's front matter (``speakers:``), then from the topic's actors and role words, else
``unassigned``. ``side_source`` records which.
"""

from __future__ import annotations

import re

import pandas as pd

from .article import Article
from .errors import InputError
from .quotes import Quote, Speaker, extract_quotes
from .topic import UNASSIGNED, Topic

QUOTE_COLUMNS = ["quote_id", "speaker_id", "speaker", "side", "text", "section", "paragraph",
                 "start", "end", "kind", "cue", "part"]
SPEAKER_COLUMNS = ["speaker_id", "name", "role", "organisation", "side", "side_source"]


def speaker_id(name: str) -> str:
    """A stable id for a speaker's name: lower case, words joined by hyphens."""
    return re.sub(r"[^\w]+", "-", name.lower()).strip("-") or "speaker"


def place_speaker(speaker: Speaker, topic: Topic | None, overrides: dict) -> tuple[str, str]:
    """``(side, side_source)`` for a speaker: front matter, else topic, else unassigned."""
    for name, side in (overrides or {}).items():
        if str(name).lower() == speaker.name.lower():
            return str(side), "front-matter"
    side = topic.side_for(speaker.name, speaker.organisation, speaker.role) if topic else None
    return (side, "topic") if side else (UNASSIGNED, "unassigned")


def quotes_and_speakers(article: Article, topic: Topic | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The quotes table and the speakers table of ``article`` (see design.md for columns)."""
    parts = article.parts
    found: list[Quote] = extract_quotes([article.span_text(p) for p in parts],
                                        aliases=topic.aliases() if topic else {})
    overrides = article.meta.get("speakers") or {}
    if topic:
        known = {s.id for s in topic.sides} | {UNASSIGNED}
        unknown = sorted({str(v) for v in overrides.values()} - known)
        if unknown:
            raise InputError(f"{article.slug}: speakers: unknown side(s) {', '.join(unknown)} "
                             f"(the topic's sides: {', '.join(sorted(known))})")
    speakers: dict[str, dict] = {}
    rows = []
    for number, quote in enumerate(found):
        part = parts[quote.paragraph]
        sid = side = None
        if quote.speaker is not None:
            sid = speaker_id(quote.speaker.name)
            if sid not in speakers:
                side, source = place_speaker(quote.speaker, topic, overrides)
                speakers[sid] = {"speaker_id": sid, "name": quote.speaker.name,
                                 "role": quote.speaker.role,
                                 "organisation": quote.speaker.organisation,
                                 "side": side, "side_source": source}
            side = speakers[sid]["side"]
        rows.append({"quote_id": f"q{number:03d}", "speaker_id": sid,
                     "speaker": quote.speaker.name if quote.speaker else None,
                     "side": side or UNASSIGNED, "text": quote.text, "section": part.section,
                     "paragraph": part.paragraph, "start": part.start + quote.start,
                     "end": part.start + quote.end, "kind": quote.kind, "cue": quote.cue,
                     "part": quote.part})
    quotes = pd.DataFrame(rows, columns=QUOTE_COLUMNS).astype({"paragraph": "Int64"})
    return quotes, pd.DataFrame(list(speakers.values()), columns=SPEAKER_COLUMNS)
