"""Speakers the text names beside their words in ways the parser misreads.

Read from the written round bench/speaker_rounds/s69-t (session s71): a name set off by commas after a description
with a clause of its own, a role noun and a name read as two subjects, "adding:" hung on the reported clause, a "she"
after a sentence that names one woman, and a union called "the union" or "their union". Articles written for these
tests; each analysed by saywho as a whole."""

from __future__ import annotations

from attribution_rows import round_article, speaker_of

import saywho
from saywho.document import Article


def test_a_name_set_off_after_a_description_with_its_own_clause_is_the_speaker():
    text = ("City rewrites its zoning code\n\n"
            "The council member who wrote the new code, Harriet Linwood, describes the old rules as a fence around "
            "the suburbs. She says the city has grown faster than it has built.")
    assert speaker_of(text, "the old rules as a fence") == "Harriet Linwood"
    text = ("Remote towers spread across the north\n\n"
            "The port's chief engineer, Per Lundqvist, says the new cranes will halve loading times.\n\n"
            "\"We are replacing concrete with cameras,\" Lundqvist says.")
    # "Per", capitalised inside the sentence, is his first name, not "according to"
    assert speaker_of(text, "the new cranes will halve") == "Lundqvist"


def test_a_role_noun_right_before_a_name_is_no_speaker_of_its_own():
    """ "Board chair Mariela Quon said she shared his frustration but that …", where the parser made both "chair"
    and "Quon" subjects of "said"."""
    text = round_article("s69-t", "t1-01")
    assert speaker_of(text, "postponing the vote would only prolong") == "Mariela Quon"


def test_adding_after_a_reported_clause_goes_on_with_the_one_who_reported_it():
    text = ("Landlord jailed\n\n"
            "Sentencing, Judge Rhiannon Pryce said Mr Cartwright had shown \"a complete disregard\" for his tenants, "
            "adding: \"You were warned that this boiler could kill, and you did nothing.\"")
    assert speaker_of(text, "You were warned") == "Rhiannon Pryce"


def test_she_opening_a_sentence_is_the_one_woman_the_sentence_before_names():
    text = ("Campaign's first row is over the cost of a tax cut\n\n"
            "Opposition leader Margaret Collins promised to halve the fuel tax. \"Families cannot wait,\" Collins "
            "said.\n\n"
            "Finance Minister Alan Hartley said the cut would cost six billion dollars and accused Fiona Marsh, the "
            "opposition's finance spokeswoman, of refusing to say how it would be paid for. She said the policy would "
            "be costed before polling day.")
    assert speaker_of(text, "the policy would be costed") == "Fiona Marsh"


def test_the_union_is_the_workers_union_named_before_and_their_union_the_one_named_next():
    text = ("Graduate workers strike\n\n"
            "More than 2,000 teaching assistants walked off the job on Monday, their union said.\n\n"
            "The Graduate Workers Union said 91% of its members had voted for the strike.\n\n"
            "\"We are asking to be able to see a doctor,\" said Dana Oyelowo, a chemistry student.\n\n"
            "The university said it could not meet the demands. The union said the strike would go on.")
    assert speaker_of(text, "walked off the job") == "Graduate Workers Union"
    assert speaker_of(text, "the strike would go on") == "Graduate Workers Union"


def test_a_document_the_article_gives_a_title_is_named_by_it_and_one_without_stays_unnamed():
    text = ("Housing reform gets early results\n\n"
            "A report published in March by the Carolina Housing Institute, titled ‘Room for Everyone’, found that "
            "applications for small apartment buildings had tripled.\n\n"
            "The Marsh Review, published last year, said the city had built too little for a decade.\n\n"
            "The Pentagon report said the base would close in 2028.\n\n"
            "A second study found that rents had not yet fallen.")
    assert speaker_of(text, "applications for small apartment") == "Room for Everyone"
    assert speaker_of(text, "had built too little") == "Marsh Review"  # the model tags it a body, named all the same
    assert speaker_of(text, "the base would close") is None
    assert speaker_of(text, "rents had not yet fallen") is None


# What a review of these rules found them doing wrong at first (texts of the review's own, session s71).

def test_she_is_the_paragraphs_speaker_not_a_woman_the_sentence_before_only_lists():
    text = ("Drug trial shows promise\n\n"
            "Dr Helen Park, who leads the study at Leeds, said the results were the most encouraging in a decade.\n\n"
            "The trial enrolled 400 patients, including Maria Lopez, 54, and Tom Reed, 61. She said the next phase "
            "would begin in June.")
    assert speaker_of(text, "the next phase would begin") == "Helen Park"
    text = ("Frigate order secures shipyard jobs\n\n"
            "Defence Secretary John Healey said the order for five frigates would secure 4,000 jobs on the Clyde. The "
            "first ship will be named after Admiral Horatio Nelson. He said it would sail in 2028.")
    assert speaker_of(text, "it would sail in 2028") == "John Healey"


def test_a_daughter_or_a_brother_keeps_a_surname_of_their_own():
    text = ("Grandmother's marathon\n\n"
            "Mrs Ahmed and her daughter, Sara, ran the London Marathon together to raise money for a hospice.\n\n"
            "\"Mum never gave up,\" Sara said. Mrs Ahmed, 67, said she would do it again.")
    assert speaker_of(text, "she would do it again") == "Mrs Ahmed"
    text = ("Memoir tour\n\n"
            "Mrs Obama and her brother, Craig, appeared together at the Chicago event on Saturday.\n\n"
            "\"She was always the smart one,\" Craig said to laughter.")
    assert speaker_of(text, "always the smart one") == "Craig"


def test_their_union_is_no_party_and_a_headlines_per_is_according_to():
    text = ("Junior doctors will strike for five days next month, their union said.\n\n"
            "The Socialist Workers Party said it would join the picket lines.")
    assert speaker_of(text, "will strike for five days") is None
    analysis = saywho.analyze(Article(text="Unemployment Falls to 3.9%, Per Labor Department\n\n"
                                           "The unemployment rate fell in April, the Labor Department said on Friday."))
    assert [(a.cue.text, a.speaker.name if a.speaker else None) for a in analysis.attributions][0] \
        == ("Per", "Labor Department")


def test_it_after_a_titled_report_is_that_report():
    text = ("Gold rush poisons the rivers\n\n"
            "A report published in May by the monitoring group Amazon Waters Watch, titled Rivers of Mercury, "
            "estimated that most of the gold mined in the province is extracted without permits. It warned that the "
            "rivers risk becoming sacrifice zones.")
    assert speaker_of(text, "extracted without permits") == "Rivers of Mercury"
    assert speaker_of(text, "risk becoming sacrifice zones") == "Rivers of Mercury"
