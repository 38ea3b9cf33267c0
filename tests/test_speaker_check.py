"""The speaker check is the analysis's (saywho/analyse/speaker_check.py); the store only flattens.

The article is hand-written: its entities fold Bill Clinton into Hillary Clinton, as saywho's
entities now and then do for two people of one surname, and resolve "her husband" to her.
"""

from dataclasses import replace

import pytest

from saywho.analyse.speaker_check import check_speakers
from saywho.corpus.derive import derive
from saywho.document import Analysis, Article, Attribution, Entity, Mention, Segment, Speaker

TEXT = ("Former President Bill Clinton said the campaign was strong.\n"
        "Hillary Clinton said she would win.\n"
        "Her husband said the polls were wrong.\n")


def _segment(words: str) -> Segment:
    start = TEXT.index(words)
    return Segment.of(TEXT, [(start, start + len(words))])


def _analysis() -> Analysis:
    hillary = Speaker(name="Hillary Clinton", type="PERSON", entity="e1", named=True, resolved_by="name")
    sources_and_contents = [("Former President Bill Clinton", "the campaign was strong"),
                            ("Hillary Clinton", "she would win"), ("Her husband", "the polls were wrong")]
    attributions = [Attribution(id=f"a{n}", kind="indirect", cue=_segment("said"), content=_segment(content),
                                source=_segment(source), speaker=replace(hillary), paragraph=n - 1)
                    for n, (source, content) in enumerate(sources_and_contents, 1)]
    entity = Entity(id="e1", name="Hillary Clinton", type="PERSON", aliases=["Bill Clinton", "Clinton"],
                    mentions=[Mention("Bill Clinton", [_segment("Bill Clinton").spans[0]]),
                              Mention("Hillary Clinton", [_segment("Hillary Clinton").spans[0]])])
    return Analysis(article=Article(text=TEXT), paragraphs=Article(text=TEXT).paragraphs(),
                    attributions=attributions, entities=[entity])


def _speakers(analysis: Analysis) -> list[tuple[str, bool, str | None, str]]:
    return [(a.speaker.name, a.speaker.named, a.speaker.entity, a.speaker.resolved_by) for a in analysis.attributions]


CHECKED = [("Bill Clinton", True, None, "source-name"), ("Hillary Clinton", True, "e1", "name"),
           ("Her husband", False, None, "unnamed")]


def test_the_source_s_own_words_settle_the_speaker():
    analysis = _analysis()
    check_speakers(analysis.attributions, analysis.entities)
    assert _speakers(analysis) == CHECKED
    check_speakers(analysis.attributions, analysis.entities)  # a second look changes nothing
    assert _speakers(analysis) == CHECKED


def test_the_store_flattens_what_the_analysis_says():
    analysis = _analysis()
    check_speakers(analysis.attributions, analysis.entities)
    rows = derive(analysis.to_dict()).quotations
    assert [(q.speaker_name, q.resolved_by) for q in rows] == [(name, how) for name, _, _, how in CHECKED]


def test_a_document_older_than_the_check_is_checked_as_it_is_stored():
    data = _analysis().to_dict()
    data["schema_version"] = 3  # written before the analysis checked its speakers
    derived = derive(data)
    assert [(q.speaker_name, q.resolved_by) for q in derived.quotations] == [(n, how) for n, _, _, how in CHECKED]
    assert '"schema_version":3' in derived.json  # the document itself is kept as it was written
    data["schema_version"] = 4  # the same speakers in a current document are taken as the analysis gives them
    assert {q.speaker_name for q in derive(data).quotations} == {"Hillary Clinton"}


def test_a_short_form_of_the_speaker_s_own_name_is_not_someone_else():
    text = "Top Hamas official Mousa Abu Marzouk spoke on Friday.\nAbu Marzouk said the group would stay.\n"
    start = text.index("Abu Marzouk said")
    entity = Entity(id="e1", name="Mousa Abu Marzouk", type="PERSON", aliases=["Abu Marzouk"],
                    mentions=[Mention("Mousa Abu Marzouk", [(19, 36)]), Mention("Abu Marzouk", [(start, start + 11)])])
    speaker = Speaker(name="Mousa Abu Marzouk", type="PERSON", entity="e1", resolved_by="alias")
    attribution = Attribution(id="a1", kind="indirect", cue=None, content=Segment.of(text, [(start + 17, start + 37)]),
                              source=Segment.of(text, [(start, start + 11)]), speaker=speaker, paragraph=1)
    check_speakers([attribution], [entity])
    assert attribution.speaker == speaker


@pytest.mark.parametrize("text, description", [
    ("A top Donald Trump adviser said the race was over.\n", "A top Donald Trump adviser"),  # the name qualifies it
    ("A spokeswoman for Hillary Clinton said the race was over.\n", "A spokeswoman"),  # the name is in its phrase
])
def test_a_name_in_what_describes_the_source_is_not_the_source(text, description):
    said = text.index(" said")
    name = next(n for n in ("Donald Trump", "Hillary Clinton") if n in text)
    start = text.index(name)
    speaker = Speaker(name=description, type="PERSON", named=False, resolved_by="unnamed")
    entity = Entity(id="e1", name=name, type="PERSON", mentions=[Mention(name, [(start, start + len(name))])])
    attribution = Attribution(id="a1", kind="indirect", cue=None, content=Segment.of(text, [(said + 6, len(text) - 2)]),
                              source=Segment.of(text, [(0, said)]), speaker=speaker, paragraph=0)
    check_speakers([attribution], [entity])
    assert attribution.speaker == speaker
