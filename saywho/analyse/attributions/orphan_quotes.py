"""Quotations with no cue of their own: they borrow the frame of their sentence, their
paragraph or a colon before them, or carry over the previous speaker."""

from __future__ import annotations

from spacy.tokens import Doc

from saywho.analyse.attributions.drafts import Draft, _first_offset
from saywho.analyse.quotes import Quote
from saywho.analyse.sentences import sentence_index, text_of
from saywho.document import paragraph_index


def _place_orphans(doc: Doc, drafts: list[Draft], orphans: list[Quote]) -> list[Draft]:
    for quote in orphans:
        target = _frame_in_sentence(doc, drafts, quote)
        if target is None:
            target = _frame_in_paragraph(doc, drafts, quote) or _frame_before_colon(doc, drafts, quote)
            if target is not None and _loose_fragment(doc, target, quote):
                continue  # "the “47 percent”", "“60 Minutes.”": a phrase quoted in passing, not another sentence's words
        if target is not None:
            target.quotes.append(quote)
        elif _stands_alone(doc, quote):
            previous = _last_before(drafts, quote.open_mark)
            if previous is not None and _is_direct_speech(doc, previous) and quote.continues_previous:
                previous.quotes.append(quote)  # one quotation over several paragraphs is one attribution
            elif previous is not None and _is_direct_speech(doc, previous):
                drafts.append(Draft(cue=[], quotes=[quote], carries_over=previous))
        drafts.sort(key=_first_offset)
    return drafts


# At most this many words make a quoted phrase rather than a quotation.
FRAGMENT_WORDS = 3


def _loose_fragment(doc: Doc, target: Draft, quote: Quote) -> bool:
    """A short quoted phrase with no cue of its own, inside the writer's sentence and not beside the frame's
    content: a scare quote, a label or a title ("the “expectations game”", "“SNL”"). Given to a frame in another
    sentence of the paragraph it becomes a stray piece of that frame's content, which PolNeAR's gold leaves out.
    A quoted sentence ("“Don’t believe it.”") is a quotation. In the frame's own sentence the phrase stays: there
    it is often the speaker's word ("went after “Crooked” Hillary Clinton's aide, appearing to call on …")."""
    text = text_of(doc)
    if len(text[quote.start : quote.end].split()) > FRAGMENT_WORDS or _opens_a_sentence(text, quote):
        return False
    return not any(_beside(text, quote, span) for span in target.content) and not any(
        _beside(text, quote, other.outer) for other in target.quotes)


def _opens_a_sentence(text: str, quote: Quote) -> bool:
    before = text[: quote.open_mark].rstrip(" \t")
    return not before or before[-1] in "\n:.?!"


def _beside(text: str, quote: Quote, span: tuple[int, int]) -> bool:
    """Nothing but spaces and commas between the quotation and a span: one stretch of words."""
    open_at, close_at = quote.outer
    gap = text[span[1] : open_at] if span[1] <= open_at else text[close_at : span[0]] if close_at <= span[0] else ""
    return not gap.strip(" \t,")


def _frame_in_sentence(doc: Doc, drafts: list[Draft], quote: Quote) -> Draft | None:
    sentence = sentence_index(doc, quote.open_mark)
    for draft in drafts:
        if draft.head is not None and sentence_index(doc, draft.head.idx) == sentence and not draft.according_to:
            return draft
    return None


def _frame_in_paragraph(doc: Doc, drafts: list[Draft], quote: Quote) -> Draft | None:
    """`“X,” he said. “Y.”`: a quote in the same paragraph as a framed one continues it."""
    same = [d for d in drafts if d.quotes and _paragraph(doc, d.quotes[0].open_mark) == quote.paragraph]
    before = [d for d in same if d.start < quote.start]
    if before:
        return before[-1]
    if quote.continues_previous:
        return None
    return same[0] if same else None


def _frame_before_colon(doc: Doc, drafts: list[Draft], quote: Quote) -> Draft | None:
    """ `Trump posted this status update:` ¶ `“…”`: a paragraph ending in a colon frames the next."""
    if not _stands_alone(doc, quote) or quote.paragraph == 0:
        return None
    start, end = doc._.paragraphs[quote.paragraph - 1]
    if text_of(doc)[end - 1] != ":":
        return None
    colon = doc.char_span(end - 1, end, alignment_mode="expand")
    if colon is None:
        return None
    sentence = colon.sent
    which = sentence_index(doc, sentence.start_char)
    framing = [d for d in drafts if d.head is not None and sentence_index(doc, d.head.idx) == which]
    if framing:
        return framing[-1]
    if sentence.root.pos_ not in {"VERB", "AUX"}:
        return None
    draft = Draft(cue=[sentence.root])
    drafts.append(draft)
    return draft


def _stands_alone(doc: Doc, quote: Quote) -> bool:
    start, end = doc._.paragraphs[quote.paragraph]
    return quote.open_mark == start


def _last_before(drafts: list[Draft], offset: int) -> Draft | None:
    before = [d for d in drafts if d.start < offset]
    return before[-1] if before else None


def _is_direct_speech(doc: Doc, draft: Draft) -> bool:
    return bool(draft.quotes) and not draft.according_to


def _paragraph(doc: Doc, offset: int) -> int:
    return paragraph_index(doc._.paragraphs, offset)
