"""Speakers the round s62-d showed saywho leaving unnamed or naming wrong, read after it was scored, in texts written
for the tests (s62):

- a place in a contest (challenger, incumbent, candidate) is no calling, so it does not rule out "the 44-year-old
  sugar cooperative leader";
- a union may be called an alliance: "the Shopworkers' Alliance said …. The union said";
- "Pierce, he said, was “scoring political points”": the person a clause split by its frame is about is not the
  "he" who says it, where someone else was named as the subject of the sentence before."""

from attribution_rows import sources_and_speakers as speakers


def test_a_place_in_a_contest_does_not_rule_out_a_calling():
    text = ("Recount sought in Kolhapur\n\n"
            "Sunita Pawar, the two-term incumbent, was ahead by 4,312 votes. Her challenger, Vikram Deshmukh of the "
            "opposition alliance, had led briefly in the morning.\n\n"
            "Half a kilometer away, Vikram Deshmukh was not conceding anything. The 44-year-old sugar cooperative "
            "leader said his polling agents had flagged irregularities.\n")
    assert speakers(text)[-1] == ("The 44-year-old sugar cooperative leader", "Vikram Deshmukh")


def test_a_union_may_be_called_an_alliance():
    text = ("Pay deal accepted\n\n"
            "LONDON (Reuters) - Staff at the supermarket chain Hartwell's have voted to accept a 6.5% pay rise, the "
            "Retail Workers' Alliance said on Friday.\n\n"
            "The union said 74% of members who voted had backed the offer.\n")
    assert speakers(text) == [("the Retail Workers' Alliance", "Retail Workers' Alliance"),
                              ("The union", "Retail Workers' Alliance")]


def test_the_person_a_split_clause_is_about_is_not_the_one_saying_it():
    text = ("Housing project over budget\n\n"
            "City Council member Jonathan Pierce, who chairs the housing committee, said the city was owed \"a much "
            "clearer accounting\" of the overruns. He has asked the city auditor to review the spending.\n\n"
            "His colleague Vic Salinas, whose district includes the site, came to the developer's defense. Pierce, he "
            "said, was \"scoring political points off a project that is weeks from done.\"\n")
    assert speakers(text)[-1] == ("he", "Vic Salinas")
