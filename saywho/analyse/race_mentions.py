"""More of what the article says a named person is, from mentions mention_roles.py does not read
(issue 19's third pass): words a source profile reads a role from.

- an inverted "be": "the presidential candidate holding the spotlight was Donald J. Trump";
- a definite description of a candidate, as a subject, just after the name: "Netanyahu will meet
  Donald Trump when the Republican presidential front-runner arrives", "Hillary Clinton's health, the
  Democratic presidential candidate's doctor said": the nearest person named before it, in its sentence
  or the one before, unless it is in what that person says ("Manafort said the candidate would …");
- a person whom a race is done to: "Bush went after Trump at the debate" (campaigning.py reads
  the subject's side);
- a person who speaks to a race's audience or in its debates: "Trump told a rally audience", "Cruz
  said at the debate" (not "said at a rally": those who attend one are quoted there too);
- a party and a state in brackets after any mention of the name: "Jason Chaffetz (R-Utah)".
Only the article's own words outside quotation marks, the same for every party.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from saywho.analyse.campaigning import CANDIDATE, RACE_WORDS, own_clause
from saywho.analyse.token_arrays import quoted_tokens, with_lower
from saywho.lexicons import cue_verbs

# The head nouns of a description that stands for a candidate, and never for anyone else.
CANDIDATE_HEADS = {"candidate", "nominee", "front-runner", "frontrunner", "hopeful", "contender", "runner"}
COPULAS = {"be", "become", "remain"}
# Where a description ties back: "when the front-runner arrives", "the candidate's doctor"; an object
# ("travels with the candidate", "the coverage given the front-runner") is as often someone else.
SUBJECTS = {"nsubj", "nsubjpass", "poss"}
# Whom only a candidate addresses, and where only candidates (and their hosts, whose own role comes first) speak.
ADDRESSED = {"rally", "rallies", "supporters", "backers", "voters"}
SPOKEN_IN = {"debate", "debates", "stump"}
# Verbs whose object is whom one speaks to ("told a rally"), not whom one speaks of ("criticized voters").
TELLING = {"tell", "address", "urge", "promise", "assure", "remind", "warn", "ask", "thank"}
PARTY_LETTERS = {"R", "D", "I"}


def race_words(doc: Doc, roots: list[Token], by_token: dict[int, str], people: set[str]) -> dict[str, list[str]]:
    """Entity id → the further words of this module's mentions; `roots`: each mention's head token,
    `people`: the ids of person entities."""
    found: dict[str, list[str]] = {}
    quoted = quoted_tokens(doc, doc._.quotes or [])
    for root in roots:
        if root.i in quoted:
            continue  # a speaker's own words about someone
        words = [*_inverted_predicate(root, by_token),
                 *([CANDIDATE] if _raced_against(root) or _speaks_as_a_candidate(root) else []),
                 *([CANDIDATE] if _party_and_state_after(doc, root, by_token) else [])]
        if words:
            found.setdefault(by_token[root.i], []).extend(words)
    for description in _candidate_descriptions(doc, by_token):
        if description.i in quoted:
            continue
        person = _nearest_person_before(doc, description, by_token, people, quoted)
        if person is not None:
            found.setdefault(person, []).append(CANDIDATE)
    return found


def _inverted_predicate(root: Token, by_token: dict[int, str]) -> list[str]:
    """ "The candidate holding the spotlight was Trump": the subject's words, for the name after "was"."""
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_ not in COPULAS:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i not in by_token]
    return [t.lower_ for s in subjects for t in s.subtree if t.i <= s.i and not t.is_punct]


def _raced_against(root: Token) -> bool:
    """ "Bush went after Trump at the debate", "found Trump the winner of the debate": a person a
    verb of a race is done to, outside what anyone is reported to say."""
    if root.ent_type_ not in {"PERSON", ""}:
        return False
    verb = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ in {"dobj", "dative"} else None
    if verb is None or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in cue_verbs():
        return False
    return any(t.lower_ in RACE_WORDS and not _hyphened(t) for t in own_clause(verb, root))


def _hyphened(token: Token) -> bool:
    """ "a race-conscious program": no race."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "-" or token.i > 0 and doc[token.i - 1].text == "-"


def _speaks_as_a_candidate(root: Token) -> bool:
    """ "Trump told a rally audience", "Cruz said at the debate": whom one speaks to, or where, is a race's.
    Not "said at a rally": the people who come to one are quoted there too."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in cue_verbs():
        return False
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"} and verb.lemma_.lower() in TELLING or child.dep_ == "prep" and child.lower_ == "to":
            if {t.lower_ for t in child.subtree} & ADDRESSED:
                return True
        if child.dep_ == "prep" and child.lower_ in {"at", "during", "in", "on"} \
                and {t.lower_ for t in child.subtree} & SPOKEN_IN:
            return True
    return False


def _party_and_state_after(doc: Doc, root: Token, by_token: dict[int, str]) -> bool:
    """ "Chaffetz (R-Utah)": "(", R, "-", a state, right after the name."""
    end = root.i
    while end + 1 < len(doc) and by_token.get(end + 1) == by_token[root.i]:
        end += 1
    if end + 2 >= len(doc) or doc[end + 1].text != "(":
        return False
    after = doc[end + 2].text
    return after in PARTY_LETTERS and end + 3 < len(doc) and doc[end + 3].text.startswith("-") \
        or after[:1] in PARTY_LETTERS and after[1:2] == "-"


def _candidate_descriptions(doc: Doc, by_token: dict[int, str]) -> list[Token]:
    """ "the Republican presidential front-runner": a singular "the …" noun whose head is a candidate's."""
    found = []
    for token in (doc[i] for i in with_lower(doc, CANDIDATE_HEADS)):  # the few candidate words, not every token
        word = token.lower_
        if word == "runner" and token.i > 1 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "front":
            word = "front-runner"
        if word not in CANDIDATE_HEADS or word == "runner" or token.tag_ != "NN" or token.i in by_token:
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and token.dep_ in SUBJECTS:
            found.append(token)
    return found


def _nearest_person_before(doc: Doc, description: Token, by_token: dict[int, str], people: set[str],
                           quoted: set[int]) -> str | None:
    """The person named last before `description`, in its sentence or the one before, outside the `quoted` tokens."""
    sentence = description.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    first = min(t.i for t in description.subtree)
    for index in range(first - 1, start - 1, -1):
        # places, organisations and names inside quotation marks between are passed over
        if by_token.get(index) in people and index not in quoted:
            # "Lewandowski said the candidate would …": the candidate is whom the person speaks of
            return None if _governs(doc[index], description) else by_token[index]
    return None


def _governs(person: Token, description: Token) -> bool:
    """Whether the description stands in what the person is reported to say: "The chief, Paul Manafort,
    suggested that the candidate's style …", "asked Mr. Manafort, referring to the candidate's …"."""
    verb = person.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.lemma_.lower() in cue_verbs() and any(a.i == verb.i for a in description.ancestors)
