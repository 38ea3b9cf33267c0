"""Speakers of international news (s52): names the small model reads as organisations or places (Okonkwo-Reid,
Teixeira Abreu, "Wambui, 34,", "the Commission on Elections" read as a person), a person's act just before a quotation
("Pellow laughed. “Not yet,” he said."), people described but never named who go on speaking, offices in capitals
("the GMD"), Commonwealth titles (Cr, Coroner), datelines followed by a colon, and notices ("the statement said")
credited to whoever put them out. Short texts written for the test, and three fictional articles written for the
session (tests/data/articles/world)."""

from pathlib import Path

from attribution_rows import speakers_with_naming

import saywho

WORLD = Path(__file__).parent / "data" / "articles" / "world"


def _speaker_of(article: str, opening: str) -> tuple[str | None, bool | None]:
    """The speaker of the attribution whose content begins with `opening`, in one of the articles."""
    analysis = saywho.analyze((WORLD / article).read_text(encoding="utf-8"), date="2026-03-01")
    found = [a for a in analysis.attributions if a.content.text.lstrip("“\"").startswith(opening)]
    assert len(found) == 1, [a.content.text[:40] for a in analysis.attributions]
    speaker = found[0].speaker
    return (speaker.name, speaker.named) if speaker else (None, None)


def test_the_one_whose_act_opens_the_paragraph_says_the_quotation_after_it():
    # "Asked …, Pellow laughed. “Not yet …,” he said.": the captain quoted the paragraph before is not "he"
    assert _speaker_of("cricket-day-three.txt", "Not yet. Maybe a lemonade") == ("Jake Pellow", True)


def test_the_last_words_of_a_full_name_are_that_person_whatever_the_model_read():
    # "Teixeira Abreu smiled", tagged an organisation, is the coach named in full before; "he" is he
    assert _speaker_of("istanbul-derby.txt", "The president of Uskudar can say") == ("Nuno Teixeira Abreu", True)


def test_an_institutions_name_read_as_a_person_is_no_commissioners_name():
    # "Comelec", tagged a person four times, is "the Commission on Elections": "the commissioner" is the commissioner
    assert _speaker_of("e-wallet-vote-buying.txt", "Comelec had filed 87") == ("Erlinda Bautista-Ocampo", True)


def test_a_name_with_an_age_set_after_it_is_a_persons():
    text = ("At half past six, Mercy Njeri Wambui is already stacking tomatoes at her stall in Gikomba, the open-air "
            "market near the city centre.\n\nWambui, 34, tells the story with a shrug.\n\n"
            "\"The first loan was easy. You press a button and the money is there,\" she says.")
    assert speakers_with_naming(text)[-1] == ("she", "Wambui", True)


def test_one_of_a_people_is_described_not_named():
    text = ("Tereza Novotna beat the home favourite 6-4 3-6 6-2 on Tuesday.\n\n\"It's never easy to play here,\" "
            "Novotna said with a smile.\n\nThe Czech, who had lost both previous meetings, said she had changed her "
            "tactics after the second set.\n\n\"In the third set I tried to make her play one more ball every "
            "time,\" she said.")
    assert [row[1:] for row in speakers_with_naming(text)[1:]] == [("The Czech", False), ("Tereza Novotna", True)]


def test_a_councillors_and_a_coroners_titles_are_no_part_of_their_names():
    text = ("Cr Janelle Whitford said the council would not take sides.\n\n\"We want the festival to survive,\" "
            "Cr Whitford said.\n\nCoroner Alexander Ho said the pilot had been careful. \"He was a capable "
            "aviator,\" Coroner Ho said.")
    assert [row[1] for row in speakers_with_naming(text)] == [
        "Janelle Whitford", "Janelle Whitford", "Alexander Ho", "Alexander Ho"]


def test_someone_a_who_clause_describes_goes_on_speaking_as_he():
    text = ("Opposition MP Brent Lachance said the government had waited too long to act.\n\n\"Every day they "
            "dither costs this country money,\" Mr. Lachance said.\n\nA Vancouver-based freight forwarder, who asked "
            "not to be named because his firm has clients on both sides, said some importers had begun rerouting "
            "containers.\n\n\"Once those volumes leave, they don't always come back,\" he said.")
    assert speakers_with_naming(text)[-1] == ("he", "A Vancouver-based freight forwarder", False)


def test_a_place_after_in_is_no_one_who_may_be_meant():
    text = ("Political scientist Ranjana Mitra said turnout was high. \"Bengal always votes in big numbers,\" Mitra "
            "said.\n\nIn Berhampore, a 62-year-old retired schoolteacher who had come to vote with her husband said "
            "she had waited nearly two hours. \"I have voted in every election since 1984,\" she said.")
    assert speakers_with_naming(text)[-1] == ("she", "a 62-year-old retired schoolteacher", False)


def test_a_dateline_before_a_colon_is_no_speaker():
    text = ("Khattak charged with ball-tampering\n\nKARACHI: Fast bowler Shahzaib Khattak has been charged with "
            "ball-tampering after the second day of Karachi Whites' match against Lahore Blues, the Pakistan Cricket "
            "Board said on Sunday.\n\nKhattak, 23, said he had done nothing wrong.")
    assert [row[1] for row in speakers_with_naming(text)] == ["Shahzaib Khattak"]


