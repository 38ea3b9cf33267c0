"""Whom a definite description of an office stands for, where the article has just named them.

"Sen. John McCain ... The longtime senator said": the speakers step keeps such a
description as it is when it cannot be sure, but the source profile should still be
the named person's: named, with the gender and role the article gives them. The tie is
made only when the article makes it plain: a "the …" description whose head noun is
an office or calling the article has given one person, and only one, in its words
before the description (a title, an apposition: "Sen.", "the New York billionaire"),
within the last few paragraphs. Likewise "the summary" after "an FBI summary": the FBI's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from saywho.analyse.sentences import text_of
from saywho.document import Entity, Speaker
from saywho.lexicons import person_noun

# A description's head noun → the words by which the article gives a person that office or calling.
CALLED: dict[str, set[str]] = {
    "senator": {"sen", "senator"},
    "governor": {"gov", "governor"},
    "congressman": {"rep", "congressman", "representative"},
    "congresswoman": {"rep", "congresswoman", "representative"},
    "lawmaker": {"sen", "senator", "rep", "representative", "congressman", "congresswoman", "lawmaker",
                 "legislator", "assemblyman", "assemblywoman"},
    "mayor": {"mayor"},
    "billionaire": {"billionaire"},
    "businessman": {"businessman", "billionaire"},
    "candidate": {"candidate"},
    "nominee": {"nominee"},
    "front-runner": {"front-runner", "frontrunner"},
    "frontrunner": {"front-runner", "frontrunner"},
    "secretary": {"secretary"},
    "minister": {"minister"},
    "ambassador": {"ambassador"},
    "congressman-elect": {"congressman"},
}
# Callings news writes one for another: "Marcus Greene, an attorney for the family, … the lawyer said"; "Jürgen
# Hoffmeister, 67, a retired schoolteacher, … the pensioner said"
SAME_CALLING = {"lawyer": ("attorney", "counsel", "solicitor", "barrister", "advocate"), "attorney": ("lawyer",),
                "pensioner": ("retired", "retiree"), "retiree": ("retired", "pensioner"),
                "investor": ("partner", "financier", "backer", "shareholder"),
                "academic": ("lecturer", "professor", "researcher", "scholar"),
                "cleric": ("bishop", "archbishop", "imam", "priest", "pastor", "rabbi", "reverend", "sheikh", "vicar"),
                "forecaster": ("meteorologist",)}
# Titles written short, by the office they give: "Lt. Gen. Hassan al-Tayeb … the general said".
TITLES_WRITTEN_SHORT = {"gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major", "adm": "admiral",
                        "sgt": "sergeant", "capt": "captain", "cmdr": "commander", "supt": "superintendent",
                        "insp": "inspector", "prof": "professor", "amb": "ambassador", "dr": "doctor",
                        "fr": "priest", "rev": "reverend priest pastor", "brig": "brigadier",
                        "brigadier": "brigadier", "cpl": "corporal", "det": "detective", "ald": "alderman alderwoman"}


# Offices a role gives in other words: "Assistant District Attorney Miriam Feld … the prosecutor said"; "Gloria
# Atwater, a Republican who chairs the committee … The chairwoman said".
OFFICES_IN_OTHER_WORDS = {"district attorney": "prosecutor", "state's attorney": "prosecutor",
                          "circuit attorney": "prosecutor", "county attorney": "prosecutor",
                          "prosecuting attorney": "prosecutor", "crown counsel": "prosecutor",
                          "who chairs": "chair chairman chairwoman chairperson"}


def titles_in_full(entity: Entity) -> set[str]:
    """The offices the entity's short titles stand for ("Gen." → "general"), and those its roles give in other
    words (`offices_in_other_words`)."""
    return _short_titles_in_full(entity) | offices_in_other_words(entity)


def offices_held(entity: Entity) -> set[str]:
    """The offices of `titles_in_full` but an honorific's (Rev., Fr., Dr., Prof.), which a spokesman may have."""
    return _short_titles_in_full(entity, HONORIFICS) | offices_in_other_words(entity)


# Short titles that honour a calling rather than give a post: "Its spokesman, the Rev. Piotr Nowicki,"
HONORIFICS = frozenset({"rev", "fr", "dr", "prof"})


def _short_titles_in_full(entity: Entity, leaving_out: frozenset[str] = frozenset()) -> set[str]:
    words = {word.lower().rstrip(".") for text in [*entity.titles, *entity.roles] for word in text.split()}
    return {office for word in words - leaving_out if word in TITLES_WRITTEN_SHORT
            for office in TITLES_WRITTEN_SHORT[word].split()}


