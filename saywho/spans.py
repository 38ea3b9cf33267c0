"""Who draws the attributions' spans: a setting read by the pipeline, the evaluators and the CLI.

- "rules": saywho's rules alone (saywho/analyse/attributions/);
- "combined": the trained span tagger redraws the rules' attributions and adds
  those they missed (saywho/analyse/span_model.py);
- "model": the tagger alone, its spans linked by the sentence.

In "combined", $SAYWHO_SPAN_EDGES says whose content edges a confirmed attribution keeps:
"rules" (the default) or "tagged" (the tagger's, where each is one span; span_linking.py),
and $SAYWHO_TAGGED_CUES=0 stops the rules drawing the tagged cues they passed over (on by default;
docs/model-card.md, "Tagged cues the rules passed over").
"""

from __future__ import annotations

import os

from saywho.errors import SaywhoError

SPAN_MODES = ("rules", "combined", "model")
DEFAULT_SPANS = "rules"  # the tagger is opt-in until it beats the rules on edges too (docs/model-card.md)
SPANS_ENV = "SAYWHO_SPANS"  # overrides the default
CONTENT_EDGES = ("rules", "tagged")
EDGES_ENV = "SAYWHO_SPAN_EDGES"
TAGGED_CUES_ENV = "SAYWHO_TAGGED_CUES"


class BadSpanMode(SaywhoError, ValueError):
    """A span mode that is none of SPAN_MODES (from an argument or $SAYWHO_SPANS)."""


def span_mode(spans: str | None = None) -> str:
    """The span mode asked for, else $SAYWHO_SPANS, else DEFAULT_SPANS."""
    mode = spans or os.environ.get(SPANS_ENV) or DEFAULT_SPANS
    if mode not in SPAN_MODES:
        raise BadSpanMode(f"spans must be one of {', '.join(SPAN_MODES)}, not {mode!r} (check ${SPANS_ENV})")
    return mode


def content_edges() -> str:
    """$SAYWHO_SPAN_EDGES, else "rules"."""
    edges = os.environ.get(EDGES_ENV) or "rules"
    if edges not in CONTENT_EDGES:
        raise BadSpanMode(f"content edges must be one of {', '.join(CONTENT_EDGES)}, not {edges!r} (check ${EDGES_ENV})")
    return edges


def tagged_cues() -> bool:
    """$SAYWHO_TAGGED_CUES: "1" (the default) or "0"."""
    setting = os.environ.get(TAGGED_CUES_ENV) or "1"
    if setting not in ("0", "1"):
        raise BadSpanMode(f"tagged cues must be 0 or 1, not {setting!r} (check ${TAGGED_CUES_ENV})")
    return setting == "1"
