"""Sentence splitting without downloaded data.

NLTK's ``sent_tokenize`` needs the punkt model, which would have to be downloaded; textstat's
own regex drops sentences of two words or fewer. This splitter is a small set of rules tuned for
edited news prose: a sentence ends at ``.``, ``!`` or ``?`` (optionally followed by closing quotes
or brackets) when the next text starts with a capital letter, a digit or an opening quote, and the
word before the full stop is not a known abbreviation or an initial.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr st jr sr rev hon
    no vs etc inc ltd co corp dept est fig al approx
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.g i.e a.m p.m""".split()
)

# abbreviations that may also end a sentence ("... entering the U.S. While ..."), and the words
# after which they do: the usual openers of a new sentence
_MAY_END = frozenset("u.s u.k u.n etc inc ltd co corp jr sr a.m p.m".split())
_SENTENCE_STARTS = frozenset(
    """The A An He She It They We I You But And While When In On At This That These Those There
    His Her Their Its Our After Before If As So Yet However Meanwhile Still Now Then""".split()
)
_NEXT_WORD = re.compile(r"[\s\"'“‘(\[]*([A-Za-z]+)(?![.\w])")  # a word, not an initial ("A.I.")

_CLOSERS = "\"'”’)]"
_OPENERS = "\"'“‘(["
# a candidate boundary: terminal punctuation, optional closers, whitespace, then a sentence start
_BOUNDARY = re.compile(rf"[.!?]+[{re.escape(_CLOSERS)}]*(?=\s+[{re.escape(_OPENERS)}]*[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def _abbreviation_kept(text: str, match: re.Match) -> bool:
    """True when the full stop of ``match`` closes an abbreviation or an initial that does not end
    its sentence (an abbreviation that may end one does before a sentence's first word)."""
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start() + 1)  # a window: from 0 is quadratic
    word = before.group(1) if before else ""
    if not (word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())):
        return False
    following = _NEXT_WORD.match(text, match.end())
    return not (word.lower() in _MAY_END and following is not None and following.group(1) in _SENTENCE_STARTS)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``, whitespace trimmed."""
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0) == "." and _abbreviation_kept(text, match):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed
