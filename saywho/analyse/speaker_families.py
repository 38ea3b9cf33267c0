"""Relatives who speak in turn: "Her daughter Faith …. “I said, wait,” the younger woman admitted. “And what did you
say?” her mother interjected" → Faith Langat, then Grace Langat.

Features about families let the kinship carry the name: once the text has said who is whose brother, son or mother
("His son, Peter Kamau, 37,", "Kunle Bakare, 51, and his younger brother Dapo", "Tomasz Sadowski, 41, …, the son of
the outgoing mayor"), a reader takes "his father", "the elder sister" or "the younger man" for the one relative who
fits. The family is the people so introduced, the one each was introduced as kin of, and the people who share their
surname. A description is named only where exactly one member fits:
- a child, parent, grandchild or spouse (asymmetric kin): the one member introduced as such, else the one member
  the others' kinship leaves ("the father" of a family whose son is named);
- a comparison ("the younger brother", "the older woman"): of two members of that gender, the one the ages set beside
  their names, or their kinship ("his younger brother", a son), makes younger or older;
- "his brother", "her sister": the member other than the relative the text was last about, where the family holds
  exactly two of that gender.
The same reading names "the younger Mr. Kamau" (of two people of that surname) and a he or she whose sentence, or the
quotation it follows, a kinship description leads (speakers.py). Anything else stays unnamed, as the resolver left
it: a kin word's "his" is read from the text's nearest named subject, not resolved, and a first name the recogniser
gave someone named before the kin word ("Rafael Edward Cruz … his father, Rafael,") introduces no one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from saywho.analyse.name_cleaning import GENERATIONS_AFTER
from saywho.analyse.sentences import text_of
from saywho.analyse.speaker_ages import AGE_AFTER_A_NAME
from saywho.analyse.speaker_candidates import speaker_of
from saywho.analyse.speaker_kin import named_relative
from saywho.document import Entity, Speaker

KIN_KIND = {"brother": "sibling", "sister": "sibling", "twin": "sibling", "son": "child", "daughter": "child",
            "father": "parent", "mother": "parent", "husband": "spouse", "wife": "spouse", "grandson": "grandchild",
            "granddaughter": "grandchild", "grandfather": "grandparent", "grandmother": "grandparent"}
KIN_GENDER = {"brother": "m", "son": "m", "father": "m", "husband": "m", "grandson": "m", "grandfather": "m",
              "sister": "f", "daughter": "f", "mother": "f", "wife": "f", "granddaughter": "f", "grandmother": "f",
              "man": "m", "woman": "f"}
SYMMETRIC = {"sibling"}
INVERSE = {"child": "parent", "parent": "child", "grandchild": "grandparent", "grandparent": "grandchild",
           "spouse": "spouse"}
RANK = {"younger": -1, "youngest": -1, "older": 1, "elder": 1, "eldest": 1, "oldest": 1}
# how much older the one introduced is than the one it is kin of
KIND_RANK = {"child": -1, "grandchild": -1, "parent": 1, "grandparent": 1}
OWNERS = {"his": "m", "her": "f"}
TITLES = {"chief", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "dame", "alhaji", "hajia", "madam"}
TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "madam": "f"}
AGE_AFTER = re.compile(AGE_AFTER_A_NAME.format(age=r"(\d{1,3})"))  # "Faith Langat, 29," as speaker_ages reads it


@dataclass
class Member:
    entity: str
    kind: str | None = None  # what the text introduced them as: sibling, child, parent …
    rank: int | None = None  # -1: younger than `owner`, 1: older
    owner: str | None = None  # whose kin they were introduced as
    words: str | None = None  # the words that introduced them: "his brother"


@dataclass
class Family:
    members: dict[str, Member] = field(default_factory=dict)
    ages: dict[str, int] = field(default_factory=dict)
    joined: dict[str, str] = field(default_factory=dict)  # a first name's entity → the full name's

    def of(self, entity_id: str) -> str:
        return self.joined.get(entity_id, entity_id)

    def member(self, entity_id: str) -> Member:
        return self.members.setdefault(entity_id, Member(entity_id))

    def order(self, one: str, other: str) -> int | None:
        """-1 where `one` is the younger of the two, 1 the older; None where the text does not say."""
        if one in self.ages and other in self.ages and self.ages[one] != self.ages[other]:
            return -1 if self.ages[one] < self.ages[other] else 1
        for first, second, sign in ((one, other, 1), (other, one, -1)):
            member = self.members.get(first)
            if member is not None and member.rank is not None and member.owner in {second, None}:
                return sign * member.rank
        return None


def read_family(resolver) -> Family:
    """The kin the article introduces (the resolver reads it once, as `Resolver.family`)."""
    doc, by_token, entities = resolver.doc, resolver.by_token, resolver.entities
    family = Family()
    for token in doc:
        kind = KIN_KIND.get(token.lower_)
        if kind is None:
            continue
        named = _named_after(doc, token.i, by_token, entities)
        if named is not None:
            _introduce(family, named, kind, _rank_before(doc, token.i), _owner_of(token, named, resolver))
            family.members[named].words = family.members[named].words or _kin_words(token)
        elif (introduced := _named_before_of(doc, token.i, by_token, entities)) is not None:
            _introduce(family, introduced, kind, _rank_before(doc, token.i), _possessor(token, introduced, by_token))
    if family.members:
        _complete(family, entities, text_of(doc))
    return family


def _complete(family: Family, entities: dict[str, Entity], text: str) -> None:
    """Namesakes and first names joined in, owners as joined, ages as set beside the members' names."""
    _add_namesakes(family, entities)
    _join_first_names(family, entities)
    for member in family.members.values():
        member.owner = family.of(member.owner) if member.owner is not None else None
    for entity_id in family.members:
        named = [entities[entity_id], *(entities[e] for e, full in family.joined.items() if full == entity_id)]
        age = _age_beside_a_name(named, text)
        if age is not None:
            family.ages[entity_id] = age