def test_a_surname_of_two_joined_by_a_hyphen_is_one_name():
    text = ("Jamal Okonkwo-Reid, whose clients include three England internationals, said the cap would push younger "
            "agents out of the industry.\n\n\"The big agencies will be fine,\" Okonkwo-Reid said.")
    assert [row[1:] for row in speakers_with_naming(text)] == [("Jamal Okonkwo-Reid", True)] * 2


def test_an_engineer_of_another_kind_is_someone_else():
    text = ("At the inquest, a structural engineer engaged by the state, Dr. Emeka Obi, testified that the developer "
            "had added four floors.\n\nThe site engineer, who gave evidence at the inquest but has not spoken "
            "publicly, told the coroner that he had raised the cracking with the directors.")
    assert speakers_with_naming(text)[-1][1:] == ("The site engineer", False)


def test_the_coroner_is_the_magistrate_named_beside_the_word():
    text = ("The coroner, Magistrate Olufunmilayo Bankole, called the deaths \"entirely avoidable.\"\n\n"
            "The coroner said the company's two directors should be prosecuted.")
    assert [row[1:] for row in speakers_with_naming(text)] == [("Olufunmilayo Bankole", True)] * 2


def test_an_office_in_capitals_is_the_one_person_who_holds_it():
    text = ("Crestline Bank's Group Managing Director, Mrs. Folasade Adeyemi-Bakare, said the results reflected "
            "disciplined lending.\n\n\"We will not be one of the banks asking for an extension,\" the GMD said.")
    assert speakers_with_naming(text)[-1] == ("the GMD", "Folasade Adeyemi-Bakare", True)


def test_a_notice_is_unnamed_and_comes_from_whoever_put_it_out():
    text = ("Prairie Gold, which operates four beef plants, said in a statement on Thursday that its final offer was "
            "fair.\n\n\"We respect our team members' right to strike, but the offer on the table is a fair one,\" "
            "the statement said.")
    analysis = saywho.analyze(text, date="2024-05-01")
    speaker = analysis.attributions[-1].speaker
    assert (speaker.name, speaker.named, speaker.affiliation) == (
        "the statement by Prairie Gold", False, "Prairie Gold")


def test_a_statement_the_speaker_only_spoke_of_is_not_theirs():
    text = ("The Times said Cook provided a written statement in response to the newspaper's questions.\n\n"
            "\"The secretary believes that his previous use of personal email was a mistake,\" the statement said.")
    assert speakers_with_naming(text)[-1][1] is None


def test_a_full_name_with_an_age_after_it_stays_a_person_when_bare_surnames_read_as_a_body():
    text = ("Choi Dong-wook, 49, who heads the union branch, said the strike would go on.\n\n\"The company made a "
            "promise,\" Choi said.\n\nA company spokeswoman said talks were planned.\n\nChoi said the union would "
            "consider extending the strike.\n\n\"We are not asking for anything unreasonable,\" he said.")
    assert speakers_with_naming(text)[-1] == ("he", "Choi Dong-wook", True)


def test_someone_an_apposition_brings_in_unnamed_goes_on_speaking():
    text = ("His friend Pape Ndiaye, 25, laughed. \"Ousmane talks, but he will go,\" Ndiaye said.\n\n"
            "His mother, a 51-year-old fish trader who asked not to be named, said she prayed every night that her "
            "son would stay. \"I have already washed one body that the sea returned to us,\" she said.")
    assert speakers_with_naming(text)[-1] == ("she", "His mother", False)


def test_a_worker_with_an_age_is_a_person_though_the_noun_may_name_a_company():
    text = ("Thabo Molefe, an analyst, said investors would be watching closely.\n\nOutside the stadium, a 44-year-old "
            "rock drill operator, who has worked at the mine for 19 years, said he supported the strike.\n\n"
            "\"I go underground every day and I don't know if I will come back up,\" he said.")
    assert speakers_with_naming(text)[-1] == ("he", "a 44-year-old rock drill operator", False)


def test_an_engineers_title_ends_no_sentence_and_names_no_one():
    text = ("\"Normal turbidity for a river is below 50 NTU,\" said Ing. Kwame Ntim Darkwah, managing director of "
            "Ghana Water Limited.")
    assert speakers_with_naming(text)[0][1:] == ("Kwame Ntim Darkwah", True)


def test_the_speaker_of_a_parliament_is_an_office_not_a_name():
    text = ("Members shouted across the chamber as the budget debate resumed.\n\n\"I will not allow this House to "
            "be turned into a market,\" the Speaker said.")
    assert speakers_with_naming(text)[-1] == ("the Speaker", "the Speaker", False)


def test_a_surname_in_a_headline_joins_the_full_name_after_it():
    # a guard: the headline's "Lemoine-Arnaud", tagged an organisation, is the candidate named in full below
    text = ("Lemoine-Arnaud wins URD primary\n\nFormer labour minister Valérie Lemoine-Arnaud won the party's "
            "primary on Sunday with 54 percent of the vote.\n\n\"Tonight the right is back,\" Lemoine-Arnaud, 58, told "
            "supporters in Paris.")
    assert speakers_with_naming(text)[-1][1:] == ("Valérie Lemoine-Arnaud", True)
