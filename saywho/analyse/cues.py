"""Cue verbs and their frames: which verbs report what someone said, thought or did with words.

Two sources of knowledge, used together:
- our curated list (lexicons/cue_verbs.txt): verbs that report speech whatever their frame;
- a small table learned from PolNeAR's training split (data/cue_model.json, see
  docs/model-card.md): for each verb lemma and frame (what its content looks like:
  a clause, an object, an infinitive, a prepositional object), how often PolNeAR's
  annotators counted it as an attribution. "call" with an object ("called the plan a
  disaster") is a cue far more often than "call" alone. A second count, by the verb's
  place in its sentence, keeps an object, infinitive or preposition from counting where
  such verbs are seldom cues: "wants to criticize the plan", "an officer aiming a gun".
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from saywho.lexicons import cue_verbs

CLAUSE, OBJECT, INFINITIVE, NONE = "clause", "object", "infinitive", "none"
# The defaults of CueModel's settings (the saywho_attributions component's config).
THRESHOLD = 0.5  # chosen on PolNeAR dev; see docs/model-card.md
MIN_FRAME_EVIDENCE = 3  # times a verb was seen in a non-clause frame before the table trusts it
PRIOR_WEIGHT = 2.0  # pseudo-counts that pull a rare frame towards its lemma's rate
LEMMA_PRIOR = (1.0, 4.0)  # pseudo-counts for a lemma the table has barely seen
# A verb's place (tag, dependency, subject or not) must have been a cue this often, among verbs whose
# non-clause frame passes, once seen this many times; chosen by 5-fold cross-validation on PolNeAR train.
PLACE_THRESHOLD = 0.55
MIN_PLACE_EVIDENCE = 10
# A verb the span tagger calls a cue stands as one only if PolNeAR's annotators made its lemma a cue at least this
# often (or saw it too seldom to tell): on train, the tagger's cues under 0.1 ("made", "planted") were cues 6 times in 33.
FORCED_MIN_RATE = 0.1
TABLE_FILE = "cue_model.json"


@dataclass(frozen=True)
class CueModel:
    """The learned table (counts per lemma, per lemma and frame, per cue part) and the settings that read it."""

    table: dict = field(default_factory=lambda: {"lemmas": {}, "frames": {}, "cue_parts": {}, "places": {}})
    threshold: float = THRESHOLD
    min_frame_evidence: int = MIN_FRAME_EVIDENCE
    prior_weight: float = PRIOR_WEIGHT
    lemma_prior: tuple[float, float] = LEMMA_PRIOR
    place_threshold: float = PLACE_THRESHOLD
    min_place_evidence: int = MIN_PLACE_EVIDENCE
    # Where set, the rules' own threshold, which `threshold` is lowered from for verbs framing a clause (the keep
    # model's candidates). Everything else keeps it: frames without a clause mostly stand behind actions ("released
    # a video", "recommended an autopsy", "wants to criticize", issue 13) that no context feature tells apart, and
    # which verb above takes a quotation is the rules' call.
    frame_threshold: float | None = None

    @property
    def rules_threshold(self) -> float:
        return self.threshold if self.frame_threshold is None else self.frame_threshold

    @cached_property
    def passing_lemmas(self) -> frozenset[str]:
        """The lemmas with a frame that passes (frame_passes). Read once: the table must not change after."""
        return frozenset(key.rpartition("|")[0] for key, (cues, total) in self.table["frames"].items()
                         if total >= self.min_frame_evidence and cues / total >= self.rules_threshold)


_ACTIVE: ContextVar[CueModel | None] = ContextVar("saywho_cue_model", default=None)


@contextmanager
def using(model: CueModel):
    """Run the attribution steps with a component's own cue model (they reach the cues through `active()`,
    many calls deep); outside it, the shipped table with the default settings."""
    token = _ACTIVE.set(model)
    try:
        yield model
    finally:
        _ACTIVE.reset(token)


def active() -> CueModel:
    return _ACTIVE.get() or shipped_model()


_FORCED: ContextVar[frozenset[int]] = ContextVar("saywho_forced_cues", default=frozenset())


@contextmanager
def forcing(token_indices: frozenset[int]):
    """Take these tokens of the doc at hand as cues in any frame that has a content (the span tagger's cues the
    table let pass, span_linking.py): the rules still draw their content and source."""
    token = _FORCED.set(token_indices)
    try:
        yield
    finally:
        _FORCED.reset(token)


def may_be_forced(token: Token) -> bool:
    """Whether a verb the span tagger calls a cue can stand as one (`forcing`): not "see", and a lemma the
    annotators made a cue often enough or too seldom seen to tell."""
    if token.pos_ != "VERB" or token.lemma_.lower() in PERCEPTION_LEMMAS:
        return False
    cues, total = active().table["lemmas"].get(token.lemma_.lower(), (0, 0))
    return total < MIN_FRAME_EVIDENCE or cues / total >= FORCED_MIN_RATE


def _forced(token: Token) -> bool:
    return token.i in _FORCED.get() and may_be_forced(token)


@lru_cache(maxsize=1)
def shipped_model() -> CueModel:
    return CueModel(table=cue_table())


def frame_of(verb: Token) -> str:
    """What the verb's content looks like, if it has one."""
    children = list(verb.children)
    if complement_of(verb) is not None:
        return CLAUSE
    if any(child.dep_ in {"dobj", "attr"} for child in children):
        return OBJECT
    if any(child.dep_ == "xcomp" and _has_to(child) for child in children):
        return INFINITIVE
    preposition = next((c for c in children if c.dep_ == "prep" and c.i > verb.i and _object_of(c)), None)
    if preposition is not None:
        return "prep:" + preposition.lower_
    if for_clause(verb) is not None:
        return "prep:for"
    return NONE