def _kin_words(kin: Token) -> str:
    """ "his brother", "his younger brother": the kin word and the words before it up to its possessive."""
    start = kin.i
    while start > 0 and (kin.doc[start - 1].lower_ in RANK or kin.doc[start - 1].lower_ in OWNERS):
        start -= 1
        if kin.doc[start].lower_ in OWNERS:
            break
    return kin.doc[start: kin.i + 1].text.lower()


def _introduce(family: Family, entity_id: str, kind: str, rank: int | None, owner: str | None) -> None:
    member = family.member(entity_id)
    member.kind, member.owner = member.kind or kind, member.owner or owner
    member.rank = member.rank if member.rank is not None else rank if rank is not None else KIND_RANK.get(kind)
    if owner is not None:
        family.member(owner)


def _named_after(doc: Doc, index: int, by_token: dict[int, str], entities: dict[str, Entity]) -> str | None:
    """ "his brother Dapo", "His son, Peter Kamau,": the person named right after the kin word."""
    after = index + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    while after + 1 < len(doc) and after not in by_token and doc[after].lower_.rstrip(".") in TITLES:
        after += 1  # "their father, Chief Ayodele Bakare"
    entity_id = by_token.get(after) if after < len(doc) else None
    if entity_id is None or entities[entity_id].type != "PERSON":
        return None
    end = after
    while end + 1 < len(doc) and by_token.get(end + 1) == entity_id:
        end += 1
    if end + 1 < len(doc) and doc[end + 1].tag_ == "POS":
        return None  # "His father, Vasant's only son,": someone else's kin
    alone = end == after and len(entities[entity_id].name.split()) > 1
    if alone and _first_named(entities[entity_id]) < doc[after].idx:
        return None  # "Rafael Edward Cruz … his father, Rafael,": the recogniser's guess at whose first name it is
    return entity_id


def _named_before_of(doc: Doc, index: int, by_token: dict[int, str], entities: dict[str, Entity]) -> str | None:
    """ "Tomasz Sadowski, 41, a veterinarian and the son of", "Stefan Milosavljević, 29, Nikola's older brother": the
    person whose apposition the kin word heads."""
    token = doc[index]
    owned = any(c.dep_ == "poss" and c.i in by_token for c in token.children)
    if not (owned or (index + 1 < len(doc) and doc[index + 1].lower_ == "of")) or token.dep_ not in {"appos", "conj"}:
        return None
    head = token.head
    while head.dep_ in {"appos", "conj"} and head.head.i < head.i and head.i not in by_token:
        head = head.head
    entity_id = by_token.get(head.i)
    return entity_id if entity_id is not None and entities[entity_id].type == "PERSON" else None


