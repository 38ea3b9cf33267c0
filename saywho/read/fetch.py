"""Fetching a URL with one deadline for all of it, and a check of every address it connects to.

saywho's one fetcher, `saywho.read.url`, uses this for the command line and
`saywho ingest`, where any address will do, and for the web app, where a URL
typed into a public form must not make the server connect to itself,
127.0.0.1 or localhost, to its LAN, 10.x or 192.168.x, or to cloud metadata
services, 169.254.169.254. So, before any connection:

1. `check_url` resolves the host name and checks *every* address it resolves to
   with the address policy (the web app's is `is_public_address`); one address
   refused refuses the URL.
2. The connection then goes to an address that was checked, not to the host
   name, so a second DNS answer cannot swap in another address between the
   check and the connection. HTTPS still verifies the certificate against the
   host name.
3. Redirects are followed by hand, at most `MAX_REDIRECTS`, and each target is
   checked the same way before it is connected to.

The timeout is for the whole fetch, every hop's connection, TLS handshake,
headers and body: a watchdog shuts the socket down at the deadline, whatever it
is waiting for, so a server that drips a byte at a time cannot hold a fetch
(and the thread running it) past it. Only the DNS lookup is left to the
system resolver's own timeouts. Proxies from the environment are not used.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from saywho.errors import FetchError
from saywho.version import __version__

MAX_REDIRECTS = 5
_CHUNK = 64 * 1024

Resolver = Callable[[str, int], list[str]]
AddressPolicy = Callable[[str], bool]

# IPv6 prefixes that carry an IPv4 address in their low 32 bits (NAT64).
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT


class RefusedURL(FetchError):
    """The URL is not fetched at all: not http(s), malformed, or pointing at a private address."""


def is_public_address(ip_string: str) -> bool:
    """Whether an IP address literal is on the public internet.

    False for loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
    link-local (169.254/16, fe80::/10), carrier-grade NAT, multicast,
    reserved and unspecified addresses, and for IPv6 addresses that embed
    such an IPv4 address (::ffff:127.0.0.1, 6to4, Teredo, NAT64). False also
    for anything that is not an IP address at all.
    """
    try:
        address = ipaddress.ip_address(ip_string.split("%", 1)[0].strip("[]"))
    except ValueError:
        return False
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        return is_public_address(str(embedded))
    if address.version == 4 and address in _SHARED:
        return False
    return address.is_global and not (
        address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
        or address.is_reserved or address.is_unspecified
    )


def _embedded_ipv4(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.version != 6:
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]  # the client's address
    if any(address in network for network in _NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def system_resolver(host: str, port: int) -> list[str]:
    """Every address `host` resolves to, as strings (what a connection could use)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"cannot resolve {host} ({getattr(error, 'strerror', None) or error})") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass(frozen=True)
class CheckedURL:
    """A URL that passed the check, and the addresses it may be connected to."""

    url: str
    scheme: str
    host: str
    port: int
    target: str  # path and query, as sent in the request line
    addresses: tuple[str, ...]


def check_url(url: str, resolver: Resolver = system_resolver, allow: AddressPolicy = is_public_address) -> CheckedURL:
    """Refuse a URL unless it is http(s) and every address its host resolves to is allowed.

    No connection is made: the only network use is the resolver's DNS lookup
    (and none at all for an IP literal when the resolver is given one).
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise RefusedURL(f"{url}: is not a valid URL ({error})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise RefusedURL(f"{url}: only http and https URLs can be fetched")
    host = parts.hostname
    if not host:
        raise RefusedURL(f"{url}: has no host name")
    port = port or (443 if scheme == "https" else 80)
    try:
        addresses = resolver(host, port)
    except FetchError as error:
        raise FetchError(f"{url}: could not fetch ({error})") from None
    if not addresses:
        raise FetchError(f"{url}: could not fetch (cannot resolve {host})")
    refused = [address for address in addresses if not allow(address)]
    if refused:
        raise RefusedURL(
            f"{url}: refused, {host} resolves to a private, loopback or link-local address "
            f"({refused[0]}); this server only fetches public web pages"
        )
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return CheckedURL(url.strip(), scheme, host, port, target, tuple(addresses))


def allow_any_address(_address: str) -> bool:
    """The address policy of a fetch for the machine's own user (the command line), not for the public."""
    return True


def fetch(
    url: str, *, timeout: float, max_bytes: int, resolver: Resolver, allow: AddressPolicy
) -> tuple[bytes, Message, str]:
    """(body, headers, final URL) after at most MAX_REDIRECTS checked redirects, within `timeout` in all."""
    deadline = time.monotonic() + timeout
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        checked = check_url(current, resolver=resolver, allow=allow)
        status, headers, body = _request(checked, deadline, timeout, max_bytes)
        location = headers.get("Location")
        if status in (301, 302, 303, 307, 308) and location:
            current = urljoin(checked.url, location)
            continue
        if status >= 400:
            raise FetchError(f"{url}: could not fetch (HTTP {status})")
        return body, headers, checked.url
    raise FetchError(f"{url}: could not fetch (more than {MAX_REDIRECTS} redirects, or a redirect loop)")


