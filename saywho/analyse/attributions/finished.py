"""Turning drafts into finished Attributions: negation, source and content spans, the cue
segment and the attribution kind (direct, indirect, partial, reported, according to)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from saywho.analyse import cue_extent
from saywho.analyse.attributions.content_edges import (
    across_bridges,
    with_by_name,
    with_closing_marks,
    without_according_tail,
    without_addressee,
    without_dangling_conjunction,
    without_lifted_participle,
    without_next_subject,
    without_second_act,
    without_writers_summary,
)
from saywho.analyse.attributions.content_openings import (
    with_opening_before_aside,
    with_relative_pronoun,
    without_day_of_the_saying,
    without_linking_opener,
)
from saywho.analyse.attributions.drafts import (
    REPORTING_LEMMAS,
    WALK_LIMIT,
    Draft,
    _char_span,
    _closed,
    _merge,
    _rstrip,
    _split_at_sentences,
    with_closing_mark,
    without_markup,
    without_tags,
)
from saywho.analyse.attributions.orphan_quotes import _paragraph
from saywho.analyse.attributions.setting_phrases import without_setting
from saywho.analyse.attributions.stranded_predicates import with_stranded_predicate
from saywho.analyse.doc_data import SourceLink
from saywho.analyse.quotes import Quote
from saywho.analyse.sentences import text_of
from saywho.analyse.token_arrays import starting_within, token_starts
from saywho.document import (
    ACCORDING_TO,
    DIRECT,
    INDIRECT,
    PARTIAL,
    REPORTED,
    Attribution,
    Kind,
    Segment,
)


def _finish(doc: Doc, drafts: list[tuple[Draft, list[tuple[int, int]]]]) -> tuple[list[Attribution], list[SourceLink]]:
    """Attributions from the drafts that stand, each with its content spans, and where each one's source is."""
    results, links = [], []
    index_of = {id(d): i for i, (d, _) in enumerate(drafts)}
    starts = token_starts(doc)
    for number, (draft, content) in enumerate(drafts, start=1):
        attribution = Attribution(
            id=f"a{number}",
            kind=_kind(doc, draft, content),
            cue=_cue_segment(doc, draft, content, starts),
            content=Segment.of(text_of(doc), content),
            source=None if (source := _source_span(text_of(doc), draft)) is None else Segment.of(text_of(doc), [source]),
            speaker=None,
            paragraph=_paragraph(doc, content[0][0]),
            quoted=[(q.start, _rstrip(text_of(doc), q.start, q.end)) for q in draft.quotes],
            negated=shown_as_not_said(draft.head) if draft.head is not None else _carried_negation(draft),
        )
        results.append(attribution)
        if draft.carries_over is not None:
            # a frame that did not stand leaves its quotation someone's words, speaker unknown (as keep_model does)
            links.append(SourceLink(carried_from=index_of.get(id(draft.carries_over))))
        else:
            links.append(SourceLink(head=draft.source_head.i if draft.source_head is not None else None))
    return results, links


# Verbs that report words as withheld: "declined to say", "refused to comment", "failed to mention".
WITHHOLDING_LEMMAS = {"decline", "refuse", "fail", "avoid"}
NOBODY = {"nobody", "no one", "noone", "none", "neither"}


def is_negated(cue: Token) -> bool:
    """The article says the words were not said: "did not say whether", "never said", "declined to
    threaten", "refused to say", "without saying", "nobody said"."""
    if cue.pos_ not in {"VERB", "AUX"}:
        return False
    if _negates(cue) or cue.lemma_.lower() in WITHHOLDING_LEMMAS:
        return True
    governor = cue.head
    if cue.dep_ == "xcomp" and governor.i != cue.i and (_negates(governor) or governor.lemma_.lower() in WITHHOLDING_LEMMAS):
        return True  # "did not want to say", "declined to say"
    return cue.dep_ == "pcomp" and governor.lower_ == "without"


