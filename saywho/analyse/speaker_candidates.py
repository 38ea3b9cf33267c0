"""Who a source mention may refer to: the candidates the resolver weighs, and speakers made from entities."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from saywho.document import Entity, ResolvedBy, Speaker
from saywho.lexicons import body_noun

# What a source pronoun wants of its antecedent: the type, and the gender where it has one.
PRONOUNS = {
    "he": ("PERSON", "m"), "him": ("PERSON", "m"),
    "she": ("PERSON", "f"), "her": ("PERSON", "f"),
    "it": ("ORG", None), "they": ("GROUP", None), "we": ("ORG", None),
}
# ... and what the possessive owning a source wants ("his remarks": speaker_possessors.py)
WANTED = {**PRONOUNS, "his": ("PERSON", "m")}


@dataclass
class Candidate:
    """Someone the text has mentioned, as a pronoun or description might take them up."""

    speaker: Speaker
    gender: str | None
    offset: int
    paragraph: int
    weight: float  # subject or speaker: more salient than a passing mention
    entity: Entity | None = None
    role: str = "mention"  # "mention" of a name, "speaker" of an earlier attribution, or "unnamed" speaker
    subject: bool = False
    quoted: bool = False
    main: bool = False  # the subject of its sentence's main clause
    # a description of one thing, neither a person nor a group ("the New Hampshire primary"): no "they"
    one_thing: bool = False
    # a description of several people ("aides", "many voters"): no "he" or "she"
    several: bool = False


def speaker_of(entity: Entity, resolved_by: ResolvedBy) -> Speaker:
    return Speaker(
        name=entity.name,
        type=entity.type,
        entity=entity.id,
        named=True,
        resolved_by=resolved_by,
        role=next(iter(entity.roles or entity.titles), None),
        affiliation=entity.affiliations[0] if entity.affiliations else None,
    )


def unresolved(text: str) -> Speaker:
    return Speaker(name=text, type="UNKNOWN", named=False, resolved_by="unresolved")


def type_fits(have: str, wanted: str) -> bool:
    if wanted == "GROUP":  # "they": an organisation or a group described, never one person or a place
        return have in {"ORG", "UNKNOWN"}
    if wanted == "ORG":
        return have in {"ORG", "GPE"}
    return have == wanted


def shares_a_word(words: set[str], descriptors: set[str]) -> bool:
    """ "terror" and "terrorist" share a stem; so do "organization" and "organisation". An adjective of relation is no
    office: "the president" is not "the presidential nominee", "the congressman" not "a congressional aide"."""
    return any(a[:6] == b[:6] and _relational(a) == _relational(b) and not _agent_of(a, b) and not _agent_of(b, a)
               for a in words for b in descriptors if min(len(a), len(b)) >= 4)


def _agent_of(agent: str, word: str) -> bool:
    """ "officer" and "office", "commissioner" and "commission", "reporter" and "report": one who works in a body or
    writes a document is not it ("the director of the government's office" is no officer)."""
    return agent.startswith(word) and agent[len(word):] in {"r", "er", "or"} \
        and (word == "report" or body_noun(word))


# Offices any calling may hold: "head of the agency's forecasting division" may well be "the forecaster".
HEADS = frozenset({"head", "chief", "director", "leader", "manager", "chair", "chairman", "chairwoman", "president",
                   "member", "deputy", "officer", "official", "founder", "owner"})
# Nouns of a field or activity ("puppetry", "forecasting", "journalism", "biology"), not of a person
FIELD_ENDINGS = ("ry", "ing", "ism", "ics", "logy", "phy")


def another_calling(noun: str, called: set[str], roles: dict[str, str], said: str = "") -> bool:
    """ "the puppeteer" is not "a lecturer in puppetry": where only a field's noun of the same stem joins the description
    to someone the text called by another calling, it is someone else; not where that word qualifies the calling
    ("the yard's veterinary surgeon" is the veterinarian). `said`: the roles the text gave them, lowercased."""
    if not roles.get(noun, "").startswith("PERSON") or noun in called:
        return False
    same_stem = [word for word in called if shares_a_word({noun}, {word})]
    callings = [word for word in called if roles.get(word, "").startswith("PERSON") and word not in HEADS]
    qualifying = any(f"{word} {calling}" in said for word in same_stem for calling in callings)
    return bool(same_stem) and all(word.endswith(FIELD_ENDINGS) for word in same_stem) and bool(callings) \
        and not qualifying


def _relational(word: str) -> bool:
    return word.endswith(("ial", "ional"))


def mentions_affiliation(candidate: Candidate, hint: str) -> bool:
    entity = candidate.entity
    if entity is None:
        return False
    hint = hint.lower()
    texts = [*entity.affiliations, *entity.roles, entity.name, *entity.aliases]
    return any(hint in text.lower() for text in texts)


# Ranks that make an office another one: "the commissioner" is not "Deputy commissioner Joanne Pak".
LESSER_RANKS = frozenset({"deputy", "assistant", "vice", "associate", "under", "acting", "former", "ex"})


# Offices named by the noun after another word that are no office of that noun: the prime minister is not "the
# minister".
OTHER_OFFICES = frozenset({"prime"})
# A description of someone new to an office, whose earlier, lesser one the text may give: "the new minister".
NEW_TO_IT = frozenset({"new", "incoming", "newly"})


def a_lesser_office(head: Token, entity: Entity) -> bool:
    """Whether the text gave the entity the description's noun only after a rank the description does not have."""
    noun = head.lemma_.lower()
    lefts = {c.lower_ for c in head.lefts}
    offices = [text.lower().replace("-", " ").split() for text in [*entity.titles, *entity.roles]]
    held = [words[:i] for words in offices for i, word in enumerate(words) if word.rstrip("s") == noun]
    ranks = (OTHER_OFFICES - lefts) | (frozenset() if lefts & (LESSER_RANKS | NEW_TO_IT) else LESSER_RANKS)
    return bool(held) and all(before and before[-1] in ranks for before in held)
