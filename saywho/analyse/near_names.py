"""Speakers the article names right beside the words that stand for them.

The resolver leaves some sources unnamed although a reader needs no inference to name
them: the name stands in the same sentence or the one before, or the article has given
one person, and only one, that very office. Once every source is resolved, an unnamed
one is named only where the text makes it plain:
- a relative pronoun is the name its clause hangs on, or the name the comma before it
  closes: "John Bentel, who said …", "a ruling from the Illinois Board of Elections, which"; or the name a
  description in apposition describes, where the clause hangs on the description ("Mr. Guerrero, a Republican
  who described himself …": the man, though "a Republican" alone is one of the party; PolNeAR train.jsonl
  other 48 → 49 right, no wrong name);
- a definite description of an office ("the New Jersey governor") is the one person named
  before it to whom the article gives that office, with every word of the description.
Three more readings are asked here, each in its own module: a bare "the state" (speaker_states.py), a description
opening the article before anyone is named (speaker_named_ahead.py), a reader's letter's "I" (speaker_letters.py).
Anything less plain stays unnamed: a wrong name is worse than none. (Also tried, and left out: "it",
"he" or "she" as the one organisation or person of that gender named in the sentence or the one
before, and "the company" as the one company just named. With them, PolNeAR train gained 12 more
right names and no wrong one, but dev 3 right and 3 wrong: docs/benchmarks.md, "Speakers named beside
their mention". "The company" came back guarded, in the resolver: organisation_kinds.py.)
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from saywho.analyse.attributions.relative_antecedents import who_stands_for
from saywho.analyse.doc_data import SourceLink
from saywho.analyse.noun_readings import is_definite, is_several, is_some_of
from saywho.analyse.referents import CALLED, DOCUMENTS, RULINGS, document_issuer, words_for
from saywho.analyse.sentences import text_of
from saywho.analyse.speaker_candidates import speaker_of
from saywho.analyse.speaker_families import family_member
from saywho.analyse.speaker_kin import named_relative
from saywho.analyse.speaker_letters import letter_signer
from saywho.analyse.speaker_named_ahead import named_ahead, named_next
from saywho.analyse.speaker_states import state_named_before
from saywho.analyse.speaker_taken_up import taken_up
from saywho.document import Attribution, Entity, Speaker
from saywho.lexicons import classified, person_noun

RELATIVE = {"who", "which", "that"}
# Heads that withhold a name: "the source" beside "Hillary Clinton" is not her.
ANONYMOUS_HEADS = {"source", "sources", "official", "officials", "person", "people", "aide", "aides"}
# Words of a description that tell when, not who: "the former senator" is still the senator named.
TIMELESS = {"former", "longtime", "current", "then", "outgoing", "incoming", "sitting", "same"}
# "Sen. Lindsey Graham (R-S.C.)": a member of Congress's party and state, in brackets after the name.
OF_A_STATE = re.compile(r" of ((?:New |North |South |West |Rhode )?[A-Z][a-z]+)\b")
PARTY_AND_STATE = re.compile(r"\(\s*[RDI]\s*-\s*([A-Z][\w.]*(?: [A-Z][\w.]*)?)\s*\)")


def name_the_near(doc: Doc, attributions: list[Attribution], sources: list[SourceLink], resolver) -> None:
    """Name the unnamed speakers whose referent the text names right there; `resolver` is the speakers
    step's (speakers.Resolver), whose readings of names and sentences are reused."""
    reader = _NearReader(doc, resolver)
    changed: set[int] = set()
    previous = None  # the attribution before, with its speaker as named here: "the senator" may take it up
    spoken: list[tuple[int, str]] = []  # where each named speaker so far was the source, for relatives in turn
    for index, (attribution, source) in enumerate(zip(attributions, sources)):
        if source.carried_from is not None:
            if source.carried_from in changed:
                attribution.speaker = _carried(attributions[source.carried_from].speaker)
                changed.add(index)
            previous = attribution
            continue
        if source.head is not None and (attribution.speaker is None or not attribution.speaker.named) \
                and not _taken_up_unnamed(attribution.speaker):
            head = doc[source.head]
            found = (reader.referent(head, attribution) or taken_up(head, attribution, previous, resolver)
                     or named_relative(head, resolver) or family_member(head, resolver, spoken)
                     or state_named_before(head, resolver.by_token, resolver.entities)
                     or named_ahead(head, resolver) or named_next(head, resolver, attributions[index + 1:])
                     or letter_signer(head, resolver))
            if found is not None:
                attribution.speaker = found
                changed.add(index)
        previous = attribution if attribution.source is not None else previous
        if source.head is not None and attribution.speaker is not None and attribution.speaker.entity is not None:
            spoken.append((doc[source.head].idx, attribution.speaker.entity))
    _pronouns_of_the_named(doc, attributions, sources)


