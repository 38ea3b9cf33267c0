"""Each attribution's source profile: named or not, person or not, what role, what gender the article states.

Run by the speakers step once every speaker is resolved (`profile_speakers`).
Everything comes from the article's own words, anywhere in the article, not only
beside the quotation:
- naming: a name the article gives (`named`, also a he or she the resolver could
  not pin down: the article names the people it calls so); a description that hides
  who speaks ("a source familiar with", "officials": `anonymous`, the head nouns
  sources.txt calls anonymous); an ordinary person described ("a 33-year-old
  mother", "residents": `ordinary`); another description ("the report", "critics":
  `unnamed`, or `named` when it names whose it is: "a study by the Pew Research
  Center"); another pronoun nobody was found for (`unknown`), but a "they" after names given
  together is theirs (named_together.py);
- kind: person, organisation or document (the head nouns sources.txt calls documents,
  and a few more); an unnamed description of no document is people;
- role: the first kind (role_kinds.txt) that the words the article gives the speaker
  name, from every mention of its entity (mention_roles.py: "Republican nominee X" in
  the first paragraph, "X, a securities analyst", "the X campaign"); an outlet is
  `journalist`; a document is its issuer's (a poll a pollster's); a capital a
  government's; a name with an age beside it ("Karen Janes, 67,") and no other role
  is a private person's;
- gender: what the article uses for the person: every he, him, she and her outside
  quotation marks that the speaker resolver ties to them ("Bush said he would …"
  by syntax), a his, himself or herself for its clause's subject (clause_genders.py),
  Mr./Ms., gendered nouns ("mother", "spokeswoman": gendered_nouns.txt); for a description,
  the pronouns of the clause it leads (unnamed_genders.py), none for a group. Signals that
  disagree leave it `not stated` unless one side outweighs the other three to one.
  A first name is never a signal (it only helps the resolver choose between candidates).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Token

from saywho.analyse.campaigning import CANDIDATE, CANDIDATES_OWN, campaigns
from saywho.analyse.clause_genders import clause_subject_genders, named_with_the, reporting_verb, with_described_sources
from saywho.analyse.doc_data import SourceLink
from saywho.analyse.document_roles import DOCUMENT_ROLES, MORE_DOCUMENTS, document_role
from saywho.analyse.entities import first_names
from saywho.analyse.group_members import names_members, people_surnames
from saywho.analyse.group_roles import list_role
from saywho.analyse.lone_sources import RulesChoice, mention_as_speaker
from saywho.analyse.mention_roles import (
    SUBJECT_PRONOUNS,
    included_role_words,
    is_outlet,
    is_station,
    mention_role_words,
    role_words,
)
from saywho.analyse.named_together import named_together_before, people_by_token
from saywho.analyse.noun_readings import is_several
from saywho.analyse.profile_roles import ORDINARY, head_word, source_role
from saywho.analyse.referents import CALLED, as_the_document, described_entity, document_issuer
from saywho.analyse.role_model import refine_roles
from saywho.analyse.role_phrases import after_possessor, form_in, head_phrase, role_kind_of_words, words_of
from saywho.analyse.speaker_candidates import PRONOUNS as PRONOUNS_WANTED
from saywho.analyse.speaker_ranker import SpeakerRanker, shipped_ranker
from saywho.analyse.speaker_readings import DEFAULT_SETTINGS, ResolverSettings
from saywho.analyse.speakers import Resolver
from saywho.analyse.subject_taken_up import subject_taken_up
from saywho.analyse.token_arrays import quoted_tokens, token_starts, with_lower
from saywho.analyse.unnamed_genders import unnamed_heads, unnamed_subject_genders
from saywho.document import NOT_STATED, Attribution, Entity, Gender, Naming, Profile, SourceKind, Speaker
from saywho.lexicons import classified

PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
# The gendered pronouns the resolver resolves, and their gender: he, him, she, her.
SUBJECT_OBJECT_PRONOUNS = {pronoun: gender for pronoun, (_, gender) in PRONOUNS_WANTED.items() if gender}
GENDER_NAMES: dict[str, Gender] = {"f": "female", "m": "male"}
COURTESY_TITLES = {"mr", "mrs", "ms", "miss"}
# Sets of people the article neither names nor credits with a position: "many critics", "opponents".
UNNAMED_GROUPS = {"critic", "opponent", "skeptic", "detractor"}
NOT_SOMEONE = {"", "it", "what", "which", "this", "that", "these", "there", "they", "them"}


def profile_speakers(doc: Doc, attributions: list[Attribution], ranker: SpeakerRanker | None = None,
                     settings: ResolverSettings = DEFAULT_SETTINGS, resolver: Resolver | None = None) -> None:
    """Give the speaker of each of `attributions` (doc._.attributions, resolved) its profile, from the
    article's words. `ranker` and `settings`: the speakers step's (default the shipped ranker);
    `resolver`: the speakers step's, whose readings of the text the profiles' own resolving reuses."""
    # the speakers step's reading of the entities where given: each read of doc._.entities builds them again
    entities = resolver.entities if resolver is not None else {e.id: e for e in doc._.entities or []}
    genders = EntityGenders(doc, entities, attributions, ranker, settings, resolver)
    described = resolver.role_words() if resolver is not None else role_words(doc, entities.values())
    genders.add_nouns(described)
    starts = token_starts(doc)
    name_starts = sorted(starts[i] for i in doc._.entity_of_token or {})
    surnames = people_surnames(entities.values())
    links = doc._.sources or [SourceLink()] * len(attributions)
    rules = RulesChoice(doc, entities, attributions, settings, resolver)
    for index, (attribution, link) in enumerate(zip(attributions, links)):
        head = link.head
        if attribution.speaker is None:
            attribution.profile = _lone_profile(doc, attributions, index, link, genders, described, rules, surnames)
            continue
        # the profile reads "the lawmaker" after "Sen. Hardy" as Hardy; the speaker stays as resolved
        speaker = _tied_to_a_name(doc, as_the_document(attribution.speaker, _source_words(attribution)), head,
                                  entities, described, genders)
        entity = entities.get(speaker.entity) if speaker.entity else None
        words = described.get(entity.id, []) if entity is not None else []
        if entity is not None and entity.id in genders.candidates:
            words = [*words, CANDIDATE]
        issuer = _issuer_named_before(doc, speaker, head)
        profile = profile_of(speaker, entity, _source_words(attribution), genders,
                                                 [*words, *words_of(issuer or ""), *mention_role_words(_source_words(attribution), speaker.named),
                                                  *([] if speaker.named else included_role_words(_source_words(attribution)))],
                                                 issuer is not None or _names_someone(attribution, name_starts),
                                                 genders.of_unnamed(_unnamed_offset(doc, speaker, head)), surnames)
        listed = list_role(speaker.name, entities, lambda person, as_speaker: source_role(as_speaker, person, "", "person", [
            *described.get(person.id, []), *([CANDIDATE] if person.id in genders.candidates else [])]))
        attribution.speaker.profile = replace(profile, role=listed) if entity is None and listed else profile
    refine_roles(doc, attributions, described, entities=entities)  # the learned role and naming, where sure (role_model.py)


def _lone_profile(doc: Doc, attributions: list[Attribution], index: int, link: SourceLink,
                  genders: EntityGenders, described: dict[str, list[str]], rules: RulesChoice,
                  surnames: frozenset[str] = frozenset()) -> Profile | None:
    """A source tied to no speaker ("he" the ranker could not pin down, "many"): its profile from the mention,
    with the role of the person the resolver's rules choose (lone_sources.py); the speaker stays None."""
    if link.carried_from is not None:
        return attributions[link.carried_from].profile
    if link.head is None or attributions[index].source is None:
        return None
    head = doc[link.head]
    speaker = mention_as_speaker(head)
    profile = profile_of(speaker, None, _source_words(attributions[index]), genders,
                         pronouns=genders.of_unnamed(head.idx), surnames=surnames)
    if profile.naming == "unknown" and named_together_before(head, people_by_token(doc._.entity_of_token or {},
                                                                                  rules.entities)):
        profile = replace(profile, naming="named")  # "Sens. Mike Crapo and Jim Risch. Last week, they endorsed"
    candidate = rules.candidate(index, head)
    if candidate is None:
        return profile
    words = [*described.get(candidate.id, []), *([CANDIDATE] if candidate.id in genders.candidates else [])]
    return replace(profile, role=source_role(speaker, candidate, "", "person", words))


