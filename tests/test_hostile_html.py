"""Hostile text in a report: markup in an article's metadata and text, in a topic's labels, in
speaker names and lexicon terms shows as text on every page and never runs.

The sinks: the book's title in _config.yml (the theme writes it unescaped into the navbar),
Markdown outputs (the report's findings), the annotated article's HTML and matplotlib labels.
Escaping is checked unit by unit with random text, then end to end in a report built from a
payload article and topic and opened in chromium. Every article and topic here is written for
the tests.
"""

from __future__ import annotations

import csv
import dataclasses
import html
import re
import string
from functools import cache
from html.parser import HTMLParser

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.analysis.core import analyze
from framing.book.annotate import STYLE, annotated_html
from framing.text.article import Article
from framing.book.markup import config_title, css_colour, md_text, mpl_text, one_line
from framing.inputs.topic import Actor, Frame, LexiconEntry, Side, Topic

from test_browser import KNOWN_NOISE, browser  # noqa: F401 (a fixture)

# --- payloads ---

PAYLOADS = ["<img src=x onerror=alert(1)>", "<script>alert(2)</script>", "```", "{eval-rst}",
            "$x$", r"$\foo$", "[link](javascript:alert(3))"]
# fragments that mean something to MyST, HTML or a browser, to mix into random text
MARKUP = PAYLOADS + [
    "~~~", ":::", "{raw} html", "{{ x }}", "{sub-ref}`x`", "$$", "\\", "*", "_", "#", "- ", "1. ",
    "> ", "|", "---", "===", "(x)=", "%", "+++", "[^1]", "![i](x)", "<!--", "-->", "&amp;",
    "&#x3c;", "&lt;", "<http://a.io>", "http://a.io", "www.a.com", "a@b.co", "`", "``",
    "{sup}`2`", "\n", "\r\n", "\n\n", "    ", "\t", "\x00", "\u2028", "\u00a0", "'", '"', "--",
]
hostile_text = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(MARKUP), st.text(max_size=4)), max_size=12).map("".join),
)


# --- rendering MyST as myst-nb does ---

