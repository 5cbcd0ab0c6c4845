"""Shared fixtures. Sockets are blocked for every test (pytest-socket, see pyproject.toml)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CASE_STUDY = ROOT / "data" / "articles" / "zdnet-2020-01-24-met-live-facial-recognition.md"
RAW_CASE_STUDY = ROOT / "data" / "raw" / "zdnet-2020-01-24-met-live-facial-recognition.txt"

# NLTK data is built from PyPI packages into the project's git-ignored cache (see nltkdata.py)
os.environ.setdefault("FRAMING_NLTK_DATA", str(ROOT / ".cache" / "nltk_data"))


@pytest.fixture(scope="session")
def topic():
    from framing.topic import load_topic

    return load_topic("facial-recognition", folder=ROOT / "data" / "topics")


@pytest.fixture(scope="session")
def case_analysis():
    from framing.analysis import analyze_file

    return analyze_file(CASE_STUDY)


@pytest.fixture
def project(tmp_path, monkeypatch):
    """An empty project data folder (with the real topics) that the library writes into."""
    data = tmp_path / "data"
    (data / "topics").mkdir(parents=True)
    (data / "topics" / "facial-recognition").symlink_to(ROOT / "data" / "topics" / "facial-recognition")
    monkeypatch.setenv("FRAMING_DATA", str(data))
    return data
