"""What the span tagger reads of each token, and its role tags (see span_model.py).

PolNeAR is univocal: a token has at most one role (source, cue or content) in
at most one attribution, so the roles of a text are one tag per token, BIO
style. The tagger reads, per token, the vector spaCy's own tok2vec left in
`doc.tensor` (the parser and tagger read it too, so it costs nothing more) and
what saywho's rules already decided: the role the rules gave the token and its
syntactic head, its dependency and part of speech, whether it stands inside a
quotation, and how often PolNeAR's annotators called its lemma a cue (the cue
table). Rules as features let the model keep what the rules do well and learn
where they go wrong (content boundaries, nominal cues).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LENGTH, POS, SENT_START
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc

from saywho.analyse import cues
from saywho.analyse.sentences import text_of

ROLES = ("source", "cue", "content")
TAGS = ("O", *(f"{bio}-{role}" for role in ROLES for bio in ("B", "I")))
OUTSIDE = 0
POS_TAGS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
            "PUNCT", "SCONJ", "SYM", "VERB", "X", "SPACE")
DEP_LABELS = ("ROOT", "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "aux", "auxpass", "case",
              "cc", "ccomp", "compound", "conj", "csubj", "csubjpass", "dative", "dep", "det", "dobj", "expl",
              "intj", "mark", "meta", "neg", "nmod", "npadvmod", "nsubj", "nsubjpass", "nummod", "oprd",
              "parataxis", "pcomp", "pobj", "poss", "preconj", "predet", "prep", "prt", "punct", "quantmod",
              "relcl", "xcomp")
CUE_RATE_STEPS = (0.05, 0.15, 0.3, 0.5, 0.7)  # a verb's cue rate, in buckets
QUOTE_MARKS = set("“”\"‘’'«»")

# One-hot blocks after the tensor: rule tag, head's rule tag, dependency, POS, cue-rate bucket, flags.
FLAGS = ("in_quote", "quote_mark", "sentence_start", "paragraph_start", "listed_cue", "capitalised", "head_is_cue")
WIDTHS = (len(TAGS), len(TAGS), len(DEP_LABELS) + 1, len(POS_TAGS) + 1, len(CUE_RATE_STEPS) + 2, len(FLAGS))
FEATURE_WIDTH = sum(WIDTHS)
_DEP_INDEX = {label: i for i, label in enumerate(DEP_LABELS, 1)}
_POS_INDEX = {pos: i for i, pos in enumerate(POS_TAGS, 1)}


def role_tags(doc: Doc, attributions) -> numpy.ndarray:
    """The BIO tag of each token, from attributions with `source`, `cue` and `content` span lists
    (saywho Attributions through `spans_per_role`, or PolNeAR's gold). A token takes the tag of
    the last span that overlaps it; spaces stay O."""
    tags = numpy.zeros(len(doc), dtype="int32")
    spans = [(role, start, end) for by_role in attributions for role, pairs in by_role.items() for start, end in pairs]
    if not len(doc) or not spans:
        return tags
    starts, ends, spaces = _token_extents(doc)
    firsts = numpy.searchsorted(ends, [start for _, start, _ in spans], side="right").tolist()
    lasts = numpy.searchsorted(starts, [end for _, _, end in spans], side="left").tolist()
    for (role, _, _), first, last in zip(spans, firsts, lasts):
        tokens = first + numpy.flatnonzero(~spaces[first:last])
        if len(tokens):
            tags[tokens] = _INSIDE[role]
            tags[tokens[0]] = _BEGIN[role]
    return tags


_BEGIN = {role: TAGS.index(f"B-{role}") for role in ROLES}
_INSIDE = {role: TAGS.index(f"I-{role}") for role in ROLES}


def _token_extents(doc: Doc) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Each token's first character, end character (without its trailing space) and whether it is a space."""
    columns = doc.to_array([IDX, LENGTH, IS_SPACE]).astype("int64")
    return columns[:, 0], columns[:, 0] + columns[:, 1], columns[:, 2].astype(bool)


def spans_per_role(attribution) -> dict[str, list[tuple[int, int]]]:
    """A saywho Attribution's roles as {role: spans}."""
    return {role: list(getattr(attribution, role).spans) if getattr(attribution, role) else [] for role in ROLES}


@dataclass(frozen=True)
class FeatureCodes:
    """A document's features, compactly: the tensor, the column of each one-hot block but the flags, the flags."""

    tensor: numpy.ndarray  # (tokens, TENSOR_WIDTH)
    columns: numpy.ndarray  # (tokens, 5): the column set in the rule-tag, head-tag, dep, POS and cue-rate blocks
    flags: numpy.ndarray  # (tokens, len(FLAGS)), 0 or 1

    def rows(self) -> numpy.ndarray:
        """The full rows the network is trained on: tensor, then the one-hot blocks of WIDTHS."""
        onehot = numpy.zeros((len(self.tensor), FEATURE_WIDTH), dtype="float32")
        for column in self.columns.T:
            onehot[numpy.arange(len(column)), column] = 1
        onehot[:, FEATURE_WIDTH - len(FLAGS):] = self.flags
        return numpy.hstack([self.tensor, onehot])


def token_features(doc: Doc) -> numpy.ndarray:
    """One row per token: doc.tensor beside the one-hot blocks of WIDTHS."""
    return feature_codes(doc).rows()


def feature_codes(doc: Doc) -> FeatureCodes:
    """What the tagger reads of each token, from arrays over the whole document."""
    rules = role_tags(doc, [spans_per_role(a) for a in doc._.attributions or []])
    pos, dep, head, sent_start, starts, lengths = doc.to_array([POS, DEP, HEAD, SENT_START, IDX, LENGTH]).T
    starts = starts.astype("int64")
    heads = numpy.arange(len(doc)) + head.astype("int64")
    verbs = numpy.flatnonzero(pos == _VERB)
    buckets, listed = numpy.zeros(len(doc), "int64"), numpy.zeros(len(doc), bool)
    for i in verbs:  # few tokens are verbs: the cue table is asked about them alone
        buckets[i] = _cue_bucket(doc[int(i)])
        listed[i] = cues.is_listed(doc[int(i)])
    offsets = numpy.cumsum((0, *WIDTHS[:-1]))
    columns = numpy.stack([
        offsets[0] + rules, offsets[1] + rules[heads], offsets[2] + _DEP_COLUMN.lookup(doc, dep),
        offsets[3] + _POS_COLUMN[pos], offsets[4] + buckets,
    ], axis=1)
    quote_mark, capitalised = _text_flags(doc, starts, lengths)
    paragraph_starts = numpy.array([start for start, _ in doc._.paragraphs or []], dtype="int64")
    flags = numpy.stack([
        _quoted_tokens(doc), quote_mark, (sent_start == 1) | (numpy.arange(len(doc)) == 0),
        numpy.isin(starts, paragraph_starts), listed, capitalised, numpy.isin(rules[heads], _CUE_TAGS),
    ], axis=1).astype("float32")
    return FeatureCodes(_tensor(doc), columns, flags)


def _tensor(doc: Doc) -> numpy.ndarray:
    tensor = doc.tensor if doc.tensor is not None and len(doc.tensor) == len(doc) else None
    if tensor is None or tensor.size == 0:
        return numpy.zeros((len(doc), TENSOR_WIDTH), dtype="float32")
    return numpy.asarray(tensor, dtype="float32")


TENSOR_WIDTH = 96  # en_core_web_sm's tok2vec


class _DepColumns:
    """A dependency label's place in DEP_LABELS (0: another label), by the label's hash in a vocab."""

    def __init__(self):
        self.by_hash: dict[int, int] = {}

    def lookup(self, doc: Doc, labels: numpy.ndarray) -> numpy.ndarray:
        unique, inverse = numpy.unique(labels, return_inverse=True)
        strings = doc.vocab.strings
        for value in unique.tolist():
            if value not in self.by_hash:
                self.by_hash[value] = _DEP_INDEX.get(strings[value], 0) if value else 0
        return numpy.array([self.by_hash[v] for v in unique.tolist()], dtype="int64")[inverse.ravel()]


_DEP_COLUMN = _DepColumns()
_POS_COLUMN = numpy.zeros(max(IDS.values()) + 1, dtype="int64")
for _pos, _index in _POS_INDEX.items():
    _POS_COLUMN[IDS[_pos]] = _index
_VERB = IDS["VERB"]
_CUE_TAGS = (TAGS.index("B-cue"), TAGS.index("I-cue"))


def _text_flags(doc: Doc, starts: numpy.ndarray, lengths: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Whether each token is a quotation mark, and whether it starts with a capital, from its first character."""
    if not len(doc):
        return numpy.zeros(0, bool), numpy.zeros(0, bool)
    text = text_of(doc)
    firsts = numpy.frombuffer("".join([text[i] for i in starts.tolist()]).encode("utf-32-le"), dtype="uint32")
    unique, inverse = numpy.unique(firsts, return_inverse=True)
    characters = [chr(code) for code in unique.tolist()]
    quote_mark = numpy.array([c in QUOTE_MARKS for c in characters], dtype=bool)[inverse.ravel()] & (lengths == 1)
    capitalised = numpy.array([c.isupper() for c in characters], dtype=bool)[inverse.ravel()]
    return quote_mark, capitalised


def _cue_bucket(token) -> int:
    rate = cues.probability(token)
    return 1 + sum(rate >= step for step in CUE_RATE_STEPS)


def _quoted_tokens(doc: Doc) -> numpy.ndarray:
    """Tokens inside a quotation's marks, the marks included."""
    inside = numpy.zeros(len(doc), dtype=bool)
    for quote in doc._.quotes or []:
        start, end = quote.outer
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            inside[span.start:span.end] = True
    return inside


def tag_spans(doc: Doc, tags) -> dict[str, list[tuple[int, int]]]:
    """Character spans per role from a tag sequence: a run of one role, cut where a B- starts anew
    (a space inside a run neither cuts nor extends it)."""
    found: dict[str, list[tuple[int, int]]] = {role: [] for role in ROLES}
    if not len(doc):
        return found
    starts, ends, spaces = (column.tolist() for column in _token_extents(doc))
    current: tuple[str, int, int] | None = None
    for tag, start, end, space in zip(numpy.asarray(tags).tolist(), starts, ends, spaces):
        if space and current is not None:
            continue
        role = _ROLE_OF[tag]
        if current is not None and (role != current[0] or tag in _BEGINS):
            found[current[0]].append((current[1], current[2]))
            current = None
        if role is not None:
            current = (role, current[1] if current else start, end)
    if current is not None:
        found[current[0]].append((current[1], current[2]))
    return found


_ROLE_OF = [name[2:] if name != "O" else None for name in TAGS]
_BEGINS = set(_BEGIN.values())


def close_gaps(tags, max_gap: int = 2) -> numpy.ndarray:
    """Tags with short runs of O inside one span filled in: `I-content O I-content` is one content
    whose comma the tagger doubted, not two (a span that starts anew has a B- after the gap)."""
    tags = numpy.array(tags, dtype="int32")
    inside = numpy.isin(tags, list(_INSIDE.values()))
    roles = numpy.array([_ROLE_INDEX[role] for role in _ROLE_OF])[tags]  # 0 for O, then 1, 2, 3
    outside = numpy.flatnonzero(tags == OUTSIDE)
    if not len(outside):
        return tags
    # Runs of O: where a run starts (after a token that is not O) and where it ends.
    breaks = numpy.flatnonzero(numpy.diff(outside) > 1)
    run_starts = outside[numpy.concatenate(([0], breaks + 1))]
    run_ends = outside[numpy.concatenate((breaks, [len(outside) - 1]))] + 1
    for start, end in zip(run_starts.tolist(), run_ends.tolist()):
        if start == 0 or end == len(tags) or end - start > max_gap:
            continue
        if inside[end] and roles[end] == roles[start - 1]:
            tags[start:end] = tags[end]
    return tags


_ROLE_INDEX: dict[str | None, int] = {None: 0, **{role: n for n, role in enumerate(ROLES, 1)}}
