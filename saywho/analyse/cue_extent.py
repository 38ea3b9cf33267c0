"""How far a cue runs around its verb, as PolNeAR's annotators mark it: auxiliaries, negation and particle, the
adverbs right before it, the occasion after it, and the prepositions and objects the cue table says they counted in.
Whether a verb is a cue at all is cues.py's, and what its content is frame_contents.py's.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.cues import active, for_clause
from saywho.analyse.frame_contents import stance_voiced
from saywho.analyse.occasions import occasion


def cue_part_key(verb: Token, part: Token) -> str:
    """ "call|for", "tell|dobj": how the table names a preposition or object that may join the cue."""
    return f"{verb.lemma_.lower()}|{part.lower_ if part.dep_ == 'prep' else part.dep_}"


def cue_tokens(verb: Token, content: set[int]) -> list[Token]:
    """The cue as PolNeAR marks it: the verb with its auxiliaries, negation and particle,
    adverbs right before it ("also said"), a colon right after it ("said:"), the occasion
    ("said in an interview", "said Friday"), a preposition or object the annotators
    usually counted in ("called for", "pointed to"), and a verb of going on that it
    complements ("went on to say", "continued to insist")."""
    tokens = [verb]
    for child in verb.children:
        if child.i < verb.i and child.dep_ in {"aux", "auxpass", "neg"}:
            tokens.append(child)
        elif child.dep_ == "prt" and child.i not in content:  # not the "up" of “Hands up, don't shoot”
            tokens.append(child)
        elif child.i > verb.i and child.i not in content and (manner := _manner(child)):
            tokens.extend(manner)  # "said with a grin": the manner, whole
        elif child.i > verb.i and child.i not in content and _joins_cue(verb, child):
            joined = _cue_occasion(child) if child.dep_ in {"prep", "npadvmod"} and _cue_occasion(child) else [child]
            tokens.extend(t for t in joined if t.i not in content)  # never what was said in it
            tokens.extend(_stance_words(verb, child))
    tokens += _adjacent_adverbs(verb, min(t.i for t in tokens))
    tokens += _trailing_adverb(verb, max(t.i for t in tokens), content)
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is not None and (following.text == ":" or (following.lower_ == "for" and for_clause(verb))):
        tokens.append(following)
    stretch = _one_stretch(verb, sorted(set(tokens), key=lambda t: t.i), content)
    return _with_issuing(verb, _with_predicate(verb, _with_aspect(verb, stretch, content), content), content)


# Verbs that carry a saying on: PolNeAR's annotators count them in the cue ("went on to say", "continues to
# insist", "began to explain"); on train all 23 such cues of saywho's that started at "to" were gold with them.
ASPECTUAL = {"continue", "go", "begin", "start", "keep"}


def _with_aspect(verb: Token, stretch: list[Token], content: set[int]) -> list[Token]:
    governor = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or governor.i >= verb.i or governor.lemma_.lower() not in ASPECTUAL:
        return stretch  # the parser hangs "to say" on "went on" as either
    if governor.lemma_.lower() == "go" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in governor.children):
        return stretch  # "went to say" is a trip, not a saying carried on
    carried = cue_tokens(governor, content | {t.i for t in stretch})
    if carried[-1].i + 1 != stretch[0].i:
        return stretch  # words between them that belong to neither verb group
    return carried + stretch


def _with_predicate(verb: Token, stretch: list[Token], content: set[int]) -> list[Token]:
    """ "were slightly more likely to say", "was quick to point out", "is correct to note": the adjective the verb
    completes and its copula are PolNeAR's cue with it (the source is the copula's subject)."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.pos_ != "ADJ" or adjective.dep_ != "acomp" or adjective.i >= stretch[0].i:
        return stretch
    copula = adjective.head
    start = copula.i if copula.i < adjective.i and copula.lemma_.lower() == "be" else adjective.i
    lead = list(verb.doc[start:stretch[0].i])
    return stretch if any(t.i in content for t in lead) else lead + stretch


# Verbs that put a statement out, and the nouns for it: a participle hung on them says what the statement said, and
# PolNeAR's cue runs from the one to the other ("issued a statement Tuesday saying", "put out a statement saying").
ISSUING_LEMMAS = {"issue", "release", "put", "send"}
STATEMENT_NOUNS = {"statement"}


def issuing_verb(participle: Token) -> Token | None:
    """ "The DNC issued a statement apologizing …": the verb that put out the statement a participle reports."""
    if participle.tag_ != "VBG":
        return None
    head = participle.head
    if participle.dep_ == "acl" and head.lemma_.lower() in STATEMENT_NOUNS and head.dep_ == "dobj":
        verb = head.head
    elif participle.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS
                                                         for c in head.children):
        verb = head
    else:
        return None
    lemma = verb.lemma_.lower()
    if lemma not in ISSUING_LEMMAS or verb.i > participle.i:
        return None
    put_out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return verb if put_out or lemma not in {"put", "send"} else None


def _with_issuing(verb: Token, stretch: list[Token], content: set[int]) -> list[Token]:
    """ "issued a statement Tuesday saying": the cue runs from the verb that put the statement out, across the
    statement and when it came, to the participle that says what it said."""
    issuing = issuing_verb(verb)
    if issuing is None:
        return stretch
    start = min(t.i for t in cue_tokens(issuing, content | {t.i for t in stretch}))
    between = verb.doc[start : stretch[0].i]
    if any(t.i in content or (t.pos_ == "VERB" and t.i != issuing.i) or t.is_quote for t in between):
        return stretch
    return list(verb.doc[start : stretch[-1].i + 1])


