"""The book: notebooks committed without outputs, a strict build that executes them, and the
built HTML checked for every chapter, error outputs and missing images."""

from __future__ import annotations

import re
import shutil

import nbformat
import pytest
import yaml

from conftest import ROOT, build, toc_files

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ALL_NOTEBOOKS = NOTEBOOKS + sorted((ROOT / "book").rglob("*.ipynb"))


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_are_committed_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, path.name


def test_every_chapter_is_in_the_toc():
    listed = set(toc_files())
    for path in NOTEBOOKS:
        assert f"notebooks/{path.stem}" in listed


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
        for alt in re.findall(r'<img[^>]+alt="([^"]*)"', page.read_text(encoding="utf-8")):
            assert len(alt) > 30 and not alt.endswith(".png"), f"{name}: poor alt text {alt!r}"


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
