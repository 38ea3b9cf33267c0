"""Reading files, URLs and stdin into Articles, and refusing bad input with one clear line."""

from __future__ import annotations

import io
import os
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from saywho import __version__
from saywho.document import Article
from saywho.errors import FetchError, InputError
from saywho.read import (
    MAX_TEXT_BYTES,
    check_article,
    fetch_url,
    looks_like_html,
    read_html,
    read_input,
    read_text,
)

ARTICLE_PARAGRAPHS = [
    "Harbour bridge plan approved after heated council vote",
    "The city council approved the long-delayed harbour bridge on Thursday night, "
    "ending a dispute that has divided residents for more than a decade.",
    "\u201cThis is the day the two halves of our town finally meet,\u201d said Mayor Daniel Okafor, "
    "who cast the deciding vote after four hours of debate.",
    "Opponents were not convinced. Councillor Ruth Baines said the project would "
    "\"swallow the budget for schools and libraries for years to come\" and warned that "
    "costs had already doubled since 2015.",
    "According to the council's own figures, the bridge will cost 84 million pounds and take "
    "three years to build. Construction is expected to begin next spring.",
    "\u201cWe have listened to every objection,\u201d Okafor told reporters outside the town hall. "
    "\u201cNow it is time to build.\u201d",
]

ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour bridge plan approved after heated council vote | The Coastal Herald</title>
  <meta name="author" content="Maria Lindqvist">
  <meta property="og:site_name" content="The Coastal Herald">
  <meta property="og:title" content="Harbour bridge plan approved after heated council vote">
  <meta property="article:published_time" content="2021-08-27T10:00:00Z">
  <link rel="stylesheet" href="/static/site.css">
</head>
<body>
  <header>
    <nav>
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/sport">Sport</a></li>
        <li><a href="/opinion">Opinion</a></li>
        <li><a href="/subscribe">Subscribe today and save 50%</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>{ARTICLE_PARAGRAPHS[0]}</h1>
      <p class="byline">By Maria Lindqvist</p>
      <p>{ARTICLE_PARAGRAPHS[1]}</p>
      <p>{ARTICLE_PARAGRAPHS[2]}</p>
      <p>{ARTICLE_PARAGRAPHS[3].replace('"', "&quot;")}</p>
      <p>{ARTICLE_PARAGRAPHS[4]}</p>
      <p>{ARTICLE_PARAGRAPHS[5]}</p>
    </article>
  </main>
  <footer>
    <p>&copy; 2021 The Coastal Herald. All rights reserved.</p>
    <p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a> | <a href="/contact">Contact us</a></p>
  </footer>
</body>
</html>
"""

NO_ARTICLE_HTML = """<!DOCTYPE html>
<html><head><title>Sign in | The Coastal Herald</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<form action="/login" method="post">
  <label for="user">Email</label> <input id="user" name="user" type="email">
  <label for="pw">Password</label> <input id="pw" name="pw" type="password">
  <button type="submit">Sign in</button>
</form>
<footer><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""

