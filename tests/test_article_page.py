"""The article page and the tools to check and cite: colours, ¶ numbers, citations, permanent links, CSV.

Analyses are built by hand (test_render's sample) or made by saywho from an article written for these tests.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import re
import warnings

import pytest
from test_render import TEXT, sample

import saywho
from saywho.document import Analysis, Article, Attribution, Segment, Speaker
from saywho.render import PALETTE, render_html, render_terminal, speaker_colours
from saywho.render.cite import attribution_citation, citation
from saywho.render.common import UNKNOWN_COLOUR
from saywho.render.html import report_stem
from saywho.render.view import result_view
from saywho.web.results import Results

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's notice that it prefers httpx2
    from fastapi.testclient import TestClient

from saywho.web.app import create_app
from saywho.web.service import WebConfig

BRIDGE = (
    "The council approved a new bridge over the river on Tuesday.\n"
    "“This bridge will carry ten thousand people a day,” said Maria Lopez, the mayor.\n"
    "Tom Baker, who leads the opposition, said the cost was far too high.\n"
    "According to the engineers, the work will take three years."
)


# -- colours ------------------------------------------------------------------------------------


def lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    linear = [(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
              for c in (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))]
    matrix = ((0.4124, 0.3576, 0.1805), (0.2126, 0.7152, 0.0722), (0.0193, 0.1192, 0.9505))
    x, y, z = (sum(m * c for m, c in zip(row, linear)) / white
               for row, white in zip(matrix, (0.95047, 1.0, 1.08883)))

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_no_two_colours_look_alike():
    # Blue and sky blue, vermillion and orange were 11 and 13 apart: the speakers the issue saw mixed up.
    colours = (*PALETTE, UNKNOWN_COLOUR)
    closest = min(math.dist(lab(a), lab(b)) for a, b in itertools.combinations(colours, 2))
    assert closest >= 22


def many_speakers(count: int) -> Analysis:
    names = [f"Speaker{n:02d}" for n in range(count)]
    text = "\n".join(f"“Line {n},” said {name}." for n, name in enumerate(names))
    paragraphs = Article(text).paragraphs()
    attributions = []
    for n, (name, (start, _end)) in enumerate(zip(names, paragraphs)):
        line = text[start:]
        quote, cue, who = (start + line.index(part) for part in (f"“Line {n},”", "said", name))
        attributions.append(Attribution(
            f"a{n}", "direct", Segment.of(text, [(cue, cue + 4)]),
            Segment.of(text, [(quote, quote + len(f"“Line {n},”"))]),
            Segment.of(text, [(who, who + len(name))]), Speaker(name, "PERSON"), n))
    return Analysis(Article(text), paragraphs, attributions, entities=[])


def test_every_speaker_of_an_article_has_a_colour_and_a_number_of_their_own():
    analysis = many_speakers(20)
    colours = speaker_colours(analysis)
    assert len(set(colours.values())) == 20
    html = render_html(analysis)
    badges = re.findall(r'<span class="sw-content sw-kind-direct sw-s(\d+)"[^>]*data-n="(\d+)"', html)
    assert sorted(int(n) for _s, n in badges) == list(range(1, 21))
    assert all(int(n) == int(s) + 1 for s, n in badges)


# -- one page for the web app and the report ------------------------------------------------------


def test_the_report_has_a_title_and_a_file_name():
    analysis = sample()
    analysis.article.title = "Mayor wins: the count is final"
    html = render_html(analysis)
    assert "<title>Mayor wins: the count is final · saywho</title>" in html
    assert report_stem(analysis) == "saywho-mayor-wins-the-count-is-final"
    analysis.article.title, analysis.article.origin = None, "articles/council vote.txt"
    assert report_stem(analysis) == "saywho-council-vote"
    assert "<title>articles/council vote.txt · saywho</title>" in render_html(analysis)


def test_the_report_is_the_web_pages_article_with_who_said_what_beside_it():
    html = render_html(sample())
    layout = html.index('<div class="sw-layout">')
    assert layout < html.index('<article class="sw-article"') < html.index('<aside class="sw-side">') \
        < html.index('id="who-heading"')
    assert len(re.findall(r'<button type="button" class="sw-copy"', html)) == 4
    assert len(re.findall(r'<button [^>]*data-kind-filter=', html)) == 3  # indirect, direct, according-to
    assert " src=" not in html and "<link" not in html


def test_a_report_inside_another_is_named_in_who_said_what():
    # "The council said the count … was final, according to officials": officials' words hold the council's.
    view = result_view(sample())
    items = {item["id"]: item for row in view.speakers for item in row.items}
    council = view.speakers[1]
    assert council.name == "The council"
    assert items["a3"]["within"] == ("officials", 2)
    assert items["a1"]["within"] is None and items["a4"]["within"] is None


def test_the_claim_band_is_never_drawn_over_attributed_words():
    analysis = sample()
    said = TEXT.index("The council said")
    fair = TEXT.index("the vote had been fair")
    analysis.voice = {"unattributed_claims": [
        {"text": "council sentence", "spans": [[said, len(TEXT)]]},  # also a quotation: no band
        {"text": "Jane Smith, the mayor,", "spans": [[0, fair]]},
    ]}
    view = result_view(analysis)
    assert view.claims == 1
    first, _second, third = (str(html) for _n, html in view.paragraphs)
    assert '<span class="sw-claim"' in first and '<span class="sw-claim"' not in third


# -- ¶ numbers count from 1 in every view ------------------------------------------------------


def test_paragraph_numbers_agree_in_terminal_web_report_citation_and_warnings():
    analysis = saywho.analyze(Article(BRIDGE + "\n“An unclosed quotation, he said.", date="2024-05-07"))
    [engineers] = [a for a in analysis.attributions if a.kind == "according-to"]
    assert engineers.paragraph == 3  # the JSON's field counts from 0 …
    assert analysis.to_dict()["attributions"][analysis.attributions.index(engineers)]["paragraph"] == 3
    console_text = io.StringIO()
    from rich.console import Console

    render_terminal(analysis, console=Console(file=console_text, width=120, color_system=None))
    assert "[according-to] ¶4 According to the engineers" in console_text.getvalue()  # … every view from 1
    view = result_view(analysis)
    [item] = [i for row in view.speakers for i in row.items if i["id"] == engineers.id]
    assert item["paragraph"] == 4 and "¶4" in item["citation"]
    assert '<a href="#p4">¶4</a>' in render_html(analysis)
    assert any("paragraph 5" in str(warning) for warning in analysis.warnings)


# -- citations -------------------------------------------------------------------------------------


def test_a_quotation_is_cited_with_its_exact_words_speaker_outlet_date_paragraph_and_address():
    assert citation("“We won,”", "direct", "Jane Smith", outlet="The Post", date="2024-05-01",
                    url="https://post.example/vote", paragraph=2) \
        == "“We won,” Jane Smith — The Post, 2024-05-01, ¶2, https://post.example/vote"
    assert citation("we won", "partial", "Jane Smith", paragraph=1) == "“we won” Jane Smith — ¶1"
    assert citation("the vote had been fair", "indirect", "Jane Smith", title="Mayor wins", paragraph=1) \
        == "Jane Smith, as reported (the writer's words): “the vote had been fair” — ¶1, “Mayor wins”"
    assert citation("the count was final", "according-to", None, url="javascript:alert(1)") \
        == "an unidentified speaker, according to (the writer's words): “the count was final”"


def test_the_web_page_cites_each_quotation_from_the_analysis():
    analysis = saywho.analyze(Article(BRIDGE, outlet="River Times", date="2024-05-07",
                                      url="https://river.example/bridge"))
    [lopez] = [a for a in analysis.attributions if a.kind == "direct"]
    assert attribution_citation(lopez, analysis) == (
        "“This bridge will carry ten thousand people a day,” Maria Lopez — River Times, 2024-05-07, ¶2, "
        "https://river.example/bridge")
    html = render_html(analysis)
    assert 'data-citation="“This bridge will carry ten thousand people a day,” Maria Lopez — River Times' in html


# -- results that last --------------------------------------------------------------------------------


def test_a_result_is_kept_in_its_file_and_read_back_by_a_new_instance(tmp_path):
    path = tmp_path / "results.db"
    kept = Results(path)
    token = kept.add(sample())
    kept.close()
    again = Results(path, read_only=True)
    assert again.get(token) == sample()
    assert again.get("nosuchtoken1234") is None
    again.close()
    assert Results(tmp_path / "absent.db", read_only=True).get(token) is None


def test_a_permanent_link_opens_after_a_restart(tmp_path):
    path = tmp_path / "results.db"
    with TestClient(create_app(WebConfig(jobs=0, results=path)), follow_redirects=False) as first:
        location = first.post("/analyse", files={"text": (None, BRIDGE), "date": (None, "2024-05-07")}) \
            .headers["location"]
        page = first.get(location).text
        assert f"Permanent link: <a href=\"http://testserver{location}\">" in page
    with TestClient(create_app(WebConfig(jobs=0, results=path))) as second:
        page = second.get(location)
        assert page.status_code == 200 and "Maria Lopez" in page.text
        data = second.get(location + "/analysis.json").json()
        assert data["article"]["text"] == BRIDGE
        assert second.get("/results/abcdefghijklmnop").status_code == 404


def test_serve_refuses_a_results_file_that_is_not_one(tmp_path, capsys):
    from saywho.cli import main

    bad = tmp_path / "notes.db"
    bad.write_text("not a database at all, just text that is long enough to be read as a header " * 3)
    assert main(["serve", "--results", str(bad), "--port", "1"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("saywho: error: cannot open the results file") and "\n" not in err


# -- CSV and `saywho quotes --cite` over a corpus ------------------------------------------------------

try:
    import test_web_corpus  # its corpus of three short articles, as fixtures
except pytest.skip.Exception:  # no corpus store in this tree
    test_web_corpus = None
else:
    # The corpus on each back end: db is built from sqlite_db (a SQLite file, copied into PostgreSQL).
    sqlite_db, db = test_web_corpus.sqlite_db, test_web_corpus.db
    client, jane = test_web_corpus.client, test_web_corpus.jane
needs_store = pytest.mark.skipif(test_web_corpus is None, reason="the corpus store is not in this tree")


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@needs_store
def test_search_results_download_as_csv_with_citations(client):
    response = client.get("/search.csv", params={"q": "rebuild"})
    assert response.headers["content-disposition"] == 'attachment; filename="saywho-search.csv"'
    [row] = rows(response.text)
    assert row["speaker"] == "Jane Smith" and row["kind"] == "direct" and row["paragraph"] == "1"
    assert row["content"] == "“We will rebuild the bridge by spring,”"
    assert row["citation"] == ("“We will rebuild the bridge by spring,” Jane Smith — Daily Bugle, 2024-03-04, ¶1, "
                               "https://bugle.example/bridge")
    assert client.get("/search.csv").status_code == 400
    assert 'href="/search.csv?q=rebuild"' in client.get("/search", params={"q": "rebuild"}).text


@needs_store
def test_a_speakers_quotations_download_as_csv(client, jane):
    response = client.get(f"/speakers/{jane['id']}/quotes.csv")
    assert response.headers["content-disposition"] == f'attachment; filename="saywho-speaker-{jane["id"]}.csv"'
    found = rows(response.text)
    assert len(found) == jane["quotes"] and {row["speaker"] for row in found} == {"Jane Smith"}
    assert [row["date"] for row in found] == sorted((row["date"] for row in found), reverse=True)
    assert f'/speakers/{jane["id"]}/quotes.csv' in client.get(f"/speakers/{jane['id']}").text
    assert client.get("/speakers/99999/quotes.csv").status_code == 404


@needs_store
def test_quotes_cite_prints_one_citation_per_quotation(db, capsys):
    from saywho.cli import main

    assert main(["quotes", "--db", str(db), "--about", "money", "--cite"]) == 0
    assert capsys.readouterr().out == "“The money is there,” Jane Smith — Daily Bugle, 2024-04-09, ¶1, “Mayor defends plan”\n"
    assert main(["quotes", "--db", str(db), "--about", "rebuild", "--cite", "--format", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)["rows"]
    assert row["citation"].startswith("“We will rebuild the bridge by spring,” Jane Smith — Daily Bugle")
