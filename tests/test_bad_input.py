"""Bad input: one line `error: ...`, exit code 2, no traceback, and no file written."""

import subprocess
import sys

import pytest

from framing.cli import main

VALID = "---\ntitle: A title\ntopic: facial-recognition\n---\nA body paragraph.\n"
BAD_FILES = {
    "empty": b"",
    "binary": bytes(range(256)) * 4,
    "non-utf8": "Caf\u00e9 society said \u201chello\u201d.".encode("latin-1", "replace") + b"\xff\xfe",
    "no-front-matter": b"Just a headline\n\nAnd a body.\n",
    "invalid-yaml": b"---\ntitle: [unclosed\n---\nBody.\n",
    "unknown-topic": VALID.replace("facial-recognition", "no-such-topic").encode(),
    "huge": VALID.encode() + b"word " * 2_100_000,
}


def _one_error_line(stderr: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in stderr


@pytest.mark.parametrize("name", sorted(BAD_FILES))
@pytest.mark.parametrize("command", ["quotes", "terms", "analyze"])
def test_analysis_commands_reject_bad_files(tmp_path, capsys, name, command):
    path = tmp_path / f"{name}.md"
    path.write_bytes(BAD_FILES[name])
    assert main([command, str(path)]) == 2
    captured = capsys.readouterr()
    _one_error_line(captured.err)
    assert captured.out == ""


@pytest.mark.parametrize("name", ["empty", "binary", "non-utf8", "huge"])
def test_add_rejects_bad_files_and_writes_nothing(project, tmp_path, capsys, name):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(BAD_FILES[name])
    before = sorted(project.rglob("*"))
    assert main(["add", str(path)]) == 2
    _one_error_line(capsys.readouterr().err)
    assert sorted(project.rglob("*")) == before


def test_add_rejects_invalid_sidecar_metadata(project, tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text("Headline\n\nBody paragraph.\n", encoding="utf-8")
    (tmp_path / "story.meta.yml").write_text("outlet: [unclosed\n", encoding="utf-8")
    assert main(["add", str(path)]) == 2
    _one_error_line(capsys.readouterr().err)
    assert not (project / "articles").exists()


def test_add_rejects_unknown_topic_and_writes_nothing(project, tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text("Headline\n\nBody paragraph.\n", encoding="utf-8")
    assert main(["add", str(path), "--topic", "no-such-topic"]) == 2
    err = capsys.readouterr().err
    _one_error_line(err)
    assert "framing new-topic no-such-topic" in err
    assert not (project / "articles").exists()


def test_missing_file_and_bad_usage(capsys):
    assert main(["quotes", "no/such/file.md"]) == 2
    _one_error_line(capsys.readouterr().err)
    assert main(["quotes"]) == 2
    _one_error_line(capsys.readouterr().err)
    assert main(["quotes", "x.md", "--format", "xml"]) == 2
    _one_error_line(capsys.readouterr().err)


def test_real_process_exit_code_and_stderr(tmp_path):
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    done = subprocess.run([sys.executable, "-m", "framing.cli", "quotes", str(path)],
                          capture_output=True, text=True)
    assert done.returncode == 2
    _one_error_line(done.stderr)
