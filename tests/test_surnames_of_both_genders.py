"""One surname, a man's title and a woman's (s44): in "the parents, Oduya and Kesenna Balewa, … Mr. Balewa … Ms.
Balewa … her son, Tobenna Balewa", no list holds the first names, so nothing told "Mr. Balewa" from Kesenna Balewa,
and he was named as her and she as their son. Where the text gives a surname both titles, a titled surname joins only
a person the text shows to be of that gender, and a full name of unknown gender no one known by a title alone."""

from attribution_rows import named_speakers

TEXT = ("The dispute between the parents, Oduya and Kesenna Balewa, and the governor has dominated the week. "
        "Mr. Balewa, who had addressed the convention on Thursday, said the governor had shown disrespect. "
        "Ms. Balewa said she had not spoken because she could not stay composed while talking about her son, "
        "Tobenna Balewa. Mr. Balewa said the governor had \"sacrificed nothing.\"")


def test_no_parent_is_named_as_the_other_or_as_their_son():
    names = {name for _, name in named_speakers(TEXT)}
    assert not names & {"Kesenna Balewa", "Tobenna Balewa"}


def test_the_titles_stay_apart():
    speakers = named_speakers(TEXT)
    assert [name for source, name in speakers if source == "Ms. Balewa"] == ["Ms. Balewa"]
    assert all(name != "Ms. Balewa" for source, name in speakers if source.startswith("Mr. Balewa"))


def test_listed_first_names_still_tell_a_couple_apart():
    text = ("Hillary Clinton and Bill Clinton campaigned in Ohio on Monday. Mrs. Clinton said the plan would create "
            "jobs. Mr. Clinton said the economy had grown.")
    assert named_speakers(text) == [("Mrs. Clinton", "Hillary Clinton"), ("Mr. Clinton", "Bill Clinton")]
