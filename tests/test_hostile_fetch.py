"""framing add URL against hostile servers: each is a raw loopback server written for the tests
(slow drips, cut-off bodies, non-HTTP answers, hang-ups, bad redirects, compression bombs). Every
failure must be one InputError line, within the fetch's deadline, with nothing written."""

from __future__ import annotations

import gzip
import re
import socket
import socketserver
import struct
import threading
import time
import tomllib
import tracemalloc
import zlib
from contextlib import contextmanager

import pytest

from framing.sources import fetch
from framing.cli import main
from framing.errors import InputError
from framing.sources.ingest import parse_html

from conftest import ROOT, SITE


def loopback(test):
    """``test``, allowed to connect to this machine only (sockets are blocked otherwise)."""
    return pytest.mark.enable_socket(pytest.mark.allow_hosts(["127.0.0.1", "localhost"])(test))


PAGE = (SITE / "article.html").read_bytes()  # written for the tests


def answer(body: bytes, *headers: str, status: str = "200 OK") -> bytes:
    """An HTTP/1.1 response of ``body`` (HTML unless a Content-Type is given)."""
    if not any(h.lower().startswith("content-type:") for h in headers):
        headers += ("Content-Type: text/html; charset=utf-8",)
    head = "".join(f"{h}\r\n" for h in (f"HTTP/1.1 {status}",) + headers)
    return head.encode() + b"\r\n" + body


def drip(sock: socket.socket, data: bytes, *, every: float = 0.05, limit: float = 15) -> None:
    """Send ``data`` a byte at a time, for at most ``limit`` seconds."""
    stop = time.monotonic() + limit
    for byte in data:
        if time.monotonic() > stop:
            return
        sock.sendall(bytes([byte]))
        time.sleep(every)


@contextmanager
def serve(respond):
    """A loopback server calling ``respond(sock, path)`` for each request; yields its address."""

    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            request = self.request.recv(65536).decode("latin-1")
            path = request.split(" ")[1] if request.count(" ") >= 2 else ""
            try:
                respond(self.request, path)
            except OSError:
                pass  # the client gave up: what a deadline or a size cap does

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def sending(data: bytes):
    """A responder that sends ``data`` and hangs up."""
    return lambda sock, path: sock.sendall(data)


def one_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "Traceback" not in err
    assert all(c.isprintable() for c in err), err
    return err


def add_fails(url: str, project, capsys) -> str:
    """The one error line of ``framing add url``, which must write nothing."""
    assert main(["add", url, "--topic", "facial-recognition"]) == 2
    assert not (project / "articles").exists() and not (project / "raw").exists()
    return one_error(capsys)


# 1. the dependency trafilatura imports at run time


def test_lxml_html_clean_is_declared_and_importable():
    import lxml_html_clean  # noqa: F401
    from lxml.html.clean import Cleaner  # noqa: F401 (what trafilatura's justext imports)

    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(re.match(r"lxml[_-]html[_-]clean\b|lxml\[html[_-]clean\]", d) for d in dependencies)


# 2. one deadline for the whole fetch


@loopback
@pytest.mark.parametrize("what", ["body", "headers"])
def test_a_server_dripping_bytes_is_stopped_at_the_deadline(what):
    headers = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
    if what == "body":
        respond = lambda sock, path: (sock.sendall(headers), drip(sock, PAGE * 50))  # noqa: E731
    else:
        respond = lambda sock, path: drip(sock, headers + PAGE)  # noqa: E731
    with serve(respond) as url:
        start = time.monotonic()
        with pytest.raises(InputError, match="no answer within 1 seconds"):
            fetch.fetch_html(url + "/", timeout=1)
        assert time.monotonic() - start < 5


@loopback
def test_redirects_share_one_deadline():
    def respond(sock, path):
        time.sleep(0.4)
        sock.sendall(answer(b"", f"Location: /hop{len(path)}", status="302 Found"))

    with serve(respond) as url:
        start = time.monotonic()
        with pytest.raises(InputError, match="no answer within 1 seconds"):
            fetch.fetch_html(url + "/", timeout=1)  # each hop alone is well within it
        assert time.monotonic() - start < 5


