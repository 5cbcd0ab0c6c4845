"""Quotes of a news article and who said them.

``extract_quotes`` returns the direct, partial and indirect quotes of an article body, in reading
order, each with its resolved speaker; ``find_scare_quotes`` returns the words that quotation
marks set off without anyone saying them ('intelligence-led', titles, nicknames).

How it works, paragraph by paragraph:

1. ``quote_marks.find_spans`` pairs the quotation marks;
2. the quoted text is masked, so cue verbs are only looked for in the reporter's words, and the
   masked paragraph is split into sentences;
3. each span gets an attribution from the named rules, tried in the order of their tuples
   (:func:`attribute`): a source the whole sentence is relayed from (``RELAYED``); the words
   after it (``AFTER``: ``"...," she added``) unless one of the ``VETOES`` says they are not its
   own; the words before it (``BEFORE``: ``X said: "..."``) when only they stand before the
   quote; else a cue elsewhere in its sentence (``ELSEWHERE``: ``said it was "a vital tool"``);
   failing all, a name signed after a dash (``"...." — Ann Lee``);
4. spans are grouped into units that share a speaker: a quote split by its attribution, a quote
   running over several paragraphs, or a quote that simply continues the previous one (a quote
   with no attribution takes the previous speaker only from its own or the previous paragraph,
   or when the paragraph before names them);
5. sentences without quoted speech are read for indirect speech (``The Met says that ...``);
6. the speakers are resolved in reading order (``speakers.SpeakerResolver``), then each person
   is given one name for the whole article (``SpeakerResolver.canonical``).

A short quoted line standing alone as a paragraph is a heading or a pull quote, not a quote of
anyone (``standalone_heading``).
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from framing.voices.attribution import (
    Report,
    colon_intro,
    cue_before,
    describe,
    find_reports,
    intro_before,
    lead_in,
    reports_clause,
    sentence_subject,
    sentence_trailer,
    trailer_after,
)
from framing.voices.attribution_inverted import asked_by, bare_trailer, opening_source, outer_source, parenthetical_cue
from framing.voices.attribution_phrases import naming_clause, passive_agent, speech_noun
from framing.voices.model import Attribution, Mention, Quote, Speaker
from framing.voices.quote_marks import Span, find_spans
from framing.text.sentences import split_sentences
from framing.voices.speakers import SpeakerResolver

__all__ = ["extract_quotes", "find_scare_quotes"]


_MASK = "x"
_STOPS = re.compile(r"[.!?;:]")
_SPEECH_END = ".,!?…;:—–-"
_OPENING = re.compile(r"[\"“”„«'‘’]?[\s(]*[\"“”„«'‘’]?\s*(?:…|\.\.\.)?\s*[A-Z0-9“\"'‘]")


@dataclass
class _Unit:
    """Quoted spans that share one speaker, with the attribution found for any of them."""

    spans: list[Span]
    kinds: list[str]
    attribution: Attribution | None = None
    inherit: bool = False  # no attribution of its own: the speaker of the quote before
    trailer_end: int | None = None  # where the attribution after the last span ends
    hint: Mention | None = None  # for a pronoun speaker: whom the sentence before was about
    lead_paragraph: int | None = None  # the paragraph that holds the attribution, when another one


def _mask(text: str, spans: Sequence[Span]) -> str:
    """The paragraph with quoted words replaced by ``x`` (same length), keeping the first letter
    and closing punctuation so that sentence splitting still sees where quoted sentences end, and
    an opening dateline blanked."""
    chars = list(text)
    for span in spans:
        tail = span.end
        while tail > span.start and text[tail - 1] in ".!?":
            tail -= 1
        for i in range(span.start + 1, tail):
            chars[i] = _MASK
    dateline = _DATELINE.match(text)
    if dateline:
        chars[: dateline.end()] = " " * dateline.end()
    return "".join(chars)


# "WASHINGTON —", "Washington (AFP) –", "LONDON, England (CNN) --": a place, not a speaker
_DATELINE = re.compile(r"(?:[A-Z]{2,}[A-Z.’' ]*(?:,[\w.’' ]*?)?|[A-Z][\w.’' ,]*?\s*\([A-Z][\w .]*\))\s*[-–—―]+\s+")


def _leads_on(masked: str, start: int, end: int) -> bool:
    """True when ``masked[start:end]``, the words after an attribution, run into the next quote."""
    rest = masked[start:end]
    return start < end < len(masked) and not _STOPS.search(rest) and rest.rstrip()[-1:] in {",", ":", ""}


def _is_pronoun(attribution: Attribution) -> bool:
    return attribution.mention is not None and attribution.mention.kind == "pronoun"


def _sentence_at(sentences: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence that holds ``offset`` (or the one after it)."""
    k = bisect.bisect_right(sentences, (offset, math.inf))
    if k and offset < sentences[k - 1][1]:
        return sentences[k - 1]
    if k < len(sentences):
        return sentences[k]
    return sentences[-1] if sentences else (0, 0)


