"""A "he added" or "she continued" the ranker doubts: the one who spoke just before goes on speaking.

"“… wrong,” said 9/11 widow Terry Strada. / She continued, “For us …”": a verb that carries a
statement on ("add", "continue", "conclude", "go on") says the speaker is the one already speaking.
On the referent gold of PolNeAR train (train.jsonl and train-pronouns.jsonl), the latest named speaker of
the same or the previous paragraph is who such a "he" or "she" is 68 times in 71, and the ranker, weighing
everyone in view, left 9 of those 68 unnamed. Taken where the ranker abstains and that speaker was the
subject of a main clause, it names 3 more of train.jsonl's pronouns rightly and none wrongly; dev is
unchanged (docs/benchmarks.md, speaker resolution).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from saywho.analyse.attributions.relative_antecedents import who_stands_for
from saywho.analyse.speaker_ages import given_an_age
from saywho.analyse.speaker_candidates import Candidate
from saywho.analyse.speaker_one_of_gender import SUBJECT_GENDERS
from saywho.analyse.speaker_topics import REPLYING
from saywho.document import Attribution, Entity, Speaker

CONTINUING = frozenset({"add", "continue", "conclude"})


def goes_on(head: Token) -> bool:
    """Whether the pronoun is the subject of "added", "continued", "concluded" or "went on"."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    return lemma in CONTINUING or (lemma == "go" and any(c.lower_ == "on" for c in verb.children))


def last_speaker_going_on(head: Token, candidates: list[Candidate], speakers: list[tuple[int, Speaker]],
                          paragraph_of, genders: dict[str, str | None]) -> Candidate | None:
    """The latest candidate of the latest named speaker before `head`, where `head` goes on speaking,
    that speaker spoke in its paragraph or the one before, and nothing known of them clashes with the pronoun."""
    wanted = SUBJECT_GENDERS.get(head.lower_)
    if wanted is None or not goes_on(head):
        return None
    earlier = [(offset, speaker) for offset, speaker in speakers if offset < head.idx and speaker.entity]
    if not earlier:
        return None
    offset, speaker = earlier[-1]
    if (paragraph_of(head.idx) - paragraph_of(offset) > 1 or genders.get(speaker.entity or "") not in {None, wanted}
            or not _speaks_in_main_clause(head.doc, offset)):
        return None
    theirs = [c for c in candidates if c.entity is not None and c.entity.id == speaker.entity]
    return max(theirs, key=lambda c: c.offset) if theirs else None


def quoted_last_paragraph(head: Token, candidates: list[Candidate], speakers: list[tuple[int, Speaker]],
                          paragraph_of, genders: dict[str, str | None], by_token: dict[int, str]) -> Candidate | None:
    """ "“… The captain counted us three times,” the engineer said. / He said some of the younger sailors …": a he
    or she opening a paragraph, right after a paragraph that ends on a quotation of the one person named or described
    there, is that speaker going on; so is one after a quotation that opens the paragraph ("Luc Pelletier, president
    of the union local, said …. / “These guys have mortgages …,” he said"); where the ranker doubts."""
    wanted = SUBJECT_GENDERS.get(head.lower_)
    opening = _paragraph_opened_by(head, paragraph_of) if wanted is not None and head.dep_ == "nsubj" else None
    earlier = [(offset, speaker) for offset, speaker in speakers if offset < head.idx]
    if opening is None or not earlier or earlier[-1][1].entity is None \
            or paragraph_of(head.idx) - paragraph_of(earlier[-1][0]) != 1:
        return None
    offset, speaker = earlier[-1]
    before = _paragraph_before(head.doc, opening, paragraph_of)
    if not before or (opening == head.i and not before[-1].is_quote) \
            or genders.get(speaker.entity or "") not in {None, wanted}:
        return None
    if head.head.lemma_.lower() in REPLYING or any(t.text == "?" for t in before):
        return None  # "“… those records?” asked the prosecution counsel. / “Nobody said it …,” she replied"
    if any(by_token.get(t.i) not in {None, speaker.entity} for t in [*before, *head.doc[opening: head.i]]):
        return None  # someone else named there
    theirs = [c for c in candidates if c.entity is not None and c.entity.id == speaker.entity]
    return max(theirs, key=lambda c: c.offset) if theirs else None


