"""A person's surname the model left untagged ("Paradis agrees.") where the writer uses it for them elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from saywho.analyse.name_labels import described_as_organisation
from saywho.analyse.sentences import text_of
from saywho.analyse.token_arrays import with_text

if TYPE_CHECKING:
    from saywho.analyse.entity_cluster import Cluster


def with_untagged_surnames(clusters: list[Cluster], doc: Doc) -> None:
    """Adds, as a mention, each lone capitalised word that is a one-word form of exactly one person's name,
    the form the writer already uses for them elsewhere, or the last word of it ("Mosman saw it differently"
    after "Judge Michael W. Mosman"), or an organisation's one-word name ("Tesla will send …"). A word of any other entity's name, or one next
    to another capitalised word ("Paradis Street"), stays as the model left it."""
    taken = {i for cluster in clusters for i in cluster.token_ids}
    owners = _surname_owners(clusters)
    for token in (doc[i] for i in with_text(doc, owners)):
        owner = owners[token.text]
        if token.i in taken or not _lone_proper_noun(doc, token.i):
            continue
        owner.mentions.append((token.idx, token.idx + len(token.text)))
        owner.token_ids.append(token.i)
        owner.called_an_organisation |= described_as_organisation(doc[token.i: token.i + 1], [token.text])
    _add_transcript_labels(owners, doc, taken)
    for cluster in owners.values():
        cluster.mentions.sort()


def _add_transcript_labels(owners: dict[str, Cluster], doc: Doc, taken: set[int]) -> None:
    """ "DELGADO: Nobody wants to close a fire station.": a transcript's label in capitals, opening its line before a
    colon, is the person whose surname it spells (the model tags such a label only sometimes: "WALLACE", not
    "DELGADO")."""
    labels = {surname.upper(): owner for surname, owner in owners.items()}
    text = text_of(doc)
    for token in (doc[i] for i in with_text(doc, labels)):
        opens_line = token.idx == 0 or text[token.idx - 1] == "\n"
        if token.i in taken or not opens_line or token.i + 1 >= len(doc) or doc[token.i + 1].text != ":":
            continue
        owner = labels[token.text]
        owner.mentions.append((token.idx, token.idx + len(token.text)))
        owner.token_ids.append(token.i)


def _surname_owners(clusters: list[Cluster]) -> dict[str, Cluster]:
    words: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        for word in {w for form in cluster.forms for w in _claimed(cluster, form)}:
            words.setdefault(word, []).append(cluster)
    owners = {form[-1]: c for c in clusters if c.type == "PERSON" for form in c.forms
              if len(words[form[-1]]) == 1 and (len(form) == 1 or _surname_like(form[-1]))}
    # an organisation of one word the model tagged elsewhere ("Tesla said …", then "Tesla will send …" untagged)
    owners.update({form[0]: c for c in clusters if c.type == "ORG" for form in c.forms
                   if len(form) == 1 and len(words[form[0]]) == 1 and _surname_like(form[0]) and form[0] not in owners})
    return owners


def _claimed(cluster: Cluster, form: list[str]) -> list[str]:
    """The words of a form that make a lone word its own. Not the last word of an organisation's name of several
    ("AG Lynch", "Impeach AG Lynch", headline and title read as organisations): the model calls a person so when
    a title it does not know stands before the surname, and the surname is still the person's. On train these two
    kept "Lynch announced" from Loretta Lynch, and her "She" had no recent mention (train 1675 -> 1676 right,
    train-pronouns 824 -> 825, no new wrong name)."""
    if cluster.type == "PERSON" or len(form) == 1:
        return form
    return form[:-1]


def _surname_like(word: str) -> bool:
    """The last word of a full name, as a writer would use it alone ("Mosman" of "Michael W. Mosman"): not an
    initial, a suffix ("Jr.") or punctuation."""
    return len(word) > 2 and word.isalpha() and word[0].isupper() and not word.isupper()


def _lone_proper_noun(doc: Doc, i: int) -> bool:
    """A proper noun in no entity of another kind (not the month of a "May" the Prime Minister shares); or a
    word the model misread, standing where only a noun can: "Trump himself was delighted" (the verb "trump"),
    "Trump brags that …" (a common noun before another), "That tactic allows Rubio to offer" (a product)."""
    token = doc[i]
    if not token.is_title or _beside_a_capital(doc, i):
        return False
    if not token.ent_type_:
        return token.pos_ == "PROPN" or token.dep_ in NOMINAL or token.dep_ == "compound"
    return token.dep_ in NOMINAL and token.ent_type_ in MISREAD


NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative", "appos"})
# The kinds the model gives a surname it does not know; never a number, a date ("May"), a place ("the West") or
# a kind of name the clusters read. Only in a noun's own place: "the Carrier plant" is the company's.
MISREAD = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC"})


def _beside_a_capital(doc: Doc, i: int) -> bool:
    return capital_at(doc, i - 1) or capital_at(doc, i + 1)


def capital_at(doc: Doc, i: int) -> bool:
    """A capitalised word at token `i`, if the doc has one there."""
    return 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()
