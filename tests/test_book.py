"""The book: notebooks committed without outputs, a strict build that executes them, and the
built HTML checked for every chapter, error outputs and missing images."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
import yaml

from conftest import ROOT

JUPYTER_BOOK = Path(sys.executable).with_name("jupyter-book")
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def toc_files() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    return [toc["root"]] + [chapter["file"] for chapter in toc["chapters"]]


def build(source: Path, output: Path, *, env: dict | None = None) -> subprocess.CompletedProcess:
    """Build the book at ``source`` strictly into ``output``, with extra environment ``env``."""
    return subprocess.run([str(JUPYTER_BOOK), "build", str(source), "--path-output", str(output),
                           "--all", "-W", "-n", "--keep-going"], capture_output=True, text=True,
                          env=os.environ | (env or {}))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_are_committed_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, path.name


def test_every_chapter_is_in_the_toc():
    listed = set(toc_files())
    for path in NOTEBOOKS:
        assert f"notebooks/{path.stem}" in listed


@pytest.fixture(scope="session")
def html(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("book")
    done = build(ROOT, output)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    return output / "_build" / "html"


def test_build_has_every_chapter(html):
    for name in toc_files():
        page = html / f"{name}.html"
        assert page.is_file(), name
        text = page.read_text(encoding="utf-8")
        assert "Traceback (most recent call last)" not in text
        assert 'class="output traceback' not in text and "output stderr" not in text


def test_every_image_exists_and_analysis_chapters_have_figures(html):
    for name in toc_files():
        page = html / f"{name}.html"
        sources = re.findall(r'<img[^>]+src="([^"]+)"', page.read_text(encoding="utf-8"))
        for src in sources:
            if not src.startswith(("data:", "http")):
                assert (page.parent / src).is_file(), f"{name}: missing image {src}"
        if name.startswith("notebooks/"):
            assert sources, f"{name} has no figure"


def test_findings_page_has_glued_numbers_not_placeholders(html):
    text = (html / "book" / "intro.html").read_text(encoding="utf-8")
    assert "pasted-text" in text
    assert "{glue" not in text and "??" not in text


def test_a_notebook_that_raises_fails_the_build(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    shutil.copy(ROOT / "_config.yml", source / "_config.yml")
    config = yaml.safe_load((source / "_config.yml").read_text(encoding="utf-8"))
    config.pop("bibtex_bibfiles", None)
    (source / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (source / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n  - file: boom\n")
    (source / "intro.md").write_text("# Intro\n")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("raise ValueError('boom')")])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, source / "boom.ipynb")
    done = build(source, tmp_path / "out")
    assert done.returncode != 0
    assert "boom" in done.stdout + done.stderr
