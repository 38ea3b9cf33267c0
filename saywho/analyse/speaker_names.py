"""A speaker is someone: a name or a description, never only the word that stood for them.

The resolver leaves a mention it cannot tie to anyone as the text words it. That is
right for "a 33-year-old woman", but "he", "I", "those", "that" or "a statement" shown
as a speaker's name tells a reader nothing and groups strangers under one word. So,
once every source is resolved, a speaker whose name names no one is
- the issuer, where the source is a notice someone put out ("the campaign issued a
  statement saying …" → the campaign);
- the source's own words, where they say more than the head ("one of his aides",
  "those surveyed");
- and otherwise no one: the attribution keeps its source, with no speaker (shown as
  unknown) rather than a pronoun for a name. An "I" the reporting sentence leaves
  unquoted ("Ruiz said that I told her …") is the writer's, whom the analysis does
  not name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from saywho.analyse.doc_data import SourceLink
from saywho.document import Attribution, Segment, Speaker

# Words that only point at someone: pronouns (personal, relative, demonstrative, indefinite) and determiners.
POINTING_WORDS = frozenset("""
i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its itself
we us our ours ourselves they them their theirs themselves one ones who whom whose which what whoever
this that these those someone somebody something anyone anybody everyone everybody nobody none no
a an the some any each every all both either neither another such other others many several few most more
""".split())
# Notices that someone issues: the speaker is who put it out, not the paper.
ISSUED = frozenset({"statement", "statements", "release", "announcement", "update", "notice", "communique"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def names_no_one(name: str) -> bool:
    """ "he", "that those", "a statement", "UPDATE", ".": words that stand for someone without saying who."""
    words = [word.lower() for word in _WORD.findall(name)]
    if not words:
        return True
    return all(word in POINTING_WORDS for word in words[:-1]) and (words[-1] in POINTING_WORDS | ISSUED)


def name_the_nameless(doc: Doc, attributions: list[Attribution], sources: list[SourceLink], resolve) -> None:
    """Give every speaker whose name names no one a better one, or none. `resolve(token, attribution)` is the
    resolver's reading of a mention (for the issuer of a statement)."""
    by_source = {a.source.start: a for a in attributions if a.source is not None}
    for attribution, source in zip(attributions, sources):
        speaker = attribution.speaker
        if speaker is None or not names_no_one(speaker.name):
            continue
        if source.carried_from is not None:
            earlier = attributions[source.carried_from].speaker
            attribution.speaker = replace(earlier, resolved_by="carry-over") if earlier is not None else None
            continue
        if (taken_up := _taken_up_as_renamed(speaker, by_source)) is not None:
            attribution.speaker = taken_up  # "One, a 17-year-old junior …, said …. “…,” she said"
            continue
        head = doc[source.head] if source.head is not None else None
        attribution.speaker = _issuer(head, attribution, resolve) or _issued_before(head, attribution, attributions) \
            or _described_by_source(speaker, attribution)


def _taken_up_as_renamed(speaker: Speaker, by_source: dict[int, Attribution]) -> Speaker | None:
    """A pronoun standing for an unnamed speaker whose own attribution came before it, named by then as its source's
    words say."""
    if speaker.resolved_by != "pronoun" or speaker.named or speaker.antecedent is None:
        return None
    earlier = by_source.get(speaker.antecedent)
    if earlier is None or earlier.speaker is None or names_no_one(earlier.speaker.name):
        return None
    return replace(earlier.speaker, resolved_by="pronoun", antecedent=speaker.antecedent)


def _issuer(head: Token | None, attribution: Attribution, resolve) -> Speaker | None:
    """ "both men issued a statement saying …": the subject of the verb that put the notice out."""
    if head is None or head.lower_ not in ISSUED or head.dep_ != "dobj":
        return None
    subjects = [child for child in head.head.children if child.dep_ == "nsubj"]
    if not subjects:
        return None
    speaker = resolve(subjects[0], attribution)
    return speaker if speaker is not None and not names_no_one(speaker.name) else None


def _issued_before(head: Token | None, attribution: Attribution, attributions: list[Attribution]) -> Speaker | None:
    """ "Prairie Gold … said in a statement on Thursday that … / “We respect …,” the statement said": the notice is the
    latest one an attribution of its paragraph or the two before tells of its speaker putting out; unnamed (PolNeAR's
    speaker gold takes a notice for a source of its own), with that speaker, where named, as where it comes from."""
    if head is None or head.lower_ not in ISSUED or not any(c.lower_ == "the" for c in head.children) \
            or attribution.cue is None or not attribution.cue.spans:
        return None
    cue_start = attribution.cue.spans[0][0]
    earlier = [a for a in attributions if a.cue is not None and a.cue.spans and a.cue.spans[0][0] < cue_start]
    for before in reversed(earlier):
        if attribution.paragraph - before.paragraph > 2:
            return None
        if _put_out_by(head, before):  # the latest notice put out, whoever's: "the campaign said in a statement"
            issuer = before.speaker
            if issuer is None or not issuer.named:
                return None
            notice = head.doc[head.left_edge.i: head.i + 1].text
            return Speaker(name=f"{notice} by {issuer.name}", type=issuer.type, named=False, resolved_by="unnamed",
                           affiliation=issuer.name)
    return None


PUTTING_OUT = frozenset({"issue", "release", "put", "send", "post", "publish", "circulate"})


def _put_out_by(notice: Token, attribution: Attribution) -> bool:
    """Whether the attribution's own words tell of a notice of that name as its speaker's: "Fox News said in a
    statement", "the Holocaust Museum issued a statement"; not "The Times said Cook provided a written statement"."""
    doc, cue, source = notice.doc, attribution.cue, attribution.source
    for start, end in (cue.spans if cue is not None else []):
        span = doc.char_span(start, end, alignment_mode="expand")
        for word in (t for t in (span[0].sent if span else []) if t.lower_ == notice.lower_):
            if word.head.lower_ in {"in", "through", "via"} and _within(word.head.head, cue):
                return True
            if word.dep_ == "dobj" and word.head.lemma_.lower() in PUTTING_OUT and any(
                    c.dep_ == "nsubj" and _within(c, source) for c in word.head.children):
                return True
    return False


def _within(token: Token, segment: Segment | None) -> bool:
    return segment is not None and any(start <= token.idx < end for start, end in segment.spans)


def _described_by_source(speaker: Speaker, attribution: Attribution) -> Speaker | None:
    """ "one of his warm-up speakers", "those surveyed": the source's words, when they say more than its head."""
    if attribution.source is None or len(attribution.source.spans) != 1:
        return None
    text = attribution.source.text.strip(" ,;:—–-")
    if names_no_one(text):
        return None
    return replace(speaker, name=text, named=False, resolved_by="unnamed", entity=None, antecedent=None)
