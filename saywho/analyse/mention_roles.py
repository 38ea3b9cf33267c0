"""What the article calls each entity, gathered from every mention of it: the words a source
profile reads its role from (profiles.py).

A role is rarely given beside the quotation: "Republican presidential nominee Donald Trump"
stands in the first paragraph and a bare "Trump" in the twelfth. For every name of an entity
this collects
- the words before it in its noun phrase: "Vermont Sen. Bernie Sanders", "GOP front-runner Trump";
- an apposition or a relative clause with "be": "Roffman, a securities analyst for …",
  "Wendy Sherman, who was undersecretary of state";
- what it is said to be or become: "Trump would become the Republican presidential nominee";
- what it owns that only a candidate has: "Clinton's running mate", "the Trump campaign";
- the group a list puts it in: "candidates, including Trump and Cruz", "rivals Cruz and Rubio";
- what only a candidate does (campaigning.py): "Cruz won the Iowa caucuses", "Trump, who is battling
  Carson for the top spot in Republican polls", "Sanders is running for president";
- the outlet a name belongs to: "National Review's Ian Tuttle", "a writer for The Atlantic": a journalist;
- what a relative clause says the person does: "Reed, who managed Bob Dole's 1996 campaign" (a manager);
- an age in apposition ("Karen Janes, 67, of Exeter"), which the press gives for private people:
  the marker AGE_ONLY, read as a citizen only where nothing else gives a role.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Token

from saywho.analyse.campaigning import CANDIDATE, CANDIDATES_OWN, campaigns
from saywho.analyse.entity_roles import subject_after_a_setting
from saywho.analyse.group_members import before_examples, example_name
from saywho.analyse.race_mentions import race_words
from saywho.analyse.role_phrases import WORD, after_possessor, head_phrase, role_kind_of_words, words_of
from saywho.document import Entity
from saywho.lexicons import classified

AGE_ONLY = "(age)"
ORG_HEAD = "organisation-president"  # "AFT President Randi Weingarten": an organisation's, not a country's
# "a vote for Clinton", "a ballot for Sanders", "endorsed Trump": what only a candidate receives.
VOTED_FOR = {"vote", "ballot", "endorse", "endorsement", "elect", "nominate", "nomination"}
COPULAS = {"be", "become", "remain", "serve"}
LIST_WORDS = {"including", "like", "as", "among"}
MAX_PHRASE = 10
JOURNALIST = "journalist"
WRITERS = {"writer", "contributor", "contributing"}  # for an organisation: a publication  # a role_kinds.txt word: what an outlet's own people are to a profile
# "who managed …", "who advises …": the doer's noun, as role_kinds.txt has it (not "represents": a broker does too).
# Who leads an organisation: its role is the organisation's where the name says one.
LEADERS = {"head", "director", "president", "chairman", "chairwoman", "chair", "founder", "chief"}
PARTY_BODIES = {"party", "rnc", "dnc", "gop"}
PARTY_LEADERS = {"chairman", "chairwoman", "chair", "head", "president"}
PARTY_WORDS = {"republican", "democratic"}  # "the Republican National Committee" (not "the Senate Judiciary Committee")
LEGISLATURES = {"senate", "house", "assembly", "congress", "council", "legislature", "parliament"}
DOERS = {"manage": "manager", "advise": "adviser", "chair": "chairman", "edit": "editor", "found": "founder"}


def role_words(doc: Doc, entities: Collection[Entity] | None = None) -> dict[str, list[str]]:
    """Entity id → the words (lower case) the article describes it with, from all its mentions. `entities`:
    the Doc's, where the caller has read them already (each read of doc._.entities builds them again)."""
    by_token: dict[int, str] = doc._.entity_of_token or {}
    entities = (doc._.entities or []) if entities is None else entities
    outlets = {e.id for e in entities if e.type == "ORG" and is_outlet(e.name)}
    found: dict[str, list[str]] = {}
    roots = _mention_roots(doc, by_token)
    for root in roots:
        entity_id = by_token[root.i]
        words = [*_words_before(doc, root, by_token), *_apposition(root, by_token, outlets),
                 *_predicate(root, by_token), *_owned(root), *_group(root, by_token),
                 *([CANDIDATE] if campaigns(root, by_token) else []), *_outlets_own(doc, root, by_token, outlets)]
        if _age_beside(doc, root, by_token):
            words.append(AGE_ONLY)
        found.setdefault(entity_id, []).extend(words)
    people = {e.id for e in entities if e.type == "PERSON"}
    for entity_id, words in race_words(doc, roots, by_token, people).items():
        found.setdefault(entity_id, []).extend(words)
    return found


