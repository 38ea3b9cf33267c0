"""Words reported through a noun (issue 12, s28-nouns): "Trump's claim that Obama founded ISIS", "her insistence that
the plan would work", "his promise to cut taxes". PolNeAR makes the noun the cue, the clause or infinitive hanging on
it the content, and the possessor the source (none where the noun has no owner: "the suggestion that …").

Nouns chosen on PolNeAR train, by how often a noun of this shape (with a that-clause with its own subject, or "to" and
a verb) was a cue: "claim" 12 of 26, "suggestion" 11 of 18, "statement" 8 of 12, "assertion" 7 of 11, "complaint" 8
of 8, "remark", "speculation" 3 of 3, "insistence", "admission" 2 of 3; "promise" 11 of 21 and "pledge" 5 of 10 with
"to". Not nouns of stance or evidence, which PolNeAR marks seldom ("fact" 2 of 76, "idea" 6 of 31, "evidence" 3 of
27, "decision to" 14 of 60, "plan to" 21 of 78), nor a noun whose verb reports the words already ("she repeated the
claim that …": the verb's attribution holds them)."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues
from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span, _trim_punct

CLAUSE_NOUNS = {"claim", "suggestion", "statement", "assertion", "complaint", "remark", "speculation", "insistence",
                "admission"}
INFINITIVE_NOUNS = {"promise", "pledge"}
NOUN_FORMS = frozenset({*CLAUSE_NOUNS, *INFINITIVE_NOUNS} | {f"{n}s" for n in {*CLAUSE_NOUNS, *INFINITIVE_NOUNS}})


def add_noun_cue(drafts: dict[int, Draft], noun: Token, quote_map: QuoteMap) -> None:
    """`noun` ("claim", "promise") with what was said hanging on it, and its owner as the source."""
    if noun.pos_ != "NOUN" or noun.dep_ == "ROOT" or noun.i in drafts or quote_map.inside(noun) \
            or _reported_by_its_verb(noun):
        return  # a noun the parser made the root has lost its sentence's verb into the clause it took
    said = _what_was_said(noun)
    if said is None:
        return
    content = _trim_punct([t for t in said.subtree if not t.is_space])
    if not content or all(quote_map.inside(t) for t in content if not t.is_punct):
        return  # a quotation hanging on the noun is framed as quotations are
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    source = _trim_punct(list(owner.subtree)) if owner is not None else []
    drafts[noun.i] = Draft(cue=[noun], content=[_with_quotation_closed(content, quote_map)], cue_drawn=True,
                           source=_char_span(source) if source else None, source_head=owner)


def _with_quotation_closed(content: list[Token], quote_map: QuoteMap) -> tuple[int, int]:
    """ "his statement that ''Islam hates us,'' but …": a quotation the clause opens closes within the content."""
    start, end = _char_span(content)
    last = quote_map.of_token[content[-1].i]
    return (start, max(end, quote_map.quotes[last].outer[1])) if last is not None else (start, end)


def _what_was_said(noun: Token) -> Token | None:
    """The that-clause with its own subject ("the claim that he lied") or the infinitive ("the promise to cut
    taxes") the noun governs, after it."""
    lemma = noun.lemma_.lower()
    for clause in noun.children:
        if clause.dep_ not in {"acl", "ccomp"} or clause.i < noun.i:
            continue
        kids = list(clause.children)
        if lemma in CLAUSE_NOUNS and any(k.dep_ == "mark" and k.lower_ == "that" for k in kids) \
                and any(k.dep_ in {"nsubj", "nsubjpass", "expl"} for k in kids):
            return clause
        if lemma in INFINITIVE_NOUNS and clause.tag_ == "VB" \
                and any(k.dep_ == "aux" and k.lower_ == "to" and k.i < clause.i for k in kids):
            return clause
    return _clause_hung_on_the_verb(noun) if lemma in CLAUSE_NOUNS else None


def _clause_hung_on_the_verb(noun: Token) -> Token | None:
    """ "his statement on Wednesday that ''Islam hates us''", "his claim in November that Obama wants …": past a phrase
    of when or where, the parser hung the that-clause on the sentence's verb, which reports nothing itself."""
    doc = noun.doc
    after = noun.i + 1
    if after < len(doc) and (phrase := _phrase_beside(noun, doc[after])) is not None:
        after = phrase.right_edge.i + 1
    if after >= len(doc) or doc[after].lower_ != "that" or doc[after].dep_ != "mark":
        return None
    clause = doc[after].head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i > noun.i or not any(k.dep_ in {"nsubj", "nsubjpass", "expl"}
                                                            for k in clause.children):
        return None
    return None if cues.may_be_cue(verb) and cues.is_cue(verb, cues.CLAUSE) else clause


def _phrase_beside(noun: Token, first: Token) -> Token | None:
    """The phrase of when or where that `first` opens right after the noun ("on Wednesday", "last month")."""
    phrase = first
    while phrase.head != phrase and not (phrase.head == noun or phrase.head.is_ancestor(noun)):
        phrase = phrase.head
    if phrase.dep_ not in {"prep", "npadvmod"} or phrase.left_edge != first or phrase.is_ancestor(noun):
        return None
    return phrase


def _reported_by_its_verb(noun: Token) -> bool:
    """ "She repeated the claim that …": the verb's own attribution reports the words, noun and all."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ == "VERB":
        return _said_on_the_occasion(noun, verb.head)  # "said in a statement that …"
    return noun.dep_ in {"dobj", "nsubjpass"} and verb.pos_ == "VERB" and cues.may_be_cue(verb) \
        and cues.is_cue(verb, cues.frame_of(verb))


def _said_on_the_occasion(noun: Token, verb: Token) -> bool:
    """ "said in a statement that …": the clause the parser hung on the occasion's noun is the verb's content, and so
    is all of it where a second clause of the verb's shows the first was its too ("… that she was disappointed and
    that the offer was fair")."""
    clause = cues.complement_of(verb)
    return clause is not None and clause.head.i in {noun.i, verb.i} and cues.may_be_cue(verb) \
        and cues.is_cue(verb, cues.frame_of(verb))