class Collector(HTMLParser):
    """The start tags with their attributes, and the text, of an HTML fragment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.tags.append(("!--", {}))

    def handle_decl(self, decl):
        self.tags.append(("!decl", {}))

    def handle_pi(self, data):
        self.tags.append(("?pi", {}))


def parse_html(fragment: str) -> Collector:
    collector = Collector()
    collector.feed(fragment)
    collector.close()
    return collector


@cache
def myst_parser():
    """The MyST markdown-it parser that myst-nb uses, with every syntax extension on (a superset
    of Jupyter Book's), rendering to HTML; smartquotes and replacements left off because they
    change text on purpose."""
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    extensions = {"amsmath", "attrs_inline", "attrs_block", "colon_fence", "deflist",
                  "dollarmath", "fieldlist", "html_admonition", "html_image", "linkify",
                  "strikethrough", "substitution", "tasklist"}
    return create_md_parser(MdParserConfig(enable_extensions=extensions, dmath_double_inline=True),
                            RendererHTML)


def render(markdown: str) -> Collector:
    return parse_html(myst_parser().render(markdown))


# --- md_text ---

@settings(max_examples=500, deadline=None)
@given(hostile_text)
def test_md_text_renders_any_text_as_that_text_and_nothing_else(text):
    expected = one_line(text)
    shown = render(md_text(text))
    assert "".join(shown.text).strip() == expected
    assert [tag for tag, _ in shown.tags] == (["p"] if expected else [])
    tokens = myst_parser().parse(md_text(text))
    if expected:  # one paragraph of one text token: no role, math, link, substitution, HTML
        assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
        assert [child.type for child in tokens[1].children] == ["text"]


@settings(max_examples=300, deadline=None)
@given(hostile_text)
def test_md_text_in_a_heading_and_a_list_item_stays_text(text):
    heading = render(f"### {md_text(text)}")
    assert [tag for tag, _ in heading.tags] == ["h3"]
    assert "".join(heading.text).strip() == one_line(text)
    item = render(f"- **Lead.** {md_text(text)}\n- **Next.** {md_text(text)}")
    assert [tag for tag, _ in item.tags] == ["ul", "li", "strong", "li", "strong"]
    assert "".join(item.text).split() == f"Lead. {one_line(text)} Next. {one_line(text)}".split()


def test_md_text_escapes_every_ascii_punctuation_character():
    assert md_text(string.punctuation) == "".join("\\" + c for c in string.punctuation)
    assert md_text("Plain words 123") == "Plain words 123"
    assert md_text(" a\n\n```\r\nb\u2028 ") == "a \\`\\`\\` b"


def test_md_text_payloads_through_docutils_stay_one_paragraph_of_text():
    """The docutils side of MyST (roles, directives, math become nodes there): no node but the
    paragraph, and no error message."""
    from docutils.core import publish_parts
    from myst_parser.parsers.docutils_ import Parser

    for payload in PAYLOADS + ["```{raw} html\n<script>alert(4)</script>\n```", "{math}`x`"]:
        body = publish_parts(md_text(payload), parser=Parser(), writer_name="html5",
                             settings_overrides={"myst_enable_extensions": ["dollarmath", "colon_fence",
                                                                            "substitution"],
                                                 "report_level": 1, "halt_level": 5,
                                                 "warning_stream": False})["body"]
        shown = parse_html(body)
        assert [tag for tag, _ in shown.tags] == ["p"], body
        assert "".join(shown.text).strip() == one_line(payload)


# --- the other escapes ---

@settings(max_examples=500, deadline=None)
@given(hostile_text)
def test_config_title_reads_the_same_escaped_or_not_and_holds_no_markup(text):
    """The theme writes the book title both HTML-escaped and as it is: both must show the same
    text, and the raw one no tag, comment or character reference."""
    title = config_title(text)
    raw, escaped = parse_html(f"<p>{title}</p>"), parse_html(f"<p>{html.escape(title)}</p>")
    assert raw.tags == escaped.tags == [("p", {})]
    assert "".join(raw.text) == "".join(escaped.text) == title
    assert not set(title) & set("\"'\n\r") and "</" not in title
    # what a reader sees: the title, its quotes made typographic
    def seen(s):
        return s.replace("\u2060", "").replace("\u201c", "\u201d").replace('"', "\u201d")

    assert seen(title) == seen(one_line(text)).replace("'", "\u2019")


def test_config_title_keeps_a_plain_title_and_quotes_typographically():
    assert config_title("Phones ban: the $5 plan (2024) #1") == "Phones ban: the $5 plan (2024) #1"
    assert config_title("<b>A & B</b>") == "<\u2060b>A &\u2060 B<\u2060/b>"
    assert config_title("Academy's \"crackdown\"") == "Academy\u2019s \u201ccrackdown\u201d"


def test_css_colour_lets_only_a_hex_colour_into_a_style_attribute():
    assert css_colour("#0072B2") == "#0072b2"
    assert css_colour("#abc") == "#aabbcc"
    for bad in ("red", "#12345", "#0072B2; background:url(x)", '#000" onmouseover="alert(1)',
                "expression(alert(1))", None, ""):
        assert css_colour(bad, "#777777") == "#777777"


def test_mpl_text_escapes_dollars_so_labels_are_never_mathtext():
    from matplotlib.text import Text

    for label in ("$x$", r"$\foo$", "$5 and $6", "no dollars", r"back \$ slash"):
        shown, math = Text(0, 0, mpl_text(label))._preprocess_math(mpl_text(label))
        assert not math and shown == label


# --- a payload topic, and an analysis with payload speakers ---

LABEL = "<img src=x onerror=alert(11)>"
SIDE_LABELS = {"school": f"School {LABEL} ``` $x$", "parents": r"Parents <script>alert(12)</script> $\foo$"}
FRAME_LABELS = {"discipline": r"Order <img src=x onerror=alert(14)> $\foo$",
                "freedom": "Freedom [l](javascript:alert(15)) {eval-rst}"}
ACTOR = r"Hilltop <img src=x onerror=alert(9)> Academy $\foo$ ```"
TERMS = [("distraction", "discipline", "<img src=x onerror=alert(16)>"),
         ("crackdown", "discipline", "metaphor"),
         ("lifeline <script>alert(17)</script>", "freedom", "<script>alert(19)</script>"),
         ("heavy-handed", "freedom", "evaluative")]
TOPIC_SPEC = {
    "name": "hostile",
    "label": "Topic <script>alert(20)</script>",
    "sides": [{"id": i, "label": label, "colour": c}
              for (i, label), c in zip(SIDE_LABELS.items(), ("#0072B2", "#e69f00"))],
    "actors": [{"name": ACTOR, "side": "school", "aliases": ["the academy", "the school"]},
               {"name": "Parents <script>alert(10)</script> Together {eval-rst}", "side": "parents",
                "aliases": ["Parents Together"]}],
    "roles": {"school": ["headteacher"], "parents": ["parent"]},
    "frames": [{"id": i, "label": label, "colour": c}
               for (i, label), c in zip(FRAME_LABELS.items(), ("#56B4E9", "#c7a"))],
    "lexicon": "terms.csv",
}
TITLE = ("Phones <img src=x onerror=alert(1)> <script>alert(2)</script> ``` {eval-rst} $x$ "
         "[link](javascript:alert(3)) & done")
META = {"title": TITLE, "standfirst": "Stand <img src=x onerror=alert(4)> ``` {eval-rst}",
        "outlet": r"Gazette <img src=x onerror=alert(5)> $\foo$",
        "author": "Writer <script>alert(6)</script> [a](javascript:alert(7))",
        "date": "2024-03-01", "url": "javascript:alert(18)", "topic": "hostile"}
TERM = TERMS[2][0]
# the school's quote comes last, so that the findings name the payload actor as the last voice
BODY = [
    "Hilltop Academy will collect pupils' phones at the gate from Monday, a crackdown.",
    '"Phones are the biggest distraction our teachers face," said headteacher Ann '
    '<img src=x onerror=alert(7)> Lee.',
    '"This heavy-handed crackdown takes away a lifeline <script>alert(17)</script>," said Tom '
    r'$\foo$ Reed of Parents Together. "It is not a distraction when a child is in danger," he added.',
    '"We will fight it," said Jo [l](javascript:alert(8)) Smith, a parent.',
    '"Rules are rules ```{eval-rst}," the school said.',
]


def payload_topic() -> Topic:
    spec = TOPIC_SPEC
    return Topic(spec["name"], spec["label"],
                 tuple(Side(s["id"], s["label"], s["colour"]) for s in spec["sides"]),
                 tuple(Actor(a["name"], a["side"], tuple(a["aliases"])) for a in spec["actors"]),
                 {k: tuple(v) for k, v in spec["roles"].items()},
                 tuple(Frame(f["id"], f["label"], f["colour"]) for f in spec["frames"]),
                 tuple(LexiconEntry(term, frame, "kind", why) for term, frame, why in TERMS))


@cache
def payload_analysis():
    article = Article.from_parts(META | {"slug": "hostile"}, META["title"], META["standfirst"], BODY)
    return analyze(article, payload_topic())


def test_payload_speakers_and_terms_reach_the_tables():
    """The payload names and terms do reach the analysis, so the tests below test something."""
    a = payload_analysis()
    assert ACTOR in set(a.quotes["speaker"])
    assert TERM in set(a.term_hits["term"])
    assert {"school", "parents"} <= set(a.quotes["side"])


def test_findings_show_payload_labels_names_and_terms_as_text():
    from framing.book import prose

    lines = prose.findings(payload_analysis())
    shown = [render(line) for line in lines]
    for line, doc in zip(lines, shown):
        assert [tag for tag, _ in doc.tags] == ["p", "strong"], line
    text = " ".join("".join(doc.text) for doc in shown)
    for label in SIDE_LABELS.values():
        assert label in text
    assert ACTOR in text and f'"{TERM}"' in text


def test_glued_prose_is_plain_text():
    """Sentences glued with {glue:text} are shown as text by myst-nb, so they are not escaped."""
    from framing.book import prose
    from framing.measures.balance import side_balance

    a = payload_analysis()
    sides = side_balance(a.quotes, [s.id for s in a.topic.sides])
    assert SIDE_LABELS["school"] in prose.balance(sides, a.topic)
    terms = prose.top_terms(a.term_hits, a.topic)
    assert SIDE_LABELS["parents"] in terms and f'"{TERM}"' in terms and "\\<" not in terms


# --- the annotated article ---

CLASSES = {"div": {"fr-article"}, "p": {"fr-legend", "fr-standfirst"}, "h3": {"fr-headline"},
           "span": {"fr-quote", "fr-speaker", "fr-term"}}
STYLES = (r"background:#[0-9a-f]{6}(33)?", r"background:#[0-9a-f]{6};color:#(000000|ffffff)",
          r"border-bottom:3px solid #[0-9a-f]{6}")


def assert_only_annotation_markup(fragment: str) -> str:
    """Check every tag and attribute of an annotated article; return its text without the
    speaker labels (which sit inside the text)."""
    doc = parse_html(fragment)
    assert doc.tags[0] == ("style", {})
    for tag, attrs in doc.tags[1:]:
        assert tag in {"div", "p", "h3", "span", "strong", "em"}, tag
        for name, value in attrs.items():
            if name == "class":
                assert value in CLASSES[tag]
            elif name == "style":
                assert any(re.fullmatch(s, value) for s in STYLES), value
            elif name == "data-paragraph":
                assert tag == "p" and value.isdigit()
            else:
                assert name == "title" and tag == "span", name
    assert doc.text[0] == STYLE.removeprefix("<style>").removesuffix("</style>")
    return "".join(parse_html(re.sub(r'<span class="fr-speaker"[^>]*>[^<]*</span> ', "",
                                     fragment)).text)


def test_annotated_payload_article_has_only_its_own_markup():
    a = payload_analysis()
    fragment = annotated_html(a)
    text = assert_only_annotation_markup(fragment)
    assert FRAME_LABELS["discipline"] in text and META["title"] in text
    assert ACTOR in "".join(parse_html(fragment).text)
    titles = [attrs["title"] for _, attrs in parse_html(fragment).tags if "title" in attrs]
    assert ACTOR in titles and f"{TERM}: freedom" in titles


short_text = st.text(min_size=1, max_size=30).filter(lambda s: s.strip())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=hostile_text.filter(str.strip), standfirst=hostile_text, paragraph=hostile_text,
       labels=st.lists(hostile_text, min_size=4, max_size=4),
       ids=st.lists(short_text, min_size=2, max_size=2, unique=True),
       speakers=st.lists(hostile_text, min_size=1, max_size=5),
       colours=st.lists(st.one_of(st.sampled_from(["#0072B2", "#abc", "#E69F00"]), st.text()),
                        min_size=4, max_size=4))
def test_annotated_html_of_random_metadata_speakers_and_labels_has_only_its_own_markup(
        title, standfirst, paragraph, labels, ids, speakers, colours):
    sides = (Side(ids[0], labels[0], colours[0]), Side(ids[1], labels[1], colours[1]))
    frames = (Frame("discipline", labels[2], colours[2]), Frame(ids[1], labels[3], colours[3]))
    topic = Topic("t", "t", sides, (), {ids[0]: ("headteacher",), ids[1]: ("parent",)}, frames,
                  (LexiconEntry("crackdown", "discipline", "k", "w"),
                   LexiconEntry("lifeline", ids[1], "k", "w")))
    body = [f'"A crackdown {paragraph}," said headteacher Ann Lee.',
            f'"A lifeline," said Jo Smith, a parent. {paragraph}']
    meta = {"title": title, "outlet": labels[0], "author": speakers[0], "slug": "x"}
    a = analyze(Article.from_parts(meta, title.strip(), standfirst.strip() or None, body), topic)
    # every quote gets a random speaker name and a side id: the topic's or a random one
    quotes = a.quotes.assign(
        speaker=[speakers[i % len(speakers)] for i in range(len(a.quotes))],
        side=[(ids + speakers)[i % (2 + len(speakers))] for i in range(len(a.quotes))])
    a = dataclasses.replace(a, quotes=quotes)
    text = assert_only_annotation_markup(annotated_html(a))
    for part in a.article.parts:
        for piece in a.article.span_text(part).split("\n"):
            assert piece in text


# --- figures ---

@pytest.mark.filterwarnings("ignore:constrained_layout not applied")  # long payload labels
def test_charts_draw_labels_with_dollars_as_text():
    from framing.book import figures
    from framing.measures.balance import side_balance
    from framing.analysis.compare import comparison_table
    from framing.measures.distinctive import side_words
    from framing.measures.sentiment import paragraph_arc
    from framing.analysis.synthesis import side_summary
    from framing.measures.terms import frame_counts

    a = payload_analysis()
    topic = a.topic
    sides = side_balance(a.quotes, [s.id for s in topic.sides])
    charts = [
        figures.balance_chart(sides, topic),
        figures.paragraph_chart(a.segments, topic),
        figures.frames_chart(frame_counts(a.term_hits, by="side").drop(columns="negated"), topic),
        figures.sentiment_arc(paragraph_arc(a.segments, a.sentiment), topic),
        figures.readability_chart(a.readability[a.readability["scope"] == "side"], topic),
        figures.summary_chart(side_summary(a), topic),
        figures.distinctive_chart(side_words(a.segments, "parents", "school"), "parents", "school",
                                  topic),
        figures.comparison_chart(comparison_table([a]), topic),
    ]
    for chart in charts:
        assert chart.png().startswith(b"\x89PNG")  # raises when a label is read as mathtext
        texts = [t.get_text() for t in chart.figure.findobj(lambda o: hasattr(o, "get_text"))]
        assert not any("$" in t and r"\$" not in t for t in texts)
    assert LABEL in figures.balance_chart(sides, topic).alt
    assert "&lt;img" in figures.balance_chart(sides, topic)._repr_html_()


# --- end to end: a report built from payloads, in chromium ---

def write_payload_data(data):
    """The payload article and topic in a data folder like the project's."""
    topic = data / "topics" / "hostile"
    topic.mkdir(parents=True)
    (topic / "topic.yml").write_text(yaml.safe_dump(TOPIC_SPEC, allow_unicode=True), encoding="utf-8")
    with open(topic / "terms.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["term", "frame", "kind", "why", "source"])
        writer.writerows([term, frame, "kind", why, ""] for term, frame, why in TERMS)
    (data / "articles").mkdir()
    article = data / "articles" / "hostile.md"
    front = yaml.safe_dump(META, sort_keys=False, allow_unicode=True, width=1000)
    article.write_text(f"---\n{front}---\n" + "".join(f"\n{p}\n" for p in BODY), encoding="utf-8")
    return article


# what a payload that ran would leave in the page
INJECTED = """() => [
  ...document.querySelectorAll('[onerror], a[href^="javascript:" i], iframe, object, embed'),
  ...Array.from(document.scripts).filter(s => s.textContent.includes('alert(')),
].map(e => e.outerHTML.slice(0, 120))"""


def test_report_from_payloads_runs_no_script_and_shows_the_title_as_text(
        browser, tmp_path, monkeypatch):  # noqa: F811 (the fixture)
    from framing.book.report import build_report

    data = tmp_path / "data"
    monkeypatch.setenv("FRAMING_DATA", str(data))
    article = write_payload_data(data)
    out = tmp_path / "report"
    index = build_report([article], out=out)
    assert index == out / "index.html"
    pages = sorted(p for p in out.rglob("*.html") if "_static" not in p.parts)
    assert len(pages) >= 10
    shown = {}
    for path in pages:
        page = browser.new_page()
        dialogs, errors = [], []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        page.wait_for_timeout(300)  # an <img onerror> fires after its image fails to load
        name = path.relative_to(out).as_posix()
        assert dialogs == [], f"{name} ran a payload: {dialogs}"
        assert page.evaluate(INJECTED) == [], name
        assert [e for e in errors if not any(n in e for n in KNOWN_NOISE)] == [], name
        shown[name] = (page.title(), page.locator(".logo__title").first.inner_text(),
                       page.locator("article").first.inner_text() if name != "search.html" else "")
        page.close()
    book_title = config_title(f"Framing report: {TITLE}")
    assert book_title.replace("\u2060", "") == f"Framing report: {TITLE}"  # TITLE has no quotes
    for name, (title, navbar, _) in shown.items():
        assert title.endswith(book_title) and navbar == book_title, name  # no &lt; shown
    intro = shown["intro.html"][2]
    assert TITLE in intro and META["outlet"] in intro
    assert SIDE_LABELS["school"] in intro and ACTOR in intro
    article_page = shown["hostile/article.html"][2]
    assert META["author"] in article_page and META["standfirst"] in article_page

