"""saywho's spaCy components, registered by name; each does one thing.

    nlp = spacy.load("en_core_web_sm")
    saywho.nlp.add_saywho_components(nlp)      # or nlp.add_pipe("saywho_quotes", first=True) ...
    doc = nlp(text)
    doc._.attributions, doc._.entities

| component            | reads                      | read it as doc._ (doc_data.py)        |
|----------------------|----------------------------|---------------------------------------|
| saywho_quotes        | text (runs before parsing) | paragraphs, quotes, quote_warnings    |
| saywho_attributions  | parse, quotes              | attributions (speaker not yet known), sources |
| saywho_spans         | tensor, attributions       | spans groups; attributions and sources redrawn |
| saywho_entities      | NER, sources               | entities, entity_of_token, entity_genders, entity_descriptors |
| saywho_speakers      | entities, attributions     | each attribution's speaker, profiled  |
| saywho_voice         | all of the above           | voice (the writer's own words)        |
| saywho_dates         | text, doc._.published      | dates, resolved against published     |
| saywho_speaker_check | attributions, entities     | speakers the source's words overrule (stored apart, read through attributions) |

Each writes plain data to its own doc._.saywho_* attribute and nothing else; the
names above are read-only getters that build saywho's dataclasses from it, so a
Doc round-trips through `doc.to_bytes()` and `DocBin(store_user_data=True)`.
The factories and their settings are in components.py; saywho_spans in span_model.py.

Set `doc._.published` (YYYY-MM-DD) before the pipeline runs to resolve relative
dates: `doc = nlp.make_doc(text); doc._.published = "2021-08-31"; nlp(doc)`.
"""

from __future__ import annotations

# Registers the doc._ attributes and the factories (spacy.load finds them through the entry points too).
from saywho.analyse import components, span_model  # noqa: F401
