"""Speakers the parser loses in two shapes: a name after an opening participle phrase taken for a conjunct of the
phrase's last noun ("Alarmed by the flooding in Dorset, Councillor Ann Hale, the council leader, said …"), and an
aside "X said" hung on a noun because the verb after it was read as a participle ("The hashtag #FindThem, Ms.
Okafor said, accompanied …"). Written for these tests."""

from __future__ import annotations

import saywho


def found(text: str) -> list[tuple[str, str | None, str, str, str | None]]:
    analysis = saywho.analyze(text)
    return [(a.kind, a.source.text if a.source else None, a.cue.text, a.content.text,
             a.speaker.name if a.speaker else None) for a in analysis.attributions]


def test_a_name_after_an_opening_participle_phrase_is_the_speaker():
    text = ("Council meets.\n\n"
            "Alarmed by the flooding in Dorset, Councillor Ann Hale, the council leader, said that she spoke with the "
            "minister on Tuesday.")
    assert found(text) == [
        ("indirect", "Councillor Ann Hale, the council leader,", "said", "that she spoke with the minister on Tuesday",
         "Ann Hale"),
    ]


def test_an_aside_hung_on_a_noun_still_reports_its_sentence():
    text = ("Search goes on.\n\n"
            "The hashtag #FindThem, Ms. Okafor said, accompanied photographs of the missing and the news when "
            "someone was found.")
    assert found(text) == [
        ("indirect", "Ms. Okafor", "said", "The hashtag #FindThem … accompanied photographs of the missing and the "
         "news when someone was found", "Ms. Okafor"),
    ]


def test_an_aside_hung_on_a_noun_with_no_verb_after_it_reports_nothing():
    text = ("Search goes on.\n\n"
            "The hashtag #FindThem, Ms. Okafor said, a cry for help from the families of the missing.")
    assert [a for a in found(text) if a[2] == "said"] == []


def test_a_name_after_a_verb_that_follows_a_quotation_is_who_asks():
    text = ("Party meets.\n\n"
            "''Is Mayor Hale running against the Democratic National Committee?'' asked Mr. Okafor, referring to the "
            "mayor's attacks on the party.")
    assert found(text) == [
        ("direct", "Mr. Okafor", "asked", "''Is Mayor Hale running against the Democratic National Committee?''",
         "Mr. Okafor"),
    ]


def test_a_verb_coordinated_with_the_word_before_and_shares_the_subject():
    text = ("Mayor speaks.\n\n"
            "Mayor Ann Hale spoke after the vote. She called it \"shameful\" and called on councillors \"not to feed "
            "that dark impulse.\"")
    assert [(a[1], a[2], a[4]) for a in found(text)] == [
        ("She", "called", "Ann Hale"),
        ("She", "called on", "Ann Hale"),
    ]


def test_a_noun_named_by_a_past_participle_is_not_its_speaker():
    text = ("Books.\n\n"
            "Her novel is a twist on a subgenre of contemporary women's fiction known as ''chick lit.'' A studio is "
            "developing a film.\n\n"
            "At an event billed as “Hard Hats for Hillary,” Clinton unveiled a plan.")
    assert [(a[1], a[2], a[4]) for a in found(text)] == [
        (None, "known as", None),
        (None, "billed as", None),
    ]


def test_an_object_read_as_a_predicate_before_quoted_words_is_what_was_called():
    text = ("Senator speaks.\n\n"
            "Graham called both Trump and Democratic front-runner Hillary Clinton “crazy” on Tuesday.\n\n"
            "A year later, Mr. Obama called Naghmeh Abedini.")
    assert [(a[1], a[2], a[3]) for a in found(text)] == [
        ("Graham", "called", "Trump and Democratic front-runner Hillary Clinton “crazy”"),
    ]


