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

import numpy
from spacy.tokens import Doc

from saywho.analyse import cues

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
    (saywho Attributions through `spans_per_role`, or PolNeAR's gold)."""
    tags = numpy.zeros(len(doc), dtype="int32")
    starts = numpy.array([t.idx for t in doc], dtype="int64")
    for spans_by_role in attributions:
        for role, spans in spans_by_role.items():
            begin, inside = TAGS.index(f"B-{role}"), TAGS.index(f"I-{role}")
            for start, end in spans:
                first, last = numpy.searchsorted(starts, [start, end])
                tokens = [i for i in range(max(first - 1, 0), last) if _overlaps(doc[i], start, end)]
                for n, i in enumerate(tokens):
                    tags[i] = begin if n == 0 else inside
    return tags


def _overlaps(token, start: int, end: int) -> bool:
    return not token.is_space and token.idx < end and token.idx + len(token.text) > start


def spans_per_role(attribution) -> dict[str, list[tuple[int, int]]]:
    """A saywho Attribution's roles as {role: spans}."""
    return {role: list(getattr(attribution, role).spans) if getattr(attribution, role) else [] for role in ROLES}


def token_features(doc: Doc) -> numpy.ndarray:
    """One row per token: doc.tensor beside the one-hot blocks of WIDTHS."""
    rules = role_tags(doc, [spans_per_role(a) for a in doc._.attributions or []])
    quoted = _quoted_tokens(doc)
    onehot = numpy.zeros((len(doc), FEATURE_WIDTH), dtype="float32")
    offsets = numpy.cumsum((0, *WIDTHS[:-1]))
    paragraph_starts = {start for start, _ in doc._.paragraphs or []}
    for token in doc:
        row = onehot[token.i]
        row[offsets[0] + rules[token.i]] = 1
        row[offsets[1] + rules[token.head.i]] = 1
        row[offsets[2] + _DEP_INDEX.get(token.dep_, 0)] = 1
        row[offsets[3] + _POS_INDEX.get(token.pos_, 0)] = 1
        row[offsets[4] + _cue_bucket(token)] = 1
        flags = (token.i in quoted, token.text in QUOTE_MARKS, token.is_sent_start, token.idx in paragraph_starts,
                 token.pos_ == "VERB" and cues.is_listed(token), token.text[:1].isupper(),
                 rules[token.head.i] in (TAGS.index("B-cue"), TAGS.index("I-cue")))
        row[offsets[5]:offsets[5] + len(FLAGS)] = flags
    tensor = doc.tensor if doc.tensor is not None and len(doc.tensor) == len(doc) else None
    if tensor is None or tensor.size == 0:
        tensor = numpy.zeros((len(doc), TENSOR_WIDTH), dtype="float32")
    return numpy.hstack([tensor.astype("float32"), onehot])


TENSOR_WIDTH = 96  # en_core_web_sm's tok2vec


def _cue_bucket(token) -> int:
    if token.pos_ != "VERB":
        return 0
    rate = cues.probability(token)
    return 1 + sum(rate >= step for step in CUE_RATE_STEPS)


def _quoted_tokens(doc: Doc) -> set[int]:
    inside: set[int] = set()
    for quote in doc._.quotes or []:
        start, end = quote.outer
        span = doc.char_span(start, end, alignment_mode="expand")
        inside.update(t.i for t in span or [])
    return inside


def tag_spans(doc: Doc, tags) -> dict[str, list[tuple[int, int]]]:
    """Character spans per role from a tag sequence: a run of one role, cut where a B- starts anew."""
    found: dict[str, list[tuple[int, int]]] = {role: [] for role in ROLES}
    current: tuple[str, int, int] | None = None
    for token, tag in zip(doc, tags):
        name = TAGS[int(tag)]
        if token.is_space and current is not None:
            continue
        role = name[2:] if name != "O" else None
        if current is not None and (role != current[0] or name.startswith("B-")):
            found[current[0]].append((current[1], current[2]))
            current = None
        if role is not None:
            end = token.idx + len(token.text)
            current = (role, current[1] if current else token.idx, end)
    if current is not None:
        found[current[0]].append((current[1], current[2]))
    return found


def close_gaps(tags, max_gap: int = 2) -> numpy.ndarray:
    """Tags with short runs of O inside one span filled in: `I-content O I-content` is one content
    whose comma the tagger doubted, not two (a span that starts anew has a B- after the gap)."""
    tags = numpy.array(tags, dtype="int32")
    inside = {TAGS.index(f"I-{role}"): role for role in ROLES}
    i = 0
    while i < len(tags):
        if tags[i] != OUTSIDE or i == 0:
            i += 1
            continue
        end = i
        while end < len(tags) and tags[end] == OUTSIDE:
            end += 1
        before, after = TAGS[tags[i - 1]][2:], tags[end] if end < len(tags) else None
        if end - i <= max_gap and after in inside and inside[after] == before:
            tags[i:end] = after
        i = end
    return tags