def _taken_up_unnamed(speaker: Speaker | None) -> bool:
    """ "According to a former executive, …. The former executive … said": an unnamed speaker the resolver took up
    again by its description stays who it is, though a named person may fit the words too."""
    return speaker is not None and not speaker.named and speaker.resolved_by == "description"


def _pronouns_of_the_named(doc: Doc, attributions: list[Attribution], sources: list[SourceLink]) -> None:
    """ "… his brother added. “He's a new dad,” he said.": a pronoun the resolver gave to an unnamed speaker's
    phrase ("his brother") is whoever that phrase was named as here."""
    named = {doc[source.head].idx: attribution.speaker for attribution, source in zip(attributions, sources)
             if source.head is not None and attribution.speaker is not None and attribution.speaker.named}
    for attribution in attributions:
        speaker = attribution.speaker
        if speaker is not None and not speaker.named and speaker.resolved_by == "pronoun" \
                and speaker.antecedent in named:
            attribution.speaker = Speaker(**{**named[speaker.antecedent].__dict__, "resolved_by": "pronoun",
                                             "antecedent": speaker.antecedent})


def _several(attribution: Attribution) -> bool:
    """ "The company and France's secretary of state": more than one, though the parse missed the "and"."""
    return attribution.source is None or "and" in attribution.source.text.lower().split()


def _carried(speaker: Speaker | None) -> Speaker | None:
    return Speaker(**{**speaker.__dict__, "resolved_by": "carry-over"}) if speaker is not None else None


PLACES = frozenset({"GPE", "LOC", "FAC"})


