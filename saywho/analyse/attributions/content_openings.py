"""Where a content starts before its cue: the words of the reported sentence that stand in front of the speaker's
aside ("In cases of abortion, it said, “the woman is a victim.”") belong to what was said (issue 12)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from saywho.analyse.attributions.aside_spans import aside_of, own_subject, set_off
from saywho.analyse.attributions.drafts import Draft, _char_span, _trim_punct
from saywho.analyse.sentences import text_of

QUOTE_MARKS = ("“", '"', "''")
# How the parser hangs a sentence's opening "But", "And", "Still", "Instead" on its verb.
CONNECTIVE_DEPS = {"cc", "advmod"}


def with_opening_before_aside(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "An economic downturn, he said, “could be a good time to borrow”", "Instead, Axelrod said, “she started as
    such a prohibitive favorite”": a quotation that goes on, in lower case, with the sentence an aside ("he said",
    set off by commas) interrupted reports the words before the aside too; PolNeAR draws the content in two pieces
    around the source and cue (23 of 33 train contents of this shape). A quotation that opens with a capital is a
    sentence of its own, and the words before the aside the writer's frame ("Asked about it, Ryan said, “Sure.”":
    89 of 97 stay out)."""
    verb = draft.head
    if verb is None or draft.according_to or draft.labelled or not draft.quotes or not content:
        return content
    text = text_of(doc)
    quote = min(draft.quotes, key=lambda q: q.open_mark)
    if quote.open_mark != content[0][0] or quote.open_mark < verb.idx or not _goes_on_in_lower_case(text, quote.start):
        return content
    aside = aside_of(verb)
    subject = own_subject(verb)
    if subject is None or not set_off(aside) \
            or text[aside[-1].idx + len(aside[-1].text):quote.open_mark].strip() != ",":
        return content  # "…, saying, “…”": the writer's participle, no aside with a speaker of its own
    opening = _trim_punct([t for t in verb.sent if t.i < aside[0].i and not t.is_space])
    if not opening or _a_connective(opening) \
            or any(mark in text[opening[0].idx:aside[0].idx] for mark in QUOTE_MARKS + ("”", "\n")):
        return content
    return [_char_span(opening), *content]


def _a_connective(opening: list[Token]) -> bool:
    """ "But, he said, “…”", "Still, she added, “…”": a lone word linking the sentence to the one before; PolNeAR's
    annotators put it in the content about as often as they leave it out (5 to 4 on train)."""
    return len(opening) == 1 and opening[0].dep_ in CONNECTIVE_DEPS


def _goes_on_in_lower_case(text: str, start: int) -> bool:
    words = text[start:start + 40].lstrip(" '‘")
    return bool(words) and words[0].islower()


# Relative pronouns that stand for what is said about in a clause that reports ("which he said was …"). Not "that",
# which the small parser tags WDT where it opens a reported clause too, nor the free relative "what", which
# PolNeAR train's gold leaves out of the content about one time in three.
RELATIVE_PRONOUNS = {"which", "who", "whom"}
RELATIVE_TAGS = {"WDT", "WP"}


def with_relative_pronoun(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "a plan, which he has repeatedly said was a mistake", "Bannon, whom Beck called “a horrible human being”": in
    a relative clause that reports, the pronoun right before the source is what the words are about, and PolNeAR
    draws the content in two pieces around the source and cue ("which" + "was a mistake"; 67 of 72 train "which",
    "who" and "whom" in front of a source, not counting "in which" and the like). After a preposition the pronoun
    frames the occasion ("an interview in which he said …") and stays out."""
    verb = draft.head
    if verb is None or draft.source is None or draft.according_to or draft.labelled or not content \
            or content[0][0] < verb.idx:
        return content
    source = doc.char_span(*draft.source, alignment_mode="expand")
    if source is None or source.start == 0:
        return content
    pronoun = doc[source.start - 1]
    if pronoun.lower_ not in RELATIVE_PRONOUNS or pronoun.tag_ not in RELATIVE_TAGS:
        return content
    if pronoun.head.i != verb.i and not verb.is_ancestor(pronoun):
        return content
    if pronoun.i > 0 and doc[pronoun.i - 1].dep_ == "prep":
        return content
    return [_char_span([pronoun]), *content]


# Sentence adverbs that tie a reported sentence to the writer's last one ("Still, Mr. Vander Plaats is …, said X").
LINKING_OPENERS = re.compile(r"(?:still|however|in fact|in contrast|by contrast|yet),\s+", re.IGNORECASE)


def without_linking_opener(text: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Still, she is ''a fighter,'' said Ms. Cole": a linking adverb set off by a comma at the start of a content
    outside quotation marks is the writer's step from the sentence before, not what was said (on PolNeAR train,
    leaving it out made 10 contents exact and one not)."""
    if not content or (opener := LINKING_OPENERS.match(text, content[0][0], content[0][1])) is None:
        return content
    return [(opener.end(), content[0][1]), *content[1:]]


def without_day_of_the_saying(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "The company said Tuesday it would close the plant", "said on Friday it had acted": with no "that", the
    parser hangs the day on the reported clause, but it dates the saying; the content opens at the clause's
    subject."""
    if not content or not draft.cue or draft.according_to:
        return content
    opening = doc.char_span(content[0][0], content[0][1], alignment_mode="expand")
    cue_end = max(t.i for t in draft.cue)
    if opening is None or opening.start != cue_end + 1:
        return content
    at = opening.start + (doc[opening.start].lower_ == "on")
    while at < opening.end and doc[at].ent_type_ == "DATE" and doc[at].tag_ != "POS":
        at += 1
    subject = doc[at] if at < opening.end else None
    if at == opening.start or subject is None or subject.dep_ != "nsubj" or subject.i == opening.end - 1:
        return content
    dates = doc[opening.start : at]
    if dates.root.head == subject or dates.root.dep_ not in {"npadvmod", "prep"}:  # "year-over-year revenue …"
        return content
    return [(subject.idx, content[0][1]), *content[1:]]