def _mention_roots(doc: Doc, by_token: dict[int, str]) -> list[Token]:
    """The syntactic head of every run of tokens of one entity: "Bernie" and "Sanders" → Sanders."""
    roots = []
    for token_id, entity_id in by_token.items():
        token = doc[token_id]
        if token.head.i != token.i and by_token.get(token.head.i) == entity_id and abs(token.head.i - token.i) < 5:
            continue
        roots.append(token)
    return roots


def _words_before(doc: Doc, root: Token, by_token: dict[int, str]) -> list[str]:
    """ "Republican presidential nominee Donald Trump", "GOP front-runner Trump": up to five words
    of the noun phrase before the name."""
    start = root.i
    while start > 0 and by_token.get(start - 1) == by_token[root.i]:
        start -= 1
    words: list[str] = []
    for index in range(start - 1, max(0, start - 6) - 1, -1):  # right to left, without making a Span
        token = doc[index]
        between_nouns = words and token.i > 0 and doc[token.i - 1].pos_ in {"NOUN", "PROPN"}
        of_title = token.lower_ == "of" and between_nouns
        # not "clashes between journalists and Mr. Trump's entourage": a title joined to another is one person's
        and_title = token.lower_ == "and" and between_nouns and token.i - 1 not in by_token \
            and doc[token.i - 1].tag_ not in {"NNS", "NNPS"}
        if token.i in by_token and not _of_a_place(doc, token, by_token) \
                or not (token.pos_ in {"NOUN", "ADJ", "PROPN"} or token.text == "-" or of_title or and_title):
            break  # "Secretary of State John Kerry", "journalist and author Hiro Aida" read through "of", "and"
        words.append(ORG_HEAD if _heads_an_organisation(doc, token) else token.lower_.strip("."))
    if words[:1] == ["-"] and not doc[start - 1].whitespace_:
        words.insert(0, doc[start].lower_)  # "Secretary-Treasurer Gary Casteel": the name took the title's end
    return _joined_hyphens(list(reversed(words)))


def _heads_an_organisation(doc: Doc, token: Token) -> bool:
    """ "President" after an acronym or an organisation's name: "AFT President", "Planned Parenthood President"
    (a country's is "U.S. President")."""
    before = doc[token.i - 1] if token.i > 0 else None
    if token.lower_ != "president" or before is None:
        return False
    # "Planned Parenthood President Cecile Richards": a named organisation's, not a legislature's
    return before.text.isalpha() and before.text.isupper() and len(before.text) > 1 \
        or before.ent_type_ == "ORG" and before.lower_ not in LEGISLATURES


def _of_a_place(doc: Doc, token: Token, by_token: dict[int, str]) -> bool:
    """ "State" in "Secretary of State John Kerry": another entity's word right after a title's "of"."""
    first = token.i
    while first > 0 and by_token.get(first - 1) == by_token[token.i]:
        first -= 1
    return first > 1 and doc[first - 1].lower_ == "of" and first >= token.i - 2


def _joined_hyphens(words: list[str]) -> list[str]:
    """ "front", "-", "runner" → "front-runner", as the lexicon spells it."""
    joined: list[str] = []
    for word in words:
        if word == "-" and joined:
            joined[-1] += "-"
        elif joined and joined[-1].endswith("-"):
            joined[-1] += word
        else:
            joined.append(word)
    return [w.strip("-") for w in joined if w.strip("-")]


