"""A content's own predicate that the parser hung on the cue (issue 12): "said a conspiracy Marquez allegedly plotted
with one of the shooters [was enough to keep him in prison]", "calls for $1 trillion in new spending [to improve
infrastructure]".

The small parser reads a reported subject with a clause of its own ("a conspiracy Marquez plotted", "the men
detained") as the cue's object, and the verb that tells what is said of it as a second complement of the cue, with
no subject; it also hangs the purpose of a thing called for on the verb of calling, and the condition of what
was said ("should the opportunity present itself", "unless …") on the saying. The content then stops where
the parser's object stops. PolNeAR's annotators run it on through that verb (on PolNeAR train, 22 of saywho's contents
match the gold only with the verb's phrase, one only without it).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from saywho.analyse import cues
from saywho.analyse.attributions.content_edges import _quoted, _reported_after_cue
from saywho.analyse.attributions.drafts import Draft
from saywho.analyse.sentences import text_of

SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
MODALS = {"MD"}
CLAUSES_OF_NOUNS = {"relcl", "acl"}
RELATIVES = {"who", "whose", "which", "that"}
INVERTED = {"should", "had", "were"}
CLOSING = ("”", '"', "''", "’")


def with_stranded_predicate(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`content` run on through the cue's complement that starts right where it ends, when that complement is the
    content's own predicate (a finite verb with no subject) or the purpose of what it names ("to …")."""
    span = _reported_after_cue(doc, draft, content)
    if span is None or draft.head is None or text_of(doc)[: content[-1][1]].rstrip().endswith(CLOSING):
        return content
    following = _next_word(doc, span.end)
    stranded = None if following is None else _stranded(draft.head, following)
    if stranded is None or _quoted(draft, stranded):
        return content
    last = stranded.right_edge
    while last.i > stranded.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return [*content[:-1], (content[-1][0], last.idx + len(last.text))]


def _relative_subject(cue: Token) -> bool:
    """ "The hacker whose cyber-mischief first revealed that …" parsed with the relative clause's verb as the root."""
    return any(c.dep_ in SUBJECTS and c.left_edge.lower_ in RELATIVES for c in cue.children)


def _condition(verb: Token) -> bool:
    """An inverted condition ("should Mrs. Clinton win", "had they taken more time") or one led by "unless": the
    condition of the reported clause before it, never of the saying."""
    first = verb.left_edge
    inverted = first.dep_ in {"aux", "auxpass"} and first.lower_ in INVERTED and first.head.i == verb.i
    unless = first.dep_ == "mark" and first.lower_ == "unless" and any(c.dep_ in SUBJECTS for c in verb.children)
    return inverted or unless


def _says_more(verb: Token) -> bool:
    return cues.is_listed(verb) and any(c.dep_ == "ccomp" for c in verb.children)


def _next_word(doc: Doc, i: int) -> Token | None:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _stranded(cue: Token, following: Token) -> Token | None:
    """The cue's verb complement whose phrase begins with `following`, if it is the content's stranded predicate."""
    if cue.dep_ in CLAUSES_OF_NOUNS or _relative_subject(cue):
        return None  # "The hacker who first revealed that … pleaded guilty": the sentence's own verb
    verb = next((c for c in cue.children if c.left_edge.i == following.i and c.i > cue.i), None)
    if verb is None or verb.sent.start != cue.sent.start or verb.dep_ not in {"ccomp", "advcl"}:
        return None
    if _condition(verb):
        return verb  # "said he would be honored to serve should the opportunity present itself"
    if verb.pos_ not in {"VERB", "AUX"} or _says_more(verb):
        return None  # "… and one in four said the party was hostile": the next attribution
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and [h.lower_ for h in helpers] == ["to"]:
        return verb  # "calls for $1 trillion in new spending to improve infrastructure"
    finite = verb.tag_ in FINITE_TAGS or any(h.tag_ in MODALS for h in helpers)
    return verb if finite else None
