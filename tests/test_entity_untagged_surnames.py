"""A surname the model leaves untagged ("Paradis agrees.") is still the person the writer calls so elsewhere."""

import saywho


def test_an_untagged_surname_is_a_mention_and_its_she_finds_the_person():
    text = ("Sandra Paradis has voted in Manchester for forty years.\n\n"
            "\"We help each other out,\" Paradis said.\n\n"
            "\"Some say Trump is our man,\" Bennett explained.\n\n"
            "Paradis agrees. She said she will leave the insults to the politicians.")
    analysis = saywho.analyze(text, date="2016-02-09")
    paradis = next(e for e in analysis.entities if e.name == "Sandra Paradis")
    assert [m.spans[0] for m in paradis.mentions] == [(0, 14), (83, 90), (147, 154)]
    speakers = [a.speaker.name if a.speaker else None for a in analysis.attributions]
    assert speakers == ["Sandra Paradis", "Bennett", "Sandra Paradis"]



def test_an_untagged_surname_is_a_mention_even_where_only_the_full_name_came_before():
    from saywho.analyse.entities import find_entities
    from saywho.nlp import load_pipeline

    entities, _, _, _ = find_entities(load_pipeline()("Sandra Paradis has voted in Manchester for years. Paradis agrees."))
    paradis = next(e for e in entities if e.name == "Sandra Paradis")
    assert [m.text for m in paradis.mentions] == ["Sandra Paradis", "Paradis"]
