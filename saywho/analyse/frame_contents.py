"""The tokens of the content a cue's frame points at (cues.frame_of): the clause it says, the object and what the
object is said to be or do, the infinitive and whom it calls on, the object of a preposition. Whether the verb is a
cue at all, and what its frame is, is cues.py's."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from saywho.analyse.cues import (
    CLAUSE,
    FINITE_TAGS,
    INFINITIVE,
    OBJECT,
    _has_to,
    complement_of,
    for_clause,
    reports_quotes,
)
from saywho.analyse.occasions import object_of, occasion, of_when, opens_with_that
from saywho.analyse.study_findings import found_by_a_study


def content_tokens(verb: Token, frame: str) -> list[Token]:
    """The tokens of the content a frame points at."""
    children = list(verb.children)
    if frame == CLAUSE:
        clause = complement_of(verb)
        assert clause is not None  # the frame says there is one
        first = _first_clause_on_the_occasion(verb, clause) or _subject_read_as_object(verb, clause) \
            or _subject_read_as_a_relative(verb, clause)
        return first + list(clause.subtree) + _coordinated_clauses(verb, clause)
    if frame == OBJECT:
        return _object_with_complement(verb, children)
    if frame == INFINITIVE:
        clause = next(c for c in children if c.dep_ == "xcomp" and _has_to(c))
        return _called_on(verb, clause) + list(clause.subtree)
    if frame == "prep:for" and (clause := for_clause(verb)) is not None:
        return [t for t in clause.subtree if t.i != verb.i + 1]
    if frame.startswith("prep:"):
        preposition = next(c for c in children if c.dep_ == "prep" and c.i > verb.i and c.lower_ == frame[5:])
        found = object_of(preposition)
        if found is None:
            return []
        if verb.lemma_.lower() == "ask" and preposition.lower_ == "about" and preposition.i > verb.i + 1:
            # "asked by Ingraham on Thursday about …": the cue stops before the words between, and PolNeAR's content
            # then holds "about" (right after the verb, "asked about" is the cue)
            return [preposition, *found.subtree]
        return list(found.subtree) + _pointed_to_as(verb, preposition, children)
    return []


def _first_clause_on_the_occasion(verb: Token, clause: Token) -> list[Token]:
    """ "said in a statement that she was disappointed and that the offer was fair": the parser hung the first "that"
    clause on the occasion's noun and the second on the verb; both are what was said, with the "and" between."""
    doc = verb.doc
    joint = doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    if joint is None or joint.dep_ != "cc" or joint.lower_ not in {"and", "or", "but"}:
        return []
    for noun in _occasions_between(verb, clause):
        first = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and opens_with_that(c)
                      and c.right_edge.i in {joint.i - 1, joint.i}), None)
        if first is not None:  # the parser may have hung the "and" on the first clause
            return [t for t in first.subtree if t.i < joint.i] + [joint]
    return []


def _subject_read_as_a_relative(verb: Token, clause: Token) -> list[Token]:
    """ "said in a statement that unplanned closures fell by 12 per cent": the parser read "that unplanned closures"
    as a relative clause on the occasion's noun ("unplanned" its verb), and the clause after it has no subject of its
    own; the relative clause's words open what was said."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children):
        return []
    for noun in _occasions_between(verb, clause):
        misread = next((c for c in noun.children if c.dep_ == "relcl" and c.left_edge.lower_ == "that"
                        and c.right_edge.i == clause.left_edge.i - 1), None)
        if misread is not None:
            return list(misread.subtree)
    return []


def _occasions_between(verb: Token, clause: Token) -> Iterator[Token]:
    """The nouns of the phrases between the verb and its clause ("said in a statement that …": statement)."""
    for preposition in (c for c in verb.children if c.dep_ == "prep" and verb.i < c.i < clause.i):
        noun = object_of(preposition)
        if noun is not None:
            yield noun


def _subject_read_as_object(verb: Token, clause: Token) -> list[Token]:
    """ "He said the benefit, while real, might be too small": the parser made "the benefit" the verb's object and
    the clause after the aside one without a subject; the object is the clause's subject, so part of what was said."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children):
        return []
    noun = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or noun.right_edge.i + 1 >= len(verb.doc) \
            or noun.left_edge.i != verb.i + 1:
        return []
    if verb.doc[noun.right_edge.i + 1].text != "," and not _finite_right_after(noun, clause):
        return _with_its_phrase_on_the_verb(verb, noun, clause)
    return list(noun.subtree) + [t for t in verb.doc[noun.right_edge.i + 1: clause.left_edge.i] if t.head.i == clause.i]


