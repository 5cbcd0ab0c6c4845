"""The book's figures, in one shared style: a colour per side from the topic, labelled axes,
and titles that state what the figure shows.

Each function returns a :class:`Chart`: a matplotlib Figure made without pyplot (no global state,
no backend to configure) with alt text that states the figure's numbers for readers who cannot
see it; a notebook displays it as an inline PNG image carrying that alt text.

Labels come from topics and articles, so every text handed to matplotlib goes through
:func:`~framing.book.markup.mpl_text` (a ``$`` would start mathtext); the alt text keeps them as
written and is HTML-escaped where it is written out.

Labels can be of any length, so every chart is made to fit them: a title wraps to the figure's
width, a long tick or legend label wraps to the room it has and, past a few lines, ends in an
ellipsis (the alt text keeps it whole); legends sit below the axes, never over the data; and the
figure grows by the lines its texts take. The measuring and wrapping is done once, in
:func:`_wrapped` and :func:`_fit`, and the placing in :func:`_figure`, :func:`_legend` and
:func:`_names`.
"""

from __future__ import annotations

import base64
import html
import io
import textwrap
from dataclasses import dataclass

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.textpath import TextToPath
from matplotlib.ticker import MaxNLocator, PercentFormatter

from framing.book.markup import mpl_text, one_line
from framing.inputs.topic import DEFAULT_COLOUR, NARRATOR, UNASSIGNED, Topic

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
WIDTH = 7.0  # inches: the book's text column
TITLE_SIZE = 11
TICK_SIZE = 10
LEGEND_SIZE = 8
LABEL_WIDTH = 2.1  # inches: the most a name beside horizontal bars may take
ELLIPSIS = "…"


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


# --- fitting text: measure, wrap, shorten ---

_MEASURE = TextToPath()


def _width(line: str, size: float, weight: str = "normal") -> float:
    """Width in inches of one line of text drawn at ``size`` points (with a little to spare:
    the measure is of the glyphs, the drawn box is a few points wider)."""
    points = _MEASURE.get_text_width_height_descent(
        line, FontProperties(size=size, weight=weight), ismath=False)[0]
    return (points * 1.02 + 4) / 72


def _line_height(size: float) -> float:
    """Height in inches that one more line of text at ``size`` points takes."""
    return 1.25 * size / 72


def _wrapped(text, width: float, size: float, *, weight: str = "normal",
             lines: int = 2) -> list[str]:
    """``text`` (on one line: :func:`~framing.book.markup.one_line`) wrapped to lines that each fit
    ``width`` inches at ``size`` points: textwrap at the most characters that fit (breaking at
    spaces and hyphens), then a word longer than a line broken where it must. At most ``lines``
    lines: the last of them ends in an ellipsis when the text goes on. Not yet escaped for
    matplotlib."""
    def fits(line: str) -> bool:
        return _width(line, size, weight) <= width

    text = one_line(text)
    chars = max(1, int(width * 72 / (0.45 * size)))
    while True:
        wrapped = textwrap.wrap(text, chars, break_long_words=False) or [""]
        too_wide = [_width(line, size, weight) for line in wrapped  # that textwrap can break
                    if len(textwrap.wrap(line, 1, break_long_words=False)) > 1]
        if chars == 1 or max(too_wide, default=0) <= width:
            break
        chars = max(1, min(chars - 1, int(chars * width / max(too_wide))))
    wrapped = [piece for line in wrapped for piece in _broken(line, fits)]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines - 1] + [_shorten(wrapped[lines - 1], width, size, weight=weight)]
    return wrapped


def _broken(word: str, fits) -> list[str]:
    """``word`` in pieces that each ``fits`` (each the longest that does; at least a character)."""
    pieces = []
    while len(word) > 1 and not fits(word):
        low, high = 1, len(word) - 1  # the longest fitting prefix, by bisection
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if fits(word[:middle]) else (low, middle - 1)
        pieces.append(word[:low])
        word = word[low:]
    return pieces + [word]


def _shorten(line: str, width: float, size: float, *, weight: str = "normal") -> str:
    """``line`` cut short, with an ellipsis after it, to fit ``width`` inches."""
    line = line.rstrip()
    while line and _width(line + ELLIPSIS, size, weight) > width:
        line = line[:-1].rstrip()
    return line + ELLIPSIS


def _short(text, width: float, size: float = TICK_SIZE) -> str:
    """``text`` on one line that fits ``width`` inches, with an ellipsis when cut; not yet
    escaped for matplotlib (for a part of a longer label)."""
    return _wrapped(text, width, size, lines=1)[0]


