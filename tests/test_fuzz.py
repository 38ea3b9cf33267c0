"""Property-based fuzzing of the analysis and of the web app, with hypothesis.

Properties:

* `saywho.analyze` raises nothing but `SaywhoError` on any text, HTML or date;
* every span in the analysis document lies within `article.text`, and the
  `text` that goes with it is the text at those offsets;
* the document survives `to_dict`/`from_dict` and JSON unchanged;
* the web app answers no request with a 5xx status.

Budgets (docs/testing.md): by default the "ci" profile, a fixed small number of
examples from a fixed seed, so a run is quick and reproducible. SAYWHO_FUZZ=long
runs thousands of random examples per test, to look for new failures:

    SAYWHO_FUZZ=long python -m pytest -q tests/test_fuzz.py
"""

from __future__ import annotations

import json
import os
import warnings
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's notice that it prefers httpx2
    from fastapi.testclient import TestClient

import saywho
from saywho.document import Analysis, Article, joined_text
from saywho.errors import SaywhoError
from saywho.web.app import create_app
from saywho.web.service import WebConfig
from tests.fuzz_strategies import analyze_bodies, articles, dates, param_values, texts, urls

# Examples are slow (a spaCy run each) and shared fixtures are read-only, so neither
# the time limit per example nor the function-scoped-fixture check applies.
_COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("ci", max_examples=100, derandomize=True, database=None, print_blob=True, **_COMMON)
settings.register_profile("long", max_examples=3000, derandomize=False, print_blob=True, **_COMMON)
FUZZ = settings.get_profile(os.environ.get("SAYWHO_FUZZ") or "ci")
# The web tests run fewer examples than the analysis: most requests are refused
# cheaply, and the ones that analyse repeat what the analysis tests cover.
WEB_FUZZ = settings(FUZZ, max_examples=max(20, FUZZ.max_examples // 2))


@pytest.fixture(scope="module", autouse=True)
def pipeline():
    """Load the spaCy pipeline once, before the first example, so no example pays for it."""
    from saywho.nlp import load_pipeline

    return load_pipeline()


# -- the analysis -----------------------------------------------------------------------------------------


def analyze_or_refuse(text: str, date: str | None) -> Analysis | None:
    """The analysis, or None when saywho refuses the input as it should: with a SaywhoError."""
    try:
        return saywho.analyze(text, date=date)
    except SaywhoError:
        return None


@FUZZ
@given(text=articles, date=dates)
def test_analysis_raises_only_saywho_errors_and_its_spans_point_into_the_text(text, date):
    analysis = analyze_or_refuse(text, date)
    if analysis is not None:
        document = analysis.to_dict()
        assert_spans_within(document["article"]["text"], document)


@FUZZ
@given(text=articles, date=dates)
def test_analysis_document_round_trips_through_from_dict_and_json(text, date):
    analysis = analyze_or_refuse(text, date)
    if analysis is None:
        return
    document = analysis.to_dict()
    assert Analysis.from_dict(document).to_dict() == document
    assert json.loads(json.dumps(document, ensure_ascii=False)) == document


@FUZZ
@given(text=texts, title=st.none() | texts, date=dates)
def test_analysis_of_an_article_object_keeps_its_spans_in_the_text(text, title, date):
    analysis = analyze_or_refuse(Article(text=text, title=title, date=date), None)
    if analysis is not None:
        assert_spans_within(analysis.article.text, analysis.to_dict())


def assert_spans_within(text: str, document: Any, where: str = "") -> None:
    """Walk the document: every object with int `start`/`end` or a list of `spans`, and every span list."""
    if isinstance(document, list):
        for index, item in enumerate(document):
            assert_spans_within(text, item, f"{where}[{index}]")
        return
    if not isinstance(document, dict):
        return
    for key, value in document.items():
        if key in SPAN_LISTS and value is not None:
            for span in value:
                assert_span(text, span, f"{where}.{key}")
        else:
            assert_spans_within(text, value, f"{where}.{key}")
    spans = _own_spans(document)
    if spans and isinstance(document.get("text"), str) and not _is_label(document):
        expected = joined_text(text, spans)  # " … " only where the article has words between spans
        assert document["text"] == expected, f"{where}: text {document['text']!r} is not the text at {spans}"


# Keys whose value is a list of [start, end) spans into article.text.
SPAN_LISTS = {"spans", "quoted", "paragraphs"}


def assert_span(text: str, span: Any, where: str) -> None:
    assert isinstance(span, list) and len(span) == 2 and all(type(n) is int for n in span), f"{where}: {span!r}"
    start, end = span
    assert 0 <= start <= end <= len(text), f"{where}: span {span} outside a text of {len(text)} characters"


def _own_spans(item: dict) -> list[tuple[int, int]]:
    if isinstance(item.get("spans"), list):
        return [tuple(span) for span in item["spans"]]
    start, end = item.get("start"), item.get("end")
    if type(start) is int and type(end) is int:  # dates have start/end too, as ISO strings
        assert 0 <= start <= end, f"start/end {start}, {end}"
        return [(start, end)]
    return []


def _is_label(item: dict) -> bool:
    """Voice sources group a speaker's mentions: their `text` is the speaker's name, not the text of a span."""
    return "name" in item and item.get("text") == item["name"]


# -- the web app ------------------------------------------------------------------------------------------

CORPUS = [
    {"text": "“We will rebuild the bridge by spring,” Mayor Jane Smith said on Monday.\n"
             "A city official, who asked not to be named, said the budget was tight.",
     "title": "Bridge to be rebuilt", "outlet": "Daily Bugle", "date": "2024-03-04",
     "url": "https://bugle.example/bridge"},
    {"text": "Jane Smith defended the plan on Tuesday. “The money is there,” Smith told reporters.\n"
             "Critics said the repairs would take years.",
     "title": "Mayor defends plan", "outlet": "Daily Bugle", "date": "2024-04-09"},
    {"text": "“The bridge is safe,” said Jane Smith, the mayor.\n"
             "According to engineers, the cracks are old.\n"
             "John Ward said the council had been warned about the cracks for a decade.",
     "title": "Bridge safe, mayor says", "outlet": "Evening Post", "date": "2024-05-21"},
    {"text": "“It is a fantasy,” developer John Ward said of the plan, which he called “a waste of money.”",
     "title": "Developer scorns plan", "outlet": "Evening Post", "date": "2024-06-02"},
]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    """A small store built by the real ingest, from a JSONL file of four articles."""
    from saywho.corpus.backends import open_store
    from saywho.corpus.ingest import ingest
    from saywho.corpus.inputs import Discovery

    folder = tmp_path_factory.mktemp("fuzz-corpus")
    records = folder / "articles.jsonl"
    records.write_text("".join(json.dumps(item) + "\n" for item in CORPUS), encoding="utf-8")
    with open_store(folder / "corpus.db", create=True) as store:
        summary = ingest(store, Discovery([str(records)]), workers=1)
    assert not summary.failures, summary.failures
    return folder / "corpus.db"


@pytest.fixture(scope="module")
def client(corpus_db):
    """The real app on the real store; server errors come back as 500s, as a browser would see them."""
    app = create_app(WebConfig(jobs=0, db=corpus_db, max_bytes=64 * 1024))
    with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as client:
        yield client


def assert_no_server_error(response) -> None:
    request = response.request
    assert response.status_code < 500 or _is_expected(response), (
        f"{request.method} {request.url} answered {response.status_code}: {response.text[:500]}")


def _is_expected(response) -> bool:
    # 502 is the honest answer when a URL cannot be fetched; 503 when the server is busy.
    return response.status_code in (502, 503) and response.headers.get("content-type", "").startswith(
        "application/json") and "error" in response.json()


def _raw(value: str) -> bytes:
    """The bytes a client would send for `value`, lone surrogates and all (as CESU-8, not valid UTF-8)."""
    return value.encode("utf-8", "surrogatepass")


def query_string(params: dict[str, str]) -> str:
    return "&".join(f"{quote(_raw(key))}={quote(_raw(value))}" for key, value in params.items())


@WEB_FUZZ
@given(body=analyze_bodies)
def test_api_analyze_answers_any_json_body_without_a_server_error(client, body):
    # Encoded here, ASCII-escaped, so that lone surrogates reach the server as JSON escapes.
    content = json.dumps(body).encode("ascii")
    response = client.post("/api/analyze", content=content, headers={"content-type": "application/json"})
    assert_no_server_error(response)


@WEB_FUZZ
@given(body=st.one_of(st.binary(max_size=200), texts.map(_raw)),
       content_type=st.sampled_from(["application/json", "text/plain", "application/x-www-form-urlencoded", ""]))
def test_api_analyze_answers_any_bytes_without_a_server_error(client, body, content_type):
    response = client.post("/api/analyze", content=body, headers={"content-type": content_type})
    assert_no_server_error(response)


form_fields = st.fixed_dictionaries({}, optional={
    "text": articles.map(_raw), "url": urls.map(_raw), "date": dates.map(lambda d: _raw(d or "")),
    "sample": st.sampled_from([b"", b"1", b"\xff"]), "extra": st.binary(max_size=20),
})
uploads = st.none() | st.tuples(
    st.text(max_size=20).map(lambda name: name + ".txt") | st.sampled_from(["a.html", "x.pdf", "", "../../etc/passwd"]),
    st.binary(max_size=300) | texts.map(_raw),
)


@WEB_FUZZ
@given(fields=form_fields, upload=uploads)
def test_the_analyse_form_answers_any_submission_without_a_server_error(client, fields, upload):
    files = {name: (None, value) for name, value in fields.items()}
    if upload is not None:
        files["file"] = (upload[0], upload[1], "application/octet-stream")
    if not files:
        files = {"text": (None, b"")}
    response = client.post("/analyse", files=files)
    assert_no_server_error(response)
    if response.status_code == 303:  # analysed: the result page, its JSON and its report draw the hostile text
        result = response.headers["location"]
        for path in (result, f"{result}/analysis.json", f"{result}/report.html"):
            assert_no_server_error(client.get(path))


CORPUS_PATHS = ["/api/articles", "/api/quotes", "/api/speakers", "/api/outlets", "/speakers", "/search",
                "/outlets", "/"]
ID_PATHS = ["/api/speakers/{}", "/speakers/{}", "/api/articles/{}", "/articles/{}", "/articles/{}/report.html",
            "/api/outlets/{}", "/outlets/{}", "/results/{}", "/results/{}/analysis.json"]
PARAM_NAMES = ["q", "limit", "offset", "page", "outlet", "speaker", "kind", "since", "x"]


@WEB_FUZZ
@given(path=st.sampled_from(CORPUS_PATHS),
       params=st.dictionaries(st.sampled_from(PARAM_NAMES), param_values, max_size=4))
def test_corpus_routes_answer_any_query_without_a_server_error(client, path, params):
    response = client.get(f"{path}?{query_string(params)}")
    assert_no_server_error(response)


@WEB_FUZZ
@given(template=st.sampled_from(ID_PATHS), identifier=param_values | st.sampled_from(["1", "2", "3", "Daily Bugle"]),
       params=st.dictionaries(st.sampled_from(PARAM_NAMES), param_values, max_size=2))
def test_corpus_item_routes_answer_any_id_without_a_server_error(client, template, identifier, params):
    path = template.format(quote(_raw(identifier), safe="") or "%20")
    response = client.get(f"{path}?{query_string(params)}")
    assert_no_server_error(response)


def test_the_fuzzed_corpus_is_searchable(client):
    """The store the fuzzer queries holds what it should, so the queries reach real rows."""
    rows = client.get("/api/speakers", params={"q": "Jane"}).json()["rows"]
    assert [row["name"] for row in rows] == ["Jane Smith"]
