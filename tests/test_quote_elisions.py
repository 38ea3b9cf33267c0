"""An apostrophe that stands for left-out letters at a word's start opens no quotation.

Read as an opening mark, the apostrophe of "'til" or of a Dutch name's "'t" ran on to the next apostrophe in
the paragraph and swallowed the sentences between, with the attributions in them. Written for these tests.
"""

from __future__ import annotations

import saywho
from saywho.analyse.quotes import find_quotes

ARTICLE = (
    "The Dutch lawmaker Sophie in 't Veld said the deal was unlawful. She grew up listening to rock 'n' roll in "
    "the '80s and said she would fight 'til the end.\n\n"
    "\"We will not give in,\" she told reporters. Critics said they would \"hold 'em to account\" over the vote."
)


def quoted(text: str) -> list[str]:
    quotes, _ = find_quotes(text, [(0, len(text))])
    return [text[start:end] for start, end in (q.outer for q in quotes)]


def test_elided_words_open_no_quotation():
    assert quoted(ARTICLE) == ['"We will not give in,"', '"hold \'em to account"']


def test_a_quotation_in_single_marks_still_opens_and_closes():
    text = "The sign read 'tis the season' and the mayor said 'the town will thrive' in a speech."
    assert quoted(text) == ["'the town will thrive'"]


def test_the_sentences_after_such_an_apostrophe_keep_their_attributions():
    analysis = saywho.analyze(ARTICLE)
    found = [(a.source.text if a.source else None, a.cue.text, a.content.text) for a in analysis.attributions]
    assert found == [
        ("Veld", "said", "the deal was unlawful"),
        ("She", "said", "she would fight 'til the end"),
        ("she", "told", '"We will not give in,"'),
        ("Critics", "said", "they would \"hold 'em to account\" over the vote"),
    ]


def test_a_censored_word_still_opens_its_quotation():
    text = "Privately, he calls Libya a ‘s–t show,’ in part because of what followed."
    assert quoted(text) == ["‘s–t show,’"]


def test_a_dutch_city_name_opens_no_quotation():
    text = "The court in 's-Hertogenbosch ruled on Monday, and the minister said 'we will appeal' at once."
    assert quoted(text) == ["'we will appeal'"]
