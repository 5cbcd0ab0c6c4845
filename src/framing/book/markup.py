"""Escaping for the places where untrusted text reaches the book's pages.

An article's title, outlet, author and text, a topic's side and frame labels and colours,
speaker names and lexicon terms all come from files anyone can write or from web pages. Each
is escaped for the sink it goes into, right where it goes in:

- :func:`md_text` for MyST Markdown (a ``Markdown(...)`` output, a sentence of the findings),
- :func:`html_text` for HTML text and quoted attribute values,
- :func:`css_colour` for a colour in a ``style`` attribute,
- :func:`mpl_text` for matplotlib text (labels, ticks, legends, titles),
- :func:`config_title` for the title in a book's ``_config.yml``.

Text shown with ``{glue:text}``, pandas tables and printed output need none of these: myst-nb
puts glued ``text/plain`` into a text node, and pandas and the stream output escape their HTML.
"""

from __future__ import annotations

import html
import re
import string

# CommonMark lets a backslash escape every ASCII punctuation character, and an escaped character
# is only ever text: no emphasis, code, link, HTML, role, directive, math, substitution, fence,
# heading, list or table can start from it.
_MD_ESCAPE = str.maketrans({c: "\\" + c for c in string.punctuation})
# line breaks of any kind (those of str.splitlines)
_BREAKS = re.compile(r"[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
_HEX_COLOUR = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
# a word joiner (U+2060): invisible, and after "<" or "&" it stops a tag or reference starting
_JOINER = "\u2060"
_QUOTED = re.compile(r'"([^"]*)"')


def one_line(text) -> str:
    """``text`` as one line: each run of line breaks a space, NUL as U+FFFD, ends stripped."""
    return _BREAKS.sub(" ", str(text).replace("\x00", "\ufffd")).strip()


def md_text(text) -> str:
    """``text`` as MyST Markdown that renders as exactly that text (on one line; see
    :func:`one_line`), wherever inline text may go: in a paragraph, a heading, a list item."""
    return one_line(text).translate(_MD_ESCAPE)


def html_text(text) -> str:
    """``text`` escaped for HTML text and for a quoted attribute value."""
    return html.escape(str(text), quote=True)


def css_colour(value, default: str = "#999999") -> str:
    """``value`` as a ``#rrggbb`` colour when it is a hex colour (``#rgb`` or ``#rrggbb``),
    else ``default``: only a colour reaches a ``style`` attribute, and a two-digit alpha can be
    appended to the result."""
    match = _HEX_COLOUR.fullmatch(str(value).strip())
    if not match:
        return default
    digits = match.group(1).lower()
    return "#" + (digits if len(digits) == 6 else "".join(d * 2 for d in digits))


def _luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def readable_on(background) -> str:
    """Black or white, whichever contrasts more with ``background`` (a hex colour): the text
    colour of a label drawn on it. White on Okabe-Ito vermilion "#D55E00" reaches 3.9:1, under
    WCAG's 4.5:1; black reaches 5.4:1."""
    light = _luminance(css_colour(background))
    return "#000000" if (light + 0.05) / 0.05 >= 1.05 / (light + 0.05) else "#ffffff"


def mpl_text(text) -> str:
    """``text`` for matplotlib: dollar signs escaped, so a label is never read as mathtext (which
    renders ``$x$`` as math and raises on ``$\\foo$`` when the figure is drawn)."""
    return str(text).replace("$", r"\$")


def config_title(text) -> str:
    """``text`` fit for the ``title`` of a Jupyter Book's ``_config.yml``.

    The theme (sphinx-book-theme 1.3 on pydata-sphinx-theme 0.17) writes the title (Sphinx's
    ``html_title``) into each page's ``<title>`` escaped, but into the navbar (``<p
    class="logo__title">``), the logo's ``alt`` and the search page's ``<title>`` as it is. No
    one escaping is right for both: HTML-escaped, the ``<title>`` shows ``&lt;``; raw, the navbar
    runs markup. So the title is made to mean the same escaped or not: a word joiner (U+2060, never
    drawn) follows each ``<`` and ``&``, so that neither starts a tag, comment or character
    reference (HTML reads as text a ``<`` not followed by a letter, ``/``, ``!`` or ``?``, and a
    ``&`` not followed by a letter, digit or ``#``); double quotes, which could end an attribute,
    become typographic ones, apostrophes too, and line breaks are collapsed. The title then reads as written everywhere;
    it is also shown, escaped and exact, on the report's first page.
    """
    title = one_line(text).replace("<", "<" + _JOINER).replace("&", "&" + _JOINER)
    return _QUOTED.sub("\u201c\\1\u201d", title).replace('"', "\u201d").replace("'", "\u2019")