def _fit(text, width: float, size: float, *, weight: str = "normal", lines: int = 2) -> str:
    """``text`` for matplotlib: :func:`_wrapped`, then escaped line by line."""
    return "\n".join(map(mpl_text, _wrapped(text, width, size, weight=weight, lines=lines)))


def _widest(texts, size: float, weight: str = "normal") -> float:
    """Width in inches of the widest line of ``texts`` (escaped or not: a little wider escaped)."""
    return max((_width(line, size, weight) for t in texts for line in t.split("\n")), default=0.0)


# --- placing: the figure and its title, names beside bars, legends below ---

def _figure(title, *, height: float, width: float = WIDTH, size: float = TITLE_SIZE,
            lines: int = 3) -> Figure:
    """A figure sized for the book's text column, ``height`` inches plus the room its title
    takes, the title (a text, or a list of texts each starting a line) wrapped to the figure's
    width as a bold suptitle (call inside the style)."""
    items = [title] if isinstance(title, str) else list(title)
    wrapped = [line for item in items
               for line in _wrapped(item, width - 0.3, size, weight="bold", lines=lines)]
    fig = Figure(figsize=(width, height + _line_height(size) * (len(wrapped) - 1)),
                 layout="constrained")
    fig.suptitle("\n".join(map(mpl_text, wrapped)), fontsize=size, fontweight="bold")
    return fig


def _names(texts, *, width: float = LABEL_WIDTH, size: float = TICK_SIZE, lines: int = 3):
    """Labels for the rows of a horizontal bar chart, each wrapped to ``width`` inches, and the
    height in inches each row needs so that labels of neighbouring rows never meet."""
    fitted = [_fit(t, width, size, lines=lines) for t in texts]
    most = max((f.count("\n") + 1 for f in fitted), default=1)
    return fitted, max(0.4, most * _line_height(size) + 0.15)


def _rows(ax, names: list[str]) -> list[int]:
    """Row positions 0, 1, ... for bars, with ``names`` as their tick labels (each its own row,
    even when two names are the same)."""
    rows = list(range(len(names)))
    ax.set_yticks(rows, names)
    return rows


_HANDLE, _SPACING = 1.5, 1.2  # legend handle length and column spacing, in font sizes


def _legend(fig: Figure, handles, texts, *, size: float = LEGEND_SIZE, title: str | None = None):
    """A legend below the figure's axes, outside them, so it never covers data: in as many
    columns as fit the figure's width with each label on one line, else on two lines, else one
    column with long labels shortened; the figure grows by the legend's height."""
    texts = list(texts)
    if not texts:
        return
    room = fig.get_figwidth() - 0.3
    overhead = (_HANDLE + _SPACING + 0.8) * size / 72 + 0.06  # a column's handle and spacing
    for most in (1, 2):
        fitting = [n for n in range(len(texts), 0, -1) if room / n - overhead > 0.3 and all(
            len(_wrapped(t, room / n - overhead, size, lines=most + 1)) <= most for t in texts)]
        if fitting:
            ncols = fitting[0]
            break
    else:
        ncols, most = 1, 3
    fitted = [_fit(t, room / ncols - overhead, size, lines=most) for t in texts]
    # matplotlib fills the columns one after another, the first ones a label longer
    columns = [list(column) for column in np.array_split(np.array(fitted, dtype=object), ncols)]
    lines = max(sum(f.count("\n") + 1 for f in column) for column in columns)
    entries = max(len(column) for column in columns)
    fig.legend(handles, fitted, loc="outside lower center", ncols=ncols, frameon=False,
               fontsize=size, handlelength=_HANDLE, columnspacing=_SPACING,
               title=mpl_text(title) if title else None, title_fontsize=size)
    fig.set_figheight(fig.get_figheight() + (lines + bool(title)) * _line_height(size)
                      + 0.5 * size / 72 * entries + 0.1)


def _room_for_labels(ax, values, texts, *, size: float, axes_width: float, least: float):
    """Sets the x limits of a horizontal bar chart so that each bar's label, drawn past the end
    of the bar (to the right, or to the left of a negative bar), stays inside the axes
    (``axes_width`` inches wide at the least); the limits take in 0 and ``least``."""
    pairs = [(v, (_widest([t], size) + 0.1) / axes_width)
             for v, t in zip(values, texts) if pd.notna(v)]
    most = 0.45 if {v < 0 for v, _ in pairs} == {True, False} else 0.6  # for the bars' room
    pairs = [(v, min(most, share)) for v, share in pairs]
    low, high = 0.0, least
    for _ in range(200):  # each label takes its share of the width, on the side it is drawn
        span = high - low
        low = min([0.0] + [v - share * span for v, share in pairs if v < 0])
        high = max([least] + [v + share * span for v, share in pairs if v >= 0])
    ax.set_xlim(low, high)


