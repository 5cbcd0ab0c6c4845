"""The book's figures, in one shared style: a colour per side from the topic, labelled axes,
and titles that state what the figure shows.

Each function returns a :class:`Chart`: a matplotlib Figure made without pyplot (no global state,
no backend to configure) with alt text that states the figure's numbers for readers who cannot
see it; a notebook displays it as an inline PNG image carrying that alt text.

Labels come from topics and articles, so every text handed to matplotlib goes through
:func:`~framing.markup.mpl_text` (a ``$`` would start mathtext); the alt text keeps them as
written and is HTML-escaped where it is written out.
"""

from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from .markup import mpl_text
from .topic import NARRATOR, UNASSIGNED, Topic

NARRATOR_COLOUR = "#444444"
STYLE = {
    "figure.dpi": 110,
    "savefig.dpi": 110,
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
}


def colours(topic: Topic | None) -> dict[str, str]:
    """Colour per side id, the narrator included."""
    base = topic.side_colours() if topic else {UNASSIGNED: "#999999"}
    return base | {NARRATOR: NARRATOR_COLOUR}


def labels(topic: Topic | None) -> dict[str, str]:
    """Readable label per side id, the narrator included."""
    base = topic.side_labels() if topic else {UNASSIGNED: "Unassigned"}
    return base | {NARRATOR: "Journalist (narration)"}


@dataclass
class Chart:
    """A finished figure and its alt text; displays as a PNG in a notebook and glues into the
    book's pages."""

    figure: Figure
    alt: str

    def png(self) -> bytes:
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=STYLE["savefig.dpi"])
        return buffer.getvalue()

    def _repr_png_(self) -> bytes:
        return self.png()

    def _repr_html_(self) -> str:
        """The PNG inline with its alt text (notebook renderers drop alt from image outputs)."""
        data = base64.b64encode(self.png()).decode("ascii")
        return (f'<img src="data:image/png;base64,{data}" alt="{html.escape(self.alt)}" '
                f'style="max-width:100%;height:auto">')


def _listing(pairs) -> str:
    """'a: 1; b: 2' from (label, value) pairs."""
    return "; ".join(f"{label}: {value}" for label, value in pairs)


def _figure(width: float = 7.0, height: float = 3.2):
    """A figure and its axes, sized for the book's text column (call inside the style)."""
    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


def balance_chart(sides: pd.DataFrame, topic: Topic | None):
    """Horizontal bars: words quoted per side (direct and partial quotes)."""
    with mpl.rc_context(STYLE):
        fig, ax = _figure(height=0.5 + 0.5 * len(sides))
        names = [labels(topic).get(s, s) for s in sides["side"]]
        bars = ax.barh(list(map(mpl_text, names)), sides["words_quoted"],
                       color=[colours(topic).get(s, "#999999") for s in sides["side"]])
        ax.bar_label(bars, labels=[f"{w} words ({share:.0%})" for w, share
                                   in zip(sides["words_quoted"], sides["share_of_words"])],
                     padding=4)
        ax.invert_yaxis()
        ax.set_xlabel("Words in direct and partial quotes")
        ax.set_xlim(0, max(1, sides["words_quoted"].max()) * 1.35)
        leader = sides.loc[sides["words_quoted"].idxmax(), "side"] if len(sides) else None
        ax.set_title(f"{mpl_text(labels(topic).get(leader, leader))} get the most quoted words"
                     if leader else "No quoted words")
        ax.grid(axis="y", visible=False)
    alt = "Bar chart of words quoted per side. " + _listing(
        (name, f"{w} words ({share:.0%})")
        for name, w, share in zip(names, sides["words_quoted"], sides["share_of_words"]))
    return Chart(fig, alt)