def _request(checked: CheckedURL, deadline: float, timeout: float, max_bytes: int) -> tuple[int, Message, bytes]:
    watchdog = _Watchdog(deadline)
    connection = _connection(checked, _remaining(deadline, checked.url, timeout), watchdog)
    try:
        status, headers, body = _exchange(connection, checked, deadline, timeout, max_bytes)
    except (OSError, http.client.HTTPException) as error:
        raise FetchError(f"{checked.url}: could not fetch ({_reason(error, watchdog.fired, timeout)})") from None
    finally:
        watchdog.stop()
        connection.close()
    if watchdog.fired:  # shut down mid-body, which can read as the end of a body without a Content-Length
        raise FetchError(f"{checked.url}: could not fetch (timed out after {timeout:g} s)")
    return status, headers, body


def _reason(error: Exception, timed_out: bool, timeout: float) -> str:
    if timed_out or isinstance(error, TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(error, ssl.SSLError):
        return f"TLS error: {error.reason or error}"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror  # "Connection refused"
    return f"{type(error).__name__}: {error}"


def _exchange(connection: http.client.HTTPConnection, checked: CheckedURL, deadline: float, timeout: float,
              max_bytes: int) -> tuple[int, Message, bytes]:
    connection.request("GET", checked.target, headers={
        "Host": _host_header(checked), "User-Agent": f"saywho/{__version__}",
        "Accept": "text/html, application/xhtml+xml, text/plain;q=0.9", "Connection": "close",
    })
    response = connection.getresponse()
    if response.status in (301, 302, 303, 307, 308):
        return response.status, response.headers, b""
    chunks, size = [], 0
    while True:
        if connection.sock is not None:
            connection.sock.settimeout(_remaining(deadline, checked.url, timeout))
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{checked.url}: could not fetch (the page is larger than {_megabytes(max_bytes)})")
        chunks.append(chunk)
    return response.status, response.headers, b"".join(chunks)


class _Watchdog:
    """Shuts a connection's socket down at the deadline, whatever the fetch is waiting for on it.

    A timeout per read alone lets a server that sends a few bytes a second hold
    a fetch for as long as it likes; shutting the socket down wakes any read.
    """

    def __init__(self, deadline: float):
        self.fired = False
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()  # so that the socket is never shut down after it was handed back and closed
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._socket = sock
            if self.fired:
                _shut_down(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            if self._socket is not None:
                _shut_down(self._socket)

    def stop(self) -> None:
        self._timer.cancel()
        with self._lock:
            self._socket = None


def _shut_down(sock: socket.socket) -> None:
    try:
        # The plain socket's shutdown, also for TLS: SSLSocket.shutdown would unwrap a TLS
        # state that the fetching thread is using at this moment.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass  # not connected (yet, or any more)


def _connection(checked: CheckedURL, timeout: float, watchdog: _Watchdog) -> http.client.HTTPConnection:
    kind = _PinnedHTTPSConnection if checked.scheme == "https" else _PinnedHTTPConnection
    return kind(checked.host, checked.port, addresses=checked.addresses, timeout=timeout, watchdog=watchdog)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to one of the checked addresses, never to whatever the host name resolves to now."""

    def __init__(self, host: str, port: int, *, addresses: tuple[str, ...], timeout: float, watchdog: _Watchdog):
        super().__init__(host, port, timeout=timeout)
        self._addresses = addresses
        self._watchdog = watchdog
        self._timeout = timeout

    def connect(self) -> None:
        self.sock = _connect_any(self._addresses, self.port, self._timeout)
        self._watchdog.watch(self.sock)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, *, addresses: tuple[str, ...], timeout: float, watchdog: _Watchdog):
        self._tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self._tls)
        self._addresses = addresses
        self._watchdog = watchdog
        self._timeout = timeout

    def connect(self) -> None:
        sock = _connect_any(self._addresses, self.port, self._timeout)
        self._watchdog.watch(sock)
        tls = self._tls.wrap_socket(sock, server_hostname=self.host, do_handshake_on_connect=False)
        self._watchdog.watch(tls)  # before the handshake, which a slow server could drip too
        tls.do_handshake()
        self.sock = tls


def _connect_any(addresses: tuple[str, ...], port: int, timeout: float) -> socket.socket:
    error: OSError | None = None
    for address in addresses:
        try:
            return socket.create_connection((address, port), timeout=timeout)
        except OSError as failure:
            error = failure
    raise error or OSError("no address to connect to")


def _host_header(checked: CheckedURL) -> str:
    host = f"[{checked.host}]" if ":" in checked.host else checked.host
    default = 443 if checked.scheme == "https" else 80
    return host if checked.port == default else f"{host}:{checked.port}"


def _remaining(deadline: float, url: str, timeout: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"{url}: could not fetch (timed out after {timeout:g} s)")
    return left


def _megabytes(size: int) -> str:
    return f"{size / 2**20:g} MB"
