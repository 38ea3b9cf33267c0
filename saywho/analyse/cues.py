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

from saywho.analyse.clauses_after_occasions import complement_after_occasion
from saywho.analyse.denials import denies_a_charge
from saywho.analyse.occasions import object_of, of_when
from saywho.analyse.study_findings import found_by_a_study
from saywho.analyse.subject_clauses import subject_read_as_clause
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


def forced_tokens() -> frozenset[int]:
    """The tokens `forcing` takes as cues (none outside it)."""
    return _FORCED.get()


def _forced(token: Token) -> bool:
    return token.i in _FORCED.get() and may_be_forced(token)


@lru_cache(maxsize=1)
def shipped_model() -> CueModel:
    return CueModel(table=cue_table())


def frame_of(verb: Token) -> str:
    """What the verb's content looks like, if it has one (read off the parse once per verb and doc: the rules,
    the span tagger's features and its second pass all ask)."""
    frames = verb.doc.user_data.get(FRAMES_KEY)
    if frames is None or len(frames) != len(verb.doc):  # a list, not a dict: DocBin's msgpack keeps it as it is
        frames = verb.doc.user_data[FRAMES_KEY] = [None] * len(verb.doc)
    frame = frames[verb.i]
    if frame is None:
        frame = frames[verb.i] = _frame_of(verb)
    return frame


FRAMES_KEY = "saywho.frames"


def _frame_of(verb: Token) -> str:
    children = list(verb.children)
    if complement_of(verb) is not None:
        return CLAUSE
    if any(child.dep_ in {"dobj", "attr"} for child in children) or _object_read_as_predicate(verb, children):
        return OBJECT
    if any(child.dep_ == "xcomp" and _has_to(child) for child in children):
        return INFINITIVE
    prepositions = [c for c in children if c.dep_ == "prep" and c.i > verb.i and object_of(c)]
    # "asked on Thursday about increasing …": a phrase of when says nothing of what was asked; the next one may
    skip_when = verb.lemma_.lower() == "ask"
    preposition = next((c for c in prepositions if not (skip_when and of_when(c))), None)
    if preposition is not None:
        return "prep:" + preposition.lower_
    if for_clause(verb) is not None:
        return "prep:for"
    return NONE


def _object_read_as_predicate(verb: Token, children: list[Token]) -> bool:
    """ "Ryan, …, on Tuesday called Trump's remarks about a judge ''racist''": an active verb with a subject whose
    object, before words in quotation marks, the parser took for a predicate noun (oprd) still has one ("a blog
    called the Feed" names the blog)."""
    taken = [c for c in children if c.dep_ == "oprd" and (c.pos_ in {"NOUN", "PROPN", "PRON"} or _holds_the_object(c))]
    if not taken:
        return False
    misread = finite_read_as_relative(verb)
    if verb.dep_ == "acl" and misread:
        return True  # quoted words after it (its test): they may hang anywhere in a sentence parsed around a noun
    if not any(t.is_quote for t in verb.subtree if t.i > verb.i):
        return False  # "called an emergency session", "called Naghmeh Abedini": no words in quotation marks
    return any(c.dep_ == "nsubj" for c in children) or misread


def _holds_the_object(predicate: Token) -> bool:
    """ "has called the earlier ruling “absurd”": the quoted adjective the parser made the predicate, with the object
    hung before it; "the ruling" may be tagged a verb's -ing form, its determiner still marks a noun phrase."""
    return predicate.pos_ == "ADJ" and any(c.pos_ in NOUNS or c.dep_ in {"det", "poss"} for c in predicate.lefts)


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
    if marks == ["that"] and not any(c.dep_ == "advmod" and c.i < clause.i and c.lower_ in {"now", "so"} for c in children):
        # "recalled in 2008 that before Iowa, Obama wasn't treated as credibly": a that-clause read as adverbial
        return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children)
    if clause.dep_ == "parataxis" and all(c.dep_ in ASIDE_PARTS for c in children):
        return False  # "No deaths had been reported, he said, but …": the aside that frames the sentence, no content
    return any(c.dep_ == "nsubj" for c in children) and not marks and clause.left_edge.lower_ not in SUBORDINATORS


