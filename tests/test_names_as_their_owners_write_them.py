"""Speakers on unseen news (s59, second step): names as their owners write them: a business's owner's mark that owns
nothing ("McDonald's said"), initials the text says a body is known by ("The National Disaster Management Agency,
known as BNPB,"), an alderman's "Ald." that ends no sentence, a judge named after her court ("Court of King's Bench
Justice Roberta Kowalchuk said"), and an owned office with its own "and" before its holder's name ("The city's parks and
recreation director, Marcus Bell,"); and (s59c) a surname that opens with its particle ("Ms. d'Entremont"), a body
named for its members and described as a body ("Citizens for Digital Rights, a civic group"). Short texts written for
the tests."""

from attribution_rows import sourced_speakers

import saywho


def test_a_business_keeps_the_owners_mark_that_owns_nothing():
    text = ("Burger chain reviews franchise\n\n"
            "McDonald's said in a statement that it would review the franchise. A McDonald's spokesman declined to "
            "comment further.")
    assert sourced_speakers(text)[0][2] == "McDonald's"


def test_a_name_that_owns_something_loses_the_mark():
    text = ("Supermarket results\n\n"
            "Sainsbury's shares fell 3 per cent after the chain said its sales had slowed, analysts said.")
    assert "Sainsbury's shares" not in {name for _, _, name in sourced_speakers(text)}


def test_initials_a_body_is_known_by_are_the_body():
    text = ("Floods in West Sumatra\n\n"
            "The National Disaster Management Agency, known as BNPB, said more than 3,000 people had been evacuated.\n\n"
            "Residents accused the district of ignoring warnings.\n\n"
            "BNPB said it would look into the report.")
    assert sourced_speakers(text)[-1] == ("BNPB", "said", "National Disaster Management Agency")


def test_an_aldermans_title_ends_no_sentence():
    text = ("City passes gig-worker ordinance\n\n"
            "\"For years these workers have been told they are their own bosses,\" said Ald. Teresa Gutiérrez, who "
            "sponsored the ordinance.")
    assert sourced_speakers(text)[0][2] == "Teresa Gutiérrez"


def test_a_judge_named_after_her_court():
    text = ("Confession thrown out\n\n"
            "In a decision released Tuesday, Court of King's Bench Justice Roberta Kowalchuk said Farah asked for a "
            "lawyer at least five times.")
    assert sourced_speakers(text)[0][2] == "Roberta Kowalchuk"


def test_a_verbs_s_after_a_name_is_no_part_of_it():
    text = ("Debate night\n\n"
            "Christie's been making the case for weeks that Rubio isn't ready for the White House, Christie said.")
    assert "Christie's" not in {entity.name for entity in saywho.analyze(text, date="2016-02-07").entities}


def test_an_owned_office_with_its_own_and_before_the_holders_name():
    text = ("Pool closed for the summer\n\n"
            "The city's parks and recreation director, Marcus Bell, said the pool's main drain line had cracked.")
    assert sourced_speakers(text)[-1][2] == "Marcus Bell"


def test_a_surname_that_opens_with_its_particle():
    text = ("Fish plant closes\n\n"
            "Thérèse d'Entremont, 58, has trimmed lobster tails at the plant for 31 years.\n\n"
            "\"Shelburne is more than an hour's drive each way,\" Ms. d'Entremont said.")
    assert sourced_speakers(text)[-1] == ("Ms. d'Entremont", "said", "Thérèse d'Entremont")


def test_a_body_named_for_its_members_and_described_as_a_body():
    text = ("Regulator fines app maker\n\n"
            "Citizens for Digital Rights, a civic group that filed the original complaint last year, called the "
            "penalty \"a start.\"")
    assert sourced_speakers(text)[-1][2] == "Citizens for Digital Rights"


def test_people_for_someone_stay_unnamed():
    text = ("Email case\n\n"
            "Attorneys for Clinton said the emails were not classified when they were sent.")
    assert sourced_speakers(text)[-1][2] != "Attorneys for Clinton"
