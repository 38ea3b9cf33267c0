"""Where and when something was said is the cue's, not the content's (issues 12 and 13): "praised the plan [during a
forum on Monday]", "called the bill a “disgrace” [on his radio show]"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from saywho.analyse import occasions
from saywho.analyse.attributions.content_edges import _cut, _quoted, _reported_after_cue
from saywho.analyse.attributions.drafts import Draft

# The occasions a saying happens at ("at a rally", "in an interview", "during the debate", "in a tweet"): the cue's
# occasions and more that a content, unlike a cue, may run on into.
OCCASIONS = occasions.OCCASIONS | {"forum", "hall", "stop", "event", "remark", "gathering", "luncheon", "dinner",
                                   "breakfast", "fundraiser", "e-mail", "video", "session", "meeting", "roundtable",
                                   "panel", "release", "memo", "broadcast", "podcast", "show", "program"}
# What one says something "on": a medium, not a topic ("commented on the bill" is the content's own).
MEDIA = {"twitter", "facebook", "instagram", "show", "program", "radio", "television", "tv", "broadcast", "podcast",
         "stage", "call"}
DAY_PREPOSITIONS = {"on", "during"}
SPANS_OF_TIME = {"week", "night", "month", "weekend"}
# The parts of speech a content that is a thing, not a clause, is built of on its way up from the phrase.
CLAUSE_POS = {"VERB", "AUX"}
WALK = 20


def without_setting(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "stressed her support of the bond measure during a forum", "called the levy a “shameful grab” on her radio show
    Tuesday": after a cue whose content is a thing said (an object, not a reported clause), trailing phrases of
    the occasion ("during a forum", "at a rally", "in an interview", "on Twitter") or the day ("Tuesday", "on
    Monday", "last week") say where and when it was said; PolNeAR train's gold ends the content before them. A phrase
    hung on a verb inside the content ("his plan to vote on Tuesday") or inside a reported clause ("said the vote
    would happen on Tuesday") stays. Only after the cue and outside quotation marks."""
    span = _reported_after_cue(doc, draft, content)
    if span is None or draft.head is None:
        return content
    phrases = _trailing_settings(span)
    if not phrases:
        return content
    first = phrases[-1].left_edge
    if _quoted(draft, first) or first.i <= span.start or not _is_a_thing(doc[span.start:first.i]):
        return content
    if not all(_hangs_on_a_thing(phrase, span) for phrase in phrases):
        return content
    return _cut(doc, content, first.idx)


def _trailing_settings(span: Span) -> list[Token]:
    """The setting phrases that end the span, one after another, last first."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    end, phrases = (words[-1].i if words else -1), []
    while end >= span.start:
        found = next((t for t in span if _is_setting(t) and t.left_edge.i >= span.start
                      and _last_word(t) == end), None)
        if found is None:
            break
        phrases.append(found)
        end = _word_before(span, found.left_edge.i)
    return phrases


def _last_word(token: Token) -> int:
    last = token.right_edge
    while last.i > token.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return last.i


def _word_before(span: Span, i: int) -> int:
    i -= 1
    while i >= span.start and (span.doc[i].is_punct or span.doc[i].is_space):
        i -= 1
    return i


def _is_setting(token: Token) -> bool:
    if token.dep_ == "prep":
        objects = [c for c in token.children if c.dep_ == "pobj"]
        return any(_is_occasion(token.lower_, o) or token.lower_ in DAY_PREPOSITIONS and _is_day(o) for o in objects)
    return token.dep_ == "npadvmod" and _is_day(token)


def _is_occasion(preposition: str, noun: Token) -> bool:
    """ "on Twitter", "at a rally", "in his interview", "in other interviews" (not "in political speech": a kind)."""
    lemma = noun.lemma_.lower()
    if preposition == "on":
        return lemma in MEDIA
    one = noun.tag_ in {"NNS", "NNPS"} or any(c.dep_ in {"det", "poss"} for c in noun.children)
    return preposition in {"during", "at", "in"} and lemma in OCCASIONS and one


def _is_day(noun: Token) -> bool:
    """ "Monday", "Tuesday night", "last week" (not "later this month": the thing's own time)."""
    if noun.lower_ in occasions.WEEKDAYS or any(c.lower_ in occasions.WEEKDAYS for c in noun.children if c.dep_ == "compound"):
        return True
    return noun.lower_ in SPANS_OF_TIME and any(c.lower_ == "last" for c in noun.children)


def _is_a_thing(kept: Span) -> bool:
    """The content before the phrase is a noun phrase (with its complements), not a reported clause, nor an occasion
    whose own time or place the phrase gives ("praised her remarks on Thursday", "appearances on the Daily Show")."""
    tops = [t for t in kept if not (kept.start <= t.head.i < kept.end) or t.head.i == t.i]
    return bool(tops) and not any(t.pos_ in CLAUSE_POS or t.lemma_.lower() in OCCASIONS for t in tops)


def _hangs_on_a_thing(phrase: Token, span: Span) -> bool:
    """The phrase hangs on the cue, or on the thing said with no verb of the content's on the way up."""
    head, seen = phrase.head, 0
    while span.start <= head.i < span.end and head.head.i != head.i and seen < WALK:
        if head.pos_ in CLAUSE_POS:
            return False
        head, seen = head.head, seen + 1
    return head.pos_ not in CLAUSE_POS or not (span.start <= head.i < span.end)