@loopback
def test_the_module_timeout_is_the_default_deadline(monkeypatch):
    monkeypatch.setattr(fetch, "TIMEOUT", 0.5)
    with serve(lambda sock, path: drip(sock, answer(PAGE))) as url:
        with pytest.raises(InputError, match="no answer within 0.5 seconds"):
            fetch.fetch_html(url + "/")


# 3. bodies that stop early


@loopback
def test_a_body_shorter_than_its_content_length_is_cut_off(project, capsys):
    cut = answer(PAGE, f"Content-Length: {len(PAGE) * 20}")[:1500]
    with serve(sending(cut)) as url:
        with pytest.raises(InputError, match=r"cut off \(1,[0-9]{3} of 40,220 bytes arrived\)"):
            fetch.fetch_html(url + "/")
        assert "cut off" in add_fails(url + "/", project, capsys)


@loopback
def test_a_chunked_body_that_stops_is_cut_off():
    cut = answer(b"1000\r\n" + PAGE[:500], "Transfer-Encoding: chunked")
    with serve(sending(cut)) as url:
        with pytest.raises(InputError, match="cut off"):
            fetch.fetch_html(url + "/")


@loopback
def test_a_compressed_body_that_stops_is_cut_off():
    packed = gzip.compress(PAGE)[:-100]
    with serve(sending(answer(packed, "Content-Encoding: gzip",
                              f"Content-Length: {len(packed)}"))) as url:
        with pytest.raises(InputError, match="cut off"):
            fetch.fetch_html(url + "/")


# 4. redirects


@loopback
@pytest.mark.parametrize("location", ["ftp://127.0.0.1:{port}/x", "file:///etc/passwd",
                                      "data:text/html,<p>hello</p>", "gopher://127.0.0.1:{port}/"])
def test_redirects_go_to_http_and_https_only(location, project, capsys):
    listener = socket.create_server(("127.0.0.1", 0))
    listener.setblocking(False)
    location = location.format(port=listener.getsockname()[1])
    redirect = answer(b"", f"Location: {location}", status="302 Found")
    with listener, serve(sending(redirect)) as url:
        with pytest.raises(InputError, match="http:// and https://|not allowed"):
            fetch.fetch_html(url + "/")
        add_fails(url + "/", project, capsys)
        with pytest.raises(BlockingIOError):
            listener.accept()  # nothing connected to it (it sent "USER anonymous" before)


@loopback
def test_redirects_are_capped():
    served = []

    def respond(sock, path):
        served.append(path)
        sock.sendall(answer(b"", f"Location: /r{len(served)}", status="302 Found"))

    with serve(respond) as url:
        with pytest.raises(InputError, match="more than 5 redirects"):
            fetch.fetch_html(url + "/")
    assert len(served) == 6


@loopback
def test_redirects_within_the_cap_are_followed_to_another_host():
    def respond(sock, path):
        hop = int(path.rsplit("/", 1)[1] or 0)
        if hop < 5:
            port = sock.getsockname()[1]
            sock.sendall(answer(b"", f"Location: http://localhost:{port}/{hop + 1}",
                                status="301 Moved Permanently"))
        else:
            sock.sendall(answer(PAGE))

    with serve(respond) as url:
        body, final = fetch.fetch_html(url + "/")
    assert body == PAGE and re.fullmatch(r"http://localhost:\d+/5", final)


def test_redirects_from_https_to_plain_http_are_refused():
    fetch.check_address("https://www.example.com/", came_from="http://example.com/")
    with pytest.raises(InputError, match="from https to plain http"):
        fetch.check_address("http://example.com/", came_from="https://example.com/")


