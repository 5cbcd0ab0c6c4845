"""Shared fixtures. Sockets are blocked for every test (pytest-socket, see pyproject.toml)."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CASE_STUDY = ROOT / "data" / "articles" / "zdnet-2020-01-24-met-live-facial-recognition.md"
RAW_CASE_STUDY = ROOT / "data" / "raw" / "zdnet-2020-01-24-met-live-facial-recognition.txt"

# NLTK data is built from PyPI packages into the project's git-ignored cache (see nltkdata.py)
os.environ.setdefault("FRAMING_NLTK_DATA", str(ROOT / ".cache" / "nltk_data"))


@pytest.fixture(scope="session")
def topic():
    from framing.inputs.topic import load_topic

    return load_topic("facial-recognition", folder=ROOT / "data" / "topics")


@pytest.fixture(scope="session")
def case_analysis():
    from framing.analysis.core import analyze_file

    return analyze_file(CASE_STUDY)


@pytest.fixture
def project(tmp_path, monkeypatch):
    """An empty project data folder (with the real topics) that the library writes into."""
    data = tmp_path / "data"
    (data / "topics").mkdir(parents=True)
    (data / "topics" / "facial-recognition").symlink_to(ROOT / "data" / "topics" / "facial-recognition")
    monkeypatch.setenv("FRAMING_DATA", str(data))
    return data


def toc_files() -> list[str]:
    """The book's pages, as listed in _toc.yml."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    return [toc["root"]] + [chapter["file"] for chapter in toc["chapters"]]


def build(source: Path, output: Path, *, env: dict | None = None) -> subprocess.CompletedProcess:
    """Build the book at ``source`` strictly into ``output``, with extra environment ``env``."""
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    return subprocess.run([str(jupyter_book), "build", str(source), "--path-output", str(output),
                           "--all", "-W", "-n", "--keep-going"], capture_output=True, text=True,
                          env=os.environ | (env or {}))


@pytest.fixture(scope="session")
def html(tmp_path_factory) -> Path:
    """The book built once per test session, strictly, into a temporary folder."""
    output = tmp_path_factory.mktemp("book")
    done = build(ROOT, output)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    return output / "_build" / "html"


SITE = Path(__file__).parent / "data" / "site"  # pages written for the tests
PAGES = {
    "/news/council-cars": (200, "text/html; charset=utf-8", (SITE / "article.html").read_bytes()),
    "/nothing": (200, "text/html", (SITE / "no-article.html").read_bytes()),
    "/report.pdf": (200, "application/pdf", b"%PDF-1.4 written for the tests"),
    "/huge": (200, "text/html", b"<p>" + b"word " * 1_100_000 + b"</p>"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the standard library's name)
        if self.path == "/slow":
            time.sleep(1.5)
        status, kind, body = PAGES.get(self.path, (404, "text/html", b"<h1>Not found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading: what a size cap does

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    """A loopback HTTP server of the pages above; yields its address."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()
