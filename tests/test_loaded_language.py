"""Loaded language end to end: every lexicon hit in the seed placed right, a second topic that
needs no code, and a new lexicon row that reaches the built chapter."""

import csv
import io
import json
import math
import shutil
from pathlib import Path

import pytest

from framing.analysis.core import analyze_file
from framing.cli import main
from framing.measures.distinctive import fightin_words, word_counts

from conftest import CASE_STUDY, ROOT, build

DATA = Path(__file__).parent / "data"
FIELDS = ["term", "matched", "paragraph", "section", "voice", "side"]


def test_every_lexicon_hit_in_the_seed_is_placed_right(capsys):
    gold_lines = [line for line in (DATA / "seed_term_hits.csv").read_text().splitlines()
                  if not line.startswith("#")]
    gold = list(csv.DictReader(io.StringIO("\n".join(gold_lines))))
    assert main(["terms", str(CASE_STUDY), "--format", "json"]) == 0
    found = [{k: "" if h[k] is None else str(h[k]) for k in FIELDS}
             for h in json.loads(capsys.readouterr().out)]
    assert found == gold


def test_a_second_topic_works_without_code_changes(monkeypatch, capsys):
    monkeypatch.setenv("FRAMING_DATA", str(DATA))
    analysis = analyze_file(DATA / "articles" / "school-phones.md")
    hits = analysis.term_hits
    assert list(zip(hits["term"], hits["section"], hits["side"])) == [
        ("crackdown", "headline", "narrator"), ("distraction", "standfirst", "school"),
        ("lifeline", "standfirst", "parents"), ("distraction", "body", "school"),
        ("heavy-handed", "body", "parents"), ("crackdown", "body", "parents"),
        ("lifeline", "body", "parents"), ("distraction", "body", "parents")]
    assert list(hits["negated"]) == [False] * 7 + [True]
    sides = dict(zip(analysis.speakers["name"], analysis.speakers["side"]))
    assert sides["Ann Lee"] == "school" and sides["Tom Reed"] == "parents"


def test_fightin_words_matches_the_formula():
    a, b = word_counts(["war war peace"]), word_counts(["peace peace"])
    table = fightin_words(a, b, a + b, prior_size=10).set_index("word")
    # war: y_a=2, y_b=0, alpha = 10 * 2/5 = 4; n_a=3, n_b=2, alpha_0=10
    delta = math.log(6 / (3 + 10 - 6)) - math.log(4 / (2 + 10 - 4))
    assert table.loc["war", "delta"] == pytest.approx(delta)
    assert table.loc["war", "z"] == pytest.approx(delta / math.sqrt(1 / 6 + 1 / 4))
    assert table.index[0] == "war" and table.index[-1] == "peace"


def test_a_new_lexicon_row_reaches_the_built_chapter(tmp_path):
    source = tmp_path / "book"
    source.mkdir()
    for name in ("_config.yml", "book"):
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, source / name)
    (source / "notebooks").mkdir()
    shutil.copy(ROOT / "notebooks" / "loaded-language.ipynb", source / "notebooks")
    (source / "_toc.yml").write_text("format: jb-book\nroot: book/methods\nchapters:\n"
                                     "  - file: notebooks/loaded-language\n")
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    lexicon = data / "topics" / "facial-recognition" / "lexicon.csv"
    lexicon.write_text(lexicon.read_text() + "free expression,surveillance,value phrase,"
                       "Names a right the policy is said to threaten,written for the tests\n")
    done = build(source, tmp_path / "out", env={"FRAMING_DATA": str(data)})
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    page = (tmp_path / "out" / "_build" / "html" / "notebooks" / "loaded-language.html").read_text()
    assert "<td>free expression</td>" in page
