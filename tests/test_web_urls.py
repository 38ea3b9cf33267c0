"""The web app's URL fetching: which addresses it refuses, and that it refuses them before connecting.

Every server here listens on 127.0.0.1; no test sends anything anywhere else.
Addresses of other networks appear only as strings given to the pure check
or returned by a fake resolver, and are never connected to.
"""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from saywho.errors import FetchError
from saywho.read.url import MAX_REDIRECTS, RefusedURL, check_url, fetch_article, is_public_address

ARTICLE = (
    "<html><head><title>Bridge to be rebuilt</title></head><body><article>"
    "<p>“We will rebuild the bridge by spring, and the council agrees with us,” Mayor Jane Smith said on Monday.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("address", [
    "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.0.1", "192.168.1.100",
    "127.0.0.1", "127.8.9.10", "169.254.169.254", "169.254.0.1", "0.0.0.0", "100.64.0.1",
    "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fe80::1%eth0", "fc00::1", "fd12:3456::1",
    "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "2002:7f00:1::1", "64:ff9b::7f00:1",
    "not an address", "", "localhost",
])
def test_private_loopback_link_local_and_odd_addresses_are_not_public(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", [
    "8.8.8.8", "1.1.1.1", "93.184.216.34", "151.101.1.69", "172.32.0.1", "192.169.0.1",
    "2606:4700:4700::1111", "2001:4860:4860::8888", "[2606:4700:4700::1111]", "::ffff:8.8.8.8",
])
def test_public_addresses_are_public(address):
    assert is_public_address(address)


def fake_resolver(table: dict[str, list[str]]):
    calls = []

    def resolve(host: str, port: int) -> list[str]:
        calls.append((host, port))
        return table[host]

    resolve.calls = calls
    return resolve


def test_check_url_accepts_a_host_whose_every_address_is_public():
    resolver = fake_resolver({"news.example": ["93.184.216.34", "2606:2800:220:1::1"]})
    checked = check_url("https://news.example/story?id=3", resolver=resolver)
    assert checked.addresses == ("93.184.216.34", "2606:2800:220:1::1")
    assert (checked.host, checked.port, checked.target) == ("news.example", 443, "/story?id=3")


@pytest.mark.parametrize("addresses", [["10.1.2.3"], ["93.184.216.34", "192.168.1.1"], ["::1"], ["169.254.169.254"]])
def test_check_url_refuses_a_host_with_any_private_address(addresses):
    resolver = fake_resolver({"sneaky.example": addresses})
    with pytest.raises(RefusedURL, match="private, loopback or link-local"):
        check_url("http://sneaky.example/", resolver=resolver)


@pytest.mark.parametrize("url", ["ftp://example.org/a", "file:///etc/passwd", "javascript:alert(1)", "http://",
                                 "http://[::1", "gopher://127.0.0.1/"])
def test_check_url_refuses_what_is_not_an_http_url(url):
    with pytest.raises(RefusedURL):
        check_url(url, resolver=fake_resolver({}))


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost/", "http://LOCALHOST:8000/x", "http://[::1]/", "http://2130706433/",
    "http://0x7f000001/", "http://127.1/", "http://user@127.0.0.1/", "http://169.254.169.254/latest/meta-data/",
])
def test_loopback_and_metadata_urls_are_refused_with_the_system_resolver(url):
    # Only loopback names and numeric forms: resolving them never leaves the machine.
    with pytest.raises(RefusedURL):
        check_url(url)


# -- against servers on 127.0.0.1 that record every connection -----------------------------


class Recorder(ThreadingHTTPServer):
    """An HTTP server on 127.0.0.1 that counts the connections it accepts."""

    daemon_threads = True

    def __init__(self, handler):
        super().__init__(("127.0.0.1", 0), handler)
        self.connections = 0
        self.paths: list[str] = []

    def get_request(self):
        request = super().get_request()
        self.connections += 1
        return request

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


def handler_for(routes):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.server.paths.append(self.path)
            status, headers, body = routes(self)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture
