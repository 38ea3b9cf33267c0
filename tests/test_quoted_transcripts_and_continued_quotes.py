"""Transcripts and quotations that go on in the next paragraph (s61).

- A transcript the writer quotes whole, each turn opening with a quotation mark before its label
  (`"HOST: …` ¶ `"GUEST: …`), is one attribution per turn, each its label's words; it is not one long
  quotation of whoever the paragraph before it quoted.
- A turn's label names its speaker and nothing else does: "RAMOS: Secretary Clinton, did you …" is
  Ramos's question, never Clinton's words.
- "you know" and "I mean" set off by commas fill a pause and report nothing.
- `“…,” Collins told reporters.` ¶ `“…”`: a quotation whose frame follows it and ends its paragraph goes on
  in the next paragraph's lone quotation, one attribution with two pieces. A frame before its quotation
  (`She said:` ¶ `“…”` ¶ `“…”`) leaves the later one a carry-over of its own.

Short texts written for the tests."""

from attribution_rows import attribution_rows

QUOTED_TRANSCRIPT = (
    "Governor defends the tweet\n\n"
    "On Sunday's broadcast of \u201cMorning Report,\u201d Gov. Helen Marsh said the tweet was a joke.\n\n"
    "Partial transcript as follows:\n\n"
    "\"DORSEY: Let's start with the tweet. Was it a joke or was it a threat?\n\n"
    "\"MARSH: Well, look, you know, it was plainly a joke. Nobody took it as a threat.\n\n"
    "\"DORSEY: Then why did your office delete it?\n\n"
    "\"MARSH: We delete old posts every week.\n")


def test_each_turn_of_a_quoted_transcript_is_its_labels_words():
    rows = [row for row in attribution_rows(QUOTED_TRANSCRIPT) if row[2] == ":"]
    assert [(row[1], row[3], row[4]) for row in rows] == [
        ("DORSEY", "Let's start with the tweet. Was it a joke or was it a threat?", "DORSEY"),
        ("MARSH", "Well, look, you know, it was plainly a joke. Nobody took it as a threat", "Helen Marsh"),
        ("DORSEY", "Then why did your office delete it?", "DORSEY"),
        ("MARSH", "We delete old posts every week", "Helen Marsh"),
    ]


def test_the_transcript_is_no_quotation_of_the_speaker_before_it():
    said = [row for row in attribution_rows(QUOTED_TRANSCRIPT) if row[2] == "said"]
    assert said == [("indirect", "Gov. Helen Marsh", "said", "the tweet was a joke", "Helen Marsh")]


def test_a_filler_you_know_reports_nothing():
    text = ("Governor defends the tweet\n\n"
            "Gov. Helen Marsh spoke to Tom Dorsey on Sunday.\n\n"
            "DORSEY: Was it a joke or was it a threat?\n\n"
            "MARSH: Well, look, you know, it was plainly a joke. Nobody took it as a threat.\n\n"
            "DORSEY: Then why did your office delete it?\n\n"
            "MARSH: Well, I mean, we delete old posts every week.\n")
    assert [(row[1], row[2], row[4]) for row in attribution_rows(text)] == [
        ("DORSEY", ":", "Tom Dorsey"), ("MARSH", ":", "Helen Marsh"),
        ("DORSEY", ":", "Tom Dorsey"), ("MARSH", ":", "Helen Marsh")]


ADDRESSED = ("Clifford: Victim's mother 'wrong'\n\n"
             "At the debate on Wednesday, candidate Ann Clifford said the mother of a soldier killed in the attack "
             "was wrong.\n\n"
             "RAMOS:  Secretary Clifford, on the night of the attack, you sent an e-mail to your daughter saying that "
             "the militia was responsible. Some of the families claim you lied to them.\n\n"
             "CLIFFORD: I feel a great deal of sympathy for the families, but she is wrong.\n\n"
             "RAMOS: Secretary Clifford, did you lie to them?\n\n"
             "CLIFFORD: No. I told them what I knew that night.\n")


def test_a_label_is_not_the_person_it_addresses():
    speakers = [(row[1], row[4]) for row in attribution_rows(ADDRESSED) if row[2] == ":"]
    assert speakers[1:] == [("RAMOS", "RAMOS"), ("CLIFFORD", "Ann Clifford"),
                            ("RAMOS", "RAMOS"), ("CLIFFORD", "Ann Clifford")]


def test_a_label_takes_the_one_name_that_holds_it():
    text = ADDRESSED.replace("At the debate on Wednesday,", "At the debate moderated by Luis Ramos on Wednesday,")
    assert [row[4] for row in attribution_rows(text) if row[1] == "RAMOS"] == ["Luis Ramos", "Luis Ramos"]


def test_a_quotation_goes_on_after_its_frame_ends_the_paragraph():
    text = ("Delegates and the count\n\n"
            "\u201cAll of us are worried the party will steal the nomination,\u201d Chris Collins told reporters "
            "on Friday.\n\n"
            "\u201cSo the best way we do it, we get to 1,237. Game over.\u201d\n")
    assert attribution_rows(text) == [
        ("direct", "Chris Collins", "told",
         "\u201cAll of us are worried the party will steal the nomination,\u201d \u2026 "
         "\u201cSo the best way we do it, we get to 1,237. Game over.\u201d", "Chris Collins")]


def test_a_frame_before_its_quotation_leaves_the_next_one_apart():
    text = ("Delegates and the count\n\n"
            "Chris Collins told reporters on Friday:\n\n"
            "\u201cAll of us are worried the party will steal the nomination.\u201d\n\n"
            "\u201cSo the best way we do it, we get to 1,237. Game over.\u201d\n")
    rows = attribution_rows(text)
    assert len(rows) == 2 and [row[4] for row in rows] == ["Chris Collins", "Chris Collins"]
