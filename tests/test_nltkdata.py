import nltk

from framing.text import nltkdata


def test_builds_nltk_data_from_pypi_packages(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMING_NLTK_DATA", str(tmp_path))
    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))
    nltkdata.ensure_nltk_data.cache_clear()
    try:
        root = nltkdata.ensure_nltk_data()
    finally:
        nltkdata.ensure_nltk_data.cache_clear()
    assert root == tmp_path and nltk.data.path[0] == str(tmp_path)
    lines = (tmp_path / nltkdata.CMUDICT).read_text(encoding="utf-8").splitlines()
    entries = dict((line.split()[0], line.split()[2:]) for line in lines if line.split()[1] == "1")
    assert entries["privacy"] == ["P", "R", "AY1", "V", "AH0", "S", "IY0"]
    assert len(lines) > 130_000
    assert not list(tmp_path.rglob("*.tmp"))


def test_no_download_anywhere():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    needle = "nltk." + "download("
    for folder in ("src", "notebooks", "tests", "bench"):
        for path in (root / folder).rglob("*"):
            if path.suffix in (".py", ".ipynb"):
                assert needle not in path.read_text(encoding="utf-8"), path