def for_clause(verb: Token) -> Token | None:
    """ "called for the board to resign": the small parser makes "for" the mark of an infinitive clause of its
    own, not a preposition, so the verb would seem to have no content. It is the frame "call for X" all the same."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i > verb.i and _has_to(clause) and _marked_by_for(clause, verb.i + 1) \
                and any(c.dep_ == "nsubj" for c in clause.children):
            return clause
    return None


def _marked_by_for(clause: Token, position: int) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "for" and c.i == position for c in clause.children)


def is_complement(clause: Token, verb: Token) -> bool:
    """A clause that is what `verb` says; the small model sometimes labels it advcl or parataxis."""
    if clause.i == verb.i:
        return False
    if clause.dep_ == "ccomp" or _finite_xcomp(clause, verb):
        return True
    if clause.dep_ not in {"advcl", "parataxis"} or clause.i < verb.i:
        return False
    children = list(clause.children)
    marks = [c.lower_ for c in children if c.dep_ == "mark"]
    if marks and set(marks) <= QUESTION_MARKS:
        return verb.lemma_.lower() in QUESTION_LEMMAS
    return any(c.dep_ == "nsubj" for c in children) and not marks


# "Asked if he was ever bullied, …": the small parser hangs a yes-or-no question on its verb as an adverbial clause.
QUESTION_LEMMAS = {"ask", "wonder", "inquire"}
QUESTION_MARKS = {"if", "whether"}


FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _finite_xcomp(clause: Token, verb: Token) -> bool:
    """ "which they say left a vacuum": the small parser reads a past-tense verb right after a verb of saying as
    its open complement (xcomp), but a finite verb is a clause's, what was said."""
    return clause.dep_ == "xcomp" and clause.tag_ in FINITE_TAGS and clause.i > verb.i and not _has_to(clause) \
        and is_listed(verb) and verb.lemma_.lower() in SAYING_LEMMAS


# Verbs of saying and believing whose complement is a clause, not a plan's ("often plans come together").
SAYING_LEMMAS = {"say", "tell", "argue", "claim", "insist", "contend", "add", "note", "write", "report", "believe",
                 "think", "allege", "assert", "maintain", "predict", "estimate", "acknowledge", "admit", "explain",
                 "suggest", "warn"}