def paragraph_chart(segments: pd.DataFrame, topic: Topic | None, *, quoted_only: bool = False):
    """Words per body paragraph, stacked by who speaks them: the narrator and each side
    (only quoted words when ``quoted_only``)."""
    from .tokens import count_words

    body = segments[segments["section"] == "body"]
    if quoted_only:
        body = body[body["kind"].isin(["direct", "partial"])]
    words = body.assign(words=body["text"].map(count_words))
    table = words.pivot_table(index="paragraph", columns="side", values="words", aggfunc="sum",
                              fill_value=0)
    paragraphs = segments.loc[segments["section"] == "body", "paragraph"]
    n_paragraphs = int(paragraphs.max()) + 1 if len(paragraphs) else 0
    table = table.reindex(range(n_paragraphs), fill_value=0)
    with mpl.rc_context(STYLE):
        fig, ax = _figure()
        bottom = pd.Series(0, index=table.index)
        for side in table.columns:
            ax.bar(table.index, table[side], bottom=bottom,
                   label=mpl_text(labels(topic).get(side, side)),
                   color=colours(topic).get(side, "#999999"))
            bottom = bottom + table[side]
        ax.set_xlabel("Body paragraph (0 = first)")
        ax.set_ylabel("Words quoted" if quoted_only else "Words")
        ax.set_xticks(range(n_paragraphs))
        ax.legend(frameon=False, loc="upper left", fontsize=8)
        ax.set_title("Where each side speaks, paragraph by paragraph" if quoted_only
                     else "Length of each paragraph, by who speaks its words")
    spoken = {labels(topic).get(side, side): [p for p in table.index if table.loc[p, side] > 0]
              for side in table.columns}
    alt = (f"Stacked bar chart of {'quoted ' if quoted_only else ''}words in each of "
           f"{n_paragraphs} body paragraphs, by who speaks them. Paragraphs per voice: "
           + _listing((name, ", ".join(map(str, ps)) or "none") for name, ps in spoken.items()))
    return Chart(fig, alt)


def frames_chart(frame_counts: pd.DataFrame, topic: Topic | None):
    """Grouped bars: loaded-term hits per frame, for the narrator and each side.
    ``frame_counts`` has one row per voice side and one column per frame."""
    frame_labels = {f.id: f.label for f in topic.frames} if topic else {}
    frame_colours = {f.id: f.colour for f in topic.frames} if topic else {}
    with mpl.rc_context(STYLE):
        fig, ax = _figure()
        width = 0.8 / max(1, len(frame_counts.columns))
        positions = range(len(frame_counts.index))
        for i, frame in enumerate(frame_counts.columns):
            ax.bar([p + i * width for p in positions], frame_counts[frame], width=width,
                   label=mpl_text(frame_labels.get(frame, frame)), color=frame_colours.get(frame))
        ax.set_xticks([p + width * (len(frame_counts.columns) - 1) / 2 for p in positions])
        ax.set_xticklabels([mpl_text(labels(topic).get(s, s)) for s in frame_counts.index])
        ax.set_ylabel("Lexicon hits")
        ax.legend(frameon=False)
        leading = {labels(topic).get(side, side): frame_labels.get(row.idxmax(), row.idxmax())
                   for side, row in frame_counts.iterrows() if side != NARRATOR and row.sum()}
        ax.set_title(mpl_text("; ".join(f"{side}: mostly {frame}" for side, frame in leading.items())
                              or "No loaded terms found"), fontsize=9)
    alt = "Grouped bar chart of loaded-term hits per frame for each voice. " + _listing(
        (labels(topic).get(side, side),
         ", ".join(f"{frame_labels.get(f, f)} {int(n)}" for f, n in row.items()))
        for side, row in frame_counts.iterrows())
    return Chart(fig, alt)


def sentiment_arc(arc: pd.DataFrame, topic: Topic | None):
    """Word-weighted VADER compound and Pattern polarity per body paragraph, each paragraph's
    marker coloured by the side that speaks most of it. ``arc`` is
    :func:`framing.sentiment.paragraph_arc`."""
    with mpl.rc_context(STYLE):
        fig, ax = _figure()
        ax.axhline(0, color="black", linewidth=0.8)
        ax.plot(arc["paragraph"], arc["weighted_compound"], color="#bbbbbb", linewidth=1,
                zorder=1, label="VADER compound")
        ax.plot(arc["paragraph"], arc["weighted_polarity"], color="#bbbbbb", linewidth=1,
                linestyle=":", zorder=1, label="Pattern polarity")
        for side, group in arc.groupby("side"):
            ax.scatter(group["paragraph"], group["weighted_compound"], s=40, zorder=2,
                       color=colours(topic).get(side, "#999999"),
                       label=mpl_text(labels(topic).get(side, side)))
        ax.set_ylim(-1.05, 1.05)
        ax.set_xticks(arc["paragraph"])
        ax.set_xlabel("Body paragraph (0 = first); marker colour: who speaks most of it")
        ax.set_ylabel("Sentiment (−1 to +1)")
        ax.legend(frameon=False, fontsize=7, loc="lower left", ncols=2)
        low = arc.loc[arc["weighted_compound"].idxmin()] if len(arc) else None
        ax.set_title(f"VADER scores paragraph {int(low['paragraph'])} lowest "
                     f"({mpl_text(labels(topic).get(low['side'], low['side']))})"
                     if low is not None else "No body paragraphs")
    alt = ("Line chart of word-weighted sentiment per body paragraph, VADER compound and "
           "Pattern polarity, markers coloured by the side speaking most. " + _listing(
               (f"paragraph {int(r.paragraph)} ({labels(topic).get(r.side, r.side)})",
                f"{r.weighted_compound:+.2f}") for r in arc.itertuples()))
    return Chart(fig, alt)


