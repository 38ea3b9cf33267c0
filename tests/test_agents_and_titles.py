"""Speakers who act for someone else, and show titles, as the BASIL quotation check's third sample found them
(tools/speaker_gold/basil_quotes.py), on articles written for the tests: someone's lawyer named before
("Whitlock lawyer Marcus Feld … Whitlock's lawyer … He added"), a campaign manager named in apposition, a
lawyer's "he" that is the client, and a show's title before "host". Each case: text, then (source, cue, speaker,
named, gender as the article states it) of every attribution."""

import pytest

import saywho

CASES = [
    # the lawyer the article named for that client is who "Whitlock's lawyer" is, and who goes on speaking
    ("Dana Whitlock, the city's former budget director, was fired on Friday. Whitlock lawyer Marcus Feld said in "
     "a statement that his client was treated unfairly.\n\n"
     "Whitlock's lawyer, meanwhile, attacked the council on Monday, saying it had ignored its own rules.\n\n"
     "He added, “Not one of the charges was ever put to her.”",
     [("Whitlock lawyer Marcus Feld", "said in a statement", "Marcus Feld", True, "male"),
      ("Whitlock's lawyer", "saying", "Marcus Feld", True, "male"),
      ("He", "added", "Marcus Feld", True, "male")]),
    # named in apposition to the same owner's noun
    ("Ruth Moreno, Senator Hale's campaign manager, spoke to reporters after the vote.\n\n"
     "Later, Hale's campaign manager said the race was far from over. She also said that the campaign would "
     "stay in Iowa.",
     [("Hale's campaign manager", "said", "Ruth Moreno", True, "female"),
      ("She", "also said", "Ruth Moreno", True, "female")]),
    # someone's lawyer going on in a sentence of its own is the lawyer, never the client
    ("Dana Whitlock, the city's former budget director, was fired on Friday.\n\n"
     "Whitlock's attorney attacked the council on Monday, saying it had ignored its own rules. He added, "
     "“Not one of the charges was ever put to her.”",
     [("Whitlock's attorney", "saying", "Whitlock's attorney", False, "male"),
      ("He", "added", "Whitlock's attorney", False, "male")]),
    # ... but the "he" of what the lawyer says is most often the client: no gender for the lawyer from it
    ("Kim Lowe's lawyer said he will refuse to answer any questions from the panel.",
     [("Kim Lowe's lawyer", "said", "Kim Lowe's lawyer", False, "not stated")]),
    # a show's title before "host" is a name, not a quotation, and "show" no verb
    ("“Today” show host Linda Fair asked the governor, “Will you run again?”",
     [("“Today” show host Linda Fair", "asked", "Linda Fair", True, "not stated")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_speaker_of_each_frame(text, expected):
    analysis = saywho.analyze(saywho.Article(text=text))
    found = [(a.source.text if a.source else None, a.cue.text if a.cue else None, a.speaker.name if a.speaker else None,
              a.speaker.named if a.speaker else None,
              a.speaker.profile.gender if a.speaker and a.speaker.profile else None) for a in analysis.attributions]
    assert found == expected


# Two leaders, each with a party tag, joined by "and": the parser may lose the first one after the brackets, and
# the source's own words then hold a full name; neither makes one of the two the speaker.
PAIRS = [("Jeff McCabe", "Maria Lopez"), ("Dan McCabe", "Sara Gideon"), ("Tom Reilly", "Ana Gideon")]


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_two_leaders_with_party_tags_are_no_one_by_name(first, second):
    text = (f"“Every day, Paul Keller gives Maine people more evidence that he is unfit for office,” State House "
            f"Majority Leader {first} (D) and Assistant House Majority Leader {second} (D) said in a statement.")
    [attribution] = saywho.analyze(saywho.Article(text=text)).attributions
    assert (attribution.cue.text, attribution.speaker.named) == ("said in a statement", False)


# "A defiant Hillary Clinton": the person named, in a mood; "a Gallup Poll" and "a recommendation Attorney General
# Loretta Lynch adopted" stay what they are.
MOODS = [
    ("Senator Rick Dunmore spoke on Sunday.\n\nA more congenial Rick Dunmore said the law was “anachronistic.”",
     [("A more congenial Rick Dunmore", "Rick Dunmore", True)]),
    ("An incredulous Bob Sheffield asked, “What in the world were you talking about?”",
     [("An incredulous Bob Sheffield", "Bob Sheffield", True)]),
    ("A national Gallup Poll taken last week found that most voters want a change.",
     [("A national Gallup Poll taken last week", "A national Gallup Poll", False)]),
]


@pytest.mark.parametrize(("text", "expected"), MOODS, ids=[c[0][:40] for c in MOODS])
def test_a_person_named_in_a_mood_is_that_person(text, expected):
    found = [(a.source.text, a.speaker.name, a.speaker.named) for a in saywho.analyze(saywho.Article(text=text)).attributions]
    assert found == expected


def test_a_group_keeps_the_bracket_its_party_tag_opens():
    text = ("“Every day the mayor gives us more evidence that he is unfit for office,” Council Leader Jo Park (D) and "
            "Deputy Leader Sam Ortiz (D) said in a statement.")
    [attribution] = saywho.analyze(saywho.Article(text=text)).attributions
    assert attribution.speaker.name == "Council Leader Jo Park and Deputy Leader Sam Ortiz (D)"
