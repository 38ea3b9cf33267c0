"""The rules' role for each source of a test article, as the profile step reads it before the learned role
model (saywho/analyse/role_model.py) fills in the roles the rules leave `not stated`."""

from __future__ import annotations

from spacy.tokens import Doc

from saywho.analyse.role_model import EVIDENCE_KEY
from saywho.nlp import load_pipeline
from saywho.pipeline import make_doc


def analysed_with_evidence(text: str) -> Doc:
    """The article analysed with the evidence the learned profile models read kept in `user_data`."""
    nlp = load_pipeline(None)
    doc = make_doc(nlp, text)
    doc.user_data[EVIDENCE_KEY] = {}
    return nlp(doc)


def rules_roles(text: str) -> dict[str, str]:
    """Source text → the rules' role, for every attribution with a profile."""
    doc = analysed_with_evidence(text)
    evidence = doc.user_data[EVIDENCE_KEY]
    return {a.source.text: evidence[a.id]["rule"] for a in doc._.attributions if a.id in evidence}
