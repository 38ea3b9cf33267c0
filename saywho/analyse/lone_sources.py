"""A source the speakers step ties to no one: what its profile is read from (for profiles.py).

"He said" with no he the ranker is sure of, "many said", "both said": the attribution keeps
no speaker (a wrong name is worse than none), but the source still has a profile. It is
read from the mention itself: a he, she or I is a person, of the gender the pronoun says,
and one the article names (it calls by a pronoun the people it has named; the ones it
only describes the rules resolve to their description). Its role is the one the article
gives the person the resolver's rules would choose, whom the ranker found too weak to
name: on the hand-checked samples (docs/corpus.md) that person's role is right far more
often than a role of "not stated". The name itself is never given.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from saywho.analyse.mention_phrases import counts_a_share, share_text, with_hyphenated_rest
from saywho.analyse.speaker_readings import DEFAULT_SETTINGS, ResolverSettings
from saywho.analyse.speakers import Resolver
from saywho.document import Attribution, Entity, Speaker

# The pronouns a lone source may be: one person the article has in view.
PERSONAL = {"he", "she", "i"}
# People, though which people the article leaves open ("they said", "we believe").
SOME_PEOPLE = {"they", "we"}
# Two people the article has just named ("Trump and Clinton ... Both said").
THE_TWO = {"both"}


def mention_as_speaker(head: Token) -> Speaker:
    """The source mention as an unnamed speaker: a pronoun the resolver could not tie, or a description
    ("many", "both") it could not take up."""
    word = head.lower_
    if word in PERSONAL or word in SOME_PEOPLE:
        return Speaker(name=head.text, type="PERSON", named=False, resolved_by="unresolved")
    if word in THE_TWO:
        return Speaker(name=head.text, type="PERSON", named=True, resolved_by="unnamed")
    return Speaker(name=_mention_text(head), type="UNKNOWN", named=False, resolved_by="unnamed")


class RulesChoice:
    """The entity the resolver's rules (without the ranker) choose for a he or she the ranker left untied,
    with the speakers of the attributions before it as candidates too. `resolver`: the speakers step's,
    whose readings of the text are reused; otherwise one is made on first use (most articles have no
    such pronoun)."""

    def __init__(self, doc: Doc, entities: dict[str, Entity], attributions: list[Attribution],
                 settings: ResolverSettings = DEFAULT_SETTINGS, resolver: Resolver | None = None):
        self.doc, self.entities, self.attributions, self.settings = doc, entities, attributions, settings
        self.resolver = resolver

    def candidate(self, index: int, head: Token) -> Entity | None:
        """For the he or she at `head`, the source of `attributions[index]`."""
        if head.lower_ not in {"he", "she"}:
            return None
        if self.resolver is None:
            self.resolver = Resolver(self.doc, self.entities, None, settings=self.settings)
        # as a resolver made afresh for this pronoun: the speakers so far, no gender another pronoun taught it
        resolver = self.resolver.replaying(None)
        for earlier in self.attributions[:index]:
            if earlier.speaker is not None:
                resolver.spoke(earlier)
        found = resolver.pronoun_antecedent(head)
        return self.entities.get(found.entity) if found is not None and found.entity else None


def _mention_text(head: Token) -> str:
    """The head word with the words before it in its phrase: "Both", "many of them" → "many"; a share whole ("Nine in
    10 voters")."""
    if counts_a_share(head):
        return share_text(head)
    words = [t for t in head.lefts if t.dep_ in {"det", "amod", "nummod", "compound", "predet"}]
    return " ".join([*(t.text for t in words), "".join(t.text for t in with_hyphenated_rest([head]))])
