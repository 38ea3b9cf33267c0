"""Joining the span tagger's sources, cues and contents into attributions.

The tagger says which tokens are a source, a cue or a content, not which go
together. Two ways:
- combined with the rules (`combine`): a tagged span belongs to the rule
  attribution whose span of the same role it overlaps most; an attribution none
  of whose cue or content the tagger tags is dropped, and a source the rules
  did not find is taken from the tags;
- the tagger alone (`link_tagged`): by the sentence, each cue takes the contents
  of its sentence and the nearest source there.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import numpy
from spacy.tokens import Doc

from saywho.analyse.doc_data import SourceLink
from saywho.analyse.sentences import sentence_starts, text_of
from saywho.analyse.span_features import ROLES, spans_per_role
from saywho.document import (
    ACCORDING_TO,
    INDIRECT,
    PARTIAL,
    Attribution,
    Kind,
    Segment,
    paragraph_index,
)

Span = tuple[int, int]


@dataclass
class Link:
    """An attribution being linked: its spans per role, and what the rules knew of it."""

    roles: dict[str, list[Span]]
    rule: Attribution | None = None
    source: SourceLink = field(default_factory=SourceLink)  # where the source is, as speakers.py reads it
    tagged: dict[str, list[Span]] = field(default_factory=lambda: {role: [] for role in ROLES})


def combine(
    doc: Doc, tagged: dict[str, list[Span]], rules: list[Attribution], sources: list[SourceLink],
    content_edges: str = "rules",
) -> tuple[list[Attribution], list[SourceLink]]:
    """The rules' attributions that the tagger confirms, with a role the rules left empty filled from the tags.

    A rule attribution stands when the tagger tags part of its cue as a cue or part of
    its content as a content (a quotation carried over from the one before always does).
    The rules keep their own spans: on PolNeAR dev the CNN tagger's edges were worse than
    the rules' (docs/model-card.md), while its doubt about a whole attribution was right.
    `content_edges="tagged"` takes the tagger's content instead where it and the rules' are
    one span each (with a BiLSTM tagger, a little better on dev; see `_tagged_content`)."""
    links = [Link(spans_per_role(a), a, source) for a, source in zip(rules, sources)]
    leftovers = {role: _claim(links, role, tagged[role]) for role in ROLES}
    confirmed: list[Link] = []
    dropped: list[Link] = []
    for each in links:
        (confirmed if each.tagged["cue"] or each.tagged["content"] or _carried_over(each) else dropped).append(each)
    links = [*confirmed, *_nested_in(confirmed, dropped)]
    if content_edges == "tagged":
        _tagged_content(links)
    sentence_of = _sentence_finder(doc)
    for span in leftovers["source"]:  # no rule source overlaps it: give it to a sourceless attribution nearby
        if (link := _attach(links, "source", span, sentence_of, need_empty=True)) is not None:
            link.source = SourceLink(head=_head_of(doc, link.roles["source"]))
    return _finish(doc, links, rules)


def _nested_in(confirmed: list[Link], dropped: list[Link]) -> list[Link]:
    """The dropped attributions whose cue stands inside a confirmed one's content ("urged Hale to resign for
    claiming the strike was illegal"): PolNeAR gives a token one role in one attribution, so the tagger, trained
    on it, tags such a cue as the outer content and cannot confirm it; its silence there says nothing."""
    contents = _characters_of(span for link in confirmed for span in link.roles["content"])
    return [link for link in dropped if link.roles["cue"] and _characters_of(link.roles["cue"]) <= contents]


def link_tagged(doc: Doc, tagged: dict[str, list[Span]]) -> tuple[list[Attribution], list[SourceLink]]:
    """Attributions from the tags alone: each cue takes the contents and the source of its sentence."""
    links = [Link({"source": [], "cue": [cue], "content": []}) for cue in tagged["cue"]]
    sentence_of = _sentence_finder(doc)
    for span in tagged["content"]:
        _attach(links, "content", span, sentence_of, need_empty=False)
    for span in tagged["source"]:
        if (link := _attach(links, "source", span, sentence_of, need_empty=True)) is not None:
            link.source = SourceLink(head=_head_of(doc, link.roles["source"]))
    return _finish(doc, [link for link in links if link.roles["content"]], [])


def _tagged_content(links: list[Link]) -> None:
    """The tagged content in place of the rules' where each is one span: where either is in pieces the
    two readings disagree about more than an edge, and taking the tags there lowered exact F1 on dev."""
    for link in links:
        if len(link.tagged["content"]) == 1 and len(link.roles["content"]) == 1:
            link.roles["content"] = list(link.tagged["content"])


def _carried_over(link: Link) -> bool:
    return link.source.carried_from is not None


def _claim(links: list[Link], role: str, spans: list[Span]) -> list[Span]:
    """Give each tagged span to the link whose spans of that role it overlaps most (the first such
    link on a tie); the spans that overlap none are returned."""
    owned = [(s, e, n) for n, link in enumerate(links) for s, e in link.roles[role]]
    if not owned or not spans:
        return list(spans)
    starts, ends, owners = (numpy.array(column) for column in zip(*owned))
    tagged = numpy.array(spans)
    overlaps = numpy.minimum(ends, tagged[:, 1:]) - numpy.maximum(starts, tagged[:, :1])  # (tagged, owned)
    per_link = numpy.zeros((len(spans), len(links)), dtype="int64")
    numpy.add.at(per_link.T, owners, numpy.maximum(overlaps, 0).T)
    leftover = []
    for span, best, most in zip(spans, per_link.argmax(axis=1).tolist(), per_link.max(axis=1).tolist()):
        if most > 0:
            links[best].tagged[role].append(span)
        else:
            leftover.append(span)
    return leftover


def _sentence_finder(doc: Doc):
    starts = sentence_starts(doc)

    def sentence_of(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    return sentence_of


def _attach(links: list[Link], role: str, span: Span, sentence_of, need_empty: bool) -> Link | None:
    """Join the nearest link whose cue stands in the span's sentence (for a source: one without a source)."""
    sentence = sentence_of(span[0])
    candidates = [
        link for link in links
        if link.roles["cue"] and sentence_of(link.roles["cue"][0][0]) == sentence
        and not (need_empty and link.roles[role])
    ]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda link: abs(link.roles["cue"][0][0] - span[0]))
    nearest.roles[role] = sorted([*nearest.roles[role], span])
    return nearest


