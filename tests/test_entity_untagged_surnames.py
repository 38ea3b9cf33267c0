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


def _mentions(text: str, name: str) -> list[str]:
    from saywho.analyse.entities import find_entities
    from saywho.nlp import load_pipeline

    entities, _, _, _ = find_entities(load_pipeline()(text))
    return [m.text for m in next(e for e in entities if e.name == name).mentions]


def test_a_surname_the_model_reads_as_a_verb_or_a_common_noun_is_still_a_mention_where_it_is_a_subject():
    text = "Donald Trump held a rally in Ohio on Monday. The crowd cheered. Trump himself was pleased with the turnout."
    assert _mentions(text, "Donald Trump") == ["Donald Trump", "Trump"]  # "Trump" tagged as the verb
    text = "Bernie Sanders won the primary in Michigan. Sanders drew cheers from union workers in Detroit."
    assert _mentions(text, "Bernie Sanders") == ["Bernie Sanders", "Sanders"]  # tagged as a common noun
    text = "Donald Trump won the Nevada caucuses on Tuesday. Trump brags that the turnout is good news for his party."
    assert _mentions(text, "Donald Trump") == ["Donald Trump", "Trump"]  # a common noun modifying "brags"


def test_a_surname_the_model_calls_a_product_is_still_a_mention_in_a_noun_s_place():
    text = "Senator Marco Rubio spoke in Miami. The new plan allows Rubio to offer two answers at once."
    assert _mentions(text, "Marco Rubio") == ["Marco Rubio", "Rubio"]