class _NearReader:
    def __init__(self, doc: Doc, resolver):
        self.doc = doc
        self.resolver = resolver
        self._called: dict[str, list[str]] | None = None  # read only where a description needs it
        self._states: dict[str, set[str]] | None = None

    def referent(self, head: Token, attribution: Attribution) -> Speaker | None:
        return (self._relative_antecedent(head, attribution) or self._office_holder(head, attribution)
                or self._coordinated_subject(head) or self._issuer(head, attribution))

    def _coordinated_subject(self, head: Token) -> Speaker | None:
        """ "The IMF cut its forecast, and it said …", "The union said … an offer, which it called …": "it" after the
        sentence's subject, an organisation's name, with no other name between them."""
        if head.lower_ != "it" or head.dep_ != "nsubj":
            return None
        first = head.head.head if head.head.dep_ == "conj" else head.sent.root
        subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > head.i:
            return None
        entity_id = self.resolver.names.entity_of(subject, None)
        if entity_id is None or self.resolver.entities[entity_id].type != "ORG":
            return None
        between = {self.resolver.by_token.get(i) for i in range(subject.i + 1, head.i)} - {None, entity_id}
        if between:
            return None
        return Speaker(**{**speaker_of(self.resolver.entities[entity_id], "pronoun").__dict__,
                          "antecedent": subject.idx})

    def _issuer(self, head: Token, attribution: Attribution) -> Speaker | None:
        """ "A Bloomberg poll found … The poll said": a document's issuer, named before it with the same noun
        (one issuer only). A ruling stays as described: the speaker gold keeps a court's ruling a document of
        its own, so naming the court would count as a wrong name."""
        noun = head.lower_
        if noun not in DOCUMENTS or not is_definite(head) or attribution.source is None:
            return None
        if noun in RULINGS:
            return None
        issuer = document_issuer(self.doc, attribution.source.text.strip(" ,"), head.idx)
        fitting = [e for e in self.resolver.entities.values()
                   if e.type != "PERSON" and issuer in {e.name, *e.aliases}] if issuer else []
        if len(fitting) != 1:
            return None
        return Speaker(**{**speaker_of(fitting[0], "description").__dict__, "antecedent": head.idx})

    def _relative_antecedent(self, head: Token, attribution: Attribution) -> Speaker | None:
        """ "John Bentel, who said": the name the relative clause hangs on, or the name the comma before
        the pronoun closes where the parser hung the clause on a noun before it ("a decision from the
        Illinois Board of Elections, which ruled")."""
        relative = self._relative_word(attribution) or head
        if relative.lower_ not in RELATIVE or relative.tag_ not in {"WP", "WDT"}:
            return None
        clause = _first_of_its_clauses(relative.head)  # "Eric Kingson, who is running … and who said"
        relative = next((c for c in clause.children if c.lower_ == relative.lower_ and c.dep_ == relative.dep_),
                        relative)
        antecedent = who_stands_for(relative, clause.head) if clause.dep_ == "relcl" else head
        if antecedent.ent_type_ == "PERSON" and _after_people_joined(relative, antecedent):
            return None  # "Maria Lopez and Tom Reed, who said": both
        some = antecedent.pos_ == "PRON" or is_some_of(antecedent) or is_several(antecedent)
        entity_id = None if some else self.resolver.names.entity_of(antecedent, None)
        entity_id = entity_id or self._name_before_comma(relative, antecedent) or self._name_described(antecedent)
        if entity_id is None or (relative.lower_ == "which" and self.resolver.entities[entity_id].type == "PERSON"):
            return None  # a "which" the parser hung on a person is some thing's
        return Speaker(**{**speaker_of(self.resolver.entities[entity_id], "alias").__dict__,
                          "resolved_by": "pronoun", "antecedent": antecedent.idx})

    def _relative_word(self, attribution: Attribution) -> Token | None:
        """The source's one word, where that is all the source is ("which")."""
        source = attribution.source
        if source is None or len(source.spans) != 1:
            return None
        span = self.doc.char_span(source.start, source.end)
        return span[0] if span is not None and len(span) == 1 else None

    def _name_before_comma(self, relative: Token, antecedent: Token) -> str | None:
        """ "a decision from the Illinois Board of Elections, which ruled": the name the comma closes,
        where the parser hung the clause on a noun before it. For "who", no organisation where the clause hangs on
        the role of a person named beside it ("John Eastman, a professor … and director of the Claremont
        Institute's Center …, who said": Eastman)."""
        if relative.i < 2 or self.doc[relative.i - 1].text != ",":
            return None
        entity_id = self.resolver.by_token.get(relative.i - 2)
        if entity_id is None or relative.lower_ != "who":
            return entity_id
        described = self.resolver.by_token.get(antecedent.head.i) if antecedent.dep_ == "appos" else None
        described = described if described is not None and self.resolver.entities[described].type == "PERSON" else None
        if _named_so(self.doc[relative.i - 2], antecedent):
            return entity_id  # "a 70-year-old academic named Eric Kingson, who is running"
        apart = self.resolver.by_token.get(antecedent.i) != entity_id  # the name is no part of the antecedent
        if apart and (described is not None or person_noun(antecedent.lemma_.lower())):
            # "Denise Orlowski, a retired nurse from nearby Kettering, who said": the nurse's; "A mother of three in
            # Surrey, who asked", "A 34-year-old math teacher at Calder Springs Middle School, who asked": the
            # mother's, the teacher's, whom no name names
            return described
        if self.resolver.entities[entity_id].type == "PERSON":
            return entity_id
        if self.resolver.entities[entity_id].type in PLACES:
            return None  # "A retired schoolteacher from nearby Oro Springs, who asked": no place is a "who"
        return described if described is not None else entity_id

    def _name_described(self, noun: Token) -> str | None:
        """ "Mr. Guerrero, a Republican who described himself …", "Del. Jennifer Carr (D-Norfolk), a corporate
        attorney …, who says": the name that one description in apposition to it describes, where the clause hangs
        on the description ("a Republican" here is the man, not one of the party)."""
        if noun.pos_ == "PRON" or noun.tag_ in {"NNS", "NNPS"}:
            return None
        noun = _first_of_its_clauses(noun)  # "Harold Doley, a banker and former … official who has suggested"
        if noun.dep_ != "appos" or noun.tag_ in {"NNS", "NNPS"} or (is_several(noun) and not _offices_of_one(noun)):
            return None
        own = self.resolver.names.entity_of(noun, None)
        if own is not None and self.resolver.entities[own].type == "PERSON":
            return None  # a name in apposition is someone of its own: "Podesta, Manafort's partner, who …"
        return self.resolver.by_token.get(noun.head.i)

    def _office_holder(self, head: Token, attribution: Attribution) -> Speaker | None:
        """ "the Florida senator" after "Sen. Marco Rubio (R-Fla.)": the one person before it given that office."""
        if head.pos_ == "PRON" or not is_definite(head) or _several(attribution):
            return None
        noun = head.lemma_.lower()
        if head.lower_ in ANONYMOUS_HEADS or (noun not in CALLED and not self.resolver.roles.get(noun, "").startswith("PERSON")):
            return None
        if self._called is None:
            self._called, self._states = self.resolver.role_words(), _states_in_brackets(self.doc, self.resolver.by_token)
        wanted = CALLED.get(noun, {noun})
        modifiers = {c.lower_.strip(".,") for c in head.lefts if c.dep_ in {"amod", "compound", "nmod"}} - TIMELESS
        fitting = [entity for entity in self._people_before(head.idx) if self._holds(entity, wanted, modifiers)]
        if len(fitting) != 1:
            return None
        return Speaker(**{**speaker_of(fitting[0], "description").__dict__, "antecedent": head.idx})

    def _holds(self, person: Entity, wanted: set[str], modifiers: set[str]) -> bool:
        """Whether the article gave the person the office (by what a role says they are, not whom they serve) and
        every modifier of the description."""
        called = (self._called or {}).get(person.id, [])
        if not wanted & words_for(person, called, calling_only=True):
            return False
        words = words_for(person, called)
        return all(self._describes(person, word, words) for word in modifiers)

    def _describes(self, person: Entity, word: str, words: set[str]) -> bool:
        """A description's word fits the person: the article's own word for them, their state ("the South
        Carolina senator", "(R-S.C.)"), or an organisation's short name where the article gave its full name
        ("the former DNC chairman", "a former chairman of the Democratic National Committee")."""
        if word in words or word in (self._states or {}).get(person.id, set()):
            return True
        theirs = " ".join([*person.roles, *person.affiliations]).lower()
        return any(entity.type == "ORG" and word in {n.lower() for n in [entity.name, *entity.aliases]}
                   and entity.name.lower() in theirs for entity in self.resolver.entities.values())

    def _people_before(self, offset: int) -> list[Entity]:
        seen = {entity_id for token, entity_id in self.resolver.by_token.items() if self.doc[token].idx < offset}
        return [self.resolver.entities[e] for e in sorted(seen) if self.resolver.entities[e].type == "PERSON"]