def _negates(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(c.dep_ == "neg" for c in verb.children) or any(
        " ".join(t.lower_ for t in s.subtree) in NOBODY for s in subjects)


def _carried_negation(draft: Draft) -> bool:
    carried = draft.carries_over
    return carried is not None and carried.head is not None and shown_as_not_said(carried.head)


# What a cue's object or subject may be when nothing was said: "proposed nothing that …", "none of them said".
# Matched a token at a time, so NOBODY's one-word entries, and "nothing".
NOTHING = {word for word in NOBODY if " " not in word} | {"nothing"}


def shown_as_not_said(cue: Token) -> bool:
    """The `negated` flag: is_negated (which the keep model reads as it was trained), and the negations it
    misses (issue 13; docs/benchmarks.md, "Precision, eleventh round"): "has yet to explain why", "proposed nothing
    that would …", "no senator has said"."""
    if is_negated(cue):
        return not _the_quotations_own_not(cue)
    if cue.pos_ not in {"VERB", "AUX"}:
        return False
    return _yet_to(cue) or any(_nothing_said(cue, c) for c in cue.children) or any(
        _no_one(c) for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"})


def _the_quotations_own_not(cue: Token) -> bool:
    """ '"Are we there? Probably not," Ms. Moore said': the parser hangs the quotation's last "not" on the cue after
    it. Left as it is in is_negated, which the keep model reads as it was trained."""
    negations = [c for c in cue.children if c.dep_ == "neg"]
    quoted = all(n.i < cue.i and any(t.is_quote for t in cue.doc[n.i + 1:cue.i]) for n in negations)
    return bool(negations) and quoted and cue.dep_ != "xcomp" and cue.lemma_.lower() not in WITHHOLDING_LEMMAS


def _yet_to(cue: Token) -> bool:
    """ "has yet to explain", "is yet to say": the infinitive under a "yet" that says it has not happened."""
    governor = cue.head
    return cue.dep_ == "xcomp" and governor.i != cue.i and any(c.dep_ == "advmod" and c.lower_ == "yet"
                                                               for c in governor.children)


# What makes "nothing" something: "said almost nothing about", "sounded nothing like".
HEDGES = {"almost", "virtually", "nearly", "practically", "like"}


def _nothing_said(cue: Token, thing: Token) -> bool:
    """ "says nothing about", "has endorsed none of this": the object after the cue (a quotation's own "nothing"
    before it is what was said)."""
    return thing.dep_ == "dobj" and thing.i > cue.i and thing.lower_ in NOTHING and not any(
        c.lower_ in HEDGES for c in thing.children)


def _no_one(subject: Token) -> bool:
    """ "No Republican has explained", "none of the senators said"."""
    return subject.lower_ in NOTHING or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _source_span(text: str, draft: Draft) -> tuple[int, int] | None:
    """A quotation continued from the paragraph before has its speaker's source, as PolNeAR marks it."""
    seen = 0
    while draft.source is None and draft.carries_over is not None and seen < WALK_LIMIT:
        draft, seen = draft.carries_over, seen + 1
    return None if draft.source is None else with_closing_mark(text, without_markup(text, draft.source))


def _content_of(doc: Doc, draft: Draft) -> list[tuple[int, int]]:
    # As in PolNeAR, a quotation's content keeps its marks; `quoted` has the words inside them.
    text = text_of(doc)
    content = _merge([*(_closed(text, span) for span in draft.content), *(q.outer for q in draft.quotes)])
    content = without_addressee(doc, draft, with_stranded_predicate(doc, draft, content))
    content = _without_datelines(text, _around_own_frame(text, draft, content))
    content = without_lifted_participle(doc, draft, without_second_act(doc, draft, content))
    content = without_setting(doc, draft, without_next_subject(doc, draft, content))
    content = with_by_name(text, draft, with_closing_marks(text, content))
    content = with_relative_pronoun(doc, draft, with_opening_before_aside(doc, draft, content))
    content = _set_off_quotation(text, draft, _without_asides(doc, draft, content))
    content = without_linking_opener(text, across_bridges(text, _without_source(text, draft, content)))
    content = without_day_of_the_saying(doc, draft, without_according_tail(text, draft, content))
    content = without_writers_summary(doc, draft, content)
    return _split_at_sentences(doc, without_tags(text, without_dangling_conjunction(text, content)))


def _set_off_quotation(text: str, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ `… but the governor strongly denies — “why wouldn’t you …?” asked Whitlow`: a frame right after the close of a
    quotation set off by a dash or colon reports the quotation, not the writer's words before the mark."""
    if not draft.quotes or draft.head is None:
        return content
    opening, closing = draft.quotes[0].outer[0], draft.quotes[-1].outer[1]
    framed_after = draft.head.idx >= closing and not text[closing:draft.head.idx].strip()
    if not framed_after or not text[:opening].rstrip().endswith(("—", "–", "-", ":")):
        return content
    return [(max(start, opening), end) for start, end in content if end > opening]


def _without_source(text: str, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A content never holds its own source (PolNeAR gives a word one role): where the parser hung the speaker's
    name inside the quotation's clause (`“…,” Gene Sperling, a top adviser, said`), the name is cut out."""
    if draft.source is None:
        return content
    source_start, source_end = draft.source
    pieces = []
    for start, end in content:
        if end <= source_start or start >= source_end:
            pieces.append((start, end))
            continue
        for piece_start, piece_end in ((start, min(end, source_start)), (max(start, source_end), end)):
            piece_start, piece_end = _lstrip_gap(text, piece_start, piece_end), _rstrip_gap(text, piece_start, piece_end)
            if text[piece_start:piece_end].strip(" ,;:—–-"):
                pieces.append((piece_start, piece_end))
    return pieces


# Determiners that open the writer's aside after a reported clause: ", a claim not recognized internationally".
ASIDE_OPENERS = {"a", "an"}
ASIDE_HEADS = {"appos", "npadvmod"}


def _without_asides(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "regards Jerusalem as its capital, a claim not recognized internationally", "said revenue rose to $557
    million, an increase of almost $200 million": an indefinite noun phrase set off by a comma after what a cue
    reports is the writer's gloss on it (the guidelines: when in doubt, leave it out). Only after the cue and
    outside quotation marks; where the content comes before its cue the phrase is part of what was said."""
    if draft.head is None or not content or content[-1][0] < draft.head.idx:
        return content
    text = text_of(doc)
    start, end = content[-1]
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span or [] if not t.is_punct and not t.is_space]
    for token in words[1:]:
        aside = token.head
        if token.lower_ in ASIDE_OPENERS and token.dep_ == "det" and aside.dep_ in ASIDE_HEADS \
                and token.i > 0 and doc[token.i - 1].text == "," and aside.head.i < token.i \
                and aside.right_edge.i >= words[-1].i and not _has_quote_mark(text[token.idx : end]) \
                and not _listed(aside):
            cut = _rstrip_gap(text, start, doc[token.i - 1].idx)
            return content[:-1] + [(start, cut)] if cut > start else content
    return content


def _listed(aside: Token) -> bool:
    """ "spent it on vacations, a boat and his daughter's wedding": the parser's apposition is the next item of a list
    (a gloss on a name, "Harold Doley, a banker and former official", stays a gloss)."""
    return aside.head.pos_ != "PROPN" and any(c.dep_ == "conj" for c in aside.children)


def _has_quote_mark(fragment: str) -> bool:
    return any(mark in fragment for mark in ("“", "”", '"', "''"))


# A dateline opening a paragraph: "WASHINGTON —", "LOS ANGELES, Feb. 2 (UPI) —", "ST. LOUIS --", "SAN FRANCISCO
# (Reuters) - ", before a sentence's capital (not "NATO — the alliance — will").
DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{2,}(?:,[^—–―\n]{0,40})?(?:[ \t]*\([A-Z][\w .&-]{0,30}\))?"
                      r"[ \t]*(?:—|–|―|--|(?<=[ )])-(?= ))[ \t]*(?=[A-Z“\"‘'])")


DATELINE_REACH = 60  # how far into its line a dateline ends at most
# A live blog's time stamp opening an entry: "9:30 a.m. — A man in Tampa was killed …, police said."
TIMESTAMP = re.compile(r"\d{1,2}(?::\d{2})?[ \t]*(?:a\.m\.|p\.m\.|[AaPp][Mm])(?:[ \t]+[A-Z]{2,4})?[ \t]*(?:—|–|―|--|-)[ \t]*")


def _without_datelines(text: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The place and date an article was filed from are the writer's, never what was said: on PolNeAR
    train no gold content holds one, and 6 start right after one."""
    pieces = []
    for start, end in content:
        line = text.rfind("\n", 0, start) + 1  # "NUKU'ALOFA, Tonga — …": a content may start inside one
        dateline = DATELINE.match(text, line, end) or TIMESTAMP.match(text, line, end) \
            if start - line <= DATELINE_REACH else None
        start = max(start, dateline.end()) if dateline is not None and dateline.end() > start else start
        pieces += [(start, end)] if end > start else []
    return pieces or content


# What may stand between a content's piece and the source or cue it leaves out: "which, he said, was".
FRAME_GAP = " \t\n,;:—–"


def _around_own_frame(text: str, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A relative clause that reports ("which he said was …", "what it called “…”") holds its own
    source and cue; PolNeAR draws its content in two pieces around them ("which" + "was …"), so
    no content overlaps the words that frame it."""
    if draft.source is None or draft.head is None or draft.according_to:
        return content
    verb = draft.head
    frame = (min(draft.source[0], verb.idx), max(draft.source[1], verb.idx + len(verb.text)))
    pieces = []
    for start, end in content:
        if start < frame[0] and frame[1] < end:
            before, after = _rstrip_gap(text, start, frame[0]), _lstrip_gap(text, frame[1], end)
            pieces += [(start, before)] if before > start else []
            pieces += [(after, end)] if end > after else []
        else:
            pieces.append((start, end))
    return pieces


def _rstrip_gap(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in FRAME_GAP:
        end -= 1
    return end


def _lstrip_gap(text: str, start: int, end: int) -> int:
    while start < end and text[start] in FRAME_GAP:
        start += 1
    return start


def _cue_segment(doc: Doc, draft: Draft, content: list[tuple[int, int]], starts: list[int]) -> Segment | None:
    """`starts`: each token's character offset (token_starts)."""
    if not draft.cue:
        return _cue_segment(doc, draft.carries_over, content, starts) if draft.carries_over is not None else None
    if draft.according_to or draft.cue_drawn:
        return Segment.of(text_of(doc), _token_spans(draft.cue))
    sentence = draft.cue[0].sent
    inside = starting_within(starts, content, sentence.start, sentence.end)  # the sentence's tokens in the content
    return Segment.of(text_of(doc), _token_spans(cue_extent.cue_tokens(draft.cue[0], inside)))


def _token_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Character spans of tokens, one span for each run of neighbouring tokens."""
    runs: list[list[Token]] = []
    for token in sorted(tokens, key=lambda t: t.i):
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return [_char_span(run) for run in runs]


def _kind(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> Kind:
    if draft.according_to:
        return ACCORDING_TO
    if draft.labelled:
        return DIRECT  # a transcript line is the speaker's own words
    if not draft.quotes:
        head = draft.head
        return REPORTED if head is not None and head.lemma_.lower() in REPORTING_LEMMAS else INDIRECT
    quoted = sum(q.end - q.start for q in draft.quotes)
    total = sum(e - s for s, e in content)
    if quoted < total / 3:
        return INDIRECT
    return DIRECT if any(_opens_a_sentence(doc, q) for q in draft.quotes) and _all_quoted(draft, content) else PARTIAL


def _all_quoted(draft: Draft, content: list[tuple[int, int]]) -> bool:
    """Every piece of the content lies within a quotation's marks: the writer added no words of their own."""
    if not draft.content:
        return True
    return all(any(q.outer[0] <= start and end <= q.outer[1] for q in draft.quotes) for start, end in content)


def _opens_a_sentence(doc: Doc, quote: Quote) -> bool:
    """A quote that starts its paragraph or follows a frame's comma or colon is direct speech."""
    before = text_of(doc)[: quote.open_mark].rstrip(" \t\u202a\u202b\u200e\u200f\ufeff")  # and invisible marks
    return not before or before[-1] in "\n:,.?!"
