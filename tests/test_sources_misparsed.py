"""Sources and contents the small parser misreads (s49): a place fronted by a preposition left without its object
("Outside Eastgate Elementary, Sharonda Pike, a mother of three, said"), a noun a relative clause without "that"
speaks of ("a point Dr. Achterberg said he hoped …"), a time read as a subject ("since spring said"), a "he said"
aside read as what a passive reports, the first of two "that" clauses hung on "a statement", a quoted adjective after
a determiner ("has called the earlier ruling “absurd”"). Written for the test, from short news articles read as a
fact-checker would."""

from attribution_rows import attribution_rows, speakers_with_naming


def test_the_person_after_a_fronted_place_says():
    text = ("Many parents were scrambling. Outside Eastgate Elementary, Sharonda Pike, a mother of three who works night "
            "shifts at a warehouse, said she had arranged for her sister to watch her children.\n\n"
            "In Ibadan, where part of the trial took place, Aisha Bello, whose 2-year-old son was enrolled, said she had "
            "signed him up after losing a nephew to the disease.")
    assert [row[:2] for row in speakers_with_naming(text)] == [
        ("Sharonda Pike, a mother of three who works night shifts at a warehouse,", "Sharonda Pike"),
        ("Aisha Bello, whose 2-year-old son was enrolled,", "Aisha Bello")]


def test_the_one_who_said_it_of_a_point():
    text = ("The authors wrote that the results \"should not be interpreted as support for screening,\" a point "
            "Dr. Achterberg said he hoped would not get lost.")
    assert [row[:2] for row in speakers_with_naming(text)] == [("The authors", "The authors"),
                                                               ("Dr. Achterberg", "Dr. Achterberg")]


def test_a_couple_not_the_season_said_it():
    text = ("For buyers, the dip has brought little relief. A couple in their early 30s who have been house-hunting in "
            "the Denver suburbs since spring said they had lost out on four homes.")
    assert [row[:2] for row in speakers_with_naming(text)] == [("who", "A couple")]


def test_a_he_said_aside_is_no_content_of_a_passive():
    text = ("Sheriff Mark Delahunt said deputies had gone door to door. No deaths had been reported, he said, but "
            "several residents remained unaccounted for.")
    assert [(row[1], row[2], row[3]) for row in attribution_rows(text)] == [
        ("Sheriff Mark Delahunt", "said", "deputies had gone door to door"),
        ("he", "said", "No deaths had been reported … but several residents remained unaccounted for")]


def test_both_that_clauses_said_in_a_statement():
    text = ("Superintendent Alicia Drummond said in a statement that she was \"deeply disappointed\" by the walkout and "
            "that the district's offer was \"fair, responsible and the most we can do without layoffs.\"")
    assert [(row[1], row[2], row[3]) for row in attribution_rows(text)] == [
        ("Superintendent Alicia Drummond", "said in a statement",
         "that she was \"deeply disappointed\" by the walkout and that the district's offer was \"fair, responsible and "
         "the most we can do without layoffs.\"")]


def test_a_quoted_adjective_after_the_ruling_and_a_second_verb():
    text = "The mayor has called the earlier ruling \u201cabsurd\u201d and vowed to fight it."
    assert [(row[1], row[2], row[3]) for row in attribution_rows(text)] == [
        ("The mayor", "has called", "the earlier ruling \u201cabsurd\u201d"),
        ("The mayor", "vowed", "to fight it")]
