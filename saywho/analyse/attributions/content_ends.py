"""Where a reported clause stops: a small learned model reads the writer's tail off a content (issue 12).

"said the FBI had secured the cooperation of Bryan Pagliano, who worked on Clinton's 2008 campaign …": the parser
hangs the relative clause, the participle ("…, saying …"), the dash's gloss ("… - within the margin of error") or
the when and where of the saying ("… in a tweet Sunday") on the reported clause's words, so the content runs on
through them; PolNeAR's annotators end it before them more often than not, but not always ("…, which he called
a disaster" may be what was said). Which tails are the writer's is weighed, not listed: each place a content could
end early (a comma, dash, semicolon or bracket; or a phrase of time, place or manner that runs to the end) is a
candidate, described by its words and its parse, and a logistic regression (the RoleModel class with two classes,
"on" and "cut") trained on PolNeAR train (tools/train_content_end_model.py; model card in docs/model-card.md)
gives the chance that the content ends there. The content is cut at the first candidate, left to right, whose
chance reaches the model's threshold.

Only a content after its cue, outside quotation marks: a quotation's words are the speaker's to the mark. When a
Doc's user_data holds RECORD_KEY (a list), each content's candidates are recorded there, for training.
"""

from __future__ import annotations

import os
from functools import lru_cache

from spacy.tokens import Doc, Token

from saywho.analyse import role_model
from saywho.analyse.attributions.drafts import Draft, _rstrip
from saywho.analyse.role_model import RoleModel
from saywho.analyse.sentences import text_of

MODEL_FILE = "content_end_model.json"
RECORD_KEY = "saywho_content_end_candidates"
ENV = "SAYWHO_CONTENT_ENDS"  # "0" leaves every content as the rules drew it
BREAKS = {",", ";", "—", "–", "-", "--", "("}
TAIL_HEADS = {"prep", "npadvmod", "advcl", "advmod", "agent", "tmod"}
DASHES = {"-", "--"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
SAYING = {"say", "call", "tell", "describe", "add", "claim", "argue", "note", "write"}
QUOTE_MARKS = ("“", "”", '"', "''", "‘", "’ ")
MIN_HEAD_WORDS = 2
BREAK_MARKS = ",;:—–-("  # left off the end of what stays


def trimmed(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`content` without the writer's tail, where the shipped model is sure there is one."""
    model, record = _model(), doc.user_data.get(RECORD_KEY)
    if model is None and not isinstance(record, list):
        return content  # switched off, and nobody is training: no candidates to weigh
    candidates = _candidates(doc, draft, content)
    if isinstance(record, list) and candidates:
        record.append({"cue": draft.head.idx if draft.head is not None else None, "content": content,
                       "candidates": candidates})
    if model is None:
        return content
    for end, features in candidates:
        if model.probabilities(features)[1] >= model.threshold:
            return [*content[:-1], (content[-1][0], end)]
    return content


def _candidates(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> list[tuple[int, list[str]]]:
    """Each place the content's last piece could end early, left to right: (character end, features)."""
    if draft.head is None or not content or content[-1][0] <= draft.head.idx:
        return []
    text = text_of(doc)
    start, end = content[-1]
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return []
    words = [t for t in span if not t.is_space]
    verbs = _clause_verbs(words, draft.head)
    found = []
    for position, token in enumerate(words):
        if position < MIN_HEAD_WORDS or any(verb.i >= token.i for verb in verbs):
            continue  # "that the flag, which includes the stars and bars, be removed": the clause's verb is after
        cut = _cut_at(token, words[-1])
        if cut is None:
            continue
        tail = text[cut.idx:end]
        if any(mark in tail for mark in QUOTE_MARKS) or not any(t.is_alpha for t in words[position:]):
            continue
        head_end = _rstrip(text, start, cut.idx, BREAK_MARKS)
        if head_end > start:
            found.append((head_end, _features(draft.head, words, position, cut)))
    return found


def _clause_verbs(words: list[Token], cue: Token) -> list[Token]:
    """The verbs heading the content: those the parser hung on the cue."""
    return [t for t in words if t.pos_ in {"VERB", "AUX"} and t.head.i == cue.i and t.dep_ in {"ccomp", "xcomp"}]


def _cut_at(token: Token, last: Token) -> Token | None:
    """The token a tail starts with (its break mark, if any) when `token` may start the writer's tail."""
    if token.text in BREAKS and token.i < last.i and (token.text not in DASHES or token.whitespace_):
        return token  # a hyphen inside a word ("long-term") breaks nothing
    if token.dep_ in TAIL_HEADS and token.left_edge.i == token.i and token.right_edge.i >= last.i \
            and token.i > 0 and token.doc[token.i - 1].text not in BREAKS:
        return token
    return None


def _features(cue: Token, words: list[Token], position: int, cut: Token) -> list[str]:
    tail = [t for t in words[position:] if not t.is_punct] or words[position:]
    first = tail[0]
    root = next((t for t in tail if not (tail[0].i <= t.head.i <= tail[-1].i) or t.head == t), first)
    before = words[position - 1]
    mark = cut.text if cut.is_punct else "none"
    form = first.lower_ if first.is_stop or not first.is_alpha else f"<{first.pos_}>"
    has_verb = any(t.pos_ in {"VERB", "AUX"} for t in tail)
    has_subject = any(t.dep_ in {"nsubj", "nsubjpass"} for t in tail)
    return [
        f"mark={mark}", f"first={form}", f"tag={first.tag_}", f"mark|first={mark}|{form}",
        f"root={root.dep_}", f"root|mark={root.dep_}|{mark}", f"roottag={root.tag_}",
        f"attach={root.head.dep_}", f"attachtag={root.head.tag_}", f"attach_is_cue={root.head == cue}",
        f"before={before.pos_}", f"before|mark={before.pos_}|{mark}", f"tail={_bucket(len(tail))}",
        f"head={_bucket(position)}", f"verb={has_verb}", f"subject={has_subject}",
        f"verb|subject|mark={has_verb}|{has_subject}|{mark}", f"cue={cue.lemma_.lower()}",
        f"second={tail[1].lower_ if len(tail) > 1 and tail[1].is_stop else 'other'}",
        f"root|first={root.dep_}|{form}", f"before_ent={before.ent_type_ or 'none'}|{mark}",
        f"first_person={any(t.lower_ in FIRST_PERSON for t in tail)}",
        f"saying={any(t.lemma_.lower() in SAYING and t.pos_ == 'VERB' for t in tail)}",
        f"attachpos|root={root.head.pos_}|{root.dep_}",
    ]


def _bucket(count: int) -> str:
    return next(str(top) for top in (1, 2, 4, 8, 16, 32) if count <= top) if count <= 32 else "more"


@lru_cache(maxsize=1)
def _model() -> RoleModel | None:
    if os.environ.get(ENV, "") == "0":
        return None
    return role_model.shipped_model(MODEL_FILE)