# The reading age that the UK Government Digital Service asks of all GOV.UK content (its
# "Content design: writing for GOV.UK" guidance), on the Flesch-Kincaid scale of US school
# grades: a US grade is roughly the reading age minus five.
REFERENCE_GRADE = (4, "GOV.UK guidance: reading age 9 (about grade 4)")


def readability_chart(table: pd.DataFrame, topic: Topic | None):
    """Bars of the Flesch-Kincaid grade per scope, with reference grades; scopes under 100 words
    are hatched and labelled unreliable."""
    metric = "flesch_kincaid_grade"
    with mpl.rc_context(STYLE):
        fig, ax = _figure(height=1.2 + 0.45 * len(table))
        names = [labels(topic).get(n, n) for n in table["name"]]
        bars = ax.barh(list(map(mpl_text, names)), table[metric],
                       color=[colours(topic).get(n, "#777777") for n in table["name"]],
                       hatch=["//" if not r else None for r in table["reliable"]])
        ax.bar_label(bars, labels=[f"{v:.1f} ({n} words, {s} sentences{'' if r else '; unreliable'})"
                                   for v, n, s, r in zip(table[metric], table["n_words"],
                                                         table["n_sentences"], table["reliable"])],
                     padding=4, fontsize=8)
        grade, label = REFERENCE_GRADE
        ax.axvline(grade, color="black", linestyle="--", linewidth=0.8)
        ax.annotate(label, (grade, 1.0), xycoords=("data", "axes fraction"), rotation=90,
                    fontsize=7, va="top", ha="right")
        ax.invert_yaxis()
        ax.set_xlim(0, max(10, table[metric].max()) * 1.8)
        ax.set_xlabel("Flesch–Kincaid grade (US school years of reading)")
        ax.set_title("Every voice reads above the GOV.UK reading age"
                     if table[metric].min() > grade
                     else "Reading grade of each voice against the GOV.UK reading age")
        ax.grid(axis="y", visible=False)
    alt = (f"Bar chart of Flesch-Kincaid grade per voice, with a dashed line at grade {grade}, "
           "the GOV.UK reading age of 9. " + _listing(
               (name, f"{v:.1f} from {n} words{'' if r else ', unreliable'}")
               for name, v, n, r in zip(names, table[metric], table["n_words"], table["reliable"])))
    return Chart(fig, alt)


def summary_chart(summary: pd.DataFrame, topic: Topic | None):
    """Four small panels, one bar per side: words quoted, loaded terms per frame, word-weighted
    sentiment and Flesch-Kincaid grade. ``summary`` is :func:`framing.synthesis.side_summary`."""
    frame_columns = [c for c in summary.columns if c.endswith("_terms")]
    panels = [("words_quoted", "Words quoted"), ("weighted_compound", "Sentiment (VADER)"),
              ("flesch_kincaid_grade", "Reading grade")]
    names = [labels(topic).get(s, s) for s in summary["side"]]
    side_colours = [colours(topic).get(s, "#999999") for s in summary["side"]]
    with mpl.rc_context(STYLE | {"axes.titlesize": 10}):
        fig = Figure(figsize=(9, 2.8), layout="constrained")
        axes = fig.subplots(1, 4, sharey=True)
        for ax, (column, title) in zip([axes[0], axes[2], axes[3]], panels):
            ax.barh(list(map(mpl_text, names)), summary[column].fillna(0), color=side_colours)
            ax.set_title(title)
        frame_labels = {f.id: f.label for f in topic.frames} if topic else {}
        left = pd.Series(0, index=summary.index)
        for column in frame_columns:
            frame = column.removesuffix("_terms")
            axes[1].barh(list(map(mpl_text, names)), summary[column], left=left,
                         label=mpl_text(frame_labels.get(frame, frame)),
                         color=dict((f.id, f.colour) for f in topic.frames).get(frame) if topic else None)
            left = left + summary[column]
        axes[1].set_title("Loaded terms by frame")
        axes[1].legend(frameon=False, fontsize=7, loc="lower right")
        axes[2].axvline(0, color="black", linewidth=0.8)
        axes[0].invert_yaxis()
        fig.suptitle("The story's sides on four measures", fontweight="bold")
    alt = "Four bar charts comparing the voices. " + _listing(
        (name, f"{int(r.words_quoted)} words quoted, "
               + ", ".join(f"{int(getattr(r, c))} {c.removesuffix('_terms')} terms"
                           for c in frame_columns)
               + f", sentiment {r.weighted_compound:+.2f}, grade {r.flesch_kincaid_grade:.1f}")
        for name, r in zip(names, summary.itertuples()))
    return Chart(fig, alt)


