"""Find the spans of text that quotation marks enclose.

This is the first step of quote extraction and knows nothing about speech: it pairs opening and
closing marks, double (straight ``"``, curly, low or guillemets) and single (``'``, curly), and
returns the enclosed spans. Whether a mark opens or closes is read from its neighbours first (a
mark after a space and before a word opens) and from its shape only when the neighbours do not
tell, so a quote typed with the wrong curly mark still pairs. Apostrophes (``Met's``, ``people's``,
``'90s``) are not marks. Single-quoted spans nested in a double-quoted span, and the other way
round, are part of the outer span.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Sequence

DOUBLE_OPENING = "“„«"
DOUBLE_CLOSING = "”»"
DOUBLE = '"' + DOUBLE_OPENING + DOUBLE_CLOSING
SINGLE = "'‘’‚"
_ALL_MARKS = DOUBLE + SINGLE
# characters after which a mark may open a quote, and before which one may close it
_OPEN_AFTER = "([{—–-/" + _ALL_MARKS
_CLOSE_BEFORE = ".,;:!?)]}—–-…/" + _ALL_MARKS

# two single marks typed for one double mark (''like this'') count as a double mark
_DOUBLE_RE = re.compile(f"''|‘‘|’’|[{re.escape(DOUBLE)}]")
_SINGLE_RE = re.compile(f"[{re.escape(SINGLE)}]")
# a single mark that starts an elision, not a quote: '90s, 'em, rock 'n' roll, 'til
_ELISION = re.compile(r"[’'‘](?:\d\ds?\b|n[’'‘]|em\b|til\b|cause\b|bout\b|tis\b|twas\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    """Text enclosed by quotation marks, as character offsets in one paragraph."""

    paragraph: int
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when the quote runs to the paragraph end
    continued: bool = False  # True when it continues the unclosed quote of the previous paragraph
    close_end: int | None = None  # offset just past the closing mark

    @property
    def outer_end(self) -> int:
        """Offset just past the closing mark (the paragraph end for an unclosed quote)."""
        return self.end if self.close_end is None else self.close_end


def _can_open(text: str, i: int, j: int | None = None) -> bool:
    """True when the mark ``text[i:j]`` stands where an opening mark would: before a word."""
    j = i + 1 if j is None else j
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return not after.isspace() and (before.isspace() or before in _OPEN_AFTER)


def _can_close(text: str, i: int, j: int | None = None) -> bool:
    """True when the mark ``text[i:j]`` stands where a closing mark would: after a word."""
    j = i + 1 if j is None else j
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return not before.isspace() and (after.isspace() or after in _CLOSE_BEFORE)


def _double_role(text: str, i: int, j: int, inside: bool) -> str:
    """Return "open" or "close" for the double mark ``text[i:j]``."""
    opens, closes = _can_open(text, i, j), _can_close(text, i, j)
    if opens != closes:
        return "open" if opens else "close"
    if text[i] in DOUBLE_OPENING:
        return "open"
    if text[i] in DOUBLE_CLOSING:
        return "close"
    return "close" if inside else "open"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``start:end`` so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _double_spans(text: str) -> list[tuple[int, int, int | None, int]]:
    """Pair the double marks of one paragraph: ``(open, start, close, end)`` offsets.

    ``start`` is where the quoted text begins (after the opening mark); ``close`` is the offset
    of the closing mark, None for an unclosed quote, which ends (``end``) where the next quote
    opens or at the paragraph end.
    """
    spans: list[tuple[int, int, int | None, int]] = []
    opened: tuple[int, int] | None = None
    for match in _DOUBLE_RE.finditer(text):
        i, j = match.span()
        if _double_role(text, i, j, opened is not None) == "open":
            if opened is not None:  # a new quote opens before the last one closed
                spans.append((*opened, None, i))
            opened = (i, j)
        elif opened is not None:
            spans.append((*opened, i, i))
            opened = None
    if opened is not None:
        spans.append((*opened, None, len(text)))
    return spans


def _outside(marks: list[int], blocked: list[tuple[int, int]]) -> list[int]:
    """The offsets of ``marks`` (sorted) that fall in none of the sorted ``blocked`` ranges."""
    kept, b = [], 0
    for i in marks:
        while b < len(blocked) and blocked[b][1] <= i:
            b += 1
        if b == len(blocked) or i < blocked[b][0]:
            kept.append(i)
    return kept


def _single_spans(text: str, blocked: list[tuple[int, int]]) -> list[tuple[int, int, int | None, int]]:
    """Pair the single marks of one paragraph outside the ``blocked`` (double-quoted) ranges.

    A single mark with no closing partner is an apostrophe, unless it opens the paragraph (the
    first paragraph of a multi-paragraph quote).
    """
    marks = _outside([m.start() for m in _SINGLE_RE.finditer(text)], blocked)
    closers = _next_closers(text, marks)
    spans: list[tuple[int, int, int | None, int]] = []
    k = 0
    while k < len(marks):
        i = marks[k]
        closer = closers[k + 1] if k + 1 < len(marks) else None
        if not _can_open(text, i) or _ELISION.match(text, i):
            closer = None
        elif closer is None and not text[:i].strip():
            spans.append((i, i + 1, None, len(text)))
            break
        if closer is None:
            k += 1
            continue
        spans.append((i, i + 1, marks[closer], marks[closer]))
        k = closer + 1
    return spans


def _next_closers(text: str, marks: list[int]) -> list[int | None]:
    """For each index k of ``marks``, the index of the mark from k on that would close a quote.

    A mark after an ``s`` and before a word (``the groups' views``) may be a plural possessive,
    so it closes only when no clearer closing mark follows.
    """
    closers: list[int | None] = [None] * len(marks)
    clear = possessive = None
    for k in range(len(marks) - 1, -1, -1):
        i = marks[k]
        if _can_close(text, i):
            if text[i - 1] in "sS" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isalnum():
                possessive = k
            else:
                clear = k
        closers[k] = clear if clear is not None else possessive
    return closers


def _paragraph_spans(paragraph: int, text: str) -> list[Span]:
    """All quoted spans of one paragraph that hold a word, outermost only, in order."""
    doubles = _double_spans(text)
    singles = _single_spans(text, [(o, e if c is None else _mark_end(text, c)) for o, _, c, e in doubles])
    # a double-quoted span nested inside a single-quoted one belongs to it
    doubles = [d for d in doubles if not any(o < d[0] and d[3] <= e for o, _, _, e in singles)]
    spans = []
    for open_, start, close, end in sorted(doubles + singles):
        start, end = _trim(text, start, end)
        if not any(ch.isalnum() for ch in text[start:end]):
            continue  # marks around nothing, or around punctuation only, enclose no words
        spans.append(Span(paragraph, start, end, open_, close, close_end=None if close is None else _mark_end(text, close)))
    return spans


def _mark_end(text: str, i: int) -> int:
    """Offset just past the (one- or two-character) mark at ``i``."""
    return i + 2 if text[i : i + 2] in {"''", "‘‘", "’’"} else i + 1


def find_spans(paragraphs: Sequence[str]) -> list[Span]:
    """Every quoted span of the paragraphs in reading order, linking multi-paragraph quotes.

    A paragraph whose last quote is unclosed continues into the next paragraph when that one
    opens with a quotation mark; the continuing span is marked ``continued``.
    """
    spans: list[Span] = []
    previous_unclosed = False
    for p, text in enumerate(paragraphs):
        found = _paragraph_spans(p, text)
        if found and previous_unclosed and not text[: found[0].open].strip():
            first = found[0]
            found[0] = dataclasses.replace(first, continued=True)
        previous_unclosed = bool(found) and found[-1].close is None and found[-1].end == len(text.rstrip())
        spans.extend(found)
    return spans
