"""A quotation that makes up its paragraph alone, given to its speaker by the paragraph after it ("That was the
warning from Harold Voss, …"), is that speaker's, not the previous speaker's carried over (s47,
speaker_labels.CLAIMED_AFTER). Written for the test, from a short news article read as a fact-checker would."""

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
