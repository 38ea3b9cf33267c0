"""A transcript's label in capitals is the person whose surname it spells, though the small model tags only some such
labels ("WALLACE", not "DELGADO"): name_repeats._add_transcript_labels (s46). An article written for the test."""

from attribution_rows import attribution_rows

TRANSCRIPT = ("Mayor Frank Delgado went on the radio on Tuesday to defend his budget.\n\n"
              "HOST: People are angry about the fire stations. Why close them?\n\n"
              "DELGADO: Nobody wants to close a fire station.\n\n"
              "HOST: Will you run again?\n\n"
              "DELGADO: I haven't decided.\n")


def test_a_label_in_capitals_names_the_person_of_that_surname():
    rows = attribution_rows(TRANSCRIPT, date="2024-05-01")
    assert [(row[1], row[3], row[4]) for row in rows] == [
        ("HOST", "People are angry about the fire stations. Why close them?", "HOST"),
        ("DELGADO", "Nobody wants to close a fire station", "Frank Delgado"),
        ("HOST", "Will you run again?", "HOST"),
        ("DELGADO", "I haven't decided", "Frank Delgado")]
