"""A quoted sentence after a colon that closes the writer's clause (issue 12, s27-recall): the clause's verb nearest
the colon is the cue and its subject the source, as for a colon that closes the paragraph before. Not where the
words before the colon have no subject that could speak ("It was simple:"), quote something themselves (a headline's
title), or the quotation is a few quoted words rather than a sentence. Sentences written for the tests; each expected
value is exact."""

import pytest
from attribution_rows import attribution_rows

CASES = [
    ("The council's letter was blunt: “The pool will not reopen this summer.”",
     [("direct", "The council's letter", "was", "“The pool will not reopen this summer.”", "The council's letter")]),
    # the verb nearest the colon, not the sentence's first: the resident sighed, the meeting did not
    ("The meeting ran so long that one resident could only sigh: “I guess dinner is cancelled.”",
     [("direct", "one resident", "could only sigh:", "“I guess dinner is cancelled.”", "one resident")]),
    ("The sign on the clinic door reads: “Closed until further notice.”",
     [("direct", "The sign on the clinic door", "reads:", "“Closed until further notice.”", "The sign")]),
    # no one to speak, quoted words that are no sentence, a title in the words before the colon
    ("It was simple: “Vote no.”", []),
    ("The shop sells three kinds: “plain” and “salted.”", []),
    ('OPENING—"Pool to close in June," by Ann Lee: "The city pool will close in June after forty years."', []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_colon_frames(text, expected):
    assert attribution_rows(text, date="2016-01-01") == expected