def _head_of(doc: Doc, spans: list[Span]) -> int | None:
    """The token of a source phrase that the rest hangs from (its head lies outside the phrase)."""
    tokens = [t for s, e in spans for t in doc.char_span(s, e, alignment_mode="expand") or []]
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    nouns = [t for t in roots if t.pos_ in {"PROPN", "NOUN", "PRON"}]
    return (nouns or roots or tokens)[-1].i if tokens else None


def _finish(doc: Doc, kept: list[Link], rules: list[Attribution]) -> tuple[list[Attribution], list[SourceLink]]:
    kept.sort(key=lambda link: min(link.roles["content"])[0])
    position = {id(link.rule): n for n, link in enumerate(kept) if link.rule is not None}
    attributions, sources = [], []
    for number, link in enumerate(kept, 1):
        attributions.append(_attribution(doc, link, number))
        source = link.source
        if source.carried_from is not None:  # carried over from another rule attribution: point at its new place
            target = rules[source.carried_from] if source.carried_from < len(rules) else None
            source = SourceLink(carried_from=position[id(target)]) if id(target) in position else SourceLink()
        sources.append(source)
    return attributions, sources


def _attribution(doc: Doc, link: Link, number: int) -> Attribution:
    text = text_of(doc)
    content = link.roles["content"]
    quoted = [(q.start, q.end) for q in doc._.quotes or [] if any(s <= q.open_mark and q.end <= e for s, e in content)]
    cue = link.rule.cue if link.rule is not None else Segment.of(text, link.roles["cue"])
    kind = link.rule.kind if link.rule is not None else _kind(cue, quoted)
    return Attribution(
        id=f"a{number}",
        kind=kind,
        cue=cue,
        content=Segment.of(text, content),
        source=Segment.of(text, link.roles["source"]) if link.roles["source"] else None,
        speaker=None,
        paragraph=paragraph_index(doc._.paragraphs or [(0, len(text))], content[0][0]),
        quoted=link.rule.quoted if link.rule is not None and link.rule.content.spans == content else quoted,
        negated=link.rule.negated if link.rule is not None else False,  # "did not say": the rules' reading
    )


def _kind(cue: Segment | None, quoted: list[Span]) -> Kind:
    if cue is not None and cue.text.lower().startswith("according"):
        return ACCORDING_TO
    return PARTIAL if quoted else INDIRECT


def unclaimed_cue_verbs(doc: Doc, tagged_cues: list[Span], attributions: list[Attribution]) -> frozenset[int]:
    """The verbs of the tagged cues that touch no attribution's spans: cues the rules passed over."""
    taken = _characters(attributions)
    verbs: set[int] = set()
    for start, end in tagged_cues:
        if taken.isdisjoint(range(start, end)):
            verbs |= {i for i in _token_indices(doc, [(start, end)]) if doc[i].pos_ == "VERB"}
    return frozenset(verbs)


Linked = tuple[list[Attribution], list[SourceLink]]


def with_tagged_cues(doc: Doc, kept: Linked, drawn: Linked, verbs: frozenset[int]) -> Linked:
    """The kept attributions, with those the rules drew around the tagged cues' `verbs` (`drawn`, from a second
    run of the rules) that share no character with any attribution taken before them."""
    attributions, sources = kept
    taken = _characters(attributions)
    links = [Link(spans_per_role(a), a, source) for a, source in zip(attributions, sources)]
    for attribution, source in zip(*drawn):
        roles = spans_per_role(attribution)
        spans = [span for role_spans in roles.values() for span in role_spans]
        if verbs.isdisjoint(_token_indices(doc, roles["cue"])) or not taken.isdisjoint(_characters_of(spans)):
            continue
        if source.carried_from is not None:  # an index into `drawn`, which _finish reads after `kept`
            source = SourceLink(carried_from=source.carried_from + len(attributions))
        links.append(Link(roles, attribution, source))
        taken |= _characters_of(spans)
    return _finish(doc, links, [*attributions, *drawn[0]])


def _characters(attributions: list[Attribution]) -> set[int]:
    return _characters_of(span for a in attributions for spans in spans_per_role(a).values() for span in spans)


def _characters_of(spans) -> set[int]:
    return {i for start, end in spans for i in range(start, end)}


def _token_indices(doc: Doc, spans: list[Span]) -> set[int]:
    return {t.i for start, end in spans for t in doc.char_span(start, end, alignment_mode="expand") or []}
