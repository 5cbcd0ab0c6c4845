"""Fetching a news page: the only step of the project that uses the network.

One request, under one deadline and a size cap; every failure is an InputError that says what
went wrong in one line (no such page, not a web page, too large, cut off, unreachable, too slow).

The deadline covers the whole fetch: connecting, the TLS handshake, the headers and the body of
every hop, so a server that drips a byte at a time cannot stretch it (only the DNS lookup, which
the operating system does, is outside it). Redirects: at most MAX_REDIRECTS, each to an http or
https address (never ftp:, file: or others, and never from https back to plain http); the host may
change, as news sites send readers on to www., amp. or cdn. hosts. A compressed body (which we
never ask for) is inflated a piece at a time and refused as soon as it passes the size cap.
"""

from __future__ import annotations

import functools
import http.client
import io
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib

from framing.errors import InputError

TIMEOUT = 20  # seconds for the whole fetch
MAX_BYTES = 5_000_000  # of the page, compressed or not
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "framing/0.1 (media-framing research tool)"
INFLATABLE = ("gzip", "x-gzip", "deflate")  # Content-Encodings we read


def check_address(url: str, *, came_from: str | None = None) -> None:
    """Nothing if ``url`` may be fetched (or redirected to from ``came_from``): an http or
    https address with a valid host name; InputError saying why not otherwise."""
    try:
        parts = urllib.parse.urlsplit(url)
        host, _ = parts.hostname, parts.port
    except ValueError:
        raise InputError(f"{_shown(url)}: not a valid web address") from None
    if parts.scheme not in ("http", "https"):
        raise InputError(f"{_shown(url)}: only http:// and https:// addresses can be fetched")
    if came_from and came_from.startswith("https:") and parts.scheme == "http":
        raise InputError(f"{_shown(came_from)}: redirects from https to plain http "
                         f"({_shown(url)}) are not followed")
    if not host or any(c.isspace() or not c.isprintable() for c in url):
        raise InputError(f"{_shown(url)}: not a valid web address (no host name, or a space)")
    try:
        host.encode("idna")
    except UnicodeError:
        raise InputError(f"{_shown(url)}: {host[:80]!r} is not a valid host name") from None


def fetch_html(url: str, *, timeout: float | None = None, max_bytes: int | None = None
               ) -> tuple[bytes, str]:
    """The page's bytes (decompressed) and its final address (after redirects); ``timeout``
    (seconds for the whole fetch) and ``max_bytes`` default to TIMEOUT and MAX_BYTES."""
    timeout = TIMEOUT if timeout is None else timeout
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    check_address(url)
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_DeadlineHandler(deadline), _RedirectHandler())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in HTML_TYPES:
                raise InputError(f"{url}: not a web page (the server sent {_shown(kind)})")
            length = response.headers.get("Content-Length", "").strip()
            if length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: the page is too large ({int(length):,} bytes; "
                                 f"limit {max_bytes:,})")
            body = response.read(max_bytes + 1)
            if length.isdigit() and len(body) < int(length):
                raise http.client.IncompleteRead(body, int(length) - len(body))
            if len(body) > max_bytes:
                raise InputError(f"{url}: the page is too large (over {max_bytes:,} bytes)")
            encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
            if encoding != "identity":
                body = _inflate(body, encoding, url=url, max_bytes=max_bytes)
            return body, response.geturl()
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered {exc.code} {_shown(exc.reason)}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise InputError(f"{url}: no answer within {timeout:g} seconds") from None
        raise InputError(f"{url}: could not fetch the page ({_shown(exc.reason)})") from None
    except TimeoutError:
        raise InputError(f"{url}: no answer within {timeout:g} seconds") from None
    except http.client.IncompleteRead as exc:
        due = f" of {len(exc.partial) + exc.expected:,}" if exc.expected else ""
        raise InputError(f"{url}: the page was cut off ({len(exc.partial):,}{due} bytes "
                         "arrived)") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise InputError(f"{url}: could not fetch the page ({type(exc).__name__}: "
                         f"{_shown(exc)})") from None


