"""Quotations framed apart from any verb (s47): one that makes up its paragraph alone, given to its speaker by the
paragraph after it ("That was the warning from Harold Voss, …"; speaker_labels.CLAIMED_AFTER), is that speaker's,
not the previous speaker's carried over; and one after an owner's saying and a colon ("Orbis's response:",
"His answer:"; orphan_quotes._owner_of_a_saying) is the owner's. Written for the test, from short news articles read as a
fact-checker would."""

from attribution_rows import attribution_rows

TEXT = """Port strike enters second week as talks stall

Union leader Frank Moretti put it bluntly: "We are not going back without a contract that protects our jobs."

Moretti disagreed. "Money is not the issue," he said.

"Every day this goes on, we lose customers who may never come back."

That was the warning from Harold Voss, president of the Larkin Chamber of Commerce, who said at least 30 local \
trucking firms had laid off drivers since the strike began.
"""


def test_the_warning_from_the_next_paragraph_is_its_speakers():
    rows = attribution_rows(TEXT)
    assert rows[2] == ("direct", "Harold Voss", "That was the warning from",
                       '"Every day this goes on, we lose customers who may never come back."', "Harold Voss")


def test_an_owners_response_before_a_colon_frames_the_quotation():
    """ "Orbis's response: “…”": the noun of a saying with its owner, and nothing else, before the colon (s47,
    orphan_quotes._owner_of_a_saying)."""
    text = ("A data-sharing agreement between Orbis Technologies and a national health service has drawn criticism.\n\n"
            "Orbis's response: \"We process data only on the instructions of our partners and under strict legal "
            "safeguards.\"")
    assert attribution_rows(text)[-1] == (
        "direct", "Orbis's", "response:", '"We process data only on the instructions of our partners and under '
        'strict legal safeguards."', "Orbis Technologies")


def test_his_answer_before_a_colon_is_his():
    text = "Trump was asked about the wall on Tuesday. His answer: \"Mexico will pay.\""
    assert attribution_rows(text)[-1] == ("direct", "His", "answer:", '"Mexico will pay."', "Trump")
