"""The outlet comparison page in Debian's headless Chromium: its charts render, and a bar opens its quotations.

The browser is launched exactly as in test_web_browser.py (whose fixtures this
module uses); the server here holds the three articles of voices_corpus.py.
"""

from __future__ import annotations

import pytest
from test_web_browser import browser, page, screenshot, serving, uvicorn  # noqa: F401  (fixtures, and the skips)
from voices_corpus import build_voices_corpus

from saywho.web.service import WebConfig


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("voices-browser") / "voices.db"
    build_voices_corpus(db)
    with serving(WebConfig(jobs=0, db=db)) as address:
        yield address


def test_the_outlet_charts_render_and_a_bar_lists_its_quotations(page, server):  # noqa: F811
    page.goto(server + "/voices")
    charts = page.locator("svg.sw-shares")
    assert charts.count() == 4
    for index in range(4):
        box = charts.nth(index).bounding_box()
        assert box is not None and box["width"] > 500 and box["height"] > 60
    bar = page.locator('[data-field="gender"] a.sw-segment[data-group="Herald"][data-value="female"] rect')
    box = bar.bounding_box()
    assert box is not None and box["width"] > 100  # half of the Herald's two sources
    assert page.locator(".sw-card").all_inner_texts()[1].split("\n\n") == [
        "Herald", "100% of its quoted people are women as the articles refer to them (of the 1 whose gender they "
                  "state); 50% of its sources are anonymous.",
        "3 quotations (90.91 per 1,000 words) from 2 sources; 33% quoted directly."]
    screenshot(page, "web-voices-small.png", full_page=True)
    bar.click()
    page.wait_for_url("**/voices/quotes?**")
    assert page.locator(".sw-result-count").inner_text() == \
        "2 quotations whose source is female (gender) in Herald."
    quotes = page.locator(".sw-quote-list blockquote").all_inner_texts()
    assert sorted(quotes) == ["the plan would raise prices", "“The numbers do not add up,”"]


def test_the_month_by_month_chart_renders(page, server):  # noqa: F811
    page.goto(server + "/voices/time")
    columns = page.locator('[data-field="naming"] a.sw-segment')
    assert columns.count() >= 4
    assert {columns.nth(i).get_attribute("data-group") for i in range(columns.count())} == {"2024-03", "2024-04"}
