from framing.analysis.core import analyze
from framing.book.annotate import annotated_html
from framing.inputs.articlefile import parse_article


def test_markup_in_an_article_is_shown_as_text(topic):
    text = ('---\ntitle: "<script>alert(1)</script> headline"\n---\n'
            '"This is <b>oppressive</b>," said Jane Doe of Liberty.\n')
    html = annotated_html(analyze(parse_article(text), topic))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Jane Doe" in html and "fr-term" in html


def test_every_quote_is_labelled(case_analysis):
    html = annotated_html(case_analysis)
    direct = case_analysis.quotes[case_analysis.quotes["kind"] == "direct"]
    assert html.count('class="fr-speaker"') == len(direct)
    assert "Legend" in html
