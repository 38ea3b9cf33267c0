"""Quotations with no cue of their own: they borrow the frame of their sentence, their
paragraph or a colon before them, or carry over the previous speaker."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from saywho.analyse import cues
from saywho.analyse.attributions.clause_shapes import is_another_ones_act
from saywho.analyse.attributions.drafts import Draft, _char_span, _first_offset
from saywho.analyse.attributions.speaker_labels import dash_labelled
from saywho.analyse.quotes import Quote
from saywho.analyse.sentences import sentence_index, text_of
from saywho.document import paragraph_index


def _place_orphans(doc: Doc, drafts: list[Draft], orphans: list[Quote]) -> list[Draft]:
    for quote in orphans:
        labelled = dash_labelled(doc, quote)
        if labelled is not None:
            drafts.append(labelled)
        target = labelled or _frame_in_sentence(doc, drafts, quote)
        if target is None:
            target = _frame_in_paragraph(doc, drafts, quote) or _frame_before_colon(doc, drafts, quote)
            if target is not None and _loose_fragment(doc, target, quote):
                continue  # "the “47 percent”", "“60 Minutes.”": a phrase quoted in passing, not another sentence's words
        if target is not None:
            target.quotes.append(quote)
        elif _stands_alone(doc, quote):
            previous = _last_before(drafts, quote.open_mark)
            if previous is not None and _is_direct_speech(doc, previous) and (
                    quote.continues_previous or _closes_the_paragraph_before(doc, previous, quote)):
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
    if len(text[quote.start : quote.end].split()) > FRAGMENT_WORDS or opens_a_sentence(text, quote):
        return False
    return not any(_beside(text, quote, span) for span in target.content) and not any(
        _beside(text, quote, other.outer) for other in target.quotes)


def opens_a_sentence(text: str, quote: Quote) -> bool:
    """A quotation with nothing before it in its sentence but a frame's colon: a sentence of its own."""
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
            return None if _in_a_clause_of_its_own(doc, draft.head, quote) else draft
    return None


def _in_a_clause_of_its_own(doc: Doc, cue: Token, quote: Quote) -> bool:
    """ "Drury posted messages mocking the campaign, and Meridale filed a presentation describing the plan as
    “short-term financial engineering”": a quotation in a clause joined to the cue's, with a subject of its own, is
    that subject's words, not the cue's speaker's."""
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if inside is None or len(inside) == 0:
        return False
    token = inside.root
    while token.head.i != token.i and token.i != cue.i:
        if is_another_ones_act(token) and token.head.i == cue.i:
            return True
        token = token.head
    return False


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
    """ `Trump posted this status update:` ¶ `“…”`: a paragraph ending in a colon frames the next; so does a clause
    ending in a colon right before a quoted sentence in its paragraph (`The letter was blunt: “The pool will not
    reopen.”`), where the clause's verb has a subject of its own."""
    colon = _colon_before(doc, quote)
    if colon is None:
        return None
    sentence = colon.sent
    which = sentence_index(doc, sentence.start_char)
    framing = [d for d in drafts if d.head is not None and sentence_index(doc, d.head.idx) == which]
    if framing:
        return framing[-1]
    owner = _owner_of_a_saying(colon)
    if owner is not None:  # "Orbis's response:": the noun is the cue, its owner the source (as noun_cues.py's)
        # a pronoun owner is read through its noun, as "His remarks indicated" is (speakers.owning_pronoun)
        head = owner.head if owner.pos_ == "PRON" else owner
        draft = Draft(cue=[owner.head], source=_char_span(list(owner.subtree)), source_head=head)
        drafts.append(draft)
        return draft
    verb = sentence.root if _stands_alone(doc, quote) else _lead_verb(colon)
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    named = None if _stands_alone(doc, quote) or cues.reports_quotes(verb) else _person_before(colon, verb)
    if named is not None:
        # "The timing doesn’t surprise Republican pollster Daron Shaw: “…”": the verb reports nothing; the person
        # the colon follows speaks (PolNeAR's cue is the colon).
        draft = Draft(cue=[colon], source=(named.start_char, named.end_char), source_head=named.root)
    elif verb.dep_ == "acl" and verb.head.i < verb.i:  # "Mitt Romney, the nominee, tweeted in response:"
        words = [t for t in verb.head.subtree if t.i < verb.i]
        draft = Draft(cue=[verb], source=(words[0].idx, words[-1].idx + len(words[-1])), source_head=verb.head)
    else:
        draft = Draft(cue=[verb])
    drafts.append(draft)
    return draft


# Nouns for what someone said, which with their owner and a colon frame a quotation: "Orbis's response: “…”".
SAYINGS = {"response", "answer", "reply", "retort", "reaction", "statement", "message", "verdict", "advice",
           "explanation", "comment", "take", "warning", "assessment", "prediction", "promise", "plea"}