def _is_speech_shaped(text: str, span: Span, after: str) -> bool:
    """True when a span reads as a quoted sentence: capitalised start, and it ends its clause."""
    opens_sentence = bool(_OPENING.match(text, span.start)) or span.continued
    content = text[span.start : span.end].rstrip()
    closes = content[-1:] in _SPEECH_END or not after.strip(" ,") or after.lstrip()[:1] in _SPEECH_END
    return opens_sentence and closes


class _Paragraph:
    """Reads the quoted spans of one paragraph into units of speech and scare quotes."""

    def __init__(self, text: str, spans: list[Span]):
        self.text = text
        self.spans = spans
        self.masked = _mask(text, spans)
        self.sentences = split_sentences(self.masked)

    def gap_before(self, k: int) -> tuple[int, int]:
        """The reporter's words before span ``k`` in its sentence, after the previous span."""
        span = self.spans[k]
        start, _ = _sentence_at(self.sentences, span.open)
        if k > 0:
            start = max(start, self.spans[k - 1].outer_end)
        return min(start, span.open), span.open

    def gap_after(self, k: int) -> tuple[int, int]:
        """The words after span ``k``, up to the next span or the paragraph end."""
        span = self.spans[k]
        end = self.spans[k + 1].open if k + 1 < len(self.spans) else len(self.text)
        return span.outer_end, end

    def read(self, k: int) -> tuple[str, Attribution | None, int | None]:
        """Kind ("direct" or "partial"), attribution (by :func:`attribute`), and where an
        attribution after the span ends."""
        span = self.spans[k]
        before, after = self.gap_before(k), self.gap_after(k)
        r = Reading(self, k, span, before, after, _sentence_at(self.sentences, span.open),
                    self.text[span.start : span.end].rstrip()[-1:] in {".", ""})
        r.intro = _first(BEFORE, r)
        before_text = self.masked[before[0] : before[1]].strip(" ,:—–-")
        colon = self.masked[: before[1]].rstrip().endswith(":")  # 'X sent a message to Y: "..."'
        r.intro_only = not before_text or colon or (
            r.intro is not None and not self._has_content_before(r.intro, before))
        # a lowercase word after the quote goes on its sentence: '"...!" exhorted Ann Lee'
        r.goes_on = self.masked[after[0] : after[1]].lstrip(" ,")[:1].islower()
        attribution = attribute(r)
        direct = r.intro_only and _is_speech_shaped(self.text, span, self.masked[after[0] : after[1]])
        return "direct" if direct else "partial", attribution, r.trailer.end if r.trailer else None

    def _trailer_past_title(self, k: int) -> Attribution | None:
        """The attribution after span ``k`` when a short quoted title interrupts it: '"...," Ann
        Lee, wearing "Vote Lee" pins, said.'"""
        if k + 1 >= len(self.spans) or len(self.text[self.spans[k + 1].start : self.spans[k + 1].end].split()) > 3:
            return None
        start, end = self.gap_after(k)
        if _STOPS.search(self.masked, start, end):
            return None
        return trailer_after(self.masked, start, self.gap_after(k + 1)[1], False)

    def subject_before(self, offset: int) -> Mention | None:
        """The person the sentence just before ``offset`` is about, if it names one and no line
        break stands between."""
        earlier = [(start, end) for start, end in self.sentences if end <= offset]
        if not earlier or "\n" in self.masked[earlier[-1][0] : offset]:
            return None
        mention = sentence_subject(self.masked, *earlier[-1])
        return mention if mention and mention.kind in {"person", "surname"} else None

    def lead_in(self, k: int) -> Attribution | None:
        """The attribution of the words that lead into span ``k``: its own sentence up to a colon,
        else the sentence before it in the paragraph."""
        span = self.spans[k]
        start, _ = _sentence_at(self.sentences, span.open)
        if self.masked[start : span.open].strip():
            return lead_in(self.masked, start, span.open) if self.masked[:span.open].rstrip().endswith(":") else None
        earlier = [s for s in self.sentences if s[1] <= start]
        return lead_in(self.masked, *earlier[-1]) if earlier else None

    def opens(self, k: int) -> bool:
        """True when span ``k`` opens its paragraph."""
        return not self.masked[: self.spans[k].open].strip()

    def _has_content_before(self, intro: Attribution, before: tuple[int, int]) -> bool:
        """True when reporter's words follow the intro's cue without a colon or comma before the
        quote: 'X said the plan was "..."' or 'X said that "..."' make it part of their sentence."""
        rest = self.masked[intro.end : before[1]].rstrip()
        if rest.endswith((":", ",")):
            return False
        return bool(rest.strip(" —–-"))


