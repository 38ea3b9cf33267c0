""" "As the Times reported, the deal fell through", "…, as Smith noted": a speech verb in an "as" clause says
nothing of its own; it vouches for the clause it hangs on, which PolNeAR marks as its content (the cue the
verb, the source its subject or its "by" agent). The parser leaves such a verb with no frame, so
reported_speech.py sees no content.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues
from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span, _trim_punct
from saywho.analyse.attributions.reported_speech import _draft_for
from saywho.analyse.attributions.sources import _subject_of

# Words that may open the sentence before an "as" aside and belong to neither it nor its clause.
OPENERS = {"and", "but", "so", "yet", "or", "also", "indeed", "still", "now", "then"}


def add_as_aside(drafts: dict[int, Draft], cue: Token, quote_map: QuoteMap) -> None:
    """`cue` in "As X said, …" or "…, as X said": its content is the rest of the clause it hangs on."""
    if cue.i in drafts or quote_map.inside(cue) or not _vouching_aside(cue):
        return
    aside = list(cue.subtree)
    first, last = aside[0].i, aside[-1].i
    clause = [t for t in cue.head.subtree if (t.i < first or t.i > last) and not t.is_space and t.sent == cue.sent]
    before = [t for t in clause if t.i < first]
    after = [t for t in clause if t.i > last]
    opening: list[Token] = []
    if all(t.is_punct or t.lower_ in OPENERS for t in before):
        content = _trim_punct(after)
    elif all(t.is_punct for t in after):
        content = _trim_punct(_without_openers(before))
    elif _a_time(opening := _trim_punct(_without_openers(before))):
        content = _trim_punct(after)  # "Just a few weeks ago, as X reported, Thor and Beck were …": two pieces
    else:
        return  # an aside inside its clause after other words ("Given that, as X reported, …"): left alone
    if len(content) < 3 or any(quote_map.inside(t) for t in content + opening):
        return  # a quotation has its own frame
    draft = _draft_for(drafts, cue)
    draft.content += [_char_span(piece) for piece in (opening, content) if piece]


def _a_time(tokens: list[Token]) -> bool:
    """When the clause's event happened, and nothing else: "Just a few weeks ago", "On Tuesday"."""
    words = [t for t in tokens if not t.is_punct]
    return bool(words) and all(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"on", "in", "at"} for t in words)


def _without_openers(tokens: list[Token]) -> list[Token]:
    """ "But ignoring the progress …, as his supporters point out": the "But" links the sentence, no one said it."""
    start = 0
    while start < len(tokens) and (tokens[start].lower_ in OPENERS or tokens[start].is_punct):
        start += 1
    return tokens[start:]


def _vouching_aside(cue: Token) -> bool:
    """A listed speech verb opened by "as", hanging on a clause's verb, with a speaker and nothing it says itself."""
    if cue.dep_ != "advcl" or cue.head.i == cue.i or cue.head.pos_ not in {"VERB", "AUX"}:
        return False
    mark = next((c for c in cue.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ != "as" or mark.i != cue.left_edge.i:
        return False
    frame = cues.frame_of(cue)
    return cues.is_listed(cue) and (frame == cues.NONE or _only_a_time(cue, frame)) and _subject_of(cue) is not None


def _only_a_time(cue: Token, frame: str) -> bool:
    """ "As The Times reported on Saturday, …": a preposition that says when, not what was said."""
    if not frame.startswith("prep:"):
        return False
    objects = [o for c in cue.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in {"DATE", "TIME"} for o in objects)
