"""A he or she the ranker doubts, named where the sentence before is led by one name and nobody since leads.

"Mr. Kasich forcefully differed. / ''I think that the Chinese government butchered those kids,'' he said":
writers go on about whom a sentence is about, so a pronoun that opens the next sentence (or the next clause
of the same one: "Rubio is trying to rebound — and he's hoping …") takes up the subject of that sentence's
main verb. The ranker weighs every name in view, and a name passing between as an object ("… differed from
Mr. Trump") or inside another's words keeps it below its threshold. Here the subject may be a name, the owner
of the subject ("Mr. Sanders's campaign vowed … He gave a defiant speech"), a surname the model tagged no name
("Cuban also gave a preview …": the one person in view whose name ends with it), a description the resolver ties
to a name ("The Vermont senator declined … But he told ABC") or a source already resolved ("As for Trump, he
said he's not worried. “… Let's see,” he said": the sentences of a quotation are looked back over). Where
the sentence before has someone ask someone else, the one asked answers. The subject's name may also stand beside
it ("Elliott's father, the Rev. Charles Elliott Jr., knew Ali"), own it with an "’s" the parser read as a mere
modifier ("Tuttle’s article also attacked Christie"), or be a bare surname the tagger tied to the wrong one of a
family ("Lazar had no formal training": his wife shares it), read as the one of the pronoun's gender who bears it;
those three readings named 6 more pronouns of PolNeAR train rightly, in 4 articles (train.jsonl 315 → 316 right,
train-pronouns.jsonl 797 → 802), and none wrongly. It is taken only where the ranker
abstains, the subject is a person of the pronoun's gender (or of none known, where nobody the paragraph
names is known to be of it), and no other person of that gender leads a main clause or speaks between the
two (outside quotation marks), nor leads any clause of the pronoun's own sentence before it ("In West Miami, where
Mr. Rubio began his career, he showed …" is not about the subject of the sentence before); one who speaks only in
a clause under the lead's own verb ("Ryan did not exude confidence when Tapper asked …") does not stand between.
Those two readings of who stands between made 3 more pronouns of PolNeAR train right, in 3 articles, one of them
named wrongly before (train.jsonl 316 → 318 right, wrong names 3 → 2; train-pronouns.jsonl 802 → 803), and none
wrong or unnamed. Where the subject before is the same pronoun again ("She skirted the opening question. She
also maneuvered … She referred …"), the chain is followed back, up to three pronouns, to the name that leads it;
and an unnamed speaker of several ("which some Republicans want …") does not stand between as a possible he or
she: train-pronouns.jsonl 814 → 816 right (one article), train.jsonl unchanged, no wrong name. An "it" is left alone: the organisation leading the sentence before was tried
for it and was wrong too often (tests/test_speaker_near.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from saywho.analyse.noun_readings import is_definite
from saywho.analyse.speaker_candidates import Candidate
from saywho.analyse.speaker_one_of_gender import SUBJECT_GENDERS as GENDERS
from saywho.document import Speaker

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
ASKING = frozenset({"ask", "question", "press", "quiz", "interview", "challenge"})
CHAINED = 3  # the same pronoun leading so many sentences in a row, each taking up the one before
QUOTED_SENTENCES = 3  # sentences of a quotation looked back over ("“… OK? I think. Let's see,” he said")


class Paragraphs(Protocol):
    """Anything that knows which paragraph a character offset is in (the resolver)."""

    def paragraph_of(self, offset: int) -> int: ...


class Resolver(Protocol):
    """What is read of the resolver (speakers.Resolver)."""

    by_token: dict[int, str]  # each name's tokens → its entity id
    speakers: list[tuple[int, Speaker]]  # each source resolved so far: where it starts, whom it names
    genders: dict[str, str | None]
    roles: dict[str, str]

    def paragraph_of(self, offset: int) -> int: ...

    def _in_quote(self, token: Token) -> bool: ...

    def _description(self, head: Token) -> Speaker | None: ...


def sentence_lead(head: Token, candidates: list[Candidate], resolver: Resolver) -> Candidate | None:
    """The latest of `candidates` (the pronoun's, without those barred) of the entity leading the sentence
    before `head`, or the clause before it in its own sentence; None where that is not certain."""
    if head.dep_ not in SUBJECTS or head.lower_ not in GENDERS:
        return None
    subject = _leading_subject(head, resolver)
    if subject is not None and subject.head.lemma_.lower() in ASKING:
        # "Conroy asked Sanders whether … / “Sure it is,” he said": the one asked answers
        answering = next((c for c in subject.head.children if c.dep_ == "dobj"), None)
        subject = answering if subject.sent != head.sent else None
    entity_id = _entity_of_subject(subject, resolver, candidates, GENDERS[head.lower_]) if subject is not None else None
    if subject is None or entity_id is None:
        return None
    genders = resolver.genders
    theirs = [c for c in candidates if c.entity is not None and c.entity.id == entity_id]
    if not theirs:
        return None
    lead = max(theirs, key=lambda c: c.offset)
    if not _fits(head.lower_, lead.speaker.type, genders.get(entity_id)):
        return None
    if genders.get(entity_id) is None and one_of_its_gender_in(resolver.paragraph_of(head.idx), head, candidates,
                                                                genders):
        return None  # "President Obama", of no known gender, is no "she" beside a woman the paragraph names
    if any(_leads_between(c, entity_id, subject.idx, head, genders) for c in candidates):
        return None
    return lead


def _leading_subject(head: Token, resolver: Resolver) -> Token | None:
    """The subject leading before the pronoun (_subject_before); where that is the same pronoun again ("She
    skirted the opening question. She also maneuvered … She referred"), the subject leading before that one,
    up to CHAINED pronouns back."""
    subject = _subject_before(head, resolver)
    for _ in range(CHAINED):
        if subject is None or subject.lower_ != head.lower_:
            return subject
        subject = _subject_before(subject, resolver)
    return None if subject is not None and subject.lower_ == head.lower_ else subject


def _subject_before(head: Token, resolver: Resolver) -> Token | None:
    """The subject of the main verb before the pronoun: of its own sentence where one stands before it outside
    quotation marks, else of the sentence just before (in its paragraph or the one before), looking back over
    the sentences of a quotation."""
    own = root_subject(head.sent)
    if own is None:
        return None  # a sentence parsed with no subject to its main verb: nothing is sure of it
    if own.i != head.i and not resolver._in_quote(own) and not (own.i > head.i and own.lower_ == head.lower_):
        # a subject after the pronoun ("When he arrived, Trump said"): the pronoun looks ahead, not back; but where
        # it is the same pronoun again ("And if Clinton is the nominee, he said, he would …"), both look back
        return own if own.i < head.i else None
    for sentence in sentences_before(head, resolver):
        subject = root_subject(sentence)
        if subject is not None and not resolver._in_quote(subject):
            return subject
        if not resolver._in_quote(sentence.root):
            return None
    return None


def sentences_before(head: Token, resolver: Paragraphs) -> Iterator[Span]:
    """The sentences before `head`'s, nearest first: up to QUOTED_SENTENCES + 1 of them, in its paragraph or the
    one before (a quotation's sentences are looked back over by the caller)."""
    sentence = head.sent
    for _ in range(QUOTED_SENTENCES + 1):
        if sentence.start == 0:
            return
        sentence = head.doc[sentence.start - 1].sent
        if resolver.paragraph_of(head.idx) - resolver.paragraph_of(sentence.start_char) > 1:
            return
        yield sentence


def root_subject(sentence: Span) -> Token | None:
    """The subject of the sentence's main verb, if the parser found one."""
    return next((c for c in sentence.root.children if c.dep_ in SUBJECTS), None)


def _entity_of_subject(subject: Token, resolver: Resolver, candidates: list[Candidate], wanted: str) -> str | None:
    """The entity a subject names: by its name, by a name set beside it ("Elliott's father, the Rev. Charles Elliott
    Jr., knew"), by the name owning it ("Mr. Sanders's campaign") or by the named person a definite description
    stands for ("the Vermont senator"). `wanted`: the pronoun's gender, which picks among people sharing a surname."""
    by_token = resolver.by_token
    if subject.i in by_token:
        linked = by_token[subject.i]
        if resolver.genders.get(linked) in {wanted, None} or any(c.dep_ == "compound" for c in subject.children):
            return linked
        # a bare surname the tagger tied to one of a family ("Lazar had no formal training. He told …": his wife
        # Gabriela Violeta Lazar shares it): the one of the pronoun's gender who bears it
        return _one_surnamed(subject, resolver, candidates, wanted) or linked
    surnamed = _one_surnamed(subject, resolver, candidates, wanted)
    if surnamed is not None:
        return surnamed
    spoken = next((speaker.entity for offset, speaker in resolver.speakers if offset == subject.left_edge.idx), None)
    if spoken is not None:  # a source already resolved: "As for Trump, he said he's not worried. “…,” he said"
        return spoken
    beside = _named_beside(subject, by_token)
    if beside is not None:
        return beside
    # "Tuttle’s article": the parser may read a possessive name as a modifier with its "’s"
    owner = next((c for c in subject.children if c.dep_ == "poss" or any(g.dep_ == "case" for g in c.children)), None)
    owning = (by_token.get(owner.i) or _one_surnamed(owner, resolver, candidates, wanted)) if owner is not None else None
    if owning is not None:
        return owning
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in resolver.roles or not is_definite(subject):
        return None
    described = resolver._description(subject)
    return described.entity if described is not None else None


def _named_beside(subject: Token, by_token: dict[int, str]) -> str | None:
    """The name a subject noun is given in apposition ("Elliott's father, the Rev. Charles Elliott Jr.,"): that
    name's entity, where it is the only one given."""
    if subject.pos_ != "NOUN":
        return None
    given = [t for c in subject.children if c.dep_ == "appos" for t in c.subtree if t.i in by_token]
    named = {by_token[t.i] for t in given}
    return named.pop() if len(named) == 1 else None


def _one_surnamed(subject: Token, resolver: Resolver, candidates: list[Candidate], wanted: str) -> str | None:
    """ "Cuban also gave a preview …": a capitalised word the model tagged no name is the one person in view
    whose full name ends with it (the one not known to be of the other gender, where two share it: "Lazar",
    husband and wife, before "he")."""
    if not subject.text[:1].isupper() or subject.lemma_.lower() in resolver.roles or subject.pos_ == "PRON":
        return None
    people = {c.entity.id for c in candidates if c.entity is not None and c.speaker.type == "PERSON"
              and len(c.entity.name.split()) > 1 and c.entity.name.split()[-1] == subject.text}
    if len(people) > 1:
        people = {p for p in people if resolver.genders.get(p) in {wanted, None}}
    return people.pop() if len(people) == 1 else None


def _fits(pronoun: str, kind: str, gender: str | None) -> bool:
    """Whether someone of `kind` and `gender` (None: not known) is what `pronoun` may take up."""
    return kind == "PERSON" and gender in {GENDERS[pronoun], None}


def one_of_its_gender_in(paragraph: int, head: Token, candidates: list[Candidate],
                         genders: dict[str, str | None]) -> bool:
    """Whether someone known to be of the pronoun `head`'s gender is named in `paragraph`."""
    wanted = GENDERS[head.lower_]
    return any(c.entity is not None and c.paragraph == paragraph and genders.get(c.entity.id) == wanted
               for c in candidates)


def _leads_between(candidate: Candidate, entity_id: str, start: int, head: Token,
                   genders: dict[str, str | None]) -> bool:
    """Whether another who could be the pronoun leads a main clause or speaks between the lead and it: one who is
    the subject only of a clause under another's ("Trump said that he believed … until Obama admits …") does not."""
    if not start < candidate.offset < head.idx or (candidate.entity is not None and candidate.entity.id == entity_id):
        return False
    # "In West Miami, where Mr. Rubio began his career, he showed …": where the lead is a sentence back, a subject
    # of any clause of the pronoun's own sentence is nearer to it than the lead
    nearer = candidate.subject and start < head.sent.start_char <= candidate.offset
    if candidate.quoted or not (candidate.main or nearer or candidate.role in {"speaker", "unnamed"}):
        return False  # a name inside a quotation is talked of by the speaker, not speaking
    if candidate.role == "speaker" and _speaks_under(start, candidate.offset, head.doc):
        return False  # "Ryan did not exude confidence when Tapper asked …": Tapper asks within Ryan's sentence
    if candidate.entity is None and candidate.speaker.type == "UNKNOWN":
        # someone unnamed of no known kind ("a spokesman for …") may be anyone, but not several ("some Republicans")
        return not _plural_at(candidate.offset, head.doc)
    gender = genders.get(candidate.entity.id) if candidate.entity is not None else candidate.gender
    return _fits(head.lower_, candidate.speaker.type, gender)


def _plural_at(offset: int, doc: Doc) -> bool:
    """Whether the word at `offset` is a plural noun: an unnamed speaker of several, never a he or she."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and span[0].tag_ in {"NNS", "NNPS"}


def _speaks_under(lead: int, offset: int, doc: Doc) -> bool:
    """Whether the source at `offset` speaks in a clause under the verb the lead at `lead` is the subject of ("Mr.
    Nevins said he pursued it only because Mr. Lynch agreed"), so in the lead's own sentence and no one of its own."""
    leading = doc.char_span(lead, lead + 1, alignment_mode="expand")
    speaking = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if leading is None or speaking is None or leading[0].sent != speaking[0].sent:
        return False
    return any(above.i == leading[0].head.i for above in speaking[0].ancestors)
