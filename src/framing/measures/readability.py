"""Readability formulas as textstat computes them, with the counts that say how far to trust them.

The six formulas are textstat 0.7's, term for term, over textstat's own letter and difficult-word
counts, with three changes:

- words are the project's one word count (:func:`framing.text.tokens.count_words`, which every chapter
  uses), so a scope's ``n_words`` is the number the other chapters give for the same text;
- sentences are counted by our splitter (textstat's regex drops sentences of two words or
  fewer, so its averages run long), and the count is printed beside every score;
- syllables come from a compact table (:mod:`framing.text.syllables`) that gives textstat's counts
  without loading NLTK's whole CMU dictionary.

On a text whose words and sentences both count alike (no hyphenated words, no numbers with
separators), the scores equal textstat's (the tests check it). The
formulas were fitted on passages of 100 words or more and SMOG on 30 sentences, so shorter scopes
are marked: ``reliable`` and ``smog_reliable`` are False.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
import numpy as np
import pandas as pd
from textstat.backend.counts import count_letters

from framing.text.sentences import split_sentences
from framing.text.syllables import syllables
from framing.text.tokens import word_spans
from framing.inputs.topic import NARRATOR

MIN_WORDS = 100
MIN_SMOG_SENTENCES = 30
METRICS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "dale_chall_readability_score",
)
COLUMNS = ["scope", "name", "n_words", "n_sentences", *METRICS, "reliable", "smog_reliable"]


@cache
def _easy_words() -> frozenset[str]:
    """The Dale-Chall list of familiar words that textstat ships."""
    text = files("textstat").joinpath("resources/en/easy_words.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


COUNTS = ("words", "sentences", "syllables", "letters", "polysyllables", "difficult", "unfamiliar")


def counts(text: str) -> dict[str, int]:
    """Words (:func:`framing.text.tokens.count_words`), their syllables, polysyllables and difficult
    words as textstat counts them, letters, and the sentences that start in it. All add up over
    pieces of a text, so a scope's counts are the sums of its segments' counts."""
    words = [text[s:e] for s, e in word_spans(text)]
    per_word = [syllables(w.lower()) for w in words]
    easy = _easy_words()
    hard = [s for w, s in zip(words, per_word) if w.lower() not in easy]
    return {"words": len(words), "sentences": count_sentences(text), "syllables": sum(per_word),
            "letters": count_letters(text), "polysyllables": sum(1 for s in per_word if s >= 3),
            "difficult": sum(1 for s in hard if s >= 3),  # Gunning Fog's complex words
            "unfamiliar": len(hard)}  # Dale-Chall's words not on the familiar list


def formulas(c: dict[str, int]) -> dict[str, float]:
    """The six readability formulas from :func:`counts` (0.0 where a count is zero, as in
    textstat)."""
    words, sentences = c["words"], c["sentences"]
    if not words or not sentences:
        return dict.fromkeys(METRICS, 0.0)
    per_sentence, per_word = words / sentences, c["syllables"] / words
    unfamiliar = 100 * c["unfamiliar"] / words
    return {
        "flesch_reading_ease": 206.835 - 1.015 * per_sentence - 84.6 * per_word,
        "flesch_kincaid_grade": 0.39 * per_sentence + 11.8 * per_word - 15.59,
        "gunning_fog": 0.4 * (per_sentence + 100 * c["difficult"] / words),
        "smog_index": 1.043 * (30 * c["polysyllables"] / sentences) ** 0.5 + 3.1291,
        "coleman_liau_index": 0.058 * 100 * c["letters"] / words
                              - 0.296 * 100 * sentences / words - 15.8,
        "dale_chall_readability_score": 0.1579 * unfamiliar + 0.0496 * per_sentence
                                        + (3.6365 if unfamiliar > 5 else 0.0),
    }


def count_sentences(text: str) -> int:
    """Sentences that start in ``text``: a piece that begins mid-sentence (the '," she said.'
    after a quote, or a quote's second part) continues a sentence counted elsewhere."""
    spans = split_sentences(text)
    first = next((ch for ch in text if ch.isalnum()), "")
    return len(spans) - 1 if spans and first.islower() else len(spans)


def scores(text: str) -> dict[str, float]:
    """The six formulas on one passage, sentences counted by our splitter."""
    return formulas(counts(text))


def _scopes(segments: pd.DataFrame):
    """``(scope, name, mask)`` over segments: the article, each section, the narrator, each side
    and each speaker; sides and speakers by their direct and partial quotes."""
    section, voice, side = (segments[c].to_numpy() for c in ("section", "voice", "side"))
    quoted = segments["kind"].isin(["direct", "partial"]).to_numpy()
    yield "article", "article", np.ones(len(segments), dtype=bool)
    for name in ("headline", "standfirst", "body"):
        yield "section", name, section == name
    yield "side", NARRATOR, voice == NARRATOR
    for name in dict.fromkeys(side[quoted]):
        yield "side", name, quoted & (side == name)
    for name in dict.fromkeys(voice[quoted]):
        yield "speaker", name, quoted & (voice == name)


def readability_table(segments: pd.DataFrame) -> pd.DataFrame:
    """One row per scope of the segments table (see :func:`_scopes`): counts, the six scores,
    and whether the scope is long enough to trust. Each segment is counted once and a scope's
    counts are sums; scopes without words are left out."""
    per_segment = np.array([[c[k] for k in COUNTS] for c in map(counts, segments["text"])],
                           dtype=np.int64).reshape(-1, len(COUNTS))
    rows = []
    for scope, name, mask in _scopes(segments):
        c = dict(zip(COUNTS, per_segment[mask].sum(axis=0).tolist()))
        if not c["words"]:
            continue
        c["sentences"] = max(1, c["sentences"])
        rows.append({"scope": scope, "name": name, "n_words": c["words"],
                     "n_sentences": c["sentences"], **formulas(c),
                     "reliable": c["words"] >= MIN_WORDS,
                     "smog_reliable": c["sentences"] >= MIN_SMOG_SENTENCES})
    return pd.DataFrame(rows, columns=COLUMNS)


def for_display(table: pd.DataFrame) -> pd.DataFrame:
    """The readability table rounded for reading, each score the formula cannot support shown
    as "too short" instead of a number: every score under 100 words, SMOG under 30 sentences."""
    shown = table.round(1).astype(object)
    short = ~table["reliable"].astype(bool)
    shown.loc[short, list(METRICS)] = f"too short (< {MIN_WORDS} words)"
    few = table["reliable"].astype(bool) & ~table["smog_reliable"].astype(bool)
    shown.loc[few, "smog_index"] = f"too short (< {MIN_SMOG_SENTENCES} sentences)"
    return shown.drop(columns=["reliable", "smog_reliable"])
