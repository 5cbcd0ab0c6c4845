"""Sentences for the book's prose, built from the tables, so that no number in a chapter is typed
by hand and the chapters read true for any article and any topic.

The sentences are plain text (labels, names and terms as written), for ``{glue:text}``, which
shows text as text; only :func:`findings` returns Markdown, with that text escaped."""

from __future__ import annotations

import pandas as pd

from framing.voices.confidence import LOW
from framing.book.figures import labels
from framing.book.markup import md_text
from framing.inputs.topic import NARRATOR, Topic


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


def doubtful_attributions(quotes: pd.DataFrame, below: float = LOW) -> str:
    """'1 of 9 quotes whose rule was measured have a speaker named by a rule that is right less
    than 90% of the time: "And we will win ..." to Ann Lee (previous_quote, 0.62)' (a quotes
    table; a quote of indirect speech has no measured rule)."""
    measured = quotes[quotes["confidence"].notna()]
    doubtful = measured[measured["confidence"].astype(float) < below]
    listed = _join([f"“{_clip(r.text)}” to {r.speaker} ({r.rule}, {r.confidence:.2f})"
                    for r in doubtful.itertuples()])
    return (f"{len(doubtful)} of {len(measured)} quotes whose rule was measured have a speaker "
            f"named by a rule that is right less than {below:.0%} of the time"
            + (f": {listed}" if len(doubtful) else ""))


def _clip(text: str, words: int = 8) -> str:
    """The first ``words`` words of ``text``, with an ellipsis when there are more."""
    split = text.split()
    return " ".join(split[:words]) + (" …" if len(split) > words else "")


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
    lead-in and then plain text escaped with :func:`~framing.book.markup.md_text`, so that a label,
    name or term shows as written and never as markup."""
    from framing.measures.balance import first_and_last, side_balance
    from framing.measures.sentiment import sentiment_by

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
    negative (a table of :func:`framing.measures.sentiment.frame_sentiment`)."""
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


# --- the chapters' examples, drawn from the analysed article and its topic ---

def _quoted(words) -> str:
    return ", ".join(f'"{w}"' for w in words)


def _most(values: pd.Series, n: int | None = None) -> list:
    """The distinct values, most frequent first, ties in the order they first appear."""
    counts = values.groupby(values, sort=False).size().sort_values(ascending=False, kind="stable")
    return list(counts.index[:n])


def side_vocabulary(hits: pd.DataFrame, topic: Topic | None, *, per_side: int = 3) -> str:
    """A sentence naming the loaded terms each quoted side of the article uses most, the side
    with most hits first, negated hits and the journalist left out: 'In this article, Parents'
    groups speak of "lifeline", "heavy-handed" and School leaders of "distraction".' When no
    side uses a term: 'In this article, no quoted side uses a term of the topic's lexicon.'"""
    names = labels(topic)
    kept = hits[~hits["negated"].astype(bool) & (hits["side"] != NARRATOR) & hits["side"].notna()]
    if kept.empty:
        return "In this article, no quoted side uses a term of the topic's lexicon."
    parts = [f"{names.get(side, side)} speak of "
             + _quoted(_most(kept[kept["side"] == side]["term"], per_side))
             for side in _most(kept["side"])]
    return "In this article, " + "; ".join(parts) + "."


def topic_kinds(topic: Topic | None) -> str:
    """The topic's kinds of actor by side, in the topic's order: 'School leaders: School
    staff; Parents' groups: Parents and carers, Pupil', or 'none' when it lists none."""
    if not topic:
        return "none"
    names = labels(topic)
    by_side: dict[str, list[str]] = {}
    for kind in topic.kinds:
        by_side.setdefault(kind.side, []).append(kind.label)
    return _join([f"{names.get(side, side)}: {', '.join(kinds)}" for side, kinds in by_side.items()])


def topic_cues(topic: Topic | None, *, per_side: int = 3) -> str:
    """The first cue words of each side in the topic, 'School leaders: "supporter",
    "defended", "insisted"; Parents' groups: "critic", "opponent", "protester"', or 'none'."""
    if not topic:
        return "none"
    names = labels(topic)
    return _join([f"{names.get(side, side)}: {_quoted(words[:per_side])}"
                  for side, words in topic.cues.items() if words])


def _clipped(text: str, limit: int) -> str:
    text = " ".join(str(text).split()).strip(" \"'“”‘’").rstrip(" ,;:.")
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def negative_own_case(segments: pd.DataFrame, scores: pd.DataFrame, hits: pd.DataFrame,
                      topic: Topic | None, *, limit: int = 160) -> str:
    """A sentence quoting, for each side in the topic's order, the segment VADER scores most
    negative of those in which the side uses a (not negated) term of a frame that leans to it:
    'In this article, School leaders make their case with "distraction" (Order & discipline)
    in words VADER scores -0.38: "Phones are the biggest distraction our teachers face".'
    When there is none, a sentence saying so, or that no frame of the topic leans to a side.
    Quoted words are cut to about ``limit`` characters."""
    leaning = {f.id: f.side for f in topic.frames if f.side} if topic else {}
    if not leaning:
        return "No frame of this topic leans to a side, so no side's own case can be picked out."
    kept = hits[~hits["negated"].astype(bool)]
    own = kept[kept["frame"].map(leaning).eq(kept["side"])]
    scored = own.merge(scores[["segment_id", "compound"]], on="segment_id")
    scored = scored[scored["compound"] < 0].sort_values(["compound", "start"], kind="stable")
    if scored.empty:
        return ("In this article, VADER scores no segment negative in which a side uses a term "
                "of a frame that leans to its side.")
    names, frames = labels(topic), {f.id: f.label for f in topic.frames}
    texts = segments.set_index("segment_id")["text"]
    order = [s.id for s in topic.sides]
    worst = scored.drop_duplicates("side")
    worst = worst.sort_values("side", key=lambda c: c.map(
        lambda side: order.index(side) if side in order else len(order)), kind="stable")
    parts = [f"{names.get(h.side, h.side)} make their case with \"{h.term}\" "
             f"({frames.get(h.frame, h.frame)}) in words VADER scores {h.compound:+.2f}: "
             f"\"{_clipped(texts.loc[h.segment_id], limit)}\"" for h in worst.itertuples()]
    return "In this article, " + "; ".join(parts) + "."


