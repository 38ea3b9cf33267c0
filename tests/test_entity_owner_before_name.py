"""An owner swept into a name ("Fox News’ Megyn Kelly") is cut: the name is the person's after it."""

import saywho


def test_a_possessive_owner_before_a_first_name_is_no_part_of_the_name():
    text = ("The candidates clashed in Miami.\n\n"
            "Asked about the rally by Fox News’ Megyn Kelly, he said he was proud. \"I am proud,\" Kelly said.")
    analysis = saywho.analyze(text, date="2016-03-10")
    assert [(e.name, e.type, e.aliases) for e in analysis.entities] == [
        ("Miami", "GPE", []), ("Megyn Kelly", "PERSON", ["Kelly"])]
    assert [a.speaker.name for a in analysis.attributions if a.speaker] == ["Megyn Kelly"]


def test_a_party_named_with_a_possessive_stays_whole():
    analysis = saywho.analyze("The Swiss People’s Party won the vote, its leader said.", date="2016-03-10")
    assert [(e.name, e.type) for e in analysis.entities] == [("Swiss People’s Party", "ORG")]


def test_a_person_after_an_owner_is_a_person_though_the_model_tagged_the_whole_an_organisation():
    from spacy.tokens import Span

    from saywho.analyse.entities import find_entities
    from saywho.nlp import load_pipeline

    doc = load_pipeline()("Fox News’ Bret Baier noticed that none of the networks cut away.")
    doc.ents = [Span(doc, 0, 5, label="ORG")]  # as the model tagged it in a longer article
    entities, _, genders, _ = find_entities(doc)
    assert [(e.name, e.type, genders[e.id]) for e in entities] == [("Bret Baier", "PERSON", "m")]
