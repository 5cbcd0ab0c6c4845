"""Loaded terms: where the topic lexicon's terms occur in an article.

Matching works on word tokens, not on raw characters, so a term never matches inside another word
("met" is not found in "metre") and hyphens and spaces are interchangeable ("privacy-destroying" =
"privacy destroying"). Tokens are compared by their Porter stem, which folds inflections
(safeguard/safeguards, oppress/oppressive/oppression). Where terms overlap, the longest wins
("live facial recognition" over "facial recognition"). A negation in the three words before a hit,
in the same sentence ("not oppressive", but not "It is not. Oppressive ..."), is recorded in
``negated``, not hidden.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Iterable

import pandas as pd
from nltk.stem.porter import PorterStemmer

from framing.text.tokens import word_spans

COLUMNS = ["term", "frame", "start", "end", "matched", "negated"]
NEGATIONS = frozenset("not no never nor without hardly n't cannot".split())
NEGATION_WINDOW = 3
SENTENCE_BREAK = re.compile(r"[.!?;\n]")  # a negation does not reach across these


@cache
def _stemmer() -> PorterStemmer:
    return PorterStemmer()


@cache
def stem(word: str) -> str:
    """The Porter stem of a lower-cased word, with curly apostrophes made straight."""
    return _stemmer().stem(word.lower().replace("’", "'"))


def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(text[s:e]) for s, e in word_spans(text))


def _is_negation(word: str) -> bool:
    word = word.lower().replace("’", "'")
    return word in NEGATIONS or word.endswith("n't")


def _negated(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Whether one of the NEGATION_WINDOW words before word ``i`` is a negation with no
    sentence break between it and word ``i``."""
    return any(_is_negation(text[s:e]) and not SENTENCE_BREAK.search(text, e, spans[i][0])
               for s, e in spans[max(0, i - NEGATION_WINDOW):i])


def _patterns(lexicon: Iterable) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """:func:`_index` of ``lexicon``, made once for a lexicon that can be a key (a topic's tuple
    of entries, which every speaker of every article is matched against)."""
    try:
        return _kept_index(lexicon)
    except TypeError:  # a list, or entries that cannot be a key
        return _index(lexicon)


@cache
def _kept_index(lexicon: tuple) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    return _index(lexicon)


def _index(lexicon: Iterable) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """Lexicon entries by the stem of their first word, longest term first."""
    by_stems: dict[tuple[str, ...], object] = {}
    for entry in lexicon:
        stems_of_term = _stems(entry.term)
        if stems_of_term:  # a term of punctuation only has no words to match
            by_stems.setdefault(stems_of_term, entry)
    index: dict[str, list] = {}
    for stems_of_term, entry in sorted(by_stems.items(), key=lambda kv: -len(kv[0])):
        index.setdefault(stems_of_term[0], []).append((stems_of_term, entry))
    return index


def find_terms(text: str, lexicon: Iterable, *, offset: int = 0) -> pd.DataFrame:
    """One row per lexicon hit in ``text``: term, frame, start, end (plus ``offset``), the text
    matched and whether a negation precedes it. ``lexicon`` rows need ``term`` and ``frame``."""
    index = _patterns(lexicon)
    spans = list(word_spans(text))
    words = [text[s:e] for s, e in spans]
    stems = [stem(w) for w in words]
    rows, i = [], 0
    while i < len(spans):
        for stems_of_term, entry in index.get(stems[i], ()):
            n = len(stems_of_term)
            if tuple(stems[i:i + n]) == stems_of_term:
                start, end = spans[i][0], spans[i + n - 1][1]
                rows.append({"term": entry.term, "frame": entry.frame, "start": start + offset,
                             "end": end + offset, "matched": text[start:end],
                             "negated": _negated(text, spans, i)})
                i += n
                break
        else:
            i += 1
    return pd.DataFrame(rows, columns=COLUMNS)


def frame_counts(hits: pd.DataFrame, *, by: str = "side") -> pd.DataFrame:
    """Hits per frame (columns) for each value of ``by`` (rows: side, section or voice);
    negated hits are counted apart, in a ``negated`` column, not as frame hits."""
    kept = hits[~hits["negated"].astype(bool)]
    table = pd.crosstab(kept[by], kept["frame"]) if len(kept) else pd.DataFrame()
    table["negated"] = hits[hits["negated"].astype(bool)].groupby(by).size()
    return table.fillna(0).astype(int)


def frame_rates(hits: pd.DataFrame, segments: pd.DataFrame) -> pd.DataFrame:
    """Hits (negated ones left out) and hits per 1,000 words for each side, section and frame;
    words are those each side speaks in that section."""
    from framing.text.tokens import count_words

    words = (segments.assign(words=segments["text"].map(count_words))
             .groupby(["side", "section"])["words"].sum())
    kept = hits[~hits["negated"].astype(bool)]
    counts = kept.groupby(["side", "section", "frame"]).size().rename("hits").reset_index()
    counts["words"] = [words.get((side, section), 0)
                       for side, section in zip(counts["side"], counts["section"])]
    counts["per_1000_words"] = 1000 * counts["hits"] / counts["words"]
    return counts


def term_table(hits: pd.DataFrame) -> pd.DataFrame:
    """Hits per term (rows, most frequent first) and voice side (columns), with each term's
    frame; negated hits left out."""
    kept = hits[~hits["negated"].astype(bool)]
    table = pd.crosstab([kept["term"], kept["frame"]], kept["side"])
    return table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]