def _paragraph_opened_by(head: Token, paragraph_of) -> int | None:
    """Where `head`'s paragraph opens, where `head` opens it or follows the quotation that does."""
    doc = head.doc
    quote = next((q for q in reversed(doc._.quotes or []) if q.end <= head.idx), None)
    if quote is not None and head.idx - quote.end <= 3 and paragraph_of(quote.start) == paragraph_of(head.idx):
        mark = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
        index = mark.start if mark is not None else head.i
        index -= 1 if index > 0 and doc[index - 1].is_quote else 0  # the opening mark itself
    else:
        index = head.i
    return index if index == 0 or "\n" in doc[index - 1].text_with_ws or doc[index - 1].is_space else None


def _paragraph_before(doc, opening: int, paragraph_of) -> list[Token]:
    """The words of the paragraph before the one opening at token `opening`."""
    index = opening - 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    if index < 0:
        return []
    paragraph = paragraph_of(doc[index].idx)
    words = []
    while index >= 0 and (doc[index].is_space or paragraph_of(doc[index].idx) == paragraph):
        if not doc[index].is_space:
            words.append(doc[index])
        index -= 1
    return words[::-1]


def _speaks_in_main_clause(doc: Doc, offset: int) -> bool:
    """Whether the source at `offset` is the subject of its sentence's main verb: not someone reported
    inside another's words ("McFadden added that Guccifer told her he …": Guccifer does not go on)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    token = span[0] if span else None
    while token is not None and token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token is not None and token.dep_ == "ROOT"


def unnamed_speaker_going_on(head: Token, speakers: list[tuple[int, Speaker]], by_token: dict[int, str],
                             entities: dict[str, Entity], roles: dict[str, str], genders: dict[str, str | None],
                             paragraph_of) -> Speaker | None:
    """ "… a 34-year-old sales assistant said she earned …. She asked not to be named …. / “People think …,” she
    said": a "he" or "she" whose latest speaker of the same pronoun was the unnamed person that pronoun stood for, in
    its paragraph or the one before, with no one named between (an unnamed "her employer" may have spoken), is that
    person going on; so is one a description of a person of either or that gender brought in just before ("a grandmother
    from Headingley … said she did not mind the wait. “We’ll come back,” she said")."""
    if head.lower_ not in SUBJECT_GENDERS:
        return None
    for offset, speaker in reversed([(o, s) for o, s in speakers if o < head.idx][-3:]):
        if speaker.named or paragraph_of(head.idx) - paragraph_of(offset) > 1:
            return None
        source = head.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if source is None or (source[0].lower_ != head.lower_ and not _described_so(source[0], head, speaker, roles)):
            continue
        # "A 72-year-old crofter on Tarsay": a name in the description's own phrase is no one else
        own = set() if source[0].tag_ == "PRP" else {t.i for t in _described_noun(source[0]).subtree}
        if not _a_person(speaker, source[0], roles) or speaker.resolved_by not in {"pronoun", "unnamed", "description"} \
                or not (_introduced(speaker) or _introduced_beside(source[0])) \
                or any(entities[by_token[index]].type == "PERSON" and head.doc[index].dep_ != "poss"
                       and genders.get(by_token[index]) in {None, SUBJECT_GENDERS[head.lower_]}
                       for index in range(source[0].sent.start, head.i) if index in by_token
                       and index not in own and _may_be_meant(head.doc[index], head)):
            return None  # someone named in its sentence or since may be meant ("Mr. Obama …, when a reporter asked")
        return Speaker(**{**speaker.__dict__, "resolved_by": "pronoun", "antecedent": offset})
    return None


PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "across"})


def _may_be_meant(name: Token, head: Token) -> bool:
    """A name between the speaker and the pronoun that may be who the pronoun stands for: any but one inside what was
    said that is no subject there ("said she had come to hear Ms. Marwood"); the one asked ("A reporter asked Sanders
    …. He replied") may answer."""
    if name.dep_ == "pobj" and name.head.lower_ in PLACE_PREPOSITIONS:
        return False  # "In Berhampore, a 62-year-old retired schoolteacher … said": a place the model took for a person
    if name.sent == head.sent or any(t.dep_ in {"nsubj", "nsubjpass"} for t in (name, name.head) if t.ent_type_):
        return True
    return not any(t.dep_ in {"ccomp", "xcomp"} for t in name.ancestors)


def _described_so(first: Token, head: Token, speaker: Speaker, roles: dict[str, str]) -> bool:
    """Whether the unnamed speaker is a description of a person of the pronoun's gender or of either, in its sentence
    or the one before."""
    noun = _described_noun(first)
    kind, _, gender = _described_as(noun, roles).partition("\t")
    if speaker.resolved_by == "description":  # "The 27-year-old said": the unnamed woman taken up again
        kind, gender = speaker.type, "-"
    if speaker.resolved_by not in {"unnamed", "description"} or kind != "PERSON" \
            or gender not in {SUBJECT_GENDERS[head.lower_], "-"}:
        return False
    return noun.sent == head.sent or noun.sent.end == head.sent.start or _only_quoted_between(noun.sent.end, head)