@loopback
def test_the_body_of_a_redirect_is_not_read():
    def respond(sock, path):
        if path == "/page":
            sock.sendall(answer(PAGE))
            return
        sock.sendall(answer(b"", "Location: /page", status="302 Found"))
        for _ in range(100_000):  # an endless body, at full speed
            sock.sendall(b"x" * 65536)

    with serve(respond) as url:
        start = time.monotonic()
        assert fetch.fetch_html(url + "/", timeout=10)[0] == PAGE
        assert time.monotonic() - start < 5


# 5. compression


def gzip_bomb(size: int) -> bytes:
    """``size`` zero bytes gzipped, built a piece at a time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1_000_000)
    return b"".join(packer.compress(zeros) for _ in range(size // len(zeros))) + packer.flush()


@loopback
def test_a_gzip_bomb_is_refused_while_inflating(project, capsys, monkeypatch):
    bomb = gzip_bomb(100_000_000)
    assert len(bomb) < 200_000
    with serve(sending(answer(bomb, "Content-Encoding: gzip"))) as url:
        tracemalloc.start()
        try:
            with pytest.raises(InputError, match="too large .over 1,000,000 bytes decompressed"):
                fetch.fetch_html(url + "/", max_bytes=1_000_000)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 10_000_000  # never inflated whole
        monkeypatch.setattr(fetch, "MAX_BYTES", 1_000_000)
        assert "too large" in add_fails(url + "/", project, capsys)


@loopback
def test_a_gzipped_page_is_inflated():
    with serve(sending(answer(gzip.compress(PAGE), "Content-Encoding: gzip"))) as url:
        assert fetch.fetch_html(url + "/")[0] == PAGE


@loopback
def test_compressions_we_cannot_read_are_refused():
    with serve(sending(answer(b"\x0b\x02\x80hello\x03", "Content-Encoding: br"))) as url:
        with pytest.raises(InputError, match="compressed as br"):
            fetch.fetch_html(url + "/")


def test_trafilatura_is_never_given_compressed_bytes():
    # trafilatura inflates gzip it is given, up to its own cap (20 MB), not ours
    with pytest.raises(InputError, match="no article text"):
        parse_html(gzip.compress(PAGE))


# 6. answers that are not HTTP, and addresses that are not addresses


def reset(sock, path):
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


@loopback
@pytest.mark.parametrize("respond, message", [
    (lambda sock, path: None, "RemoteDisconnected"),
    (sending(b"SSH-2.0-OpenSSH_9.6\r\n"), "BadStatusLine"),
    (reset, "could not fetch"),
    (sending(b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 70_000 + b"\r\n\r\n"), "LineTooLong"),
    (sending(b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 101 + b"\r\n"), "more than 100 headers"),
    (sending(b"HTTP/1.1 404 \x1b[2J\x1b[31mGone\rhidden\r\n\r\n"), "answered 404"),
    (sending(answer(PAGE, "Content-Type: application/pdf\x1b[2J")), "not a web page"),
])
def test_broken_answers_are_one_line(respond, message, project, capsys):
    with serve(respond) as url:
        assert message in add_fails(url + "/", project, capsys)


@loopback
def test_tls_to_a_plain_http_server_is_one_line(project, capsys):
    with serve(sending(answer(PAGE))) as url:
        assert "could not fetch" in add_fails(url.replace("http:", "https:"), project, capsys)


@pytest.mark.parametrize("url", [
    "http://[::1", "http://exa mple.com/", "http://example.com/a b", f"http://{'a' * 70}.com/",
    "http://", "http:///path", "http://127.0.0.1:99999/", "http://example.com:port/",
    "http://a..b/", "http://example.com/\x1b[2J",
])
def test_malformed_addresses_are_one_line_and_never_fetched(url, project, capsys):
    # sockets stay blocked here: a connection attempt would fail the test
    assert main(["add", url, "--topic", "facial-recognition"]) == 2
    err = one_error(capsys)
    assert "address" in err or "host name" in err
    assert not (project / "articles").exists()