def _owner_of_a_saying(colon: Token) -> Token | None:
    """The owner ("Orbis's", "His") of the noun of a saying that, with it, is all the words before the colon."""
    noun = colon.doc[colon.i - 1] if colon.i > 0 else None
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in SAYINGS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    opens = colon.sent.start == noun.left_edge.i or "\n" in colon.doc[noun.left_edge.i - 1].text
    return owner if owner is not None and owner.left_edge.i == noun.left_edge.i and opens else None


def _colon_before(doc: Doc, quote: Quote) -> Token | None:
    """The colon that introduces the quotation: the last mark of the paragraph before, or of the words before it in
    its own paragraph when it opens a quoted sentence (a capital, or more words than a quoted phrase)."""
    text = text_of(doc)
    if _stands_alone(doc, quote):
        if quote.paragraph == 0:
            return None
        end = doc._.paragraphs[quote.paragraph - 1][1]
    else:
        end = len(text[: quote.open_mark].rstrip(" \t"))
        words = text[quote.start : quote.end].split()
        if not words or not (words[0][0].isupper() or len(words) > FRAGMENT_WORDS):
            return None
    if end == 0 or text[end - 1] != ":":
        return None
    colon = doc.char_span(end - 1, end, alignment_mode="expand")
    return colon[0] if colon is not None else None


# Subjects that name no one who could have said the words: "It's: “…”", "There were: “…”".
EMPTY_SUBJECTS = {"it", "this", "that", "there", "these", "those"}
QUOTE_MARKS = set("\"“”‘’«»") | {"''", "``"}


def _lead_verb(colon: Token) -> Token | None:
    """The verb nearest the colon, among the words between its sentence's start and the colon, whose subject stands
    there too (`The scheduling was so odd that a spokesman could only quip:` gives "quip"). None where those words
    quote something themselves (a headline's title) or the subject is "it" or "there"."""
    lead = colon.doc[colon.sent.start : colon.i]
    if any(t.text in QUOTE_MARKS or t.text.startswith("'") and t.is_punct for t in lead):
        return None
    inside = range(lead.start, lead.end)
    for verb in reversed(lead):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i in inside), None)
        if verb.pos_ in {"VERB", "AUX"} and subject is not None:
            return verb if subject.lower_ not in EMPTY_SUBJECTS else None
        if _said_by_the_name_before(verb, inside):
            return verb
    return None


def _said_by_the_name_before(verb: Token, inside: range) -> bool:
    """ "Mitt Romney, the 2012 Republican nominee, tweeted in response:": the parser read the verb as a participle
    on the name before it, which is who speaks."""
    return cues.read_as_participle(verb) and verb.head.i in inside and verb.head.pos_ == "PROPN" \
        and verb.doc[verb.i - 1].text == "," and cues.reports_quotes(verb)


def _person_before(colon: Token, verb: Token) -> Span | None:
    """The verb's object, a person's name ending right at the colon, with the title or role words before it. Not
    a name after a preposition: "delivered a message to Trump:" names whom the words went to."""
    before = colon.doc[colon.i - 1] if colon.i > 0 else None
    if before is None or before.ent_type_ != "PERSON" or before.dep_ != "dobj" or before.head != verb:
        return None
    return colon.doc[before.left_edge.i: before.i + 1]


def _stands_alone(doc: Doc, quote: Quote) -> bool:
    start, end = doc._.paragraphs[quote.paragraph]
    return quote.open_mark == start


def _closes_the_paragraph_before(doc: Doc, draft: Draft, quote: Quote) -> bool:
    """`“…,” Collins told MSNBC.` ¶ `“So the best way we do it, we get to 1,237.”`: a quotation whose frame follows it
    and ends the paragraph before goes on in the next paragraph's quotation, one attribution (PolNeAR's annotators
    join the two 26 times in 42 on train). A frame before its quotation (`He said:` ¶ `“…”` ¶ `“…”`) or a paragraph
    that goes on after the frame leaves the next quotation a carry-over of its own."""
    last = draft.quotes[-1]
    if draft.head is None or last.paragraph != quote.paragraph - 1 or last.close_mark is None:
        return False
    paragraph_end = doc._.paragraphs[last.paragraph][1]
    return draft.head.idx > last.close_mark and sentence_index(doc, draft.head.idx) == sentence_index(
        doc, paragraph_end - 1)


def _last_before(drafts: list[Draft], offset: int) -> Draft | None:
    before = [d for d in drafts if d.start < offset]
    return before[-1] if before else None


def _is_direct_speech(doc: Doc, draft: Draft) -> bool:
    return bool(draft.quotes) and not draft.according_to


def _paragraph(doc: Doc, offset: int) -> int:
    return paragraph_index(doc._.paragraphs, offset)