ENGLISH = (
    "Shares in the company fell sharply on Monday after it warned that profits would be lower "
    "than expected. Analysts said the warning reflected weak demand in Europe, where sales dropped "
    "by a fifth. \"We remain confident about our long-term strategy,\" the chief executive told investors."
)
NOT_ENGLISH = {
    "french": (
        "Le conseil municipal a approuvé jeudi soir le projet de pont sur le port, mettant fin à un "
        "conflit qui divise les habitants depuis plus de dix ans. « C'est le jour où les deux moitiés "
        "de notre ville se rejoignent enfin », a déclaré le maire, qui a voté en dernier après quatre "
        "heures de débat. Les opposants ne sont pas convaincus."
    ),
    "german": (
        "Der Stadtrat hat am Donnerstagabend den lange verzögerten Bau der Hafenbrücke genehmigt und "
        "damit einen Streit beendet, der die Bewohner seit mehr als zehn Jahren spaltet. „Heute kommen "
        "die beiden Hälften unserer Stadt endlich zusammen“, sagte der Bürgermeister, der nach vier "
        "Stunden Debatte die entscheidende Stimme abgab. Was die Kosten angeht, so bleibt vieles offen."
    ),
    "spanish": (
        "El ayuntamiento aprobó el jueves por la noche el proyecto del puente del puerto, poniendo fin "
        "a una disputa que ha dividido a los vecinos durante más de una década. «Este es el día en que "
        "las dos mitades de nuestra ciudad por fin se encuentran», dijo el alcalde, que emitió el voto "
        "decisivo tras cuatro horas de debate."
    ),
    "arabic": (
        "وافق مجلس المدينة مساء الخميس على مشروع جسر الميناء الذي طال انتظاره، منهيا خلافا قسم السكان "
        "لأكثر من عقد. وقال رئيس البلدية إن هذا هو اليوم الذي يلتقي فيه نصفا مدينتنا أخيرا."
    ),
    "chinese": (
        "市议会周四晚间批准了拖延已久的港口大桥项目，结束了一场让居民分裂了十多年的争论。"
        "市长说：“这是我们城市的两半终于相遇的日子。”他在经过四个小时的辩论后投下了决定性的一票。"
    ),
}

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def write(tmp_path: Path, name: str, data: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def input_error(spec: str) -> str:
    with pytest.raises(InputError) as caught:
        check_article(read_input(spec))
    return str(caught.value)


# -- plain text files ----------------------------------------------------------


def test_text_file_keeps_text_but_unifies_line_ends(tmp_path):
    raw = "\ufeff  Headline here\r\n\r\nFirst  paragraph, \"quoted\".\rSecond paragraph.\r\n \t\r\n"
    path = write(tmp_path, "story.txt", raw)

    article = read_input(path)

    assert article == Article(
        text="  Headline here\n\nFirst  paragraph, \"quoted\".\nSecond paragraph.", origin=path
    )
    assert article.paragraphs() == [(2, 15), (17, 44), (45, 62)]


def test_read_text_from_a_string():
    assert read_text("One line.\r\nTwo lines.  \n\n", origin="note") == Article(
        text="One line.\nTwo lines.", origin="note"
    )


def test_english_text_passes_check_without_warnings(tmp_path):
    assert check_article(read_input(write(tmp_path, "story.txt", ENGLISH))) == []


def test_short_text_is_given_the_benefit_of_the_doubt_but_flagged(tmp_path):
    article = read_input(write(tmp_path, "short.txt", "Le maire a parlé."))
    assert check_article(article) == ["text is very short (4 words)"]


# -- HTML ------------------------------------------------------------------------


def test_html_file_gives_article_text_and_metadata(tmp_path):
    path = write(tmp_path, "bridge.html", ARTICLE_HTML)

    article = read_input(path)

    assert article.text == "\n".join(ARTICLE_PARAGRAPHS)
    assert article.title == "Harbour bridge plan approved after heated council vote"
    assert article.author == "Maria Lindqvist"
    assert article.date == "2021-08-27"
    assert article.outlet == "The Coastal Herald"
    assert article.url is None
    assert article.origin == path
    assert check_article(article) == []


def test_html_boilerplate_is_left_out(tmp_path):
    text = read_input(write(tmp_path, "bridge.html", ARTICLE_HTML)).text
    for boilerplate in ("Subscribe", "Home", "Privacy policy", "All rights reserved", "By Maria"):
        assert boilerplate not in text


def test_html_is_recognised_by_content_whatever_the_file_is_called(tmp_path):
    article = read_input(write(tmp_path, "download.txt", "\n\n  " + ARTICLE_HTML))
    assert article.title == "Harbour bridge plan approved after heated council vote"
    assert article.text == "\n".join(ARTICLE_PARAGRAPHS)


def test_html_without_an_article_is_refused(tmp_path):
    path = write(tmp_path, "login.html", NO_ARTICLE_HTML)
    with pytest.raises(InputError) as caught:
        read_input(path)
    assert str(caught.value) == f"{path}: no article text found in this HTML page"


def test_html_extraction_is_repeatable_and_offline(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("reading HTML must not open network connections")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    page = ARTICLE_HTML.replace("<head>", '<head>\n  <link rel="canonical" href="https://herald.example/bridge">')

    first = read_html(page, origin="page")
    assert first == read_html(page, origin="page")
    assert first.url == "https://herald.example/bridge"
    assert first.date == "2021-08-27"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("hello", "page.html", True),
        ("hello", "PAGE.HTM", True),
        ("  <!DOCTYPE html><p>hi</p>", None, True),
        ("<html><p>hi</p></html>", None, True),
        ("Intro\n<body>\n<div>text</div>", None, True),
        ("<p>One paragraph.</p>\n<p>Another paragraph.</p>\n", None, True),
        ("A story about HTML, in which the <p> tag is mentioned once.\nAnd a second line.\nThird.", None, False),
        ("Plain text.\nWith lines.", "story.txt", False),
        ("", None, False),
    ],
)
def test_looks_like_html(text, name, expected):
    assert looks_like_html(text, name) is expected