def _tied_to_a_name(doc: Doc, speaker: Speaker, head: int | None, entities: dict[str, Entity],
                    described: dict[str, list[str]], genders: EntityGenders) -> Speaker:
    """ "The longtime senator" just after "Sen. John McCain": for the profile, McCain (referents.py); "The
    online retail giant" opening the sentence after one whose subject is Amazon: Amazon (subject_taken_up.py).
    The speaker itself stays as the speakers step left it."""
    if speaker.entity is not None or speaker.resolved_by != "unnamed" or head is None:
        return speaker
    entity = described_entity(doc, speaker.name, doc[head].idx, entities, described) or subject_taken_up(
        doc[head], doc._.entity_of_token or {}, entities, genders.of)
    if entity is None:
        return speaker
    return replace(speaker, entity=entity.id, named=True, type=entity.type, resolved_by="description")


def _issuer_named_before(doc: Doc, speaker: Speaker, head: int | None) -> str | None:
    """ "the summary" after "an FBI summary": the FBI, for a description of a document (referents.py)."""
    if speaker.entity is not None or speaker.resolved_by != "unnamed" or head is None:
        return None
    words = words_of(speaker.name)
    if not words or not (_singular(words[-1], classified("sources.txt")) == "document"
                         or form_in(words[-1], MORE_DOCUMENTS) or form_in(words[-1], DOCUMENT_ROLES)):
        return None
    return document_issuer(doc, speaker.name, doc[head].idx)


