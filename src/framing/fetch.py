"""Fetching a news page: the only step of the project that uses the network.

One request, with a timeout and a size cap; every failure is an InputError that says what went
wrong (no such page, not a web page, too large, unreachable).
"""

from __future__ import annotations

import urllib.error
import urllib.request

from .errors import InputError

TIMEOUT = 20  # seconds
MAX_BYTES = 5_000_000
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "framing/0.1 (media-framing research tool)"


def fetch_html(url: str, *, timeout: float | None = None, max_bytes: int | None = None
               ) -> tuple[bytes, str]:
    """The page's bytes and its final address (after redirects); ``timeout`` and ``max_bytes``
    default to the module's TIMEOUT and MAX_BYTES."""
    timeout = TIMEOUT if timeout is None else timeout
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    if not url.startswith(("http://", "https://")):
        raise InputError(f"{url}: only http:// and https:// addresses can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in HTML_TYPES:
                raise InputError(f"{url}: not a web page (the server sent {kind})")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: the page is too large ({int(length):,} bytes; "
                                 f"limit {max_bytes:,})")
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise InputError(f"{url}: the page is too large (over {max_bytes:,} bytes)")
            return body, response.geturl()
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: could not fetch the page ({exc.reason})") from None
    except TimeoutError:
        raise InputError(f"{url}: no answer within {timeout:g} seconds") from None