def _by_paragraph(spans: list[Span]) -> dict[int, list[Span]]:
    """The spans of each paragraph that has any, in order."""
    found: dict[int, list[Span]] = {}
    for span in spans:
        found.setdefault(span.paragraph, []).append(span)
    return found


@dataclass
class Reading:
    """What the attribution rules read about quoted span ``k`` of a paragraph: the reporter's
    words before and after it (``before``, ``after``: offsets), its sentence, whether the quote
    ends that sentence, and, once found, the attributions after it (``trailer``) and before it
    (``intro``), whether only the intro stands before the quote, and whether a lowercase word
    after it carries its sentence on."""

    paragraph: _Paragraph
    k: int
    span: Span
    before: tuple[int, int]
    after: tuple[int, int]
    sentence: tuple[int, int]
    ends_sentence: bool
    trailer: Attribution | None = None
    intro: Attribution | None = None
    intro_only: bool = False
    goes_on: bool = False

    @property
    def masked(self) -> str:
        return self.paragraph.masked


# --- rules: each reads a Reading and returns an Attribution or None ---

def said_after(r: Reading) -> Attribution | None:
    """The cue and speaker after the quote: '"We will win," said Ann Lee.'"""
    return trailer_after(r.masked, *r.after, r.ends_sentence) if r.span.close is not None else None


def said_after_title(r: Reading) -> Attribution | None:
    """After a short quoted title that interrupts the attribution: '"We will," Ann Lee, wearing
    "Vote Lee" pins, said.'"""
    closed = r.span.close is not None and not r.ends_sentence
    return r.paragraph._trailer_past_title(r.k) if closed else None


def name_then_verb_after(r: Reading) -> Attribution | None:
    """A name and a past-tense verb of no cue list after a quote of four words or more that goes
    on its sentence: '"It was a very long night," Ann Lee reminisced.' (not after a short
    title: '"American Idol," Ann Lee performed')."""
    long_quote = len(r.paragraph.text[r.span.start : r.span.end].split()) >= 4
    closed = r.span.close is not None and not r.ends_sentence and long_quote
    return bare_trailer(r.masked, *r.after) if closed else None


def asked(r: Reading) -> Attribution | None:
    """The asker of a question put to someone: 'Reyes was asked by Ann Lee, "Why now?"'"""
    return asked_by(r.masked, *r.before)


def said_before(r: Reading) -> Attribution | None:
    """The speaker and cue before the quote: 'Ann Lee said: "We will win."'"""
    return intro_before(r.masked, r.sentence[0], *r.before)


def colon_before(r: Reading) -> Attribution | None:
    """A name and a colon before the quote, with no cue verb: 'Ann Lee: "We will win."'"""
    return colon_intro(r.masked, *r.before)


def passive_by(r: Reading) -> Attribution | None:
    """The agent of a passive that names the quote: 'The plan was labeled as a "fraud" by Ann
    Lee.'"""
    if r.span.close is None:
        return None
    return passive_agent(r.masked, r.sentence[0], r.span.open, r.span.outer_end, r.sentence[1])


