"""Frames the parser hung oddly around the clause they report (s42): an aside before a verb the tagger took for a noun
("…, he added, amount to …"), and a closing frame followed by what the speaker did next ("…, Cruz explained,
recalling …")."""

from attribution_rows import attribution_rows


def test_an_aside_before_a_verb_tagged_as_a_noun_reports_the_clause():
    text = ("Mr. Burman spoke on Monday. Proposals so far from the front-runner, Hillary Rodham Clinton, to raise taxes "
            "on short-term capital gains, he added, amount to ''just kind of tinkering around the edges.''")
    rows = attribution_rows(text, date="2015-11-24")
    assert ("indirect", "he", "added",
            "Proposals so far from the front-runner, Hillary Rodham Clinton, to raise taxes on short-term capital gains"
            " … amount to ''just kind of tinkering around the edges.''", "Mr. Burman") in rows


def test_a_closing_frame_before_a_participle_reports_the_clause_before_it():
    text = ("He lost his older half-sister to an overdose several years ago. She had struggled her whole life, "
            "Cruz explained, recalling the time she called him.")
    rows = attribution_rows(text, date="2016-02-07")
    assert rows[0] == ("indirect", "Cruz", "explained", "She had struggled her whole life", "Cruz")


def test_a_verb_of_saying_read_as_a_participle_on_its_subject_reports_the_clause_after_it():
    text = ("Multiple outlets reported on Wednesday the Secret Service had “more than one conversation” with Trump or "
            "his staff about the statement.")
    rows = attribution_rows(text, date="2016-08-10")
    assert rows[0][2:4] == ("reported", "the Secret Service had “more than one conversation” with Trump or his staff "
                                        "about the statement")
