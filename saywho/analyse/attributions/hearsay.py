"""Hearsay adverbs (issue 12, s27-recall): "The FBI is reportedly making arrangements to interview Clinton" attributes
the clause to unnamed reports. PolNeAR makes the adverb the cue and the clause around it the content, in two pieces
where the adverb stands inside it, with no source (on train, 19 of 29 "reportedly"). "Allegedly" is left alone: 2 of
its 12 were attributions. The writer's-voice hedge of the same word is voice.py's, and stays."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues
from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span, _trim_punct

HEARSAY_ADVERBS = {"reportedly"}
# What stands beside the clause the adverb qualifies: "…, as it nears the end of its inquiry", "…, and he left".
OTHER_CLAUSES = {"advcl", "conj", "cc", "parataxis", "mark"}
MIN_WORDS = 3


def add_hearsay(drafts: dict[int, Draft], adverb: Token, quote_map: QuoteMap) -> None:
    """`adverb` ("reportedly") on a verb: the verb's clause, without the adverb, is what the unnamed reports say."""
    verb = adverb.head
    if adverb.lower_ not in HEARSAY_ADVERBS or adverb.dep_ != "advmod" or verb.pos_ not in {"VERB", "AUX"}:
        return
    if quote_map.inside(adverb) or verb.i in drafts or cues.is_cue(verb):
        return  # "he reportedly argued that …": the verb's own attribution, whose cue takes the adverb in
    left_out = {t.i for c in verb.children if c.dep_ in OTHER_CLAUSES for t in c.subtree} | {adverb.i}
    clause = [t for t in verb.subtree if t.i not in left_out and not t.is_space and t.sent == adverb.sent]
    before = _trim_punct([t for t in clause if t.i < adverb.i])
    after = _trim_punct([t for t in clause if t.i > adverb.i])
    if len([t for t in before + after if not t.is_punct]) < MIN_WORDS or any(quote_map.inside(t) for t in clause):
        return
    drafts[adverb.i] = Draft(cue=[adverb], cue_drawn=True, content=[_char_span(p) for p in (before, after) if p])
