"""The features a learned model reads to say whether the article names a source (the rules' naming otherwise).

The rules (profiles.py, `_naming`) read the source mention alone: "the campaign", "who", "the
newspaper" are `unnamed` to them though the article names the campaign, the person or the paper
elsewhere, and the guidelines make those `named`. The model (the role model's class, trained on the
same hand-checked samples by `tools/train_role_model.py --field naming`; model card in
docs/model-card.md) weighs the mention's words, the words of its entity's other mentions, the
profile's kind and role and the rules' own answer. Where it is sure enough it replaces the rules'
naming (`refine_roles` applies it with the role model).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from saywho.analyse.profile_evidence import RoleEvidence

NAMING_MODEL_FILE = "naming_model.json"
UNKNOWN = "unknown"  # the rules' "don't know": an unresolved pronoun or relative


def naming_features(evidence: RoleEvidence) -> list[str]:
    """The rules' naming, the profile's kind and role, the mention's words and its entity's."""
    e = evidence
    source = [w for w in e.source if w.strip()]
    features = [f"rule={e.naming}", f"kind={e.kind}", f"role={e.rule}", f"type={e.speaker_type or 'none'}",
                f"rule|kind={e.naming}|{e.kind}", f"rule|type={e.naming}|{e.speaker_type or 'none'}",
                f"mentions={min(e.mentions, 5)}", f"length={min(len(source), 4)}",
                f"first={source[0] if source else ''}", f"head={source[-1] if source else ''}",
                f"roles={'yes' if e.entity_roles else 'no'}", f"about={'lead' if e.in_lead else 'other'}"]
    features += sorted({f"src={w}" for w in source})
    features += sorted({f"desc={w}" for w in e.described})
    return features
