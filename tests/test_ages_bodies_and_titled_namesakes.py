"""Speakers the written round s60-c showed saywho leaving unnamed or naming wrong, in texts written for the tests (s62):

- "…,” the 76-year-old said, where the parser hung "the" on the verb, and "…,” said the 38-year-old, after the
  quotation: the age is new, the person is the one named as the subject before the quotation;
- an age set before one name does not run on past a sentence's end to the next name;
- "The coast guard said" before "coast guard spokesman Cmdr. Nikos Petrakis" is the body, not its spokesman;
- "The university said" is not the "University and College Union";
- "Nana Kwamena Bentum II", untagged, set off by commas beside a role, is a name, numeral and all;
- "Rosa Delgado, the campaign's co-chair and a former tenant organizer" is one person;
- "Keane's response" is Keane's words;
- "Dr. Tamsin Hale … Owen Hale … Dr. Hale said" is Tamsin Hale."""

from attribution_rows import sources_and_speakers as speakers


def test_an_age_the_text_gives_only_in_the_description_takes_up_the_subject_before_the_quotation():
    text = ("Creel fishing on Lewis\n\n"
            "His father, Angus Morrison, who fished out of Ullapool for 40 years, said the quarrel was an old one. "
            "\"When I started, there was an understanding. The trawlers kept off the grounds where we had creels "
            "down,\" the 76-year-old said.\n")
    assert speakers(text) == [("His father, Angus Morrison, who fished out of Ullapool for 40 years,", "Angus Morrison"),
                              ("the 76-year-old", "Angus Morrison")]


def test_an_age_after_the_verb_that_follows_the_quotation():
    text = ("Furniture makers count the cost\n\n"
            "Another factory owner, Lim Hui Wen, said she had received only two orders since June.\n\n"
            "\"My father started this business in 1989. But this time it feels different,\" said the 38-year-old "
            "woman.\n")
    assert speakers(text)[-1] == ("the 38-year-old woman", "Lim Hui Wen")


def test_an_age_before_a_name_does_not_run_past_the_end_of_its_sentence():
    text = ("A winter without power\n\n"
            "\"You get used to the dark,\" said Halyna Bondar, a 71-year-old retired railway dispatcher.\n\n"
            "Oksana Bondar, a neighbor who shares her surname, said she could not reach her son. \"I keep the phone "
            "in my hand all night,\" the 64-year-old said.\n")
    assert speakers(text)[-1] == ("the 64-year-old", "Oksana Bondar")


def test_a_body_is_not_the_spokesman_named_after_it():
    text = ("Fire on a ferry\n\n"
            "Fire tore through a ferry off Corfu early Friday, the coast guard said.\n\n"
            "The coast guard said the fire broke out on the car deck.\n\n"
            "\"The crew acted quickly,\" coast guard spokesman Cmdr. Nikos Petrakis told reporters.\n")
    assert [name for _, name in speakers(text)] == ["the coast guard", "The coast guard", "Nikos Petrakis"]


def test_a_university_is_not_a_union_of_university_staff():
    text = ("Lecturers extend boycott\n\n"
            "Final-year students at Ashdown University may graduate without their marks.\n\n"
            "Members of the University and College Union at the university backed the action, the union said.\n\n"
            "The university said it would deduct pay from staff taking part.\n")
    assert speakers(text) == [("the union", "University and College Union"),
                              ("The university", "Ashdown University")]


def test_a_name_ending_in_a_generations_numeral():
    text = ("Fishing season closed\n\n"
            "The chief fisherman of Elmina, Nana Kwamena Bentum II, said the council supported the closure.\n\n"
            "\"Our forefathers had their own closed days,\" he said.\n")
    assert [name for _, name in speakers(text)] == ["Nana Kwamena Bentum II", "Nana Kwamena Bentum II"]


def test_a_second_description_joined_by_and_is_the_same_person():
    text = ("Rent measure heads to the ballot\n\n"
            "\"The legislature had three chances to deal with this,\" said Rosa Delgado, the campaign's co-chair and a "
            "former tenant organizer in Pueblo.\n")
    assert speakers(text) == [("Rosa Delgado, the campaign's co-chair and a former tenant organizer in Pueblo",
                               "Rosa Delgado")]


def test_a_named_persons_response_is_their_words():
    text = ("Benefits office audit\n\n"
            "The audit recommended a call-back option. Robert Keane, the director, disputed part of it. Keane's "
            "response accepted all but the last recommendation, calling a full review \"not feasible with current "
            "staffing.\"\n")
    assert speakers(text)[-1] == ("Keane's response", "Robert Keane")


def test_a_title_given_to_one_full_name_tells_two_namesakes_apart():
    text = ("Start-up apologises\n\n"
            "The founder, Dr. Tamsin Hale, said the company got it wrong. Owen Hale, the company's technology chief "
            "and Dr. Hale's husband, said the contractors were careful. Dr. Hale said the company would contact every "
            "practice.\n")
    assert [name for _, name in speakers(text)] == ["Tamsin Hale", "Owen Hale", "Tamsin Hale"]