def _unnamed_offset(doc: Doc, speaker: Speaker, head: int | None) -> int | None:
    """Where an unnamed speaker's description stands, as the resolver knows it: its head word's offset. None for
    a description of several ("Prosecutors", "Two senior aides"): a he the resolver ties to a group is someone
    else, and a group has no gender in a profile."""
    if speaker.entity is not None:
        return None
    if speaker.resolved_by == "pronoun":
        return speaker.antecedent
    if speaker.resolved_by != "unnamed" or head is None or doc[head].tag_ in {"NNS", "NNPS"} or is_several(doc[head]):
        return None
    return doc[head].idx


def _names_someone(attribution: Attribution, name_starts: list[int]) -> bool:
    """ "a study by the Pew Research Center", "Trump's campaign": a name inside the source mention."""
    spans = attribution.source.spans if attribution.source is not None else []
    return any(bisect_left(name_starts, start) < bisect_left(name_starts, end) for start, end in spans)


def profile_of(speaker: Speaker, entity: Entity | None, source: str, genders: EntityGenders,
               described_as: tuple[str, ...] | list[str] = (), names_someone: bool = False,
               pronouns: Counter | None = None, surnames: frozenset[str] = frozenset()) -> Profile:
    description = _counted(speaker.name, source) if not speaker.named else ""
    head = head_word(description or source)
    kind = _kind(speaker, head)
    if kind == "organisation" and entity is not None and _is_a_person(entity, genders) and not _a_station(speaker):
        kind = "person"  # "Mr. Trump", "Weaver, the campaign manager": a person the recogniser took for a group
    named = _naming(speaker, head, description)
    if named == "unnamed" and names_someone and (kind in {"document", "organisation"} or " and " in description):
        named = "named"  # whose study or campaign it is identifies it; "Chaffetz and Goodlatte" are named
    if named in {"unnamed", "anonymous"} and not speaker.named and names_someone and names_members(source, surnames):
        named = "named"  # "Some observers, including professor Zeynep Tufekci", "the Khans": it names some of them
    if named == "unnamed" and kind == "document" and words_of(description)[:1] in (["his"], ["her"], ["its"]):
        named = "named"  # "his plan": the article names the people it calls he or she, and what it calls it
    role = source_role(speaker, entity, description, kind, described_as, names_someone)
    if kind == "document":
        role = document_role(role, head, source)
    return Profile(
        naming=named,
        kind=kind,
        role=role,
        gender=_gender(speaker, entity, source, description if named != "named" else "", kind, genders,
                       pronouns or Counter()),
    )


QUANTITY = re.compile(r"^\W*(?:(?:some|about|nearly|almost|roughly|around|over|only|just)\s+)?(?:\d[\d.,]*\s*(?:%|percent)?|half|most|many|some|majority|third|quarter)(?:\W|$)", re.I)


def _counted(description: str, source: str) -> str:
    """ "56% of Buckeye State voters", "some 55 percent of voters nationwide": a share or a number of people
    is those people."""
    if not QUANTITY.match(description):
        return description
    counted = re.search(r"\bof\s+(?:the\s+)?(.+)", source)
    return counted.group(1) if counted else description