def _index_ticks(ax, n: int):
    """A tick for each of ``n`` paragraphs when they fit, else whole numbers spaced out."""
    if n <= 25:
        ax.set_xticks(range(n))
    else:
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))


# --- the charts ---

def balance_chart(sides: pd.DataFrame, topic: Topic | None):
    """Horizontal bars: words quoted per side (direct and partial quotes)."""
    names = [labels(topic).get(s, s) for s in sides["side"]]
    leader = sides.loc[sides["words_quoted"].idxmax(), "side"] if len(sides) else None
    bar_texts = [f"{w} words ({share:.0%})"
                 for w, share in zip(sides["words_quoted"], sides["share_of_words"])]
    with mpl.rc_context(STYLE):
        ticks, pitch = _names(names)
        fig = _figure(f"{labels(topic).get(leader, leader)} get the most quoted words"
                      if leader else "No quoted words", height=0.85 + pitch * len(sides))
        ax = fig.add_subplot()
        bars = ax.barh(_rows(ax, ticks), sides["words_quoted"],
                       color=[colours(topic).get(s, "#999999") for s in sides["side"]])
        ax.bar_label(bars, labels=bar_texts, padding=4)
        ax.invert_yaxis()
        ax.set_xlabel("Words in direct and partial quotes")
        _room_for_labels(ax, sides["words_quoted"], bar_texts, size=TICK_SIZE,
                         axes_width=WIDTH - _widest(ticks, TICK_SIZE) - 0.5,
                         least=max(1, sides["words_quoted"].max()) * 1.1)
        ax.grid(axis="y", visible=False)
    alt = "Bar chart of words quoted per side. " + _listing(
        (name, f"{w} words ({share:.0%})")
        for name, w, share in zip(names, sides["words_quoted"], sides["share_of_words"]))
    return Chart(fig, alt)


def paragraph_chart(segments: pd.DataFrame, topic: Topic | None, *, quoted_only: bool = False):
    """Words per body paragraph, stacked by who speaks them: the narrator and each side
    (only quoted words when ``quoted_only``)."""
    from framing.text.tokens import count_words

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
        fig = _figure("Where each side speaks, paragraph by paragraph" if quoted_only
                      else "Length of each paragraph, by who speaks its words", height=2.8)
        ax = fig.add_subplot()
        bottom = pd.Series(0, index=table.index)
        handles = []
        for side in table.columns:
            handles.append(ax.bar(table.index, table[side], bottom=bottom,
                                  color=colours(topic).get(side, "#999999")))
            bottom = bottom + table[side]
        ax.set_xlabel("Body paragraph (0 = first)")
        ax.set_ylabel("Words quoted" if quoted_only else "Words")
        _index_ticks(ax, n_paragraphs)
        _legend(fig, handles, [labels(topic).get(side, side) for side in table.columns])
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
    leading = {labels(topic).get(side, side): frame_labels.get(row.idxmax(), row.idxmax())
               for side, row in frame_counts.iterrows() if side != NARRATOR and row.sum()}
    groups = max(1, len(frame_counts.index))
    with mpl.rc_context(STYLE):
        room = (WIDTH - 0.7) / (groups + 0.2) - 0.1  # between the centres of two groups
        tick_size = TICK_SIZE if room >= 1.0 else LEGEND_SIZE
        ticks = [_fit(labels(topic).get(s, s), room, tick_size, lines=3)
                 for s in frame_counts.index]
        tick_lines = max((t.count("\n") + 1 for t in ticks), default=1)
        fig = _figure([f"{side}: mostly {frame}" for side, frame in leading.items()]
                      or ["No loaded terms found"], size=9, lines=2,
                      height=2.9 + _line_height(tick_size) * (tick_lines - 1))
        ax = fig.add_subplot()
        width = 0.8 / max(1, len(frame_counts.columns))
        positions = range(len(frame_counts.index))
        handles = [ax.bar([p + i * width for p in positions], frame_counts[frame], width=width,
                          color=frame_colours.get(frame))
                   for i, frame in enumerate(frame_counts.columns)]
        ax.set_xticks([p + width * (len(frame_counts.columns) - 1) / 2 for p in positions], ticks,
                      fontsize=tick_size)
        ax.set_ylabel("Lexicon hits")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        _legend(fig, handles, [frame_labels.get(f, f) for f in frame_counts.columns])
    alt = "Grouped bar chart of loaded-term hits per frame for each voice. " + _listing(
        (labels(topic).get(side, side),
         ", ".join(f"{frame_labels.get(f, f)} {int(n)}" for f, n in row.items()))
        for side, row in frame_counts.iterrows())
    return Chart(fig, alt)


