"""Keep or drop each candidate attribution with a small learned model (issues 12 and 13).

The rules find candidates with a cue table read at a lowered threshold (more verbs count as cues:
"backed the plan", "plans to run"), and many candidates that are no attribution at all ("you think",
an op-ed writer's own "I know", "a House panel voted to"). No word list separates them: each lemma is
mixed (PolNeAR annotates aims and feelings too). This model reads the candidate's context instead:
the cue's lemma, frame and table rate, the source's form (which pronoun, which kind of name, which
noun), where it stands (headline, inside quotation marks, under another cue), negation and modals,
the content's length and kind, and whether the article is written in the first person. A binary
logistic regression (the RoleModel class with two classes, "drop" and "keep") trained on PolNeAR
train by tools/train_attribution_model.py; model card in docs/model-card.md.

When a Doc's user_data holds FEATURES_KEY (a list), each finished attribution's features are
appended to it in the attributions' order, for training.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from saywho.analyse import cues, role_model
from saywho.analyse.attributions.drafts import Draft, QuoteMap
from saywho.analyse.attributions.finished import is_negated
from saywho.analyse.attributions.hearsay import HEARSAY_ADVERBS, reported_by_no_one_named
from saywho.analyse.attributions.orphan_quotes import _paragraph
from saywho.analyse.attributions.source_shapes import goes_on_saying
from saywho.analyse.role_model import RoleModel
from saywho.analyse.sentences import text_of
from saywho.analyse.speaker_interviews import opens_a_question
from saywho.analyse.token_arrays import with_lower

MODEL_FILE = "attribution_model.json"
KEEP_ENV = "SAYWHO_KEEP_MODEL"  # "0" turns the model off where the component's setting leaves it open
FEATURES_KEY = "saywho_attribution_features"
# Quotations standing alone or carried on from the paragraph before, and a transcript's lines: words in quotation
# marks are someone's, whatever their frame (on PolNeAR train, keeping these costs 0.001 of cross-validated F1;
# dropping them left BASIL's quotations to the writer).
ALWAYS_KEPT = {"quoted", "carried", "labelled", "hearsay"}
# Also kept whatever the model says (on PolNeAR train each costs under 0.001 of cross-validated F1): a quotation
# framed inside another attribution's content ("A man shouting “Allahu Akbar” was arrested, sources said"), which
# PolNeAR never annotates apart but which, dropped, leaves the words to the outer source (issue 13); and the
# writer's own "I" (an op-ed's "That would be a mistake, I believe"), whose speaker the article's byline gives.
# The component's settings (saywho_attributions), chosen by cross-validation on PolNeAR train (docs/model-card.md).
CANDIDATE_THRESHOLD = 0.4  # the cue table's threshold for candidates, below the rules' own (cues.THRESHOLD)
KEEP_THRESHOLD = 0.2  # the model's probability a candidate needs to be kept
FIRST_PERSON = {"i", "me", "my", "myself"}
# Candidates without quotation marks that a reader would not call a report of anyone's words, thoughts or stance,
# though PolNeAR's annotators often do (about half of each family matches a gold attribution on train). Two
# annotators judged 264 PolNeAR train candidates under the precision audit's guidelines (docs/benchmarks.md,
# "Precision, tenth round"): an aim told with an infinitive ("companies seek to cut costs", "likes to sing") failed
# 24 of 27 (a hope, a want or an expectation is a stance, and stays), a generic "you" ("if you think …") 18 of 23,
# and a verb the cue table rates below the rules' 0.5, or a bare infinitive or modal cue ("to say", "would
# assume"), 25 of 37 where the model doubted it (p < 0.5) against 6 of 20 where it did not; 2 of 30 others failed.
AIM_LEMMAS = {"seek", "look", "like", "prefer", "aim"}
DOUBTFUL_RATES = {"rate=>=0.3", "rate=>=0.4"}
DOUBTFUL_KEEP = 0.5  # the probability a doubtful candidate needs
PRONOUN_TAGS = {"PRP", "PRP$", "WP", "DT", "EX"}
CueContent = tuple[Draft, list[tuple[int, int]]]


@dataclass(frozen=True)
class Candidates:
    """What every candidate of one Doc shares: its quotations and whether its writer speaks as "I"."""

    doc: Doc
    quote_map: QuoteMap

    @property
    def first_person(self) -> str:
        outside = [i for i in with_lower(self.doc, FIRST_PERSON) if self.quote_map.of_token[i] is None]
        return "none" if not outside else "few" if len(outside) < 4 else "many"


def features(candidates: Candidates, draft: Draft, content: list[tuple[int, int]], first_person: str) -> list[str]:
    """The model's features of one candidate (draft and content spans)."""
    doc = candidates.doc
    paragraph = _paragraph(doc, content[0][0])
    where = "headline" if paragraph == 0 else "lead" if paragraph <= 2 else "body"
    length = sum(end - start for start, end in content)
    size = "short" if length < 40 else "medium" if length < 120 else "long"
    kind = _kind(draft)
    source = _source_form(candidates, draft)
    found = [f"kind={kind}", f"where={where}", f"size={size}", f"kind|size={kind}|{size}", f"source={source}",
             f"voice={first_person}", f"voice|source={first_person}|{source}", f"where|source={where}|{source}"]
    start, end = doc._.paragraphs[paragraph]
    if opens_a_question(text_of(doc)[start:end]):
        found.append("turn=question")  # an interview's "you" is the interviewee, not the reader
    if draft.head is None:
        return [*found, "cue=none"]
    order = "cue-first" if draft.head.idx < content[0][0] else "content-first"
    return found + [f"order={order}", f"order|kind={order}|{kind}"] + _cue_features(candidates, draft.head, source, kind)