def _is_a_person(entity: Entity, genders: EntityGenders) -> bool:
    if genders.of(entity.id) != NOT_STATED:
        return True
    nouns = classified("role_nouns.txt")
    if any(nouns.get(_role_head(role), "").startswith("PERSON") for role in entity.roles):
        return True
    # "Tony Podesta", "Joe Manchin": a first and a last name make a person (its gender they do not say), also
    # after a title the recogniser took in ("Treasurer Gary Casteel")
    return any(len(words) > 1 and words[0].lower() in first_names()
               for words in map(_after_titles, [entity.name, *entity.aliases]))


def _after_titles(name: str) -> list[str]:
    words = name.split()
    while len(words) > 2 and (_singular(words[0].strip(".").lower(), classified("role_kinds.txt")) is not None
                              or words[0].lower() in {"treasurer"}):
        words = words[1:]
    return words


# -- naming and kind -------------------------------------------------------------------------


def _naming(speaker: Speaker, head: str, description: str) -> Naming:
    if speaker.named and speaker.resolved_by != "unresolved":
        return "named"
    if speaker.resolved_by == "unresolved" and description.lower() in {"he", "she"}:
        # A he or she the resolver could not pin down is still someone the article names: the
        # people it only describes ("a resident ... she said") the rules resolve to their description.
        return "named"
    if speaker.resolved_by == "unresolved" or description.lower() in SUBJECT_PRONOUNS:
        return "unknown"
    if _looks_like_a_name(description) or _an_office_holder(description, head):
        return "named"
    sources = classified("sources.txt")
    if form_in(head, UNNAMED_GROUPS):
        return "unnamed"
    if _singular(head, sources) == "anonymous":
        return "anonymous"
    if ORDINARY.search(description) or role_kind_of_words(words_of(head_phrase(description))) == "citizen" \
            or _singular(head, _gendered()) is not None:
        return "ordinary"
    return "unnamed"


def _an_office_holder(description: str, head: str) -> bool:
    """ "The longtime senator", "the New York billionaire": one person the article has named by the office or
    calling it gives them (referents.py ties them where it can be sure who), never an anonymous insider."""
    return description.lower().startswith("the ") and head in CALLED


def _kind(speaker: Speaker, head: str) -> SourceKind:
    if not speaker.named and (_singular(head, classified("sources.txt")) == "document"
                              or form_in(head, DOCUMENT_ROLES) or form_in(head, MORE_DOCUMENTS)):
        return "document"
    if speaker.type == "PERSON" and not _a_station(speaker):
        return "person"
    if speaker.type in {"ORG", "GPE"} or _a_station(speaker) or _outlets_together(speaker):
        return "organisation"
    if head in {"he", "she", "him", "her", "i", "we"} or _singular(head, _gendered()) is not None:
        return "person"
    if speaker.resolved_by == "unnamed" and head not in NOT_SOMEONE:
        return "person"  # "those greens", "each skater", "most of whom", "someone": people, not named
    return "unknown"


def _a_station(speaker: Speaker) -> bool:
    """ "KING-TV reported": a broadcaster the recogniser may have taken for a person."""
    return speaker.named and is_station(speaker.name)


def _outlets_together(speaker: Speaker) -> bool:
    """ "Fox News and NBC News", "the New York Times and Los Angeles Times each": outlets named together, a
    description the entities did not take up; what they say is the press's (an outlet's role is journalist)."""
    if speaker.named:
        return False
    names = re.split(r",\s*(?:and\s+)?|\s+and\s+", re.sub(r"(?i)^(?:both|the)\s+|\s+(?:each|both)$", "", speaker.name))
    return len(names) > 1 and all(n[:1].isupper() and is_outlet(n) for n in (re.sub(r"^the\s+", "", n) for n in names))


NOT_NAMES = {"the", "a", "an", "those", "these", "this", "that", "some", "many", "one", "all", "most", "both", "others",
             "another", "several", "which", "what", "who", "his", "her", "their", "its", "our", "my", "your", "each",
             "few", "any", "no", "none", "everyone", "someone", "anyone", "nobody", "officials", "sources"}


def _looks_like_a_name(description: str) -> bool:
    """ "Sanders", "Trump": a capitalised name the entities did not take up, not "Those" or "Officials";
    "Forbes and Wealth-X": names, each of them."""
    names = description.split(" and ")
    return all(map(_looks_like_one_name, names)) if len(names) > 1 else _looks_like_one_name(description)


