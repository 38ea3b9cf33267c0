"""Plain speech whose clause the parser hung above the cue (issues 12 and 13, second round).

- "Trump told The Washington Post he was “not quite there yet”", "As Clinton told the Daily News, tax relief is
  given …": the small parser makes the clause after the addressee the sentence's main clause and the cue a
  clause of its own below it (advcl, ccomp, parataxis), so the cue seems to tell nothing. When the subject of
  the verb above opens right after the addressee (or its comma), that verb's clause is what was told.
- "The Internet has also made it possible …, she said.": a closing "…, she said" the parser hangs below the
  sentence's verb (advcl) or beside a fragment, so it seems to report nothing. When the cue's subject follows
  the comma at once and nothing but punctuation or the occasion follows the cue, what stands before is said.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues, occasions
from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span, _trim_punct
from saywho.analyse.attributions.reported_speech import _draft_for

TELLING_LEMMAS = {"tell", "inform", "assure", "remind"}
SUBJECTS = {"nsubj", "nsubjpass", "expl"}
BELOW = {"advcl", "ccomp", "parataxis"}


def add_told_clause(drafts: dict[int, Draft], cue: Token, quote_map: QuoteMap) -> None:
    """ "X told Y[,] clause" where the clause is the verb above the cue, opening right after the addressee."""
    if cue.lemma_.lower() not in TELLING_LEMMAS or cue.dep_ not in BELOW or cue.head.i <= cue.i:
        return
    if cue.i in drafts and drafts[cue.i].content or cues.complement_of(cue) is not None:
        return
    addressee = next((c for c in cue.children if c.dep_ == "dobj"), None)
    verb = cue.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i > cue.i), None)
    if addressee is None or subject is None or not _addressed(addressee):
        return
    gap = cue.doc[addressee.right_edge.i + 1: subject.left_edge.i]
    if any(not t.is_punct or t.text != "," for t in gap):
        return
    below = {t.i for t in cue.subtree}
    tokens = _trim_punct([t for t in verb.subtree if t.i >= subject.left_edge.i and t.i not in below and not t.is_space])
    if len(tokens) >= 3:
        _draft_for(drafts, cue).content.append(_char_span(tokens))


def _addressed(token: Token) -> bool:
    """Whom the words went to: a name, an organisation, a pronoun or the reporters."""
    return token.pos_ in {"PROPN", "PRON"} or token.ent_type_ in {"PERSON", "ORG", "NORP"} \
        or token.lemma_.lower() in {"reporter", "journalist", "audience", "crowd", "supporter"}


CLOSING_LEMMAS = {"say", "add", "note", "explain", "write", "argue", "insist", "claim", "report", "confirm", "announce",
                  "tweet", "predict", "warn", "acknowledge", "tell"}
# When words were said: the occasion may follow the closing cue ("…, she said on Tuesday.")
WHEN_PREPOSITIONS = {"on", "in", "at", "during", "after", "before", "by"}
WHEN_WORDS = {"today", "yesterday", "recently", "later", "earlier", "again", "also", "too", "then", "afterward"}
MIN_WORDS = 4
# A dash after the closing cue opens the writer's own gloss on the news.
GLOSS_DASHES = {"--", "—", "–"}


def add_closing_frame(drafts: dict[int, Draft], cue: Token, quote_map: QuoteMap) -> None:
    """ "…, she said." closing a sentence whose parse hangs the cue below the sentence's verb or beside it."""
    if cue.lemma_.lower() not in CLOSING_LEMMAS or cues.complement_of(cue) is not None:
        return
    framing = drafts.get(cue.i)  # a draft of the cue's own: only quotations it frames may stand in the clause
    if framing is not None and (framing.content or not framing.quotes):
        return
    subject = max((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), key=lambda c: c.i, default=None)
    frame = subject if subject is not None else _inverted_frame(cue)
    if frame is None or frame.left_edge.i < 1 or cue.doc[frame.left_edge.i - 1].text != ",":
        return
    if subject is not None and not _closes_sentence(cue, quote_map):
        return
    words = _trim_punct([t for t in cue.doc[_said_from(cue, frame): frame.left_edge.i - 1] if not t.is_space])
    if len([t for t in words if not t.is_punct]) < MIN_WORDS or not any(t.pos_ in {"VERB", "AUX"} for t in words):
        return
    if all(quote_map.inside(t) for t in words if not t.is_punct):
        return  # a quotation speaks for itself
    start, end = _char_span(words)
    if framing is not None and not all(start <= q.open_mark and q.outer[1] <= end for q in framing.quotes):
        return  # quoted words of its own the cue frames, not only words quoted in passing inside the clause
    _draft_for(drafts, cue).content.append((start, end))


