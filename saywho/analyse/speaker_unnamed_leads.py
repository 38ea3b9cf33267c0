"""Someone the text leaves unnamed may be whom a pronoun takes up, though a name stands further back.

"A 29-year-old Berlin woman received probation after she had posted comments": "she" is the woman, not the
Angela Merkel named paragraphs before; "A representative for Mr. Pinchuk said … He added …": the
representative goes on, not Pinchuk. The ranker weighs named entities only, so where the subject leading the
pronoun's clause, or the sentence before, is a person described with "a" or "an" and nearer than the name it
chose, the pronoun is that person, unnamed.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from saywho.analyse.doc_data import quote_bounds
from saywho.analyse.document_titles import document_title
from saywho.analyse.noun_readings import is_several
from saywho.analyse.sentences import token_at
from saywho.analyse.speaker_ages import description_opening
from saywho.analyse.speaker_candidates import Candidate
from saywho.analyse.speaker_topics import SAYING
from saywho.document import Speaker

# How a person the text brings in unnamed is introduced: "a woman", "one fan", "another subscriber".
INDEFINITE = frozenset({"a", "an", "one", "another"})
GROUP_DETERMINERS = frozenset({"the", "these", "those"})
# What speaks for itself in a news story once named: a filing, a finding, a text.
WRITINGS = frozenset({"lawsuit", "suit", "complaint", "indictment", "filing", "petition", "motion", "ruling", "order",
                      "report", "study", "survey", "poll", "statement", "letter", "memo", "bill", "document"})
# Someone who speaks or acts for the one who owns them ("Strzok's attorney"): never that owner.
AGENTS = frozenset({"lawyer", "attorney", "counsel", "spokesman", "spokeswoman", "spokesperson", "representative",
                    "publicist", "aide", "adviser", "advisor", "manager", "strategist"})
# Someone's kin is someone else too: "Her brother … wept. “I never lost hope,” he told reporters."
KIN = frozenset({"brother", "sister", "mother", "father", "son", "daughter", "wife", "husband", "uncle", "aunt",
                 "nephew", "niece", "cousin", "grandson", "granddaughter", "grandfather", "grandmother", "boyfriend",
                 "girlfriend", "fiance", "fiancee", "widow", "widower"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SUBORDINATE = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl"})


def unnamed_lead(head: Token, named_at: int, roles: dict[str, str], names: dict[int, str],
                 left_unnamed: frozenset[int] = frozenset()) -> Token | None:
    """The head noun of an unnamed person ("a … woman") who leads `head`'s clause or the sentence before,
    stands after `named_at` (the chosen name's offset, -1 where the ranker chose no one) or holds it, and fits the
    pronoun's gender; None where there is none.
    `roles`: role_nouns.txt ("woman" -> "PERSON\\tf"); `names`: the entity of each token in a name; `left_unnamed`:
    the offsets of the descriptions the resolver found no name for ("The committee's chairwoman said …. She did not
    say …": the chairwoman, not the senator quoted before her)."""
    wanted = {"he": "m", "she": "f"}.get(head.lower_)
    if wanted is None:
        return None
    governing = _governing_subject(head)
    lead = governing or lead_before(head)
    if lead is None or lead.i in names or lead.tag_ != "NN" or not _nearer(lead, named_at) or _quoted(lead, head):
        return None
    kind, _, gender = roles.get(_described_as(lead, roles).lemma_.lower(), "").partition("\t")
    if not kind and _says_of_itself(lead, head.lower_):
        kind, gender = "PERSON", wanted  # "A shepherd from the village said he had seen …": a person, of that gender
    if kind != "PERSON" or gender not in {"-", wanted} or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in
                                                              lead.children) or _named_beside_a_name(lead, names):
        return None  # "Trump's attorney, Alan Garten,": named after all
    if _indefinite(lead):
        return lead
    if named_at < 0 and lead.idx in left_unnamed:
        return lead  # "The girl, who attends a primary school, said …. She said": no name was chosen, she goes on
    return lead if governing is None and (_someones_agent(lead) or _someones_office(lead, left_unnamed)) else None


def _described_as(lead: Token, roles: dict[str, str]) -> Token:
    """The noun that says what the lead is: its own, or, where the lexicon has no word on it, that of the description set
    beside it ("One season-ticket holder, a retired teacher, …": a teacher, a person)."""
    beside = next((c for c in lead.children if c.dep_ == "appos" and c.tag_ == "NN"), None)
    return beside if beside is not None and lead.lemma_.lower() not in roles else lead


def _says_of_itself(lead: Token, pronoun: str) -> bool:
    """Whether the lead, brought in with "a" or "an", is the subject of a saying verb whose reported clause opens
    with `pronoun` ("A shepherd … said he had seen"; not "A comparison … shows that he has more debt")."""
    return _indefinite(lead) and lead.dep_ in SUBJECTS and lead.head.lemma_.lower() in SAYING and any(
        c.dep_ == "ccomp" and any(s.dep_ in SUBJECTS and s.lower_ == pronoun for s in c.children)
        for c in lead.head.children)


def group_lead(head: Token, roles: dict[str, str], names: dict[int, str]) -> Token | None:
    """ "The researchers, led by Dr. Hannah Weiss, followed 450,000 adults. They found …": a "they" opening its
    sentence is the people a definite plural description leading the sentence before stands for, where the ranker
    named no one."""
    lead = _unnamed_lead_before(head, "they", names)
    if lead is None or lead.tag_ != "NNS":
        return None
    definite = any(c.dep_ == "det" and c.lower_ in GROUP_DETERMINERS for c in lead.children)
    return lead if definite and roles.get(lead.lemma_.lower(), "").startswith("PERSON") else None


def document_lead(head: Token, names: dict[int, str]) -> Token | None:
    """ "The lawsuit, filed Monday, says … It accuses the publication of …": an "it" opening its sentence is the
    document a definite description leading the sentence before names, where the ranker named no one."""
    lead = _unnamed_lead_before(head, "it", names)
    if lead is None or lead.tag_ != "NN" or lead.lemma_.lower() not in WRITINGS:
        return None
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in lead.children)
    return lead if definite or document_title(lead) is not None else None  # "A report …, titled …, estimated …. It"


