"""A person's name set off after a role the small model tags an organisation ("A spokesman for the group, Marcus
Hill, said": "Hill") is a person's (name_cleaning._set_off_after_a_person, s46). Written for the test."""

from attribution_rows import speakers_with_naming


def test_a_name_set_off_after_a_spokesman_is_a_person():
    text = ("Civil rights groups vowed to keep fighting the nomination. A spokesman for the group, Marcus Hill, said it "
            "would run ads in five states.")
    assert speakers_with_naming(text)[-1] == ("A spokesman for the group, Marcus Hill,", "Marcus Hill", True)