def in_parentheses(r: Reading) -> Attribution | None:
    """An inverted cue between commas before the quote: 'The plan, says Ann Lee, is "a
    fraud".'"""
    return parenthetical_cue(r.masked, r.sentence[0], r.span.open)


def naming(r: Reading) -> Attribution | None:
    """The speaker of a clause that names the thing quoted: 'It is what Ann Lee calls "a
    fraud".'"""
    return naming_clause(r.masked, r.sentence[0], r.span.open)


def cue_earlier(r: Reading) -> Attribution | None:
    """A cue earlier in the quote's sentence: 'Ann Lee said the plan was "a fraud".'"""
    return cue_before(r.masked, r.sentence[0], r.span.open)


def speech_noun_before(r: Reading) -> Attribution | None:
    """The owner of a word for speech right before the quote: 'Ann Lee repeated her claim that
    "the plan is a fraud".'"""
    return speech_noun(r.masked, r.sentence[0], r.span.open)


def later_in_sentence(r: Reading) -> Attribution | None:
    """The attribution that ends the quote's sentence after one of its last commas, where the
    words after the quote do not end in a cue: 'The plan was "a fraud", and voters knew it, Ann
    Lee said.'"""
    closed = r.span.close is not None
    return sentence_trailer(r.masked, r.span.outer_end, r.sentence[1]) if closed else None


def relayed_after(r: Reading) -> Attribution | None:
    """The source a sentence is relayed from, after its quotes: '"We will win," Lee said,
    according to the Herald.'"""
    if r.span.close is None:
        return None
    sentences = r.paragraph.sentences
    end = _sentence_at(sentences, r.trailer.end - 1)[1] if r.trailer else r.sentence[1]
    return outer_source(r.masked, r.span.outer_end, end)


def relayed_before(r: Reading) -> Attribution | None:
    """The source named where the quote's sentence opens: 'According to the Herald, Lee said
    "we will win".'"""
    return opening_source(r.masked, r.sentence[0], r.span.open)


# --- vetoes: each says why an attribution after the quote is not its own ---

def quote_ends_intro_sentence(r: Reading) -> bool:
    """'Ann Lee argued that "the plan is a fraud." Reyes disagreed.': the quote ends Lee's
    sentence, so Reyes's cue after it is not its attribution."""
    intro = r.intro
    return bool(intro and not r.intro_only and r.ends_sentence and intro.mention
                and not _is_pronoun(intro) and not r.goes_on)


def colon_opens_new_sentence(r: Reading) -> bool:
    """'Ann Lee told reporters: "We will win." Reyes disagreed.': after a quote that a colon
    introduced, the words after it start a new sentence."""
    colon = r.masked[: r.before[1]].rstrip().endswith(":")
    return bool(r.intro and r.intro_only and r.ends_sentence and colon and not r.goes_on)


def clause_reported_before(r: Reading) -> bool:
    """'As Ann Lee claimed that "the cases are alike," Reyes said the cases differ.': the cue
    after the quote reports a clause of its own, and a cue before it introduces the quote."""
    return (not r.ends_sentence and reports_clause(r.masked, r.trailer, r.after[1])
            and cue_before(r.masked, r.sentence[0], r.span.open) is not None)


def question_leads_on(r: Reading) -> bool:
    """'"Why now?" Mills then writes back, "Because we can."': the words after the question
    introduce the next quote."""
    asks = r.paragraph.text[r.span.start : r.span.end].rstrip()[-1:] in {"?", "!"}
    return asks and _leads_on(r.masked, r.trailer.end, r.after[1])


def name_before_pronoun_after(r: Reading) -> bool:
    """'Ann Lee said "we will win," she said.': the name before the quote, not the pronoun after
    it."""
    intro = r.intro
    return bool(intro and r.intro_only and _is_pronoun(r.trailer) and intro.mention
                and intro.mention.kind in {"person", "surname"})


# the precedence, top to bottom: a source the whole sentence is relayed from; the attribution
# after the quote, unless a veto says it is not the quote's own; the one before it, when only
# it stands before the quote; else a cue elsewhere in the quote's sentence
RELAYED = (relayed_before, relayed_after)
AFTER = (said_after, said_after_title, name_then_verb_after)
BEFORE = (asked, said_before, colon_before)
VETOES = (quote_ends_intro_sentence, colon_opens_new_sentence, clause_reported_before,
          question_leads_on, name_before_pronoun_after)
