"""Speakers and acts a precision audit on articles no rule had been read from (the written round s69-n) showed saywho
getting wrong, in texts written for the tests (s69):

- "The minister accused … . He replied that …": the one replying is not the one replied to, whichever step would
  have taken the minister up (here the description acting just before); the one asked answers ("Blumenthal was
  asked, “…?” He answered");
- "learned in the arcades of Gardena": where someone picked up a skill, not a thought or words; "learned how to …"
  stays, as PolNeAR marks it."""

from attribution_rows import attribution_rows

EXCHANGE = ("Kyrgyz MPs approve power price rise\n\n"
            "BISHKEK — Energy Minister Almazbek Sultanaliev defended the rise on Tuesday. \"There is no other way to "
            "keep the lights on,\" Sultanaliev told reporters.\n\n"
            "Minutes before the vote, opposition deputy Temir Bekbolotov and Sultanaliev traded barbs across the "
            "chamber. The minister accused opposition members of \"playing politics with people's heating.\" He "
            "replied that the government had \"played politics with the grid for fifteen years.\"\n")


def test_the_one_replying_is_not_the_one_replied_to():
    rows = attribution_rows(EXCHANGE)
    assert [(row[1], row[2], row[4]) for row in rows][2:] == [
        ("The minister", "accused", "Almazbek Sultanaliev"), ("He", "replied", None)]


def test_a_reply_to_a_question_is_the_one_asked():
    text = ("Budget vote delayed\n\n"
            "Reporters asked Mayor Tom Reed about the budget on Monday. \"We will balance it by June,\" he replied.\n")
    assert [row[4] for row in attribution_rows(text)][-1] == "Tom Reed"


def test_the_one_asked_answers():
    text = ("Aide has no idea about the server\n\n"
            "Sidney Blumenthal spoke on CNN on Wednesday. Blumenthal was asked, \"If you had known she had a personal "
            "server, would you have told her?\" He answered, \"I have no idea.\"\n")
    assert [row[4] for row in attribution_rows(text)][-1] == "Sidney Blumenthal"


def test_learning_a_skill_is_no_ones_words():
    text = ("The last arcade kid\n\n"
            "Ray Okimoto learned in the arcades of Gardena, California, in the 1980s, and came back in 2019. "
            "\"It is still the same game,\" he says.\n")
    assert [(row[2], row[3]) for row in attribution_rows(text)] == [("says", "\"It is still the same game,\"")]