def _unnamed_lead_before(head: Token, pronoun: str, names: dict[int, str]) -> Token | None:
    """The subject leading the sentence before, where `head` is `pronoun` opening its own sentence and that subject
    is no name."""
    if head.lower_ != pronoun or not _opens_its_sentence(head):
        return None
    lead = _previous_sentence_subject(head)
    return None if lead is None or lead.i in names else lead


def _named_beside_a_name(lead: Token, names: dict[int, str]) -> bool:
    """ "A spokeswoman for Halvern, Jenna Ruiz,": the parser hangs the person's name on the organisation's, though
    no name stands in apposition to another's; the name is the lead's."""
    return any(t.dep_ == "appos" and t.i in names and t.head.i in names and names[t.head.i] != names[t.i]
               for t in lead.subtree)


def _indefinite(lead: Token) -> bool:
    """ "A woman", "another subscriber", "One resident" (the parser's number, opening the phrase)."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE or c.dep_ == "nummod" and c.lower_ == "one"
               and c.i == lead.left_edge.i for c in lead.children)


def _someones_agent(lead: Token) -> bool:
    """"Strzok's attorney … / He added": someone's lawyer, spokesman or kin goes on speaking, and is not the owner. Only
    for a sentence of its own: in "Pagliano's lawyer said he will refuse" the "he" is the client; "His opponent" may
    be anyone."""
    return lead.lemma_.lower() in AGENTS | KIN and any(c.dep_ == "poss" for c in lead.children)


def _someones_office(lead: Token, left_unnamed: frozenset[int]) -> bool:
    """ "The committee's chairwoman said …. She did not say …": an office of someone's that the resolver could tie
    to no name goes on speaking. Not a bare description ("the Vermont senator"), which is mostly a person named
    before whom the resolver missed."""
    return lead.idx in left_unnamed and any(c.dep_ == "poss" for c in lead.children)


def _nearer(lead: Token, named_at: int) -> bool:
    """After the name, or holding it: "A representative for Mr. Pinchuk" is not Pinchuk."""
    edge = lead.right_edge
    return lead.idx > named_at or lead.left_edge.idx <= named_at < edge.idx + len(edge)


def _quoted(lead: Token, head: Token) -> bool:
    """ "“My mother taught fourth grade …. She taught …,” she said": someone the quotation speaks of, not its speaker."""
    quotes = quote_bounds(head.doc)
    return any(start <= lead.idx < end for start, end in quotes) and not any(
        start <= head.idx < end for start, end in quotes)


def _governing_subject(head: Token) -> Token | None:
    """The subject of the clause above the pronoun's ("A woman received probation after [she had posted]")."""
    verb = head.head
    if head.dep_ not in SUBJECTS or verb.dep_ not in SUBORDINATE or verb.head is verb:
        return None
    return next((c for c in verb.head.children if c.dep_ in SUBJECTS and c.i < head.i), None)