def removed_lines(dropped: list[str] | None) -> str:
    """A sentence on the lines ``framing add`` removed from the article's source as received
    (see :func:`framing.book.chapters.removed_lines`): how many, or that the source is not at hand."""
    if dropped is None:
        return ("The source as received is not in the project's raw folder, so the lines "
                "removed from it cannot be listed here.")
    if not dropped:
        return "No line of the source as received was removed."
    n = len(dropped)
    return (f"{n} line{'s' if n != 1 else ''} of the source as received "
            f"{'were' if n != 1 else 'was'} removed as page furniture or captions: "
            f"{'they are' if n != 1 else 'it is'} listed below.")


def markdown_list(lines: list[str]) -> str:
    """``lines`` as a Markdown bullet list, each line escaped with
    :func:`~framing.book.markup.md_text` so that it shows as written and never as markup."""
    return "\n".join(f"- {md_text(line)}" for line in lines)


# --- comparing articles or outlets: a table of framing.analysis.compare ---

def compared_names(table: pd.DataFrame) -> list[str]:
    """A name per row of a comparison table: its outlet, with its headline in quotes when the
    table has headlines and two rows share an outlet: 'Test Gazette ("Phones go")'."""
    if "headline" not in table or table["outlet"].is_unique:
        return list(table["outlet"])
    return [f'{o} ("{h}")' for o, h in zip(table["outlet"], table["headline"])]


def _share_sides(table: pd.DataFrame) -> list[str]:
    return [c.removeprefix("share_") for c in table.columns if c.startswith("share_")]


def quote_contrast(table: pd.DataFrame, topic: Topic | None) -> str:
    """Per side quoted anywhere, the row giving it the largest share of its quoted words and
    the row giving it the smallest (rows quoting nobody left out; the same share from each,
    when it is): 'School leaders get the
    largest share of quoted words from Test Courier (55%) and the smallest from Test Gazette
    (30%); ...'. Or a sentence saying that no row quotes anyone."""
    names = labels(topic)
    quoting = table.assign(name=compared_names(table))[table["words_quoted"] > 0]
    if quoting.empty:
        return "None of them quotes anyone."
    parts = []
    for side in _share_sides(quoting):
        shares = quoting.set_index("name")[f"share_{side}"]
        if not shares.any():
            continue
        most, least = shares.idxmax(), shares.idxmin()
        if shares[most] == shares[least]:
            parts.append(f"{names.get(side, side)} get {shares[most]:.0%} of the quoted words "
                         f"from {' and '.join(shares.index)}")
            continue
        parts.append(f"{names.get(side, side)} get the largest share of quoted words from {most} "
                     f"({shares[most]:.0%}) and the smallest from {least} ({shares[least]:.0%})")
    return "; ".join(parts) + "."


def narration_frames(table: pd.DataFrame, topic: Topic | None) -> str:
    """Which frame each row's narration uses most, rows with the same frame together:
    'The narration of Test Gazette and Test Courier leans most on Order & discipline terms;
    Daily Post's narration uses no loaded term.'"""
    frames = {f.id: f.label for f in topic.frames} if topic else {}
    rows = table.assign(name=compared_names(table))
    parts = [f"the narration of {' and '.join(group['name'])} leans most on "
             f"{frames.get(frame, frame)} terms"
             for frame, group in rows.groupby("narration_frame", sort=False)]
    silent = list(rows.loc[rows["narration_frame"].isna(), "name"])
    if silent:
        parts.append(f"{' and '.join(silent)} use{'s' if len(silent) == 1 else ''} no loaded "
                     "term in the narration")
    sentence = "; ".join(parts)
    return sentence[0].upper() + sentence[1:] + "."


def narration_tone(table: pd.DataFrame) -> str:
    """Whose narration VADER scores most negative and whose most positive: 'Test Gazette's
    narration is the most negative (VADER -0.02), Test Courier's the most positive (+0.03).'"""
    scores = table.assign(name=compared_names(table)).set_index("name")["narration_sentiment"]
    scores = scores.dropna()
    if scores.empty:
        return "None of them has narration for VADER to score."
    low, high = scores.idxmin(), scores.idxmax()
    sentence = f"{low}'s narration is the most negative (VADER {scores[low]:+.2f})"
    if len(scores) > 1:
        sentence += f", {high}'s the most positive ({scores[high]:+.2f})"
    return sentence + "."
