"""Wrong speakers from parse shapes, third round (issue 13, s20-who), on sentences written for the tests: a
participle set off after a clause inside the main one is the main clause's subject's, a participle right under
"left X", "were left" is X's (or the passive subject's), a second clause's subject the parser joined to the first
clause's object is the second verb's, and a source run leftwards across a dash starts after it. Shapes main already reads right stay pinned. Each case:
text, then the (source, cue, content, speaker) of every attribution found."""

import pytest

import saywho

CASES = [
    # 1. a participle after a complement clause with its own subject: the arguer's, not the toll's
    ("Governor Ray Olsen argued that a new toll would keep trucks off the bridge, saying the repairs could not wait.",
     [("Governor Ray Olsen", "argued", "that a new toll would keep trucks off the bridge", "Ray Olsen"),
      ("Governor Ray Olsen", "saying", "the repairs could not wait", "Ray Olsen")]),
    # (after "the idea that X …": the one who dismissed it explains, not the trade)
    ("Coach Mia Sorensen dismissed the idea that a trade was coming, explaining that the roster was set.",
     [("Coach Mia Sorensen", "dismissed", "the idea that a trade was coming", "Mia Sorensen"),
      ("Coach Mia Sorensen", "explaining", "that the roster was set", "Mia Sorensen")]),
    # 2. after a relative clause: the main clause's subject, not the relative clause's "who"
    ("Mayor Ed Voss was defensive about not paying a plumber who said he was owed money, saying the job was "
     "unfinished.",
     [("who", "said", "he was owed money", "a plumber"),
      ("Mayor Ed Voss", "saying", "the job was unfinished", "Ed Voss")]),
    # 3. "left X feeling", "were left wondering": X feels and wonders, not the verdict or the vote
    ("The defeat left the senator feeling that the voters had turned on him.",
     [("the senator", "feeling", "that the voters had turned on him", "the senator")]),
    ("After the vote, local farmers were left wondering whether the subsidy would return.",
     [("local farmers", "wondering", "whether the subsidy would return", "local farmers")]),
    # 4. two clauses joined by "and", the second subject parsed as the first clause's object: each its own speaker
    ("Several teachers have said they will skip the meeting and parents have complained that the district ignored "
     "them.",
     [("Several teachers", "have said", "they will skip the meeting", "Several teachers"),
      ("parents", "have complained", "that the district ignored them", "parents")]),
    # ... and with no auxiliary, where the second subject is a name: the participle after it goes on with the name
    ("Over the past two weeks, prosecutors charged the officer with murder and Emanuel fired his police chief, Garry "
     "F. McCarthy, acknowledging that significant segments of the city have lost trust in the police.",
     [("Emanuel", "acknowledging", "that significant segments of the city have lost trust in the police", "Emanuel")]),
    # 5. shapes main already reads right: "praised X for saying", a letter's senders urging
    ("The governor praised Mayor Lou Park for saying the budget must be balanced.",
     [("The governor", "praised", "Mayor Lou Park for saying the budget must be balanced", "The governor"),
      ("Mayor Lou Park", "saying", "the budget must be balanced", "Lou Park")]),
    ("The residents sent a letter to the city council urging it to delay the vote.",
     [("The residents", "urging", "it to delay the vote", "The residents")]),
]


def rows(text: str) -> list[tuple]:
    return [(a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text,
             a.speaker.name if a.speaker else None)
            for a in saywho.analyze(text, date="2024-05-01").attributions]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_speaker_the_parse_shape_names(text, expected):
    assert rows(text) == expected


def test_a_source_run_across_a_dash_starts_after_it():
    """ "cheeseburger - an old favorite - others say": where the parser hangs the aside on the subject after it, the
    source is the subject alone (the parse is built by hand: the small model does so only in some contexts)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from saywho.analyse.mention_phrases import after_a_dash

    words = ["ate", "pie", "-", "an", "old", "favorite", "-", "others", "say", "he", "is", "fit"]
    heads = [0, 0, 7, 5, 5, 7, 7, 8, 8, 10, 8, 10]
    deps = ["ROOT", "dobj", "punct", "det", "amod", "appos", "punct", "nsubj", "conj", "nsubj", "ccomp", "acomp"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    others = doc[7]
    assert [t.text for t in after_a_dash(list(others.subtree), others)] == ["others"]
    # no dash before the head: the phrase whole
    assert [t.text for t in after_a_dash(list(doc[5].subtree), doc[5])] == ["an", "old", "favorite"]