def test_a_past_tense_read_as_a_participle_after_a_name_is_the_verb():
    text = ("Party in turmoil.\n\n"
            "Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called Donald J. Trump's remarks "
            "about a Latino judge ''racist.''")
    assert [(a[1], a[2], a[3], a[4]) for a in found(text)] == [
        ("Speaker Paul D. Ryan, the nation's highest-ranking Republican,", "called",
         "Donald J. Trump's remarks about a Latino judge ''racist.''", "Paul D. Ryan"),
    ]


def test_whom_a_question_was_put_to_is_not_what_was_asked():
    text = ("Interview.\n\n"
            "Conservative radio host Hugh Hewitt asked Trump about statements he had made the previous night.")
    assert [(a[1], a[2], a[3], a[4]) for a in found(text)] == [
        ("Conservative radio host Hugh Hewitt", "asked", "about statements he had made the previous night",
         "Hugh Hewitt"),
    ]


def test_a_name_right_after_said_outranks_a_subject_the_parser_gave_before_it():
    text = ("Party shifts.\n\n"
            "Couple global exposure with a \"candidate who is a lightning rod\" and Clevelanders get nervous, said "
            "Christine Link, executive director of the American Civil Liberties Union in Ohio.")
    assert [(a[1], a[2], a[4]) for a in found(text)] == [
        ("Christine Link, executive director of the American Civil Liberties Union in Ohio", "said", "Christine Link"),
    ]


def test_a_participle_after_a_shared_passive_is_its_subjects_doing():
    text = ("Convention.\n\n"
            "Comedian Sarah Silverman was booed and shouted down by Bernie Sanders supporters after telling holdouts "
            "for the Vermont senator that they were “being ridiculous.”")
    assert [(a[1], a[2], a[4]) for a in found(text)] == [
        ("Comedian Sarah Silverman", "telling", "Sarah Silverman"),
    ]


def test_a_speaker_coordinated_with_a_noun_of_the_opening_phrase_is_the_speaker():
    text = ("Unity meeting.\n\n"
            "After a day of tensions between two of the nation’s highest-profile Republicans, House Speaker Paul Ryan’s "
            "office announced Friday that Ryan will meet with Donald Trump next week.")
    assert [(a[1], a[2]) for a in found(text)] == [("House Speaker Paul Ryan’s office", "announced Friday")]


def test_verbs_in_a_series_share_the_first_ones_subject():
    text = ("Trump further summed up Clinton as “terrible,” denounced her record as secretary of state and said she "
            "should not even be allowed to run for office.")
    assert [(a[1], a[2], a[4]) for a in found(text)] == [
        ("Trump", "denounced", "Trump"),
        ("Trump", "said", "Trump"),
    ]


def test_a_noun_after_a_verb_that_follows_a_quotation_is_who_asks():
    text = ("Rally.\n\n"
            "“How big is that wall?” asked the boy, who was wearing a red hat.")
    assert [(a[1], a[2], a[3]) for a in found(text)] == [
        ("the boy, who was wearing a red hat", "asked", "“How big is that wall?”"),
    ]


def test_a_name_the_tagger_read_as_an_adverb_is_the_speaker():
    text = ("Data.\n\n"
            "Bill Skelly runs the firm. “Having access is valuable,” said Skelly, explaining he worked closely with "
            "Chrabaszcz.\n\n"
            "“It was a tough night,” he said quietly.")
    assert [(a[1], a[2], a[4]) for a in found(text)] == [
        ("Skelly", "said", "Bill Skelly"),
        ("Skelly", "explaining", "Bill Skelly"),
        ("he", "said quietly", "Bill Skelly"),
    ]


def test_a_verb_of_saying_right_before_a_quotation_frames_it_when_the_parser_did_not():
    text = ("Fox after Ailes.\n\n"
            "Then there was the conservative radio host Charlie Sykes, who lamented in an interview with the Business "
            "Insider politics editor Oliver Darcy, ''We have basically eviscerated any of the referees.''")
    assert [(a[0], a[1], a[3], a[4]) for a in found(text)] == [
        ("direct", "who", "''We have basically eviscerated any of the referees.''", "Charlie Sykes"),
    ]


