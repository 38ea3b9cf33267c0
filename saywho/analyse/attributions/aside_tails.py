"""The words after a closing aside that go on with the clause before it (issue 12, s41).

"The argument would be aided, Devine said, by the upcoming primary calendar": the parser makes "said" the
sentence's verb, the clause before the aside its complement, and hangs what follows the aside on "said". PolNeAR
marks such a content in two pieces, the clause and the words after the aside; the rules drew only the first.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues, occasions
from saywho.analyse.attributions.drafts import QuoteMap, _trim_punct

# Clauses after the aside that give the speaker's reason or terms ("because …"); not when ("even after …"), nor
# a participle, which most often tells what the speaker did ("…, he said, wiping sweat off his face").
REASONS = {"because", "since", "although", "though", "unless", "if", "while", "whereas"}
WHEN = {"after", "before", "during", "until", "following", "at", "on"}


def words_after_aside(cue: Token, clause: list[Token], quote_map: QuoteMap) -> list[Token]:
    """The words after ", SOURCE cue," that the parser hung on the cue and that run to the end of its sentence,
    where `clause` (the cue's complement) stands wholly before the cue; none where anything else follows."""
    if not clause or clause[-1].i > cue.i or cue.i + 1 >= len(cue.doc) or cue.doc[cue.i + 1].text != ",":
        return []
    after = [c for c in cue.children if c.i > cue.i and not c.is_punct]
    if len(after) != 1 or not _carries_on(after[0]) or occasions.occasion(after[0]) or _another_report(after[0]):
        return []
    words = _trim_punct([t for t in after[0].subtree if not t.is_space])
    sentence_end = cue.sent.end
    rest = [t for t in cue.doc[words[-1].i + 1: sentence_end] if not t.is_space] if words else []
    if not words or any(not t.is_punct for t in rest) or any(quote_map.inside(t) for t in words):
        return []
    return words


def _carries_on(part: Token) -> bool:
    """A phrase ("by …", "including …") or a clause of reason or terms ("because …") hung on the cue."""
    if part.dep_ == "prep":
        return part.lower_ not in WHEN
    return part.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in REASONS for c in part.children)


def _another_report(part: Token) -> bool:
    """ "…, he said, adding that …", "…, she said, according to …": a report of its own, or its source."""
    return part.lower_ == "according" or part.pos_ == "VERB" and cues.is_listed(part)