def _opens_its_sentence(head: Token) -> bool:
    """The subject of its sentence's root, with no other subject before it in the sentence ("He added …")."""
    if head.dep_ not in SUBJECTS or head.head.dep_ != "ROOT":
        return False
    # "“I never lost hope,” he told reporters": a quotation's own subject is no subject of the sentence; nor is the
    # subject of the clause the verb reports ("County supervisors approved the settlement …, she said")
    quotes = quote_bounds(head.doc)
    reported = {t.i for c in head.head.children if c.dep_ == "ccomp" and c.i < head.i for t in c.subtree}
    return not any(t.dep_ in SUBJECTS and t.i not in reported and not any(start <= t.idx < end for start, end in quotes)
                   for t in head.sent if t.i < head.i)


def _previous_sentence_subject(head: Token) -> Token | None:
    start = found = _start_of_the_quotation_before(head)
    while start > 0 and not any(t.is_alpha for t in head.doc[start - 1].sent):
        start = head.doc[start - 1].sent.start  # a paragraph's break or a closing mark, a sentence to the parser
    if start == 0:
        return None
    root = head.doc[start - 1].sent.root
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if start != found:  # across such a break, only a subject: not the fragments of a list ("a philanthropist who …;")
        return subject or _subject_of_a_clause_before(root)
    if subject is None and root.lemma_ == "be":  # "Among those on the first flight was a 61-year-old retired nurse"
        return next((c for c in root.children if c.dep_ == "attr" and c.i > root.i), None)
    if subject is None and root.pos_ == "NOUN" and any(c.dep_ == "acl" and c.i > root.i for c in root.children):
        return root  # "Down the corridor, a 52-year-old father of five waited …", parsed as the father who waited
    if subject is None:  # "At the port terminals of San Lorenzo, a truck driver … said", the driver hung on the place
        return next((t for t in reversed(head.doc[root.sent.start: root.i]) if t.dep_ == "appos" and t.tag_ == "NN"
                     and t.head.dep_ == "pobj" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)),
                    None) or _subject_of_a_clause_before(root)
    return subject


def _subject_of_a_clause_before(root: Token) -> Token | None:
    """ "A woman selling vegetables, asked about the trial, shrugged": a root with no subject of its own, the parser
    having made the subject that of a clause it hung before the root as its complement (not a clause of its own,
    "When Doe cut the ribbon, among those watching was …")."""
    return next((s for c in root.children if c.dep_ == "ccomp" and c.i < root.i
                 for s in c.children if s.dep_ in SUBJECTS and s.i < c.i), None)


def _start_of_the_quotation_before(head: Token) -> int:
    """Where the sentence of `head` starts, or, for the subject of a cue right after a quotation ("“The harvest is big.
    Every year it is the same film,” he said"), where the sentence opening that quotation starts."""
    doc = head.doc
    before = next(((s, e) for s, e in reversed(quote_bounds(doc)) if e <= head.idx), None)
    if before is None:
        return head.sent.start
    start, end = before
    if head.idx - end > 3 or not start < head.sent.start_char < end:
        return head.sent.start  # no quotation, or one closed before the sentence of `head`
    quoted = doc.char_span(start, end, alignment_mode="expand")
    return quoted[0].sent.start if quoted is not None and len(quoted) else head.sent.start


def lead_before(head: Token) -> Token | None:
    """The subject of the sentence before, for a he or she that opens its own sentence ("The 63-year-old planted the
    bushes herself. She said …"); or, where that subject is the same pronoun opening its sentence, the subject of
    the sentence before it ("a woman in her sixties has reopened a small shop …. She would not give her name. She
    said …"); None elsewhere."""
    lead = _previous_sentence_subject(head) if _opens_its_sentence(head) else None
    if lead is not None and lead.lower_ == head.lower_ and _opens_its_sentence(lead):
        return _previous_sentence_subject(lead) or lead
    return lead