def _with_its_phrase_on_the_verb(verb: Token, noun: Token, clause: Token) -> list[Token]:
    """ "Mr Reeve said CCTV from the bus showed Pask passing something": the parser hung the object's "from" phrase
    on the verb, so the finite clause after it seems to have no subject; the object and its phrase are the subject."""
    phrase = next((c for c in verb.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1), None)
    if phrase is None or phrase.right_edge.i + 1 != clause.left_edge.i or clause.tag_ not in {"VBD", "VBZ", "VBP"} \
            or any(t.is_punct for t in phrase.subtree):
        return []
    return [*noun.subtree, *phrase.subtree]


def _finite_right_after(noun: Token, clause: Token) -> bool:
    """ "Achterberg said a pilot program at the library's south branch last year saw return rates rise": a clause
    with a tense of its own and no subject, right after the object the parser gave the verb."""
    return clause.left_edge.i == noun.right_edge.i + 1 and (clause.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.tag_ == "MD" for c in clause.children))


# Verbs whose object after "to" is said to be something: "pointed to China as the regional enforcer", "refers to
# those islands as Chinese bases".
POINTING_LEMMAS = {"point", "refer"}


def _pointed_to_as(verb: Token, preposition: Token, children: list[Token]) -> list[Token]:
    if verb.lemma_.lower() not in POINTING_LEMMAS:
        return []
    return [t for c in children if c.i > preposition.i and (
        (c.dep_ == "prep" and c.lower_ == "as") or _as_what(c)) for t in c.subtree]


def _as_what(child: Token) -> bool:
    """ "described the dinner as Washington celebrating itself", "portrayed protestors as undocumented": what the object
    is said to be, which the parser may read as a clause with "as"; not a finite clause of when ("… as it was sailing
    through the Senate")."""
    return child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children) \
        and child.tag_ not in FINITE_OR_MODAL and not any(c.dep_ in {"aux", "auxpass"} for c in child.children)


FINITE_OR_MODAL = FINITE_TAGS | {"MD"}  # cues' finite tenses, and a modal


# Prepositions whose object is who is called on to act: "called on Congress to act", "called for the board to resign".
CALLED_ON = {"on", "upon", "for"}


def _called_on(verb: Token, clause: Token) -> list[Token]:
    """ "called on Governor Snyder to resign": whom the call is on is part of what was called for, as PolNeAR's
    gold has it (33 of 35 train contents after "call on" start with the object; the guidelines' own "called for
    the Obama administration to blame Russia")."""
    for child in verb.children:
        found = object_of(child) if child.dep_ == "prep" and child.lower_ in CALLED_ON else None
        if found is not None and child.i < clause.i and _right_before(found, clause) \
                and found.ent_type_ not in {"DATE", "TIME"}:  # "called on Friday to end the strike": when, not whom
            return list(verb.doc[found.left_edge.i: clause.left_edge.i])
    return []


def _right_before(found: Token, clause: Token) -> bool:
    """Nothing between whom the call is on and the call but marks or an aside set off by dashes or brackets:
    "called on leaders “not to …”", "calls on all nations - rich and poor - to limit …"."""
    between = found.doc[found.right_edge.i + 1: clause.left_edge.i]
    if all(t.is_punct for t in between):
        return True
    return len(between) > 2 and (between[0].text, between[-1].text) in ASIDE_MARK_PAIRS \
        and not any(t.pos_ in {"VERB", "AUX"} for t in between)


