"""Hostile and careless `--out` targets for `framing corpus` and `framing report`: `--force`
replaces only an earlier output of the same command, concurrent runs lose cleanly, a replacement
interrupted at any point leaves the old output or the new one, and a corpus is read only whole.

Every test runs in its own temporary folder, with `shutil.rmtree` guarded so that a defect fails
the test instead of deleting anything outside that folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from framing import outputs
from framing.cli import main
from framing.analysis.corpus import CORPUS_MARK, read_corpus
from framing.errors import InputError
from framing.book.report import REPORT_MARK

from conftest import ROOT

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "articles" / "school-phones.md"  # written for the tests


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """``tmp_path`` as the working directory and home, with every deletion checked to lie in it."""
    real_rmtree = shutil.rmtree

    def guarded(path, *args, **kwargs):
        if not Path(path).resolve().is_relative_to(tmp_path.resolve()):
            pytest.fail(f"tried to delete {path}, outside the test's folder")
        return real_rmtree(path, *args, **kwargs)

    monkeypatch.setattr(shutil, "rmtree", guarded)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("FRAMING_DATA", str(DATA))
    (tmp_path / "home").mkdir()
    return tmp_path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def a_clone(parent: Path) -> Path:
    """A folder that looks like a user's repository clone."""
    clone = parent / "clone"
    for name, text in {".git/HEAD": "ref: refs/heads/main\n", "src/code.py": "x = 1\n",
                       "data/articles/story.md": ARTICLE.read_text()}.items():
        (clone / name).parent.mkdir(parents=True, exist_ok=True)
        (clone / name).write_text(text)
    return clone


def corpus(*args: str) -> int:
    return main(["corpus", str(ARTICLE), "--workers", "1", "--quiet", *args])


def one_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "Traceback" not in err
    return err


@pytest.mark.parametrize("target", [".", "clone", "clone/data/articles", "home", "/"])
def test_corpus_force_never_deletes_a_folder_it_did_not_make(sandbox, capsys, target):
    a_clone(sandbox)
    before = snapshot(sandbox)
    assert corpus("--out", target, "--force") == 2
    one_error(capsys)
    assert snapshot(sandbox) == before


def test_corpus_force_refuses_the_folder_holding_its_inputs(sandbox, capsys):
    clone = a_clone(sandbox)
    articles = clone / "data" / "articles"
    (articles / CORPUS_MARK).write_text("forged")  # even a marked folder that holds the inputs
    before = snapshot(sandbox)
    assert main(["corpus", str(articles), "--out", str(articles), "--force", "--quiet"]) == 2
    assert "inputs" in one_error(capsys)
    assert snapshot(sandbox) == before


def test_report_force_never_deletes_a_folder_it_did_not_make(sandbox, capsys):
    clone = a_clone(sandbox)
    before = snapshot(sandbox)
    assert main(["report", str(ARTICLE), "--out", str(clone), "--force"]) == 2
    assert "not a framing report" in one_error(capsys)
    assert snapshot(sandbox) == before


def test_out_that_is_a_file_is_refused_before_any_work(sandbox, capsys):
    (sandbox / "notes.parquet").write_text("mine")
    assert corpus("--out", "notes.parquet", "--force") == 2
    one_error(capsys)
    assert main(["report", str(ARTICLE), "--out", "notes.parquet", "--force"]) == 2
    one_error(capsys)
    assert (sandbox / "notes.parquet").read_text() == "mine"


def test_corpus_replaces_its_own_output_only_with_force(sandbox, capsys):
    assert corpus("--out", "c.parquet") == 0
    assert corpus("--out", "c.parquet") == 2
    assert "--force" in capsys.readouterr().err
    assert corpus("--out", "c.parquet", "--force") == 0
    assert set(read_corpus("c.parquet")["articles"]["article_id"]) == {"school-phones"}
    assert sorted(p.name for p in sandbox.iterdir()) == ["c.parquet", "home"]  # no litter


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(choice=st.integers(0, 7), force=st.booleans(), fails=st.booleans())
def test_random_targets_never_lose_a_file_the_command_did_not_make(sandbox, choice, force, fails):
    root = sandbox / "property"
    shutil.rmtree(root, ignore_errors=True)
    clone = a_clone(root)
    earlier = root / "earlier"
    earlier.mkdir()
    (earlier / CORPUS_MARK).write_text("written by framing\n")
    (earlier / "quotes.parquet").write_text("old")
    (root / "empty").mkdir()
    targets = [root, clone, clone / "src", clone / ".git", earlier, root / "empty",
               root / "new" / "deeper", sandbox]
    target = targets[choice]
    before = snapshot(root)
    try:
        with outputs.owned_output(target, CORPUS_MARK, what="corpus", force=force,
                                  inputs=[clone / "data" / "articles" / "story.md"]) as new:
            new.mkdir()
            (new / "quotes.parquet").write_text("new")
            if fails:
                raise KeyboardInterrupt
    except (InputError, KeyboardInterrupt):
        pass
    after = snapshot(root)
    replaced = target == earlier and force and not fails
    for name, data in before.items():
        if replaced and (root / name).is_relative_to(earlier):
            continue
        assert after.get(name) == data, name
    assert not [p for p in root.rglob(".*") if p.name not in (".git", CORPUS_MARK)]


