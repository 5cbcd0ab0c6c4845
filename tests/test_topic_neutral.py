"""Topic-neutral chapters: a report on another topic says nothing of the case study.

The end-to-end test builds a report on the two school-phones articles written for the tests and
reads every built page's visible text (tags, scripts and styles stripped; image alt text kept)
for a word of the case study. The unit tests cover the prose helpers that replaced the case
study's examples with the analysed article's own."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from framing.book import chapters as book, prose

DATA = Path(__file__).parent / "data"
ARTICLES = [DATA / "articles" / "school-phones.md", DATA / "articles" / "school-phones-2.md"]

# words of the case study (ZDNet on the Metropolitan Police's live facial recognition): none
# belongs in a report on another story. "Met" only as a capitalised word ("met" is a verb).
# The second line: the case study's other words that the school-phones story never uses.
CASE_STUDY_WORDS = re.compile(
    r"facial|surveillance|Metropolitan|ZDNet|oppressive|safeguards?|\bLiberty\b|"
    r"Big\s+Brother\s+Watch|facial-recognition|"
    r"\bpolice|privacy|violence|\bcrime|SEE:|Editorial standards", re.IGNORECASE)
MET = re.compile(r"\bMet\b")


class _VisibleText(HTMLParser):
    """The text a reader of a page can see or hear: text outside scripts, styles and templates,
    and the alt text of images."""

    HIDDEN = {"script", "style", "template", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag == "img":
            self.parts.append(dict(attrs).get("alt") or "")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """The visible text of an HTML page, one space between pieces."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return " ".join(" ".join(parser.parts).split())


def case_study_mentions(text: str) -> list[str]:
    """Each case-study word in ``text``, with a little context either side."""
    found = [m for m in CASE_STUDY_WORDS.finditer(text)] + [m for m in MET.finditer(text)]
    return [text[max(0, m.start() - 60):m.end() + 60] for m in sorted(found, key=lambda m: m.start())]


def test_visible_text_skips_scripts_and_styles_and_keeps_alt_text():
    page = ('<html><head><style>.facial{}</style><script>var m = "ZDNet";</script></head>'
            '<body><p>A &amp; B</p><img alt="Chart of Liberty"></body></html>')
    assert visible_text(page) == "A & B Chart of Liberty"


def test_case_study_mentions_finds_each_word_and_met_only_as_a_name():
    assert case_study_mentions("We met at the Met.") == ["We met at the Met."]
    assert case_study_mentions("I met them; civil liberties.") == []
    for word in ("facial", "Surveillance", "Metropolitan", "ZDNet", "oppressive", "safeguards",
                 "Liberty", "Big Brother Watch", "data/topics/facial-recognition/lexicon.csv"):
        assert case_study_mentions(f"text {word} text"), word


@pytest.fixture(scope="module")
def school_phones_report(tmp_path_factory) -> Path:
    """A report on the two school-phones articles, built once for this module."""
    from framing.book.report import build_report

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FRAMING_DATA", str(DATA))
        out = tmp_path_factory.mktemp("neutral") / "r"
        build_report([str(a) for a in ARTICLES], topic="school-phones", out=out)
    return out


def test_report_on_another_topic_says_nothing_of_the_case_study(school_phones_report):
    pages = sorted(p for p in school_phones_report.rglob("*.html") if "_static" not in p.parts)
    names = {p.relative_to(school_phones_report).as_posix() for p in pages}
    for chapter in ("article", "voices", "loaded-language", "sentiment", "readability",
                    "synthesis"):
        assert f"school-phones/{chapter}.html" in names
    assert {"intro.html", "methods.html", "comparison.html"} <= names
    mentions = {}
    for page in pages:
        found = case_study_mentions(visible_text(page.read_text(encoding="utf-8")))
        if found:
            mentions[page.relative_to(school_phones_report).as_posix()] = found
    assert not mentions, "case-study words in a report on another topic:\n" + "\n".join(
        f"{name}: ...{m}..." for name, found in mentions.items() for m in found)


def test_each_articles_chapters_quote_that_articles_own_words(school_phones_report):
    crackdown = visible_text((school_phones_report / "school-phones" / "loaded-language.html")
                             .read_text(encoding="utf-8"))
    climbdown = visible_text((school_phones_report / "school-phones-2" / "loaded-language.html")
                             .read_text(encoding="utf-8"))
    assert "School leaders speak of “distraction”" in crackdown
    assert "School leaders speak of “crackdown”" in climbdown


# --- the prose helpers ---

@pytest.fixture(scope="module")
def school():
    """The school-phones topic and the analyses of its two articles (the first: a crackdown
    and its critics; the second: a climb-down)."""
    from framing.analysis.core import analyze_file

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FRAMING_DATA", str(DATA))
        analyses = [analyze_file(a, topic="school-phones") for a in ARTICLES]
        lexicon = book.lexicon_file(analyses[0].topic)
    return SimpleNamespace(topic=analyses[0].topic, first=analyses[0], second=analyses[1],
                           lexicon=lexicon)


def hits(*rows):
    return pd.DataFrame(rows, columns=["term", "side", "negated"])