def distinctive_chart(table: pd.DataFrame, side_a: str, side_b: str, topic: Topic | None, *,
                      top: int = 10):
    """The ``top`` most distinctive words of each side by z-score, with the |z| = 1.96 marks."""
    shown = pd.concat([table.head(top), table.tail(top)]).drop_duplicates("word")
    shown = shown.sort_values("z")
    side_colours, side_labels = colours(topic), labels(topic)
    with mpl.rc_context(STYLE):
        fig, ax = _figure(height=0.8 + 0.22 * len(shown))
        ax.barh(list(map(mpl_text, shown["word"])), shown["z"],
                color=[side_colours.get(side_a if z > 0 else side_b) for z in shown["z"]])
        for mark in (-1.96, 1.96):
            ax.axvline(mark, color="black", linestyle="--", linewidth=0.8)
        ax.set_xlabel(mpl_text(f"z-score of log-odds: ← {side_labels.get(side_b, side_b)} | "
                               f"{side_labels.get(side_a, side_a)} →"))
        reaching = int((table["z"].abs() >= 1.96).sum())
        ax.set_title(f"{reaching} word{'s' if reaching != 1 else ''} pass |z| ≥ 1.96 "
                     "(dashed lines)")
        ax.grid(axis="y", visible=False)
    alt = (f"Bar chart of z-scores of the words most distinctive of "
           f"{side_labels.get(side_a, side_a)} (positive) and {side_labels.get(side_b, side_b)} "
           f"(negative); {reaching} pass |z| 1.96. " + _listing(
               (w, f"{z:+.2f}") for w, z in zip(shown["word"][::-1], shown["z"][::-1])))
    return Chart(fig, alt)


def comparison_chart(table: pd.DataFrame, topic: Topic | None, *, by: str = "article"):
    """Share of quoted words per side, one stacked bar per article (``by="article"``, a table
    of :func:`framing.compare.comparison_table`) or per outlet (``by="outlet"``, a table of
    :func:`framing.compare.outlet_table`)."""
    quoted = table[table["side"] != NARRATOR]
    shares = quoted.pivot_table(index=by, columns="side", values="share_of_words",
                                aggfunc="sum", fill_value=0, sort=False)
    if by == "article":
        outlets = table.drop_duplicates("article").set_index("article")["outlet"]
        names = [f"{a} ({outlets[a]})" for a in shares.index]
    else:
        names = list(shares.index)
    with mpl.rc_context(STYLE):
        fig, ax = _figure(height=0.9 + 0.5 * len(shares))
        left = pd.Series(0.0, index=shares.index)
        for side in shares.columns:
            ax.barh(list(map(mpl_text, names)), shares[side], left=left,
                    label=mpl_text(labels(topic).get(side, side)),
                    color=colours(topic).get(side, "#999999"))
            left = left + shares[side]
        ax.invert_yaxis()
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_xlabel("Share of quoted words")
        ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
        ax.set_title(f"Who gets the quoted words, {by} by {by}")
        ax.grid(axis="y", visible=False)
    alt = f"Stacked bar chart of the share of quoted words per side for each {by}. " + _listing(
        (name, ", ".join(f"{labels(topic).get(s, s)} {v:.0%}" for s, v in row.items() if v)
         or "no quotes") for name, (_, row) in zip(names, shares.iterrows()))
    return Chart(fig, alt)
