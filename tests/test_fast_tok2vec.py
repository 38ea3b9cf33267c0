"""fast_tok2vec's encoder gives the vectors of the model it reads, bit for bit.

Both of en_core_web_sm's token encoders (the `tok2vec` component's and the one inside `ner`)
are run by thinc and by the encoder over the same batches: real articles of different lengths,
and the awkward ones (an empty text, whitespace only, one word).
"""

import numpy
import pytest

from saywho.analyse.fast_tok2vec import read_encoder
from saywho.nlp import load_pipeline
from tests.conftest import shared_path

AWKWARD = ["", "Obama", "   \n\n  ", "He met Angela Merkel.", "", "“I won’t,” said Sen. Mitch McConnell (R-Ky.)."]


def encoders():
    nlp = load_pipeline()
    ner_tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]  # before its list2array and linear
    return nlp, {"tok2vec": nlp.get_pipe("tok2vec").model, "ner": ner_tok2vec}


def assert_encoded_as_thinc_does(texts):
    nlp, models = encoders()
    docs = [nlp.make_doc(text) for text in texts]
    for name, model in models.items():
        encoder = read_encoder(model)
        assert encoder is not None, f"{name}: en_core_web_sm's architecture is read"
        ours, theirs = encoder.encode(docs), model.predict(docs)
        assert [v.shape for v in ours] == [v.shape for v in theirs]
        assert all(numpy.array_equal(a, b) for a, b in zip(ours, theirs, strict=True)), name


def test_the_pipeline_encodes_with_the_fast_tok2vec_in_place_of_spacys():
    nlp = load_pipeline()
    assert "saywho_fasttok2vec" in nlp.pipe_names and "tok2vec" not in nlp.pipe_names
    assert "tok2vec" in nlp.disabled  # kept: its weights are read
    doc = nlp("Senator Elizabeth Warren said on Tuesday that the plan would fail.")
    assert doc.tensor.shape == (len(doc), 96)


def test_polnear_articles_are_encoded_bit_for_bit():
    folder = shared_path("data", "polnear", "data", "dev", "text")
    assert_encoded_as_thinc_does([path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))[:6]])


def test_awkward_texts_are_encoded_bit_for_bit():
    assert_encoded_as_thinc_does(AWKWARD)


def test_a_model_of_another_shape_is_not_read():
    nlp, models = encoders()
    assert read_encoder(nlp.get_pipe("ner").model.get_ref("tok2vec")) is None  # with its linear layer on top
    assert read_encoder(nlp.get_pipe("tagger").model) is None


@pytest.mark.parametrize("text", AWKWARD)
def test_each_awkward_text_alone(text):
    assert_encoded_as_thinc_does([text])