ELSEWHERE = (passive_by, in_parentheses, naming, cue_earlier, speech_noun_before,
             later_in_sentence)


def _first(rules, r: Reading) -> Attribution | None:
    """The attribution of the first of ``rules`` that finds one."""
    return next((found for rule in rules if (found := rule(r)) is not None), None)


def attribute(r: Reading) -> Attribution | None:
    """The quote's attribution by the precedence above; sets ``r.trailer`` to the attribution
    after the quote that no veto refused (``r.intro`` and ``r.intro_only`` are read first)."""
    trailer = _first(AFTER, r)
    r.trailer = trailer
    if trailer is not None and any(veto(r) for veto in VETOES):
        r.trailer = None
    chosen = r.trailer or (r.intro if r.intro_only else None) or _first(ELSEWHERE, r)
    return _first(RELAYED, r) or chosen


_HEADING_WORDS = 12  # the most words of a quoted line read as a heading
_SENTENCE_CLOSE = ".!?…,;:"


def standalone_heading(paragraphs: Sequence[str], p: int, spans: Sequence[Span]) -> bool:
    """Rule ``standalone_heading``: a short quoted line standing alone as a paragraph, with no
    words of its own outside the marks and no full stop, is a subheading or a pull quote, not a
    quote of anyone: "'Grubby cash-for-people deal'" between two paragraphs.

    Not when the paragraph before leads into it with a colon ('Lee continued:'), nor when a
    name is signed under it ('— Ann Lee'), nor when it continues an unclosed quote.
    """
    if len(spans) != 1:
        return False
    span, text = spans[0], paragraphs[p]
    if span.close is None or span.continued or (text[: span.open] + text[span.outer_end :]).strip(" \t.,;:!?—–-"):
        return False
    quoted = text[span.start : span.end].rstrip()
    if quoted[-1:] in _SENTENCE_CLOSE or text[span.outer_end :].strip()[:1] in tuple(_SENTENCE_CLOSE):
        return False
    if len(quoted.split()) > _HEADING_WORDS:
        return False
    led = p > 0 and paragraphs[p - 1].rstrip().endswith(":")
    signed = p + 1 < len(paragraphs) and paragraphs[p + 1].lstrip()[:1] in {"-", "–", "—", "―"}
    return not led and not signed


def _units(paragraphs: Sequence[str], spans: list[Span]) -> tuple[list[_Unit], list[Span]]:
    """Group every quoted span into units of speech; return them and the scare-quote spans.

    A paragraph that is a heading (``standalone_heading``) is neither."""
    by_paragraph = _by_paragraph(spans)
    units: list[_Unit] = []
    scare: list[Span] = []
    for p, found in sorted(by_paragraph.items()):
        if standalone_heading(paragraphs, p, found):
            continue
        reader = _Paragraph(paragraphs[p], found)
        previous: _Unit | None = units[-1] if units and units[-1].spans[-1].paragraph >= p - 1 else None
        for k, span in enumerate(found):
            kind, attribution, trailer_end = reader.read(k)
            joins = previous is not None and (
                (span.continued and previous.spans[-1].close is None and attribution is None)
                or (previous.spans[-1].paragraph == p and trailer_end is None and _only_attribution_between(reader, previous, span))
            )
            if joins:
                previous.spans.append(span)
                previous.kinds.append("direct" if kind == "direct" else previous.kinds[-1])  # a whole sentence is direct
                previous.trailer_end = trailer_end or previous.trailer_end
                continue
            if attribution is None and kind != "direct":
                scare.append(span)
                continue
            unit = _Unit([span], [kind], attribution, inherit=attribution is None, trailer_end=trailer_end)
            if attribution is None:
                _lead_in(unit, reader, k, paragraphs, by_paragraph)
            if unit.attribution is None and k == len(found) - 1:
                _byline(unit, reader, paragraphs)
            attribution = unit.attribution
            if attribution and attribution.mention and attribution.mention.kind in {"pronoun", "role"}:
                unit.hint = reader.subject_before(span.open)
            units.append(unit)
            previous = unit
    return units, scare


