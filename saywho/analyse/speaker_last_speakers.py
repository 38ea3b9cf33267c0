"""A he or she the ranker doubts, named where the last one to speak is the only one it can be since.

"“The biggest thing is personnel costs …,” said Will Doyle … / Public colleges make up that shortfall by increasing
tuition … Those changes can also affect the quality of education, he said.": nobody is named between Doyle's words
and the pronoun, so the writer is still reporting him. Taken where the ranker and every earlier rule abstain, the
last named speaker spoke in the pronoun's paragraph or the one before as the subject of a main clause, is of the
pronoun's gender (or of none known, where nobody the paragraph names is known to be of it), and no person,
nobody unnamed, no capitalised subject the tagger named nothing ("West landed a sharp dig …") and no subject that
is a word for a person ("A spokesman for the university disagreed") stands between.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from saywho.analyse.doc_data import quote_bounds
from saywho.analyse.speaker_candidates import Candidate
from saywho.analyse.speaker_sentence_leads import GENDERS, SUBJECTS, one_of_its_gender_in
from saywho.document import Speaker


class Resolver(Protocol):
    """What is read of the resolver (speakers.Resolver)."""

    by_token: dict[int, str]
    speakers: list[tuple[int, Speaker]]
    genders: dict[str, str | None]
    roles: dict[str, str]  # role_nouns.txt: noun → type and gender

    def paragraph_of(self, offset: int) -> int: ...

    def _in_quote(self, token: Token) -> bool: ...


def last_speaker_since(head: Token, candidates: list[Candidate], resolver: Resolver) -> Candidate | None:
    """The latest mention among `candidates` of the last named speaker before `head`, where nobody else who could
    be meant is named since; None otherwise."""
    if head.dep_ not in SUBJECTS or head.lower_ not in GENDERS or resolver._in_quote(head):
        return None
    earlier = [(offset, speaker) for offset, speaker in resolver.speakers if offset < head.idx and speaker.entity]
    if not earlier:
        return None
    offset, speaker = earlier[-1]
    entity_id, wanted, genders = speaker.entity or "", GENDERS[head.lower_], resolver.genders
    paragraph = resolver.paragraph_of(head.idx)
    if paragraph - resolver.paragraph_of(offset) > 1 or speaker.type != "PERSON" or genders.get(entity_id) not in {
            wanted, None} or not _leads_its_sentence(head.doc, offset, resolver.by_token):
        return None
    if genders.get(entity_id) is None and one_of_its_gender_in(paragraph, head, candidates, genders):
        return None
    if any(offset < c.offset < head.idx and (c.entity is None or c.entity.id != entity_id)
           and c.speaker.type in {"PERSON", "UNKNOWN"} for c in candidates):
        return None  # someone else named or described since
    if _other_subject_between(head, offset, resolver.by_token, resolver.roles):
        return None
    theirs = [c for c in candidates if c.entity is not None and c.entity.id == entity_id]
    return max(theirs, key=lambda c: c.offset) if theirs else None


def _other_subject_between(head: Token, offset: int, by_token: dict[int, str], roles: dict[str, str]) -> bool:
    """Whether a subject after `offset` and before `head` may be someone else: a capitalised word the tagger named
    nothing ("West landed a sharp dig …") or a word for a person ("A spokesman for the university disagreed")."""
    token = head.doc[head.i - 1] if head.i else head
    while token.i > 0 and token.idx > offset:
        if token.dep_ in SUBJECTS and token.i not in by_token and (
                token.pos_ == "PROPN" or roles.get(token.lemma_.lower(), "").startswith("PERSON")):
            return True
        token = head.doc[token.i - 1]
    return False


def _leads_its_sentence(doc: Doc, offset: int, by_token: dict[int, str]) -> bool:
    """Whether the name at `offset` is the subject of its sentence's main verb ("… ,” said Will Doyle"), not of a
    clause reported or embedded ("McFadden added that Guccifer told her …")."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    while token.head.i != token.i and by_token.get(token.head.i, "") == by_token.get(token.i):
        token = token.head  # to the name's head word
    return token.dep_ in SUBJECTS and token.head.dep_ == "ROOT"


def reaches_past_a_speaker(head: Token, best: Candidate, resolver: Resolver) -> bool:
    """ "Holiday shrugged off the praise. “It's my job,” he said.": the sentence before a quotation's "he" opens with
    the name of the last one to speak, which the tagger typed as an organisation or a place, so the ranker reached
    back past it to a person named before. The "he" is far more likely the one who just spoke, whom the model cannot
    name as a person: no name then, rather than a wrong one."""
    if head.lower_ not in GENDERS or resolver._in_quote(head) or not _quotes_in(head.sent):
        return False
    earlier = [(offset, speaker) for offset, speaker in resolver.speakers if offset < head.sent.start_char]
    if not earlier or best.offset >= earlier[-1][0] or earlier[-1][1].type not in {"ORG", "GPE"}:
        return False
    opening = head.doc.char_span(earlier[-1][0], earlier[-1][0] + 1, alignment_mode="expand")
    if opening is None or not opening[0].is_sent_start or opening[0].pos_ != "PROPN":
        return False
    return opening[0].sent.end == head.sent.start and resolver.paragraph_of(opening[0].idx) == resolver.paragraph_of(head.idx)


def _quotes_in(sentence) -> bool:
    return any(sentence.start_char <= start < sentence.end_char for start, _ in quote_bounds(sentence.doc))
