"""saywho's spaCy components, registered by name; each does one thing.

    nlp = spacy.load("en_core_web_sm")
    saywho.nlp.add_saywho_components(nlp)      # or nlp.add_pipe("saywho_quotes", first=True) ...
    doc = nlp(text)
    doc._.attributions, doc._.entities

| component            | reads                      | writes on doc._                      |
|----------------------|----------------------------|--------------------------------------|
| saywho_quotes        | text (runs before parsing) | paragraphs, quotes, quote_warnings   |
| saywho_attributions  | parse, quotes              | attributions (speaker not yet known) |
| saywho_spans         | tensor, attributions       | spans groups; attributions redrawn   |
| saywho_entities      | NER, attributions          | entities                             |
| saywho_speakers      | entities, attributions     | each attribution's speaker, profiled |
| saywho_voice         | all of the above           | voice (the writer's own words)       |
| saywho_dates         | text, doc._.published      | dates, resolved against published    |
| saywho_speaker_check | attributions, entities     | speakers the source's words overrule |

Set `doc._.published` (YYYY-MM-DD) before the pipeline runs to resolve relative
dates: `doc = nlp.make_doc(text); doc._.published = "2021-08-31"; nlp(doc)`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from saywho.analyse import attributions, dates, entities, profiles, quotes, sentences, speaker_check, speakers, voice
from saywho.analyse.sentences import text_of

for _name, _default in [
    ("paragraphs", None),
    ("quotes", None),
    ("quote_warnings", None),
    ("attributions", None),
    ("source_heads", None),
    ("entities", None),
    ("entity_of_token", None),
    ("entity_genders", None),
    ("entity_descriptors", None),
    ("published", None),
    ("voice", None),
    ("dates", None),
]:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@Language.component("saywho_quotes")
def quotes_component(doc: Doc) -> Doc:
    """Find quotations, then keep the parser from breaking sentences where a quote's frame goes on."""
    doc._.paragraphs = sentences.paragraph_spans(text_of(doc))
    doc._.quotes, doc._.quote_warnings = quotes.find_quotes(text_of(doc), doc._.paragraphs)
    sentences.preset_boundaries(doc, doc._.quotes)
    return doc


@Language.component("saywho_attributions")
def attributions_component(doc: Doc) -> Doc:
    doc._.attributions, doc._.source_heads = attributions.find_attributions(doc)
    return doc


@Language.component("saywho_entities")
def entities_component(doc: Doc) -> Doc:
    doc._.entities, doc._.entity_of_token, doc._.entity_genders = entities.find_entities(doc)
    return doc


@Language.component("saywho_speakers")
def speakers_component(doc: Doc) -> Doc:
    speakers.resolve_speakers(doc)
    profiles.profile_speakers(doc)
    return doc


@Language.component("saywho_voice")
def voice_component(doc: Doc) -> Doc:
    doc._.voice = voice.find_voice(doc)
    return doc


@Language.component("saywho_speaker_check")
def speaker_check_component(doc: Doc) -> Doc:
    """The last word on each speaker goes to its source's own words (speaker_check.py)."""
    speaker_check.check_speakers(doc._.attributions or [], doc._.entities or [])
    return doc


@Language.component("saywho_dates")
def dates_component(doc: Doc) -> Doc:
    doc._.dates = dates.find_dates(text_of(doc), doc._.published or None)
    return doc


# -- saywho_fastpos: the attribute_ruler and the lemmatizer in one memoised pass (see fastpos.py) --

from saywho.analyse import fastpos  # noqa: E402


@Language.factory("saywho_fastpos")
def make_fastpos(nlp: Language, name: str) -> fastpos.FastPos:
    """In place of the attribute_ruler and the lemmatizer, which it reads: saywho.nlp.use_fast_components()."""
    return fastpos.FastPos(nlp, name)


# -- saywho_fastner: the entity recogniser's own weights, decoded with numpy (see fastner.py) --

from saywho.analyse import fastner  # noqa: E402


@Language.factory("saywho_fastner")
def make_fastner(nlp: Language, name: str) -> fastner.FastNer:
    """In place of `ner`, whose weights it reads: saywho.nlp.use_fast_ner()."""
    return fastner.FastNer(nlp, name)


# -- saywho_spans: the trained span tagger over the rules' attributions (see span_model.py) --

from saywho.analyse import span_model  # noqa: E402, F401  registers the factory
