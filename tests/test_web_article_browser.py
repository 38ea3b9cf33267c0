"""The article page in Debian's chromium: who said what beside the article, the filters, copying a
quotation with its citation, and a permanent link that outlives the server (test_web_browser's helpers).

With SAYWHO_SCREENSHOTS=1 it also saves docs/images/web-article*.png.
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from test_web_browser import (  # skips without chromium
    CHROMIUM,
    CHROMIUM_ARGS,
    screenshot,
    serving,
    sync_api,
)

from saywho.web.service import WebConfig

ARTICLE = (
    "The council approved a new bridge over the river on Tuesday.\n"
    "“This bridge will carry ten thousand people a day,” said Maria Lopez, the mayor.\n"
    "Tom Baker, who leads the opposition, said the cost was far too high.\n"
    "“We cannot pay for it without raising taxes,” Baker said.\n"
    "According to the engineers, the work will take three years.\n"
    "Lopez told reporters that Baker had said privately that he liked the design."
)
# "Baker had said privately …" inside what Lopez told reporters is dropped by the keep model (PolNeAR's guidelines
# annotate only the outermost of nested attributions): Lopez and Baker have two each, Lopez first in the text
LOPEZ, BAKER, ENGINEERS = "0", "1", "2"  # speaker numbers: most quoted first
WIDE = {"width": 1360, "height": 1000}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return tmp_path_factory.mktemp("results") / "results.db"


@pytest.fixture(scope="module")
def server(results):
    with serving(WebConfig(jobs=0, results=results)) as address:
        yield address


@pytest.fixture(scope="module")
def playwright():
    with sync_api.sync_playwright() as running:
        yield running


@pytest.fixture(scope="module")
def chromium(playwright):
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page(chromium, server):
    context = chromium.new_context(viewport=WIDE, device_scale_factor=1)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    outside = []
    page.on("request", lambda request: outside.append(request.url)
            if not request.url.startswith((server, "data:", "about:")) else None)
    yield page
    context.close()
    assert outside == [], f"the page asked for something other than {server}: {outside}"


@pytest.fixture(scope="module")
def result_url(chromium, server):
    """The article analysed once through the form; the address of its result."""
    page = chromium.new_page()
    page.goto(server + "/")
    page.fill("#text", ARTICLE)
    page.fill("#date", "2024-05-07")
    page.click("form.sw-form button[type=submit]")
    page.wait_for_url("**/results/**")
    url = page.url
    page.close()
    return url


def box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


def shown_items(page) -> list[tuple[str, str]]:
    return as_tuples(page.eval_on_selector_all(
        ".sw-who li[data-speaker]",
        "els => els.filter(e => e.offsetParent !== null).map(e => [e.dataset.speaker, e.dataset.kind])"))


def highlighted(page) -> list[tuple[str, str]]:
    """(speaker, kind) of each quotation in the text still tinted."""
    return as_tuples(page.eval_on_selector_all(
        ".sw-article .sw-content[data-n]",
        "els => els.filter(e => getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)')"
        ".map(e => [e.dataset.speaker, e.dataset.kind])"))


def as_tuples(pairs: list[list[str]]) -> list[tuple[str, str]]:
    return [tuple(pair) for pair in pairs]


def test_who_said_what_stands_beside_the_article_on_a_wide_screen(page, result_url):
    page.goto(result_url)
    article, who = box(page, ".sw-article"), box(page, "#who-heading")
    assert who["x"] >= article["x"] + article["width"]  # beside it, not below
    assert who["y"] < WIDE["height"]  # in view without scrolling
    badges = page.eval_on_selector_all(".sw-article .sw-content[data-n]",
                                       "els => els.map(e => getComputedStyle(e, '::before').content)")
    assert sorted(badges) == ['"1"', '"1"', '"2"', '"2"', '"3"']
    screenshot(page, "web-article.png")
    page.set_viewport_size({"width": 700, "height": 1000})
    article, who = box(page, ".sw-article"), box(page, "#who-heading")
    assert who["y"] >= article["y"] + article["height"]  # a narrow screen stacks them


def test_filters_by_kind_and_by_speaker(page, result_url):
    page.goto(result_url)
    assert sorted(shown_items(page)) == sorted(highlighted(page)) and len(shown_items(page)) == 5
    page.click('[data-kind-filter="direct"]')
    assert sorted(shown_items(page)) == [(LOPEZ, "direct"), (BAKER, "direct")]
    assert sorted(highlighted(page)) == [(LOPEZ, "direct"), (BAKER, "direct")]
    page.click(f'.sw-filter[data-filter="{BAKER}"]')
    assert shown_items(page) == highlighted(page) == [(BAKER, "direct")]
    assert page.inner_text(".sw-filter-status span") == "Showing only Tom Baker, direct quote (1)."
    page.click('[data-kind-filter="direct"]')  # again: every kind of Baker's
    assert shown_items(page) == [(BAKER, "indirect"), (BAKER, "direct")]
    screenshot(page, "web-article-filtered.png")
    page.click("[data-show-all]")
    assert len(shown_items(page)) == len(highlighted(page)) == 5
    assert page.is_hidden(".sw-filter-status")


def test_copy_a_quotation_with_its_citation(page, result_url):
    page.goto(result_url)
    button = page.locator(f'.sw-who li[data-speaker="{LOPEZ}"][data-kind="direct"] .sw-copy')
    button.click()
    page.wait_for_selector(".sw-copy[data-copied]")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == "“This bridge will carry ten thousand people a day,” Maria Lopez — 2024-05-07, ¶2"
    assert button.inner_text() == "Copied"


def test_a_permanent_link_opens_in_a_new_server_over_the_same_file(chromium, result_url, results):
    path = urlparse(result_url).path
    with serving(WebConfig(jobs=0, results=results)) as another:
        page = chromium.new_page()
        page.goto(another + path)
        assert page.locator(".sw-permalink a").inner_text() == another + path
        assert page.locator(".sw-filter-name").all_inner_texts() == ["Maria Lopez", "Tom Baker", "the engineers"]
        assert page.locator(".sw-copy").count() == 5
        page.close()