def _apposition(root: Token, by_token: dict[int, str], outlets: set[str]) -> list[str]:
    """ "Roffman, a securities analyst for X," and "Sherman, who was undersecretary of state"; "Jacobs, Time's
    Assistant Managing Editor" (a title in capitals); "Newkirk, a writer for The Atlantic" (an outlet's)."""
    words = []
    for child in root.children:
        if child.dep_ == "appos" and child.i not in by_token and child.pos_ in {"NOUN", "PROPN"} \
                and not subject_after_a_setting(child):
            words += _led_organisation(child) or _phrase(child)
            if _writes_for(child, by_token, outlets):
                words.append(JOURNALIST)
            # "Demastus, pastor of the church and a Cruz supporter": each of the apposition's nouns
            words += [w for more in child.children if more.dep_ == "conj" and more.pos_ == "NOUN"
                      for w in _phrase(more)]
        elif child.dep_ == "relcl" and child.lemma_ in COPULAS:
            words += [w for attr in child.children if attr.dep_ in {"attr", "prep"} for w in _phrase(attr)]
        elif child.dep_ == "relcl" and child.lemma_.lower() in DOERS:
            words.append(DOERS[child.lemma_.lower()])
    return words


def _led_organisation(noun: Token) -> list[str]:
    """ "Burman, head of the centrist Tax Policy Center", "Berkman, director of the McCourtney Institute":
    whoever leads an organisation has its role (an institute's is an expert's), where its name says one;
    else [] and the leader's own word counts ("director of the FBI")."""
    if noun.lemma_.lower() not in LEADERS:
        return []
    led = [t for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "at"} for t in p.subtree if t != p]
    # its name where the recogniser found one, else its description: "president of the lawyers association"
    words = [t.lower_ for t in led if t.ent_type_ == "ORG"] or [t.lower_ for t in led]
    return words if _says_whose(words, noun.lemma_.lower()) else []


def led_organisation(role: str) -> str:
    """ "head of the centrist Tax Policy Center" (a speaker's role as the attribution gives it): the
    organisation's words, where they say its role; else ""."""
    # "president and chief executive of the California Retailers Association", "executive director of",
    # "director for civil liberties at the Electronic Frontier Foundation": a few words may stand around the title
    found = re.match(rf"(?i)^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}({'|'.join(LEADERS)})"
                     rf"(?:\s+(?:and|for)(?:\s+\w+){{1,3}})?\s+(?:of|at)\s+(.+)", role.strip())
    if found is None:
        return ""
    words = found.group(2).lower().split()
    return found.group(2) if words and _says_whose(words, found.group(1).lower()) else ""


def _says_whose(words: list[str], title: str) -> bool:
    """Whether an organisation's words give its leader a role: "the Economic Policy Institute" does, and a
    party's ("the Iowa Republican Party"); a country's or a legislature's leave the title's own ("president of
    the United States", "chairman of the Senate Judiciary Committee"), and a word of the press
    in a name that is no outlet's ("the Philadelphia 2016 Host Committee") says nothing."""
    kind = role_kind_of_words(words)
    if kind == "politician":  # "chairman of the Republican National Committee": a party's leader is a politician
        party = set(words) & PARTY_BODIES or "committee" in words and set(words) & PARTY_WORDS
        return bool(party) and title in PARTY_LEADERS  # its executive director or a group's founder is staff
    return kind is not None and (kind != JOURNALIST or is_outlet(" ".join(words)))


def _writes_for(noun: Token, by_token: dict[int, str], outlets: set[str]) -> bool:
    """ "a reporter at CNN", "a writer for The Atlantic": an outlet's, or a writer's for any organisation."""
    employers = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"for", "at", "with"}
                 for o in p.children if o.i in by_token]
    return any(by_token[o.i] in outlets or noun.lemma_.lower() in WRITERS and o.ent_type_ == "ORG" for o in employers)