def test_side_vocabulary_names_each_sides_own_terms_most_used_first(school):
    table = hits(("lifeline", "parents", False), ("crackdown", "narrator", False),
                 ("distraction", "school", False), ("heavy-handed", "parents", False),
                 ("lifeline", "parents", False), ("distraction", "parents", True))
    assert prose.side_vocabulary(table, school.topic) == (
        'In this article, Parents\' groups speak of "lifeline", "heavy-handed"; '
        'School leaders speak of "distraction".')
    assert prose.side_vocabulary(table, school.topic, per_side=1).count('"') == 4
    assert "no quoted side" in prose.side_vocabulary(table.iloc[[1, 5]], school.topic)


def test_side_vocabulary_of_the_article_analysed(school, case_analysis):
    assert prose.side_vocabulary(school.first.term_hits, school.topic) == (
        'In this article, Parents\' groups speak of "lifeline", "heavy-handed", "crackdown"; '
        'School leaders speak of "distraction".')
    case = prose.side_vocabulary(case_analysis.term_hits, case_analysis.topic)
    assert 'Civil-liberties critics speak of "oppressive"' in case  # the case study's own words


def test_topic_kinds_and_cues_come_from_the_topic(school):
    assert prose.topic_kinds(school.topic) == (
        "School leaders: School staff; Parents' groups: Parents and carers, Pupil")
    assert prose.topic_cues(school.topic, per_side=2) == (
        'School leaders: "supporter", "defended"; Parents\' groups: "critic", "opponent"')
    assert prose.topic_kinds(None) == prose.topic_cues(None) == "none"


def test_negative_own_case_quotes_the_sides_own_words_that_vader_scores_negative(school):
    first, second = school.first, school.second
    assert prose.negative_own_case(first.segments, first.sentiment, first.term_hits,
                                   school.topic) == (
        'In this article, School leaders make their case with "distraction" (Order & '
        'discipline) in words VADER scores -0.38: "phones are a distraction".')
    none = prose.negative_own_case(second.segments, second.sentiment, second.term_hits,
                                   school.topic)
    assert none.startswith("In this article, VADER scores no segment negative")
    from dataclasses import replace

    unleaning = replace(school.topic, frames=tuple(replace(f, side=None)
                                                   for f in school.topic.frames))
    assert "no frame of this topic leans" in prose.negative_own_case(
        first.segments, first.sentiment, first.term_hits, unleaning).lower()


def test_negative_own_case_cuts_long_words_short(case_analysis):
    a = case_analysis
    text = prose.negative_own_case(a.segments, a.sentiment, a.term_hits, a.topic, limit=30)
    assert text.startswith("In this article, Police and officials make their case with")
    assert all(len(q) <= 34 for q in re.findall(r': "([^"]*)"', text))


def test_removed_lines_sentence():
    assert "not in the project's raw folder" in prose.removed_lines(None)
    assert prose.removed_lines([]) == "No line of the source as received was removed."
    assert prose.removed_lines(["Read more: x"]).startswith("1 line of the source as received was")
    assert prose.removed_lines(["a", "b"]).startswith("2 lines of the source as received were")


def test_removed_lines_are_read_again_from_the_raw_copy(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "raw").mkdir()
    article = tmp_path / "articles" / "story.md"
    article.write_text("---\ntitle: T\n---\nBody.\n", encoding="utf-8")
    assert book.removed_lines(article) is None
    (tmp_path / "raw" / "story.txt").write_text(
        "Council to close the bridge\nBy Ann Lee\nThe bridge will close on Monday for "
        "repairs, the council said.\nRead more: Roads in the city\nAdvertisement\n",
        encoding="utf-8")
    assert book.removed_lines(article) == ["Read more: Roads in the city", "Advertisement"]


def test_case_study_furniture_is_its_own():
    from conftest import CASE_STUDY

    assert any(line.startswith("SEE:") for line in book.removed_lines(CASE_STUDY))


def test_lexicon_file_is_the_topics_own(school, case_analysis):
    assert school.lexicon == "tests/data/topics/school-phones/terms.csv"
    assert book.lexicon_file(case_analysis.topic) == "data/topics/facial-recognition/lexicon.csv"


def test_remarks_come_from_the_topics_notes(school, case_analysis):
    assert "VADER" in book.remark("sentiment", case_analysis)
    assert book.remark("voices", case_analysis) is None
    assert book.remark("sentiment", school.first) is None
    assert book.show_remark("sentiment", school.first) is None
    shown = book.show_remark("sentiment", case_analysis).data
    assert shown.startswith("**A remark on this story.** ") and "\\\"surveillance\\\"" in shown
    noted = SimpleNamespace(article=school.first.article,
                            topic=SimpleNamespace(notes={"voices": "Heads speak first."}))
    assert book.remark("voices", noted) == "Heads speak first."
    assert book.remark("sentiment", noted) is None


def test_markdown_list_shows_each_line_as_written():
    assert prose.markdown_list(["SEE: *this*", "Editorial standards"]) == (
        "- SEE\\: \\*this\\*\n- Editorial standards")


def test_lexicon_file_of_a_data_folder_outside_the_project(school, tmp_path, monkeypatch):
    import shutil

    shutil.copytree(DATA / "topics" / "school-phones", tmp_path / "data" / "topics" / "school-phones")
    monkeypatch.setenv("FRAMING_DATA", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    assert book.lexicon_file(school.topic) == "data/topics/school-phones/terms.csv"
    (tmp_path / "data" / "topics" / "school-phones" / "terms.csv").unlink()
    assert book.lexicon_file(school.topic) == "terms.csv"
