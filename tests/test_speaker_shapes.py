"""Wrong speakers from parse shapes (issue 13, s19-subj), on sentences written for the tests: the relative pronoun
that is the subject of what is said, a "while V-ing" clause hung on an aside, a participle after "footage of X" or
"shows X", the object of "urge X to …", and feelings whose object is who feels them. Each case: text, then the
(source, cue, content) of every attribution found."""

import pytest

import saywho
from saywho.analyse.cues import EXPERIENCER_OBJECT_LEMMAS

CASES = [
    # 1. "which critics argue favours …": "which" is the subject of "favours"; "critics" argue, and the content
    # starts at "which", as PolNeAR marks it ("who … need a strong showing")
    ("Residents fought the rezoning plan, which critics argue favours developers.",
     [("critics", "argue", "which … favours developers")]),
    ("Parents and teachers protested the state funding formula, which advocates say shortchanges poor districts.",
     [("advocates", "say", "which … shortchanges poor districts")]),
    # 2. a "while V-ing" clause is the main clause's subject's, past an aside between dashes or brackets
    ("Dock workers kept blocking the gate - where the company trucks waited all morning - while chanting, "
     "\"Not one more layoff.\"",
     [("Dock workers", "chanting", "\"Not one more layoff.\"")]),
    ("Protesters kept marching past the arena - where the city's hockey team played the visitors - while chanting, "
     "\"No justice, no peace.\"",
     [("Protesters", "chanting", "\"No justice, no peace.\"")]),
    # 3. a participle right after the object of "of" or of "shows" is that noun's doing, not the one showing
    ("The new mailer shows footage of Senator Rosa Park asking, \"Where did the money go?\"",
     [("The new mailer", "shows", "footage of Senator Rosa Park asking, \"Where did the money go?\""),
      ("Senator Rosa Park", "asking", "\"Where did the money go?\"")]),
    ("A rival ad shows footage of Mayor Lena Cho insisting the schools were safe.",
     [("A rival ad", "shows", "footage of Mayor Lena Cho insisting the schools were safe"),
      ("Mayor Lena Cho", "insisting", "the schools were safe")]),
    # (a clip's showing is the writer's reading of a picture, no attribution: things.py)
    ("The clip showed Governor Tess Lyle promising that the plant would stay open.",
     [("Governor Tess Lyle", "promising", "that the plant would stay open")]),
    # 4. object control: "urged X to V … for V-ing", "called on X to V …": X does the V-ing
    ("The union leader urged Councillor Ben Hale to resign for claiming the strike was illegal.",
     [("The union leader", "urged", "Councillor Ben Hale to resign for claiming the strike was illegal"),
      ("Councillor Ben Hale", "claiming", "the strike was illegal")]),
    ("The mayor called on Senator Joan Pike to withdraw for suggesting the vote was bought.",
     [("The mayor", "called on", "Senator Joan Pike to withdraw for suggesting the vote was bought"),
      ("Senator Joan Pike", "suggesting", "the vote was bought")]),
    # 5. "alarm", "worry" with an object: a feeling, the subject is no speaker; the aside's own cue stays
    ("Frankly, the audit -- which finds that 12 agencies overspent -- should worry taxpayers.",
     [("which", "finds", "that 12 agencies overspent")]),
    ("Instead, the memo -- which says that 30 schools would close, \"a loss the city cannot afford,\" if cuts pass "
     "-- should alarm parents.",
     [("which", "says", "that 30 schools would close, \"a loss the city cannot afford,\" if cuts pass")]),
]


def rows(text: str) -> list[tuple]:
    return [(a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text)
            for a in saywho.analyze(text, date="2016-01-01").attributions]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_speaker_the_parse_shape_names(text, expected):
    assert rows(text) == expected


def test_what_angers_someone_is_no_speaker():
    assert rows("The ruling angered the families.") == []


def test_the_one_who_worries_still_speaks():
    """Without an object the feeling is the subject's own, as PolNeAR marks it ("Some Democrats now worry that …")."""
    assert "worry" in EXPERIENCER_OBJECT_LEMMAS
    assert rows("Some shopkeepers worry that the new levy will drive customers away.") == [
        ("Some shopkeepers", "worry", "that the new levy will drive customers away")]
