"""Parenthetical attributions: a cue set off by commas inside the clause it reports.

"The new tax, the mayor said, was too costly", "That plan, he added, would fail", "In the
long run, many economists say, the effect could spread": the parser hangs the cue off the
clause's verb (as parataxis, mostly), so the cue has no clause complement and
reported_speech.py sees no content. PolNeAR marks such a content in two pieces, the words
before the cue's aside and the words after it, with the source and the cue in the gap between
them (see docs/polnear-conventions.md, "Split quotes").

When the parser makes the cue the sentence's verb instead ("If she wins, Ruiz said, women
will be safe": "will be" a clause complement of "said"), reported_speech.py finds the words
after the aside; the words before it are the content's first piece.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues
from saywho.analyse.attributions.aside_spans import aside_of, own_subject, set_off
from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span, _trim_punct
from saywho.analyse.attributions.reported_speech import ADDRESSEE_LEMMAS, _draft_for, is_cue_verb

# How the parser attaches a parenthetical cue to the clause it interrupts.
PARENTHETICAL_DEPS = {"parataxis", "advcl"}
# A cue's children that carry on the clause it interrupts ("…, the airline added, and had passed …").
CARRYING_ON = {"conj", "cc"}
# What follows an aside after its clause's verb and is more often the writer's than the speaker's.
WRITERS_ADDITIONS = {"advcl", "npadvmod", "parataxis"}


def add_parenthetical(drafts: dict[int, Draft], cue: Token, quote_map: QuoteMap) -> None:
    """`cue`, set off by commas inside a clause, reports that clause: its content is the clause
    without the aside, in a piece before it and a piece after it."""
    if cue.i in drafts:
        _add_opening_piece(drafts[cue.i], cue, quote_map)
        return
    if quote_map.inside(cue) or not _is_parenthetical_cue(cue):
        return
    aside = aside_of(cue)
    speakers = _speakers_own(cue, aside)
    before, after = _around(cue, _interrupted_clause(cue), speakers)
    if not before or not after:
        # The parser hung one side's words outside the cue's clause ("It was impossible, Gabuyev said, so the
        # leaders decided …": "It was impossible" a clause of "decided"; "…, many economists say, because …"):
        # the aside still interrupts its sentence, so the sentence's words on each side are what was said.
        before, after = _around(cue, _stretch_around(cue, aside), speakers)
    if not before or not after or any(quote_map.inside(t) for t in aside) \
            or not _quoted_in_passing(drafts, quote_map, before) or not _quoted_in_passing(drafts, quote_map, after):
        # A quotation has a frame of its own (governing_cue); one with none would make this
        # attribution direct speech, whose speaker the quotations after it would carry over.
        return
    draft = _draft_for(drafts, cue)
    draft.content += [_char_span(before), _char_span(after)]
    _claim_source(draft, cue, aside)


# Marks that end the stretch of a sentence an aside interrupts: "… server (the existence of which, many Democrats say,
# represents …)", "… that night - and the permit, his campaign said, had been hard to get".
STRETCH_ENDS = {"(", ")", "[", "]", "—", "–", "-", "--", ";", ":"}


def _stretch_around(cue: Token, aside: list[Token]) -> list[Token]:
    """The words of the cue's sentence on both sides of the aside, up to a bracket, dash, colon or semicolon."""
    sentence = cue.sent
    start = next((t.i + 1 for t in reversed(sentence[: aside[0].i - sentence.start]) if t.text in STRETCH_ENDS),
                 sentence.start)
    end = next((t.i for t in sentence[aside[-1].i + 1 - sentence.start:] if t.text in STRETCH_ENDS), sentence.end)
    return list(cue.doc[start:end])


def _around(cue: Token, clause: list[Token], speakers: set[int]) -> tuple[list[Token], list[Token]]:
    """The clause's words before the aside and after it, in the cue's sentence."""
    words = [t for t in clause if t.i not in speakers and not t.is_space and t.sent == cue.sent]
    return _trim_punct([t for t in words if t.i < cue.i]), _trim_punct([t for t in words if t.i > cue.i])


def _quoted_in_passing(drafts: dict[int, Draft], quote_map: QuoteMap, piece: list[Token]) -> bool:
    """No quotation in `piece`, or only words quoted inside the writer's clause ("Trump, Sexton said, has created
    a “strange … zone.”"): each wholly within the piece, not all of it, and framed by no other cue but one inside
    the piece ("Back then, Ms. Ripert said, she found Ms. Sherry “very professional”": what she said she found)."""
    quoted = {quote_map.of_token[t.i] for t in piece if quote_map.inside(t)}
    if not quoted:
        return True
    words = [t for t in piece if not t.is_punct]
    if not words or all(quote_map.inside(t) for t in words) or quote_map.inside(piece[0]):
        return False
    inside = {t.i for t in piece}
    taken = {id(q) for draft in drafts.values() if draft.head is None or draft.head.i not in inside
             for q in draft.quotes}
    for index in quoted:
        assert index is not None
        tokens = [t for t in piece[0].doc if quote_map.of_token[t.i] == index]
        if any(t.i not in inside and not t.is_punct and not t.is_space for t in tokens) \
                or id(quote_map.quotes[index]) in taken:
            return False
    return True


