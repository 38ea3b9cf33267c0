"""A source profile's naming and kind (profiles.py): named, anonymous, ordinary, unnamed or unknown; person,
organisation, document or unknown."""

from __future__ import annotations

import re
from dataclasses import replace

from saywho.analyse.document_roles import DOCUMENT_ROLES, MORE_DOCUMENTS, TIMES, names_in
from saywho.analyse.mention_roles import SUBJECT_PRONOUNS, is_outlet, is_station
from saywho.analyse.profile_roles import ORDINARY, head_word
from saywho.analyse.profile_words import gendered_nouns, profile_owner, singular, source_words
from saywho.analyse.referents import CALLED
from saywho.analyse.role_phrases import form_in, head_phrase, role_kind_of_words, words_of
from saywho.document import Attribution, Naming, SourceKind, Speaker
from saywho.lexicons import classified

# Sets of people the article neither names nor credits with a position: "many critics", "opponents".
UNNAMED_GROUPS = {"critic", "opponent", "skeptic", "detractor"}
NOT_SOMEONE = {"", "it", "what", "which", "this", "that", "these", "there", "they", "them"}


def naming_of(speaker: Speaker, head: str, description: str) -> Naming:
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
    if singular(head, sources) == "anonymous":
        return "anonymous"
    if ORDINARY.search(description) or role_kind_of_words(words_of(head_phrase(description))) == "citizen" \
            or singular(head, gendered_nouns()) is not None:
        return "ordinary"
    return "unnamed"


DEFINITE = {"the", "this", "that", "these", "those"}  # followed by a noun: a lone "that" is a relative pronoun
OWNERS = {"his", "her", "its", "their"}
# capitalised words that say whose side, not whose document: "a survey of Republican insiders"
NOT_ISSUERS = {"republican", "republicans", "democratic", "democrat", "democrats", "american", "americans"}
MONTHS_SHORT = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def name_identified_documents(attributions: list[Attribution], text: str) -> None:
    """ "the lawsuit", "FEC reports": an unnamed document whose issuer the article gives is named
    (identified_document); the learned models read naming, so this comes after them."""
    for attribution in attributions:
        owner = profile_owner(attribution)
        profile = owner.profile
        if profile is None or profile.kind != "document" or profile.naming != "unnamed":
            continue
        speaker = attribution.speaker
        description = speaker.name if speaker is not None and not speaker.named else ""
        spans = attribution.source.spans if attribution.source is not None else attribution.content.spans
        before = text[:spans[0][0]] if spans else ""
        if identified_document(description, before) or identified_document(source_words(attribution), before):
            owner.profile = replace(profile, naming="named")


def identified_document(words: str, before: str = "") -> bool:
    """ "the lawsuit" after "filed a lawsuit", "the statement" after "said in a statement": a document the article
    brought in before (in `before`, the text ahead of the mention), as a rule with whose it is; "a poll by
    RealClearPolitics", "FEC reports", "his plan", "figures her campaign released": one whose own words say whose
    it is. The article names its issuer either way, which is what `named` means for a document; "The report said"
    with no report before is nobody's the article gives."""
    tokens = words.split()
    if not tokens:
        return False
    first = tokens[0]
    headline = all(t[:1].isupper() for t in tokens)  # "Newly Released Document": a headline's capitals name no one
    issuers = [name for name in map(_without_possessive, names_in(words)) if not headline
               and name.lower() not in NOT_ISSUERS | TIMES and name.lower().rstrip(".") not in MONTHS_SHORT]
    taken_up = first.lower() in DEFINITE and len(tokens) > 1 and _brought_in_before(head_word(words), before)
    return taken_up or (1 < len(first) < 5 and first.isupper()) or bool(issuers) or _owned(tokens)


def _owned(tokens: list[str]) -> bool:
    """ "his plan", "Trump’s ad", "figures her campaign released"; "the newspaper’s editorial", "the company's
    statement": a body the article has spoken of owns it. Not "Saturday’s poll"."""
    first, possessor = tokens[0], _without_possessive(tokens[0])
    if first.lower() in OWNERS or possessor != first and possessor[:1].isupper() and possessor.lower() not in TIMES:
        return True
    if first.lower() in DEFINITE and len(tokens) > 2 and _without_possessive(tokens[1]) != tokens[1]:
        return True
    return any(t.lower() in OWNERS and n.lower() == "campaign" for t, n in zip(tokens, tokens[1:]))


# the words a writer takes a document up with that it first called otherwise
KINDRED_DOCUMENTS = [{"poll", "survey"}, {"lawsuit", "suit", "complaint", "filing"}, {"statement", "release"},
                     {"ad", "advertisement", "commercial", "spot"}, {"email", "e-mail", "message"}]


def _brought_in_before(noun: str, before: str) -> bool:
    singular_noun = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
    nouns = next((kin for kin in KINDRED_DOCUMENTS if singular_noun in kin), {singular_noun})
    pattern = "|".join(map(re.escape, nouns))
    return re.search(rf"\b(?:{pattern})s?\b", before, re.I) is not None


def _without_possessive(word: str) -> str:
    return re.sub(r"['’]s$", "", word)


def _an_office_holder(description: str, head: str) -> bool:
    """ "The longtime senator", "the New York billionaire": one person the article has named by the office or
    calling it gives them (referents.py ties them where it can be sure who), never an anonymous insider."""
    return description.lower().startswith("the ") and head in CALLED


def kind_of(speaker: Speaker, head: str) -> SourceKind:
    if not speaker.named and (singular(head, classified("sources.txt")) == "document"
                              or form_in(head, DOCUMENT_ROLES) or form_in(head, MORE_DOCUMENTS)):
        return "document"
    if speaker.type == "PERSON" and not a_station(speaker):
        return "person"
    if speaker.type in {"ORG", "GPE"} or a_station(speaker) or _outlets_together(speaker):
        return "organisation"
    if head in {"he", "she", "him", "her", "i", "we"} or singular(head, gendered_nouns()) is not None:
        return "person"
    if speaker.resolved_by == "unnamed" and head not in NOT_SOMEONE:
        return "person"  # "those greens", "each skater", "most of whom", "someone": people, not named
    return "unknown"


def a_station(speaker: Speaker) -> bool:
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
    return any(singular(word, classified(name)) is not None
               for name in ("role_kinds.txt", "sources.txt", "role_nouns.txt", "gendered_nouns.txt"))