def _kind(draft: Draft) -> str:
    if draft.according_to:
        return "according"
    if draft.labelled:
        return "labelled"
    if draft.carries_over is not None:
        return "carried"
    if draft.quotes:
        return "quoted+content" if draft.content else "quoted"
    if draft.head is not None and (draft.head.lower_ in HEARSAY_ADVERBS or reported_by_no_one_named(draft.head)):
        return "hearsay"  # the model never saw one: its words alone say the clause is reported
    return "reported"


def _source_form(candidates: Candidates, draft: Draft) -> str:
    """ "you", "i", "PERSON", "noun:panel", "none": who the source is, as a word or a kind of name."""
    while draft.source_head is None and draft.carries_over is not None and draft is not draft.carries_over:
        draft = draft.carries_over
    head = draft.source_head
    if head is None:
        return "none"
    quoted = "quoted-" if candidates.quote_map.inside(head) else ""
    if head.tag_ in PRONOUN_TAGS:
        return f"{quoted}{head.lower_}"
    if head.ent_type_:
        return f"{quoted}{head.ent_type_}"
    return f"{quoted}{'name' if head.pos_ == 'PROPN' else 'noun:' + head.lemma_.lower()}"


def _cue_features(candidates: Candidates, head: Token, source: str, kind: str) -> list[str]:
    lemma = head.lemma_.lower()
    frame = cues.frame_of(head) if head.pos_ == "VERB" else "none"
    rate = _rate(head, frame)
    modal = next((c.lower_ for c in head.children if c.tag_ == "MD"), "none")
    governor = _governing_cue(head)
    inside = "quoted" if candidates.quote_map.inside(head) else "writer"
    mark = next((c.lower_ for c in head.children if c.dep_ == "mark"), "none")
    question = head.sent.text.rstrip().rstrip("”\"'").endswith("?")
    coarse = source.split(":")[0]
    # a past tense the parser read as a participle after its subject is seen as the finite verb it is
    tag, dep = ("VBD", "ROOT") if cues.finite_read_as_relative(head) else (head.tag_, head.dep_)
    return [f"lemma={lemma}", f"frame={frame}", f"lemma|frame={lemma}|{frame}", f"rate={rate}",
            f"rate|kind={rate}|{kind}", f"listed={cues.is_listed(head)}", f"tag={tag}", f"dep={dep}",
            f"place={cues.place_of(head)}", f"negated={is_negated(head)}", f"modal={modal}",
            f"under={governor}", f"cue-in={inside}", f"source|lemma={source}|{lemma}",
            f"source|tag={source}|{tag}", f"under|rate={governor}|{rate}", f"mark={mark}",
            f"question={question}", f"coarse|lemma={coarse}|{lemma}", f"coarse|frame={coarse}|{frame}",
            f"under|kind={governor}|{kind}", f"lemma|under={lemma}|{governor}", f"coarse|kind={coarse}|{kind}"]


