"""Sourcing with "according to X" (or "per X"): X is the source and the rest of the sentence what X reports, where
the phrase opens the sentence, closes it, or interrupts it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from saywho.analyse import cues
from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span, _longest_run, _trim_punct
from saywho.analyse.attributions.reported_speech import _draft_for
from saywho.analyse.attributions.source_shapes import RELATIVE_WORDS


def add_according_to(drafts: dict[int, Draft], according: Token, quote_map: QuoteMap) -> None:
    draft = _draft_for(drafts, according)
    to = draft.cue[-1]  # "according to": the "to"; "per" is its own preposition
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return
    words = [t for t in according.sent if not t.is_space and not t.is_punct]
    if words and words[0].i == according.i:
        source_tokens, content = _according_first(according.sent, objects[0])
        pieces = [content]
    else:
        source_tokens = _with_description(_noun_phrase_until_comma(objects[0]))
        phrase = {according.i, to.i} | {t.i for t in source_tokens}
        if (contracted := _contracted_is(according)) is not None:  # "That’s according to a new poll": "’s" is cue
            draft.cue.append(contracted)
            phrase.add(contracted.i)
        pieces = _around_aside(according.sent, phrase) \
            or [_longest_run([t for t in according.sent if t.i not in phrase and not t.is_space])]
    pieces = [piece for piece in map(_trim_punct, pieces) if piece]
    source_tokens = _trim_punct(source_tokens)
    if pieces and source_tokens:
        draft.source = _char_span(source_tokens)
        draft.source_head = _apposed_name(source_tokens) or _head_within(objects[0], source_tokens)
        draft.content.extend(_char_span(piece) for piece in pieces)


def _contracted_is(according: Token) -> Token | None:
    """The "’s" of "That’s according to …", which PolNeAR's annotators count in the cue (4 of 4 on train)."""
    if according.i == 0:
        return None
    before = according.doc[according.i - 1]
    joined = before.head.i == according.i or according.head.i == before.i
    return before if joined and before.lower_ in {"’s", "'s"} else None


def _around_aside(sentence: Span, phrase: set[int]) -> list[list[Token]]:
    """ "His criticism, according to the report, was …", "Since last November, according to X, forces have killed …":
    an aside before the sentence's verb interrupts what X reports, which PolNeAR draws in two pieces (train: 10 more
    contents exact, none lost). After the verb ("…, according to X, the most in a decade") the words past the aside are
    as often the writer's as X's, and the longer side is kept, unless a clause joined to the verb goes on there."""
    before = _trim_punct([t for t in sentence if t.i < min(phrase) and not t.is_space])
    after = _trim_punct([t for t in sentence if t.i > max(phrase) and not t.is_space])
    doc = sentence.doc
    if not before or not after or doc[min(phrase) - 1].text != "," or doc[max(phrase) + 1].text != ",":
        return []
    if sentence.root not in after:
        return [before, after] if sentence.root in before and _goes_on(after, sentence.root) else []
    return [[] if _links_on(before) else before, after]


# What opens a clause that goes on with what the source reports after an aside past the sentence's verb
GOING_ON = {"and", "although", "because"}


def _goes_on(words: list[Token], verb: Token) -> bool:
    """ "Only one person was killed by a gun last year, according to the agency, and there were only eight …": a clause
    joined to the sentence's verb by "and", "although" or "because" is part of the report (train: 2 contents more
    exact, none lost); one opened by "but", "even as" or "while" is as often the writer's own."""
    return words[0].lower_ in GOING_ON and any(t.head.i == verb.i and t.dep_ in {"conj", "advcl"} for t in words)


LINKING_WORDS = frozenset({"but", "and", "yet", "so", "still", "however", "meanwhile", "also", "moreover", "instead",
                           "furthermore", "indeed", "nonetheless", "nevertheless", "additionally", "addition", "or"})


def _links_on(words: list[Token]) -> bool:
    """ "In addition, according to X, …", "While most …, according to X, …": a link to what came before, or a clause of
    its own, is no part of what X reports."""
    return words[0].dep_ == "cc" or any(t.dep_ == "mark" for t in words) or \
        any(t.lower_ in LINKING_WORDS for t in words[:2])