def _looks_like_one_name(description: str) -> bool:
    words = description.split()
    if not words or len(words) > 3 or words[0].lower() not in NOT_NAMES and _is_a_common_noun(words[-1]):
        return False  # "Supporters" opening a sentence
    return words[0].lower() not in NOT_NAMES \
        and all(w[:1].isupper() and w.replace(".", "").replace("-", "").replace("’", "").isalpha() for w in words)


def _is_a_common_noun(word: str) -> bool:
    word = word.lower()
    return any(_singular(word, classified(name)) is not None
               for name in ("role_kinds.txt", "sources.txt", "role_nouns.txt", "gendered_nouns.txt"))


# -- gender --------------------------------------------------------------------------------------


def _gender(speaker: Speaker, entity: Entity | None, source: str, description: str, kind: SourceKind,
            genders: EntityGenders, pronouns: Counter[str]) -> Gender:
    if kind not in {"person", "unknown"}:
        return NOT_STATED
    if words_of(source) in (["he"], ["she"]):  # "she said": whoever the resolver took her for, the article says she
        return GENDER_NAMES[PRONOUN_GENDERS[words_of(source)[0]]]
    if entity is not None:
        return genders.of(entity.id)
    signals = Counter(_gender_words([head_word(description)]) if description.lower() not in SUBJECT_PRONOUNS else [])
    # "a welder who lost his job": the description's own relative clause says it
    clause = re.split(r"\bwho\b", source, maxsplit=1)
    if len(clause) == 2:
        signals.update(PRONOUN_GENDERS[w] for w in words_of(clause[1]) if w in PRONOUN_GENDERS)
    return _decided(signals + pronouns)


