"""tasks.py (what `make book` runs) rebuilds what changed: its fingerprints tell a page edit from
a change that every notebook reads."""

import importlib.util

from conftest import ROOT

spec = importlib.util.spec_from_file_location("tasks", ROOT / "tasks.py")
tasks = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tasks)


def fingerprints():
    return tasks.fingerprint(tasks.PAGES), tasks.fingerprint(tasks.READ_BY_ALL, tasks.READ_FROM_ENV)


def test_a_page_edit_changes_pages_only_and_a_data_edit_everything(tmp_path, monkeypatch):
    for name in ("_config.yml", "_toc.yml", "notebooks/voices.ipynb", "data/topics/t/topic.yml",
                 "src/framing/x.py", "requirements.txt", "pyproject.toml", "book/intro.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("written for the tests\n")
    monkeypatch.setattr(tasks, "ROOT", tmp_path)
    pages, read_by_all = fingerprints()
    (tmp_path / "notebooks" / "voices.ipynb").write_text("edited\n")
    assert fingerprints()[0] != pages and fingerprints()[1] == read_by_all
    pages = fingerprints()[0]
    (tmp_path / "data" / "topics" / "t" / "topic.yml").write_text("edited\n")
    assert fingerprints() == (pages, fingerprints()[1]) and fingerprints()[1] != read_by_all
    read_by_all = fingerprints()[1]
    monkeypatch.setenv("FRAMING_ARTICLE", "another.md")
    assert fingerprints()[1] != read_by_all


def test_python_caches_do_not_count(tmp_path, monkeypatch):
    (tmp_path / "src").mkdir()
    monkeypatch.setattr(tasks, "ROOT", tmp_path)
    before = tasks.fingerprint(("src",))
    (tmp_path / "src" / "__pycache__").mkdir()
    (tmp_path / "src" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    assert tasks.fingerprint(("src",)) == before


def test_a_change_of_the_publishing_repository_rebuilds_the_pages_only(tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "ROOT", tmp_path)
    config = tmp_path / "_build" / "_config.yml"  # tasks.CONFIG: framing.launch writes it
    config.parent.mkdir()
    config.write_text("repository: {url: https://github.com/someone/fork}\n")
    pages, read_by_all = fingerprints()
    config.write_text("repository: {url: https://github.com/other/fork}\n")
    assert fingerprints()[0] != pages and fingerprints()[1] == read_by_all
