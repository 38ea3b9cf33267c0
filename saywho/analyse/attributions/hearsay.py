"""Hearsay: what unnamed others say or expect.

Adverbs (issue 12, s27-recall): "The FBI is reportedly making arrangements to interview Clinton" attributes the clause
to unnamed reports. PolNeAR makes the adverb the cue and the clause around it the content, in two pieces where the
adverb stands inside it, with no source (on train, 19 of 29 "reportedly"). "Allegedly" is left alone: 2 of its 12
were attributions. The writer's-voice hedge of the same word is voice.py's, and stays.

Passives without an agent (s28-expected): "Ryan is expected to fill the role" reports what unnamed people expect;
PolNeAR makes "is expected" the cue and the subject with the infinitive the content, with no source (on train, 70 of
83 such passives of "expect"; "is said to", "is reported to" 5 of 5). "Is supposed to" (0 of 26), "is scheduled to"
(2 of 20) and "is believed to" (0 of 3) are no one's report."""

from __future__ import annotations

from spacy.tokens import Span, Token

from saywho.analyse import cues
from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span, _trim_punct

HEARSAY_ADVERBS = {"reportedly"}
# What stands beside the clause the adverb qualifies: "…, as it nears the end of its inquiry", "…, and he left".
OTHER_CLAUSES = {"advcl", "conj", "cc", "parataxis", "mark"}
MIN_WORDS = 3
UNNAMED_REPORT_LEMMAS = {"expect", "say", "report", "rumor", "rumour"}


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


def reported_by_no_one_named(verb: Token) -> bool:
    """ "X is expected to …", "is said to": a passive of reporting with an infinitive and no agent, outside a headline
    ("Aide Expected To Be Indicted" is the headline's own claim, issue 13)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in UNNAMED_REPORT_LEMMAS:
        return False
    deps = {c.dep_ for c in verb.children}
    return {"nsubjpass", "xcomp"} <= deps and "agent" not in deps and not title_case(verb.sent)


def title_case(sentence: Span) -> bool:
    """A headline: nearly every word capitalised, small words too ("Aide Expected To Be Indicted")."""
    words = [t for t in sentence if t.is_alpha]
    capitalised = sum(t.text[0].isupper() for t in words)
    return len(words) >= 4 and capitalised >= 0.8 * len(words) and any(t.is_stop and t.text[0].isupper() for t in words[1:])