def test_a_count_before_a_participle_after_with_is_who_says():
    text = ("Caucus night.\n\n"
            "Among Democrats, about two-thirds of caucus attendees described themselves as liberals with about three in "
            "10 saying they are very liberal.")
    assert [(a[1], a[2], a[3]) for a in found(text)][-1] == ("about three in 10", "saying", "they are very liberal")


def test_a_name_the_parser_ran_the_opening_place_into_is_the_speaker():
    text = ("Mill closes.\n\n"
            "At a June union meeting in St. Clairsville, Ohio, 58-year-old Darla Pelletier explained that the closure "
            "had cost her family two paychecks.")
    assert found(text) == [
        ("indirect", "58-year-old Darla Pelletier", "explained", "that the closure had cost her family two paychecks",
         "Darla Pelletier"),
    ]


def test_the_speaker_of_a_verb_after_the_misread_one_starts_after_the_place():
    text = ("Mill closes.\n\n"
            "At a June Trump campaign event in St. Clairsville, Ohio, 58-year-old Darla Pelletier also railed against "
            "immigrants, and explained how much it upset her to hear them speak in other languages.")
    assert [a for a in found(text) if a[2] == "explained"] == [
        ("indirect", "58-year-old Darla Pelletier", "explained",
         "how much it upset her to hear them speak in other languages", "Darla Pelletier"),
    ]


def test_called_after_a_name_in_a_sentence_with_no_other_verb_reports():
    text = ("Schools row.\n\n"
            "Okafor, a Scott ally, called Florida’s standards “strong.” Nobody else commented.")
    assert [a for a in found(text) if a[2] == "called"] == [
        ("indirect", "Okafor, a Scott ally,", "called", "Florida’s standards “strong.”", "Okafor"),
    ]


def test_called_after_a_noun_with_quoted_words_after_it_reports():
    text = ("Harbor row.\n\n"
            "One councillor called Pruitt \"the queen of empty promises.\" But the motion failed.")
    assert [a for a in found(text) if a[2] == "called"] == [
        ("partial", "One councillor", "called", "Pruitt \"the queen of empty promises.\"", "One councillor"),
    ]


def test_a_thing_called_by_its_name_is_still_named_not_quoted():
    text = ("Harbor row.\n\n"
            "She runs a website called “Bridgeton If Pruitt Wins.”")
    assert [a for a in found(text) if a[2] == "called"] == []


def test_an_infinitive_of_saying_before_a_quotations_comma_frames_it():
    text = ("Harbor row.\n\n"
            "The letter went on to say, “Today, because the ferry has been so successful, we will add a second boat.”")
    assert found(text) == [
        ("direct", "The letter", "went on to say",
         "“Today, because the ferry has been so successful, we will add a second boat.”", "The letter"),
    ]


def test_a_look_is_no_frame_for_the_quotation_a_telling_after_it_frames():
    text = ("Harbor row.\n\n"
            "Weaver didn't seem fazed, telling reporters, “A lot of people said the mayor should step down.”")
    assert [(a[1], a[2], a[4]) for a in found(text)] == [("Weaver", "telling", "Weaver")]


def test_the_noun_a_relative_clause_without_that_hangs_on_is_no_part_of_the_source():
    text = ("Emails case closed.\n\n"
            "Last month, FBI Director James Comey said she should face no criminal charges, a recommendation Attorney "
            "General Loretta Lynch adopted.\n\n"
            "Two groups rolled out advertisements criticizing the senators as anti-Latino, a tactic Democrats hope "
            "will dampen Latino support for them.")
    rows = [(a.source.text, a.cue.text, a.speaker.name if a.speaker else None)
            for a in saywho.analyze(text, date="2016-08-10").attributions if a.cue.text in {"adopted", "hope"}]
    assert rows == [
        ("Attorney General Loretta Lynch", "adopted", "Attorney General Loretta Lynch"),
        ("Democrats", "hope", "Democrats"),
    ]
