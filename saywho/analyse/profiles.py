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
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from saywho.analyse.campaigning import CANDIDATE
from saywho.analyse.doc_data import SourceLink
from saywho.analyse.document_roles import DOCUMENT_ROLES, MORE_DOCUMENTS, document_role
from saywho.analyse.entities import first_names
from saywho.analyse.group_members import names_members, people_surnames
from saywho.analyse.group_roles import list_role
from saywho.analyse.lone_sources import RulesChoice, mention_as_speaker
from saywho.analyse.mention_roles import included_role_words, mention_role_words, role_words
from saywho.analyse.named_together import named_together_before, people_by_token
from saywho.analyse.noun_readings import is_several
from saywho.analyse.profile_anonymity import name_anonymous_sources
from saywho.analyse.profile_genders import EntityGenders, profile_gender
from saywho.analyse.profile_naming import a_station, kind_of, name_identified_documents, naming_of
from saywho.analyse.profile_roles import head_word, source_role
from saywho.analyse.profile_words import role_head, singular, source_words
from saywho.analyse.referents import as_the_document, described_entity, document_issuer
from saywho.analyse.role_model import refine_roles
from saywho.analyse.role_phrases import form_in, words_of
from saywho.analyse.sentences import text_of
from saywho.analyse.speaker_ranker import SpeakerRanker
from saywho.analyse.speaker_readings import DEFAULT_SETTINGS, ResolverSettings
from saywho.analyse.speakers import Resolver
from saywho.analyse.subject_taken_up import subject_taken_up
from saywho.analyse.token_arrays import token_starts
from saywho.document import NOT_STATED, Attribution, Entity, Profile, Speaker
from saywho.lexicons import classified


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
        speaker = _tied_to_a_name(doc, as_the_document(attribution.speaker, source_words(attribution)), head,
                                  entities, described, genders)
        entity = entities.get(speaker.entity) if speaker.entity else None
        words = described.get(entity.id, []) if entity is not None else []
        if entity is not None and entity.id in genders.candidates:
            words = [*words, CANDIDATE]
        issuer = _issuer_named_before(doc, speaker, head)
        profile = profile_of(speaker, entity, source_words(attribution), genders,
                                                 [*words, *words_of(issuer or ""), *mention_role_words(source_words(attribution), speaker.named),
                                                  *([] if speaker.named else included_role_words(source_words(attribution)))],
                                                 issuer is not None or _names_someone(attribution, name_starts),
                                                 genders.of_unnamed(_unnamed_offset(doc, speaker, head)), surnames)
        listed = list_role(speaker.name, entities, lambda person, as_speaker: source_role(as_speaker, person, "", "person", [
            *described.get(person.id, []), *([CANDIDATE] if person.id in genders.candidates else [])]))
        attribution.speaker.profile = replace(profile, role=listed) if entity is None and listed else profile
    refine_roles(doc, attributions, described, entities=entities)  # the learned role and naming, where sure (role_model.py)
    # after the learned models, which were trained on profiles that called such sources unnamed
    name_identified_documents(attributions, text_of(doc))
    name_anonymous_sources(doc, attributions, links)


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
    profile = profile_of(speaker, None, source_words(attributions[index]), genders,
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
    if not words or not (singular(words[-1], classified("sources.txt")) == "document"
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
    kind = kind_of(speaker, head)
    if kind == "organisation" and entity is not None and _is_a_person(entity, genders) and not a_station(speaker):
        kind = "person"  # "Mr. Trump", "Weaver, the campaign manager": a person the recogniser took for a group
    named = naming_of(speaker, head, description)
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
        gender=profile_gender(speaker, entity, source, description if named != "named" else "", kind, genders,
                              pronouns or Counter()),
    )


ONE_IN = r"(?:one|two|three|four|five|six|seven|eight|nine|\d+) in (?:\d+|two|three|four|five|ten)"  # "one in three"
QUANTITY = re.compile(r"^\W*(?:the\s+(?=\d))?(?:(?:some|about|nearly|almost|roughly|around|over|only|just)\s+)?(?:"
                      + ONE_IN + r"|\d[\d.,]*\s*(?:%|percent)?|half|most|many|some|majority|third|quarter)(?:(?!-)\W|$)", re.I)
# not "39 have said" (delegates); "one in three said" is a share
SHARE = re.compile(r"%|\bpercent\b|\b(?:half|majority|third|quarter)\b|\bin (?:\d+|two|three|four|five|ten)\b", re.I)
# who a share of a party or of a nation is, in a poll: its voters ("36 percent of Democrats", "most Americans")
PARTY_MEMBERS = {"democrats", "republicans", "independents", "conservatives", "liberals", "moderates",
                 "progressives", "evangelicals"}
PEOPLE = {"americans", "people"}
AFTER_A_SHARE = {"who", "in", "of", "said", "say", "says", "think", "thought", "believe", "want", "wanted"}


def _counted(description: str, source: str) -> str:
    """ "56% of Buckeye State voters", "some 55 percent of voters nationwide": a share or a number of people
    is those people; "21 percent said" on its own, the people a poll asked."""
    quantity = QUANTITY.match(description)
    if not quantity:
        return description
    counted = re.search(r"\bof\s+(?:the\s+)?(.+)", source)
    group = counted.group(1) if counted else description[quantity.end():].strip()
    if not group and SHARE.search(quantity.group()):
        return "respondents"
    whole = source.strip(" ,").lower().endswith(group.lower())  # not "Many people involved in the negotiations"
    if whole and (group.lower() in PEOPLE or group.lower() in PARTY_MEMBERS and SHARE.search(quantity.group())):
        return "voters"
    if not counted and SHARE.search(quantity.group()) and group.split()[0].lower() not in AFTER_A_SHARE:
        # "Nine in 10 Democratic voters": those voters; "six in 10 Democrats on Long Island": a party's voters
        return "voters" if group.split()[0].lower().rstrip("s") + "s" in PARTY_MEMBERS else group
    return counted.group(1) if counted else description


def _is_a_person(entity: Entity, genders: EntityGenders) -> bool:
    if genders.of(entity.id) != NOT_STATED:
        return True
    nouns = classified("role_nouns.txt")
    if any(nouns.get(role_head(role), "").startswith("PERSON") for role in entity.roles):
        return True
    # "Tony Podesta", "Joe Manchin": a first and a last name make a person (its gender they do not say), also
    # after a title the recogniser took in ("Treasurer Gary Casteel")
    return any(len(words) > 1 and words[0].lower() in first_names()
               for words in map(_after_titles, [entity.name, *entity.aliases]))


def _after_titles(name: str) -> list[str]:
    words = name.split()
    while len(words) > 2 and (singular(words[0].strip(".").lower(), classified("role_kinds.txt")) is not None
                              or words[0].lower() in {"treasurer"}):
        words = words[1:]
    return words