def _inverted_frame(cue: Token) -> Token | None:
    """ "…, but it is under intense pressure from Asian imports, said the company's chief executive, John Ferriola.":
    the cue (the parser coordinated it with the verb before) right after a comma, then its subject to the sentence's
    end; the cue itself stands for the frame's start."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i), None)
    if subject is None or cue.doc[cue.i - 1].text != ",":
        return None
    rest = cue.doc[subject.right_edge.i + 1: cue.sent.end]
    return cue if all(t.is_punct or t.is_space for t in rest) else None


def _said_from(cue: Token, subject: Token) -> int:
    """Where the words before ", she said" start: the cue's sentence, or the one before it in the same paragraph
    where the parser ended that one right before the comma."""
    start = cue.sent.start
    comma = subject.left_edge.i - 1
    if comma != start or start == 0 or "\n" in cue.doc[start - 1].text:
        return start
    return cue.doc[start - 1].sent.start


def _closes_sentence(cue: Token, quote_map: QuoteMap) -> bool:
    """Only when it was said ("on Tuesday", "in an interview") and a full stop follow the cue in its sentence: not
    an aside's comma ("proof, the government argued, of …"), a colon, an object ("said a lot") or "added to"."""
    after = [t for t in cue.doc[cue.i + 1: cue.sent.end] if not t.is_space]
    gloss = next((i for i, t in enumerate(after) if t.text in GLOSS_DASHES), None)
    after = after if gloss is None else after[:gloss]  # "…, the CBO reported on Tuesday -- a development that …"
    after = _before_a_participle(after, cue)
    if any(quote_map.inside(t) or t.text in {",", ":", ";", "—", "-", "–"} for t in after):
        return False
    return all(t.is_punct or _when_said(part := _below_cue(t, cue)) or _told_to(part, cue) for t in after)


def _before_a_participle(after: list[Token], cue: Token) -> list[Token]:
    """ "She had struggled her whole life, Cruz explained, recalling the time …": what the speaker did next, hung on
    the cue after a comma, is no part of what was said, and the frame closes the clause before it."""
    for position, token in enumerate(after[:-1]):
        following = after[position + 1]
        if token.text == "," and following.tag_ == "VBG" and following.head.i == cue.i and following.dep_ == "advcl":
            return after[:position]
    return after


def _told_to(part: Token, cue: Token) -> bool:
    """ "…, his top aide, Tad Devine, told The Huffington Post.": whom a closing "told" addressed."""
    return part.dep_ == "dobj" and part.head.i == cue.i and cue.lemma_.lower() in TELLING_LEMMAS and _addressed(part)


def _below_cue(token: Token, cue: Token) -> Token:
    """The child of `cue` whose phrase holds `token` (`token` itself where none does)."""
    node = token
    while node.head.i != cue.i and node.head.i != node.i:
        node = node.head
    return node if node.head.i == cue.i else token


def _when_said(part: Token) -> bool:
    if part.head.i != part.i and occasions.occasion(part):
        return True
    if part.dep_ in {"npadvmod", "advmod"}:
        return part.lower_ in WHEN_WORDS or part.ent_type_ in {"DATE", "TIME"}
    objects = [c for c in part.children if c.dep_ == "pobj"]
    return part.dep_ == "prep" and part.lower_ in WHEN_PREPOSITIONS and bool(objects) \
        and objects[0].ent_type_ in {"DATE", "TIME"}


def add_misread_participle(drafts: dict[int, Draft], cue: Token, quote_map: QuoteMap) -> None:
    """ "Multiple outlets reported on Wednesday the Secret Service had “more than one conversation” …": the parser
    read the cue as a participle on its subject and made the reported clause the sentence, with two subjects. The
    clause from its own subject on is what was reported."""
    noun = cue.head
    if not cues.read_as_participle(cue) or noun.dep_ != "nsubj" or noun.i > cue.i \
            or cue.lemma_.lower() not in CLOSING_LEMMAS or cue.i in drafts:
        return
    verb = noun.head
    said = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > cue.right_edge.i), None)
    if said is None or verb.i < said.i or said.left_edge.i != cue.right_edge.i + 1 or quote_map.inside(said):
        return
    tokens = _trim_punct([t for t in verb.subtree if t.i >= said.left_edge.i and not t.is_space])
    if len(tokens) >= MIN_WORDS:
        _draft_for(drafts, cue).content.append(_char_span(tokens))