def offices_in_other_words(entity: Entity) -> set[str]:
    """ "Assistant District Attorney Miriam Feld": a prosecutor (OFFICES_IN_OTHER_WORDS)."""
    roles = " ".join(entity.roles).lower().replace("’", "'")
    return {office for words_given, offices in OFFICES_IN_OTHER_WORDS.items() if words_given in roles
            for office in offices.split()}


WINDOW = 3000  # characters back: "the same story", a few paragraphs
# Documents that speak for whoever put them out: "the poll said", "the ruling said" (near_names.py names them).
RULINGS = {"ruling", "decision", "opinion", "judgment"}
DOCUMENTS = {"poll", "survey", "study", "report", "summary", *RULINGS}


def described_entity(doc: Doc, description: str, offset: int, entities: dict[str, Entity],
                     called: dict[str, list[str]]) -> Entity | None:
    """The one person whose office the definite `description` (its head word at `offset`) names, among
    those the article named so in the WINDOW before it; None when there is none or more than one.
    `called`: each entity's words from its mentions (mention_roles.role_words)."""
    words = description.lower().split()
    if len(words) < 2 or words[0] != "the" or words[-1].rstrip(".,") not in CALLED:
        return None
    wanted = CALLED[words[-1].rstrip(".,")]
    by_token = doc._.entity_of_token or {}
    seen = {entity_id for token, entity_id in by_token.items() if offset - WINDOW <= doc[token].idx < offset}
    fitting = [entities[e] for e in seen if e in entities and entities[e].type == "PERSON"
               and wanted & words_for(entities[e], called.get(e, []), calling_only=True)]
    return fitting[0] if len(fitting) == 1 else None


def words_for(entity: Entity, called: list[str], calling_only: bool = False) -> set[str]:
    """The words the article gives the person: titles, roles, `called`. `calling_only`: of each role only what it says
    the person is, not whom they serve ("the MP for Penrith" is from Penrith; "a lawyer for the coach" is no coach)."""
    words = {w.strip(".").lower() for title in entity.titles for w in title.split()}
    words |= {w.strip(".,").lower() for role in entity.roles
              for w in (role_words_before_whom(role) if calling_only else role.split())}
    return words | set(called)


# What a role says its holder is ends where whom they serve begins ("a lawyer for the coach", "an adviser to the
# mayor").
SERVING_WORDS = frozenset({"for", "to"})


def role_words_before_whom(role: str, stops: frozenset[str] = frozenset()) -> list[str]:
    """The words of a role before any of `stops`, or before "for" or "to" right after a person's noun ("a lawyer for
    the coach" → a, lawyer; not "working around the clock to caricature the Texas senator")."""
    words = role.split()
    end = next((k for k, word in enumerate(words) if word.lower() in stops or (
        word.lower() in SERVING_WORDS and k > 0 and person_noun(words[k - 1].lower().strip(",.")))), len(words))
    return words[:end]


def document_issuer(doc: Doc, description: str, offset: int) -> str | None:
    """Whose the definite document `description` ("the summary", its head word at `offset`) is, where the
    article has named it so before: "an FBI summary of its investigation ... the summary said" → FBI.
    The name is the capitalised words right before the same noun, or after "by" or "from" right after it."""
    words = description.lower().split()
    if len(words) != 2 or words[0] != "the":
        return None
    noun = re.escape(words[1])
    before = text_of(doc)[max(0, offset - WINDOW):offset]
    issuers = [m.group(1) for m in re.finditer(rf"\b((?:[A-Z][\w.&-]*\s)+)(?:{noun})\b", before)]
    issuers += [m.group(1) for m in re.finditer(rf"\b{noun}\s(?:by|from)\s(?:the\s)?((?:[A-Z][\w.&-]*\s?)+)", before)]
    names = {name for n in issuers if (name := _without_leading_small_words(n))}
    return names.pop() if len(names) == 1 else None


def _without_leading_small_words(name: str) -> str:
    """ "A Bloomberg " → "Bloomberg"; "The " → ""."""
    words = name.split()
    while words and words[0] in NOT_ISSUERS:
        words.pop(0)
    return " ".join(words)


NOT_ISSUERS = {"The", "A", "An", "This", "That", "In", "On", "But", "And", "Its", "His", "Her", "Their", "I", "He",
               "She", "It", "We", "They"}


def as_the_document(speaker: Speaker, source: str) -> Speaker:
    """ "The poll" the speakers step named for its issuer (Bloomberg): for its profile, still the document the
    article describes, whose issuer the profile reads itself."""
    words = source.lower().strip(" ,").split()
    if speaker.resolved_by != "description" or len(words) != 2 or words[0] != "the" or words[1] not in DOCUMENTS:
        return speaker
    return replace(speaker, name=source.strip(" ,"), type="UNKNOWN", entity=None, named=False, resolved_by="unnamed",
                   role=None, affiliation=None)
