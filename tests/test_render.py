"""Tests for saywho.render, on analyses built by hand from the data model."""

from __future__ import annotations

import io
import json
from collections import Counter, defaultdict
from html.parser import HTMLParser

import pytest
from rich.console import Console

import saywho
from saywho.document import Analysis, Article, Attribution, Segment, Speaker
from saywho.render import PALETTE, render_html, render_json, render_terminal, speaker_colours
from saywho.render.common import UNKNOWN_COLOUR

TEXT = (
    "Jane Smith, the mayor, said the vote had been fair.\n"
    "“We won,” she said. “It was close.”\n"
    "The council said the count, finished on Tuesday, was reportedly final, according to officials."
)

JANE = Speaker("Jane Smith", "PERSON", entity="e1", resolved_by="name", role="mayor", affiliation="Springfield")
SHE = Speaker("Jane Smith", "PERSON", entity="e1", resolved_by="pronoun", role="mayor")
COUNCIL = Speaker("The council", "ORG", entity="e2")
OFFICIALS = Speaker("officials", "UNKNOWN", named=False, resolved_by="unnamed")


def spans(text: str, *parts: str, after: int = 0) -> list[tuple[int, int]]:
    """The spans of each part, searching forward from the previous one."""
    found, position = [], after
    for part in parts:
        start = text.index(part, position)
        found.append((start, start + len(part)))
        position = start + len(part)
    return found


def segment(text: str, *parts: str, after: int = 0) -> Segment:
    return Segment.of(text, spans(text, *parts, after=after))


def attribution(text, id, kind, speaker, paragraph, content, cue=None, source=None) -> Attribution:
    """Roles are looked for in the given paragraph, so "said" is the paragraph's own."""
    after = Article(text).paragraphs()[paragraph][0]
    return Attribution(
        id=id, kind=kind, speaker=speaker, paragraph=paragraph,
        content=segment(text, *content, after=after),
        cue=segment(text, cue, after=after) if cue else None,
        source=segment(text, source, after=after) if source else None,
    )


def sample() -> Analysis:
    """Three paragraphs: an indirect quote, a split direct quote, and an
    according-to whose content holds another attribution whole (nested spans)."""
    attributions = [
        attribution(TEXT, "a1", "indirect", JANE, 0, ["the vote had been fair"], cue="said", source="Jane Smith"),
        attribution(TEXT, "a2", "direct", SHE, 1, ["We won,", "It was close."], cue="said", source="she"),
        attribution(TEXT, "a3", "indirect", COUNCIL, 2, ["the count, finished on Tuesday, was reportedly final"],
                    cue="said", source="The council"),
        attribution(TEXT, "a4", "according-to", OFFICIALS, 2,
                    ["The council said the count, finished on Tuesday, was reportedly final"],
                    cue="according to", source="officials"),
    ]
    article = Article(TEXT, title="Mayor wins", outlet="The Post", author="A. Writer", date="2024-05-01")
    return Analysis(article, article.paragraphs(), attributions, entities=[])


def with_voice_and_dates(analysis: Analysis) -> Analysis:
    text = analysis.article.text
    analysis.voice = {
        "hedges": [{"text": "reportedly", "spans": [list(s) for s in spans(text, "reportedly")]}],
        "labels": [{"text": "fair", "spans": [list(s) for s in spans(text, "fair")]}],
        "sources": [{"text": "officials", "spans": [list(s) for s in spans(text, "officials")]}],
    }
    analysis.dates = [{"text": "Tuesday", "spans": [list(s) for s in spans(text, "Tuesday")],
                       "value": "2024-04-30", "granularity": "day"}]
    analysis.warnings = ["the model is small"]
    return analysis


HOSTILE_TEXT = (
    "Officials said <script>alert(1)</script> was harmless.\n"
    "“Try <img src=x onerror=alert(1)> & [bold]see\x1b[2J,” said Mallory."
)


