"""The compact comparison table and the sentences built from it: tables written for the tests,
with side and frame labels of a topic made up for them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from framing.book import prose
from framing.analysis.core import analyze_file
from framing.analysis.compare import comparison_table, readable
from framing.text.tokens import count_words
from framing.inputs.topic import read_topic

DATA = Path(__file__).parent / "data"

SPEC = {"name": "bridge", "label": "A toll on a bridge (written for the tests)",
        "sides": [{"id": "for", "label": "Toll backers", "colour": "#0072B2"},
                  {"id": "against", "label": "Toll opponents", "colour": "#E69F00"}],
        "frames": [{"id": "cost", "label": "Cost", "colour": "#56B4E9"},
                   {"id": "fairness", "label": "Fairness", "colour": "#CC79A7"}]}


@pytest.fixture(scope="module")
def topic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("topics") / "bridge"
    folder.mkdir()
    (folder / "topic.yml").write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    (folder / "lexicon.csv").write_text("term,frame,kind,why,source\ntoll,cost,word,tests,\n",
                                        encoding="utf-8")
    return read_topic(folder, "bridge")


def compact(rows) -> pd.DataFrame:
    """A comparison table as :mod:`framing.analysis.compare` makes it, from (outlet, headline, words,
    share for, share against, frame, frame share, sentiment) rows."""
    columns = ["outlet", "headline", "words_quoted", "share_for", "share_against",
               "narration_frame", "narration_frame_share", "narration_sentiment"]
    return pd.DataFrame(rows, columns=columns).assign(reading_grade=8.0)


TABLE = compact([
    ("North Post", "Toll approved", 100, 0.8, 0.2, "cost", 0.6, -0.30),
    ("South Star", "Drivers angry", 50, 0.3, 0.7, "fairness", 1.0, 0.10),
    ("East Echo", "Bridge news", 40, 0.5, 0.5, "cost", 0.5, None),
    ("West Wire", "No quotes here", 0, 0.0, 0.0, None, 0.0, 0.05),
])


def test_quote_contrast_names_the_largest_and_smallest_share_per_side(topic):
    assert prose.quote_contrast(TABLE, topic) == (
        "Toll backers get the largest share of quoted words from North Post (80%) and the "
        "smallest from South Star (30%); Toll opponents get the largest share of quoted words "
        "from South Star (70%) and the smallest from North Post (20%).")


def test_quote_contrast_with_equal_shares_or_no_quotes(topic):
    even = compact([("A", "a", 10, 0.5, 0.5, None, 0.0, 0.0), ("B", "b", 20, 0.5, 0.5, None, 0.0, 0.0)])
    assert prose.quote_contrast(even, topic) == (
        "Toll backers get 50% of the quoted words from A and B; "
        "Toll opponents get 50% of the quoted words from A and B.")
    assert prose.quote_contrast(TABLE.tail(1), topic) == "None of them quotes anyone."


def test_narration_frames_groups_rows_by_frame(topic):
    assert prose.narration_frames(TABLE, topic) == (
        "The narration of North Post and East Echo leans most on Cost terms; the narration of "
        "South Star leans most on Fairness terms; West Wire uses no loaded term in the narration.")


def test_narration_tone_names_the_most_negative_and_positive(topic):
    assert prose.narration_tone(TABLE) == ("North Post's narration is the most negative "
                                           "(VADER -0.30), South Star's the most positive (+0.10).")
    assert prose.narration_tone(TABLE.assign(narration_sentiment=None)) == (
        "None of them has narration for VADER to score.")


def test_rows_sharing_an_outlet_are_named_by_headline_too():
    table = TABLE.assign(outlet=["North Post", "North Post", "East Echo", "West Wire"])
    assert prose.compared_names(table)[:2] == ['North Post ("Toll approved")',
                                               'North Post ("Drivers angry")']
    assert prose.compared_names(TABLE.drop(columns="headline").head(2)) == ["North Post",
                                                                            "South Star"]


def test_readable_names_columns_and_labels(topic):
    shown = readable(TABLE, topic)
    assert list(shown.columns[3:5]) == ["Toll backers (share of quoted words)",
                                        "Toll opponents (share of quoted words)"]
    assert shown.iloc[0]["Toll backers (share of quoted words)"] == "80%"
    assert shown.iloc[1]["Narration's main frame"] == "Fairness"


def test_comparison_table_has_one_row_per_article(monkeypatch):
    monkeypatch.setenv("FRAMING_DATA", str(DATA))
    analyses = [analyze_file(DATA / "articles" / f"{slug}.md")
                for slug in ("school-phones", "school-phones-2")]
    table = comparison_table(analyses)
    assert list(table.columns) == [
        "outlet", "headline", "date", "words_quoted", "share_school", "share_parents",
        "narration_frame", "narration_frame_share", "narration_sentiment", "reading_grade"]
    assert list(table["outlet"]) == ["Test Gazette", "Test Courier"]
    assert table.loc[0, "headline"] == "Academy's phone crackdown divides parents"
    for analysis, row in zip(analyses, table.itertuples()):
        quoted = analysis.quotes[analysis.quotes["kind"].isin(["direct", "partial"])]
        words = quoted.groupby("side")["text"].apply(lambda t: sum(map(count_words, t)))
        assert row.words_quoted == words.sum()
        assert abs(row.share_school - words.get("school", 0) / words.sum()) < 1e-9
        article = analysis.readability.set_index("scope").loc["article"]
        assert row.reading_grade == pytest.approx(article["flesch_kincaid_grade"])