def test_concurrent_corpus_into_the_same_new_folder_loses_cleanly(sandbox, capsys):
    with outputs._claim(sandbox / "c.parquet"):  # another run holds the output
        assert corpus("--out", "c.parquet") == 2
        assert "another framing run" in one_error(capsys)
    assert not (sandbox / "c.parquet").exists()
    assert corpus("--out", "c.parquet") == 0


def test_concurrent_reports_into_the_same_folder_lose_cleanly(sandbox, capsys):
    with outputs._claim(sandbox / "r"):
        assert main(["report", str(ARTICLE), "--out", "r"]) == 2
        assert "another framing run" in one_error(capsys)
    assert not (sandbox / "r").exists()


def test_interrupt_between_the_renames_restores_the_old_output(sandbox, monkeypatch):
    assert corpus("--out", "c.parquet") == 0
    before = snapshot(sandbox / "c.parquet")
    real_rename, calls = os.rename, []

    def rename(src, dst):
        calls.append(dst)
        if len(calls) == 2:  # the old output is aside; the new one is about to move in
            raise KeyboardInterrupt
        return real_rename(src, dst)

    monkeypatch.setattr(os, "rename", rename)
    assert corpus("--out", "c.parquet", "--force") == 130
    monkeypatch.setattr(os, "rename", real_rename)
    assert snapshot(sandbox / "c.parquet") == before
    assert sorted(p.name for p in sandbox.iterdir()) == ["c.parquet", "home"]


def test_interrupt_while_analysing_leaves_the_old_output(sandbox, monkeypatch, capsys):
    assert corpus("--out", "c.parquet") == 0
    before = snapshot(sandbox / "c.parquet")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("framing.analysis.corpus._local", interrupted)
    assert corpus("--out", "c.parquet", "--force") == 130
    assert "interrupted" in one_error(capsys)
    assert snapshot(sandbox / "c.parquet") == before
    assert sorted(p.name for p in sandbox.iterdir()) == ["c.parquet", "home"]


def test_read_corpus_refuses_an_incomplete_corpus(sandbox):
    assert corpus("--out", "c.parquet") == 0
    (sandbox / "c.parquet" / "quotes.parquet").unlink()
    with pytest.raises(InputError, match="incomplete"):
        read_corpus("c.parquet")
    with pytest.raises(InputError, match="not a corpus"):
        read_corpus(sandbox / "home")


def test_every_table_exists_even_with_no_rows(sandbox):
    quiet = sandbox / "quiet.md"
    quiet.write_text("---\ntitle: Nobody speaks\ntopic: school-phones\n---\nA plain sentence.\n")
    assert main(["corpus", str(quiet), "--out", "c.parquet", "--quiet"]) == 0
    tables = read_corpus("c.parquet")
    assert len(tables["quotes"]) == 0 and len(tables["articles"]) == 1


def test_a_corpus_with_nothing_analysed_writes_nothing(sandbox, capsys):
    broken = sandbox / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\nBody.\n")
    assert main(["corpus", str(broken), "--out", "c.parquet", "--quiet"]) == 2
    assert "no article could be analysed" in one_error(capsys)
    assert sorted(p.name for p in sandbox.iterdir()) == ["broken.md", "home"]


def test_report_names_that_collide_after_slugging(sandbox, capsys):
    for name in ("My Story.md", "my-story.md", "a/story.md", "b/story.md"):
        (sandbox / name).parent.mkdir(exist_ok=True)
        shutil.copy(ARTICLE, sandbox / name)
    assert main(["report", "My Story.md", "my-story.md"]) == 2
    assert "rename one" in one_error(capsys)
    assert main(["report", "a/story.md", "b/story.md"]) == 2
    assert "rename one" in one_error(capsys)
    assert main(["report", "a/story.md", "a/story.md"]) == 2
    assert "twice" in one_error(capsys)


def test_the_project_itself_is_never_a_target(sandbox, capsys):
    (ROOT / CORPUS_MARK).exists() and pytest.fail("the repository must hold no corpus marker")
    assert corpus("--out", str(ROOT), "--force") == 2
    one_error(capsys)
    assert main(["report", str(ARTICLE), "--out", str(ROOT), "--force"]) == 2
    one_error(capsys)
    assert not (ROOT / REPORT_MARK).exists()


def test_a_failed_build_writes_a_new_log_and_touches_no_other_file(sandbox):
    from framing.errors import BuildError
    from framing.book.jupyterbook import build_strictly

    source = sandbox / "source"  # written for the tests: a table of contents naming no page
    source.mkdir()
    (source / "_config.yml").write_text("title: Broken\n")
    (source / "_toc.yml").write_text("format: jb-book\nroot: missing\n")
    (sandbox / "report.build.log").write_text("mine")
    before = snapshot(sandbox)
    with pytest.raises(BuildError) as failed:
        build_strictly(source, sandbox / "build", log_beside=sandbox / "report", what="it")
    log = Path(str(failed.value).rsplit("see ", 1)[1])
    assert log.parent == sandbox and log.name.startswith("report.") and log.read_text()
    after = snapshot(sandbox)
    assert {k: v for k, v in after.items() if k in before} == before
