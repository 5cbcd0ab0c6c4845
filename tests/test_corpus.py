"""framing corpus: tables for many articles with an article_id, bad files listed and skipped,
the same results from one or two local workers and from a Dask cluster on loopback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from framing.cli import main
from framing.analysis.corpus import CORPUS_TABLES, read_corpus

from conftest import CASE_STUDY, ROOT

DATA = Path(__file__).parent / "data"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A folder of articles: the case study, two written for the tests, one bad file."""
    topics = tmp_path / "data" / "topics"
    topics.mkdir(parents=True)
    for topic in (ROOT / "data" / "topics" / "facial-recognition", DATA / "topics" / "school-phones"):
        (topics / topic.name).symlink_to(topic)
    monkeypatch.setenv("FRAMING_DATA", str(tmp_path / "data"))
    folder = tmp_path / "articles"
    (folder / "gazette").mkdir(parents=True)
    shutil.copy(CASE_STUDY, folder / "zdnet.md")
    shutil.copy(DATA / "articles" / "school-phones.md", folder / "gazette" / "phones.md")
    shutil.copy(DATA / "articles" / "school-phones-2.md", folder / "phones-2.md")
    (folder / "broken.md").write_text("---\ntitle: [unclosed\n---\nBody.\n")
    return folder


def sorted_tables(folder: Path) -> dict[str, pd.DataFrame]:
    tables = read_corpus(folder)
    return {name: t.sort_values(list(t.columns[:3]) + ["article_id"], ignore_index=True)
            for name, t in tables.items()}


def test_corpus_tables_and_errors(corpus, tmp_path, capsys):
    out = tmp_path / "corpus.parquet"
    assert main(["corpus", str(corpus), "--out", str(out), "--workers", "1", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert "3 articles analysed, 1 skipped" in captured.out
    assert "skipped: " in captured.err and "broken.md" in captured.err
    tables = read_corpus(out)
    assert set(tables) == set(CORPUS_TABLES)
    assert sorted(tables["articles"]["article_id"]) == ["gazette/phones", "phones-2", "zdnet"]
    zdnet = tables["quotes"][tables["quotes"]["article_id"] == "zdnet"]
    assert (zdnet["kind"] == "direct").sum() == 7
    assert set(tables["articles"]["outlet"]) == {"ZDNet", "Test Gazette", "Test Courier"}
    assert "broken.md" in (out / "errors.csv").read_text()


def test_one_and_two_workers_agree(corpus, tmp_path):
    one, two = tmp_path / "one.parquet", tmp_path / "two.parquet"
    assert main(["corpus", str(corpus), "--out", str(one), "--workers", "1", "--quiet"]) == 0
    assert main(["corpus", str(corpus), "--out", str(two), "--workers", "2", "--quiet"]) == 0
    for name, table in sorted_tables(one).items():
        pd.testing.assert_frame_equal(table, sorted_tables(two)[name])


def test_output_is_never_overwritten_without_force(corpus, tmp_path, capsys):
    out = tmp_path / "corpus.parquet"
    out.mkdir()
    (out / "mine.txt").write_text("keep")
    assert main(["corpus", str(corpus), "--out", str(out), "--quiet"]) == 2
    assert "--force" in capsys.readouterr().err
    assert (out / "mine.txt").read_text() == "keep"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".corpus")]


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_dask_cluster_matches_the_local_run(corpus, tmp_path):
    from distributed import LocalCluster

    local, remote = tmp_path / "local.parquet", tmp_path / "dask.parquet"
    assert main(["corpus", str(corpus), "--out", str(local), "--workers", "1", "--quiet"]) == 0
    with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None, processes=True) as cluster:
        assert main(["corpus", str(corpus), "--out", str(remote), "--scheduler",
                     cluster.scheduler_address, "--quiet"]) == 0
    for name, table in sorted_tables(local).items():
        pd.testing.assert_frame_equal(table, sorted_tables(remote)[name])


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_unreachable_scheduler_is_one_line(corpus, tmp_path, capsys):
    assert main(["corpus", str(corpus), "--out", str(tmp_path / "x.parquet"), "--scheduler",
                 "tcp://127.0.0.1:9", "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: could not connect") and len(err.splitlines()) == 1


def test_outlet_view(corpus, tmp_path):
    from framing.book import figures
    from framing.analysis.compare import outlet_table

    out = tmp_path / "corpus.parquet"
    assert main(["corpus", str(corpus), "--out", str(out), "--workers", "1", "--quiet"]) == 0
    tables = read_corpus(out)
    view = outlet_table(tables)
    assert list(view["outlet"]) == ["Test Courier", "Test Gazette", "ZDNet"]  # a row per outlet
    shares = view.filter(regex="^share_")
    assert ((shares.sum(axis=1) - 1).abs() < 1e-9).all()
    zdnet = view.set_index("outlet").loc["ZDNet"]
    assert zdnet["words_quoted"] == 116 + 109
    assert round(zdnet["share_critics"] * 225) == 116 and round(zdnet["share_officials"] * 225) == 109
    hits = tables["term_hits"]
    narration = hits[(hits["article_id"] == "zdnet") & (hits["side"] == "narrator") & ~hits["negated"]]
    assert zdnet["narration_frame"] == narration["frame"].value_counts().index[0]
    chart = figures.comparison_chart(view, None)
    assert "ZDNet: critics 52%" in chart.alt


@pytest.mark.parametrize("topic_name", ["facial-recognition", None])
@pytest.mark.parametrize("rows", [None, 0])
def test_tidy_frames_is_pandas_melt_of_the_wide_table(topic_name, rows):
    from framing.analysis.core import analyze_file
    from framing.analysis.corpus import tidy_frames
    from framing.measures.frames import BASE_COLUMNS

    frames = analyze_file(CASE_STUDY, topic=topic_name).frames
    if topic_name is None:
        frames = frames[[*BASE_COLUMNS, "terms"]]  # no topic, no frame columns
    frames = frames.iloc[:rows] if rows is not None else frames
    wide = [c for c in frames.columns if c not in (*BASE_COLUMNS, "terms")]
    melted = frames.melt(id_vars=[*BASE_COLUMNS, "terms"], value_vars=wide, var_name="frame",
                         value_name="carried")
    pd.testing.assert_frame_equal(tidy_frames(frames), melted, check_exact=True)