def complement_of(verb: Token) -> Token | None:
    """The clause that is what `verb` says, also where the parser hung it on the occasion's noun."""
    return next((c for c in verb.children if is_complement(c, verb)), None) or _complement_after_occasion(verb)


def _complement_after_occasion(verb: Token) -> Token | None:
    """ "told reporters at a briefing that the port was safe": the small parser makes the "that" clause a
    relative clause of "briefing". A relative clause's "that" is its subject or object; here it is a
    complementizer ("mark") before a subject of the clause's own, so the clause is what was told. After the noun of
    an occasion ("said in a statement that …") the parser may also make the clause the noun's own complement."""
    for preposition in verb.children:
        found = _object_of(preposition) if preposition.dep_ == "prep" and preposition.i > verb.i else None
        found = found if found is not None else _occasion_parsed_as_object(verb, preposition)
        for clause in found.subtree if found is not None else ():
            hung = clause.dep_ == "relcl" or (clause.dep_ == "acl" and clause.head.lemma_.lower() in OCCASIONS)
            if hung and _opens_with_that(clause) and _has_own_subject(clause):
                return clause
    return None


SUBJECTS = {"nsubj", "nsubjpass", "expl"}


def _occasion_parsed_as_object(verb: Token, preposition: Token) -> Token | None:
    """ "writing in an Instagram post that …": the parser may leave "in" without its object and make the post the
    verb's object."""
    if preposition.dep_ != "prep" or preposition.lower_ not in {"in", "on"} or any(preposition.children):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == preposition.i + 1), None)
    return noun if noun is not None and noun.lemma_.lower() in OCCASIONS else None


def _has_own_subject(clause: Token) -> bool:
    """A subject of the clause's own, also where the parser hung it on the clause's auxiliary ("that it was …")."""
    return any(c.dep_ in SUBJECTS or (c.dep_ in {"aux", "auxpass"} and any(g.dep_ in SUBJECTS for g in c.children))
               for c in clause.children)


def is_listed(token: Token) -> bool:
    """On our curated list of verbs of saying and thinking."""
    return token.pos_ == "VERB" and token.lemma_.lower() in cue_verbs()


def probability(token: Token, frame: str | None = None) -> float:
    """How likely PolNeAR's annotators were to call this verb, in this frame, an attribution cue."""
    lemma = token.lemma_.lower()
    frame = frame or frame_of(token)
    model = active()
    prior = lemma_rate(token)
    cues, total = model.table["frames"].get(f"{lemma}|{frame}", (0, 0))
    return (cues + model.prior_weight * prior) / (total + model.prior_weight)


def lemma_rate(token: Token) -> float:
    """How often PolNeAR's annotators called the verb's lemma a cue, in whatever frame."""
    model = active()
    lemma_cues, lemma_total = model.table["lemmas"].get(token.lemma_.lower(), (0, 0))
    return (lemma_cues + model.lemma_prior[0]) / (lemma_total + model.lemma_prior[1])


# Perception: what someone saw ("saw Kaine speak", "Voters see Sanders as electable", "wants to see the
# plan fail") is not what anyone said. On PolNeAR train 96 of the 115 attributions with "see" in the cue
# matched no gold one.
PERCEPTION_LEMMAS = {"see"}


# Feelings whose object is who feels them: "the report should alarm voters", "the remark worried some analysts". The
# subject is what is felt about, never a speaker. The cue table passes "alarm|object" (3 of 6 on train) because
# PolNeAR marks the one alarmed (the object) as the source and the subject as the content; the rules read the
# subject as the source and can only get these wrong (on train, 8 such attributions: 3 with the gold's roles the other
# way round, 5 not in the gold; docs/benchmarks.md, "Precision, ninth round").
EXPERIENCER_OBJECT_LEMMAS = {"alarm", "worry", "concern", "anger", "infuriate", "frustrate", "upset", "disturb",
                             "trouble", "bother", "outrage", "dismay", "shock", "surprise", "amaze", "astonish",
                             "anguish", "frighten", "scare", "terrify", "annoy", "irritate", "enrage", "disappoint",
                             "delight", "please", "impress", "embarrass", "offend"}


