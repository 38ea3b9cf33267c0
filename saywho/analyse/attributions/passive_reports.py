"""A passive report with its agent: "The meeting was first reported by Politico", "The plan was criticized by several
council members" (issue 12, s27-recall). The subject is what was said, the agent who said it. PolNeAR marks them
so; the rules saw no frame in them (no object, no clause), so they were missed. Only verbs whose active form with
an object the annotators counted as a cue often enough (the cue table's "object" frame): on PolNeAR train, 41 of the
61 such passives with an agent were gold attributions, against 105 of 542 passives with an agent of any verb."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues
from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span, _trim_punct
from saywho.analyse.attributions.reported_speech import ADDRESSEE_LEMMAS
from saywho.analyse.attributions.sources import QUOTING_LEMMAS


def add_passive_report(drafts: dict[int, Draft], verb: Token, quote_map: QuoteMap) -> None:
    """`verb`, passive with a subject and a "by" agent, reports its subject, said by the agent."""
    if verb.i in drafts or not _reports_when_active(verb) or verb.lemma_.lower() in QUOTING_LEMMAS:
        return  # "Brandt was quoted by the Post as saying …": the subject is who said it, not what
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subject is None or speaker is None or subject.lower_ in EMPTY_SUBJECTS:
        return
    content = _trim_punct(list(subject.subtree))
    source = _trim_punct(_without_as_phrase(speaker))
    if not content or not source or any(quote_map.inside(t) for t in [*content, *source]):
        return
    drafts[verb.i] = Draft(cue=[verb], content=[_char_span(content)], source=_char_span(source), source_head=speaker)


# A subject that stands for something said elsewhere ("which was reported by …", "it was reported by …") gives no
# words of its own.
EMPTY_SUBJECTS = {"it", "which", "that", "this", "who"}


def _without_as_phrase(speaker: Token) -> list[Token]:
    """ "were interpreted by some as a threat": the parser hangs what the subject was taken for on the agent."""
    taken_for = {t.i for c in speaker.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
    return [t for t in speaker.subtree if t.i not in taken_for]


def _reports_when_active(verb: Token) -> bool:
    """A verb whose active form with an object reports: not one whose object is the one addressed ("was asked by a
    caller why …": the question is what was said), nor one whose object feels ("was rattled by")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in cues.PERCEPTION_LEMMAS | cues.EXPERIENCER_OBJECT_LEMMAS | ADDRESSEE_LEMMAS:
        return False
    return cues.frame_passes(verb, cues.OBJECT, cues.active())
