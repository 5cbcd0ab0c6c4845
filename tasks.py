"""Set up, build and test, with or without ``make`` (Windows, macOS and Linux alike).

    python tasks.py book     set up .venv when needed, then build the book from the case study
    python tasks.py test     set up .venv when needed, then run the test suite
    python tasks.py pdf      build the book as above, then print it to one PDF (needs chromium)
    python tasks.py setup    only set up .venv (again when requirements.txt or pyproject.toml changed)
    python tasks.py clean    remove the build and the language data built on first use

The Makefile's ``make book`` and ``make test`` call this script, so both paths run the same steps.
Use Python 3.11 or newer to run it; .venv is made with that Python.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
INPUTS = (ROOT / "requirements.txt", ROOT / "pyproject.toml")
# NLTK data is built from PyPI packages into this git-ignored folder (never downloaded)
ENV = os.environ | {"FRAMING_NLTK_DATA": str(ROOT / ".cache" / "nltk_data")}
BUILD = ROOT / "_build"
# _config.yml with buttons to the repository that publishes the book (see framing.launch)
CONFIG = BUILD / "_config.yml"
# what the pages are made of, and what every notebook reads (so a change re-executes them all)
PAGES = ("_config.yml", "_toc.yml", "book", "notebooks", CONFIG.relative_to(ROOT).as_posix())
READ_BY_ALL = ("src", "data", "requirements.txt", "pyproject.toml")
READ_FROM_ENV = ("FRAMING_ARTICLE", "FRAMING_TOPIC", "FRAMING_DATA")
BUILT_FROM = BUILD / ".built-from.json"


def run(*command: str | Path) -> None:
    """Run a command from the repository's folder; stop with its exit code when it fails."""
    done = subprocess.run([str(part) for part in command], cwd=ROOT, env=ENV)
    if done.returncode:
        sys.exit(done.returncode)


def setup() -> None:
    """Make .venv and install requirements.txt into it, unless that is done and up to date."""
    if STAMP.exists() and all(STAMP.stat().st_mtime >= p.stat().st_mtime for p in INPUTS):
        return
    if not PYTHON.exists():
        venv.create(VENV, with_pip=True)
    run(PYTHON, "-m", "pip", "install", "--quiet", "-r", ROOT / "requirements.txt")
    STAMP.touch()


def fingerprint(names: tuple[str, ...], env: tuple[str, ...] = ()) -> str:
    """A hash of the files under ``names`` (paths and bytes) and of the ``env`` variables."""
    digest = hashlib.sha256()
    for name in names:
        path = ROOT / name
        for file in sorted(path.rglob("*") if path.is_dir() else [path]):
            if file.is_file() and "__pycache__" not in file.parts and not file.name.startswith("."):
                digest.update(str(file.relative_to(ROOT)).encode() + b"\0" + file.read_bytes())
    for key in env:
        digest.update(f"{key}={os.environ.get(key, '')}".encode())
    return digest.hexdigest()


def book() -> None:
    """Build the book strictly, re-executing only what changed since the last build: nothing
    when nothing did; every notebook when the library, the data or the environment did (each
    reads them all); else the changed pages, notebooks re-run by the execution cache when their
    code changed. The buttons open the repository that publishes the book: GitHub's workflow
    names it, else git's origin; none without either. Print where the book is."""
    setup()
    run(PYTHON, "-m", "framing.launch", "config", CONFIG)
    now = {"pages": fingerprint(PAGES), "read_by_all": fingerprint(READ_BY_ALL, READ_FROM_ENV)}
    before = json.loads(BUILT_FROM.read_text()) if BUILT_FROM.exists() else {}
    html = BUILD / "html" / "index.html"
    if before == now and html.exists():
        print(f"The book is up to date at {html}")
        return
    command = [BIN / "jupyter-book", "build", ".", "--config", CONFIG, "-W", "-n", "--keep-going"]
    if before.get("read_by_all") != now["read_by_all"]:
        shutil.rmtree(BUILD / ".jupyter_cache", ignore_errors=True)
        command.append("--all")
    BUILT_FROM.unlink(missing_ok=True)
    run(*command)
    BUILT_FROM.write_text(json.dumps(now))
    print(f"The book is at {html}")


def pdf() -> None:
    """Build the book (see ``book``), then again as one page, reusing its execution cache, and
    print that with Debian's chromium to _build/pdf/book.pdf (see framing.book.pdf); print its
    path."""
    book()
    run(PYTHON, "-m", "framing.book.pdf", ".", BUILD / "pdf" / "book.pdf")


def test() -> None:
    setup()
    run(PYTHON, "-m", "pytest")


def clean() -> None:
    for folder in (ROOT / "_build", ROOT / ".cache"):
        shutil.rmtree(folder, ignore_errors=True)


TASKS = {"setup": setup, "book": book, "pdf": pdf, "test": test, "clean": clean}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in TASKS:
        sys.exit(__doc__)
    TASKS[sys.argv[1]]()
