"""Voices: who is quoted, on which side, and where, as tidy tables over the article's spans.

Quote finding and speaker attribution live in :mod:`framing.voices.quotes`; this module runs them over
the headline, standfirst and body of an :class:`~framing.text.article.Article`, turns offsets into
offsets of the article text, and places every speaker on a side of the topic with
:mod:`framing.voices.sides` (front matter, actors, kinds of actor, the journalist's words, the speaker's
own frames, else ``unassigned``); ``side_source`` records which step decided and
``side_evidence`` the words that did.
"""

from __future__ import annotations

import re

import pandas as pd

from framing.text.article import Article
from framing.voices.confidence import packaged_confidence
from framing.errors import InputError
from framing.voices.model import Quote, Speaker
from framing.voices.quotes import extract_quotes
from framing.voices.sides import place_speakers
from framing.inputs.topic import UNASSIGNED, Topic

QUOTE_COLUMNS = ["quote_id", "speaker_id", "speaker", "side", "text", "section", "paragraph",
                 "start", "end", "kind", "cue", "part", "rule", "confidence"]
SPEAKER_COLUMNS = ["speaker_id", "name", "role", "organisation", "side", "side_source",
                   "side_evidence", "weakly_placed"]


def speaker_id(name: str) -> str:
    """A stable id for a speaker's name: lower case, words joined by hyphens."""
    return re.sub(r"[^\w]+", "-", name.lower()).strip("-") or "speaker"


def quote_rows(article: Article, topic: Topic | None) -> tuple[list[dict], dict[str, Speaker]]:
    """The quotes of ``article`` as rows of the quotes table, side not yet placed, and speaker
    id -> speaker; the front matter's ``speakers:`` checked against the topic's sides. Each row
    carries the rule that named its speaker and that rule's confidence
    (:mod:`framing.voices.confidence`)."""
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
    speakers: dict[str, Speaker] = {}
    rows = []
    confidence = packaged_confidence()
    for number, quote in enumerate(found):
        part = parts[quote.paragraph]
        sid = speaker_id(quote.speaker.name) if quote.speaker else None
        if sid is not None:
            speakers.setdefault(sid, quote.speaker)
        rows.append({"quote_id": f"q{number:03d}", "speaker_id": sid,
                     "speaker": quote.speaker.name if quote.speaker else None,
                     "side": UNASSIGNED, "text": quote.text, "section": part.section,
                     "paragraph": part.paragraph, "start": part.start + quote.start,
                     "end": part.start + quote.end, "kind": quote.kind, "cue": quote.cue,
                     "part": quote.part, "rule": quote.rule,
                     "confidence": confidence.of(quote.rule)})
    return rows, speakers


def quotes_and_speakers(article: Article, topic: Topic | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The quotes table and the speakers table of ``article`` (see design.md for columns)."""
    rows, speakers = quote_rows(article, topic)
    overrides = article.meta.get("speakers") or {}
    placed = place_speakers(article, topic, overrides, speakers, rows)
    for row in rows:
        if row["speaker_id"] is not None:
            row["side"] = placed[row["speaker_id"]].side
    table = [{"speaker_id": sid, "name": s.name, "role": s.role, "organisation": s.organisation,
              "side": placed[sid].side, "side_source": placed[sid].source,
              "side_evidence": placed[sid].evidence, "weakly_placed": placed[sid].weak}
             for sid, s in speakers.items()]
    quotes = pd.DataFrame(rows, columns=QUOTE_COLUMNS).astype({"paragraph": "Int64",
                                                              "confidence": float})
    return quotes, pd.DataFrame(table, columns=SPEAKER_COLUMNS)
