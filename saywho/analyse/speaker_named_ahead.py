"""A description that opens an article before anyone is named, as the one person the article later gives its office.

"The dean of Columbia's Graduate School of Journalism has published a letter … / … Steve Coll, the dean of the
journalism school, said": news leads often describe the person first and name them a paragraph or two later. Read
only where nobody at all is named as a person before the description (so it cannot take up someone already in
the story), and where exactly one person named in the WINDOW after it is given its noun (a title, an apposition)
with every word of it. PolNeAR train.jsonl: descriptions 372 → 373 right, no wrong name; train-pronouns unchanged.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.mention_names import PLACE_NOUNS
from saywho.analyse.noun_readings import is_definite
from saywho.analyse.referents import CALLED, DOCUMENTS, WINDOW, words_for
from saywho.analyse.speaker_candidates import speaker_of
from saywho.analyse.speaker_epithets import COURTESY_TITLES
from saywho.analyse.speaker_unnamed_leads import WRITINGS
from saywho.document import Entity, Speaker

# Heads that withhold a name ("the official" may never be named), and words that tell when, not who.
ANONYMOUS_HEADS = frozenset({"source", "sources", "official", "officials", "person", "people", "aide", "aides"})
TIMELESS = frozenset({"former", "longtime", "current", "then", "outgoing", "incoming", "sitting", "same"})


def named_ahead(head: Token, resolver) -> Speaker | None:
    """The one person named after the description `head` whom the article gives its noun; None otherwise.
    `resolver`: the speakers step's (speakers.Resolver)."""
    noun = head.lemma_.lower()
    if not is_definite(head) or not _describes_someone(head, resolver, unlisted="PERSON"):
        return None
    people = resolver.entities
    if any(people[e].type == "PERSON" and resolver.doc[i].idx < head.idx for i, e in resolver.by_token.items()):
        return None  # someone is in the story already: the description may be them
    called = resolver.role_words()
    wanted = CALLED.get(noun, {noun})
    modifiers = {c.lower_.strip(".,") for c in head.lefts if c.dep_ in {"amod", "compound", "nmod"}} - TIMELESS
    fitting = [entity for entity in _people_after(head, resolver)
               if wanted & (words := words_for(entity, called.get(entity.id, []))) and modifiers <= words
               and not _their_body(noun, entity)]
    if len(fitting) != 1:
        return None
    return Speaker(**{**speaker_of(fitting[0], "description").__dict__, "antecedent": head.idx})


def _titled_otherwise(entity: Entity, noun: str) -> bool:
    """Whether the text gave the person an office by a title that is not the description's: "the nation's chief called
    it overdue … Justice Eleanor Marchetti wrote" is no judge."""
    titles = {title.lower().rstrip(".") for title in entity.titles} - COURTESY_TITLES
    return bool(titles) and noun not in titles | HOLDERS_OF_ANY_TITLE and not CALLED.get(noun, set()) & titles


# What anyone with an office's title is: "Australia's most senior military cyber officer … Air Vice-Marshal Gallagher"
HOLDERS_OF_ANY_TITLE = frozenset({"officer", "official"})


def _their_body(noun: str, entity: Entity) -> bool:
    """Whether the noun names the body the person serves ("The coast guard said" before "coast guard spokesman Cmdr.
    Nikos Alexandrou"): the body, not its spokesman."""
    return any(noun in affiliation.lower().split() for affiliation in entity.affiliations)


def _describes_someone(head: Token, resolver, unlisted: str) -> bool:
    """A singular common noun for a person, not one that withholds a name ("the official"); not an organisation's
    ("the company"), a place's ("the town") or a writing's ("the survey"). `unlisted`: the kind of a noun the role
    lists lack."""
    noun = head.lemma_.lower()
    return head.pos_ == "NOUN" and head.tag_ == "NN" and head.lower_ not in ANONYMOUS_HEADS \
        and resolver.roles.get(noun, unlisted).split("\t")[0] == "PERSON" and noun not in PLACE_NOUNS | DOCUMENTS | WRITINGS


def _people_after(head: Token, resolver) -> list[Entity]:
    ahead = {e for i, e in resolver.by_token.items() if head.idx < resolver.doc[i].idx < head.idx + WINDOW}
    return [resolver.entities[e] for e in sorted(ahead) if resolver.entities[e].type == "PERSON"]


def named_next(head: Token, resolver, following: list) -> Speaker | None:
    """ "The president's nominee to lead NOAA told senators …. / "…," Alan Kessing, a former broadcast meteorologist,
    said": a wire lead describes the one it is about and names them in the next paragraph, as the next speaker. Read
    only where nobody is named as a person before the description, and the next attribution's speaker is a person
    first named there, in the paragraph after the description's, with no other person named between.
    `following`: the attributions after the description's, in order."""
    owned = any(c.dep_ == "poss" for c in head.children)  # "The president's nominee", "Australia's most senior officer"
    if not (is_definite(head) or owned) or not _describes_someone(head, resolver, unlisted=""):
        return None
    speaker = following[0].speaker if following else None
    if speaker is None or not speaker.named or speaker.type != "PERSON" or speaker.entity is None:
        return None
    people = resolver.entities
    first = min((resolver.doc[i].idx for i, e in resolver.by_token.items() if e == speaker.entity), default=None)
    if first is None or first < head.idx or resolver.paragraph_of(first) - resolver.paragraph_of(head.idx) != 1:
        return None
    named_first = {e for i, e in resolver.by_token.items() if people[e].type == "PERSON" and resolver.doc[i].idx < first}
    if named_first - {speaker.entity} or _titled_otherwise(people[speaker.entity], head.lemma_.lower()) \
            or _called_otherwise_beside(head, people[speaker.entity]):
        return None
    return Speaker(**{**speaker_of(people[speaker.entity], "description").__dict__, "antecedent": first})


def _called_otherwise_beside(head: Token, entity: Entity) -> bool:
    """ "after a grandmaster accused his final-round opponent …, a claim the opponent's lawyer called …" before
    "Grandmaster Oleksiy Marchuk, 38, said": the one named next bears, before his first and last names, a title that
    the description's own sentence gives someone else in lower case, so he is that other one, not the lawyer. Not a
    first name or a surname that is a noun too ("the bill" before "Bill Carter", "a ward" before "Helen Ward")."""
    words = entity.name.split()
    title = words[0].lower() if len(words) >= 3 else None
    return title is not None and any(t.i != head.i and t.pos_ == "NOUN" and t.text == title for t in head.sent)