def _outlets_own(doc: Doc, root: Token, by_token: dict[int, str], outlets: set[str]) -> list[str]:
    """ "National Review's Ian Tuttle": a name an outlet's possessive stands before."""
    start = root.i
    while start > 0 and by_token.get(start - 1) == by_token[root.i]:
        start -= 1
    owner = start - 2
    return [JOURNALIST] if owner >= 0 and doc[start - 1].tag_ == "POS" and by_token.get(owner) in outlets else []


def _predicate(root: Token, by_token: dict[int, str]) -> list[str]:
    """ "Trump would become the Republican nominee", "Yue is an RNC member"."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ not in COPULAS:
        return []
    return [w for attr in verb.children if attr.dep_ == "attr" and attr.i not in by_token for w in _phrase(attr)]


def _owned(root: Token) -> list[str]:
    """ "Clinton's running mate", "the Trump campaign", "Sanders supporters", "a vote for Clinton":
    only a candidate has them."""
    doc = root.doc
    following = root.i + 1 + (root.i + 1 < len(doc) and doc[root.i + 1].tag_ == "POS")
    if root.dep_ in {"poss", "compound"} and following < len(doc) and doc[following].lemma_.lower() in CANDIDATES_OWN:
        return [CANDIDATE]
    if root.dep_ in {"poss", "compound"} and root.head.lemma_.lower() in CANDIDATES_OWN \
            and not _verb_between(root, root.head):
        return [CANDIDATE]  # "Clinton's presidential campaign", "Trump's 2016 run"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"for", "of"} and head.head.lemma_.lower() in VOTED_FOR:
        return [CANDIDATE]
    if root.dep_ == "dobj" and head.lemma_.lower() in VOTED_FOR:
        return [CANDIDATE]
    return []


def _verb_between(first: Token, last: Token) -> bool:
    """ "Sarah Silverman heckles Sanders supporters" read as one noun phrase: a verb or another entity's name
    between a name and what it would own says the parse ran two phrases together (the tagger takes a headline's
    "heckles" for a noun); the supporters are Sanders's, the nearer name's, not Silverman's."""
    by_token: dict[int, str] = first.doc._.entity_of_token or {}
    between = first.doc[min(first.i, last.i) + 1:max(first.i, last.i)]
    return any(t.pos_ in {"VERB", "AUX"} or by_token.get(t.i, by_token.get(first.i)) != by_token.get(first.i)
               for t in between)


def _group(root: Token, by_token: dict[int, str]) -> list[str]:
    """ "a number of candidates, including Trump and Cruz", "rivals Cruz and Rubio": the noun of the
    list a name is one item of."""
    item = root
    while item.dep_ == "conj" and item.head.i != item.i:
        item = item.head
    if item.dep_ == "appos" and item.head.pos_ == "NOUN" and item.head.i not in by_token:
        return [item.head.lemma_.lower()]
    if item.dep_ == "pobj" and item.head.lower_ in LIST_WORDS and item.head.head.pos_ == "NOUN":
        noun = item.head.head
        # "a number of candidates, including …": the noun the quantity is of
        counted = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        return [n.lemma_.lower() for n in [noun, *counted] if n.i not in by_token]
    return []


def _age_beside(doc: Doc, root: Token, by_token: dict[int, str]) -> bool:
    """ "Karen Janes, 67, of Exeter": a name, a comma and a number of years."""
    end = root.i
    while end + 1 < len(doc) and by_token.get(end + 1) == by_token[root.i]:
        end += 1
    if end + 3 >= len(doc) or doc[end + 1].text != ",":  # most names: no comma after them, no Span made
        return False
    age = doc[end + 2]
    return age.like_num and age.text.isdigit() and 12 <= int(age.text) <= 110 and doc[end + 3].text in {",", ";", ")"}


def _phrase(head: Token) -> list[str]:
    """A noun phrase up to its head noun: "a securities analyst" of "a securities analyst for the firm",
    so that roles named further on ("the brother of strategist John Podesta") are other people's."""
    tokens = [t for t in head.subtree if t.i <= head.i and not t.is_punct][-MAX_PHRASE:]
    owners = [i for i, t in enumerate(tokens) if t.tag_ == "POS"]
    tokens = tokens[owners[-1] + 1:] if owners else tokens  # "the president's former envoy": an envoy
    return _joined_hyphens([t.lower_.strip(".") for t in tokens])