def hostile() -> Analysis:
    mallory = Speaker('Mallory <b>"M"</b>', "PERSON")
    attributions = [
        attribution(HOSTILE_TEXT, "h1", "indirect", OFFICIALS, 0, ["<script>alert(1)</script> was harmless"],
                    cue="said", source="Officials"),
        attribution(HOSTILE_TEXT, 'h2"><script>', "direct", mallory, 1, ["Try <img src=x onerror=alert(1)> & [bold]see\x1b[2J,"],
                    cue="said", source="Mallory"),
    ]
    article = Article(HOSTILE_TEXT, title="<script>alert('title')</script>", url="javascript:alert(1)")
    return Analysis(article, article.paragraphs(), attributions, entities=[])


# -- colours ------------------------------------------------------------------


def test_speaker_colours_go_to_the_most_quoted_first():
    colours = speaker_colours(sample())
    assert list(colours) == ["Jane Smith", "The council", "officials"]
    assert list(colours.values()) == list(PALETTE[:3])
    assert speaker_colours(sample()) == colours


def test_attributions_without_speaker_are_grey():
    analysis = sample()
    analysis.attributions[2].speaker = None
    assert speaker_colours(analysis)["(unknown)"] == UNKNOWN_COLOUR


def test_palette_colours_are_distinct_and_readable_on_white_and_black():
    def luminance(colour):
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    assert len(set(PALETTE)) == len(PALETTE) >= 10
    for colour in PALETTE:
        assert 1.05 / (luminance(colour) + 0.05) >= 3, colour
        assert (luminance(colour) + 0.05) / 0.05 >= 3, colour


# -- HTML -----------------------------------------------------------------------


class Page(HTMLParser):
    """Checks tags balance and collects the text inside each highlight."""

    VOID = {"meta", "br", "hr", "img", "input", "link", "area", "base", "col", "embed", "source", "wbr"}

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict]] = []
        self.errors: list[str] = []
        self.tags: Counter = Counter()
        self.text = ""
        # (class, data-attribution, data-speaker) -> text inside such elements
        self.highlighted: dict[tuple, str] = defaultdict(str)
        # title of an element with a class -> text inside
        self.titled: dict[tuple, str] = defaultdict(str)
        self.feed(html)
        self.close()
        if self.open:
            self.errors.append(f"unclosed: {[tag for tag, _ in self.open]}")

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag not in self.VOID:
            self.open.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags[tag] += 1

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.open or self.open[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1][0] if self.open else 'nothing'}")
        else:
            self.open.pop()

    def handle_data(self, data):
        self.text += data
        for _tag, attrs in self.open:
            for name in (attrs.get("class") or "").split():
                self.highlighted[name, attrs.get("data-attribution"), attrs.get("data-speaker")] += data
                self.titled[name, attrs.get("title")] += data


def words(text: str, segment: Segment | None) -> str:
    # Escape characters are dropped from the page: HTML does not allow them.
    return "".join(text[start:end] for start, end in segment.spans).replace("\x1b", "") if segment else ""


@pytest.mark.parametrize("make", [sample, lambda: with_voice_and_dates(sample()), hostile])
def test_html_is_well_formed(make):
    page = Page(render_html(make()))
    assert page.errors == []
    assert page.tags["html"] == page.tags["body"] == page.tags["script"] == 1


@pytest.mark.parametrize("make", [sample, hostile])
def test_every_role_is_highlighted_with_its_speakers_number(make):
    analysis = make()
    numbers = {name: str(number) for number, name in enumerate(speaker_colours(analysis))}
    page = Page(render_html(analysis))
    text = analysis.article.text
    for a in analysis.attributions:
        key = (a.id, numbers[a.speaker.name])
        assert page.highlighted[("sw-content", *key)] == words(text, a.content)
        assert page.highlighted[("sw-cue", *key)] == words(text, a.cue)
        assert page.highlighted[("sw-source", *key)] == words(text, a.source)


