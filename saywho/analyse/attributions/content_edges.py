"""Where a content stops: a second act of the source's, coordinated with the cue, is no part of what was said."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from saywho.analyse import cues
from saywho.analyse.attributions.clause_shapes import out_of_embedded, subject_joined_as_object
from saywho.analyse.attributions.drafts import Draft
from saywho.analyse.sentences import text_of

# The tags a second verb takes in its cue's tense: "said … and called", "has said … but downplayed", "says … and
# calls", "saying … and calling" (a participle after "has" is the content's own: "has criticized … and called").
SAME_FORM = {"VBD": {"VBD"}, "VBN": {"VBD"}, "VBZ": {"VBZ", "VBP"}, "VBP": {"VBZ", "VBP"}, "VBG": {"VBG"}}
# What a speaker thinks, wants or feels goes on describing the reported state ("said she was tired of it and wanted
# a change"): PolNeAR train's gold keeps such a verb in the content more often than not.
MINDS = {"want", "hope", "think", "understand", "decide", "expect", "believe", "feel", "know", "wonder", "suspect",
         "fear", "worry", "consider", "realize", "doubt", "wish", "plan", "intend", "like", "love", "hate", "need"}
CONJUNCTIONS = {"and", "but"}
TRIM = " \t\n,;"


def without_second_act(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "said he found Trump “very charming” and called his standing “unheard of”": the small parser hangs the
    second verb on the reported clause's verb, so the content ran on through it, but a verb of saying in the cue's
    own tense, with no subject of its own, is the source's next act (a second attribution), and PolNeAR's
    annotators end the content before its "and". Only after the cue and outside quotation marks."""
    span = _reported_after_cue(doc, draft, content)
    if span is None or draft.head is None:
        return content
    verb = draft.head
    for token in span:
        if _second_act(verb, token, span.start) and not _quoted(draft, token):
            before = doc[token.i - 1]
            conjunction = before if before.dep_ == "cc" and before.lower_ in CONJUNCTIONS else None
            return content if conjunction is None else _cut(doc, content, conjunction.idx)
    return content


def _second_act(verb: Token, token: Token, first: int) -> bool:
    if token.dep_ != "conj" or token.pos_ != "VERB" or token.i <= first + 1 or token.head.i < first:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children):
        return False
    if token.tag_ not in SAME_FORM.get(verb.tag_, ()):
        return False
    return token.lemma_.lower() not in MINDS and cues.reports_quotes(token)