def is_cue(token: Token, frame: str | None = None, by_place: bool = True) -> bool:
    """`by_place=False` leaves the verb's place to the caller (reported content that carries a quotation)."""
    if token.pos_ != "VERB" or token.lemma_.lower() in PERCEPTION_LEMMAS:
        return False
    frame = frame or frame_of(token)
    if frame == OBJECT and token.lemma_.lower() in EXPERIENCER_OBJECT_LEMMAS:
        return False
    model = active()
    if frame in {OBJECT, CLAUSE} and found_by_a_study(token):
        return True
    if _forced(token) and frame != NONE:  # the tagger stands in for the lemma's rate, not for the verb's place
        return frame == CLAUSE or not by_place or place_passes(token, model)
    if frame == CLAUSE:
        return is_listed(token) or probability(token, frame) >= model.threshold
    if frame == NONE:
        return False
    # Objects, infinitives and prepositions stand behind far more verbs than speech does:
    # only frames the annotators used often enough count, with no help from the lemma,
    # and only in places where such verbs were cues often enough.
    return frame_passes(token, frame, model) and (not by_place or place_passes(token, model))


# What a poll, a study or an article found or shows is its finding: "A Quinnipiac poll this month found Mr. Trump about
# even with Mrs. Clinton". "Find" with an object is a cue 22 times in 153 on PolNeAR train, mostly a discovery.
FINDERS = {"poll", "survey", "study", "report", "article", "analysis", "paper", "review", "investigation", "audit",
           "research", "probe", "inquiry", "census"}


NOT_FOUND = {"advcl", "conj", "cc", "punct", "npadvmod", "parataxis"}


FINDING_LEMMAS = {"find", "show"}


def found_by_a_study(verb: Token) -> bool:
    return study_finding(verb) is not None


def study_finding(verb: Token) -> Token | None:
    """The study whose finding `verb` tells: "A survey by the organization in March found Mrs. Clinton with a lead",
    "with polls showing Clinton's lead having evaporated": "find" or "show" with a study as its subject, or as the
    noun its gerund describes (a gerund on a noun is a cue 55 times in 124 on train, under the places' 0.55)."""
    if verb.lemma_.lower() not in FINDING_LEMMAS:
        return None
    finder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if finder is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        finder = verb.head
    return finder if finder is not None and finder.lemma_.lower() in FINDERS else None


def may_be_cue(token: Token) -> bool:
    """Whether `is_cue` can hold for the verb in some frame, read without its frame (most verbs' lemma rules
    every frame out): listed, a clause's rate high enough, or some frame of its lemma passing."""
    if token.pos_ != "VERB" or token.lemma_.lower() in PERCEPTION_LEMMAS:
        return False
    if _forced(token):
        return True
    model = active()
    return is_listed(token) or token.lemma_.lower() in model.passing_lemmas \
        or probability(token, CLAUSE) >= model.threshold


def frame_passes(token: Token, frame: str, model: CueModel) -> bool:
    """A non-clause frame the annotators counted as a cue often enough."""
    cues, total = model.table["frames"].get(f"{token.lemma_.lower()}|{frame}", (0, 0))
    return total >= model.min_frame_evidence and cues / total >= model.rules_threshold


def place_of(verb: Token) -> str:
    """Where the verb stands: its tag, its dependency and whether it has a subject of its own.
    "wants to criticize the plan" (VB|xcomp|no subject) is seldom a cue, "criticized the plan" (VBD|ROOT|subject) often."""
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children)
    return f"{verb.tag_}|{verb.dep_}|{'subject' if has_subject else 'no subject'}"


def place_passes(token: Token, model: CueModel) -> bool:
    """A place seen too seldom to judge passes; a place seen often must have been a cue often enough."""
    cues, total = model.table.get("places", {}).get(place_of(token), (0, 0))
    return total < model.min_place_evidence or cues / total >= model.place_threshold