def test_split_quote_highlights_only_the_quoted_words():
    page = Page(render_html(sample()))
    assert page.highlighted["sw-content", "a2", "0"] == "We won,It was close."


def test_nested_attributions_keep_both_speakers():
    page = Page(render_html(sample()))
    # The council's words lie inside what officials are said to have said.
    assert page.highlighted["sw-content", "a3", "1"] == "the count, finished on Tuesday, was reportedly final"
    assert page.highlighted["sw-source", "a3", "1"] == "The council"
    assert page.highlighted["sw-content", "a4", "2"].startswith("The council said the count")


def test_overlapping_contents_are_both_complete():
    analysis = sample()
    text = analysis.article.text
    # Two contents that overlap without either holding the other.
    analysis.attributions[2].content = segment(text, "the count, finished on Tuesday")
    analysis.attributions[3].content = segment(text, "finished on Tuesday, was reportedly final")
    page = Page(render_html(analysis))
    assert page.errors == []
    assert page.highlighted["sw-content", "a3", "1"] == "the count, finished on Tuesday"
    assert page.highlighted["sw-content", "a4", "2"] == "finished on Tuesday, was reportedly final"


def test_highlights_carry_speaker_kind_and_cue_on_hover():
    page = Page(render_html(sample()))
    assert page.titled["sw-content", "Jane Smith — direct — said"] == "We won,It was close."
    assert page.titled["sw-content", "officials — according-to — according to"].endswith("reportedly final")


def test_article_text_is_escaped_not_executed():
    html = render_html(hostile())
    page = Page(html)
    assert page.tags["script"] == 1  # the page's own toggle script, nothing from the article
    assert page.tags["img"] == 0
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>alert(1)</script> was harmless" in page.text
    assert "<script>alert('title')</script>" in page.text
    assert "javascript:" not in html  # the article URL is not turned into a link
    assert "\x1b" not in html


def test_every_paragraph_is_shown_in_order():
    analysis = sample()
    page = Page(render_html(analysis))
    positions = [page.text.index(TEXT[start:end]) for start, end in analysis.paragraphs]
    assert positions == sorted(positions)


def test_legend_lists_speakers_with_counts_and_a_show_all():
    page = Page(render_html(sample()))
    legend = [page.highlighted["sw-filter", None, None]]
    assert "Jane Smith2" in legend[0] and "The council1" in legend[0] and "officials1" in legend[0]
    assert legend[0].index("Jane Smith") < legend[0].index("The council") < legend[0].index("officials")
    assert page.tags["button"] >= 3 and "data-show-all" in render_html(sample())


def test_voice_and_dates_are_marked_apart_from_quotations():
    page = Page(render_html(with_voice_and_dates(sample())))
    assert page.highlighted["sw-hedge", None, None] == "reportedly"
    assert page.highlighted["sw-label", None, None] == "fair"
    assert page.titled["sw-date", "2024-04-30"] == "Tuesday"
    assert page.errors == []


def test_page_fetches_nothing():
    html = render_html(with_voice_and_dates(sample()))
    assert " src=" not in html and "<link" not in html and "@import" not in html


def test_empty_and_broken_analyses_still_render():
    empty = Analysis(Article(""), [], [], [])
    assert Page(render_html(empty)).errors == []
    broken = sample()
    broken.attributions[0].content = Segment("?", [(40, 10_000), (-5, 3)])
    broken.voice = {"hedges": "not a list", "labels": [{"text": "x", "spans": [[1]]}]}
    broken.dates = [{"text": "never"}, "not a dict"]
    page = Page(render_html(broken))
    assert page.errors == []


# -- terminal -----------------------------------------------------------------


def terminal_text(analysis: Analysis, width: int = 100) -> str:
    console = Console(record=True, width=width, color_system=None, file=io.StringIO())
    render_terminal(analysis, console)
    return console.export_text()