def _lead_in(unit: _Unit, reader: _Paragraph, k: int, paragraphs: Sequence[str], by_paragraph: dict[int, list[Span]]) -> None:
    """Give a unit without attribution that of the words leading into it, if they have one:
    the sentence before it, or the last sentence of the paragraph before when it opens its own."""
    p = unit.spans[0].paragraph
    attribution = reader.lead_in(k)
    if attribution is None and reader.opens(k) and p > 0:
        before = _Paragraph(paragraphs[p - 1], by_paragraph.get(p - 1, []))
        if before.sentences:
            start, end = before.sentences[-1]
            colon = start + len(before.masked[start:end].rstrip())
            attribution = lead_in(before.masked, start, end) or (
                speech_noun(before.masked, start, colon - 1) if before.masked[:colon].endswith(":") else None)
            unit.lead_paragraph = p - 1
    if attribution is not None and attribution.mention is not None:
        unit.attribution, unit.inherit = attribution, False
    else:
        unit.lead_paragraph = None


_BYLINE = re.compile(r"\s*[-–—―]+\s*(?=[A-Z])((?:[^,.;:()\n]|\.(?=\s+[A-Z])){2,60})(?:[,(][^\n]*)?\.?\s*$")


def _byline(unit: _Unit, reader: _Paragraph, paragraphs: Sequence[str]) -> None:
    """Give a unit without attribution the name signed under it after a dash: '"...." — Ann Lee'
    at the end of its paragraph, or as the next paragraph when the quote is a paragraph of its
    own ('"...."' then '—Ann Lee, tweeting after the debate.')."""
    span = unit.spans[-1]
    rest = reader.masked[span.outer_end :]
    p = span.paragraph
    if rest.strip():
        byline, at = _BYLINE.match(rest), p
    elif reader.opens(0) and len(reader.spans) == 1 and p + 1 < len(paragraphs):
        byline, at = _BYLINE.match(paragraphs[p + 1]), p + 1
    else:
        return
    base = span.outer_end if at == p else 0
    mention = describe(byline.group(1), base + byline.start(1)) if byline else None
    if mention is not None and mention.kind in {"person", "surname", "organisation"}:
        unit.attribution = Attribution("", mention, mention.start, base + byline.end(1), "byline")
        unit.inherit = False
        unit.lead_paragraph = at if at != p else None


def _only_attribution_between(reader: _Paragraph, unit: _Unit, span: Span) -> bool:
    """True when nothing but the previous span's attribution, the rest of its sentence ('"...," X
    said in an interview.') and punctuation stands before ``span``."""
    last = unit.spans[-1]
    start = max(last.outer_end, unit.trailer_end or 0)
    if unit.trailer_end and unit.trailer_end > last.outer_end:
        sentence_end = _sentence_at(reader.sentences, unit.trailer_end - 1)[1]
        start = sentence_end if sentence_end <= span.open else start
    return not reader.masked[start : span.open].strip(" ,.;:—–-")


def _cue_as_written(paragraphs: Sequence[str], paragraph: int, attribution: Attribution) -> str | None:
    """The cue, with its pronoun when the speaker is one ("she added")."""
    mention = attribution.mention
    text = paragraphs[paragraph]
    if not attribution.cue:
        return None
    if mention and mention.kind == "pronoun":
        words = text[min(mention.start, attribution.end - len(attribution.cue)) : attribution.end]
        if len(words.split()) <= 3:
            return " ".join(words.split())
    return attribution.cue


def _attribution_paragraph(unit: _Unit) -> int:
    """The paragraph that holds the unit's attribution (the last span's, for a trailing one)."""
    if unit.lead_paragraph is not None:
        return unit.lead_paragraph
    return unit.spans[-1].paragraph if unit.trailer_end is not None else unit.spans[0].paragraph