def _states_in_brackets(doc: Doc, by_token: dict[int, str]) -> dict[str, set[str]]:
    """Entity id → the words of the state its "(R-S.C.)" names ({"south", "carolina"}): "the South Carolina
    senator" is the one person the article so placed."""
    states = classified("us_states.txt")
    found: dict[str, set[str]] = {}
    text = text_of(doc)
    for match in PARTY_AND_STATE.finditer(text):
        state = states.get(match.group(1).lower())
        before = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
        if state is None or before is None or before.start == 0:
            continue
        entity_id = by_token.get(before.start - 1)
        if entity_id is not None:
            found.setdefault(entity_id, set()).update(state.lower().split())
    for match in OF_A_STATE.finditer(text):  # "Sen. Lindsey Graham of South Carolina"
        state = states.get(match.group(1).lower())
        before = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
        entity_id = by_token.get(before.start - 1) if before is not None and before.start > 0 else None
        if state is not None and entity_id is not None:
            found.setdefault(entity_id, set()).update(state.lower().split())
    return found


def _first_of_its_clauses(node: Token) -> Token:
    """The first of the words joined by "and" that the node is one of: "a banker and former official" is one
    description; "who is running for Congress and who said" hangs its second clause on the first."""
    while node.dep_ == "conj" and (node.head.pos_ == node.pos_ or {node.pos_, node.head.pos_} <= NOMINAL):
        node = node.head
    return node


NOMINAL = frozenset({"NOUN", "PROPN"})


def _named_so(name: Token, noun: Token) -> bool:
    """ "an academic named Eric Kingson": the name that "named" or "called" gives the noun."""
    verb = name.head
    return name.dep_ in {"oprd", "dobj", "attr"} and verb.lemma_ in {"name", "call"} and verb.dep_ == "acl" \
        and verb.head.i == noun.i


def _offices_of_one(description: Token) -> bool:
    """ "a banker and former Reagan administration official": nouns for one person's offices, joined by "and"."""
    joined = [child for child in description.children if child.dep_ == "conj"]
    return description.tag_ == "NN" and all(child.tag_ == "NN" or _a_party_word(child) for child in joined)


def _a_party_word(word: Token) -> bool:
    """ "an influential Hispanic Republican": a member of a party or a people, which one person may be."""
    return word.tag_ == "NNP" and word.ent_type_ == "NORP"


def _after_people_joined(relative: Token, name: Token) -> bool:
    """ "Maria Lopez and Tom Reed, who said": a relative after the last of names joined by "and" is theirs; not
    "Mr. Carson, who claimed …, and Donald J. Trump", whose "who" comes before the second name."""
    first = name.head if name.dep_ == "conj" else name
    joined = [first, *(child for child in first.children if child.dep_ == "conj")]
    return len(joined) > 1 and is_several(first) and all(person.i < relative.i for person in joined)
