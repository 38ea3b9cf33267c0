"""A relative named by a first name alone takes the family's surname: "Mrs Okonjo and her husband, David, sat in the
public gallery" names David Okonjo, so that a later "Mr Okonjo" is read as one of two men of that name, not as the only
Okonjo the text names in full (their son, whose death the article reports)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from saywho.analyse.entity_cluster import first_names, person_titles
from saywho.analyse.name_cleaning import COURTESY

# Relatives who, in news writing, share the surname of the person whose relative they are, and their sex: a married
# woman's father, mother, brother or sister seldom carries her surname.
FAMILY = {"husband": "m", "wife": "f", "son": "m", "daughter": "f"}
OWNER_GENDERS = {"his": "m", "her": "f"}


def kin_surname(span: Span, tokens: list[str], label: str) -> list[str]:
    """`tokens` with the surname of the person whose relative the first name is ("her husband, David"), where the
    sentence names that person before it by a courtesy title that fits "his" or "her" and the relative is of the
    other sex; else `tokens`."""
    if label != "PERSON" or len(tokens) != 1 or not first_names().get(tokens[0].lower()):
        return tokens
    kin = span.root.head
    if span.root.dep_ != "appos" or kin.i >= span.start or kin.lemma_.lower() not in FAMILY:
        return tokens
    owner_word = next((c for c in kin.children if c.dep_ == "poss" and c.lower_ in OWNER_GENDERS), None)
    owner_gender = OWNER_GENDERS[owner_word.lower_] if owner_word is not None else None
    if owner_gender is None or owner_gender == FAMILY[kin.lemma_.lower()]:
        return tokens  # "Mrs Ahmed and her daughter, Sara": a "Sara Ahmed" would take the mother's "Mrs Ahmed"
    owner = _named_owner(kin, owner_gender)
    if owner is None:
        return tokens
    # "his wife, Jane," where the text gives a Jane another surname elsewhere: she keeps her own
    elsewhere = {ent[-1].text for ent in span.doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                 and ent[0].text == tokens[0]}
    return [tokens[0], owner.text] if elsewhere <= {owner.text} else tokens


def _named_owner(kin: Token, gender: str) -> Token | None:
    """The surname of the one person the sentence names before the relative, by a courtesy title of the owner's
    gender ("Mrs Okonjo"); None where it names none or several, or names the owner in full: the text that writes
    "Sheldon Adelson and his wife, Miriam" goes on to mean him by a bare "Adelson", which her name must not take."""
    names = [ent for ent in kin.sent.ents if ent.label_ == "PERSON" and ent.end <= kin.i and len(ent) > 1]
    if len(names) != 1 or len(names[0]) != 2 or not all(t.text[:1].isupper() for t in names[0]):
        return None
    title, surname = names[0]
    courtesy = title.lower_.rstrip(".")
    return surname if courtesy in COURTESY and person_titles().get(courtesy) == gender and surname.is_alpha else None
