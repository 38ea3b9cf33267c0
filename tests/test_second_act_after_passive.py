"""A second act of saying joined to a passive clause inside what was said (s42): "De Blasio said the move was made by
the commissioner and said, “Who are you going to trust?”" is De Blasio's, in his own tense, not the move's."""

from attribution_rows import attribution_rows


def test_a_verb_of_saying_in_the_sayers_tense_after_a_passive_clause_is_the_sayers():
    text = ("Mayor Bill de Blasio spoke on Friday.\n\nDe Blasio said the move was made by the police commissioner and "
            "said, “Who are you going to trust on security?”")
    rows = attribution_rows(text, date="2015-11-20")
    assert rows[-1] == ("direct", "De Blasio", "said", "“Who are you going to trust on security?”", "Bill de Blasio")
