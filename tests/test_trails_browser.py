"""A quote trail's page in Debian's headless Chromium: the differences are highlighted and each article linked.

The browser is launched exactly as in test_web_browser.py (whose fixtures this
module uses); the server holds the hand-written articles of trails_corpus.py.
"""

from __future__ import annotations

import pytest
from test_web_browser import browser, page, screenshot, serving, uvicorn  # noqa: F401  (fixtures, and the skips)
from trails_corpus import build_trails_corpus

from saywho.web.service import WebConfig


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("trails-browser") / "trails.db"
    build_trails_corpus(db)
    with serving(WebConfig(jobs=0, db=db)) as address:
        yield address


def background(locator) -> str:
    return locator.evaluate("element => getComputedStyle(element).backgroundColor")


def test_a_trail_page_highlights_what_each_outlet_changed(page, server):  # noqa: F811
    page.goto(server + "/trails")
    page.locator("table.sw-table a[href^='/trails/']").first.click()
    page.wait_for_url("**/trails/*")
    members = page.locator(".sw-trail-member")
    assert members.count() == 6
    changed = members.nth(1)
    assert changed.locator(".sw-diff-changed del").inner_text() == "spring"
    assert changed.locator(".sw-diff-changed ins").inner_text() == "summer"
    assert background(changed.locator(".sw-diff-changed ins")) != background(changed.locator("blockquote"))
    assert background(changed.locator(".sw-diff-changed del")) != background(changed.locator("blockquote"))
    cut = members.nth(2).locator(".sw-diff-cut")
    assert cut.inner_text() == "and we will not raise the toll"
    assert cut.evaluate("element => getComputedStyle(element).textDecorationLine") == "line-through"
    assert members.nth(3).locator(".sw-flag-speaker").inner_text().startswith("given to a different speaker")
    assert members.nth(4).locator(".sw-flag-paraphrase").count() == 1
    assert members.nth(0).locator(".sw-diff-changed, .sw-diff-cut, .sw-flag").count() == 0
    screenshot(page, "web-trail.png", full_page=True)
    members.nth(2).locator("a.sw-article-link").click()
    page.wait_for_url("**/articles/*")
    assert "Bridge before floods" in page.locator("h1").first.inner_text()
