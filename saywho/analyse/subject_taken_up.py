"""A description opening a sentence that takes up the one named subject of the sentence before it.

"Sanders visited Missouri on Saturday, holding a rally in Springfield. The self-described democratic socialist
said he would win": news writing goes on about the subject it has just named with a description the article
may never have given them, and the reader knows who it is only because the sentence before was about them.
The speakers step leaves such a description unnamed (speaker_taken_up.py takes up the speaker of the
attribution before, and only with a noun of office); for the source profile (profiles._tied_to_a_name) it is
the person or organisation named, with the gender and role the article gives them. Only where the text is plain:
- the description is definite and singular ("the …"), the subject of its clause and the first words of its
  sentence, of one (not "… and some experts") and naming no person ("The Clinton campaign" is Clinton's);
- the sentence before, in the same paragraph, has one subject of its main verb, a name;
- the noun is not one of a document, of a spokesman or an official (someone else, most often), nor of a private
  person ("the retiree": one of the crowd); an organisation takes only an organisation noun or a company's
  calling ("the online retail giant"), a person only a noun that calls a person (`is_a_person_noun`: not "the
  crowd", "the photo"); its gender, where it has one, is the named person's.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from saywho.analyse.clause_genders import SUBJECTS
from saywho.analyse.document_roles import DOCUMENT_ROLES, MORE_DOCUMENTS
from saywho.analyse.noun_readings import is_definite, is_several
from saywho.analyse.role_phrases import form_in, role_kind_of_words
from saywho.analyse.sentences import text_of
from saywho.document import Entity
from saywho.lexicons import classified

# Heads of someone other than the one just named: "the spokesman said", "the official said", "the source".
SOMEONE_ELSE = {"anonymous", "document"}
KINDS = {"PERSON": "PERSON", "ORG": "ORG"}
# What business news calls a company it has just named, beside role_nouns.txt's organisation nouns: only these,
# as a noun no list knows is a person's more often ("the AP reports … The French photographer had …").
COMPANY_CALLINGS = {"giant", "retailer", "automaker", "carmaker", "manufacturer", "insurer", "lender", "conglomerate",
                    "chain", "startup", "publisher"}


def subject_taken_up(head: Token, by_token: dict[int, str], entities: dict[str, Entity],
                     gender_of: Callable[[str], str]) -> Entity | None:
    """The entity named as the one subject of the sentence before, which the description headed by `head`
    takes up; None where the text does not make it plain. `gender_of`: an entity id's gender as the article
    states it ("female", "male" or "not stated")."""
    if head.tag_ != "NN" or head.dep_ not in SUBJECTS or not is_definite(head) or head.left_edge.i != head.sent.start \
            or is_several(head) or _owned(head, by_token, entities):
        return None  # "The Clinton campaign and some experts": who, and whose, the description itself says
    before = sentence_before(head.sent)
    if before is None:
        return None
    subjects = [c for c in before.root.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1 or subjects[0].i not in by_token:
        return None
    entity = entities.get(by_token[subjects[0].i])
    if entity is None or entity.type not in KINDS or not _fits(head.lower_, entity, gender_of(entity.id)):
        return None
    return entity


def _owned(head: Token, by_token: dict[int, str], entities: dict[str, Entity]) -> bool:
    """ "The Clinton campaign", "the Trump aide": a person named inside the description says whose it is (a party
    or a place does not: "the GOP speechwriter")."""
    return any(t.i in by_token and getattr(entities.get(by_token[t.i]), "type", None) == "PERSON"
               for t in head.subtree if t.i != head.i)


def sentence_before(sentence: Span) -> Span | None:
    """The sentence before, where no paragraph break stands between them."""
    if sentence.start == 0:
        return None
    before = sentence.doc[sentence.start - 1].sent
    words = [t for t in before if not t.is_space]
    end = words[-1].idx + len(words[-1]) if words else before.start_char  # the parser may end it after a break
    return None if "\n" in text_of(sentence.doc)[end:sentence.start_char] else before


def _fits(noun: str, entity: Entity, gender: str) -> bool:
    sources, nouns, gendered = classified("sources.txt"), classified("role_nouns.txt"), classified("gendered_nouns.txt")
    if _of(noun, sources) in SOMEONE_ELSE or form_in(noun, DOCUMENT_ROLES) or form_in(noun, MORE_DOCUMENTS):
        return False  # "The cable", "the memo": what someone wrote
    kind = _of(noun, nouns).split("\t")[0] or ("ORG" if form_in(noun, COMPANY_CALLINGS) else
                                                 "PERSON" if is_a_person_noun(noun) else "")
    if kind != KINDS[entity.type] or role_kind_of_words([noun]) == "citizen":
        return False  # "Clinton met voters in Iowa. The retiree said": one of the voters; "The crowd", "The photo"
    noun_gender = _of(noun, gendered)
    if noun_gender in {"f", "m"} and (entity.type != "PERSON" or {"f": "female", "m": "male"}[noun_gender] != gender):
        return False
    return True


def _of(noun: str, table: dict[str, str]) -> str:
    form = form_in(noun, table)
    return table[form] if form else ""


def is_a_person_noun(noun: str) -> bool:
    """A noun that calls a person: one the role and gender lists know ("senator", "photographer", "mother",
    "spokesman"), or one made so ("socialist", "historian", "speechwriter"); not "the crowd", "the photo",
    "a comparison", "67 percent"."""
    if _of(noun, classified("role_nouns.txt")).startswith("PERSON") or _of(noun, classified("gendered_nouns.txt")) \
            or _of(noun, classified("sources.txt")) == "anonymous" or role_kind_of_words([noun]) is not None:
        return True
    return noun.endswith(PERSON_ENDINGS) and len(noun) > 5


# The endings of nouns made to call people ("socialist", "historian", "speechwriter", "investor").
PERSON_ENDINGS = ("ist", "ian", "er", "or")
