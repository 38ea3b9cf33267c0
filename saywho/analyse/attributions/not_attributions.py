"""Predictions that are not attributions at all. Of the families the precision audits named
(headlines, hypotheticals and open questions, acts, the writer's own opinion), only those mostly
wrong on PolNeAR train are cut (docs/benchmarks.md, "Precision, sixth round"): an open question
and an evidential "it shows"; a belief or wish told inside another's words ("Precision, seventh round"); the
writer's own "let's" and hypothetical "say" ("Precision, eleventh round"); acts read as speech (acts.py, "Precision,
twelfth round"; its third round, "sixteenth round"), things taken for speakers (things.py, "Precision, thirteenth
round") and the writer's own asides (asides.py, "Precision, sixteenth round"). The others are annotated
by PolNeAR too often to cut ("refused to release the records", "would like to", headlines in title case)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from saywho.analyse import cues
from saywho.analyse.attributions import acts, asides, things
from saywho.analyse.attributions.drafts import Draft

# How far up the parse an open question may govern the cue: "whether" marks the cue itself in "unclear
# whether they would rule that …", the verb one step up in "whether X were to say …" (say <- were).
GOVERNOR_STEPS = 3
GOVERNOR_RELATIONS = {"xcomp", "ccomp", "conj", "advcl", "aux"}
EVIDENTIAL_LEMMAS = {"show", "suggest", "indicate", "prove", "mean", "demonstrate", "confirm"}
# "It shows how far …", "which shows that …": a thing said to show, where the showing is the writer's reading.
DEMONSTRATIVE_SUBJECTS = {"it", "this", "that"}
# What someone thinks, knows or wants. The tagger gives "hopes" the lemma "hop".
MENTAL_LEMMAS = {"believe", "think", "know", "hope", "hop", "expect", "want", "understand", "feel", "fear",
                 "consider", "worry", "guess", "suspect", "realize", "doubt", "wish", "assume", "suppose"}
# Nouns a clause of likeness hangs on: "the way other men talk about …", "in the manner a lawyer argues a case".
LIKENESS_NOUNS = {"way", "manner"}
GENERIC_DETERMINERS = {"a", "an", "any", "every", "some", "most", "many", "all"}
# What someone does instead of answering: "Asked …, she shook her head", "he paused", "Dale laughed".
GESTURE_LEMMAS = {"shake", "smile", "laugh", "pause", "shrug", "nod", "grin", "sigh", "wince", "hesitate", "frown",
                  "chuckle", "blink", "stare"}
# Relations through which a clause stays inside the complement that holds it.
INSIDE_RELATIONS = {"ccomp", "xcomp", "conj", "advcl"}


def without_cut(doc: Doc, kept: list[tuple[Draft, list[tuple[int, int]]]]) -> list[tuple[Draft, list[tuple[int, int]]]]:
    """The drafts (with their content) that are attributions: not cut, nor a quotation carried on from one cut."""
    gone: set[int] = set()
    result = []
    for draft, content in kept:  # in text order, so a draft carried over from is seen first
        if cut(doc, draft) or (draft.carries_over is not None and id(draft.carries_over) in gone):
            gone.add(id(draft))
        elif not _piece_put_out(draft):  # a quotation carried on from it stays: the piece's own words
            result.append((draft, content))
    return result


def _piece_put_out(draft: Draft) -> bool:
    """ "Trump issued a formal statement", "Baker wrote the letter": the piece, not what it says (acts.made_a_piece).
    Where the draft holds a quotation, the quoted words are what was said."""
    cue = draft.head
    return cue is not None and not (draft.quotes or draft.according_to or draft.labelled) and acts.made_a_piece(cue)


def cut(doc: Doc, draft: Draft) -> bool:
    """Whether a draft is not an attribution at all."""
    cue = draft.head
    if cue is None or draft.according_to or draft.labelled:
        return False
    return (in_open_question(cue) or evidential_it(cue) or thought_inside_words(cue) or acts.is_act(cue)
            or things.is_thing_said(cue) or asides.is_aside(cue) or writers_own(doc, draft) or a_likeness(cue)
            or answered_by_a_gesture(cue))


def in_open_question(cue: Token) -> bool:
    """ "it is unclear whether the judges would rule that …": what no one has said yet. On PolNeAR
    train 15 of 16 such attributions matched no gold one. "did not say whether …" stays: there the
    governor is itself a cue, and the attribution is its own."""
    node = cue
    for _ in range(GOVERNOR_STEPS):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children):
            return True
        if node.dep_ not in GOVERNOR_RELATIONS or node.head.i == node.i or cues.is_cue(node.head):
            return False
        node = node.head
    return False


def evidential_it(cue: Token) -> bool:
    """ "It shows how much the party has changed", "a video that showed Cruz discussing …": the writer's
    inference, or a picture, not a statement (27 of 30 wrong on PolNeAR train). "A new poll showed …"
    stays: a named poll or study is a source PolNeAR counts."""
    if cue.lemma_.lower() not in EVIDENTIAL_LEMMAS:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in DEMONSTRATIVE_SUBJECTS


def a_likeness(cue: Token) -> bool:
    """ "he talks about the looms the way other men talk about their grandchildren": a simile of the writer's, in
    which no one is reported to have talked. Only "the way" as an adverb, and people at large talking in it: "said
    the way the campaign disparaged women …", "found a way to acknowledge …" and "out of his way to say" are reports."""
    if cue.dep_ != "relcl" or cue.head.lemma_.lower() not in LIKENESS_NOUNS or cue.head.dep_ not in {"npadvmod", "advmod"}:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)  # not "the way analysts said it would"
    return subject is not None and _people_at_large(subject) and cues.complement_of(cue) is None