def _speakers_own(cue: Token, aside: list[Token]) -> set[int]:
    """The aside and what the cue's own words go on with after it ("…, Cruz explained, recalling
    the time …"), but not a clause it carries on ("…, the airline added, and had passed …")."""
    carried = {t.i for c in cue.children if c.dep_ in CARRYING_ON and c.i > cue.i for t in c.subtree}
    after = {t.i for t in cue.subtree if t.i > aside[-1].i and t.i not in carried}
    return {t.i for t in aside} | after


def _interrupted_clause(cue: Token) -> list[Token]:
    """The clause the aside stands in: its verb's words without the clauses coordinated with it
    ("The budget was high, and the fee, Ruiz added, was too high": only the second)."""
    clause = cue.head
    others = {t.i for c in clause.children if c != cue and not c.is_ancestor(cue) and _apart(c, cue) for t in c.subtree}
    if clause.dep_ == "conj":
        others |= {clause.head.i}
    return [t for t in clause.subtree if t.i not in others]


def _apart(child: Token, cue: Token) -> bool:
    """A clause of its own beside the one the aside interrupts: a coordinated one, or one before
    the aside that the parser hung there ("The budget, the report said, was …, and the fee, Ruiz added, …")."""
    if child.i < cue.i:
        if child.dep_ == "cc" and child.i == child.sent.start:
            return False  # "But, he said, it is …": the sentence's opening word, no clause of its own
        return child.dep_ in CARRYING_ON or child.dep_ in {"ccomp", "parataxis"}
    # after an aside that follows its clause's verb, what the speaker did next ("…, Cruz explained, recalling …")
    return cue.head.i < cue.i and child.dep_ in WRITERS_ADDITIONS


def _claim_source(draft: Draft, cue: Token, aside: list[Token]) -> None:
    """With two subjects, the source is the one in the aside (sources.py would take the first)."""
    if sum(c.dep_ == "nsubj" for c in cue.children) < 2 or (subject := own_subject(cue)) is None:
        return
    inside = {t.i for t in aside}
    tokens = _trim_punct([t for t in subject.subtree if t.i in inside])
    if tokens:
        draft.source, draft.source_head = _char_span(tokens), subject


def _is_parenthetical_cue(cue: Token) -> bool:
    """A speech verb with a subject of its own and nothing it says, set off by commas, hanging
    off the verb of the clause around it."""
    clause = cue.head
    if cue.dep_ not in PARENTHETICAL_DEPS or clause.i == cue.i or not (clause.pos_ in {"VERB", "AUX"} or _misparsed(cue)):
        return False
    if not _reports_clauses(cue) or not _says_nothing_itself(cue):
        return False
    if not any(c.dep_ == "nsubj" for c in cue.children):
        return False
    return set_off(aside_of(cue)) and not _a_filler(cue)


# Asides that fill a speaker's pause and report nothing: "Well, look, you know, Mark Cuban has been …".
FILLERS = frozenset({("you", "know"), ("you", "see"), ("i", "mean")})


def _a_filler(cue: Token) -> bool:
    return tuple(t.lower_ for t in aside_of(cue) if not t.is_punct) in FILLERS


def _misparsed(cue: Token) -> bool:
    """ "The hashtag #RechercheParis, Mr. Abboud said, accompanied descriptions …": the parser, taking the verb after
    the aside for a participle, hung the aside on a noun; a finite verb after it still makes the clause."""
    after = cue.doc[aside_of(cue)[-1].i + 1: cue.sent.end]
    if cue.dep_ == "parataxis" and cue.head.pos_ == "NOUN" and cue.head.i > cue.i and cue.head.dep_ == "ROOT":
        # "Proposals …, he added, amount to …": a verb after the aside tagged a noun, with the clause's subject
        return any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.head.children)
    return cue.dep_ == "parataxis" and cue.head.pos_ in {"NOUN", "PROPN"} and cue.head.i < cue.i \
        and any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in after)


def _reports_clauses(cue: Token) -> bool:
    """A verb of saying or thinking that reports clauses: "want" or "find" in an aside ("what they
    want, when they want it") is rarely one."""
    return is_cue_verb(cue) and (cues.is_listed(cue) or cues.probability(cue, cues.CLAUSE) >= cues.active().threshold)


def _says_nothing_itself(cue: Token) -> bool:
    """No clause or words of its own to report: "he said", "she told reporters" (only whom it was said to)."""
    frame = cues.frame_of(cue)
    if frame == cues.NONE:
        return True
    return frame == cues.OBJECT and cue.lemma_.lower() in ADDRESSEE_LEMMAS


# -- the cue as the sentence's verb ----------------------------------------------------


def _add_opening_piece(draft: Draft, cue: Token, quote_map: QuoteMap) -> None:
    """ "If she wins, Ruiz said, women will be safe": reported speech after an aside reports the
    words before the aside too."""
    if draft.quotes or len(draft.content) != 1 or cues.frame_of(cue) != cues.CLAUSE:
        return
    complement = cues.complement_of(cue)
    if complement is None:
        return
    aside = aside_of(cue)
    first_word = next(t for t in complement.subtree if not t.is_punct and not t.is_space)
    if not set_off(aside) or first_word.i != aside[-1].i + 2:
        return  # the complement follows the aside's closing comma at once
    if any(quote_map.inside(t) for t in complement.subtree):
        return
    opening = _trim_punct([t for t in cue.sent if t.i < aside[0].i and not t.is_space])
    if opening and not any(quote_map.inside(t) for t in opening):
        draft.content.insert(0, _char_span(opening))
        _claim_source(draft, cue, aside)
