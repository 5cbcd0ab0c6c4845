"""The annotated article as HTML: quotes shaded by their speaker's side and labelled with the
speaker, loaded terms underlined in their frame's colour, and a legend. Every text and attribute
value is escaped (article text, speaker names, side ids and labels, terms, frame ids and labels)
and a colour reaches a ``style`` attribute only as ``#rrggbb``, so markup in an article or a
topic shows as text."""

from __future__ import annotations

from framing.analysis.core import Analysis
from framing.book.figures import colours, labels
from framing.book.markup import css_colour, html_text as escape, readable_on


def _marks(analysis: Analysis, start: int, end: int):
    """Sorted cut points of one part, and the quote and term covering each stretch."""
    quotes = analysis.quotes[(analysis.quotes["start"] >= start) & (analysis.quotes["end"] <= end)
                             & analysis.quotes["kind"].isin(["direct", "partial"])]
    terms = analysis.term_hits[(analysis.term_hits["start"] >= start)
                               & (analysis.term_hits["end"] <= end)]
    cuts = sorted({start, end, *quotes["start"], *quotes["end"], *terms["start"], *terms["end"]})
    quote_rows = list(quotes.itertuples())
    term_rows = list(terms.itertuples())
    for a, b in zip(cuts, cuts[1:]):
        quote = next((q for q in quote_rows if q.start <= a < q.end), None)
        term = next((t for t in term_rows if t.start <= a < t.end), None)
        yield a, b, quote, term


def _part_html(analysis: Analysis, start: int, end: int) -> str:
    side_colours = colours(analysis.topic)
    frame_colours = {f.id: f.colour for f in analysis.topic.frames} if analysis.topic else {}
    html = []
    for a, b, quote, term in _marks(analysis, start, end):
        piece = escape(analysis.article.text[a:b])
        if term is not None:
            piece = (f'<span class="fr-term" title="{escape(term.term)}: {escape(term.frame)}" '
                     f'style="border-bottom:3px solid '
                     f'{css_colour(frame_colours.get(term.frame), "#777777")}">{piece}</span>')
        if quote is not None:
            colour = css_colour(side_colours.get(quote.side), "#999999")
            label = ""
            if a == quote.start:
                who = escape(str(quote.speaker or "unattributed"))
                label = (f'<span class="fr-speaker" style="background:{colour};'
                         f'color:{readable_on(colour)}">'
                         f"{who} · {escape(str(quote.side))}</span> ")
            piece = (f'{label}<span class="fr-quote" style="background:{colour}33" '
                     f'title="{escape(str(quote.speaker))}">{piece}</span>')
        html.append(piece)
    return "".join(html)


def _legend(analysis: Analysis) -> str:
    items = []
    side_colours, side_labels = colours(analysis.topic), labels(analysis.topic)
    for side in dict.fromkeys(analysis.quotes["side"]):
        items.append(f'<span class="fr-quote" style="background:'
                     f'{css_colour(side_colours.get(side), "#999999")}33">'
                     f"quote: {escape(side_labels.get(side, side))}</span>")
    for frame in analysis.topic.frames if analysis.topic else ():
        items.append(f'<span class="fr-term" style="border-bottom:3px solid '
                     f'{css_colour(frame.colour, "#777777")}">term: {escape(frame.label)}</span>')
    return '<p class="fr-legend"><strong>Legend</strong> ' + " ".join(items) + "</p>"


STYLE = """<style>
.fr-article { max-width: 42em; line-height: 1.6; }
.fr-article .fr-quote { border-radius: 3px; padding: 0 2px; }
.fr-article .fr-speaker { font-size: 0.75em; border-radius: 3px; padding: 1px 4px;
  white-space: nowrap; }
.fr-legend span { margin-right: 0.8em; display: inline-block; }
</style>"""


def annotated_html(analysis: Analysis) -> str:
    """The whole article as an HTML fragment with its legend."""
    article = analysis.article
    parts = [f'<h3 class="fr-headline">{_part_html(analysis, article.headline.start, article.headline.end)}</h3>']
    if article.standfirst:
        parts.append(f'<p class="fr-standfirst"><em>'
                     f"{_part_html(analysis, article.standfirst.start, article.standfirst.end)}</em></p>")
    for span in article.paragraphs:
        parts.append(f'<p data-paragraph="{span.paragraph}">{_part_html(analysis, span.start, span.end)}</p>')
    return f'{STYLE}<div class="fr-article">{_legend(analysis)}{"".join(parts)}</div>'
