"""Whose words follow a colon when no verb before it reports them (issues 12 and 13, s33): a roundup item names its
source between a dash and the colon ("EARLY POLLS WERE NOT WRONG - Dana Whitlow and Ben Hale: “…”"), and a person
who is the object of a verb that reports nothing ("The result does not surprise pollster Dana Whitlow: “…”") is the
one quoted, with the colon as the cue, as PolNeAR marks both. Whom words went to ("delivered a message to Okafor:")
is never the speaker. Sentences written for the tests; each expected value is exact."""

from attribution_rows import attribution_rows


def found(text: str) -> list[tuple]:
    return attribution_rows(text, date="2016-02-03")


def test_a_roundup_item_names_its_sources_between_a_dash_and_the_colon():
    text = ("EARLY POLLS WERE NOT WRONG, JUST EARLY - Dana Whitlow and Ben Hale: “The polls closed a week before "
            "the vote, and the voters moved.” [Tribune.]\n\n"
            "Turnout mattered too - More from Whitlow and Hale: “Young voters came out in numbers no poll expected.”")
    assert found(text) == [
        ("direct", "Dana Whitlow and Ben Hale", ":",
         "“The polls closed a week before the vote, and the voters moved.”", "Dana Whitlow and Ben Hale"),
        ("direct", "Whitlow and Hale", ":", "“Young voters came out in numbers no poll expected.”",
         "Whitlow and Hale"),
    ]


def test_the_person_a_verb_of_no_speech_takes_is_the_one_quoted():
    text = ("The result does not surprise veteran pollster Dana Whitlow: “Late deciders broke for the outsider, "
            "as they usually do.”")
    assert found(text) == [
        ("direct", "veteran pollster Dana Whitlow", ":",
         "“Late deciders broke for the outsider, as they usually do.”", "Dana Whitlow")]


def test_whom_the_words_went_to_is_not_the_speaker():
    text = ("Council leader Ben Hale delivered a blunt message to Mayor Ruth Okafor: “It is time to stop fighting "
            "the unions and start fixing the roads.”")
    assert [row[4] for row in found(text)] == ["Ben Hale"]