def _only_quoted_between(end: int, head: Token) -> bool:
    """ "… a 68-year-old retired postal worker said his bill had gone up. / “I'm not against schools. I'm against
    losing my house,” he said": nothing but the quotation the pronoun frames between the two."""
    quotes = [(q.outer[0], q.outer[1]) for q in head.doc._.quotes or []]
    return end <= head.sent.start and all(
        token.is_punct or token.is_space or any(start <= token.idx < close for start, close in quotes)
        for token in head.doc[end: head.sent.start])


def _described_noun(first: Token) -> Token:
    """The noun that says who the source is: "a nurse", the "who" of "a teacher …, who asked", the apposition of
    "One, a 17-year-old junior"."""
    if first.pos_ == "NOUN":
        return first
    if first.tag_ == "WP" and first.head.dep_ == "relcl":
        return who_stands_for(first, first.head.head)  # "a nursing student from Tulsa, who said": the student
    if first.lower_ in {"one", "another"}:
        return next((c for c in first.children if c.dep_ == "appos" and c.pos_ == "NOUN"), first.head)
    return first.head


def _a_person(speaker: Speaker, first: Token, roles: dict[str, str]) -> bool:
    """A person by the speaker's type, or by the noun that describes them where the source's first word is no
    noun ("One, a 17-year-old junior")."""
    return speaker.type == "PERSON" or _described_as(_described_noun(first), roles).startswith("PERSON")


def _described_as(noun: Token, roles: dict[str, str]) -> str:
    """The role lexicon's kind and gender of the noun ("PERSON\tf"); for a noun it does not hold, those of a noun in
    apposition to it ("One participant, a 15-year-old girl"), or a person of either gender where an age says so
    ("A 72-year-old crofter")."""
    if noun.lemma_.lower() in roles and (roles[noun.lemma_.lower()].startswith("PERSON") or not (
            given_an_age(noun) or _described_by_who(noun))):  # "a 44-year-old rock drill operator" is no company
        return roles[noun.lemma_.lower()]
    apposed = next((c for c in noun.children if c.dep_ == "appos" and c.lemma_.lower() in roles), None)
    if apposed is not None:
        return roles[apposed.lemma_.lower()]
    return "PERSON\t-" if given_an_age(noun) or _described_by_who(noun) else ""


def _described_by_who(noun: Token) -> bool:
    """ "A Vancouver-based freight forwarder, who asked not to be named": a noun a "who" clause describes is a person
    (the parser may hang the clause on a word of the noun's own phrase: "a contractor loading lumber into his pickup,
    who declined to give his name")."""
    return any(t.lower_ == "who" and t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "relcl"
               for t in noun.subtree if t.i > noun.i)


INDEFINITE = re.compile(r"(?i)(?:a|an|one|another)\b")


def _introduced_beside(first: Token) -> bool:
    """ "His mother, a 51-year-old fish trader who asked not to be named,": an unnamed person the apposition brings in."""
    noun = _described_noun(first)
    return any(c.dep_ == "appos" and INDEFINITE.fullmatch(c.left_edge.text) is not None for c in noun.children)


def _introduced(speaker: Speaker) -> bool:
    """An unnamed person the text brings in ("a retiree", "a 34-year-old sales assistant"), whom it seldom names
    later; "the actor" or "his brother" is more often someone named before, whom the ranker weighs."""
    return INDEFINITE.match(speaker.name) is not None


def carried_over(earlier: Attribution) -> Speaker | None:
    """The speaker of the attribution a quotation continues from the paragraph before."""
    if earlier.speaker is None or _a_question_put(earlier):
        return None  # "“… after the fact?” he asked. / “Not files of that size,” …": the answer is another's
    where = earlier.source.start if earlier.source is not None else None
    return Speaker(**{**earlier.speaker.__dict__, "resolved_by": "carry-over", "antecedent": where})


def _a_question_put(attribution: Attribution) -> bool:
    cue = attribution.cue.text.lower().split() if attribution.cue is not None else []
    return bool(cue) and cue[0] in {"asked", "asks", "ask"} and attribution.content.text.rstrip("\"”'’ ").endswith("?")