def sentiment_arc(arc: pd.DataFrame, topic: Topic | None):
    """Word-weighted VADER compound and Pattern polarity per body paragraph, each paragraph's
    marker coloured by the side that speaks most of it. ``arc`` is
    :func:`framing.measures.sentiment.paragraph_arc`."""
    low = arc.loc[arc["weighted_compound"].idxmin()] if len(arc) else None
    with mpl.rc_context(STYLE):
        fig = _figure(f"VADER scores paragraph {int(low['paragraph'])} lowest "
                      f"({labels(topic).get(low['side'], low['side'])})"
                      if low is not None else "No body paragraphs", height=2.9)
        ax = fig.add_subplot()
        ax.axhline(0, color="black", linewidth=0.8)
        handles = ax.plot(arc["paragraph"], arc["weighted_compound"], color="#bbbbbb",
                          linewidth=1, zorder=1)
        handles += ax.plot(arc["paragraph"], arc["weighted_polarity"], color="#bbbbbb",
                           linewidth=1, linestyle=":", zorder=1)
        names = ["VADER compound", "Pattern polarity"]
        for side, group in arc.groupby("side"):
            handles.append(ax.scatter(group["paragraph"], group["weighted_compound"], s=40,
                                      zorder=2, color=colours(topic).get(side, "#999999")))
            names.append(labels(topic).get(side, side))
        ax.set_ylim(-1.05, 1.05)
        _index_ticks(ax, int(arc["paragraph"].max()) + 1 if len(arc) else 0)
        ax.set_xlabel("Body paragraph (0 = first); marker colour: who speaks most of it")
        ax.set_ylabel("Sentiment (−1 to +1)")
        _legend(fig, handles, names)
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
    grade, label = REFERENCE_GRADE
    names = [labels(topic).get(n, n) for n in table["name"]]
    bar_texts = [f"{v:.1f} ({n} words, {s} sentences{'' if r else '; unreliable'})"
                 for v, n, s, r in zip(table[metric], table["n_words"], table["n_sentences"],
                                       table["reliable"])]
    with mpl.rc_context(STYLE):
        ticks, pitch = _names(names)
        fig = _figure("Every voice reads above the GOV.UK reading age"
                      if table[metric].min() > grade
                      else "Reading grade of each voice against the GOV.UK reading age",
                      height=0.85 + pitch * len(table))
        ax = fig.add_subplot()
        bars = ax.barh(_rows(ax, ticks), table[metric],
                       color=[colours(topic).get(n, "#777777") for n in table["name"]],
                       hatch=["//" if not r else None for r in table["reliable"]])
        ax.bar_label(bars, labels=bar_texts, padding=4, fontsize=8)
        line = ax.axvline(grade, color="black", linestyle="--", linewidth=0.8)
        ax.invert_yaxis()
        _room_for_labels(ax, table[metric], bar_texts, size=8,
                         axes_width=WIDTH - _widest(ticks, TICK_SIZE) - 0.5,
                         least=max(10, table[metric].max()) * 1.1)
        ax.set_xlabel("Flesch–Kincaid grade (US school years of reading)")
        ax.grid(axis="y", visible=False)
        _legend(fig, [Line2D([], [], color=line.get_color(), linestyle="--", linewidth=0.8)],
                [label])
    alt = (f"Bar chart of Flesch-Kincaid grade per voice, with a dashed line at grade {grade}, "
           "the GOV.UK reading age of 9. " + _listing(
               (name, f"{v:.1f} from {n} words{'' if r else ', unreliable'}")
               for name, v, n, r in zip(names, table[metric], table["n_words"], table["reliable"])))
    return Chart(fig, alt)