ASIDE_MARK_PAIRS = {("-", "-"), ("--", "--"), ("—", "—"), ("–", "–"), ("(", ")")}


def _coordinated_clauses(verb: Token, clause: Token) -> list[Token]:
    """ "said the board would meet on Friday and that a vote would follow": a second "that" clause the parser hangs
    on the cue verb rather than on the first clause goes on saying what was said (PolNeAR train's gold keeps all
    9 such). Not one that reports in turn ("…, and that Clinton said …"), an attribution of its own."""
    if clause.i < verb.i:
        return []
    tokens = []
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.i > clause.right_edge.i and opens_with_that(conj) and not reports_quotes(conj):
            tokens += list(verb.doc[clause.right_edge.i + 1: conj.right_edge.i + 1])
    return tokens + _clause_of_the_adjective(verb, clause)


def _clause_of_the_adjective(verb: Token, clause: Token) -> list[Token]:
    """ "said they were “delighted” the portrait would stay": a second clause the parser hung on the cue verb, right
    after the first one's closing adjective, is that adjective's complement ("delighted [that] the portrait …")."""
    last = clause.right_edge
    while last.is_punct and last.i > clause.i:
        last = last.doc[last.i - 1]
    if last.dep_ != "acomp":
        return []
    second = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == clause.right_edge.i + 1
                   and not reports_quotes(c)), None)
    return list(second.subtree) if second is not None else []


# What is no part of a study's finding after its object: "found Mr. Trump about even with Mrs. Clinton, while …".
NOT_FOUND = {"advcl", "conj", "cc", "punct", "npadvmod", "parataxis"}
# What follows an object and says what it is said to be: "deems the releases a trade-off" (a second object).
OBJECT_COMPLEMENTS = {"oprd", "ccomp", "dobj"}
# Prepositions whose phrase after an object is part of what was said: "described the US as …", "accused you of …",
# "showed Trump with a lead", "defended Clinton against allegations".
COMPLEMENT_PREPOSITIONS = {"as", "of", "for", "with", "against"}


def _asked_about(verb: Token, obj: Token, children: list[Token]) -> Token | None:
    """ "Hugh Hewitt asked Trump about statements he had made": whom a question was put to is not what was asked;
    the "about" phrase is (PolNeAR train's gold starts 10 of 12 such contents at "about")."""
    if verb.lemma_.lower() != "ask" or not (obj.pos_ in {"PROPN", "PRON"} or obj.ent_type_ in {"PERSON", "ORG"}):
        return None
    return next((c for c in children if c.dep_ == "prep" and c.lower_ == "about" and c.i > obj.i), None)


def _object_with_complement(verb: Token, children: list[Token]) -> list[Token]:
    """ "accused you of engaging in …", "described the US as …", "urged Congress to act", "a poll showed Trump
    leading": the object and what it is said to be or do."""
    objects = [c for c in children if c.dep_ in {"dobj", "attr"}] or [c for c in children if c.dep_ == "oprd"]
    # "The Latest: Trump urges supporters to …": a headline's label misread as a second object before the verb
    obj = next((c for c in objects if not _a_label(c, verb)), objects[0])
    if (voiced := stance_voiced(verb, obj)) is not None:
        return list(voiced.subtree)
    if (topic := _asked_about(verb, obj, children)) is not None:
        return list(topic.subtree)
    tokens = list(obj.subtree) + _owned_after_her(obj, children)
    if found_by_a_study(verb):  # "found Mr. Trump about even with Mrs. Clinton": all the finding, however parsed
        return sorted(tokens + [t for c in children if c.i > obj.i and c.dep_ not in NOT_FOUND for t in c.subtree],
                      key=lambda t: t.i)
    for child in children:
        if child.i > obj.i and (child.dep_ in OBJECT_COMPLEMENTS or (child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPOSITIONS)
                                or _what_the_object_does(obj, child) or _said_of_the_object(obj, child)
                                or _as_what(child)):
            tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def _owned_after_her(obj: Token, children: list[Token]) -> list[Token]:
    """ "tweeted her thanks to the president": the tagger may read a possessive "her" as the object and hang the
    noun it owns on the verb; the noun is part of the object."""
    if obj.lower_ != "her" or obj.tag_ != "PRP":
        return []
    owned = next((c for c in children if c.i == obj.i + 1 and c.pos_ == "NOUN" and c.dep_ in {"npadvmod", "dobj"}),
                 None)
    return list(owned.subtree) if owned is not None else []


