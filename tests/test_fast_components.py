"""load_pipeline()'s faster components give exactly what spaCy's own would.

saywho_fastpos stands in for the attribute_ruler and the lemmatizer, saywho_fastner
for the entity recogniser, saywho_fastparse for the dependency parser. Each test runs the same texts through the stock
pipeline and through load_pipeline() and compares every token attribute.
(bench/throughput.py --check does the same over all of PolNeAR.)
"""

from functools import lru_cache

import numpy
from spacy.tokens import Span

from saywho.analyse.fastner import FastNer
from saywho.analyse.fastparse import FastParser
from saywho.nlp import load_base_model, load_pipeline, load_stock_pipeline
from tests.conftest import shared_path

ATTRIBUTES = ("tag_", "pos_", "lemma_", "dep_", "ent_type_", "ent_iob_")


@lru_cache(maxsize=1)
def stock():
    """spaCy's own components, with saywho's (whose quotes guide the parser's sentence breaks)."""
    return load_stock_pipeline()


def token_rows(doc):
    return [(t.text, *(getattr(t, name) for name in ATTRIBUTES), str(t.morph), t.head.i, t.is_sent_start) for t in doc]


def assert_same_as_stock(texts):
    fast = load_pipeline()
    ours = list(fast.pipe(texts, batch_size=4))  # a batch mixes lengths, as in ingest
    theirs = list(stock().pipe(texts, batch_size=4))
    for doc, expected in zip(ours, theirs, strict=True):
        assert token_rows(doc) == token_rows(expected)
        assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in expected.ents]


def test_the_pipeline_runs_the_fast_components_in_place_of_spacys():
    nlp = load_pipeline()
    assert "saywho_fastner" in nlp.pipe_names and "ner" not in nlp.pipe_names
    assert "saywho_fastpos" in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    assert "saywho_fastparse" in nlp.pipe_names and "parser" not in nlp.pipe_names
    assert {"ner", "lemmatizer", "attribute_ruler", "parser"} <= set(nlp.disabled)  # kept: their weights are read


def test_the_seed_article_comes_out_the_same():
    text = shared_path("corpus", "seed-article.txt").read_text(encoding="utf-8")
    assert_same_as_stock([text])


def test_polnear_articles_come_out_the_same():
    folder = shared_path("data", "polnear", "data", "dev", "text")
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))[:12]]
    assert len(texts) == 12
    assert_same_as_stock(texts)


def test_awkward_texts_come_out_the_same():
    assert_same_as_stock([
        "",
        "Obama",
        "   ",
        "He met Angela Merkel",  # an entity that runs to the last token
        "The United Nations Security Council met.\n\nNew York City Mayor Bill de Blasio spoke.",
        "Senators  Elizabeth   Warren and\n\nBernie Sanders of Vermont said on Tuesday, March 1, 2016 that $4.5 billion was 12%.",
        "“I won’t,” said Sen. Mitch McConnell (R-Ky.), the majority leader. " * 30,
        "Who, she asked, would pay for it? Nobody. Not the city, which is broke, nor the state.",
        "The plan, which critics who had read it called “a giveaway to developers that the council "
        "never debated,” passed 7-2 after a vote that members said they regretted.",
    ])


def test_the_parser_alone_gives_spacys_parses_in_one_batch():
    """Docs of very different lengths stepped together, as saywho_fastparse does, and one by one by spaCy."""
    nlp = load_pipeline()
    texts = ["Yes.", "She said the bill, which passed on Tuesday, would not help the farmers who need it most. " * 6,
             "", "“We will win,” he told reporters in Des Moines, Iowa. Then he left."]
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            if name == "saywho_fastparse":
                break
            doc = component(doc)
        docs.append(doc)
    expected = [nlp.get_pipe("parser")(doc.copy()) for doc in docs]
    parsed = list(nlp.get_pipe("saywho_fastparse").pipe(docs))
    assert [[(t.head.i, t.dep_, t.is_sent_start) for t in doc] for doc in parsed] == \
        [[(t.head.i, t.dep_, t.is_sent_start) for t in doc] for doc in expected]
    assert [t.dep_ for t in parsed[0]] == ["ROOT", "punct"]


def test_entities_set_beforehand_are_left_to_spacys_recogniser():
    nlp = load_pipeline()
    doc = nlp.make_doc("Yesterday Acme Widgets hired Jane Doe in Paris.")
    for name, component in nlp.pipeline:
        if name == "saywho_fastner":
            break
        doc = component(doc)
    doc.set_ents([Span(doc, 1, 3, label="PRODUCT")], default="unmodified")  # as an entity ruler would
    expected = nlp.get_pipe("ner")(doc.copy())
    (doc,) = nlp.get_pipe("saywho_fastner").pipe([doc])
    entities = [(e.text, e.label_) for e in doc.ents]
    assert entities == [(e.text, e.label_) for e in expected.ents]
    assert ("Acme Widgets", "PRODUCT") in entities and ("Jane Doe", "PERSON") in entities


def test_a_recogniser_or_parser_it_cannot_decode_is_kept():
    nlp = load_base_model()  # one load for both: it takes seconds
    ner, parser = nlp.get_pipe("ner"), nlp.get_pipe("parser")
    ner.cfg["beam_width"] = parser.cfg["beam_width"] = 4
    assert FastNer(nlp).adopt(ner).weights is None
    assert FastParser(nlp).adopt(parser).upper is None


def test_a_states_scores_do_not_depend_on_the_states_stepped_with_it():
    """analyze_many batches articles by length: an article's parse must not turn on its batch-mates. BLIS gives
    each state's scores alike alone and among sixteen; numpy's BLAS rounds them by how many share the product."""
    from saywho.analyse.fastparse import _scores

    upper = load_pipeline().get_pipe("saywho_fastparse").upper
    hidden = numpy.random.default_rng(7).standard_normal((16, upper.W.shape[1])).astype(numpy.float32)
    alone = numpy.concatenate([_scores(hidden[i : i + 1], upper) for i in range(len(hidden))])
    assert numpy.array_equal(_scores(hidden, upper), alone)
