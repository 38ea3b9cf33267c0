"""A source never holds another attribution's cue (PolNeAR gives a word one role): "Barkley, who said he typically
votes Democratic, …" is two attributions, and the first one's source is "Barkley". Where the parser hung a relative
clause or a participle with a cue of its own inside a source, the source ends before it. On PolNeAR train a
source holding a relative clause with a verb of saying matched the gold source 3 times in 37; one holding a
relative clause with no such verb matched 185 times in 334 and stays as it is. Nor does a source hold the occasion
of the saying: "Marco Rubio, speaking at a rally in Miami, said" (0 of 11 such sources were gold on train). A
clause asking for anonymity stays ("a campaign aide who asked not to be named")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from saywho.analyse.attributions.drafts import Draft, _rstrip
from saywho.analyse.sentences import text_of

CLAUSES = {"relcl", "acl", "advcl"}
OCCASIONS = {"speak", "talk", "write", "appear", "respond", "answer", "address"}
TRIM = ",;—–-("  # left off the end of the source, with any space
# A clause asking for anonymity stays: it tells on whose authority the words stand, and the source profile reads it.
ANONYMITY = {"named", "identified", "anonymity", "anonymously", "record", "publicly"}


def without_inner_cues(doc: Doc, kept: list[tuple[Draft, list[tuple[int, int]]]]) -> None:
    """Each draft's source cut before a clause that holds another draft's cue, or tells where the saying was."""
    heads = [draft.head for draft, _ in kept if draft.head is not None]
    for draft, _ in kept:
        if draft.source is None or draft.source_head is None:
            continue
        start, end = draft.source
        inner = next((h for h in heads if h is not draft.head and start <= h.idx < end), None)
        clause = _clause_of(inner, draft.source_head, start, end) if inner is not None else None
        clause = clause or _occasion(doc, draft.source_head, start, end)
        if clause is None or any(t.lower_ in ANONYMITY for t in clause.subtree):
            continue
        cut = _rstrip(text_of(doc), start, clause.left_edge.idx, TRIM)
        if cut > start:
            draft.source = (start, cut)


def _clause_of(cue: Token, source_head: Token, start: int, end: int) -> Token | None:
    """The clause hanging on a word of the source (`start`, `end`) that holds `cue`, after the source's head."""
    node = cue
    while node.head != node and start <= node.head.idx < end:
        if node.dep_ in CLAUSES and node.left_edge.i > source_head.i:
            return node
        node = node.head
    return None


def _occasion(doc: Doc, source_head: Token, start: int, end: int) -> Token | None:
    """ "…, speaking at a rally": a participle of speaking set off by a comma after the source's head."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return next((t for t in span or [] if t.tag_ == "VBG" and t.lemma_.lower() in OCCASIONS
                 and t.dep_ in CLAUSES and t.i > source_head.i and doc[t.left_edge.i - 1].text == ","), None)
