"""An inverted aside: "The contrast with Trump, said Doyle and others, would be clear …", "And Trump, said Sunshine,
who remains friendly with her former boss, doesn't forgive or forget." (s42).

The parser reads the words before the aside as the cue's subject and the speaker after it as the subject of the clause
it interrupts, so the fronted words became the source and the speaker part of what was said. The shape: the cue right
after a comma, its subject just before that comma; its clause complement after it, whose subject opens right after
the cue and is closed by a comma; more of that clause after the comma. The speaker is who says, and what was said is
in two pieces around the aside, as PolNeAR draws a split content.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span, _trim_punct
from saywho.analyse.attributions.reported_speech import _draft_for

SAYING_LEMMAS = {"say", "add", "argue", "note", "explain", "write", "insist", "claim", "contend", "suggest", "warn",
                 "predict", "believe", "acknowledge", "tell"}

# Writings that say things themselves, so never the fronted words of an aside.
WRITINGS = {"lawsuit", "suit", "complaint", "indictment", "filing", "petition", "motion", "ruling", "order", "report",
            "study", "survey", "poll", "statement", "letter", "memo", "document", "email", "audit", "review", "analysis"}


def add_inverted_aside(drafts: dict[int, Draft], cue: Token, quote_map: QuoteMap) -> None:
    shape = _inverted_aside(cue)
    if shape is None or quote_map.inside(cue):
        return
    fronted, speaker, rest = shape
    pieces = [_char_span(fronted), _char_span(rest)]
    draft = _draft_for(drafts, cue)
    if any(not any(start <= q.open_mark and q.outer[1] <= end for start, end in pieces) for q in draft.quotes):
        return  # a quotation of its own the cue frames: the speech is there
    draft.content, draft.quotes = pieces, []  # words quoted in passing inside the pieces ("Any ''cleareyed'' …")
    words = _trim_punct(list(cue.doc[cue.i + 1: speaker.right_edge.i]))
    if any(t.text == "," for t in words):  # PolNeAR's source keeps the comma closing an apposition
        words = list(cue.doc[cue.i + 1: speaker.right_edge.i + 1])
    draft.source, draft.source_head = _char_span(words), speaker


def _inverted_aside(cue: Token) -> tuple[list[Token], Token, list[Token]] | None:
    """The fronted words, the speaker's head and the clause's words after the aside; None for any other shape."""
    doc = cue.doc
    if cue.lemma_.lower() not in SAYING_LEMMAS or cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    # the comma before the cue may hang on the fronted words' head, not on an aside inside them ("aides to …, who had a
    # long career in Congress, said": a subject of its own)
    fronted = next((c for c in cue.children if c.dep_ == "nsubj" and (
        c.right_edge.i == cue.i - 2 or (c.right_edge.i == cue.i - 1 and doc[cue.i - 1].head.i == c.i))), None)
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if fronted is None or clause is None or fronted.lemma_.lower() in WRITINGS:
        return None  # "The lawsuit, filed Wednesday …, says the manager, Chris Kappy, forged …": the lawsuit says
    speaker = next((c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == cue.i + 1), None)
    if speaker is None or doc[speaker.right_edge.i].text != "," or speaker.pos_ not in {"PROPN", "NOUN"}:
        return None
    if _introduced(fronted) and speaker.pos_ != "PROPN" and not _a_source_after(speaker, clause):
        return None  # "Dr Samuel Okafor, chief of paediatrics, said the girl, admitted on Saturday, had been …": he says
    rest = _trim_punct([t for t in clause.subtree if t.i > speaker.right_edge.i and not t.is_space])
    if not any(t.pos_ in {"VERB", "AUX"} for t in rest):
        return None
    return _trim_punct(list(fronted.subtree)), speaker, rest


def _introduced(fronted: Token) -> bool:
    """A name given with an apposition ("Dr Samuel Okafor, chief of paediatrics"): a source as reporters introduce
    one, so the subject of the cue rather than words fronted before an aside (unless `_a_source_after`)."""
    return fronted.pos_ == "PROPN" and any(c.dep_ == "appos" for c in fronted.children)


# People news quotes about others: "said one aide, who asked not to be named, was furious" (the aide says).
SOURCE_NOUNS = {"aide", "ally", "official", "source", "diplomat", "representative", "adviser", "advisor", "spokesman",
                "spokeswoman", "spokesperson", "insider", "confidant", "associate", "staffer", "colleague", "friend"}
# A relative clause that describes how a source spoke ("who spoke on condition of anonymity", "who asked not to be
# named", "who was not authorized to speak", "who briefed reporters"); "who have not been named" is no such clause.
UNNAMED_ON_REQUEST = {"anonymity", "anonymously", "authorize", "authorise", "authorized", "authorised", "brief",
                      "briefed"}
ASKING = {"ask", "decline", "request", "insist", "want", "wish", "agree", "refuse"}
NAMING = {"name", "named", "identify", "identified"}


def _a_source_after(speaker: Token, clause: Token) -> bool:
    """The noun after the cue is the one who says: a source's noun, a source described as one, or a plural the
    clause's verb does not agree with ("said diplomats, who …, never forgets an insult": the name before forgets)."""
    words = {w for c in speaker.children if c.dep_ == "relcl" for t in c.subtree for w in (t.lemma_.lower(), t.lower_)}
    described = bool(words & UNNAMED_ON_REQUEST) or bool(words & ASKING and words & NAMING)
    verbs = [clause, *(c for c in clause.children if c.dep_ in {"aux", "auxpass"})]
    disagrees = speaker.tag_ in {"NNS", "NNPS"} and any(v.tag_ == "VBZ" or v.lower_ == "was" for v in verbs)
    return speaker.lemma_.lower() in SOURCE_NOUNS or described or disagrees
