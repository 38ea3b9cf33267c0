"""Speakers of quotations as other newsrooms frame them (the BASIL quotation check,
tools/speaker_gold/basil_quotes.py), on articles written for the tests: a dateline set off with a horizontal bar, a
verb no cue list holds before the name ("summarized Senor"), a quotation closed on "!" and framed after it, and an
office its title gave one person ("Rep. … the four-term congressman"); and names as they came up in its second
sample: a surname that opens on a lower-case particle ("diGenova"), a statement from an organisation (or from
someone described and named beside it), a son named with his suffix after his father was spoken of by surname alone,
a dateline's place read as a second subject, and a first name joined to a partner named in full ("Hillary and Bill
Clinton"), whose bare surname then names neither. Each case: text, then (source, cue, speaker, named) of every
attribution."""

import pytest

import saywho

CASES = [
    # HuffPost's dateline bar is no verb: the dateline's place is no one's subject
    ("WASHINGTON ― Governor Ada Pruitt on Tuesday renewed her attack on the state lottery, and said its director "
     "should resign.",
     [("Governor Ada Pruitt", "said", "Ada Pruitt", True)]),
    # a verb before the name frames the quotation that opens the paragraph, whatever the verb
    ("Councillor Omar Reyes voted against the budget on Monday.\n\n"
     "“It is completely inconsistent with what we promised,” summarized Reyes. The vote is next week.",
     [("Reyes", "summarized", "Omar Reyes", True)]),
    # closed on "!", the quotation is still framed by the reporting verb after it
    ("Mayor Lena Cho attacked the transit board on Friday.\n\n"
     "“The trains are late every day. Fire them all!” Cho tweeted early Saturday.",
     [("Cho", "tweeted", "Lena Cho", True)]),
    # ... but not by a verb with a content of its own
    ("Mayor Lena Cho attacked the transit board on Friday.\n\n"
     "“Fire them all!” Cho tweeted that she would call a hearing.",
     [("Cho", "tweeted", "Lena Cho", True)]),
    # an office the article gave one person by title
    ("Rep. Dale Burke (R-Ohio) resigned on Friday, he announced in a statement.\n\n"
     "His former aide Ann Reilly sued him in 2016, and she claimed she was fired for complaining.\n\n"
     "“I had no idea how to run an office,” the four-term congressman said in December.",
     [("he", "announced in a statement", "Dale Burke", True), ("she", "claimed", "Ann Reilly", True),
      ("the four-term congressman", "said", "Dale Burke", True)]),
    ("Former prosecutor Anna diMarco criticised the arrest on Friday.\n\n"
     "“This is an abuse of power,” diMarco, who has advised the mayor, said in a statement.",
     [("diMarco", "said in a statement", "Anna diMarco", True)]),
    ("A statement from the Green Party of Ohio said the count was wrong.",
     [("A statement from the Green Party of Ohio", "said", "Green Party", True)]),  # the model's name ends early
    # a statement from someone described and then named: the name beside the description issued it (s40)
    ("\"We are disappointed, but hardly surprised,\" said the statement from Lund's attorney, William Okafor.",
     [("the statement from Lund's attorney, William Okafor", "said", "William Okafor", True)]),
    ("Paul Okafor, a longtime adviser to Governor Reyes, was arrested on Friday.\n\n"
     "Mr. Reyes attacked the inquiry on Friday. “It is a witch hunt!” he wrote on Twitter.\n\n"
     "Miguel Reyes Jr. wrote to the board and asked, “Why is the vote late?”",
     # "wrote to the board" tells whom he wrote to, not what (write|prep:to a cue 2 times in 5 on PolNeAR train)
     [("he", "wrote on Twitter", "Governor Reyes", True), ("Miguel Reyes Jr.", "asked", "Miguel Reyes Jr.", True)]),
    ("WASHINGTON – Senator Ruth Alder's campaign on Friday released a letter from her doctor declaring she is in "
     "“excellent health.”",
     [("Senator Ruth Alder's campaign", "declaring", "Senator Ruth Alder's campaign", False)]),
    # a role word the model tagged with the name, before a first name, is no part of it
    ("Historian Alan Brinkley said the vote was a bit of theater.",
     [("Historian Alan Brinkley", "said", "Alan Brinkley", True)]),
    ("Hillary and Bill Clinton earned $141 million, according to tax returns released Friday.\n\n"
     "“We owe it to the opportunities America provides,” Clinton said in a statement.",
     [("tax returns released Friday", "according to", "tax returns", False), ("Clinton", "said in a statement", "Clinton", False)]),
    # a sentence ending on the platform X ends there: the next sentence's "Another" is no one named, not the fan
    ("Fans were angry.\n\n\"We drove six hours for this,\" one fan wrote on X. Another quipped that she should "
     "\"try sleeping.\"",
     [("one fan", "wrote", "one fan", False), ("Another", "quipped", None, None)]),
    # the parser leaves "in" without its object and makes the post the verb's object: the clause is what was written
    ("Pop star Lena Marx apologized on Monday, writing in an Instagram post that she had been \"completely "
     "exhausted.\"",
     [("Pop star Lena Marx", "writing", "Lena Marx", True)]),
    # the parser hangs the "that" clause on the statement, and its subject on "was": still what the company said
    ("Strike talks\n\nStellantis said in a statement that it was disappointed.\n\n"
     "The mayor said in a statement that the city would appeal.",
     [("Stellantis", "said in a statement", "Stellantis", True), ("The mayor", "said in a statement", "The mayor", False)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_speaker_of_each_frame(text, expected):
    analysis = saywho.analyze(text)
    found = [(a.source.text if a.source else None, a.cue.text if a.cue else None,
              a.speaker.name if a.speaker else None, a.speaker.named if a.speaker else None)
             for a in analysis.attributions]
    assert found == expected


def test_what_was_written_in_a_post_the_parser_made_the_verb_s_object():
    text = "Pop star Lena Marx apologized on Monday, writing in an Instagram post that she had been \"completely exhausted.\""
    assert [a.content.text for a in saywho.analyze(text).attributions] == ['that she had been "completely exhausted."']