# A North American broadcaster's call sign, "WKOW", "KING-TV" ("KING TV" as the entities write it); four
# letters: three-letter ones are more often other bodies' initials ("KKK", "WHO"); the whole name, not one
# word of it ("KATE BOULDUAN" in a transcript).
CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:[ -](?:TV|FM|AM))?")


def is_outlet(name: str) -> bool:
    """ "The New York Times", "National Review", "CNN", "WKOW": a name with a news outlet's word (sources.txt)
    or a broadcaster's call sign."""
    sources = classified("sources.txt")
    # "Post-ABC polls": each of two hyphen-joined outlets' names is one
    words = [part for word in re.findall(r"[\w.’'-]+", name) for part in {word, *word.split("-")}]
    pairs = [" ".join(pair) for pair in zip(words, words[1:])]  # "USA Today", whose words are no outlet's
    return any(sources.get(word.strip("’'.-").lower()) == "media" for word in [*words, *pairs]) or is_station(name)


def is_station(name: str) -> bool:
    """ "KING-TV reported": a broadcaster's call sign, whatever the recogniser took the name for."""
    return CALL_SIGN.fullmatch(name.strip()) is not None


SUBJECT_PRONOUNS = {"he", "him", "she", "her", "it", "they", "we", "i", "you", "them", "us"}


def mention_role_words(source: str, named: bool) -> list[str]:
    """What the source mention itself calls a named speaker: "the Florida senator" (a description the resolver
    tied to Marco Rubio), "Peter Orszag, Obama's budget director", "White House Chief of Staff Denis
    McDonough": each comma-separated part's head phrase, after any possessor (the possessor is someone else),
    or the organisation its leader heads ("director of the McCourtney Institute")."""
    words = words_of(source)
    if not named or words[:1] and words[0] in SUBJECT_PRONOUNS:
        return []
    words = [w for part in source.split(",") for w in words_of(led_organisation(part) or after_possessor(head_phrase(part)))]
    # "The Post’s Chris Cillizza": the outlet's own; not "Bloomberg's pollster, Douglas Schoen" (a role of its own)
    return [*words, JOURNALIST] if _an_outlets(source) and role_kind_of_words(words) in {None, JOURNALIST} else words


# "a story by the website", "a report in the newspaper": the outlet the resolver tied the mention to
OUTLET_DESCRIBED = re.compile(r"(?i)\b(?:by|in|from|of)\s+the\s+(?:website|newspaper|paper|magazine|news site)\b")


def _an_outlets(source: str) -> bool:
    """ "The Post’s Chris Cillizza", "Fox News' Bret Baier": a name after an outlet's possessive (the
    recogniser often takes no entity for "The Post"); "a story by the website": what an outlet published."""
    owners = [re.match(r"^((?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*?)[’']s?\s", part.strip())
              for part in re.split(r",|\band\b", source)]  # "MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez"
    return any(owner is not None and is_outlet(owner.group(1)) for owner in owners) \
        or OUTLET_DESCRIBED.search(source) is not None


def included_name(source: str) -> str:
    """The words naming whom an unnamed group's description includes ("including …", "for instance, …"), or ""
    (group_members.py)."""
    return example_name(source)


def included_role_words(source: str) -> list[str]:
    """ "Several fact checkers, including The Washington Post": a group that includes an outlet is the press's;
    "Some observers, including … professor Zeynep Tufekci": one member's title, where the group's own words
    give none. Not an organisation's ("proponents, including the United States Conference of Mayors") nor
    several people's ("experts, including former secretary Michael Chertoff and …")."""
    name = included_name(source)
    if name and is_outlet(name):
        return [JOURNALIST]
    group = [w.lower() for w in WORD.findall(before_examples(source))]
    if not name or " and " in name or name.lower().startswith("the ") or role_kind_of_words(group) is not None:
        return []
    return words_of(name)