def described_again(head: Token, unnamed: list[Candidate], paragraph: int) -> Candidate | None:
    """ "A police official, who spoke on the condition that he not be named, said …. The official said": a definite
    description with the noun of an unnamed speaker the text brought in with "a", "an" or "one" in its paragraph or the two
    before is that speaker going on, where no other unnamed speaker of the kind stands between."""
    noun, doc = head.lemma_.lower(), head.doc
    earlier = [c for c in unnamed if c.offset < head.idx and 0 <= paragraph - c.paragraph <= 2 and not c.several]
    same = [(c, token) for c in earlier if (lead := token_at(doc, c.offset)) is not None and not _set_beside_a_name(lead)
            for token in _nouns_describing(lead) if token.lemma_.lower() == noun
            and any(d.dep_ in {"det", "nummod", "poss"} for d in token.children)]  # not a headline's "Retired general"
    if len({c.speaker.name for c, _ in same}) != 1 or not any(_indefinite(token) or _one_of(token) for _, token in same):
        return None
    latest, token = same[-1]
    if any(t.lemma_.lower() == noun and t.tag_ == "NN" and not same_modifiers(t, token.idx) for t in doc[token.i + 1: head.i]):
        return None  # "a separate intelligence source … did so …. the source said": another of the kind came up
    return latest


def _set_beside_a_name(lead: Token) -> bool:
    """ "Joanna Sadowska, a music critic who …": a description in apposition to a person's name brings in no unnamed
    speaker; "the critic" later is hers to take up by name."""
    return lead.dep_ == "appos" and lead.head.ent_type_ == "PERSON"


def _nouns_describing(lead: Token) -> list[Token]:
    """The lead's own noun, and one set in apposition within its phrase ("One of the applicants, a 44-year-old tailor
    from Bukavu": the tailor)."""
    top = lead.head if lead.pos_ == "DET" else lead
    described = {top, *(o for p in top.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)}
    return [lead, *(t for t in top.subtree if t.dep_ == "appos" and t.pos_ == "NOUN" and t.head in described)]


def same_modifiers(head: Token, offset: int) -> bool:
    """Whether the head's modifiers are all the description's at `offset`: it says nothing the earlier one did not
    ("a former executive" … "the former executive"; "A Pellucid spokesman" … "the spokesman")."""
    earlier = token_at(head.doc, offset)
    words = {c.lower_ for c in head.children if c.dep_ in {"amod", "compound"}}
    return earlier is not None and words <= {c.lower_ for c in earlier.children if c.dep_ in {"amod", "compound"}}


def _one_of(lead: Token) -> bool:
    """ "One juror, who asked not to be named,": one of several, brought in as "a juror" would be."""
    return any(c.dep_ == "nummod" and c.lower_ == "one" for c in lead.children)


# A description by age or by a count of wins or terms: "the 27-year-old", "the 14-time champion", "the two-term senator".
EPITHET = re.compile(r"year-old|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-(?:time|term)\b")


def aged_subject_before(head: Token, names: dict[int, str], before_the_quotation: list[Token] | None = None,
                        spoken: dict[int, str] | None = None) -> tuple[str, int] | None:
    """ "Simone Manuel … announced her retirement on Monday. In a video …, the 27-year-old said": a description by
    age alone ("the 27-year-old", "The 57-year-old scientist") is the person named as the subject of the sentence
    before, or, after a quotation that opens its sentence, of the sentence before the quotation
    (`before_the_quotation`, its main verb's subjects): their entity and where the text names them. The subject may
    be a description with the name beside it ("Her mother, Corazon, was less sure. The 56-year-old said") or a
    pronoun that was itself a source (`spoken`: the entity each source so far named, by its offset): "He said he would
    sit in the stand. "…," the 68-year-old said". None elsewhere."""
    description = head.doc[description_opening(head).i: head.i + 1].text.lower()
    if not EPITHET.search(description) or not description.startswith("the "):
        return None
    if before_the_quotation:
        return named_lead(before_the_quotation[0], names, spoken) if len(before_the_quotation) == 1 else None
    if head.sent.start == 0:
        return None
    root = head.doc[head.sent.start - 1].sent.root
    # the subject nearest the verb: "VATICAN CITY — Pope Francis used …" has the dateline's place for another
    lead = max((c for c in root.children if c.dep_ in SUBJECTS and c.i < root.i), key=lambda c: c.i, default=None)
    found = named_lead(lead, names, spoken) if lead is not None else None
    return found or _person_it_is_for(root.sent, names)


