"""Correcting a speaker on a stored article page, in Debian's chromium: the "correct" control of a server
started with --editable posts the correction, and after a reload the page shows the corrected speaker,
what the machine said, and the correction on the article's trail (test_web_browser's helpers)."""

from __future__ import annotations

import pytest
from test_corpus_data import small_corpus
from test_web_browser import CHROMIUM, CHROMIUM_ARGS, serving, sync_api  # skips without chromium

from saywho.corpus.backends import open_store
from saywho.web.service import WebConfig


@pytest.fixture
def store_file(tmp_path):
    path = tmp_path / "corpus.db"
    with open_store(path, create=True) as store:
        for item in small_corpus():
            store.add(item)
        store.resolve_identities()
    return path


def test_a_speaker_corrected_in_the_page_stays_corrected_after_a_reload(store_file):
    with serving(WebConfig(db=store_file, results=None, editable=True)) as server, \
            sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 1000})
        page.goto(server + "/articles/1")
        item = page.locator('li[data-item="a1"]')
        item.locator("summary").click()
        form = item.locator("form[data-correct]")
        form.locator('input[name="speaker"]').fill("Hillary Clinton")
        form.locator('input[name="note"]').fill("the video shows her saying it")
        form.locator('input[name="by"]').fill("J. Checker")
        with page.expect_navigation():
            form.locator("button[type=submit]").click()
        page.reload()
        corrected = page.locator('li[data-item="a1"]')
        assert corrected.locator(".sw-corrected").inner_text() == "CORRECTED machine said: speaker Donald Trump"
        heading = page.locator("section.sw-speaker", has=corrected).locator("h3").inner_text()
        assert "Hillary Clinton" in heading
        trail = page.locator(".sw-correction").inner_text()
        assert "Donald Trump → Hillary Clinton" in " ".join(trail.split()) and "J. Checker" in trail
        page.goto(server + "/api/quotes?speaker=Hillary%20Clinton")
        assert '"machine":{"speaker":"Donald Trump"}' in page.content()
        browser.close()


def test_a_read_only_page_has_no_control(store_file):
    with serving(WebConfig(db=store_file, results=None)) as server, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(server + "/articles/1")
        assert page.locator("form[data-correct]").count() == 0
        assert page.locator('li[data-item="a1"]').count() == 1
        browser.close()
