"""Partial quotations whose content would be only the quoted fragments.

"Clinton called the Republican frontrunner “ISIS' best recruiter”", "Sanders pledged a “political revolution”":
the cue governs the quotation, but its frame gave no content of its own (the cue table does not trust "pledge"
with an object, or the parser hangs the object inside the quoted phrase), so the content was the quoted words
alone. PolNeAR's guidelines count mixtures of quotation and paraphrase as one content ("Lowell said that he
doesn't “prefer” pickles"), and its gold holds the clause around the fragments: on train, of 105 such contents
that this widening changes, 3 were exactly the gold's before and 34 after.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Token

from saywho.analyse import cues
from saywho.analyse.attributions.drafts import WALK_LIMIT, Draft, _char_span, _trim_punct
from saywho.analyse.attributions.finished import _opens_a_sentence
from saywho.analyse.frame_contents import content_tokens
from saywho.analyse.quotes import Quote

# Frames whose content holds a quotation's surroundings; a preposition's ("said in a statement …") does not.
WIDENING_FRAMES = {cues.CLAUSE, cues.OBJECT, cues.INFINITIVE}
# The cue's dependents whose phrase around a quotation is what was said: its object, the object's complement, a
# clause or infinitive, an inverted clause before "…, said X" (the parser's subject). Not a preposition: the gold
# keeps "as" / "for" / "about" with the words in some cases and not in others.
ARMS = {"dobj", "oprd", "xcomp", "ccomp", "advcl", "nsubj"}


def widen_fragments(doc: Doc, draft: Draft) -> None:
    """Give a partial quotation's draft the phrase of its cue that holds the quoted words."""
    cue = draft.head
    if cue is None or cue.pos_ != "VERB" or not draft.quotes or draft.content or draft.labelled \
            or draft.according_to or any(_opens_a_sentence(doc, q) for q in draft.quotes):
        return
    frame = cues.frame_of(cue)
    around = _trim_punct(sorted(content_tokens(cue, frame), key=lambda t: t.i)) if frame in WIDENING_FRAMES else []
    if around and all(_within(quote, around) for quote in draft.quotes):
        draft.content.append(_char_span(around))
        return
    for quote in draft.quotes:
        root = _quote_root(doc, quote)
        arm = _arm(cue, root) if root is not None else None
        if arm is not None and arm.dep_ in ARMS and (tokens := _trim_punct(list(arm.subtree))):
            draft.content.append(_char_span(tokens))
        elif arm is None and root is not None and draft.source is not None:
            draft.content += _clause_around(cue, root, draft.source)


def _clause_around(cue: Token, root: Token, source: tuple[int, int]) -> list[tuple[int, int]]:
    """ "Cost estimates, he added, were “based on a prototype”", "The golf industry “is doing much better,” she
    said": the frame stands in the clause that holds the quotation, and the content is that clause without the
    frame, in pieces around it, as PolNeAR draws it. Only where the source stands in the frame: in "Protesters
    marched, chanting “Hands up”" the clause is the protesters' march, not what they chanted."""
    clause = next((node for node in _ancestors(root) if cue.head.i == node.i and cue.i != node.i), None)
    if clause is None:
        return []
    frame = {t.i for t in cue.subtree}
    pieces: list[list[Token]] = [[]]
    for token in clause.subtree:
        if token.i not in frame:
            pieces[-1].append(token)
        elif pieces[-1]:
            pieces.append([])
    spans = [_char_span(trimmed) for piece in pieces if (trimmed := _trim_punct(piece))]
    return [] if any(start < source[1] and source[0] < end for start, end in spans) else spans


def _ancestors(token: Token) -> list[Token]:
    """The token and the heads above it, up to WALK_LIMIT of them."""
    return [token, *islice(token.ancestors, WALK_LIMIT)]


def _within(quote: Quote, tokens: list[Token]) -> bool:
    start, end = _char_span(tokens)
    return start <= quote.outer[0] and quote.outer[1] <= end + 2  # a full stop and its closing mark may trail it


def _quote_root(doc: Doc, quote: Quote) -> Token | None:
    """The quoted words' widest head."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    words = [t for t in span or [] if not t.is_space and not t.is_punct]
    if not words:
        return None
    inside = {t.i for t in words}
    return max((t for t in words if t.head.i not in inside or t.head.i == t.i), key=lambda t: len(list(t.subtree)))


def _arm(cue: Token, root: Token) -> Token | None:
    """The cue's dependent on the way up from the quotation to the cue, if the cue governs it."""
    return next((node for node in _ancestors(root) if node.head.i == cue.i and node.i != cue.i), None)