# -- stdin -----------------------------------------------------------------------


def fake_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text(monkeypatch):
    fake_stdin(monkeypatch, ENGLISH.encode("utf-8") + b"\r\n")
    assert read_input("-") == Article(text=ENGLISH, origin="stdin")


def test_stdin_html(monkeypatch):
    fake_stdin(monkeypatch, ARTICLE_HTML.encode("utf-8"))
    article = read_input("-")
    assert (article.title, article.date, article.origin) == (
        "Harbour bridge plan approved after heated council vote", "2021-08-27", "stdin"
    )
    assert article.text == "\n".join(ARTICLE_PARAGRAPHS)


def test_stdin_binary_is_refused(monkeypatch):
    fake_stdin(monkeypatch, PNG_HEADER)
    with pytest.raises(InputError, match=r"^stdin: looks like a binary file, not text$"):
        read_input("-")


# -- the date option -------------------------------------------------------------


def test_date_fills_in_when_the_input_has_none(tmp_path):
    assert read_input(write(tmp_path, "story.txt", ENGLISH), date="2024-05-01").date == "2024-05-01"


def test_date_does_not_override_the_page_date(tmp_path):
    assert read_input(write(tmp_path, "bridge.html", ARTICLE_HTML), date="2024-05-01").date == "2021-08-27"


def test_no_date_stays_none(tmp_path):
    assert read_input(write(tmp_path, "story.txt", ENGLISH)).date is None


# -- bad input: one line each ----------------------------------------------------


def test_empty_file(tmp_path):
    path = write(tmp_path, "empty.txt", b"")
    assert input_error(path) == f"{path}: is empty"


def test_whitespace_only_file(tmp_path):
    path = write(tmp_path, "blank.txt", " \n\t\r\n  \n")
    assert input_error(path) == f"{path}: is empty"


def test_only_zero_width_characters_is_empty(tmp_path):
    path = write(tmp_path, "invisible.txt", "\u200b\n \u200b\u2060\ufeff\u00ad\n")
    assert input_error(path) == f"{path}: is empty"


def test_binary_file(tmp_path):
    path = write(tmp_path, "image.txt", PNG_HEADER + b"\x00" * 64)
    assert input_error(path) == f"{path}: looks like a binary file, not text"


def test_control_characters_without_nul_count_as_binary(tmp_path):
    path = write(tmp_path, "noise.txt", bytes(range(1, 32)) * 20 + b"some words")
    assert input_error(path) == f"{path}: looks like a binary file, not text"


def test_a_nul_after_the_first_8_kb_is_binary(tmp_path):
    path = write(tmp_path, "late-nul.txt", ENGLISH.encode("utf-8") * 200 + b"\x00" + ENGLISH.encode("utf-8"))
    assert input_error(path) == f"{path}: looks like a binary file, not text"


def test_latin1_file_is_not_utf8(tmp_path):
    path = write(tmp_path, "latin1.txt", "The café opened in 1998.".encode("latin-1"))
    assert input_error(path) == (
        f"{path}: is not UTF-8 text (byte 0xe9 at offset 7); convert it first, e.g. iconv -f latin1 -t utf-8"
    )


