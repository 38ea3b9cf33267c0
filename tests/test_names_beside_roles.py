"""A person's name set off after a role the small model tags an organisation ("A spokesman for the group, Marcus
Hill, said": "Hill") is a person's (name_cleaning._set_off_after_a_person, s46). Written for the test."""

from attribution_rows import speakers_with_naming


def test_a_name_set_off_after_a_spokesman_is_a_person():
    text = ("Civil rights groups vowed to keep fighting the nomination. A spokesman for the group, Marcus Hill, said it "
            "would run ads in five states.")
    assert speakers_with_naming(text)[-1] == ("A spokesman for the group, Marcus Hill,", "Marcus Hill", True)



def test_a_name_in_apposition_to_a_person_is_a_person_whatever_its_tag():
    text = ("Superintendent David Lin said the ban would work. He said other districts had fewer discipline problems.\n\n"
            "A student, 16-year-old Aiden Park, said most students would find a way around the rule. \"They'll just "
            "hide them,\" he said.")
    assert speakers_with_naming(text)[2:] == [("A student, 16-year-old Aiden Park,", "Aiden Park", True),
                                              ("he", "Aiden Park", True)]


def test_two_titles_before_one_name_are_that_persons():
    text = ("Owner and chef Marguerite Dubois, 68, said rising rents made it impossible to keep going. \"I cried for a "
            "week,\" she said.")
    assert speakers_with_naming(text) == [("Owner and chef Marguerite Dubois, 68,", "Marguerite Dubois", True),
                                          ("she", "Marguerite Dubois", True)]


def test_an_untagged_name_beside_a_widow_is_hers():
    """No name tagged at all (s47, entities._untagged_name_beside; "widow" in role_nouns.txt)."""
    text = ("The firefighter, Capt. Luis Herrera, 51, was killed when the building's roof collapsed. His widow, Ana "
            "Herrera, said she hoped the charges would bring \"some kind of justice.\" She said her husband had been "
            "two years from retirement.")
    assert speakers_with_naming(text) == [("His widow, Ana Herrera,", "Ana Herrera", True),
                                          ("She", "Ana Herrera", True)]


def test_a_party_before_a_name_tagged_an_organisation_is_the_persons():
    """ "Republican Greg Mason", tagged an organisation whole, and "Mason" after it (s47, PARTY_MEMBERS)."""
    text = ("Democrat Laura Kent said her opponent's tax plan would \"blow a hole in the budget.\" Republican Greg Mason "
            "said Kent had raised taxes twice as mayor of Springfield. \"She can't run from her record,\" he said.\n\n"
            "Asked about abortion, Mason said he supported the state's current law.")
    assert [row[1] for row in speakers_with_naming(text) if row[0]] == [
        "Laura Kent", "Greg Mason", "Greg Mason", "Greg Mason"]