def _person_it_is_for(sentence: Span, names: dict[int, str]) -> tuple[str, int] | None:
    """ "For Gerald Boutilier, the numbers are personal. The 71-year-old … said": the person a sentence opens on with
    "For" and a comma, the writer's way of bringing in whom the next sentence is about."""
    opening = sentence[0]
    person = next((c for c in opening.children if c.dep_ == "pobj"), None)
    if opening.lower_ != "for" or person is None or person.i not in names \
            or person.right_edge.i + 1 >= sentence.end or sentence.doc[person.right_edge.i + 1].text != ",":
        return None
    return names[person.i], person.idx


def named_lead(lead: Token, names: dict[int, str], spoken: dict[int, str] | None) -> tuple[str, int] | None:
    """The entity a sentence's subject names, and where: its name, the name set beside it, or a pronoun that spoke."""
    if lead.i in names:
        return names[lead.i], lead.idx
    beside = [c for c in lead.children if c.dep_ == "appos" and c.i in names]
    if len(beside) == 1 and lead.pos_ == "NOUN":  # "Her mother, Corazon,": the name set beside the description
        return names[beside[0].i], beside[0].idx
    if lead.pos_ == "PRON" and spoken and lead.idx in spoken:
        return spoken[lead.idx], lead.idx
    return None


AGED = re.compile(r"\b\d{1,3}-year-old$")


def unnamed_person(noun: Token, gender: str | None, names: dict[int, str], roles: dict[str, str]) -> bool:
    """A person the text brings in without a name, of `gender` or none stated: "one fan in a Harbourmen jersey",
    "a 70-year-old widow". `names`: the entity of each token in a name; `roles`: role_nouns.txt."""
    if noun.i in names or noun.tag_ != "NN" or is_several(noun) or noun.left_edge.lower_ not in INDEFINITE:
        return False
    kind, _, stated = roles.get(noun.lemma_.lower(), "").partition("\t")
    aged = AGED.search(noun.doc[noun.left_edge.i: noun.i + 1].text.lower()) is not None
    return (kind == "PERSON" or aged) and stated in {"", "-", gender}


def unnamed_source(head: Token, unnamed: list[Candidate]) -> Speaker | None:
    """ "His younger son … said he would be there earlier. "Maybe Monday," he said": the unnamed speaker that
    description already is (`unnamed`: the resolver's unnamed candidates)."""
    found = next((c for c in unnamed if c.offset == head.idx and c.entity is None), None)
    return Speaker(**{**found.speaker.__dict__, "antecedent": found.offset}) if found is not None else None


def taken_up_again(candidate: Candidate) -> Speaker:
    """An unnamed speaker brought in before, taken up again by a description."""
    return Speaker(**{**candidate.speaker.__dict__, "resolved_by": "description", "antecedent": candidate.offset})


def brought_in_unnamed(head: Token, names: dict[int, str]) -> bool:
    """ "Her agent, Rachel Dunmore, said …. A literary agent who has dealt with the prize for years put it starkly. “…,”
    the agent said": a definite description whose noun last came up, in the sentences just before, brought in with "a",
    "an" or "one" ("… two students and a night-shift nurse who asks that her name not be used") and set beside no
    name, is that newcomer, whom the text leaves unnamed, not the named person the noun described before. Not a
    description of a name ("Rosa Ferreira, a nurse,", "Ferreira is a nurse"), nor where a person is named between
    ("A new campaign manager could …. When the AP asked Bennett, the campaign manager said")."""
    noun, doc = head.lemma_.lower(), head.doc
    if head.tag_ != "NN":
        return False
    sentences = [head.sent.start]
    while len(sentences) < 4 and sentences[-1] > 0:
        sentences.append(doc[sentences[-1] - 1].sent.start)
    last = next((t for t in reversed(doc[sentences[-1]: head.i]) if t.lemma_.lower() == noun), None)
    return last is not None and last.tag_ == "NN" and last.dep_ not in {"appos", "attr"} and _indefinite(last) \
        and last.i not in names and not _names_someone(last, names) and not _quoted(last, head) \
        and not any(t.ent_type_ == "PERSON" and t.i in names for t in doc[last.right_edge.i + 1: head.i])


def _names_someone(noun: Token, names: dict[int, str]) -> bool:
    """Whether a person's name, or a name set in apposition, stands anywhere in the noun's phrase: "A spokesman for the
    museum, Tom Hale,", where the parser may hang the name on the museum; "A pharmacist …, who gave only his first
    name, Mina," (the name may be another's, as in "a doctor who treated Smith": then this says nothing)."""
    return any(t.ent_type_ == "PERSON" or t.dep_ == "appos" and t.i in names for t in noun.subtree)