ASIDE_PARTS = frozenset({"nsubj", "punct", "advmod", "aux", "npadvmod", "neg"})


# Words opening a clause of when, why or despite what, tagged adverbs ("backed the deal, while Trump has …").
SUBORDINATORS = {"when", "while", "whereas", "where", "because", "although", "though", "before", "after", "since",
                 "until", "unless", "once", "as", "if", "whenever"}


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
    """The clause that is what `verb` says, also where the parser hung it on the occasion's noun. Where the parser
    gives it one clause before and one after ("The plan had one flaw: aides said that nobody had asked", "Accurate or
    not, the rumour has had an effect: 30 percent said they believe it"), the clause after is what was said; the
    clause before is the writer's lead-in (on PolNeAR train, taking the clause after without a "that" too put 34 more
    contents right)."""
    found = [c for c in verb.children if is_complement(c, verb) and not _set_apart_before(c, verb)]
    if found and found[0] == subject_read_as_clause(verb):  # "One attendee, who … spoke …, said the message was …"
        found = found[1:]
    after = next((c for c in found if c.i > verb.i), None)
    if found and found[0].i < verb.i and after is not None:
        return after
    return found[0] if found else complement_after_occasion(verb)


# Marks after which a clause stands apart from the verb that follows: "…; she calls for …", "…: 89% of …", "… — who …".
APART_MARKS = {";", ":", "—", "–"}
SPACED_DASHES = {"-", "--"}  # apart only with a space before them: not the hyphen of "KING-TV"


def _set_apart_before(clause: Token, verb: Token) -> bool:
    """ "He calls for $1 trillion in new spending; she calls for $275 billion", "the phenomenon is universal: Voters
    prefer to back a winner": a clause the parser hung on the verb across a semicolon, colon or dash is a sentence of
    its own or the writer's lead-in, not what the verb reports (on PolNeAR train, none of 45 such contents matched a
    gold one)."""
    between = verb.doc[clause.right_edge.i + 1: verb.i]
    return clause.i < verb.i and any(t.text in APART_MARKS or (t.text in SPACED_DASHES and t.doc[t.i - 1].whitespace_)
                                     for t in between)


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
    return lemma_rate_of(token.lemma_.lower())


def lemma_rate_of(lemma: str) -> float:
    model = active()
    lemma_cues, lemma_total = model.table["lemmas"].get(lemma, (0, 0))
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
    if frame == OBJECT and denies_a_charge(token):
        return not by_place or place_passes(token, model)
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
    if finite_read_as_relative(verb):
        return "VBD|ROOT|subject"
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children)
    # "Officials blamed the pandemic; critics pointed to …": a clause set apart before its head stands as a sentence
    dependency = "ROOT" if verb.dep_ == "ccomp" and _set_apart_before(verb, verb.head) else verb.dep_
    return f"{verb.tag_}|{dependency}|{'subject' if has_subject else 'no subject'}"


def finite_read_as_relative(verb: Token) -> bool:
    """ "Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called …", "One lawmaker called
    Trump "the orange prince …"": a past tense after a name or noun that the parser took for a participle modifying
    it; the sentence has no other verb above it."""
    name = verb.head
    if verb.tag_ != "VBN" or verb.dep_ not in {"relcl", "acl"} or name.dep_ != "ROOT" or name.pos_ not in NOUNS:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "agent"} for c in verb.children):
        return False
    if verb.dep_ == "acl":  # "One lawmaker called Trump "the orange prince …."": a participle takes no object
        return any(c.dep_ in {"oprd", "dobj"} for c in verb.children) and _words_quoted_after(verb)
    return name.ent_type_ in {"PERSON", "ORG"}


