"""Sentences for the book's prose, built from the tables, so that no number in a chapter is typed
by hand and the chapters read true for any article and any topic.

The sentences are plain text (labels, names and terms as written), for ``{glue:text}``, which
shows text as text; only :func:`findings` returns Markdown, with that text escaped."""

from __future__ import annotations

import pandas as pd

from .figures import labels
from .markup import md_text
from .topic import NARRATOR, Topic


def _join(parts: list[str]) -> str:
    return "; ".join(parts) if parts else "none"


def main_sides(sides: pd.DataFrame) -> tuple[str, str] | None:
    """The two sides with the most quoted words (a side balance table, topic order kept on
    ties), or None when fewer than two sides are quoted."""
    quoted = sides[sides["words_quoted"] > 0]
    if len(quoted) < 2:
        return None
    top = quoted.sort_values("words_quoted", ascending=False, kind="stable").head(2)
    return tuple(top["side"])


def balance(sides: pd.DataFrame, topic: Topic | None) -> str:
    """'Critics: 116 words (52%); Police and officials: 109 words (48%)', most words first."""
    names = labels(topic)
    rows = sides[sides["words_quoted"] > 0].sort_values("words_quoted", ascending=False)
    return _join([f"{names.get(r.side, r.side)}: {r.words_quoted} words ({r.share_of_words:.0%})"
                  for r in rows.itertuples()])


def speaker(order: dict | None, topic: Topic | None) -> str:
    """'Nick Ephgrave (Police and officials)' for an entry of balance.first_and_last."""
    if not order:
        return "nobody"
    return f"{order['speaker']} ({labels(topic).get(order['side'], order['side'])})"


def doubtful_placements(speakers: pd.DataFrame) -> str:
    """'2 of 6 speakers are placed on weak evidence: Ann Lee (journalist), Tom Reed (kind);
    1 is unassigned: Joan Park' (a speakers table)."""
    weak = speakers[speakers["weakly_placed"].astype(bool)]
    lost = speakers[speakers["side_source"] == "unassigned"]
    named = _join([f"{r.name} ({r.side_source})" for r in weak.itertuples()])
    return (f"{len(weak)} of {len(speakers)} speakers are placed on weak evidence: {named}; "
            f"{len(lost)} {'is' if len(lost) == 1 else 'are'} unassigned: "
            f"{_join(list(lost['name']))}")


def top_terms(hits: pd.DataFrame, topic: Topic | None, *, per_side: int = 3) -> str:
    """Each voice's most used loaded terms with counts, negated hits left out."""
    names = labels(topic)
    kept = hits[~hits["negated"].astype(bool)]
    parts = []
    for side, group in kept.groupby("side", sort=False):
        counts = group["term"].value_counts().head(per_side)
        parts.append(f"{names.get(side, side)}: "
                     + ", ".join(f'"{term}" ({n})' for term, n in counts.items()))
    return _join(parts)


def sentiment(by_side: pd.DataFrame, topic: Topic | None) -> str:
    """Word-weighted VADER compound and Pattern polarity per voice."""
    names = labels(topic)
    return _join([f"{names.get(r.side, r.side)}: VADER {r.weighted_compound:+.2f}, "
                  f"Pattern {r.weighted_polarity:+.2f}" for r in by_side.itertuples()
                  if r.side != NARRATOR] +
                 [f"the journalist: VADER {r.weighted_compound:+.2f}, Pattern "
                  f"{r.weighted_polarity:+.2f}" for r in by_side.itertuples() if r.side == NARRATOR])


def findings(analysis) -> list[str]:
    """The findings page's sentences for one article, as MyST Markdown: airtime, first and last
    word, the headline's terms, each voice's terms, sentiment and readability. Each is a bold
    lead-in and then plain text escaped with :func:`~framing.markup.md_text`, so that a label,
    name or term shows as written and never as markup."""
    from .balance import first_and_last, side_balance
    from .sentiment import sentiment_by

    topic = analysis.topic
    sides = side_balance(analysis.quotes, [s.id for s in topic.sides] if topic else [])
    order = first_and_last(analysis.quotes)
    headline = analysis.term_hits[analysis.term_hits["section"] == "headline"]
    article = analysis.readability.set_index("scope").loc["article"]
    sentences = [
        ("Airtime.", f"Words quoted per side: {balance(sides, topic)}."),
        ("First and last word.", f"The first quoted voice is {speaker(order['first'], topic)}; "
                                 f"the last is {speaker(order['last'], topic)}."),
        ("Headline.", "Its loaded terms: "
         + (", ".join(f'"{m}"' for m in headline["matched"]) or "none") + "."),
        ("Loaded terms.", f"{top_terms(analysis.term_hits, topic)}."),
        ("Sentiment", f"(not stance). "
                      f"{sentiment(sentiment_by(analysis.segments, analysis.sentiment), topic)}."),
        ("Readability.", f"Flesch–Kincaid grade {article['flesch_kincaid_grade']:.1f} over "
                         f"{article['n_words']} words."),
    ]
    return [f"**{lead}** {md_text(text)}" for lead, text in sentences]


def own_frame_sentiment(table: pd.DataFrame, topic: Topic | None) -> str:
    """For each side, its most used frame and how often VADER scores the segments that use it
    negative (a table of :func:`framing.sentiment.frame_sentiment`)."""
    names = labels(topic)
    frames = {f.id: f.label for f in topic.frames} if topic else {}
    parts = []
    for side, rows in table[table["side"] != NARRATOR].groupby("side", sort=False):
        top = rows.sort_values("segments", ascending=False).iloc[0]
        negative = round(top["share_negative"] * top["segments"])
        segments = f"{top['segments']} segment{'s' if top['segments'] != 1 else ''}"
        parts.append(f"{names.get(side, side)} use {frames.get(top['frame'], top['frame']).lower()} "
                     f"terms in {segments}, of which VADER scores {negative} negative")
    return _join(parts)
