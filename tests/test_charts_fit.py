"""Every chart of the book fits any topic: drawn with the case study and with a topic of long
side and frame labels (written for the tests, with an article whose speakers land on each
side), no text leaves the figure, no two texts overlap, labels on the bars stay in their axes,
and no legend covers data. Text boxes are matplotlib's own extents of the drawn texts."""

from __future__ import annotations

import csv
import inspect
import itertools
import shutil
import warnings
from unittest import mock

import numpy as np
import pytest
import yaml
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.legend import Legend
from matplotlib.text import Annotation, Text

from framing.book import figures
from framing.analysis.core import analyze
from framing.inputs.articlefile import load_article
from framing.measures.balance import side_balance
from framing.cli import main
from framing.analysis.compare import comparison_table, outlet_table
from framing.analysis.corpus import read_corpus
from framing.measures.distinctive import side_words
from framing.book.prose import main_sides
from framing.measures.sentiment import paragraph_arc
from framing.analysis.synthesis import side_summary
from framing.measures.terms import frame_counts
from framing.inputs.topic import load_topic

from conftest import CASE_STUDY, ROOT

TOLERANCE = 1.0  # pixels

# --- a topic with long labels and articles for it, written for the tests ---

LONG = "long-labels"
SIDES = {
    "school": "Head teachers, school governors and the leadership team of the Hilltop Academy Trust",
    "parents": "Parents' groups, carers and campaigners for children's digital freedom and safety",
    "pupils": "Pupils of the StudentCouncilRepresentativesOfTheSixthFormAtHilltop ($5 phones)",
}
FRAMES = {
    "discipline": "Order, discipline and undivided attention in every classroom of the academy",
    "freedom": "Freedom, safety and the right of children to reach their families at any time",
    "learning": "Technology as a tool for learning rather than a distraction from it",
}
TOPIC_SPEC = {
    "name": LONG,
    "label": "A ban on phones in schools, with long labels (written for the tests)",
    "sides": [{"id": "school", "label": SIDES["school"], "colour": "#0072B2"},
              {"id": "parents", "label": SIDES["parents"], "colour": "#E69F00"},
              {"id": "pupils", "label": SIDES["pupils"], "colour": "#009E73"}],
    "actors": [{"name": "Hilltop Academy", "side": "school", "aliases": ["the academy"]},
               {"name": "Parents Together", "side": "parents"}],
    "kinds": [{"id": "staff", "label": "School staff", "side": "school", "firm": True,
               "words": ["headteacher", "deputy head", "teacher"]},
              {"id": "pupil", "label": "Pupil", "side": "pupils", "firm": True,
               "words": ["pupil", "student"]}],
    "frames": [{"id": "discipline", "label": FRAMES["discipline"], "colour": "#56B4E9",
                "side": "school"},
               {"id": "freedom", "label": FRAMES["freedom"], "colour": "#CC79A7",
                "side": "parents"},
               {"id": "learning", "label": FRAMES["learning"], "colour": "#F0E442"}],
    "lexicon": "terms.csv",
}
TERMS = [("distraction", "discipline"), ("crackdown", "discipline"),
         ("restore order", "discipline"), ("lifeline", "freedom"), ("heavy-handed", "freedom"),
         ("learning tool", "learning")]
ARTICLES = {
    "phones-at-the-gate-of-a-school-in-a-story-written-for-the-tests-of-framing": (
        "The Very Long Name of a Gazette Written for the Tests of Framing",
        ["Hilltop Academy will collect every pupil's phone at the gate from September.",
         '"Phones are the biggest distraction our teachers face, and this crackdown will restore '
         'order," said headteacher Ann Lee.',
         '"A phone is a lifeline for a child who walks home alone," said Tom Reed of Parents '
         'Together. "This heavy-handed rule ignores families," he added.',
         '"We use our phones as a learning tool in lessons, and the ban is heavy-handed," said '
         "Sam Patel, a pupil in year 12.",
         "The governors will meet again in the spring.",
         '"A distraction in class is a distraction for everyone," said deputy head Mark Hall.']),
    "phones-2": (
        "Test Courier",
        ["Hilltop Academy has softened its rules after a week of protests.",
         '"We listened, and the crackdown was never the point," said headteacher Ann Lee.',
         '"A phone is a lifeline on the walk home," said Tom Reed of Parents Together.',
         '"It is a learning tool, not a toy," said Sam Patel, a pupil.']),
}