class EntityGenders:
    """The gender the article states for each person entity, from every signal it gives."""

    def __init__(self, doc: Doc, entities: dict[str, Entity], attributions: list[Attribution],
                 ranker: SpeakerRanker | None = None, settings: ResolverSettings = DEFAULT_SETTINGS,
                 resolver: Resolver | None = None):
        # organisations too: the recogniser takes a person for one now and then ("Mr. Trump" as ORG)
        self.signals: dict[str, Counter] = {e.id: Counter() for e in entities.values()
                                            if e.type == "PERSON" or (e.type == "ORG" and not named_with_the(e))}
        self.people = {e.id for e in entities.values() if e.type == "PERSON"}
        self.unnamed: dict[int, Counter] = defaultdict(Counter)  # an unnamed speaker's head offset → pronouns
        self.candidates: set[str] = set()  # the people a pronoun shows running: read as politicians
        for entity in entities.values():
            if entity.id in self.signals:
                self.signals[entity.id].update(_gender_words([t.lower() for t in entity.titles]))
                self.signals[entity.id].update(_gender_words([_role_head(role) for role in entity.roles]))
        for attribution in attributions:
            speaker = attribution.speaker
            if speaker is not None and speaker.entity in self.signals and speaker.resolved_by == "description":
                self.signals[speaker.entity].update(_gender_words(words_of(_source_words(attribution))[-1:]))
        # the speakers step's resolver, where given, has read the text already: only its answers start afresh
        replay = (resolver or Resolver(doc, entities, settings=settings)).replaying(ranker or shipped_ranker())
        self._every_pronoun(doc, attributions, replay)

    def add_nouns(self, described: dict[str, list[str]]) -> None:
        """The gendered nouns the article gives each entity in any mention: "Verley, HP's chief spokesman",
        "the congressman's ... Rep. Hale" (mention_roles.role_words). Only nouns: a "his" in "Williams, his
        longtime friend" is someone else's."""
        gendered = _gendered()
        for entity_id, words in described.items():
            if entity_id in self.signals:  # Mr. and Ms. are counted once, among the entity's titles
                self.signals[entity_id].update(g for w in words if w not in COURTESY_TITLES
                                               and (g := _singular(w, gendered)) in {"f", "m"})

    def of(self, entity_id: str) -> Gender:
        return _decided(self.signals.get(entity_id, Counter()))

    def of_unnamed(self, offset: int | None) -> Counter:
        """The pronouns resolved to the unnamed speaker whose description's head stands at `offset`."""
        return self.unnamed.get(offset, Counter()) if offset is not None else Counter()

    def _every_pronoun(self, doc: Doc, attributions: list[Attribution], resolver: Resolver) -> None:
        """Every he, him, she and her outside quotation marks, resolved as the speakers step resolves
        a source pronoun: "she" in paragraph 3 states the gender of the Clinton quoted in paragraph 12.
        Quoted pronouns are the speaker's own words, about someone else as often as not.
        `resolver`: one that has resolved nothing yet."""
        links = doc._.sources or [SourceLink()] * len(attributions)
        for attribution, head in zip(attributions, (link.head for link in links)):
            if head is not None and attribution.speaker is not None \
                    and attribution.speaker.resolved_by == "unnamed":
                resolver.resolve(doc[head], attribution)  # "a nurse": a candidate for a later "her"
            resolver.spoke(attribution)
        quoted = quoted_tokens(doc, doc._.quotes or [])
        by_token = with_described_sources(doc, attributions, doc._.entity_of_token or {})  # "the senator"
        for token in (doc[i] for i in with_lower(doc, SUBJECT_OBJECT_PRONOUNS)):
            gender = SUBJECT_OBJECT_PRONOUNS[token.lower_]
            if token.pos_ != "PRON" or token.i in quoted:
                continue
            entity_id = self._reporting_subject(token, by_token)
            found = resolver.pronoun_antecedent(token) if entity_id is None else None
            if found is not None and found.entity is None and found.antecedent is not None:
                self.unnamed[found.antecedent][gender] += 1  # "The lawmaker ... he": a person never named
                continue
            entity_id = entity_id or (found.entity if found is not None else None)
            if entity_id in self.signals and entity_id not in _subjects_of(token.head, by_token, token):
                self.signals[entity_id][gender] += 1
                if _shows_a_candidate(token, by_token):
                    self.candidates.add(entity_id)  # "her presidential campaign", "he won the primary"
        for entity_id, gender in clause_subject_genders(doc, by_token, quoted, self.people, said=True):  # "Rubio defended himself"
            if entity_id in self.signals:
                self.signals[entity_id][gender] += 1
        described = unnamed_heads(doc, attributions, links, by_token)  # "The photographer had misplaced his passport"
        for offset, gender in unnamed_subject_genders(doc, described, by_token, quoted, self.people):
            self.unnamed[offset][gender] += 1

    def _reporting_subject(self, pronoun: Token, by_token: dict[int, str]) -> str | None:
        """ "Bush said he would ...": the one person who is the subject of the verb whose
        complement the pronoun is the subject of."""
        verb = reporting_verb(pronoun)
        if verb is None:
            return None
        people = _subjects_of(verb, by_token) & set(self.signals)
        return next(iter(people)) if len(people) == 1 else None


def _shows_a_candidate(pronoun: Token, by_token: dict[int, str]) -> bool:
    if pronoun.dep_ == "poss":
        return pronoun.head.lemma_.lower() in CANDIDATES_OWN
    return campaigns(pronoun, by_token, strict=True)


def _subjects_of(verb: Token, by_token: dict[int, str], pronoun: Token | None = None) -> set[str]:
    """The entities that are the subject of `verb`. With an object pronoun given, those it cannot stand
    for: in "Nespral asked him", him is not Nespral."""
    if pronoun is not None and pronoun.dep_ not in {"dobj", "dative"}:
        return set()
    return {by_token[c.i] for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in by_token}


def _decided(signals: Counter[str]) -> Gender:
    female, male = signals.get("f", 0), signals.get("m", 0)
    return GENDER_NAMES["f"] if female > 3 * male else GENDER_NAMES["m"] if male > 3 * female else NOT_STATED


def _gender_words(words: list[str]) -> list[str]:
    gendered = _gendered()
    found = []
    for word in words:
        gender = PRONOUN_GENDERS.get(word) or _singular(word, gendered)
        if gender in {"f", "m"}:
            found.append(gender)
    return found


def _gendered() -> dict[str, str]:
    return classified("gendered_nouns.txt")


# -- words ------------------------------------------------------------------------------------------


def _source_words(attribution: Attribution) -> str:
    return attribution.source.text if attribution.source is not None else ""


def _role_head(role: str) -> str:
    """ "Trump's wife" → wife; "deputy chairman of the bureau" → chairman."""
    return head_word(after_possessor(role))


def _singular(word: str, table: dict[str, str]) -> str | None:
    form = form_in(word, table)
    return table[form] if form else None

