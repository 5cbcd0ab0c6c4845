"""Word tokens with offsets, shared by every measure that counts or matches words."""

from __future__ import annotations

import re
from typing import Iterator

# letters and digits, with inner apostrophes kept (people's, don't); hyphens split words, so
# "privacy-destroying" and "privacy destroying" give the same tokens
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each word of ``text``."""
    for match in WORD.finditer(text):
        yield match.span()


def count_words(text: str) -> int:
    return sum(1 for _ in WORD.finditer(text))