def write_long_data(data):
    """The long-label topic and its articles in a data folder like the project's."""
    topic = data / "topics" / LONG
    topic.mkdir(parents=True)
    (topic / "topic.yml").write_text(yaml.safe_dump(TOPIC_SPEC, allow_unicode=True),
                                     encoding="utf-8")
    with open(topic / "terms.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["term", "frame", "kind", "why", "source"])
        writer.writerows([term, frame, "metaphor", "Written for the tests", ""]
                         for term, frame in TERMS)
    (data / "topics" / "facial-recognition").symlink_to(
        ROOT / "data" / "topics" / "facial-recognition")
    articles = data / "articles"
    articles.mkdir()
    for slug, (outlet, body) in ARTICLES.items():
        meta = {"title": "Phones at the gate", "outlet": outlet, "date": "2024-05-01",
                "topic": LONG, "note": "Written for the tests of framing; it is not real news."}
        (articles / f"{slug}.md").write_text(
            "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + "\n\n".join(body) + "\n",
            encoding="utf-8")
    return articles


@pytest.fixture(scope="module")
def long_data(tmp_path_factory):
    data = tmp_path_factory.mktemp("long") / "data"
    articles = write_long_data(data)
    topic = load_topic(LONG, folder=data / "topics")
    analyses = [analyze(load_article(articles / f"{slug}.md"), topic) for slug in ARTICLES]
    with pytest.MonkeyPatch.context() as patch:  # the corpus finds the topics by name
        patch.setenv("FRAMING_DATA", str(data))
        folder = data.parent / "corpus"
        shutil.copytree(articles, folder)
        shutil.copy(CASE_STUDY, folder / "zdnet.md")
        out = data.parent / "corpus.parquet"
        assert main(["corpus", str(folder), "--out", str(out), "--workers", "1", "--quiet"]) == 0
    return analyses, outlet_table(read_corpus(out))


@pytest.fixture(scope="module")
def stories(long_data, case_analysis):
    """Per case, the analysis shown, the analyses compared, and an outlet view of a corpus."""
    analyses, outlets = long_data
    case = case_analysis  # framing.analysis.core.analyze_file of the case study
    return {"case-study": (case, [case], outlets), "long-labels": (analyses[0], analyses, outlets)}


def test_the_long_topic_puts_speakers_on_every_side(long_data):
    analysis = long_data[0][0]
    assert [s.label for s in analysis.topic.sides] == list(SIDES.values())
    assert set(analysis.quotes["side"]) == set(SIDES)
    assert set(analysis.term_hits["frame"]) == set(FRAMES)


# --- every chart ---

def _pair(a):
    sides = side_balance(a.quotes, [s.id for s in a.topic.sides])
    return main_sides(sides) or (a.topic.sides[0].id, a.topic.sides[1].id)


CHARTS = {
    "balance_chart": lambda a, _, __: figures.balance_chart(
        side_balance(a.quotes, [s.id for s in a.topic.sides]), a.topic),
    "paragraph_chart": lambda a, _, __: figures.paragraph_chart(a.segments, a.topic),
    "paragraph_chart-quoted": lambda a, _, __: figures.paragraph_chart(a.segments, a.topic,
                                                                       quoted_only=True),
    "frames_chart": lambda a, _, __: figures.frames_chart(
        frame_counts(a.term_hits, by="side").drop(columns="negated"), a.topic),
    "sentiment_arc": lambda a, _, __: figures.sentiment_arc(paragraph_arc(a.segments, a.sentiment),
                                                            a.topic),
    "readability_chart": lambda a, _, __: figures.readability_chart(
        a.readability[a.readability["scope"] == "side"], a.topic),
    "summary_chart": lambda a, _, __: figures.summary_chart(side_summary(a), a.topic),
    "distinctive_chart": lambda a, _, __: figures.distinctive_chart(
        side_words(a.segments, *_pair(a)), *_pair(a), a.topic),
    "comparison_chart": lambda a, compared, _: figures.comparison_chart(
        comparison_table(compared), a.topic),
    "comparison_chart-no-topic": lambda _, compared, __: figures.comparison_chart(
        comparison_table(compared), None),
    "comparison_chart-outlet": lambda a, _, outlets: figures.comparison_chart(outlets, a.topic),
    "comparison_chart-outlet-no-topic": lambda _, __, outlets: figures.comparison_chart(
        outlets, None),
}


def test_every_chart_function_is_checked():
    charts = {name for name, f in vars(figures).items()
              if inspect.isfunction(f) and f.__module__ == figures.__name__
              and not name.startswith("_") and name not in ("colours", "labels")}
    assert charts == {name.split("-")[0] for name in CHARTS}


# --- drawing and measuring ---

def draw(chart):
    """Draws the chart's figure with Agg; the texts drawn (visible, not empty) and the renderer."""
    fig = chart.figure
    FigureCanvasAgg(fig)
    drawn = []
    draw_text = Text.draw

    def recording(self, renderer):
        if self.get_visible() and self.get_text().strip():
            drawn.append(self)
        return draw_text(self, renderer)

    with mock.patch.object(Text, "draw", recording):
        fig.canvas.draw()
    return list(dict.fromkeys(drawn)), fig.canvas.get_renderer()


def overlap(a, b) -> bool:
    """Whether two boxes overlap by more than the tolerance both ways."""
    return (min(a.x1, b.x1) - max(a.x0, b.x0) > TOLERANCE
            and min(a.y1, b.y1) - max(a.y0, b.y0) > TOLERANCE)


def inside(box, frame) -> bool:
    return (box.x0 >= frame.x0 - TOLERANCE and box.y0 >= frame.y0 - TOLERANCE
            and box.x1 <= frame.x1 + TOLERANCE and box.y1 <= frame.y1 + TOLERANCE)


def data_points(ax):
    """Display coordinates of the line vertices and scatter markers of an axes."""
    for line in ax.lines:
        yield from line.get_transform().transform(line.get_xydata())
    for collection in ax.collections:
        yield from collection.get_offset_transform().transform(collection.get_offsets())


def assert_fits(chart):
    fig = chart.figure
    texts, renderer = draw(chart)
    titles = [fig._suptitle, *(ax.title for ax in fig.axes)]
    assert any(title in texts for title in titles), "the chart shows no title"
    boxes = [(t, t.get_window_extent(renderer)) for t in texts]
    for text, box in boxes:
        assert inside(box, fig.bbox), f"{text.get_text()!r} leaves the figure: {box} {fig.bbox}"
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        assert not overlap(box_a, box_b), f"{a.get_text()!r} overlaps {b.get_text()!r}"
    for ax in fig.axes:
        for label in ax.texts:
            if isinstance(label, Annotation) and label in texts:  # a bar's label
                box = label.get_window_extent(renderer)
                assert inside(box, ax.bbox), f"{label.get_text()!r} runs out of its axes"
    legends = fig.legends + [ax.get_legend() for ax in fig.axes if ax.get_legend()]
    for legend, ax in itertools.product(legends, fig.axes):
        assert isinstance(legend, Legend)
        box = legend.get_window_extent(renderer)
        for patch in ax.patches:
            extent = patch.get_window_extent(renderer)
            if np.isfinite(extent.get_points()).all():  # a bar of NaN is not drawn
                assert not overlap(box, extent), "a legend covers a bar"
        for x, y in data_points(ax):
            assert not (box.x0 < x < box.x1 and box.y0 < y < box.y1), "a legend covers a point"
        assert not overlap(box, ax.bbox), "a legend sits on the axes"


@pytest.mark.parametrize("chart", CHARTS)
@pytest.mark.parametrize("case", ["case-study", "long-labels"])
def test_chart_fits(stories, case, chart):
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*constrained_layout")  # axes collapsed
        warnings.filterwarnings("error", message="Glyph .* missing")
        made = CHARTS[chart](*stories[case])
        assert_fits(made)
    assert made.alt


def test_long_labels_are_whole_in_alt_text_and_colours_kept(stories):
    analysis = stories["long-labels"][0]
    chart = CHARTS["balance_chart"](*stories["long-labels"])
    for label in SIDES.values():
        assert label in chart.alt
    bars = chart.figure.axes[0].patches
    side_colours = analysis.topic.side_colours()
    quoted = side_balance(analysis.quotes, [s.id for s in analysis.topic.sides])["side"]
    assert [to_hex(b.get_facecolor()) for b in bars] == [side_colours[s].lower() for s in quoted]
    frames = CHARTS["frames_chart"](*stories["long-labels"])
    assert all(label in frames.alt for label in FRAMES.values())
    names = dict(zip(frame_counts(analysis.term_hits, by="side").index,
                     frames.figure.axes[0].get_xticklabels()))
    assert any("\n" in tick.get_text() for tick in names.values())
    for side, tick in names.items():  # wrapped, or cut short with an ellipsis; never cut silently
        shown = "".join(tick.get_text().replace("\\$", "$").split())
        label = "".join(figures.labels(analysis.topic)[side].split())
        assert shown == label or shown.endswith("…") and label.startswith(shown[:-1]), shown
