"""A student's own story, end to end, as the guide tells it: a new topic from `framing
new-topic` (lexicon still empty), two .txt articles with header lines added with `--private`,
and a report with their headlines, outlets and dates and no trace of the case study. The
articles are written for the tests."""

from __future__ import annotations

import pytest

from framing.cli import main

from test_topic_neutral import case_study_mentions, visible_text

FIRST = """Title: Ferry crews walk out over pay as islanders face a week of cancellations
Outlet: Test Islander
Date: 2025-03-04
Author: Jo Bloggs

Picture: Test Agency
Ferry crews on the northern routes walked out on Monday in a dispute over pay.
"Our members have not had a real rise in five years," said union organiser Ann Lee.
"We have put a generous deal on the table," said managing director Tom Reed.
"""
SECOND = """Title: Ferry operator defends its pay offer as the strike enters a second day
Outlet: Test Courier
Date: 2025-03-05

Northern Ferries defended its offer on Tuesday as the strike entered a second day.
"This is the best offer in the industry," said managing director Tom Reed.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("story")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FRAMING_DATA", str(folder / "data"))
        patch.chdir(folder)
        assert main(["new-topic", "ferry-strike"]) == 0
        for name, text in (("walkout.txt", FIRST), ("offer.txt", SECOND)):
            (folder / name).write_text(text, encoding="utf-8")
            assert main(["add", name, "--topic", "ferry-strike", "--private"]) == 0
        articles = [str(folder / "data" / "private" / "articles" / f"{n}.md")
                    for n in ("walkout", "offer")]
        assert main(["report", *articles, "--out", str(folder / "report")]) == 0
    return folder / "report"


def test_report_shows_each_articles_headline_outlet_and_date(report):
    intro = visible_text((report / "intro.html").read_text(encoding="utf-8"))
    for words in ("Ferry crews walk out over pay", "Test Islander", "2025-03-04",
                  "Ferry operator defends its pay offer", "Test Courier", "2025-03-05"):
        assert words in intro
    assert "Picture: Test Agency" not in intro


def test_report_on_a_new_story_has_no_trace_of_the_case_study(report):
    found = {page.name: case_study_mentions(visible_text(page.read_text(encoding="utf-8")))
             for page in report.rglob("*.html")}
    assert not {name: words for name, words in found.items() if words}
