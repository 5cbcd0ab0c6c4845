"""Set up, build and test, with or without ``make`` (Windows, macOS and Linux alike).

    python tasks.py book     set up .venv when needed, then build the book from the case study
    python tasks.py test     set up .venv when needed, then run the test suite
    python tasks.py setup    only set up .venv (again when requirements.txt or pyproject.toml changed)
    python tasks.py clean    remove the build and the language data built on first use

The Makefile's ``make book`` and ``make test`` call this script, so both paths run the same steps.
Use Python 3.11 or newer to run it; .venv is made with that Python.
"""

from __future__ import annotations

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


def book() -> None:
    """Build the book strictly; print where it is."""
    setup()
    run(BIN / "jupyter-book", "build", ".", "--all", "-W", "-n", "--keep-going")
    print(f"The book is at {ROOT / '_build' / 'html' / 'index.html'}")


def test() -> None:
    setup()
    run(PYTHON, "-m", "pytest")


def clean() -> None:
    for folder in (ROOT / "_build", ROOT / ".cache"):
        shutil.rmtree(folder, ignore_errors=True)


TASKS = {"setup": setup, "book": book, "test": test, "clean": clean}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in TASKS:
        sys.exit(__doc__)
    TASKS[sys.argv[1]]()
