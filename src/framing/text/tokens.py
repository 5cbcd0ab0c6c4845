"""Word tokens with offsets, shared by every measure that counts or matches words."""

from __future__ import annotations

import re
from typing import Iterator

# letters and digits, with inner apostrophes kept (people's, don't); hyphens split words, so
# "privacy-destroying" and "privacy destroying" give the same tokens; a number keeps its
# thousands and decimal separators ("2,000", "3.5": one word each)
WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['’][^\W_]+)*")


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each word of ``text``."""
    for match in WORD.finditer(text):
        yield match.span()


def count_words(text: str) -> int:
    """The number of words of ``text``: the one word count of every chapter."""
    return sum(1 for _ in WORD.finditer(text))
