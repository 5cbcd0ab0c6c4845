"""Coursework tooling: `framing code` writes a coding sheet, `framing agree` measures agreement
with the tool or between two coders. Sheets here are filled in by the tests."""

import csv
import io
import json

import pytest

from framing.cli import main

from conftest import CASE_STUDY


@pytest.fixture
def sheet(tmp_path, capsys):
    path = tmp_path / "sheet.csv"
    assert main(["code", str(CASE_STUDY), "--out", str(path)]) == 0
    capsys.readouterr()
    return path


def fill(path, marks: dict[str, list[str]], out):
    """Copy the sheet at ``path`` to ``out`` with each frame column set to ``marks[frame]``."""
    rows = list(csv.DictReader(io.StringIO(path.read_text())))
    for frame, values in marks.items():
        for row, value in zip(rows, values):
            row[frame] = value
    with open(out, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out


def agree(capsys, *sheets):
    assert main(["agree", *map(str, sheets), "--format", "json"]) == 0
    return {r["frame"]: r for r in json.loads(capsys.readouterr().out)}


def test_sheet_has_one_empty_row_per_sentence(sheet, case_analysis):
    rows = list(csv.DictReader(io.StringIO(sheet.read_text())))
    assert len(rows) == len(case_analysis.frames)
    assert {"surveillance", "safety", "technical"} <= set(rows[0])
    assert all(r["surveillance"] == "" for r in rows)


def test_sheet_is_never_overwritten_without_force(sheet, capsys):
    assert main(["code", str(CASE_STUDY), "--out", str(sheet)]) == 2
    assert "--force" in capsys.readouterr().err


def test_copying_the_tool_gives_full_agreement(sheet, case_analysis, capsys, tmp_path):
    marks = {f: ["1" if v else "" for v in case_analysis.frames[f]]
             for f in ("surveillance", "safety")}
    result = agree(capsys, fill(sheet, marks, tmp_path / "copy.csv"))
    assert result["surveillance"]["alpha"] == 1.0 and result["safety"]["agreement"] == 1.0


def test_two_coders_and_marks_written_many_ways(sheet, capsys, tmp_path):
    n = len(sheet.read_text().splitlines()) - 1
    first = fill(sheet, {"safety": ["yes", "x", "no", "", "0"] + ["1"] * (n - 5)}, tmp_path / "a.csv")
    second = fill(sheet, {"safety": ["1", "1", "1", "0", "0"] + ["TRUE"] * (n - 5)}, tmp_path / "b.csv")
    result = agree(capsys, first, second)["safety"]
    assert result["sentences"] == n and result["first_marked"] == n - 3
    assert result["second_marked"] == n - 2 and result["agreement"] == round((n - 1) / n, 3)


def test_a_mark_that_is_no_mark_names_its_row(sheet, capsys, tmp_path):
    bad = fill(sheet, {"safety": ["", "maybe"]}, tmp_path / "bad.csv")
    assert main(["agree", str(bad)]) == 2
    assert "row 3, column safety" in capsys.readouterr().err


def test_a_sheet_of_an_edited_article_is_refused(sheet, capsys, tmp_path):
    text = sheet.read_text().replace(",0,88,", ",0,87,", 1)
    (tmp_path / "stale.csv").write_text(text)
    assert main(["agree", str(tmp_path / "stale.csv")]) == 2
    assert "row 2" in capsys.readouterr().err