def _possessor(kin: Token, member: str, by_token: dict[int, str]) -> str | None:
    """ "Nikola's older brother": Nikola's entity."""
    owner = next((by_token[c.i] for c in kin.children if c.dep_ == "poss" and c.i in by_token), None)
    return owner if owner != member else None


def _rank_before(doc: Doc, index: int) -> int | None:
    return RANK.get(doc[index - 1].lower_) if index > 0 else None


def _owner_of(kin: Token, member: str, resolver) -> str | None:
    """Whose kin: "Grace Langat has been plucking tea …. Her daughter Faith": the nearest person named as a subject
    before the possessive, outside quotations, of its gender, in its paragraph or the one before; "Kunle Bakare's brother":
    Kunle Bakare."""
    start = kin.i - 1
    while start > 0 and kin.doc[start].lower_ in RANK:
        start -= 1
    word = kin.doc[start]
    if word.tag_ == "POS" and start > 0:
        owner = resolver.by_token.get(start - 1)
        return owner if owner is not None and owner != member else None
    gender = OWNERS.get(word.lower_)
    if gender is None:
        return None
    paragraph = resolver.paragraph_of(word.idx)
    for head in reversed(resolver.name_heads):
        if head.offset >= word.idx or head.quoted or not head.subject or head.entity.type != "PERSON" \
                or head.entity.id == member:
            continue
        if resolver.paragraph_of(head.offset) < paragraph - 1:
            return None
        if resolver.genders.get(head.entity.id) in {None, gender}:
            return head.entity.id
    return None


def _add_namesakes(family: Family, entities: dict[str, Entity]) -> None:
    """The people who share a member's surname belong to the family too ("Greg Halloway" with "Josh Halloway")."""
    surnames = {_surname(entities[entity_id]) for entity_id in family.members} - {None}
    for entity in entities.values():
        if entity.type == "PERSON" and entity.id not in family.members and _surname(entity) in surnames:
            family.member(entity.id)


def _join_first_names(family: Family, entities: dict[str, Entity]) -> None:
    """ "Her daughter Faith …, said Faith Langat, 29,": a first name alone the recogniser kept apart (as a person, or
    misread as a place or a body) is the one member whose full name it begins; a member so named gives the full
    name what the text said of it."""
    for entity in entities.values():
        words = entity.name.split()
        fuller = [m for m in family.members if m != entity.id and len(words) == 1
                  and entities[m].name.split()[0] == words[0] and len(entities[m].name.split()) > 1]
        if len(fuller) != 1 or _kin_of_each_other(family, entity.id, fuller[0]):
            continue  # "his father, Rafael," is not his son Rafael Edward Cruz
        if entity.id in family.members and family.members[entity.id].kind is not None \
                and _first_named(entities[fuller[0]]) < _first_named(entity):
            continue  # "Rafael Edward Cruz … his father, Rafael,": a name given before the kin is someone else's
        family.joined[entity.id] = fuller[0]
        if entity.id in family.members:
            alone, full = family.members.pop(entity.id), family.members[fuller[0]]
            full.kind, full.owner = full.kind or alone.kind, full.owner or alone.owner
            full.rank = _first(full.rank, alone.rank)


def _first_named(entity: Entity) -> int:
    return min((start for mention in entity.mentions for start, _ in mention.spans), default=0)


def _kin_of_each_other(family: Family, one: str, other: str) -> bool:
    return any(family.members[a].owner == b for a, b in ((one, other), (other, one)) if a in family.members)


def _first(one: int | None, other: int | None) -> int | None:
    return one if one is not None else other


def _surname(entity: Entity) -> str | None:
    words = entity.name.split()
    return words[-1].lower() if len(words) > 1 else None


def _age_beside_a_name(named: list[Entity], text: str) -> int | None:
    ages = {int(match.group(1)) for entity in named for mention in entity.mentions for _, end in mention.spans
            if (match := AGE_AFTER.match(text, end))}
    return ages.pop() if len(ages) == 1 else None


# -- naming a description -----------------------------------------------------------