def test_utf16_file_is_not_utf8(tmp_path):
    path = write(tmp_path, "utf16.txt", ENGLISH.encode("utf-16"))
    assert input_error(path) == f"{path}: is UTF-16 text, not UTF-8; convert it with iconv -f utf-16 -t utf-8"


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be"])
def test_utf32_file_is_called_utf32(tmp_path, encoding):
    data = ENGLISH.encode(encoding)
    path = write(tmp_path, "utf32.txt", data if encoding == "utf-32" else b"\x00\x00\xfe\xff" + data)
    assert input_error(path) == f"{path}: is UTF-32 text, not UTF-8; convert it with iconv -f utf-32 -t utf-8"


def test_text_over_5_mb(tmp_path):
    size = int(6.2 * 1024 * 1024)
    text = (ENGLISH + "\n") * (size // (len(ENGLISH) + 1) + 1)
    path = write(tmp_path, "huge.txt", text.encode("utf-8")[:size])
    assert size > MAX_TEXT_BYTES
    assert input_error(path) == f"{path}: is 6.2 MB; saywho reads articles up to 5 MB"


def test_text_of_exactly_5_mb_is_accepted(tmp_path):
    text = (ENGLISH + "\n") * (MAX_TEXT_BYTES // (len(ENGLISH) + 1) + 1)
    path = write(tmp_path, "big.txt", text.encode("utf-8")[:MAX_TEXT_BYTES])
    assert check_article(read_input(path)) == []


def test_size_limit_counts_utf8_bytes_not_characters():
    # 2 bytes per character: under the limit in characters, over it in bytes.
    article = Article(text="é" * (MAX_TEXT_BYTES // 2 + 1), origin="accents")
    with pytest.raises(InputError, match=r"^accents: is 5\.0 MB; saywho reads articles up to 5 MB$"):
        check_article(article)


@pytest.mark.parametrize("language", sorted(NOT_ENGLISH))
def test_other_languages_are_refused(tmp_path, language):
    path = write(tmp_path, f"{language}.txt", NOT_ENGLISH[language])
    assert input_error(path) == f"{path}: does not look like English; saywho analyses English news articles only"


def test_french_html_page_is_refused(tmp_path):
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in NOT_ENGLISH["french"].split(". "))
    path = write(tmp_path, "fr.html", f"<!DOCTYPE html><html><body><article>{paragraphs}</article></body></html>")
    assert input_error(path) == f"{path}: does not look like English; saywho analyses English news articles only"


def test_missing_path(tmp_path):
    path = str(tmp_path / "nowhere.txt")
    with pytest.raises(InputError) as caught:
        read_input(path)
    assert str(caught.value) == f"{path}: no such file"


def test_directory(tmp_path):
    with pytest.raises(InputError) as caught:
        read_input(str(tmp_path))
    assert str(caught.value) == f"{tmp_path}: is a directory, not a file"


def test_empty_spec():
    with pytest.raises(InputError, match=r"^no input given: name a file, an http\(s\) URL, or - for stdin$"):
        read_input("")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "secret.txt", ENGLISH)
    os.chmod(path, 0)
    with pytest.raises(InputError) as caught:
        read_input(path)
    assert str(caught.value) == f"{path}: permission denied, cannot read this file"


def test_unreadable_file_even_as_root(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", ENGLISH)

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(InputError) as caught:
        read_input(path)
    assert str(caught.value) == f"{path}: permission denied, cannot read this file"


# -- URLs, from a real HTTP server on 127.0.0.1 -------------------------------------


class NewsSite(BaseHTTPRequestHandler):
    user_agents: list[str] = []

    def do_GET(self):
        NewsSite.user_agents.append(self.headers.get("User-Agent"))
        route = {
            "/news/bridge": (200, "text/html; charset=utf-8", ARTICLE_HTML.encode("utf-8")),
            "/news/bridge.txt": (200, "text/plain; charset=utf-8", ENGLISH.encode("utf-8") + b"\n"),
            "/news/latin1.txt": (200, "text/plain; charset=iso-8859-1", "Caf\u00e9 news.".encode("latin-1")),
            "/news/login": (200, "text/html", NO_ARTICLE_HTML.encode("utf-8")),
            "/logo.png": (200, "image/png", PNG_HEADER),
        }.get(self.path)
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path.startswith("/hops/"):
            hops = int(self.path.removeprefix("/hops/"))
            self.send_response(301)
            self.send_header("Location", f"/hops/{hops - 1}" if hops > 1 else "/news/bridge")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif route is None:
            self.reply(404, "text/html", b"<html><body><h1>Not found</h1></body></html>")
        else:
            self.reply(*route)

    def reply(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), NewsSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    # A proxy from the environment would send requests for 127.0.0.1 elsewhere.
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def test_url_html_page(site):
    url = f"{site}/news/bridge"
    NewsSite.user_agents.clear()

    article = read_input(url, date="2024-05-01")

    assert article.text == "\n".join(ARTICLE_PARAGRAPHS)
    assert article.title == "Harbour bridge plan approved after heated council vote"
    assert article.author == "Maria Lindqvist"
    assert article.date == "2021-08-27"
    assert article.outlet == "The Coastal Herald"
    assert (article.url, article.origin) == (url, url)
    assert NewsSite.user_agents == [f"saywho/{__version__}"]


def test_url_plain_text(site):
    url = f"{site}/news/bridge.txt"
    assert read_input(url, date="2024-05-01") == Article(text=ENGLISH, date="2024-05-01", url=url, origin=url)


def test_url_declared_charset_is_used(site):
    url = f"{site}/news/latin1.txt"
    assert fetch_url(url).text == "Caf\u00e9 news."


def test_url_up_to_5_redirects_are_followed(site):
    article = fetch_url(f"{site}/hops/5")
    assert article.title == "Harbour bridge plan approved after heated council vote"
    assert article.url == f"{site}/hops/5"


def test_url_more_than_5_redirects(site):
    url = f"{site}/hops/6"
    with pytest.raises(FetchError) as caught:
        fetch_url(url)
    assert str(caught.value) == f"{url}: could not fetch (more than 5 redirects, or a redirect loop)"


def test_url_404(site):
    url = f"{site}/news/gone"
    with pytest.raises(FetchError) as caught:
        read_input(url)
    assert str(caught.value) == f"{url}: could not fetch (HTTP 404)"


def test_url_redirect_loop(site):
    url = f"{site}/loop"
    with pytest.raises(FetchError) as caught:
        fetch_url(url)
    assert str(caught.value) == f"{url}: could not fetch (more than 5 redirects, or a redirect loop)"


def test_url_page_without_article(site):
    url = f"{site}/news/login"
    with pytest.raises(InputError) as caught:
        fetch_url(url)
    assert str(caught.value) == f"{url}: no article text found in this HTML page"


def test_url_of_an_image(site):
    url = f"{site}/logo.png"
    with pytest.raises(FetchError) as caught:
        fetch_url(url)
    assert str(caught.value) == f"{url}: is image/png, not an HTML page or plain text"


def test_url_nobody_listens_on():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/news"
    with pytest.raises(FetchError) as caught:
        fetch_url(url, timeout=5)
    assert str(caught.value) == f"{url}: could not fetch (Connection refused)"


def test_only_http_urls_are_fetched():
    with pytest.raises(FetchError) as caught:
        fetch_url("file:///etc/passwd")
    assert str(caught.value) == "file:///etc/passwd: could not fetch (only http and https URLs are supported)"


def test_a_page_is_decoded_in_the_charset_its_server_declares_else_its_meta_names_else_utf8():
    from saywho.read.html import decode_html

    page = '<html><head><meta charset="iso-8859-1"></head><body>Café</body></html>'.encode("latin-1")
    assert "Café" in decode_html(page)
    assert "Café" in decode_html("<p>Café</p>".encode("cp1252"), "cp1252")
    assert "Caf\ufffd" in decode_html(b"<p>Caf\xe9</p>")  # no charset anywhere: UTF-8, with a replacement
    assert "Café" in decode_html("<p>Café</p>".encode(), "no-such-charset")


def test_the_readers_import_nothing_from_the_layers_after_them():
    # read -> analyse -> store -> present: saywho/read may not import the store, the web app or the renderers.
    import ast

    later = ("saywho.corpus", "saywho.web", "saywho.render", "saywho.cli", "saywho.eval")
    for path in sorted((Path(__file__).parent.parent / "saywho" / "read").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            assert not [n for n in names if n.startswith(later)], f"{path.name} imports {names}"