def _panels(title: str, names: list[str], titles: list[str], *, base: float, gap: float):
    """A figure of ``len(titles)`` panels side by side, sharing one bar row per name (top
    down), each titled (wrapped to its width) with at most three x ticks: the figure, its axes,
    the rows' y positions and a panel's width in inches. Call inside the chart's rc_context."""
    width = 9.0
    ticks, pitch = _names(names, width=1.8)
    panel = (width - _widest(ticks, TICK_SIZE) - 0.4) / len(titles) - gap
    panel_titles = [_fit(t, panel, 10, weight="bold") for t in titles]
    title_lines = max(t.count("\n") + 1 for t in panel_titles)
    fig = _figure(title, width=width,
                  height=base + pitch * len(names) + _line_height(10) * (title_lines - 1))
    axes = fig.subplots(1, len(titles), sharey=True)
    rows = _rows(axes[0], ticks)
    for ax, panel_title in zip(axes, panel_titles):
        ax.set_title(panel_title)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=3))
    axes[0].invert_yaxis()
    return fig, axes, rows, panel


def summary_chart(summary: pd.DataFrame, topic: Topic | None):
    """Four small panels, one bar per side: words quoted, loaded terms per frame, word-weighted
    sentiment and Flesch-Kincaid grade. ``summary`` is :func:`framing.analysis.synthesis.side_summary`."""
    frame_columns = [c for c in summary.columns if c.endswith("_terms")]
    frame_labels = {f.id: f.label for f in topic.frames} if topic else {}
    frame_colours = {f.id: f.colour for f in topic.frames} if topic else {}
    titles = ["Words quoted", "Loaded terms by frame", "Sentiment (VADER)", "Reading grade"]
    names = [labels(topic).get(s, s) for s in summary["side"]]
    side_colours = [colours(topic).get(s, "#999999") for s in summary["side"]]
    with mpl.rc_context(STYLE | {"axes.titlesize": 10}):
        fig, axes, rows, _ = _panels("The story's sides on four measures", names, titles,
                                     base=1.1, gap=0.25)
        for ax, column in zip([axes[0], axes[2], axes[3]],
                              ["words_quoted", "weighted_compound", "flesch_kincaid_grade"]):
            ax.barh(rows, summary[column].fillna(0), color=side_colours)
        left = pd.Series(0, index=summary.index)
        handles = []
        for column in frame_columns:
            frame = column.removesuffix("_terms")
            handles.append(axes[1].barh(rows, summary[column], left=left,
                                        color=frame_colours.get(frame)))
            left = left + summary[column]
        axes[2].axvline(0, color="black", linewidth=0.8)
        _legend(fig, handles, [frame_labels.get(c.removesuffix("_terms"), c.removesuffix("_terms"))
                               for c in frame_columns], title="Loaded terms by frame")
    alt = "Four bar charts comparing the voices. " + _listing(
        (name, f"{int(r['words_quoted'])} words quoted, "
               + ", ".join(f"{int(r[c])} {c.removesuffix('_terms')} terms"
                           for c in frame_columns)
               + f", sentiment {r['weighted_compound']:+.2f}, grade "
               f"{r['flesch_kincaid_grade']:.1f}")
        for name, r in zip(names, summary.to_dict("records")))  # frame ids may hold hyphens
    return Chart(fig, alt)


def distinctive_chart(table: pd.DataFrame, side_a: str, side_b: str, topic: Topic | None, *,
                      top: int = 10):
    """The ``top`` most distinctive words of each side by z-score, with the |z| = 1.96 marks."""
    shown = pd.concat([table.head(top), table.tail(top)]).drop_duplicates("word")
    shown = shown.sort_values("z")
    side_colours, side_labels = colours(topic), labels(topic)
    reaching = int((table["z"].abs() >= 1.96).sum())
    with mpl.rc_context(STYLE):
        ticks = [_fit(w, LABEL_WIDTH, TICK_SIZE, lines=1) for w in shown["word"]]
        axes_width = WIDTH - _widest(ticks, TICK_SIZE) - 0.5
        room = axes_width / 2 - 1.0
        xlabel = _fit(f"z-score of log-odds: ← {_short(side_labels.get(side_b, side_b), room)} | "
                      f"{_short(side_labels.get(side_a, side_a), room)} →",
                      axes_width, TICK_SIZE)
        fig = _figure(f"{reaching} word{'s' if reaching != 1 else ''} pass |z| ≥ 1.96 "
                      "(dashed lines)",
                      height=1.0 + 0.22 * len(shown) + _line_height(TICK_SIZE) * xlabel.count("\n"))
        ax = fig.add_subplot()
        ax.barh(_rows(ax, ticks), shown["z"],
                color=[side_colours.get(side_a if z > 0 else side_b) for z in shown["z"]])
        for mark in (-1.96, 1.96):
            ax.axvline(mark, color="black", linestyle="--", linewidth=0.8)
        ax.set_xlabel(xlabel)
        ax.grid(axis="y", visible=False)
    alt = (f"Bar chart of z-scores of the words most distinctive of "
           f"{side_labels.get(side_a, side_a)} (positive) and {side_labels.get(side_b, side_b)} "
           f"(negative); {reaching} pass |z| 1.96. " + _listing(
               (w, f"{z:+.2f}") for w, z in zip(shown["word"][::-1], shown["z"][::-1])))
    return Chart(fig, alt)