def family_member(head: Token, resolver, spoken: list[tuple[int, str]]) -> Speaker | None:
    """The relative a kinship description names ("her mother", "the younger brother", "the older woman"); None
    where the family leaves more than one, or none. `spoken`: (offset, entity id) of the named speakers so far."""
    noun = head.lower_
    gender = KIN_GENDER.get(noun)
    kind = KIN_KIND.get(noun)
    rank = next((RANK[c.lower_] for c in head.lefts if c.lower_ in RANK), None)
    determiner = next((c.lower_ for c in head.lefts if c.dep_ in {"poss", "det"}), None)
    if gender is None or (kind is None and rank is None) or determiner not in {"his", "her", "the"}:
        return None
    named = _named_after(head.doc, head.i, resolver.by_token, resolver.entities)
    if named is not None:  # "his wife, Jane, offered a preview": named right there
        entity = resolver.entities[named]
        return Speaker(**{**speaker_of(entity, "description").__dict__, "antecedent": head.idx})
    family = resolver.family
    if not family.members:
        return None
    fitting = [m for m in family.members.values() if _gender(m.entity, family, resolver.genders) in {None, gender}
               and (kind is None or m.kind in {None, kind} or m.kind in SYMMETRIC and kind in SYMMETRIC)]
    chosen = _by_kind(fitting, list(family.members.values()), kind, rank) if kind not in SYMMETRIC else None
    if chosen is None and rank is not None:
        chosen = _by_rank(fitting, rank, family)
    if chosen is None and rank is None and determiner != "the":
        if any(m.words == _kin_words(head) for m in family.members.values()):
            return named_relative(head, resolver)  # "his brother Daniel Reyes … his brother added": the same words
        chosen = _other_than_the_last(fitting, head, resolver, spoken, family)
    if chosen is None:
        return None
    entity = resolver.entities[chosen]
    return Speaker(**{**speaker_of(entity, "description").__dict__, "antecedent": _last_named(entity, head.idx)})


def _gender(entity_id: str, family: Family, genders: dict[str, str | None]) -> str | None:
    """The gender the text gives the member, under its full name or its first name alone."""
    said = {genders.get(e) for e in [entity_id, *(e for e, full in family.joined.items() if full == entity_id)]}
    said.discard(None)
    return said.pop() if len(said) == 1 else None if not said else "?"


def _by_kind(fitting: list[Member], members: list[Member], kind: str | None, rank: int | None) -> str | None:
    """ "His son", "the father": the one member introduced as that kin, else the one the others' kinship leaves."""
    if kind is None:
        return None
    introduced = [m.entity for m in fitting if m.kind == kind and (rank is None or m.rank in {None, rank})]
    if len(introduced) == 1:
        return introduced[0]
    # "the father" of a family whose son is named: the one left, but only where the text named the other side
    inverse = INVERSE.get(kind)
    left = [m.entity for m in fitting if m.kind is None]
    named_other_side = any(m.kind == inverse for m in members)
    siblings = any(m.kind in SYMMETRIC for m in members)  # "his younger brother, Ravi": another son
    return left[0] if not introduced and named_other_side and not siblings and len(left) == 1 else None


def _by_rank(fitting: list[Member], rank: int, family: Family) -> str | None:
    """ "the younger brother": of exactly two, the one the text makes younger; where the surname brings in more, of
    the two whose kinship the text told."""
    if len(fitting) > 2:
        owners = {m.owner for m in family.members.values()}
        fitting = [m for m in fitting if m.kind is not None or m.entity in owners]
    if len(fitting) != 2:
        return None
    one, other = fitting[0].entity, fitting[1].entity
    order = family.order(one, other)
    if order is None:
        return None
    return one if order == rank else other


def _other_than_the_last(fitting: list[Member], head: Token, resolver, spoken: list[tuple[int, str]],
                         family: Family) -> str | None:
    """ "Sebastián … said in the chamber. His brother, speaking twenty minutes later": the relative other than
    the one the text was last about, of exactly two; or the one who fits, where the text introduced that one and the
    one it was last about as siblings ("She and her younger brother, Tobias, … Tobias said …. His sister said")."""
    if len(fitting) not in {1, 2}:
        return None
    last = max(((h.offset, family.of(h.entity.id)) for h in resolver.name_heads
                if h.offset < head.idx and not h.quoted and family.of(h.entity.id) in family.members),
               default=None)
    said = max(((offset, family.of(entity_id)) for offset, entity_id in spoken
                if offset < head.idx and family.of(entity_id) in family.members), default=None)
    latest = max(last or (-1, ""), said or (-1, ""))
    others = [m.entity for m in fitting if m.entity != latest[1]]
    if latest[0] < 0 or len(others) != 1:
        return None
    if len(fitting) == 1 and (not _siblings(family, others[0], latest[1]) or any(  # "The buyer, Tom Reiner, … His
            latest[0] < h.offset < head.idx and h.entity.type == "PERSON" and family.of(h.entity.id) not in family.members
            for h in resolver.name_heads)):  # sister": his, not the last sibling's
        return None
    return others[0]


