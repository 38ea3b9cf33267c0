"""A person's surname the model left untagged ("Paradis agrees.") where the writer uses it for them elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from saywho.analyse import name_forms
from saywho.analyse.entity_cluster import first_name_genders, person_titles
from saywho.analyse.entity_matching import known_gender
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
    _add_namesakes_by_pronoun(clusters, doc, taken)
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


def _add_namesakes_by_pronoun(clusters: list[Cluster], doc: Doc, taken: set[int]) -> None:
    """ "His wife, Simone Baptiste, … Baptiste has gone back to work, but he says": a lone surname two people share,
    untagged, is the one of them its title or the he or she after it in its sentence fits ("Ms Thevarajah is more
    hopeful than her husband"), where the text or a first name tells each one's gender; none where it does not."""
    shared: dict[str, list[Cluster]] = {}
    for cluster in (c for c in clusters if c.type == "PERSON"):
        for surname in {form[-1] for form in cluster.forms if _surname_like(form[-1])}:
            shared.setdefault(surname, []).append(cluster)
    shared = {surname: owners for surname, owners in shared.items() if len(owners) > 1}
    for token in (doc[i] for i in with_text(doc, shared)):
        lone = _lone_proper_noun(doc, token.i) and token.pos_ == "PROPN" and token.dep_ != "compound"
        if token.i in taken or not (lone or _after_a_title(doc, token.i)):
            continue  # not "Stone wall: the plan would replace …", a noun opening a sentence
        gender, genders = _gender_beside(doc, token.i), [_gender(c) for c in shared[token.text]]
        if gender is None or None in genders or genders.count(gender) != 1:
            continue
        owner = shared[token.text][genders.index(gender)]
        owner.mentions.append((token.idx, token.idx + len(token.text)))
        owner.token_ids.append(token.i)


def _gender_beside(doc: Doc, i: int) -> str | None:
    """The gender of the title before the word at `i` ("Ms", "Mr."), else of the first he, she, his, her, himself or
    herself after it in its sentence, before any other person's name, where it is a subject, an owner or a reflexive:
    an object ("Price thanked her") is someone else."""
    title = _title_gender_before(doc, i)
    if title is not None:
        return title
    for token in doc[i + 1 : doc[i].sent.end]:
        gender = name_forms.PRONOUN_GENDERS.get(token.lower_)
        if token.ent_type_ == "PERSON" or gender is not None:
            own = token.dep_ in {"nsubj", "nsubjpass", "poss"} or token.lower_ in {"himself", "herself"}
            return gender if own and token.ent_type_ != "PERSON" else None
    return None


def _after_a_title(doc: Doc, i: int) -> bool:
    """ "Ms Thevarajah is more hopeful": a proper noun after a courtesy title, and no capital after it."""
    return _title_gender_before(doc, i) is not None and doc[i].pos_ == "PROPN" and not capital_at(doc, i + 1) \
        and not doc[i].ent_type_


def _title_gender_before(doc: Doc, i: int) -> str | None:
    """The gender of a courtesy title ("Ms", "Mr.") right before the word at `i`, or None."""
    gender = person_titles().get(doc[i - 1].lower_.rstrip("."), "-") if i > 0 else "-"
    return gender if gender in {"m", "f"} else None


def _gender(cluster: Cluster) -> str | None:
    """What the text says (entity_matching.known_gender), else what the first name of the fullest form hints."""
    fullest = cluster.fullest_lowered()
    return known_gender(cluster) or (first_name_genders().get(fullest[0]) if len(fullest) > 1 else None)


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
