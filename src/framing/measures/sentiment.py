"""Sentence sentiment from two independent lexicons, and how far they agree.

- VADER (Hutto and Gilbert 2014), the authors' own implementation and lexicon as the
  vaderSentiment package ships them (no download; faster than NLTK's port): ``compound`` in
  [-1, 1] with its ``pos``, ``neu`` and ``neg`` shares.
- Pattern's lexicon (De Smedt and Daelemans 2012) as TextBlob ships it (MIT licence; the lexicon
  is Pattern's, BSD): ``polarity`` in [-1, 1] and ``subjectivity`` in [0, 1]. It was built from
  adjectives in product reviews, VADER from social-media text: two different views of the same
  words, so their agreement shows how much a sentiment figure depends on the tool.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd

from framing.text.tokens import count_words

COLUMNS = ["segment_id", "compound", "pos", "neu", "neg", "polarity", "subjectivity"]


@cache
def analyser():
    """VADER's analyser, built once per process."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@cache
def _pattern():
    """Pattern's sentiment function as TextBlob ships it (what its PatternAnalyzer calls)."""
    from textblob.en import sentiment

    return sentiment


def score_text(text: str) -> dict[str, float]:
    """VADER's compound, pos, neu and neg, and Pattern's polarity and subjectivity, of a text."""
    polarity, subjectivity = _pattern()(text)
    return {**analyser().polarity_scores(text), "polarity": polarity, "subjectivity": subjectivity}


def sentiment_table(segments: pd.DataFrame) -> pd.DataFrame:
    """One row per segment: segment_id and both lexicons' scores."""
    rows = [{"segment_id": sid, **score_text(text)}
            for sid, text in zip(segments["segment_id"], segments["text"])]
    return pd.DataFrame(rows, columns=COLUMNS)


def sentiment_by(segments: pd.DataFrame, scores: pd.DataFrame, *, by: str = "side") -> pd.DataFrame:
    """Per value of ``by`` (side, voice, section, paragraph): segments, words, and the mean and
    word-weighted mean of VADER's compound and Pattern's polarity."""
    joined = segments.merge(scores, on="segment_id")
    joined["words"] = joined["text"].map(count_words)
    rows = []
    for key, group in joined.groupby(by):
        words = group["words"].sum()
        rows.append({by: key, "segments": len(group), "words": words,
                     "mean_compound": group["compound"].mean(),
                     "weighted_compound": (group["compound"] * group["words"]).sum() / words,
                     "mean_polarity": group["polarity"].mean(),
                     "weighted_polarity": (group["polarity"] * group["words"]).sum() / words})
    return pd.DataFrame(rows)


def agreement(scores: pd.DataFrame) -> dict[str, float]:
    """How far VADER and Pattern agree over segments: Spearman's rank correlation, and the
    share of segments where both give the same sign (negative, zero or positive)."""
    vader, pattern = scores["compound"], scores["polarity"]
    return {"segments": len(scores),
            "spearman": float(vader.rank().corr(pattern.rank())),  # Pearson on ranks
            "same_sign": float((np.sign(vader) == np.sign(pattern)).mean())}


def paragraph_arc(segments: pd.DataFrame, scores: pd.DataFrame) -> pd.DataFrame:
    """Per body paragraph: word-weighted compound and polarity, and the side that speaks most
    of its words (the narrator when nobody is quoted)."""
    body = segments[segments["section"] == "body"]
    arc = sentiment_by(body, scores, by="paragraph")
    words = body.assign(words=body["text"].map(count_words))
    leading = words.groupby(["paragraph", "side"])["words"].sum().reset_index()
    leading = leading.sort_values("words", ascending=False).drop_duplicates("paragraph")
    return arc.merge(leading[["paragraph", "side"]], on="paragraph").sort_values("paragraph",
                                                                             ignore_index=True)


def lexicon_coverage(terms) -> pd.DataFrame:
    """For each loaded term: the VADER valence of each of its words (None where VADER has no
    entry), showing which framing words sentiment cannot see."""
    lexicon = analyser().lexicon
    rows = [{"term": entry.term, "frame": entry.frame,
             "vader": {w: lexicon.get(w.lower()) for w in entry.term.replace("-", " ").split()}}
            for entry in terms]
    table = pd.DataFrame(rows, columns=["term", "frame", "vader"])
    table["scored_by_vader"] = pd.Series([any(v is not None for v in d.values())
                                          for d in table["vader"]], dtype=bool)
    return table


def frame_sentiment(segments: pd.DataFrame, scores: pd.DataFrame, hits: pd.DataFrame) -> pd.DataFrame:
    """Per side and frame: the segments in which that side uses the frame's terms, their mean
    VADER compound and the share VADER scores negative. A side's own frame scored negative
    is sentiment misreading stance (police talk of fighting crime)."""
    kept = hits[~hits["negated"].astype(bool)][["segment_id", "frame"]].drop_duplicates()
    joined = kept.merge(segments[["segment_id", "side"]], on="segment_id").merge(
        scores[["segment_id", "compound"]], on="segment_id")
    return joined.groupby(["side", "frame"]).agg(
        segments=("segment_id", "size"), mean_compound=("compound", "mean"),
        share_negative=("compound", lambda c: float((c < 0).mean()))).reset_index()
