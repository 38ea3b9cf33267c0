"""Putting out a piece is no report of what it says (issue 13's acts read as speech, s45): "issued a formal
statement", "wrote the letter", "posted a video" gave the piece itself as what was said. A piece with its words or
gist stays, and so do the quoted words of a piece."""

from attribution_rows import attribution_rows

ARTICLE = (
    "The mayor issued a formal statement on Monday. Later she posted a video on her campaign page.\n\n"
    "The council issued a press release.\n\n"
    "Councillor Ruiz wrote the letter in March. He issued a statement saying the budget was balanced.\n\n"
    'The union posted a message: "We will strike on Friday."'
)


def test_a_piece_put_out_is_not_what_was_said():
    rows = attribution_rows(ARTICLE, date="2024-05-01")
    assert [row[1:4] for row in rows] == [
        ("He", "issued a statement saying", "the budget was balanced"),
        ("The union", "posted", '"We will strike on Friday."'),
    ]


def test_retweeting_a_message_passes_on_its_words():
    rows = attribution_rows("The senator retweeted the message within minutes.", date="2024-05-01")
    assert [row[1:4] for row in rows] == [("The senator", "retweeted", "the message")]
