"""Who "the official" or "the officer" is, where it takes up the person who has just spoken.

"…," said Kashif Abbasi, the senior superintendent of police. / The officer said more than 2,000 police had been
deployed: a definite "official" or "officer" opening its sentence, with no one new brought in since, is the named
person who spoke in its paragraph or the one before, where the text gave that person an office (an official's or a
spokesperson's role, or one whose words hold the description's own: "the union official" for "the union's
industrial relations officer"). Such nouns bring someone new in as often as they take someone up (speaker_epithets.
ANYONE_NEW), so the person must have spoken just before and no other person may be named between. So, for bodies,
"the group", "the union" or "the company" after the organisation that has just spoken (`organisation_just_quoted`).
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.noun_readings import is_definite
from saywho.analyse.organisation_kinds import called_otherwise, kinds_of, may_be_called
from saywho.analyse.role_phrases import role_kind_of_words, words_of
from saywho.analyse.speaker_candidates import speaker_of
from saywho.analyse.speaker_topics import subjects_before_the_quotation
from saywho.document import Speaker

OFFICIALS = frozenset({"official", "officer"})
OFFICES = frozenset({"official", "spokesperson"})
# Words of a description that say nothing of whose office it is: "the senior official"
OF_ANY_OFFICE = frozenset({"senior", "top", "local", "regional", "government", "state", "public", "the", "said"})


def official_just_quoted(head: Token, resolver) -> Speaker | None:
    """The named person "the official" or "the officer" at `head` takes up; None where it is not plain.
    `resolver`: the speakers step's Resolver."""
    if head.lemma_.lower() not in OFFICIALS or head.tag_ != "NN" or not is_definite(head) \
            or not _opens_its_sentence(head, resolver):
        return None
    last = last_to_speak(head, resolver.speakers)
    if last is None or last[1].entity is None:
        return None  # the last to speak is no one named: "A joint statement … It called"
    offset, entity_id = last[0], last[1].entity
    entity = resolver.entities[entity_id]
    if entity.type != "PERSON" or resolver.paragraph_of(head.idx) - resolver.paragraph_of(offset) > 1 \
            or _someone_named_between(offset, head, entity_id, resolver):
        return None
    modifiers = {c.lower_ for c in head.lefts if c.dep_ in {"amod", "compound", "nmod"}} - OF_ANY_OFFICE
    said = [word.removesuffix("’s").removesuffix("'s")
            for word in words_of(" ".join([*entity.roles, *entity.titles, *entity.affiliations]))]
    if modifiers and not modifiers <= set(said):
        return None  # "the customs official" for a customs spokesman; not "the Belgrade official" for Pristina's
    if not modifiers and role_kind_of_words(said) not in OFFICES:
        return None
    return Speaker(**{**speaker_of(entity, "description").__dict__, "antecedent": offset})


def organisation_just_quoted(head: Token, resolver) -> Speaker | None:
    """ "The association said it welcomed the pause …. / “…,” the group said": a definite description of an
    organisation, saying nothing of whose, opening its sentence, takes up the organisation that spoke last, in its
    paragraph or the one before, where no other organisation is named between and its name lets it be so called."""
    noun = head.lemma_.lower()
    if not resolver.roles.get(noun, "").startswith("ORG") or head.tag_ != "NN" or not is_definite(head) \
            or any(c.dep_ in {"compound", "amod", "nmod", "poss"} for c in head.lefts) \
            or not _opens_its_sentence(head, resolver):
        return None
    last = last_to_speak(head, resolver.speakers)
    if last is None or last[1].entity is None:
        return None
    offset, entity_id = last[0], last[1].entity
    entity = resolver.entities[entity_id]
    if entity.type != "ORG" or _an_owner(head.doc, offset, entity_id, resolver) \
            or resolver.paragraph_of(head.idx) - resolver.paragraph_of(offset) > 1 \
            or _other_body_between(offset, head, entity_id, resolver):
        return None
    kinds = kinds_of(entity, resolver.roles)
    if kinds and not may_be_called(noun, kinds) or not kinds and (
            _another_so_named(noun, entity, resolver) or called_otherwise(noun, entity, resolver)):
        return None
    return Speaker(**{**speaker_of(entity, "description").__dict__, "antecedent": offset})


def _an_owner(doc, offset: int, entity_id: str, resolver) -> bool:
    """ "The Community of Madrid's housing department said": the name in the source was whose the speaker is."""
    start = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return start is None or any(resolver.by_token.get(t.i) == entity_id and t.dep_ == "poss"
                                for t in doc[start.start: start.start + 8])


def _another_so_named(noun: str, entity, resolver) -> bool:
    """ "The Victorian Nursing Federation …. Patients First Victoria said …. The federation said": a body whose name
    says nothing of its kind does not take up a noun another's name gives, or the text set beside another's name
    ("Passenger Rights Norway, a consumer group, said Nordvik had signaled …. “…,” the group said")."""
    return any(other.id != entity.id and other.type == "ORG" and (noun in kinds_of(other, resolver.roles) or (
        noun in resolver.called(other) and noun not in resolver.called(entity))) for other in resolver.entities.values())


def _other_body_between(offset: int, head: Token, entity_id: str, resolver) -> bool:
    """Whether another organisation is named since the one that spoke, but for a thing it spoke of ("The
    association … urged the White House to exempt …")."""
    doc = head.doc
    start = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if start is None:
        return True
    return any(resolver.by_token.get(t.i) not in {None, entity_id}
               and resolver.entities[resolver.by_token[t.i]].type == "ORG"
               and (t.sent.start != start.sent.start or t.dep_ in {"nsubj", "nsubjpass"})
               for t in doc[start.start: head.i])


def last_to_speak(head: Token, speakers: list[tuple[int, Speaker]]) -> tuple[int, Speaker] | None:
    """The source offset and speaker of whoever spoke last before `head`, by place in the text, not by order of
    attribution ("X has called for attacks, according to SITE": SITE); of two at one place, the later attribution."""
    earlier = [(offset, speaker) for offset, speaker in speakers if offset < head.idx]
    return max(reversed(earlier), key=lambda pair: pair[0], default=None)


def _opens_its_sentence(head: Token, resolver) -> bool:
    """ "The official said …", or "“…,” the official said" after a quotation opening its sentence."""
    if head.left_edge.i == head.sent.start:
        return True
    return bool(subjects_before_the_quotation(head.left_edge, resolver.quotes, resolver.paragraph_of)) \
        or any(t.is_quote for t in head.doc[head.sent.start: head.left_edge.i])


def _someone_named_between(offset: int, head: Token, entity_id: str, resolver) -> bool:
    doc = head.doc
    start = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if start is None:
        return True
    return any(resolver.by_token.get(t.i) not in {None, entity_id}
               and resolver.entities[resolver.by_token[t.i]].type == "PERSON" for t in doc[start.start: head.i])