def serve():
    servers = []

    def start(routes) -> Recorder:
        server = Recorder(handler_for(routes))
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def page(_request):
    return 200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE.encode()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_urls_to_this_machine_are_refused_before_any_connection(serve, host):
    server = serve(page)
    url = server.url.replace("127.0.0.1", host) + "/story"
    with pytest.raises(RefusedURL, match="refused"):
        fetch_article(url)
    time.sleep(0.05)
    assert server.connections == 0 and server.paths == []


def test_allow_private_fetches_from_this_machine(serve):
    server = serve(page)
    article = fetch_article(server.url + "/story", allow_private=True)
    assert "rebuild the bridge" in article.text
    assert article.url == server.url + "/story"
    assert server.connections == 1


def test_the_connection_goes_to_the_checked_address_not_a_fresh_lookup(serve):
    # The resolver is asked once per hop; the socket then connects to what it answered.
    server = serve(page)
    port = server.server_address[1]
    resolver = fake_resolver({"news.test": ["127.0.0.1"]})
    article = fetch_article(f"http://news.test:{port}/story", resolver=resolver, allow=lambda a: a == "127.0.0.1")
    assert "Jane Smith" in article.text
    assert resolver.calls == [("news.test", port)]


def redirecting(request):
    number = int(request.path.rsplit("/", 1)[-1])
    return 302, {"Location": f"/r/{number + 1}"}, b""


def test_at_most_five_redirects_are_followed(serve):
    server = serve(redirecting)
    with pytest.raises(FetchError, match=f"more than {MAX_REDIRECTS} redirects"):
        fetch_article(server.url + "/r/0", allow_private=True)
    assert server.paths == [f"/r/{n}" for n in range(MAX_REDIRECTS + 1)]


def test_five_redirects_to_an_article_are_fine(serve):
    def routes(request):
        number = int(request.path.rsplit("/", 1)[-1])
        return page(request) if number == MAX_REDIRECTS else redirecting(request)

    server = serve(routes)
    article = fetch_article(server.url + "/r/0", allow_private=True)
    assert "Jane Smith" in article.text
    assert article.url == server.url + f"/r/{MAX_REDIRECTS}"


def test_every_redirect_target_is_checked_before_it_is_connected_to(serve):
    inside = serve(page)  # stands for a server on the private network; it must see nothing
    inside_port = inside.server_address[1]

    def routes(_request):
        return 302, {"Location": f"http://intranet.test:{inside_port}/secret"}, b""

    outside = serve(routes)
    resolver = fake_resolver({"news.test": ["127.0.0.1"], "intranet.test": ["10.20.30.40"]})
    policy = lambda address: address == "127.0.0.1" or is_public_address(address)
    with pytest.raises(RefusedURL, match="intranet.test resolves to a private"):
        fetch_article(f"http://news.test:{outside.server_address[1]}/story", resolver=resolver, allow=policy)
    assert outside.paths == ["/story"]
    assert inside.connections == 0


def test_a_server_that_never_answers_times_out():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    try:
        started = time.monotonic()
        with pytest.raises(FetchError, match="timed out"):
            fetch_article(f"http://127.0.0.1:{port}/", allow_private=True, timeout=0.5)
        assert time.monotonic() - started < 3
    finally:
        listener.close()


def test_a_response_over_the_size_limit_is_refused(serve):
    def big(_request):
        return 200, {"Content-Type": "text/plain"}, b"word " * 300_000

    server = serve(big)
    with pytest.raises(FetchError, match="larger than"):
        fetch_article(server.url + "/big", allow_private=True, max_bytes=1024 * 1024)


def test_http_errors_and_other_content_types_are_reported(serve):
    def routes(request):
        if request.path == "/missing":
            return 404, {"Content-Type": "text/html"}, b"gone"
        return 200, {"Content-Type": "application/pdf"}, b"%PDF-1.4"

    server = serve(routes)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_article(server.url + "/missing", allow_private=True)
    with pytest.raises(FetchError, match="application/pdf"):
        fetch_article(server.url + "/file.pdf", allow_private=True)
