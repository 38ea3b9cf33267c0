"""What an unnamed speaker is called stops where a clause after its head begins (mention_phrases.py): words the
parser hung on the head beyond a relative clause belong to the sentence, not to the description."""

from __future__ import annotations

from attribution_rows import sourced_speakers as attributions


def test_a_quoted_aside_after_the_relative_clause_is_not_part_of_the_name():
    text = ("Instead, the audit -- which notes that 40 city agencies would owe $3 million in back fees, ''equal to "
            "the whole parks budget of Easton, Avon and Lyme combined,'' if they were billed -- should be a warning "
            "to the council.\n")
    assert attributions(text) == [("which", "notes", "the audit")]


def test_names_coordinated_across_an_aside_stay_together():
    text = "Council members Ana Ruiz, who is running again, and Tom Hale said the plan was sound.\n"
    assert attributions(text) == [("Council members Ana Ruiz, who is running again, and Tom Hale", "said",
                                   "Council members Ana Ruiz and Tom Hale")]
