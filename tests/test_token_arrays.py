"""token_arrays.quoted_tokens: the tokens a walk asking `q.start <= token.idx < q.end` would find."""

from __future__ import annotations

from dataclasses import dataclass

import spacy

from saywho.analyse.token_arrays import quoted_tokens


@dataclass
class Quoted:
    start: int
    end: int


def test_quoted_tokens_are_those_starting_inside_a_quote_overlapping_or_not():
    text = 'She said "we will win" and "never, ever give up" today.'
    doc = spacy.blank("en")(text)
    quotes = [Quoted(text.index('"we'), text.index(" and")), Quoted(text.index('"never'), text.index(" today")),
              Quoted(text.index("ever give"), text.index(" up"))]  # the last inside the second
    walked = {t.i for t in doc if any(q.start <= t.idx < q.end for q in quotes)}
    assert quoted_tokens(doc, quotes) == walked
    assert [doc[i].text for i in sorted(walked)][:5] == ['"', "we", "will", "win", '"']
    assert quoted_tokens(doc, []) == set()
