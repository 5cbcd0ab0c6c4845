from framing.text.article import Article
from framing.inputs.articlefile import parse_article


def test_spans_point_into_one_text():
    article = Article.from_parts({}, "Head line", "The standfirst.", ["First. Second one.", "Third."])
    assert article.span_text(article.headline) == "Head line"
    assert article.span_text(article.standfirst) == "The standfirst."
    assert [article.span_text(p) for p in article.paragraphs] == ["First. Second one.", "Third."]
    assert [p.paragraph for p in article.paragraphs] == [0, 1]
    assert [article.span_text(s) for s in article.sentences] == [
        "Head line", "The standfirst.", "First.", "Second one.", "Third."]
    assert article.part_at(article.paragraphs[1].start + 2) == article.paragraphs[1]


def test_article_is_immutable():
    article = Article.from_parts({"title": "x"}, "x", None, ["y"])
    try:
        article.meta["title"] = "changed"
    except TypeError:
        pass
    else:
        raise AssertionError("meta is writable")
    assert article.standfirst is None


def test_parse_keeps_unknown_keys_and_joins_wrapped_lines():
    text = "---\ntitle: T\nfoo: bar\ndate: 2020-01-24\n---\nLine one\ncontinues.\n\nSecond.\n"
    article = parse_article(text)
    assert article.meta["foo"] == "bar"
    assert article.meta["date"] == "2020-01-24"
    assert article.body_paragraphs == ["Line one continues.", "Second."]


def test_case_study_loads(case_analysis):
    article = case_analysis.article
    assert article.title.startswith("Police are about to deploy")
    assert len(article.paragraphs) == 15
    assert article.meta["outlet"] == "ZDNet"