def _rate(head: Token, frame: str) -> str:
    """The table's rate for the verb in its frame, in steps: the rules' own threshold is one of them."""
    if head.pos_ != "VERB":
        return "not-verb"
    value = cues.probability(head, frame)
    return next(f">={step}" for step in (0.7, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0) if value >= step)


def _governing_cue(head: Token) -> str:
    """The relation by which the cue hangs under another cue, a few steps up ("said he thinks"), or "none"."""
    if goes_on_saying(head) is not None:
        return "conj"  # "said the party was …, and urged": the sayer's next act, not one inside what was said
    node = head
    for _ in range(3):
        if node.head.i == node.i or _set_against(node):
            return "none"
        relation, node = node.dep_, node.head
        if node.pos_ == "VERB" and cues.is_cue(node, by_place=False):
            return relation
    return "none"


# Marks of a clause the writer sets beside another ("74 percent said they are set on him, while 22 percent said they
# might change their mind"): the parser hangs it inside what the first cue reports, but it is a report of its own.
CONTRAST_MARKS = {"while", "whereas"}


def _set_against(node: Token) -> bool:
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in node.children)


def kept(doc: Doc, quote_map: QuoteMap, found: list[CueContent], model: RoleModel | None) -> list[CueContent]:
    """The candidates the model keeps (all where there is no model); each kept one's features recorded where the
    Doc asks for them (FEATURES_KEY)."""
    record = doc.user_data.get(FEATURES_KEY)
    if model is None and record is None:
        return found
    candidates = Candidates(doc, quote_map)
    first_person = candidates.first_person
    gone: set[int] = set()
    result = []
    for draft, content in found:  # in text order: a draft carried over from is seen first
        row = features(candidates, draft, content, first_person)
        if model is not None and not always_kept(row) and not _kept_by(model, row):
            gone.add(id(draft))
            continue
        if id(draft.carries_over) in gone:
            draft.carries_over = None  # a quotation stays someone's words, speaker unknown, when its frame goes
        result.append((draft, content))
        if record is not None:
            record.append(row)
    return result


def _kept_by(model: RoleModel, row: list[str]) -> bool:
    """The model's verdict, except for the reported candidates the annotators failed whatever the model said (an aim,
    a generic "you") or failed where it doubted them (a doubtful one needs DOUBTFUL_KEEP): see AIM_LEMMAS."""
    present = set(row)
    if "kind=reported" not in present:
        return model.probabilities(row)[1] >= model.threshold
    generic_you = "source=you" in present and "turn=question" not in present
    if generic_you or ("frame=infinitive" in present and _lemma(row) in AIM_LEMMAS):
        return False
    doubtful = bool(present & DOUBTFUL_RATES) or {"tag=VB", "negated=False"} <= present
    return model.probabilities(row)[1] >= (max(model.threshold, DOUBTFUL_KEEP) if doubtful else model.threshold)


def _lemma(row: list[str]) -> str:
    return next((feature[len("lemma="):] for feature in row if feature.startswith("lemma=")), "")


def always_kept(row: list[str]) -> bool:
    """Whether a candidate with these features is kept whatever the model says."""
    present = set(row)
    if any(f"kind={kind}" in present for kind in ALWAYS_KEPT) or "source=i" in present:
        return True
    return "kind=quoted+content" in present and "under=none" not in present and "cue=none" not in present


def wanted(setting: bool | None) -> bool:
    """The component's `keep_model` setting, or where it is None the environment's (on unless "0")."""
    return setting if setting is not None else os.environ.get(KEEP_ENV, "") != "0"


def shipped_model() -> RoleModel | None:
    return role_model.shipped_model(MODEL_FILE)
