"""Who a quotation names, or the clause a pronoun leads, is not who speaks it.

“I am disappointed Judge Reeves did not recognize that reality,” he said: "he" is not Reeves. A speaker
names others in the third person and himself in the first, so an entity whose name stands inside the very
quotation a pronoun introduces is no candidate for that pronoun (a speaker naming himself, as a candidate
does in a slogan, is rare beside the many quotes that name a rival). So is one named in the clause the
pronoun is the subject of ("he accused Mr. Trump of …"): writers name a he again only beyond it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Token

from saywho.analyse.name_labels import names_a_body_by_its_end
from saywho.analyse.speaker_ranker import Choice, SpeakerRanker
from saywho.document import Attribution, Entity

Spans = Sequence[Sequence[int]]


def entities_named_in(quoted: Spans, name_offsets: list[int], entity_ids: list[str]) -> frozenset[str]:
    """The ids of the entities whose name heads (at `name_offsets`, sorted, of `entity_ids`) stand in `quoted`."""
    named: set[str] = set()
    for start, end in quoted:
        index = bisect_left(name_offsets, start)
        while index < len(name_offsets) and name_offsets[index] < end:
            named.add(entity_ids[index])
            index += 1
    return frozenset(named)


def called_by_first_name(quoted: Spans, head: Token, resolver: NameHeads) -> frozenset[str]:
    """ "“Callum is being modest, which is a first,” he said": the people the quotation the pronoun `head` introduces
    makes the subject of a clause by their first name alone, whom it speaks of, however sure the ranker is that one of
    them is speaking; a speaker may name himself by his surname, as a candidate does, hardly by his first (but "they
    call me Mark", "'Carla, I'm so sorry,' she said to me" are the speaker's own)."""
    doc, by_token, called = head.doc, resolver.by_token, set[str]()
    offsets = resolver.name_head_offsets
    for start, end in quoted:
        for offset in offsets[bisect_left(offsets, start): bisect_left(offsets, end)]:
            token = doc[resolver.name_head_tokens[offset]]
            entity = by_token.get(token.i)
            if entity is None or entity not in resolver.entities:
                continue
            words = resolver.entities[entity].name.split()
            if len(words) > 1 and token.text == words[0] and token.dep_ in {"nsubj", "nsubjpass"} \
                    and by_token.get(token.i + 1) != entity and by_token.get(token.i - 1) != entity:
                called.add(entity)
    return frozenset(called)


class NameHeads(Protocol):
    """What called_by_first_name reads of the resolver (speaker_readings.Readings)."""

    by_token: dict[int, str]
    entities: dict[str, Entity]
    name_head_offsets: list[int]  # sorted
    name_head_tokens: dict[int, int]  # offset → token index


def spoken_of_before(quoted: Spans, head: Token, by_token: dict[int, str]) -> frozenset[str]:
    """ "Moreland had been questionable before the game. / “She was incredible tonight, on one good leg,” she said":
    a quotation that opens with a he or she of the frame's own gender speaks of someone, the subject of the sentence
    before it, who is then not the one speaking."""
    if not quoted or head.lower_ not in {"he", "she"}:
        return frozenset()
    doc = head.doc
    span = doc.char_span(quoted[0][0], quoted[0][1], alignment_mode="expand")
    first = next((t for t in span if t.is_alpha), None) if span is not None else None
    if first is None or first.lower_ != head.lower_ or first.sent.start == 0:
        return frozenset()
    before = doc[first.sent.start - 1].sent
    if before.root.lemma_.lower() in SAYING or any(t.is_quote for t in before):
        return frozenset()  # "… ,” Broaddrick said. / “She tried to take my hand …,” she said": the one speaking on
    subjects = [t for t in before if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT" and t.i in by_token]
    return frozenset({by_token[subjects[0].i]}) if len(subjects) == 1 else frozenset()


SAYING = frozenset({"say", "tell", "add", "write", "explain", "recall", "note"})


def subject_reported_before(attribution: Attribution, head: Token, by_token: dict[int, str]) -> frozenset[str]:
    """ "Nwachukwu nodded. Obiora was one yellow card away from a suspension, he said": the person named as the subject
    of a reported clause that comes before its he or she is spoken of, not the one speaking, where someone else named
    was the subject of the sentence before ("Ms. Olivieri found skating to be a salve, she said" is her own story)."""
    content = attribution.content.spans
    # words in quotation marks are read elsewhere (quoted names): here only where the frame splits the clause they
    # are in, outside a direct quotation ("Pierce, he said, was “scoring political points”")
    split = len(content) > 1 and content[-1][0] > head.idx
    if not content or head.lower_ not in {"he", "she"} or content[0][1] > head.idx or attribution.kind == "direct" \
            or (attribution.quoted and not split):
        return frozenset()
    span = head.doc.char_span(content[0][0], content[-1][1] if split else content[0][1], alignment_mode="expand")
    if span is None:
        return frozenset()
    inside = range(span.start, span.end)
    # the clause's own subject, not a nested clause's
    subjects = [t for t in span if t.dep_ in {"nsubj", "nsubjpass"} and t.i in by_token and t.head.i in inside
                and (t.head.head.i not in inside or t.head.dep_ == "ROOT" or t.head.head.i == head.head.i)
                and t.head.lemma_.lower() not in SAYING]  # "Cruz spokesman Rick Tyler said …, he said": the sayer
    if len(subjects) != 1:
        return frozenset()
    if split and subjects[0].i + 2 == head.i and head.doc[subjects[0].i + 1].text == ",":
        return frozenset({by_token[subjects[0].i]})  # "Ferrer, she says, has been honest with her": not Ferrer
    if span.sent.start == 0:
        return frozenset()
    before = head.doc[span.sent.start - 1].sent
    leads = [t for t in before if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"]
    # the subject's name, or the name set beside it ("His colleague Vic Salinas, whose district …, came")
    actors = {by_token[t.i] for lead in leads for t in (lead, *(c for c in lead.children if c.dep_ == "appos"))
              if t.i in by_token}
    spoken_of = by_token[subjects[0].i]
    return frozenset({spoken_of}) if actors and spoken_of not in actors else frozenset()


# Where the ranker is this sure of someone the quotation names, the speaker names himself ("We're going to win
# with Trump"), reports what is said of him ("they say Bernie Sanders should drop out") or the quotation holds
# another's words (“He whispered, ‘Billie Jean King, you are the Queen’”): train's pronouns, 4 such in 4.
SURE = 0.85


def open_choices(ranker: SpeakerRanker, choices: list[Choice], barred: frozenset[str],
                 pronoun: Token | None = None) -> list[Choice]:
    """The choices without the `barred` entities, unless the ranker is SURE of one of them; none for a "he" or "she"
    (`pronoun`) whose likeliest is a body by its name's last word ("Calderbrook Brewery has confirmed …. One of them …
    told us he had seen smoke"): the ranker has then found no person it likes, and the next in line is a guess. (Not
    every organisation: the model calls some people one.) The features are read with every candidate in view, as the
    model was trained; only its choice leaves the others out."""
    he_or_she = pronoun is not None and pronoun.lower_ in {"he", "she"}
    if not choices or not (barred or he_or_she):
        return choices
    probabilities = ranker.probabilities(choices)
    best = max(range(len(choices)), key=probabilities.__getitem__)
    if he_or_she and (likeliest := choices[best].candidate.speaker).type == "ORG" \
            and names_a_body_by_its_end(likeliest.name):
        return []
    if not barred or choices[best].key in barred and probabilities[best] >= SURE:
        return choices
    return [choice for choice in choices if choice.key not in barred]


def named_under(head: Token, names: dict[int, str]) -> frozenset[str]:
    """The entities named after the pronoun `head` in the clause it is the subject of ("he accused Mr. Trump",
    "he said that Trump may struggle"): a name the pronoun governs is someone else. Not through a relative
    clause or a name's modifier ("… George Washington, whom Beck idolizes", "Carson supporters"), where
    writers do name the same person again."""
    verb = head.head
    if head.dep_ not in {"nsubj", "nsubjpass"} or verb.i == head.i:
        return frozenset()
    return frozenset(names[t.i] for t in verb.subtree if t.i > head.i and t.i in names and _reached(t, verb))


def _reached(token: Token, verb: Token) -> bool:
    """Whether `token` hangs on `verb` through no relative clause and no compound."""
    while token.i != verb.i:
        if token.dep_ in {"relcl", "acl", "compound", "poss"} and token.head.i != verb.i or token.head.i == token.i:
            return False
        token = token.head
    return True


def never_speaking(head: Token, attribution: Attribution, resolver: NameHeads) -> frozenset[str]:
    """Whom the pronoun's verb addresses, and whom the quotation it introduces calls by first name."""
    return addressed(head, resolver.by_token) | called_by_first_name(attribution.quoted, head, resolver)


def addressed(head: Token, names: dict[int, str]) -> frozenset[str]:
    """Whom the verb the pronoun `head` leads addresses, as its object ("he told Hannity", "she asked Lynch"): the one
    spoken to is never the one speaking."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.i == head.i:
        return frozenset()
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > head.i]
    return frozenset(names[t.i] for c in objects for t in [c, *c.children] if t.i in names and (
        t.i == c.i or t.dep_ == "compound"))