def extract_quotes(paragraphs: Sequence[str], *, aliases: Mapping[str, str] = {}) -> list[Quote]:
    """Direct, partial and indirect quotes of an article body, in reading order, speakers resolved."""
    paragraphs = list(paragraphs)
    spans = find_spans(paragraphs)
    units, _ = _units(paragraphs, spans)
    reports = _reports(paragraphs, spans, {(s.paragraph, s.start) for u in units for s in u.spans})
    events = [((u.spans[0].paragraph, u.spans[0].start), u) for u in units]
    events += [((p, r.start), (p, r)) for p, r in reports]
    events.sort(key=lambda event: event[0])
    by_paragraph = _by_paragraph(spans)
    reporter_text = [_mask(text, by_paragraph.get(p, [])) for p, text in enumerate(paragraphs)]
    resolver = SpeakerResolver(paragraphs, aliases, reporter_text)
    quotes: list[Quote] = []
    last: Quote | None = None
    for _, event in events:
        if isinstance(event, _Unit):
            # a quote with no attribution goes on the speaker of a quote in its own paragraph or the
            # one before, or named there; farther away that guess is mostly wrong: unattributed
            nearby = last.speaker if last and _near(paragraphs, event.spans[0].paragraph, last) else None
            quotes.extend(_unit_quotes(paragraphs, event, resolver, nearby))
            last = quotes[-1]
        else:
            p, report = event
            speaker = resolver.resolve(report.attribution.mention, p)
            cue = _cue_as_written(paragraphs, p, report.attribution)
            text = paragraphs[p][report.start : report.end]
            rule = _rule("find_reports", report.attribution.mention) if speaker else None
            quotes.append(Quote(p, report.start, report.end, text, "indirect", speaker, cue, 0, rule))
    quotes.sort(key=lambda q: (q.paragraph, q.start))
    canonical = resolver.canonical([q.speaker for q in quotes])
    return [dataclasses.replace(q, speaker=canonical.get(q.speaker, q.speaker)) for q in quotes]


def _near(paragraphs: Sequence[str], paragraph: int, last: Quote) -> bool:
    """True when ``last`` (a quote) is in ``paragraph`` or the one before, or its speaker's last
    name is written in the paragraph before."""
    if paragraph - last.paragraph <= 1:
        return True
    name = last.speaker.name.split()[-1] if last.speaker else ""
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", paragraphs[paragraph - 1]) is not None


def _unit_quotes(paragraphs: Sequence[str], unit: _Unit, resolver: SpeakerResolver,
                 last_speaker: Speaker | None) -> list[Quote]:
    """The quotes of one unit, all with the unit's speaker."""
    attribution = unit.attribution
    if attribution is None or attribution.mention is None:
        speaker = last_speaker if (unit.inherit or attribution is not None) else None
        if speaker is not None:
            resolver.resolve_known(speaker)
        cue = (attribution.cue or None) if attribution else None
        rule = "previous_quote" if speaker else None
    else:
        p = _attribution_paragraph(unit)
        speaker = resolver.resolve(attribution.mention, p, unit.hint)
        cue = _cue_as_written(paragraphs, p, attribution)
        rule = _rule(attribution.rule, attribution.mention) if speaker else None
    return [
        Quote(s.paragraph, s.start, s.end, paragraphs[s.paragraph][s.start : s.end], kind, speaker, cue, part, rule)
        for part, (s, kind) in enumerate(zip(unit.spans, unit.kinds))
    ]


def _rule(name: str, mention: Mention) -> str:
    """The rule as a quote reports it: its name and the kind of words that named the speaker,
    "trailer_after (pronoun)"."""
    return f"{name or 'unnamed'} ({mention.kind})"


def _reports(paragraphs: Sequence[str], spans: list[Span], speech: set[tuple[int, int]]) -> list[tuple[int, Report]]:
    """Indirect speech in the sentences that hold no quoted speech: ``(paragraph, Report)``."""
    by_paragraph = _by_paragraph(spans)
    found = []
    for p, text in enumerate(paragraphs):
        quoted = by_paragraph.get(p, [])
        masked = _mask(text, quoted)
        spoken = sorted(s.start for s in quoted if (p, s.start) in speech)
        for start, end in split_sentences(masked):
            k = bisect.bisect_left(spoken, start)
            if k < len(spoken) and spoken[k] < end:
                continue
            found.extend((p, report) for report in find_reports(masked, start, end))
    return found


def find_scare_quotes(paragraphs: Sequence[str]) -> list[tuple[int, int, int]]:
    """``(paragraph, start, end)`` of words set off by quotation marks that nobody is quoted saying."""
    paragraphs = list(paragraphs)
    _, scare = _units(paragraphs, find_spans(paragraphs))
    return [(s.paragraph, s.start, s.end) for s in scare]