def reports_quotes(token: Token) -> bool:
    """May govern a quotation: listed, or a lemma PolNeAR often counts as a cue."""
    if token.pos_ != "VERB" or token.lemma_.lower() in PERCEPTION_LEMMAS:
        return False
    if token.dep_ == "compound":  # '"Today" show host Meredith Vieira': a word of a noun phrase, not a verb
        return False
    if is_listed(token):
        return True
    cues, total = active().table["lemmas"].get(token.lemma_.lower(), (0, 0))
    if total >= 3 and cues / total >= 0.3:
        return True
    # A quotation stands where a clause would: a lemma rarely a cue but mostly one before a clause ("“…,” the
    # email read": read|clause 12 of 15 on PolNeAR train, the lemma 22 of 76).
    cues, total = active().table["frames"].get(f"{token.lemma_.lower()}|{CLAUSE}", (0, 0))
    return total >= QUOTING_CLAUSE_EVIDENCE and cues / total >= 0.5


QUOTING_CLAUSE_EVIDENCE = 10


def content_tokens(verb: Token, frame: str) -> list[Token]:
    """The tokens of the content a frame points at."""
    children = list(verb.children)
    if frame == CLAUSE:
        clause = complement_of(verb)
        assert clause is not None  # the frame says there is one
        return list(clause.subtree) + _coordinated_clauses(verb, clause)
    if frame == OBJECT:
        return _object_with_complement(verb, children)
    if frame == INFINITIVE:
        clause = next(c for c in children if c.dep_ == "xcomp" and _has_to(c))
        return _called_on(verb, clause) + list(clause.subtree)
    if frame == "prep:for" and (clause := for_clause(verb)) is not None:
        return [t for t in clause.subtree if t.i != verb.i + 1]
    if frame.startswith("prep:"):
        preposition = next(c for c in children if c.dep_ == "prep" and c.i > verb.i and c.lower_ == frame[5:])
        found = _object_of(preposition)
        return list(found.subtree) if found is not None else []
    return []


# Prepositions whose object is who is called on to act: "called on Congress to act", "called for the board to resign".
CALLED_ON = {"on", "upon", "for"}


def _called_on(verb: Token, clause: Token) -> list[Token]:
    """ "called on Governor Snyder to resign": whom the call is on is part of what was called for, as PolNeAR's
    gold has it (33 of 35 train contents after "call on" start with the object; the guidelines' own "called for
    the Obama administration to blame Russia")."""
    for child in verb.children:
        found = _object_of(child) if child.dep_ == "prep" and child.lower_ in CALLED_ON else None
        if found is not None and child.i < clause.i and found.right_edge.i + 1 == clause.left_edge.i \
                and found.ent_type_ not in {"DATE", "TIME"}:  # "called on Friday to end the strike": when, not whom
            return list(found.subtree)
    return []


def _coordinated_clauses(verb: Token, clause: Token) -> list[Token]:
    """ "said the board would meet on Friday and that a vote would follow": a second "that" clause the parser hangs
    on the cue verb rather than on the first clause goes on saying what was said (PolNeAR train's gold keeps all
    9 such). Not one that reports in turn ("…, and that Clinton said …"), an attribution of its own."""
    if clause.i < verb.i:
        return []
    tokens = []
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.i > clause.right_edge.i and _opens_with_that(conj) and not reports_quotes(conj):
            tokens += list(verb.doc[clause.right_edge.i + 1: conj.right_edge.i + 1])
    return tokens


def _opens_with_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


# What follows an object and says what it is said to be: "deems the releases a trade-off" (a second object).
OBJECT_COMPLEMENTS = {"oprd", "ccomp", "dobj"}
# Prepositions whose phrase after an object is part of what was said: "described the US as …", "accused you of …",
# "showed Trump with a lead", "defended Clinton against allegations".
COMPLEMENT_PREPOSITIONS = {"as", "of", "for", "with", "against"}