NOUNS = {"PROPN", "NOUN"}


def _words_quoted_after(verb: Token) -> bool:
    return any(t.is_quote for t in verb.doc[verb.i + 1: verb.sent.end])


def place_passes(token: Token, model: CueModel) -> bool:
    """A place seen too seldom to judge passes; a place seen often must have been a cue often enough."""
    cues, total = model.table.get("places", {}).get(place_of(token), (0, 0))
    return total < model.min_place_evidence or cues / total >= model.place_threshold


def reports_quotes(token: Token) -> bool:
    """May govern a quotation: listed, or a lemma PolNeAR often counts as a cue."""
    if token.pos_ != "VERB" or token.lemma_.lower() in PERCEPTION_LEMMAS:
        return False
    if token.dep_ == "compound" or (any(c.dep_ == "det" and c.i < token.i for c in token.children)
                                    and not age_on_the_verb(token)):
        return False  # '"Today" show host Meredith Vieira', 'called that promise “a fairy tale”': nouns, not verbs
    if is_listed(token) or answers_back(token) or puts_it(token) or token.lemma_.lower() in VOICE_LEMMAS:
        return True
    cues, total = active().table["lemmas"].get(token.lemma_.lower(), (0, 0))
    if total >= 3 and cues / total >= 0.3:
        return True
    # A quotation stands where a clause would: a lemma rarely a cue but mostly one before a clause ("“…,” the
    # email read": read|clause 12 of 15 on PolNeAR train, the lemma 22 of 76).
    cues, total = active().table["frames"].get(f"{token.lemma_.lower()}|{CLAUSE}", (0, 0))
    return total >= QUOTING_CLAUSE_EVIDENCE and cues / total >= 0.5


def age_on_the_verb(verb: Token) -> Token | None:
    """ "“He was working,” the 61-year-old said": after a curly closing mark the parser may hang the age description's
    "the" and "old" on the verb and leave it no subject; that "old" is the subject."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return next((c for c in verb.lefts if c.lower_ == "old" and c.tag_ == "JJ"
                 and any(t.lower_ == "year" for t in c.children)), None)


QUOTING_CLAUSE_EVIDENCE = 10
# Verbs of voice that frame a quotation ("“…,” the judge exclaimed", "his wife whispered"), too rare in PolNeAR for
# its counts to make them cues; only a quotation they frame makes them one ("why hadn't she screamed?" reports nothing).
VOICE_LEMMAS = {"exclaim", "quip", "joke", "muse", "retort", "interject", "shout", "yell", "holler", "scream",
                "whisper", "murmur"}

# "“…,” she shot back", "fired back", "hit back": a retort, whatever the verb's lemma counts for alone ("shoot" is
# mostly gunfire in PolNeAR, 8 cues in 62).
RETORT_LEMMAS = {"shoot", "fire", "hit", "snap", "strike", "push", "lash", "bite"}


def answers_back(verb: Token) -> bool:
    return verb.lemma_.lower() in RETORT_LEMMAS and any(
        c.lower_ == "back" and c.dep_ in {"prt", "advmod"} and c.i == verb.i + 1 for c in verb.children)


def puts_it(verb: Token) -> bool:
    """ "As one voter put it, “…”", "“…,” as she put it": "put it" is saying it, with no place to put it in."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # two: a parse that ran clauses together
    return verb.lemma_.lower() == "put" and len(objects) == 1 and objects[0].lower_ == "it" and len(subjects) == 1 \
        and not any(c.dep_ in {"prep", "prt"} and c.i > verb.i for c in verb.children)


def _has_to(clause: Token) -> bool:
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children)


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


def read_as_participle(verb: Token) -> bool:
    """A past tense or participle the parser hung on a noun as its modifier ("Mitt Romney, the nominee, tweeted …",
    "Multiple outlets reported on Wednesday …"), where it may be the clause's own verb."""
    return verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"}
