"""People an article brings in without a name, and people who share a name (s49): a "she" going on after "a 34-year-old
sales assistant … She asked not to be named" is that assistant (speaker_continuations.unnamed_speaker_going_on);
"who" after a place is the person from that place, never the place (near_names, relative_antecedents, name_labels);
"the elder Pruitt" is Harold Pruitt Sr. (speaker_generations). Written for the test, from short news articles read as
a fact-checker would."""

from attribution_rows import speakers_with_naming, written_article


def test_she_goes_on_as_the_assistant_not_the_economist_before():
    text = ("\"The evidence so far does not show large job losses,\" said Dr. Lea Schwander, an economist at the "
            "University of Basel.\n\n"
            "At a bakery in Zurich, a 34-year-old sales assistant from Portugal said she earned just under 22 francs an "
            "hour. She asked not to be named because her employer had told staff not to speak to journalists.\n\n"
            "\"People think everyone in Switzerland is rich,\" she said.")
    assert [row[:2] for row in speakers_with_naming(text)] == [
        ("Dr. Lea Schwander, an economist at the University of Basel", "Lea Schwander"),
        ("a 34-year-old sales assistant from Portugal", "a 34-year-old sales assistant"),
        ("She", "a 34-year-old sales assistant"),
        ("her employer", "her employer"),
        ("she", "a 34-year-old sales assistant")]


def test_she_after_a_grandmother_brought_in():
    rows = speakers_with_naming(written_article("panda-arrives.txt"))
    assert rows[-3:] == [
        ("a grandmother from Headingley who had brought her two grandchildren to see the new panda house, if not yet its "
         "occupant,", "a grandmother", False),
        ("she", "a grandmother", False),
        ("she", "Amelia", True)]


def test_a_retiree_goes_on_speaking():
    text = ("A spokeswoman, Karen Lutz, said the bureau discourages victims from paying ransoms.\n\n"
            "A retiree who lives on the city's east side said she had tried three times to pay her water bill. "
            "\"They told me to come back later,\" she said.")
    assert speakers_with_naming(text)[-1] == ("she", "A retiree", False)


def test_who_after_a_place_is_the_person_from_it():
    text = ("A retired schoolteacher from nearby Oro Springs, who asked that her name not be used, said she had left "
            "with only her cat.\n\n"
            "Among the spectators was a retired firefighter from Yonkers who said he had lost about $60,000. \"I'm not "
            "here for revenge,\" he said.\n\n"
            "The combined system will be led by the current chief executive of Miami Valley, who said the deal would "
            "let both hospitals grow.")
    assert [row[:2] for row in speakers_with_naming(text)] == [
        ("who", "A retired schoolteacher"),
        ("A retired schoolteacher from nearby Oro Springs", "A retired schoolteacher"),
        ("who", "a retired firefighter"),
        ("he", "a retired firefighter"),
        ("who", "the current chief executive")]


def test_the_elder_pruitt_is_the_father():
    text = ("A recount confirmed that Harold Pruitt Jr. won the seat by seven votes.\n\n"
            "Pruitt's father, Harold Pruitt Sr., represented the same district for 20 years.\n\n"
            "\"I told him every vote counts,\" the elder Pruitt said.")
    assert speakers_with_naming(text)[-1] == ("the elder Pruitt", "Harold Pruitt Sr.", True)