def _people_at_large(subject: Token) -> bool:
    """ "other men", "most parents", "a father": no one in particular."""
    determiners = {c.lower_ for c in subject.children if c.dep_ == "det"}
    if not determiners <= GENERIC_DETERMINERS:
        return False
    return subject.tag_ == "NNS" or (subject.tag_ == "NN" and bool(determiners & {"a", "an", "any", "every"}))


def answered_by_a_gesture(cue: Token) -> bool:
    """ "Asked whether a longer transition would be enough, she shook her head": the reporter's own question, answered
    with no words. "Asked …, she said" stays, as PolNeAR marks it, and so does "…, she shook her head and said, 'No.'"
    or "…, he laughed, adding that …"."""
    answer = cue.head
    if cue.lemma_.lower() != "ask" or cue.tag_ != "VBN" or cue.dep_ != "advcl" or any(t.lower_ == "by" for t in cue.subtree):
        return False  # "Asked at the hearing by Senator Baker whether …, the minister shook his head": Baker's question
    if answer.lemma_.lower() not in GESTURE_LEMMAS or any(c.dep_ == "prt" or c.lower_ == "off" for c in answer.children):
        return False  # not "laughed off the suggestion"
    rest = answer.doc[answer.i + 1:answer.sent.end]  # "…, she laughed, joking that …": words after all
    return not any(t.pos_ in {"VERB", "AUX"} for t in rest) and not _words_after(cue)


def _words_after(cue: Token) -> bool:
    """Whether words said follow the question in its sentence or the next: "…, she smiled, telling reporters …",
    "…, Greer laughed: "Not a chance."", "…, he paused. He said finally that …", "…, she shook her head. ¶ “It would
    not,” she said."."""
    sentence = cue.sent
    following = cue.doc[sentence.end].sent if sentence.end < len(cue.doc) else sentence
    return any(token.is_quote or (cues.is_listed(token) and not (token.lemma_.lower() == "ask" and token.tag_ == "VBN"))
               for token in cue.doc[cue.right_edge.i + 1:following.end])  # not the next question, "Asked …"


def thought_inside_words(cue: Token) -> bool:
    """ "Hale said he believes the plan will work": the belief is part of what Hale said, and PolNeAR
    annotates only the saying (on train 142 of 147 such beliefs, wishes and expectations matched no
    gold attribution). Only a clause complement counts: "Hale said X and believes Y" stays."""
    if cue.lemma_.lower() not in MENTAL_LEMMAS or cue.dep_ != "ccomp":
        return False
    node = cue
    for _ in range(GOVERNOR_STEPS):
        if node.dep_ not in INSIDE_RELATIONS or node.head.i == node.i:
            return False
        node = node.head
        if cues.is_cue(node):
            return True
    return False


# The "us" of "let's" and "let us": the writer and reader, never a source.
LETS_SOURCES = {"'s", "’s", "us"}


def writers_own(doc: Doc, draft: Draft) -> bool:
    """The writer's exhortation or hypothetical (issue 13): "Let's say you think a degree will cost …", "let's focus
    on understanding how …", "Say Mexico demanded that …": no one said these."""
    head = draft.source_head
    if head is not None and head.lower_ in LETS_SOURCES and head.i > 0 and doc[head.i - 1].lower_ == "let":
        return True
    return _hypothetical_say(draft)


def _hypothetical_say(draft: Draft) -> bool:
    """ "Say Mexico demanded that …", "Say, for example, the governor announced …": an imperative "say" opening the
    sentence sets up a hypothetical, and it is the writer's own when it is the cue. "Say what you will about
    Hale, he said …" stays: that "say" has its own object, and the cue after it is a report."""
    cue = draft.head
    if cue is None:
        return False
    say = next((t for t in cue.sent if not t.is_punct and not t.is_space), None)
    if say is None or say.lower_ != "say" or any(c.dep_ == "nsubj" for c in say.children):
        return False
    if say.i == cue.i:
        return True
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i != cue.i for c in say.children):
        return False
    under = {cue.i} | ({draft.source_head.i} if draft.source_head is not None else set())
    return say.head.i in under or say.is_ancestor(cue)
