"""An "it" or "they" the ranker doubts, named where an organisation has just been quoted.

"… according to the SITE Intelligence Group, which monitors extremist statements. It said supporters …":
the ranker, trained mostly on people, seldom names an organisation for "it". Read narrowly: the latest
speaker before the pronoun is a named organisation, quoted in the pronoun's sentence or the one before,
and no person or other organisation is named between (an "it" or a "they" after "PolitiFact rated … Smith
said" is no longer PolitiFact's). Broader readings of "it"/"they" for organisations (every organisation in
view) named the wrong one on dev too often (s16-names census). A person named between is no rival, since
"it" and "they" are not one person; for "they", a plural subject between is ("Republicans want").

Train (s16-names3, against main 405bc14 with the taken-up nouns): train-pronouns 825 → 826 right of 869
found (SITE Intelligence Group's "It said"), wrong names unchanged (16); train.jsonl unchanged (1,680, 25
wrong). Left unnamed by design: the Journal's "they conclude" ("Republicans" and "the Obama administration"
come between). An "it" right after an unnamed "the company wrote" is that unnamed company (s50).
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.speaker_candidates import Candidate
from saywho.analyse.speaker_officials import last_to_speak
from saywho.document import Speaker

ORGANISATION_PRONOUNS = frozenset({"it", "they"})
PLURAL = frozenset({"NNS", "NNPS"})


def organisation_going_on(head: Token, candidates: list[Candidate], resolver) -> Candidate | None:
    """The latest candidate of the organisation quoted just before the subject pronoun `head`; else None.
    `resolver`: the speakers step's (speakers.Resolver)."""
    if head.lower_ not in ORGANISATION_PRONOUNS or head.dep_ != "nsubj":
        return None
    last = last_to_speak(head, resolver.speakers)
    if last is None:
        return None
    offset, speaker = last
    entity = resolver.entities.get(speaker.entity) if speaker.entity else None
    if entity is None:
        return _unnamed_going_on(head, offset, speaker, candidates, resolver)
    if entity.type != "ORG":
        return None
    if resolver.sentence_of(head.idx) - resolver.sentence_of(offset) > 1 or _another_between(
            offset, head, entity.id, resolver, _its_sentence_led(offset, head, resolver)):
        return None
    theirs = [c for c in candidates if c.entity is not None and c.entity.id == entity.id]
    return max(theirs, key=lambda c: c.offset) if theirs else None


def _unnamed_going_on(head: Token, offset: int, speaker: Speaker, candidates: list[Candidate],
                      resolver) -> Candidate | None:
    """ "The chipmaker said slower-than-expected demand had forced it …. It said it remained fully committed": an
    organisation the text described and did not name, quoted in the sentence before an "it", goes on speaking."""
    if head.lower_ != "it" or speaker.type != "ORG" or speaker.named \
            or resolver.sentence_of(head.idx) - resolver.sentence_of(offset) > 1 or _another_between(offset, head, "", resolver):
        return None
    return next((c for c in candidates if c.entity is None and c.speaker.name == speaker.name and c.offset >= offset),
                None)


def _where_it_happened(token: Token, kind: str) -> bool:
    """ "… of the hospitals it surveyed in England in October. It called": a place after a preposition is where,
    not who."""
    top = token
    while top.dep_ == "compound" and top.head.i > top.i:
        top = top.head
    return kind in {"GPE", "LOC"} and top.dep_ == "pobj"


def _own_phrase(first: Token) -> set[int]:
    """The words of the mention that opens at `first`, clauses set beside it included: the subtree of the noun it
    leads up to."""
    head = _phrase_head(first)
    return {t.i for t in head.subtree} if head.dep_ in {"nsubj", "nsubjpass"} else set()


def _phrase_head(first: Token) -> Token:
    """The noun the mention opening at `first` leads up to ("The State Claims Office": Office)."""
    head = first
    while head.head.i > head.i and head.dep_ in {"det", "compound", "amod", "poss", "case", "nmod", "punct"}:
        head = head.head
    return head


def _its_sentence_led(offset: int, head: Token, resolver) -> bool:
    """ "The Ministry of Security said in a statement that officers had responded … in front of Congress. It said
    14 officers had been hurt": an "it" opening the sentence after one the organisation leads as its subject goes on
    with that subject; the names inside what it said are no rivals."""
    span = resolver.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or head.lower_ != "it" or head.i != head.sent.start or head.head.dep_ != "ROOT":
        return False
    source = _phrase_head(span[0])
    return source.dep_ == "nsubj" and source.head.dep_ == "ROOT" and source.sent.end == head.sent.start \
        and source.sent.start == source.left_edge.i


def _another_between(offset: int, head: Token, entity_id: str, resolver, led: bool = False) -> bool:
    """Whether another organisation or place, or (for "they") a plural subject ("the senators said"), comes
    between the organisation's source and the pronoun. A person named there is no rival: "it" and "they"
    are not one person ("The newspaper writes that Haley … they conclude"); nor, where `led`, anything named in
    the organisation's own sentence."""
    span = resolver.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return True
    own = _own_phrase(span[0])
    if led:
        own |= set(range(span.start, span[0].sent.end))
    for token in resolver.doc[span.start:head.i]:
        if token.i in own:
            continue  # "The State Claims Office, which acts for the Health Services Authority, said": its own words
        other = resolver.by_token.get(token.i)
        if other is not None and other != entity_id and resolver.entities[other].type != "PERSON" \
                and not _where_it_happened(token, resolver.entities[other].type):
            return True
        if head.lower_ == "they" and other is None and token.dep_ == "nsubj" and token.tag_ in PLURAL:
            return True
    return False