def _siblings(family: Family, one: str, other: str) -> bool:
    """Whether the text introduced either as the other's brother or sister."""
    return any((member := family.members.get(a)) is not None and member.kind == "sibling" and member.owner == b
               for a, b in ((one, other), (other, one)))


def _last_named(entity: Entity, before: int) -> int | None:
    starts = [start for mention in entity.mentions for start, _ in mention.spans if start < before]
    return max(starts, default=None)


def ranked_namesake(head: Token, resolver) -> Speaker | None:
    """ "the younger Mr. Kamau", "the elder Ms. Villaseñor": of the two people of that surname (and title's gender),
    the one their ages or kinship make younger or older; None where the text does not tell them apart."""
    ranked = namesake_rank(head)
    if ranked is None:
        return None
    rank, gender = ranked
    head = _before_a_generation(head)
    doc = head.doc
    bearers = [e for e in resolver.entities.values() if e.type == "PERSON" and len(e.name.split()) > 1
               and head.text in e.name.split() and resolver.genders.get(e.id) in {None, gender or "m", gender or "f"}]
    if len(bearers) != 2:
        return None
    family = resolver.family
    text = text_of(doc)
    for bearer in bearers:
        age = _age_beside_a_name([bearer], text)
        if age is not None:
            family.ages.setdefault(bearer.id, age)
    order = family.order(bearers[0].id, bearers[1].id)
    if order is None:
        return None
    chosen = bearers[0] if order == rank else bearers[1]
    return Speaker(**{**speaker_of(chosen, "description").__dict__, "antecedent": _last_named(chosen, head.idx)})


def namesake_rank(head: Token) -> tuple[int, str | None] | None:
    """The rank ("the elder", "the younger Mr.") a surname `head` is given among namesakes, and its title's gender."""
    head, doc = _before_a_generation(head), head.doc
    if head.pos_ != "PROPN":
        return None
    index, gender = head.i - 1, None
    while index > 0 and doc[index].lower_.rstrip(".") in TITLES:
        gender = gender or TITLE_GENDER.get(doc[index].lower_.rstrip("."))
        index -= 1
    after = doc[head.i + 1].text if head.i + 1 < len(doc) else ""
    if after in GENERATIONS_AFTER:  # "Mr Kerrigan senior": the elder of the two
        return (1 if after == "senior" else -1), gender
    rank = RANK.get(doc[index].lower_) if index > 0 else None
    return (rank, gender) if rank is not None and doc[index - 1].lower_ == "the" else None


def _before_a_generation(head: Token) -> Token:
    """ "Mr Kerrigan senior" read from its last word: the surname before it."""
    before = head.doc[head.i - 1] if head.i > 0 else head
    return before if head.text in GENERATIONS_AFTER and before.pos_ == "PROPN" else head


def ranked_otherwise(head: Token, roles: list[str]) -> bool:
    """ "the elder sister" is not the one the text called "her younger sister"."""
    rank = next((RANK[c.lower_] for c in head.lefts if c.lower_ in RANK), None)
    return rank is not None and any(RANK.get(word) == -rank for role in roles for word in role.lower().split())


def named_beside(kin: Token, by_token: dict[int, str], entities: dict[str, Entity]) -> Speaker | None:
    """ "Her granddaughter, six-year-old Amelia,": the person named in apposition to a kin word."""
    named = next((by_token[t.i] for c in kin.children if c.dep_ == "appos" for t in c.subtree
                  if t.i in by_token and entities[by_token[t.i]].type == "PERSON"), None)
    if named is None:
        return None
    return Speaker(**{**speaker_of(entities[named], "description").__dict__, "antecedent": kin.idx})
