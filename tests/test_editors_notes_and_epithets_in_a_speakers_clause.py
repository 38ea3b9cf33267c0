"""What the nineteenth precision audit (seed 3061) showed saywho getting wrong, in texts written for the tests (s61):

- an editor's note on the piece itself ("CLARIFICATION: The first sentence has been clarified to reflect that …",
  "This story was updated to include …") is no one's words;
- a pronunciation in brackets ("Kissito (pronounced kiss-E-tow)") is how a name sounds, not a statement;
- in a clause "after", "because" or "when" hung on the speaker's own, a description the text never gave the
  speaker, after another person named there, is not the speaker: "the senator called on Republicans to unendorse
  Vale after the billionaire real estate mogul claimed …" leaves the mogul unnamed rather than naming the senator."""

from attribution_rows import attribution_rows


def test_an_editors_note_is_no_ones_words():
    text = ("Party chief urges succession plan\n\n"
            "Former party chairman Don Fowler said the party should begin looking for a successor.\n\n"
            "CLARIFICATION: The first sentence has been clarified to reflect that Fowler is calling for a process to "
            "identify a potential successor, not that he is calling for that potential successor to be immediately "
            "identified.\n\n"
            "This story was updated to include comments from the party.\n")
    rows = attribution_rows(text)
    assert rows[-1] == ("indirect", "Former party chairman Don Fowler", "said",
                        "the party should begin looking for a successor", "Don Fowler")
    assert not [row for row in rows if row[2] in {"has been clarified", "was updated"}]


def test_a_pronunciation_is_not_a_statement():
    text = ("A new life in Virginia\n\n"
            "They placed the homes under a new company, Kissito (pronounced kiss-E-tow) Healthcare. Mr. Lyle said "
            "the company was growing.\n")
    assert [row[2] for row in attribution_rows(text)] == ["said"]


def test_a_description_in_a_clause_of_the_speakers_own_is_someone_else():
    text = ("Senator breaks with nominee\n\n"
            "Sen. Carol Hughes spoke in Columbia on Thursday. Hughes has been critical of Martin Vale since the "
            "primary. In June, the South Carolina senator called on fellow Republicans to unendorse Vale after the "
            "billionaire real estate mogul claimed that a judge hearing a lawsuit against him was biased because of his "
            "heritage.\n")
    assert [(row[1], row[4]) for row in attribution_rows(text)] == [
        ("the South Carolina senator", "Carol Hughes"),
        ("the billionaire real estate mogul", "the billionaire real estate mogul")]


def test_an_office_the_speaker_holds_still_takes_the_speaker_up():
    text = ("Senator breaks with nominee\n\n"
            "Sen. Carol Hughes spoke in Columbia on Thursday. Hughes said Martin Vale had insulted the judge, and "
            "the senator said she would not campaign for him.\n")
    assert [row[4] for row in attribution_rows(text)] == ["Carol Hughes", "Carol Hughes"]