def _according_first(sentence: Span, source: Token) -> tuple[list[Token], list[Token]]:
    """ "According to X, who …, Y": the clause starts at the first subject after X's name, past a name set off by
    commas that the parser took for a second subject ("According to the city's finance director, Alan Wu, the
    budget …": Wu is the director)."""
    subjects = [t for t in sentence if t.i > source.i and t.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if len(subjects) > 1 and _set_off_name(subjects[0]) and subjects[1].head.i == subjects[0].head.i:
        subjects = subjects[1:]
    start = next((t.left_edge.i if t.left_edge.i > source.i else t.i for t in subjects), None)
    if start is None:
        start = _subject_read_as_apposition(sentence, source)
    if start is None:
        return _noun_phrase_until_comma(source), []
    start = _clause_after_comma(sentence, source, start)
    source_tokens = [t for t in sentence if source.left_edge.i <= t.i < start]
    content = [t for t in sentence if t.i >= start and not t.is_space]
    return source_tokens, content


def _subject_read_as_apposition(sentence: Span, source: Token) -> int | None:
    """ "According to Rep. Trey Gowdy, Congressional probing of the scandal was …": the parser took the clause's subject
    for a phrase set off beside X and left the sentence's verb without one; the clause starts after the comma."""
    verb = sentence.root
    if verb.i < source.i or verb.tag_ not in cues.FINITE_TAGS:
        return None
    start = _clause_after_comma(sentence, source, verb.i + 1)
    return start if start <= verb.i else None


def _clause_after_comma(sentence: Span, source: Token, start: int) -> int:
    """ "According to the FBI summary, Mills and another Clinton aide asked …": where the parser ran the clause into
    X, the clause starts after the first comma past X whose words up to the subject found hold a verb with a tense."""
    for comma in (t for t in sentence if source.i < t.i < start and t.text == ","):
        between = [t for t in sentence if comma.i < t.i < start]
        if any(t.tag_ in cues.FINITE_TAGS and t.dep_ not in {"relcl", "acl"} for t in between):
            return comma.i + 1
    return start


def _apposed_name(source_tokens: list[Token]) -> Token | None:
    """ "the city's finance director, Alan Wu": a person's name after a comma closing the source names who it is."""
    last = source_tokens[-1] if source_tokens else None
    if last is None or last.ent_type_ != "PERSON" or last.pos_ != "PROPN":
        return None
    before = last.left_edge.i - 1
    return last if before > source_tokens[0].i and last.doc[before].text == "," else None


def _set_off_name(subject: Token) -> bool:
    doc = subject.doc
    before, after = subject.left_edge.i - 1, subject.i + 1  # the comma after the name may hang on it
    return subject.pos_ == "PROPN" and before >= 0 and after < len(doc) and doc[before].text == "," \
        and doc[after].text == ","


def _noun_phrase_until_comma(head: Token) -> list[Token]:
    """`according to group X, the …`: the parse often runs the clause into the NP."""
    tokens = []
    for token in head.subtree:
        if token.i > head.i and token.text in {",", "—", "–", ";"}:
            break
        tokens.append(token)
    return [t for t in tokens if t.i >= head.left_edge.i]


DESCRIPTION_DEPS = {"appos", "relcl"}


def _describes(token: Token) -> bool:
    """A noun in apposition ("an advocacy group"), or a relative clause about who or what the source is; not a number
    or a superlative the parser hung there ("…, two of the five counties", "…, the most of any candidate"), nor a
    clause of place ("…, where 475 delegates are at stake")."""
    if token.dep_ == "appos":
        return token.pos_ in {"NOUN", "PROPN"}
    return token.dep_ == "relcl" and token.doc[token.left_edge.i].lower_ in RELATIVE_WORDS


def _with_description(tokens: list[Token]) -> list[Token]:
    """ "according to John Weaver, a Republican strategist": who the source is, set off by a comma, is part of it."""
    doc = tokens[0].doc
    while tokens[-1].i + 2 < len(doc) and doc[tokens[-1].i + 1].text == ",":
        kept, start = {t.i for t in tokens}, tokens[-1].i + 2
        description = next((t for t in doc[start].sent if t.left_edge.i == start and t.head.i in kept
                            and _describes(t)), None)
        if description is None:
            break
        tokens = tokens + [doc[start - 1]] + list(description.subtree)
    return tokens


def _head_within(head: Token, tokens: list[Token]) -> Token:
    return head if head in tokens else tokens[-1]