def _shown(text: object, limit: int = 100) -> str:
    """``text`` safe for one line of a terminal: printable characters only, at most ``limit``."""
    text = " ".join("".join(c if c.isprintable() else " " for c in str(text)).split())
    return text if len(text) <= limit else text[:limit] + "..."


def _inflate(body: bytes, encoding: str, *, url: str, max_bytes: int) -> bytes:
    """``body`` decompressed, never more than ``max_bytes`` of it; InputError when it would be
    more, is corrupt or cut off, or uses a compression we do not read."""
    if encoding not in INFLATABLE:
        raise InputError(f"{url}: the page is compressed as {_shown(encoding)}, "
                         "which cannot be read")
    inflater = zlib.decompressobj(47)  # 32 + 15: a gzip or a zlib header, detected
    try:
        page = inflater.decompress(body, max_bytes + 1)  # stops at the cap: a bomb stays packed
    except zlib.error:
        raise InputError(f"{url}: the compressed page is corrupt") from None
    if len(page) > max_bytes:
        raise InputError(f"{url}: the page is too large (over {max_bytes:,} bytes decompressed)")
    if not inflater.eof:
        raise InputError(f"{url}: the page was cut off (its compressed data ends early)")
    return page


def _time_left(deadline: float) -> float:
    """Seconds until ``deadline``; TimeoutError once it has passed."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the deadline passed")
    return left


class _DeadlineReader(io.RawIOBase):
    """A socket's bytes (through its file ``raw``), each wait for them ending at ``deadline``."""

    def __init__(self, raw, sock, deadline: float):
        super().__init__()
        self.raw, self.sock, self.deadline = raw, sock, deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self.sock.settimeout(_time_left(self.deadline))
        return self.raw.readinto(buffer)

    def close(self) -> None:
        super().close()
        self.raw.close()


class _DeadlineResponse(http.client.HTTPResponse):
    """A response whose status line, headers and body must all arrive before ``deadline``."""

    def __init__(self, sock, *args, deadline: float, **kwargs):
        super().__init__(sock, *args, **kwargs)
        self.fp = io.BufferedReader(_DeadlineReader(self.fp.detach(), sock, deadline))


class _DeadlineConnection(http.client.HTTPConnection):
    """An HTTP connection on which connecting and every read end at ``deadline``."""

    def __init__(self, *args, deadline: float, **kwargs):
        super().__init__(*args, **kwargs)
        self.deadline = deadline
        self._create_connection = self._open_socket

    def _open_socket(self, address, timeout, source_address=None) -> socket.socket:
        sock = socket.create_connection(address, _time_left(self.deadline), source_address)
        sock.settimeout(_time_left(self.deadline))  # what is left is the TLS handshake's
        return sock

    def response_class(self, sock, *args, **kwargs) -> _DeadlineResponse:  # http.client's hook
        return _DeadlineResponse(sock, *args, deadline=self.deadline, **kwargs)


class _DeadlineHTTPSConnection(_DeadlineConnection, http.client.HTTPSConnection):
    """An HTTPS connection on which connecting, the handshake and every read end at
    ``deadline``."""


class _DeadlineHandler(urllib.request.HTTPHandler, urllib.request.HTTPSHandler):
    """Opens http:// and https:// addresses on connections that end at ``deadline``."""

    def __init__(self, deadline: float):
        super().__init__()
        self.deadline = deadline

    def http_open(self, req):
        return self.do_open(functools.partial(_DeadlineConnection, deadline=self.deadline), req)

    def https_open(self, req):
        return self.do_open(functools.partial(_DeadlineHTTPSConnection, deadline=self.deadline),
                            req, context=self._context)


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, each allowed by check_address; the body of a
    redirect is not read."""

    max_repeats = max_redirections = MAX_REDIRECTS + 1  # ours (below) is the limit that acts

    def __init__(self):
        self.hops = 0

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        fp.close()
        self.hops += 1
        if self.hops > MAX_REDIRECTS:
            raise InputError(f"{req.full_url}: more than {MAX_REDIRECTS} redirects")
        check_address(newurl, came_from=req.full_url)
        return super().redirect_request(req, fp, code, msg, headers, newurl)