REFLEXIVES = {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves"}


def _one_stretch(verb: Token, tokens: list[Token], content: set[int]) -> list[Token]:
    """PolNeAR's cue is one unbroken stretch of words (its guidelines' single-contiguous-cue rule; no train cue
    has two pieces): from the verb, the cue runs on to its next part only across words of the verb group
    ("spoke favorably of", "distanced himself from", "has, however, revealed"), so "said … Tuesday" is "said" and
    "told … in an interview" is "told"."""
    doc = verb.doc
    first = last = verb.i
    for token in (t for t in tokens if t.i > verb.i):
        if not all(_in_verb_group(verb, doc[k], content) for k in range(last + 1, token.i)):
            break
        last = token.i
    for token in (t for t in reversed(tokens) if t.i < verb.i):
        if not all(_in_verb_group(verb, doc[k], content) for k in range(token.i + 1, first)):
            break
        first = token.i
    return list(doc[first : last + 1])


def name_read_as_adverb(token: Token) -> bool:
    """ "said Skelly", "said Connolly": a capitalised word inside a sentence that the tagger took for an adverb for its
    "-ly" is a name (not in a headline, whose words are all capitalised); so is a proper noun the parser hung on the
    verb as an adverb (`“…,” Long said`)."""
    adverb_like = token.tag_ == "RB" and token.lower_.endswith("ly")
    if not (adverb_like or token.tag_ in {"NNP", "NNPS"}) or not token.is_title or token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1]
    if adverb_like and (before.is_quote or before.text in {":", "(", "[", "—", "–", "-", "--", ";"}):
        return False  # "“Frankly, …", "— Clearly": the first word of a quotation or an aside
    words = [t for t in token.sent if t.is_alpha and len(t) > 3]
    return sum(t.is_title for t in words) < 0.6 * len(words)


def _in_verb_group(verb: Token, token: Token, content: set[int]) -> bool:
    """An adverb, auxiliary, negation or particle of the verb, a reflexive object, or the commas around an adverb;
    never a word of the content, nor a name misread as an adverb."""
    if token.i in content or name_read_as_adverb(token):
        return False
    if token.text == "," or token.is_space:
        return True
    return token.head.i == verb.i and (token.dep_ in {"advmod", "aux", "neg", "prt"} or token.lower_ in REFLEXIVES)


CLAUSE_ADVERBS = {"when", "where", "why", "how", "however", "meanwhile", "instead", "so"}


def _adjacent_adverbs(verb: Token, first: int) -> list[Token]:
    """Adverbs standing between the cue's first word and its verb: "has also said", "then asked"."""
    adverbs = []
    position = first - 1
    while position >= 0:
        token = verb.doc[position]
        if token.dep_ != "advmod" or token.head.i != verb.i or token.lower_ in CLAUSE_ADVERBS \
                or name_read_as_adverb(token):
            break
        adverbs.append(token)
        position -= 1
    adverbs += [c for c in verb.children if c.dep_ == "advmod" and first < c.i < verb.i and c.lower_ not in CLAUSE_ADVERBS]
    return adverbs


def _stance_words(verb: Token, obj: Token) -> list[Token]:
    """ "expressed [their] concern that", "voiced support for": the stance noun's own words up to what it is about."""
    if obj.dep_ != "dobj" or (about := stance_voiced(verb, obj)) is None:
        return []
    return list(verb.doc[verb.i + 1: about.left_edge.i])


def _trailing_adverb(verb: Token, last: int, content: set[int]) -> list[Token]:
    """A manner or time adverb of the verb right after it: "said repeatedly", "noted recently", "shot back"
    (on PolNeAR train, gold with the adverb in the cue about six times in seven)."""
    following = verb.doc[last + 1] if last + 1 < len(verb.doc) else None
    if following is None or following.i in content or following.head.i != verb.i or following.dep_ != "advmod":
        return []
    if following.tag_ != "RB" or following.lower_ in CLAUSE_ADVERBS or following.n_lefts + following.n_rights \
            or name_read_as_adverb(following):
        return []
    return [following]


# Where words were said that PolNeAR's annotators mostly leave out of the cue: "said at a rally", "argued during
# the debate" (on train, leaving them out fixed 28 cues and broke 10; the cue table's "say|at" joined 18 of 63,
# "say|during" 10 of 27). "in an interview", "in a statement" and "on" stay in: there the gold splits.
OUTSIDE_THE_CUE = {"at", "during"}


# How words were said, after "with": PolNeAR's cue takes the phrase whole ("said with a grin", "said with an eye roll";
# 6 of 6 on train, where saywho's cue had stopped at "with").
MANNERS = {"grin", "laugh", "smile", "smirk", "shrug", "sigh", "chuckle", "wink", "roll", "disbelief", "laughter",
           "frown", "nod"}


def _manner(part: Token) -> list[Token]:
    noun = next((c for c in part.children if c.dep_ == "pobj" and c.lemma_.lower() in MANNERS), None)
    if part.dep_ != "prep" or part.lower_ != "with" or noun is None:
        return []
    words = list(part.doc[part.i: noun.i + 1])
    return [] if any(t.is_punct for t in words) else words


def _cue_occasion(part: Token) -> list[Token]:
    return [] if part.dep_ == "prep" and part.lower_ in OUTSIDE_THE_CUE else occasion(part)


def _joins_cue(verb: Token, part: Token) -> bool:
    if _cue_occasion(part):
        return True
    if part.dep_ not in {"prep", "dobj"} or part.doc[part.i - 1].text == ",":
        return False  # "said, without providing evidence, that …": a phrase set off by commas is an aside
    joined, total = active().table["cue_parts"].get(cue_part_key(verb, part), (0, 0))
    return total >= 2 and joined / total >= 0.5