def _a_label(obj: Token, verb: Token) -> bool:
    """An object before its verb, set off by a colon: a heading's label ("The Latest:")."""
    colon = label_colon(obj)
    return obj.i < verb.i and colon is not None and colon.i < verb.i


def label_colon(head: Token) -> Token | None:
    """The colon that ends the phrase of `head`, in it or right after it ("The Latest:", "Correction:")."""
    edge = head.right_edge
    colon = edge if edge.text == ":" else edge.nbor() if edge.i + 1 < len(edge.doc) else None
    return colon if colon is not None and colon.text == ":" else None


# Verbs that give voice to a stance named by their object: "expressed concern that …", "voiced support for …".
# PolNeAR's cue is the verb and the noun ("expressed concern"), the content what the stance is about.
VOICING = {"express", "voice"}
STANCE_PREPOSITIONS = {"for", "about", "over", "with", "at", "in", "of"}


def stance_voiced(verb: Token, obj: Token) -> Token | None:
    """What the stance voiced by `verb` is about: the that-clause or the object of the preposition on `obj`."""
    if verb.lemma_.lower() not in VOICING or obj.pos_ != "NOUN":
        return None
    for child in obj.children:
        if child.left_edge.i == obj.i + 1 and child.dep_ in {"acl", "ccomp"} and child.left_edge.lower_ == "that":
            return child
        if child.i == obj.i + 1 and child.dep_ == "prep" and child.lower_ in STANCE_PREPOSITIONS:
            return object_of(child)
    return None


# Prepositions whose phrase right after an object the gold mostly keeps, unless it tells the occasion, the time
# or the audience: "praised Christie's leadership in the aftermath of Hurricane Sandy", "criticised the donor's
# gift to Rubio" (train, object contents ending before the phrase: "in" kept 31 times, left 11, mostly "in an
# interview" or "in June"; "to" kept 15, left 3: "to me", "to Clinton", "to his Twitter page").
OBJECT_PHRASES = {"in", "to"}


def _said_of_the_object(obj: Token, child: Token) -> bool:
    if (child.dep_ != "prep" or child.lower_ not in OBJECT_PHRASES or child.i != obj.right_edge.i + 1
            or obj.tag_ == "PRP" or occasion(child)):  # "reported it to the F.B.I.": no content to run on from
        return False
    found = object_of(child)
    return found is not None and found.tag_ != "PRP" and found.ent_type_ not in {"DATE", "TIME"}  # "endorsed X in June"


def _what_the_object_does(obj: Token, child: Token) -> bool:
    """An infinitive or participle right after the object, or after the object and when it was said ("asked President
    Biden on Sunday to declare …", "urged Obama last year not to close …", as PolNeAR's gold has it), with no subject
    of its own: the object's action."""
    if child.dep_ not in {"xcomp", "advcl"} or not _right_after_or_when(obj, child):
        return False
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
    return not own_subject and (child.tag_ == "VBG" or _has_to(child))


def _right_after_or_when(obj: Token, child: Token) -> bool:
    end = obj.right_edge.i
    after = obj.doc[end + 1] if end + 1 < len(obj.doc) else None
    if after is not None and after.head.i == obj.head.i and _said_of_the_object(obj, after):
        end = after.right_edge.i  # "urged residents in evacuation zones to leave": the phrase the parser hung apart
    between = obj.doc[end + 1: child.left_edge.i]
    return child.left_edge.i > end \
        and all(t.ent_type_ in {"DATE", "TIME"} or (t.dep_ == "prep" and of_when(t)) for t in between)
