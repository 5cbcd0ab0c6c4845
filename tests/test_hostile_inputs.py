"""Hostile and careless article files and options: each gets one `error: ...` line and exit
code 2, or a correct result. Every article here is written for the tests."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from framing.inputs.articlefile import parse_article
from framing.cli import main
from framing.analysis.corpus import read_corpus
from framing.errors import InputError

DATA = Path(__file__).parent / "data"
HEAD = "---\ntitle: Council votes on cameras\ntopic: school-phones\n"
BODY = '---\n"Cameras keep pupils safe," said headteacher Ann Lee.\n'


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FRAMING_DATA", str(DATA))
    return tmp_path


def one_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "Traceback" not in err
    return err


@pytest.mark.parametrize("field", ["outlet: 2020", "outlet: [ZDNet, BBC]", "author: {a: b}",
                                   "title: 5", "date: [2020]", "topic: 3",
                                   "speakers: [Ann Lee]", "speakers: {Ann Lee: [critics]}"])
def test_front_matter_fields_are_checked_by_type(here, capsys, field):
    name = field.split(":")[0]
    path = here / "story.md"
    path.write_text(HEAD.replace("title: Council votes on cameras\n", "") + f"{field}\n" + BODY
                    if name == "title" else HEAD + f"{field}\n" + BODY)
    assert main(["quotes", str(path)]) == 2
    assert f"'{name}'" in one_error(capsys)


def test_a_badly_typed_article_is_skipped_by_a_corpus_not_fatal(here, capsys):
    (here / "good.md").write_text(HEAD + BODY)
    (here / "bad.md").write_text(HEAD + "outlet: 2020\n" + BODY)
    assert main(["corpus", str(here), "--out", "c.parquet", "--quiet", "--workers", "1"]) == 0
    captured = capsys.readouterr()
    assert "1 articles analysed, 1 skipped" in captured.out
    assert "bad.md" in captured.err and "'outlet'" in captured.err
    assert list(read_corpus("c.parquet")["articles"]["article_id"]) == ["good"]


def test_yaml_alias_bomb_in_front_matter_is_refused_at_once(here, capsys):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi"))
    path = here / "bomb.md"
    path.write_text(HEAD + bomb + BODY)
    assert len(path.read_bytes()) < 600
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert main(["analyze", str(path)]) == 2
    assert "aliases" in one_error(capsys)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # KiB


@pytest.mark.parametrize("body", ['He wrote "" twice.', '""', "''", '"   "', '"...!"',
                                  '"' * 100_000])
def test_empty_or_markless_quotes_are_no_quotes(body):
    article = parse_article(HEAD + "---\n" + body + "\n", path="marks.md")
    from framing.analysis.core import analyze

    quotes = analyze(article, None).quotes
    assert not (quotes["kind"] == "direct").any()
    assert all(any(ch.isalnum() for ch in text) for text in quotes["text"])


def test_zero_width_characters_do_not_change_who_is_credited(capsys):
    plain = HEAD + BODY
    hidden = plain.replace("Ann Lee", "A\u200bnn\u00ad L\u200dee").replace("said", "sa\u2060id")
    speakers = []
    for text in (plain, hidden):
        article = parse_article(text, path="story.md")
        from framing.analysis.core import analyze

        speakers.append(list(analyze(article, None).quotes["speaker"]))
    assert speakers[0] == speakers[1] == ["Ann Lee"]


@pytest.mark.parametrize("workers", ["0", "-1", "1000"])
def test_workers_out_of_range(here, capsys, workers):
    (here / "good.md").write_text(HEAD + BODY)
    assert main(["corpus", "good.md", "--out", "c.parquet", "--workers", workers]) == 2
    assert "--workers" in one_error(capsys)
    assert not (here / "c.parquet").exists()


def test_workers_never_outnumber_articles():
    from framing.analysis.corpus import check_workers

    assert check_workers(None, 1) == 1
    assert check_workers(2, 1) == 1


@pytest.mark.parametrize("address", ["bogus://", "tcp://", "::::"])
def test_bad_scheduler_address(here, capsys, address):
    (here / "good.md").write_text(HEAD + BODY)
    assert main(["corpus", "good.md", "--out", "c.parquet", "--scheduler", address]) == 2
    assert "scheduler" in one_error(capsys)
    assert not (here / "c.parquet").exists()


def test_article_ids_that_collide_are_refused_not_dropped(here, capsys):
    (here / "story.md").write_text(HEAD + BODY)
    (here / "story.MD").write_text(HEAD + BODY)
    assert main(["corpus", str(here), "--out", "c.parquet", "--quiet"]) == 2
    assert "share the article id" in one_error(capsys)


def test_unknown_topic_skip_line_names_the_file(here, capsys):
    (here / "good.md").write_text(HEAD + BODY)
    (here / "lost.md").write_text(HEAD.replace("school-phones", "no-such-topic") + BODY)
    assert main(["corpus", str(here), "--out", "c.parquet", "--quiet", "--workers", "1"]) == 0
    skipped = [line for line in capsys.readouterr().err.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 1 and "lost.md" in skipped[0] and "no-such-topic" in skipped[0]


def test_ctrl_c_is_one_line_and_exit_130(here, capsys, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("framing.analysis.core.analyze_file", interrupted)
    (here / "good.md").write_text(HEAD + BODY)
    assert main(["quotes", "good.md"]) == 130
    assert "interrupted" in one_error(capsys)


def test_closed_pipe_is_quiet(here):
    (here / "good.md").write_text(HEAD + BODY * 40)
    done = subprocess.run(f"{sys.executable} -m framing.cli terms good.md --format csv | head -1",
                          shell=True, capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == ""


def test_error_is_input_error_not_a_crash_for_missing_paths(here, capsys):
    assert main(["corpus", "no/such/folder", "--out", "c.parquet"]) == 2
    one_error(capsys)
    with pytest.raises(InputError):
        parse_article("---\ntitle: x\n---\n\n", path="empty-body.md")
