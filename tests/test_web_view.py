"""The result page's view of an Analysis, on analyses built by hand: every mark comes from a span."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from saywho.document import Analysis, Article, Attribution, Segment, Speaker
from saywho.render import speaker_colours
from saywho.web.charts import fill_months, timeline_svg
from saywho.web.view import result_view

TEXT = (
    "Jane Smith, the mayor, said the vote had been fair.\n"
    "“We won,” she said. The notorious group reportedly lost.\n"
    "The count was final, according to officials. Turnout was 40 percent."
)


def span(part: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(part, after)
    return start, start + len(part)


def seg(*parts: str, after: int = 0) -> Segment:
    return Segment.of(TEXT, [span(part, after) for part in parts])


JANE = Speaker("Jane Smith", "PERSON", entity="e1", role="mayor")
OFFICIALS = Speaker("officials", "UNKNOWN", named=False, resolved_by="unnamed")
P2 = TEXT.index("“We")
P3 = TEXT.index("The count")


def analysis(voice=None) -> Analysis:
    attributions = [
        Attribution("a1", "indirect", seg("said"), seg("the vote had been fair"), seg("Jane Smith"), JANE, 0),
        Attribution("a2", "direct", seg("said", after=P2), seg("“We won,”"), seg("she", after=P2), JANE, 1),
        Attribution("a3", "according-to", seg("according to"), seg("The count was final"), seg("officials"),
                    OFFICIALS, 2),
    ]
    return Analysis(
        article=Article(TEXT, title="A <b>bold</b> vote", date="2024-03-04"),
        paragraphs=Article(TEXT).paragraphs(),
        attributions=attributions,
        entities=[],
        voice=voice if voice is not None else {},
        dates=[],
    )


VOICE = {
    "sources": [
        {"name": "Jane Smith", "type": "PERSON", "anonymous": False, "how": ["direct quote", "paraphrase"], "count": 2,
         "text": "Jane Smith", "spans": [list(span("Jane Smith"))]},
        {"name": "officials", "type": "UNKNOWN", "anonymous": True, "how": ["according to"], "count": 1,
         "text": "officials", "spans": [list(span("officials"))]},
    ],
    "labels": [{"text": "notorious", "spans": [list(span("notorious"))], "category": "notoriety", "target": "the group"}],
    "hedges": [{"text": "reportedly", "spans": [list(span("reportedly"))], "kind": "adverb"}],
    "unattributed_claims": [{"text": "Turnout was 40 percent.", "spans": [list(span("Turnout was 40 percent."))]}],
    "loaded_cues": [],
}


def article_html(view) -> str:
    return "\n".join(str(html) for _number, html in view.paragraphs)


class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text = []

    def handle_data(self, data):
        self.text.append(data)


def test_paragraphs_hold_the_whole_text_and_nothing_else():
    view = result_view(analysis(VOICE))
    assert [number for number, _ in view.paragraphs] == [1, 2, 3]
    for (_, html), line in zip(view.paragraphs, TEXT.split("\n")):
        parser = Text()
        parser.feed(str(html))
        assert "".join(parser.text) == line


def test_quotations_carry_their_speakers_number_and_colour():
    data = analysis()
    view = result_view(data)
    html = article_html(view)
    colours = speaker_colours(data)
    jane = list(colours).index("Jane Smith")
    contents = re.findall(r'<span class="sw-content sw-kind-([a-z-]+) sw-s(\d+)" data-speaker="(\d+)"', html)
    assert ("indirect", str(jane), str(jane)) in contents and ("direct", str(jane), str(jane)) in contents
    assert [row.name for row in view.speakers] == ["Jane Smith", "officials"]
    assert view.speakers[0].colour == colours["Jane Smith"] and view.speakers[0].count == 2
    assert f".sw-s{jane} {{ --sw: {colours['Jane Smith']};" in str(view.speaker_css)


def test_writer_voice_is_marked_apart_from_quotations():
    html = article_html(result_view(analysis(VOICE)))
    assert re.search(r'<span class="sw-label"[^>]*>notorious</span>', html)
    assert re.search(r'<span class="sw-hedge"[^>]*>reportedly</span>', html)
    assert re.search(r'<span class="sw-claim" data-voice="unattributed_claims"[^>]*>Turnout was 40 percent.</span>', html)
    assert "sw-content" not in re.search(r"Turnout[^<]*", html).group(0)


def test_sources_panel_uses_the_voice_sources_when_there_are_any():
    view = result_view(analysis(VOICE))
    assert not view.sources_derived
    rows = {row.name: row for row in view.sources}
    assert rows["officials"].standing == "anonymous" and rows["officials"].how == ["according to"]
    assert rows["Jane Smith"].standing == "named" and rows["Jane Smith"].count == 2
    assert rows["Jane Smith"].number == 0


def test_sources_panel_is_derived_from_attributions_otherwise():
    view = result_view(analysis())
    assert view.sources_derived
    rows = {row.name: row for row in view.sources}
    assert rows["Jane Smith"].how == ["direct quote", "paraphrase"] and rows["Jane Smith"].count == 2
    assert rows["officials"].standing == "unnamed" and rows["officials"].how == ["according to"]


def test_voice_panels_list_their_items():
    view = result_view(analysis(VOICE))
    sections = {section.key: section for section in view.voice}
    assert set(sections) == {"labels", "hedges", "unattributed_claims"}
    assert sections["labels"].items[0] == {"text": "notorious", "detail": "notoriety", "target": "the group",
                                           "start": TEXT.index("notorious"),
                                           "why": "on saywho's list of labels (notoriety)"}
    assert "not a verdict" in sections["labels"].help


def test_odd_voice_data_does_not_break_the_view():
    odd = {"sources": "not a list", "labels": [None, 3, {"spans": [[5, 2], ["x", 1], [0, 10**9]]}], "new_key": [{}]}
    view = result_view(analysis(odd))
    assert view.sources_derived
    assert len(view.paragraphs) == 3


def test_the_writers_words_around_marks_are_escaped():
    data = analysis()
    data.article.text = data.article.text.replace("The count", "<b>The</b> count")
    view = result_view(data)
    assert "<b>" not in article_html(view)
    assert view.title == "A <b>bold</b> vote"  # escaped by the template, which autoescapes


def test_timeline_svg_draws_one_bar_per_period_and_escapes_labels():
    points = fill_months({"2024-01": 3, "2024-04": 1})
    assert points == [("2024-01", 3), ("2024-02", 0), ("2024-03", 0), ("2024-04", 1)]
    svg = timeline_svg(points)
    assert svg.startswith("<svg") and svg.count("<rect") == 4
    assert "<title>2024-02: 0 quotations</title>" in svg
    assert timeline_svg([]) == ""
    assert "&lt;x&gt;" in timeline_svg([("<x>", 1)])
