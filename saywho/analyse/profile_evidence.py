"""What the article says about one source, gathered once by the profile step for the learned
role and naming models (role_model.py, naming_model.py), which read it as features."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RoleEvidence:
    """What the article says about one source, as plain words (JSON-friendly: the training script keeps it)."""

    rule: str  # the rules' role
    kind: str
    naming: str
    speaker_type: str  # PERSON, ORG, GPE, or "" (no entity)
    source: list[str] = field(default_factory=list)  # the source mention's words
    described: list[str] = field(default_factory=list)  # every mention's words (mention_roles.role_words)
    entity_roles: list[str] = field(default_factory=list)  # the entity's roles and titles, as words
    near: list[str] = field(default_factory=list)  # lemmas near the entity's mentions (or near the source)
    mentions: int = 0
    mention_share: float = 0.0  # of all the article's mentions of entities: who the article is about
    in_lead: bool = False  # named in the first paragraph
    race_words: int = 0  # the article's words of an election race: its subject, not this person's role

    def key(self) -> tuple:
        """Every field, hashable (lists as tuples): equal evidence, equal key."""
        return tuple(tuple(value) if isinstance(value, list) else value for value in vars(self).values())
