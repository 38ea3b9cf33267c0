"""saywho inside a user's own spaCy pipeline: components by name, results on doc._."""

from saywho.nlp import SAYWHO_COMPONENTS, add_saywho_components, load_base_model


def test_components_join_a_users_pipeline_and_fill_doc_extensions():
    nlp = add_saywho_components(load_base_model())
    assert [name for name in nlp.pipe_names if name.startswith("saywho")] == list(SAYWHO_COMPONENTS)
    assert nlp.pipe_names[0] == "saywho_quotes"  # it runs on raw text, before the parser
    doc = nlp.make_doc("“We will rebuild the bridge,” Mayor Elena Vasquez said on Friday.")
    doc._.published = "2024-03-15"
    doc = nlp(doc)
    (attribution,) = doc._.attributions
    assert (attribution.speaker.name, attribution.cue.text) == ("Elena Vasquez", "said")
    assert [e.name for e in doc._.entities] == ["Elena Vasquez"]
    assert [d["value"] for d in doc._.dates] == ["2024-03-15"]
    assert set(doc._.voice) == {"sources", "hedges", "unattributed_claims", "labels", "loaded_cues", "word_choices"}


def test_a_single_component_can_be_added_by_name():
    import saywho.analyse  # noqa: F401  registers the factories

    nlp = load_base_model()
    nlp.add_pipe("saywho_quotes", first=True)
    doc = nlp("He called it ‘a mess’ and left.")
    assert [doc.text[q.start : q.end] for q in doc._.quotes] == ["a mess"]
