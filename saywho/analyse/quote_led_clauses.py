"""A clause that opens a sentence before the quotation its root verb introduces leads that sentence.

"Vice President Joe Biden weighed in as well, telling Mic …, “They’re both qualified,” he said": the parser
hangs "weighed in" on "said" as the clause said, so Biden reads as the subject of a reported clause, not of
the sentence; but the words reported are the quotation's, and the clause before it is the writer's own
narration, whose subject is whom the sentence is about ("Mosman saw Santilli's words differently: “…,” he said").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Token

from saywho.analyse.quotes import Quote


def leads_before_its_quote(subject: Token, quotes: Sequence[Quote], quote_starts: list[int]) -> bool:
    """Whether `subject` (outside quotation marks) is the subject of a clause the parser hung on the root as
    reported (ccomp), standing before a quotation that opens ahead of the root verb."""
    verb = subject.head
    if verb.dep_ != "ccomp" or subject.i > verb.i:
        return False
    root = subject.sent.root
    following = bisect_right(quote_starts, subject.idx)
    if following > 0 and subject.idx < quotes[following - 1].end:
        return False  # inside a quotation: a speaker's own words
    return root.i > verb.i and following < len(quotes) and verb.idx < quotes[following].start < root.idx
