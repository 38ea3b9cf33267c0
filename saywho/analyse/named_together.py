"""A "they" the speakers step ties to no one, where the people it stands for are names the article has just
given together: "Take Idaho Republican Sens. Mike Crapo and Jim Risch. Last week, they enthusiastically endorsed
…"; "Mr. Rubio and Mr. Cruz … had moments where they teamed up against Mr. Trump. They were especially hard on
him".

The speakers step resolves a "they" to one organisation or group described, never to several people, and
leaves these unresolved; the profile then calls the source `unknown`. The guidelines call a pronoun that refers
to people the article names `named`, and the plain case is a "they" whose nearest plural antecedent is names
coordinated ("A and B"): the subject of a clause in its sentence before it or in the sentence before (the
objects there where no plural subject stands). Any other plural in that place ("critics", "the voters") is the
antecedent instead, and the source stays `unknown`.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.subject_taken_up import sentence_before

SUBJECTS = {"nsubj", "nsubjpass"}
# and a sentence of names alone, the parser's reading of "Take Sens. Mike Crapo and Jim Risch." cut after "Sens."
OBJECTS = {"dobj", "pobj", "dative", "ROOT"}
THEY = {"they"}
STEPS = 2  # a "they" going on from a "they" before it: "When I met Mr. VandeHei and Mr. Allen, they were …. They would"


def named_together_before(pronoun: Token, people: dict[int, str], steps: int = STEPS) -> bool:
    """Whether the nearest plural antecedent of the "they" `pronoun` is two or more people named together, in its
    sentence before it or in the sentence before (same paragraph); where that antecedent is a "they" itself, that
    one's, `steps` times at most. `people`: the entity of each token of a person's name."""
    if pronoun.lower_ not in THEY:
        return False
    window = _window(pronoun)
    for deps in (SUBJECTS, OBJECTS):
        plurals = [t for t in window if t.dep_ in deps and (_people_together(t, people) or _plural(t))]
        if not plurals:
            continue
        nearest = plurals[-1]
        if nearest.lower_ in THEY:
            return steps > 0 and named_together_before(nearest, people, steps - 1)
        return _people_together(nearest, people)
    return False


def _window(pronoun: Token) -> list[Token]:
    """The tokens of the pronoun's sentence before it, after those of the sentence before where no paragraph
    break stands between them."""
    before = sentence_before(pronoun.sent)
    return [*(before or []), *pronoun.doc[pronoun.sent.start:pronoun.i]]


def _people_together(token: Token, people: dict[int, str]) -> bool:
    """ "Mike Crapo and Jim Risch": a person's name with another's joined to it by "and"."""
    if token.i not in people:
        return False
    others = {people.get(c.i) for c in token.children if c.dep_ == "conj"} - {None, people[token.i]}
    return bool(others)


def _plural(token: Token) -> bool:
    """ "critics", "the voters", "Democrats", "they": a plural, named or not ("Britain and the European Union" is
    no plural here: places and organisations are not the people a "they" that says something stands for)."""
    return token.tag_ in {"NNS", "NNPS"} or token.lower_ in THEY


def they_for_people_named_together(pronoun: Token, entity_of_token: dict[int, str], entities: dict) -> bool:
    """Whether `pronoun` is a "they" whose nearest plural antecedent is people named together (the speakers
    step then ties it to no group described: "Cruz, Trump and Rubio established …. Even as they all vowed",
    not "the New Hampshire primary" between)."""
    return pronoun.lower_ in THEY and named_together_before(pronoun, people_by_token(entity_of_token, entities))


def people_by_token(entity_of_token: dict[int, str], entities: dict) -> dict[int, str]:
    """The entity of each token of a person's name, as `named_together_before` reads people."""
    return {i: e for i, e in entity_of_token.items() if e in entities and entities[e].type == "PERSON"}