def with_closing_marks(text: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "endorsed Sen. Kelly Ayotte (R-N.H.)", "a record 39%": trimming a content's punctuation left a bracket it
    opened unclosed, or a number without its percent sign; each piece takes back what it cut."""
    pieces = []
    for start, end in content:
        fragment = text[start:end]
        if fragment.count("(") > fragment.count(")") and text.startswith(")", end):
            end += 1
        elif fragment.count("[") > fragment.count("]") and text.startswith("]", end):
            end += 1
        elif end > start and text[end - 1].isdigit() and text.startswith("%", end):
            end += 1
        pieces.append((start, end))
    return pieces


# A phrase that says how the object was said, and that PolNeAR train's gold keeps at the content's end (12 of 13
# gold contents before it: "did not mention Trump by name").
BY_NAME = re.compile(r"[ \t]+by name\b")


def with_by_name(text: str, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "never mentioned Sanders by name": the object's content runs on through "by name"."""
    verb = draft.head
    if verb is None or not content or content[-1][0] < verb.idx:
        return content
    start, end = content[-1]
    found = BY_NAME.match(text, end)
    return content[:-1] + [(start, found.end())] if found else content


def without_lifted_participle(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "argued that a database would keep people out, saying it's …": a participle the parser hung on the reported
    clause's verb but that is the cue's own next act (clause_shapes.out_of_embedded) is no part of what was said
    where it is a verb of saying ("saying", "calling", "vowing"); PolNeAR's annotators end the content before its
    comma, and keep other participles ("bringing its total to …", "looking to …"). Only after the cue and outside
    quotation marks."""
    span = _reported_after_cue(doc, draft, content)
    if span is None or draft.head is None:
        return content
    for token in span:
        lifted = out_of_embedded(token)
        if lifted is None or lifted.i != draft.head.i or _quoted(draft, token):
            continue
        if not cues.reports_quotes(token):
            return content  # "says it raised $21 million, bringing its total to …": the reported clause goes on
        before = doc[token.left_edge.i - 1]
        if before.tag_ == "''":  # "could be “messy,” adding": the quotation keeps its comma and closing mark
            return content[:-1] + [(content[-1][0], before.idx + len(before))]
        return _cut(doc, content, before.idx)
    return content


def without_next_subject(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "have said they will skip the meeting and parents have complained …": the next clause's subject the parser
    joined to the reported clause's object (clause_shapes.subject_joined_as_object), before a verb of saying, is no part of what was said;
    the content ends before its "and" ("maintain that members support Clinton and the early endorsements have
    helped …" goes on: a second clause of what is maintained). Outside quotation marks."""
    span = _reported_after_cue(doc, draft, content)
    if span is None or draft.head is None:
        return content
    for token in span:
        if token.dep_ != "conj" or token.i <= draft.head.i or _quoted(draft, token):
            continue
        following = doc[token.i + 1: min(token.i + 5, len(doc))]
        if any(cues.reports_quotes(t) and subject_joined_as_object(t) == token for t in following):
            return _cut(doc, content, doc[token.left_edge.i - 1].idx)
    return content


def _cut(doc: Doc, content: list[tuple[int, int]], cut: int) -> list[tuple[int, int]]:
    start = content[-1][0]
    text = text_of(doc)
    while cut > start and text[cut - 1] in TRIM:
        cut -= 1
    return content[:-1] + [(start, cut)] if cut > start else content


def _reported_after_cue(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> Span | None:
    """The content's last piece, where it follows a verb cue of a draft neither "according to" nor a label's."""
    verb = draft.head
    if verb is None or draft.according_to or draft.labelled or not content or content[-1][0] < verb.idx:
        return None
    return doc.char_span(*content[-1], alignment_mode="expand")


def _quoted(draft: Draft, token: Token) -> bool:
    return any(q.outer[0] <= token.idx < q.outer[1] for q in draft.quotes)


# What may stand between two pieces of one content that PolNeAR draws as one span: a comma or colon before a
# quotation ("a negotiator, “like you folks.”"), a dash, or the "as" of "described the governor as “Chris.”".
BRIDGE = re.compile(r"[\s,:;—–-]*(?:\bas(?: an?)?\b)?[\s,:;—–-]*")


def across_bridges(text: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces of one content that only punctuation or an "as" keeps apart are one span: PolNeAR's annotators
    never leave the comma out of "calls for credit score reform, ''to make …''" (on train no gold content is
    split at such a gap, and 19 of saywho's were, all wrongly)."""
    joined: list[tuple[int, int]] = []
    for start, end in content:
        if joined and BRIDGE.fullmatch(text, joined[-1][1], start):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


# Verbs whose object is whom the words were addressed to ("told reporters, “…”").
ADDRESSING_LEMMAS = {"tell", "remind", "assure"}


def without_addressee(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "…, telling reporters, “A lot of people said …”": whom the words went to is no part of them; the quotation
    is what was told (PolNeAR's content)."""
    verb = draft.head
    if verb is None or not draft.quotes or verb.lemma_.lower() not in ADDRESSING_LEMMAS:
        return content
    addressed = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i]
    spans = {(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in addressed}
    kept = [(start, end) for start, end in content
            if (start, end) not in spans and (start, end - 1) not in spans]  # a trailing comma may close it
    return kept or content


DANGLING = re.compile(r"[,;]?\s+(?:and|but|or)$")


def without_dangling_conjunction(text: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "said Clinton is honest and trustworthy, and three-quarters said the same of Sanders": where the next clause
    was cut off as an attribution of its own, the "and" that joined it is no part of what was said (on PolNeAR train
    no gold content ends on one)."""
    pieces = []
    for start, end in content:
        dangling = DANGLING.search(text, start, end)
        pieces.append((start, dangling.start()) if dangling is not None and dangling.start() > start else (start, end))
    return pieces


ACCORDING_TAIL = re.compile(r",?\s+according to\b")


def without_according_tail(text: str, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Their research shows that salt levels have tripled since 2015, according to Dr. Kevin Osei": whom the
    writer has the report from is another attribution's frame, not what the research shows. Outside quotation
    marks, after the cue, and not the draft's own "according to"."""
    if draft.according_to or draft.head is None or not content or content[-1][0] < draft.head.idx:
        return content
    start, end = content[-1]
    found = ACCORDING_TAIL.search(text, start, end)
    if found is None or found.start() == start or any(mark in text[start:found.start()] for mark in "“”\"") \
            or "''" in text[start:found.start()] or "," in text[found.end():end]:
        return content  # "that, according to an analysis, 85 of the meetings …": an aside inside what was said
    return [*content[:-1], (start, found.start())]


# Nouns by which a writer sums up what was just reported before giving another's view of it.
SUMMING_NOUNS = frozenset({"claim", "assertion", "allegation", "accusation", "charge", "suggestion", "account",
                           "characterization", "characterisation", "contention", "argument"})


def without_writers_summary(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "said the water plant had been used to store ammunition, a claim Tessaly dismissed as “absurd.”": a noun of
    saying set after a comma at the end of what was said, with a clause of its own, is the writer's summing up for
    someone else's answer, not what was said. Outside quotation marks."""
    span = doc.char_span(content[0][0], content[-1][1], alignment_mode="expand") if content else None
    if span is None or draft.head is None or draft.according_to:
        return content
    for token in span:
        if token.lemma_.lower() in SUMMING_NOUNS and token.dep_ in {"appos", "npadvmod", "dobj", "attr"} \
                and token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == "," and not _quoted(draft, token) \
                and any(c.dep_ in {"relcl", "acl"} for c in token.children) and token.right_edge.i + 1 >= span.end - 2:
            cut = doc[token.left_edge.i - 1].idx
            kept = [(start, min(end, cut)) for start, end in content if start < cut]
            return _cut(doc, kept, cut) if kept else content
    return content
