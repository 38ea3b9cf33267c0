"""Plain speech saywho missed (issues 12 and 13): "said", "told", "says" attributions whose shape hid them.

Each case is (text, [(kind, source, cue, content, speaker)]) with exact expected values, on sentences written
for the tests: a quotation inside a quotation closed before a space (`,' "`), a closing mark typed as an
opening one (`,“ said`), a parenthetical cue around a clause that quotes a phrase, or after an opening "But",
a clause that opens with a gerund ("said raising taxes would …"), a one-word answer ("said yes"), a word standing for what was said ("said so", "said the same"), a quotation after a
look and a colon ("seemed irritated: “…,” she wrote"), an aside after a quotation closed on its comma, and what a
text reads ("“…,” read the email"), and what was tweeted ("tweeted her thanks").
"""

import pytest
from attribution_rows import attribution_rows

from saywho.analyse.quotes import find_quotes


def found(text: str) -> list[tuple]:
    return attribution_rows(text, date="2016-01-01")


CASES = [
    # a quotation inside a quotation, its closing mark and the outer one set apart by a space
    ("\"The voters keep telling me, 'You should run,' \" Mayor Dana Pratt said on Monday.",
     [("direct", "Mayor Dana Pratt", "said", "\"The voters keep telling me, 'You should run,' \"", "Dana Pratt")]),
    ("\"It is what the brokers call 'a safe bet,' \" said Lena Ortiz, a trader.",
     [("direct", "Lena Ortiz, a trader", "said", "\"It is what the brokers call 'a safe bet,' \"", "Lena Ortiz")]),
    # an opening mark typed where the closing one belongs
    ("“The budget will not pass this year,“ said Tom Reyes, a state senator.",
     [("direct", "Tom Reyes, a state senator", "said", "“The budget will not pass this year,“", "Tom Reyes")]),
    # a parenthetical cue in a clause that quotes a phrase of the speaker's
    ("The new levy, Ms. Okafor said, had become “a tax on breathing.”",
     [("partial", "Ms. Okafor", "said", "The new levy … had become “a tax on breathing.”", "Ms. Okafor")]),
    # a parenthetical cue after the sentence's opening conjunction
    ("But, the senator said, the vote is still weeks away.",
     [("indirect", "the senator", "said", "But … the vote is still weeks away", "the senator")]),
    # a clause opening with a gerund
    ("Chen said raising the fee would drive families away.",
     [("indirect", "Chen", "said", "raising the fee would drive families away", "Chen")]),
    ("The governor said closing the plant was never an option.",
     [("indirect", "The governor", "said", "closing the plant was never an option", "The governor")]),
    # a one-word answer
    ("Asked whether the council should resign, 61 percent of residents said yes.",
     [("indirect", None, "Asked", "whether the council should resign", None),
      ("indirect", "61 percent of residents", "said", "yes", "61 percent")]),
    ("Asked if she would run again, Ms. Hale said no.",
     [("indirect", None, "Asked", "if she would run again", None), ("indirect", "Ms. Hale", "said", "no", "Ms. Hale")]),
    # a word standing for what was said before
    ("In the spring poll, half of the members said the board had lost their trust. Last month, 55 percent said so.",
     [("indirect", "half of the members", "said", "the board had lost their trust", "half"),
      ("indirect", "55 percent", "said", "so", "55 percent")]),
    ("Last month, 26 percent said the same.",
     [("indirect", "26 percent", "said", "the same", "26 percent")]),
    # a look before a colon is no frame of the quotation after it
    ("Aides told her the memo could not be sent because it was classified. Mayor Ruth Okafor seemed irritated: "
     "“It's a public memo! Just send it,” she wrote.",
     [("indirect", "Aides", "told", "the memo could not be sent because it was classified", "Aides"),
      ("direct", "she", "wrote", "“It's a public memo! Just send it,”", "Ruth Okafor")]),
    # an aside after a quotation whose comma is inside its closing mark
    ("Despite his \"admittedly brash online manner,\" public defender Ann Quill wrote, Mr. Lazar is a devoted father "
     "who could not find work.",
     [("indirect", "public defender Ann Quill", "wrote",
       "Despite his \"admittedly brash online manner,\" … Mr. Lazar is a devoted father who could not find work",
       "Ann Quill")]),
    # what a text reads: a quotation stands where "read" takes a clause
    ("The campaign sent an email to supporters on Tuesday night. “Our movement has already changed the party’s mind "
     "on trade,” read the email.",
     [("direct", "the email", "read", "“Our movement has already changed the party’s mind on trade,”", "the email")]),
    # what was posted: the object of "tweeted", a possessive "her" read as the object and its noun joined again
    ("The president signed the order on Tuesday. Senator Ruth Okafor tweeted her thanks to the president, and Mayor "
     "Dale Lund tweeted a warning to the council.",
     [("indirect", "Senator Ruth Okafor", "tweeted", "her thanks to the president", "Ruth Okafor"),
      ("indirect", "Mayor Dale Lund", "tweeted", "a warning to the council", "Dale Lund")]),
    # what is no speech stays out
    ("He recalled seeing the plane come down.", []),
    ("She said no more than she had to.", []),
    ("The bridge, built in 1920, had “serious cracks” by then.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_missed_speech(text, expected):
    assert found(text) == expected


def quoted(text: str) -> list[str]:
    quotes, _ = find_quotes(text, [(0, len(text))])
    return [text[start:end] for start, end in (q.outer for q in quotes)]


def test_a_double_mark_after_an_inner_closing_mark_and_a_space_closes():
    assert quoted("\"It was, as they say, 'a mess,' \" she said.") == ["\"It was, as they say, 'a mess,' \""]


def test_an_opening_mark_after_a_comma_and_before_a_space_closes():
    assert quoted("“No,“ he said. “Never.”") == ["“No,“", "“Never.”"]


def test_marks_that_pair_are_read_as_before():
    assert quoted("They chose “one,” “two,” and “three.”") == ["“one,”", "“two,”", "“three.”"]
    assert quoted('He said "it is " and left.') == ['"it is " and left.']