def _compared(row: dict, sides: list[str], topic: Topic | None, frame_labels: dict) -> str:
    """'Critics 52%, Officials 48%, narration mostly Surveillance (60% of its loaded terms),
    narration VADER -0.12' for a row of a comparison table."""
    parts = [f"{labels(topic).get(s, s)} {row[f'share_{s}']:.0%}" for s in sides
             if row[f"share_{s}"]] or ["no quotes"]
    frame = row["narration_frame"]
    parts.append(f"narration mostly {frame_labels.get(frame, frame)} "
                 f"({row['narration_frame_share']:.0%} of its loaded terms)"
                 if pd.notna(frame) else "no loaded terms in the narration")
    if pd.notna(row["narration_sentiment"]):
        parts.append(f"narration VADER {row['narration_sentiment']:+.2f}")
    return ", ".join(parts)


def comparison_chart(table: pd.DataFrame, topic: Topic | None):
    """Three panels, one bar per row of a table of :mod:`framing.analysis.compare` (an article or an
    outlet, named by outlet and headline when the table has headlines): the share of quoted
    words per side, stacked; the share of the narration's loaded terms in its leading frame,
    in the frame's colour; and the narration's VADER compound."""
    sides = [c.removeprefix("share_") for c in table.columns if c.startswith("share_")]
    frame_labels = {f.id: f.label for f in topic.frames} if topic else {}
    frame_colours = {f.id: f.colour for f in topic.frames} if topic else {}
    frames = list(dict.fromkeys(table["narration_frame"].dropna()))
    names = (list(table["outlet"]) if "headline" not in table
             else [f"{o}: {h}" for o, h in zip(table["outlet"], table["headline"])])
    titles = ["Quoted words by side", "Narration's main frame", "Narration's sentiment"]
    xlabels = ["Share of quoted words", "Share of its loaded terms", "VADER compound"]
    reach = min(1.0, max(0.25, 1.2 * table["narration_sentiment"].abs().fillna(0).max()))
    with mpl.rc_context(STYLE | {"axes.titlesize": 10}):
        fig, axes, rows, panel = _panels("Quoted voices, narration's frame and tone, side by side",
                                         names, titles, base=1.3, gap=0.3)
        left = pd.Series(0.0, index=table.index)
        handles = []
        for side in sides:
            handles.append(axes[0].barh(rows, table[f"share_{side}"], left=left,
                                        color=colours(topic).get(side, "#999999")))
            left = left + table[f"share_{side}"]
        axes[1].barh(rows, table["narration_frame_share"],
                     color=[frame_colours.get(f, DEFAULT_COLOUR) for f in
                            table["narration_frame"]])
        handles += [Patch(color=frame_colours.get(f, DEFAULT_COLOUR)) for f in frames]
        axes[2].barh(rows, table["narration_sentiment"].fillna(0), color=NARRATOR_COLOUR)
        axes[2].axvline(0, color="black", linewidth=0.8)
        axes[2].set_xlim(-reach, reach)
        for ax, xlabel in zip(axes, xlabels):
            ax.set_xlabel(_fit(xlabel, panel, TICK_SIZE))
            ax.grid(axis="y", visible=False)
        for ax in axes[:2]:
            ax.set_xlim(0, 1)
            ax.xaxis.set_major_formatter(PercentFormatter(1.0))
        _legend(fig, handles, [labels(topic).get(s, s) for s in sides]
                + [f"Frame: {frame_labels.get(f, f)}" for f in frames])
    alt = (f"Three bar charts comparing {'articles' if 'headline' in table else 'outlets'}: "
           "share of quoted words per side, the narration's main frame, its sentiment. "
           + _listing((name, _compared(row, sides, topic, frame_labels))
                      for name, row in zip(names, table.to_dict("records"))))
    return Chart(fig, alt)