def _object_with_complement(verb: Token, children: list[Token]) -> list[Token]:
    """ "accused you of engaging in …", "described the US as …", "urged Congress to act", "a poll showed Trump
    leading": the object and what it is said to be or do."""
    objects = [c for c in children if c.dep_ in {"dobj", "attr"}]
    # "The Latest: Trump urges supporters to …": a headline's label misread as a second object before the verb
    obj = next((c for c in objects if not _a_label(c, verb)), objects[0])
    if (voiced := stance_voiced(verb, obj)) is not None:
        return list(voiced.subtree)
    tokens = list(obj.subtree) + _owned_after_her(obj, children)
    if found_by_a_study(verb):  # "found Mr. Trump about even with Mrs. Clinton": all the finding, however parsed
        return sorted(tokens + [t for c in children if c.i > obj.i and c.dep_ not in NOT_FOUND for t in c.subtree],
                      key=lambda t: t.i)
    for child in children:
        if child.i > obj.i and (child.dep_ in OBJECT_COMPLEMENTS or (child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPOSITIONS)
                                or _what_the_object_does(obj, child) or _said_of_the_object(obj, child)):
            tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def _owned_after_her(obj: Token, children: list[Token]) -> list[Token]:
    """ "tweeted her thanks to the president": the tagger may read a possessive "her" as the object and hang the
    noun it owns on the verb; the noun is part of the object."""
    if obj.lower_ != "her" or obj.tag_ != "PRP":
        return []
    owned = next((c for c in children if c.i == obj.i + 1 and c.pos_ == "NOUN" and c.dep_ in {"npadvmod", "dobj"}), None)
    return list(owned.subtree) if owned is not None else []


def _a_label(obj: Token, verb: Token) -> bool:
    """An object before its verb, set off by a colon: a heading's label ("The Latest:")."""
    if obj.i > verb.i:
        return False
    after = obj.right_edge.i + 1
    return obj.right_edge.text == ":" or (after < verb.i and obj.doc[after].text == ":")


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
            return _object_of(child)
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
    found = _object_of(child)
    return found is not None and found.tag_ != "PRP" and found.ent_type_ not in {"DATE", "TIME"}  # "endorsed X in June"


def _what_the_object_does(obj: Token, child: Token) -> bool:
    """An infinitive or participle right after the object, with no subject of its own: the object's action."""
    if child.dep_ not in {"xcomp", "advcl"} or child.left_edge.i != obj.right_edge.i + 1:
        return False
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
    return not own_subject and (child.tag_ == "VBG" or _has_to(child))


OCCASIONS = {"interview", "statement", "briefing", "conference", "speech", "email", "call", "letter",
             "op-ed", "post", "tweet", "appearance", "hearing", "rally", "remarks", "address", "debate"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def occasion(part: Token) -> list[Token]:
    """ "in an interview", "at a briefing Monday", "Friday": when and where words were said."""
    if part.dep_ == "npadvmod" and part.lower_ in WEEKDAYS:
        return [part]
    objects = [c for c in part.children if c.dep_ == "pobj"]
    if part.dep_ == "prep" and part.lower_ in {"in", "at", "during", "on"} and objects and objects[0].lemma_.lower() in OCCASIONS:
        said = [c for c in objects[0].children if c.dep_ == "acl" and _opens_with_that(c)]
        return [t for t in part.subtree if not said or t.i < said[0].left_edge.i]  # not what was said in it
    return []


def _has_to(clause: Token) -> bool:
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children)


def _object_of(preposition: Token) -> Token | None:
    return next((c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}), None)


@lru_cache(maxsize=1)
def cue_table() -> dict:
    """The table shipped in saywho/data (empty where it has not been trained)."""
    try:
        return read_table(Path(str(resources.files("saywho").joinpath("data", TABLE_FILE))))
    except FileNotFoundError:
        return {"lemmas": {}, "frames": {}, "cue_parts": {}, "places": {}}


def read_table(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"lemmas": data["lemmas"], "frames": data["frames"], "cue_parts": data.get("cue_parts", {}),
            "places": data.get("places", {})}