def test_terminal_lists_speakers_by_count_with_their_quotes():
    out = terminal_text(sample())
    assert "Mayor wins" in out and "The Post · A. Writer · 2024-05-01" in out
    assert "4 attributions by 3 speakers" in out
    jane, council, officials = (out.index(name) for name in ("● Jane Smith", "● The council", "● officials"))
    assert jane < council < officials
    jane_part, council_part = out[jane:council], out[council:officials]
    assert "“We won, … It was close.”" in jane_part
    assert "the vote had been fair" in jane_part
    assert "[direct]" in jane_part and "she said" in jane_part
    assert "person · mayor, Springfield · resolved by name, pronoun" in jane_part
    assert "[indirect]" in council_part and "organisation" in council_part
    assert "according to officials" in out[officials:] and "unnamed" in out[officials:]


def test_terminal_shows_voice_dates_and_warnings_only_when_present():
    plain = terminal_text(sample())
    assert "Writer's voice" not in plain and "Dates" not in plain and "Warnings" not in plain
    full = terminal_text(with_voice_and_dates(sample()))
    assert "Hedges (1): reportedly" in full
    assert "Sources (1): officials" in full
    assert "Tuesday" in full and "2024-04-30" in full and "day" in full
    assert "! the model is small" in full


def test_terminal_prints_article_text_literally():
    out = terminal_text(hostile())
    assert "<img src=x onerror=alert(1)> & [bold]see[2J," in out  # brackets are not read as rich markup
    assert "\x1b" not in out  # no escape sequences from the article reach the terminal


def test_terminal_fits_narrow_widths():
    out = terminal_text(with_voice_and_dates(sample()), width=30)
    assert all(len(line) <= 30 for line in out.splitlines())
    assert "close.”" in out


def test_terminal_with_nothing_found():
    out = terminal_text(Analysis(Article("Nothing here."), [(0, 13)], [], []))
    assert "No attributions found" in out


# -- JSON -----------------------------------------------------------------------


def test_json_round_trips():
    analysis = with_voice_and_dates(sample())
    rendered = render_json(analysis)
    assert "“We won,”" in rendered  # not escaped to \u201c
    assert Analysis.from_dict(json.loads(rendered)) == analysis


def test_each_flag_says_why_and_what_a_flag_means():
    analysis = with_voice_and_dates(sample())
    text = analysis.article.text
    analysis.voice["labels"][0]["category"] = "praise"
    analysis.voice["word_choices"] = [{"text": "finished", "spans": [list(s) for s in spans(text, "finished")],
                                       "score": 0.2, "why": ["listed in Liu's negative opinion words"]}]
    page = Page(render_html(analysis))
    assert page.titled["sw-label", "writer's label: on saywho's list of labels (praise)"] == "fair"
    assert page.titled["sw-choice", "word choice (learned): the model's cues: listed in Liu's negative opinion words"] \
        == "finished"
    assert "not a verdict" in render_html(analysis)
    terminal = terminal_text(analysis)
    assert "not a verdict" in terminal and "(the model's cues: listed in Liu's negative opinion words)" in terminal


def test_each_view_shows_how_a_speaker_was_found():
    """A reader can check a resolution: the mention, whom it was taken for, and where that one was met."""
    text = ("Mayor Elena Vasquez spoke at the harbour on Monday.\n"
            "Marcus Obi, the lead engineer, said the bridge was not finished.\n"
            "He added that a new plan would be ready by April.")
    analysis = saywho.analyze(text, date="2024-03-15")
    he = next(a for a in analysis.attributions if a.source and a.source.text == "He")
    assert he.speaker.name == "Marcus Obi" and he.speaker.resolved_by == "pronoun"
    assert text[he.speaker.antecedent:].startswith(("Marcus Obi", "Obi"))
    note = "via “He” → Marcus Obi, last mentioned in ¶2"
    assert note in render_html(analysis)
    console = Console(file=io.StringIO(), width=200, color_system=None)
    render_terminal(analysis, console)
    assert note in console.file.getvalue()
    assert Analysis.from_dict(analysis.to_dict()).attributions[-1].speaker.antecedent == he.speaker.antecedent
