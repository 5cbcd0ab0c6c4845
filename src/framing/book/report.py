"""``framing report``: the book's chapters run on other articles, built as a standalone book.

The report's sources are assembled in a temporary folder: the project's chapter notebooks, one
copy per article beside a ``.framing.yml`` naming the article (see :mod:`framing.book.chapters`), a
findings page, a comparison chapter when there are two or more articles, and the methods page.
The book is built strictly into a temporary folder and then moved into place, so the main
book is never touched and a failed build leaves no half-written report.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from framing.sources.add import slugify
from framing.inputs.articlefile import load_article
from framing.book.chapters import MARKER
from framing.errors import InputError
from framing.book.jupyterbook import build_strictly
from framing.outputs import owned_output
from framing.paths import project_root
from framing.inputs.topic import load_topic

CHAPTERS = ("article", "voices", "loaded-language", "sentiment", "readability", "synthesis")
TEMPLATES = Path("book") / "report"
REPORT_MARK = ".framing-report"


def _write_yaml(path: Path, data) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _assemble(source: Path, articles: list[Path], topic: str | None, title: str) -> None:
    """Write the report's book sources into ``source``."""
    root = project_root()
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    from framing.book.markup import config_title  # the theme writes the title unescaped in places: see there
    config["title"] = config_title(title)
    config["bibtex_bibfiles"] = ["references.bib"]
    config["sphinx"]["config"]["html_static_path"] = ["_static"]
    # every article's chapters share their code, so the execution cache would serve the first
    # article's outputs for all; a report is built once, in a fresh folder, so nothing is lost
    config["execute"]["execute_notebooks"] = "force"
    _write_yaml(source / "_config.yml", config)
    shutil.copytree(root / "book" / "_static", source / "_static")
    shutil.copy(root / "book" / "references.bib", source / "references.bib")
    shutil.copy(root / "book" / "methods.md", source / "methods.md")
    shutil.copy(root / TEMPLATES / "intro.md", source / "intro.md")
    marker = {"articles": [str(a) for a in articles], "topic": topic}
    _write_yaml(source / MARKER, marker)
    parts = []
    for path in articles:
        slug = slugify(path.stem)
        folder = source / slug
        folder.mkdir()
        _write_yaml(folder / MARKER, {"articles": [str(path)], "topic": topic})
        for chapter in CHAPTERS:
            shutil.copy(root / "notebooks" / f"{chapter}.ipynb", folder)
        parts.append({"caption": load_article(path).title,
                      "chapters": [{"file": f"{slug}/{c}"} for c in CHAPTERS]})
    if len(articles) > 1:
        shutil.copy(root / TEMPLATES / "comparison.ipynb", source / "comparison.ipynb")
        parts.append({"caption": "Comparison", "chapters": [{"file": "comparison"}]})
    parts.append({"caption": "About", "chapters": [{"file": "methods"}]})
    _write_yaml(source / "_toc.yml", {"format": "jb-book", "root": "intro", "parts": parts})


def build_report(articles: list[str | Path], *, topic: str | None = None,
                 out: str | Path | None = None, force: bool = False, pdf: bool = False) -> Path:
    """Build the report of ``articles`` into ``out`` (default ``_build/reports/<slug>/``) and
    return the path of its index.html; with ``pdf``, also print it to ``out/report.pdf`` (see
    :mod:`framing.book.pdf`; InputError without chromium). An existing ``out`` is replaced only with
    ``force`` and only when it is an earlier report. InputError for a bad article, topic or
    output folder, before anything is built."""
    paths = [Path(a).resolve() for a in articles]
    loaded = [load_article(p) for p in paths]  # every article must load before any work
    for article in loaded:
        name = topic or article.topic
        if not name:
            raise InputError(f"{article.meta.get('slug')}: no topic; pass --topic NAME")
        load_topic(name)
    slugs = [slugify(p.stem) for p in paths]
    for i, slug in enumerate(slugs):
        if slug in slugs[:i]:
            first = paths[slugs.index(slug)]
            raise InputError(f"{first} and {paths[i]} share the name '{slug}' in a report"
                             + (" (the same article is given twice)" if first == paths[i]
                                else "; rename one"))
    if out is None:  # the default place is the project's build folder: rebuilt at will
        out, force = project_root() / "_build" / "reports" / "-and-".join(slugs)[:100], True
    out = Path(out)
    title = loaded[0].title if len(loaded) == 1 else f"Comparing {len(loaded)} articles"
    with owned_output(out, REPORT_MARK, what="report", force=force, inputs=paths) as html:
        source, build = html.with_name("source"), html.with_name("build")
        source.mkdir()
        _assemble(source, paths, topic, f"Framing report: {title}")
        build_strictly(source, build, log_beside=out, what="the report", options=("--all",))
        (build / "_build" / "html").rename(html)
        if pdf:  # the same sources and build folder: Sphinx re-uses what it read, nothing re-runs
            from framing.book.pdf import build_single_page, print_pdf

            print_pdf(build_single_page(source, build, log_beside=out), html / "report.pdf",
                      title=f"Framing report: {title}")
    return out / "index.html"
