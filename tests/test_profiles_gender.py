"""Gender as the article states it, from a his, himself or herself for the clause's subject
(clause_genders.py), on short articles written for these tests."""

from __future__ import annotations

import saywho


def genders(text: str) -> list[tuple[str, str]]:
    return [(a.speaker.name, a.speaker.profile.gender) for a in saywho.analyze(text).attributions]


def test_his_and_himself_for_the_clauses_subject():
    text = ("Senator Dale Morrow sent a text message to his supporters in Philadelphia on Friday.\n"
            "Morrow drove himself to the town hall that night.\n"
            "“We will not stop now,” Morrow said.\n")
    assert genders(text) == [("Dale Morrow", "male")]


def test_herself_for_the_clauses_subject():
    text = ("Mayor Robin Castell drove herself to the council meeting.\n"
            "“The bridge comes first,” Castell said.\n")
    assert genders(text) == [("Robin Castell", "female")]


def test_his_in_a_clause_naming_someone_else_states_nothing():
    # "his" may be Pryor's as well as Lund's: neither gets a gender from it
    text = ("Commissioner Avery Lund faulted Jesse Pryor for his remarks on Tuesday.\n"
            "“That was out of line,” Lund said.\n"
            "“I stand by every word,” Pryor said.\n")
    assert genders(text) == [("Avery Lund", "not stated"), ("Jesse Pryor", "not stated")]



def test_a_she_is_not_given_to_the_man_the_article_calls_he():
    # "Morrow said he had a plan" states Morrow's gender (name_pronouns.py), so the resolver no longer ties
    # this "she" to him: it stays unnamed, and Morrow's profile is his own
    analysis = saywho.analyze("Dale Morrow met Robin Castell at the depot on Monday. "
                              "Morrow said he had a plan, and his staff agreed.\n"
                              "“Not before the vote,” she said.\n")
    assert [(a.source.text, a.speaker and a.speaker.profile.gender) for a in analysis.attributions] == \
        [("Morrow", "male"), ("she", None)]
    assert analysis.attributions[1].profile.gender == "female"  # a source that is "she" is a woman, named or not


def test_he_after_a_description_the_resolver_tied_to_a_name():
    # the he is the longtime senator's, and the senator is Morrow: the pronoun states Morrow's gender
    analysis = saywho.analyze("Senator Dale Morrow met Alan Pike, the shipyard's owner, on Monday. "
                              "Pike showed him the dry dock.\n"
                              "The longtime senator said he rarely asks for favors.\n")
    assert [(a.source.text, a.speaker.name, a.speaker.profile.gender) for a in analysis.attributions] == \
        [("Pike", "Alan Pike", "not stated"), ("The longtime senator", "Dale Morrow", "male")]


def test_a_his_under_no_verb_states_nothing():
    # a headline without a verb: "his" has no clause, and nobody is its subject
    analysis = saywho.analyze("Dale Morrow and his long road\n“We are not done,” Morrow said.\n")
    assert [(a.speaker.name, a.speaker.profile.gender) for a in analysis.attributions] == \
        [("Dale Morrow", "not stated")]


def test_a_person_inside_the_his_phrase_does_not_take_it():
    # "his attacks on Pryor" are Lund's: Pryor, inside the phrase, is what they are about
    text = ("Commissioner Avery Lund stepped up his attacks on Jesse Pryor on Tuesday.\n"
            "“That was out of line,” Lund said.\n")
    assert genders(text) == [("Avery Lund", "male")]


def test_chairman_states_no_gender():
    # US news calls women "chairman" too ("Fed Chairman Janet Yellen")
    text = "State Party Chairman Jordan Pike said the count would end on Friday.\n"
    assert genders(text) == [("Jordan Pike", "not stated")]


def test_an_organisation_named_with_the_takes_no_she():
    analysis = saywho.analyze("Robin Castell won the primary in Ohio on Tuesday.\n"
                              "The Associated Press reported that she had reached the delegates she needed.\n")
    press = [a for a in analysis.attributions if a.source.text == "The Associated Press"]
    assert [(a.speaker.name, a.speaker.profile.kind, a.speaker.profile.gender) for a in press] == \
        [("Associated Press", "organisation", "not stated")]


def test_his_after_a_fronted_description_is_the_names():
    # two subjects in the parse, "voter" and "Golvach": the description is Golvach's own
    text = ("“The founders of his country would agree,” said Cruz constituent Dan Golvach when asked about "
            "Lindsey Graham. A Texas voter who supports Trump, Golvach lost his 25 year-old son in 2015.\n")
    assert genders(text) == [("Dan Golvach", "male"), ("Dan Golvach", "male")]


def test_his_in_the_subject_of_what_someone_says_is_the_sayers():
    text = "As the race tightens in Iowa, Bernie Sanders said his rival candidate is in “serious trouble.”\n"
    assert genders(text) == [("Bernie Sanders", "male")]


def test_his_for_a_name_in_apposition_to_the_subject():
    text = ("Another Connecticut former lawmaker, Sen. Joe Lieberman (I-Conn.), also stated his intention "
            "to vote for Clinton on Wednesday.\n")
    assert genders(text) == [("Joe Lieberman", "male")]


def test_his_in_a_said_clause_naming_someone_else_states_nothing():
    # his may be Pryor's as well as Lund's
    text = "Commissioner Avery Lund said on Tuesday that his remarks had angered Jesse Pryor.\n"
    assert genders(text) == [("Avery Lund", "not stated")]


def test_his_in_the_subject_is_not_the_name_in_apposition():
    # the his is Grayson’s: the wife is a she from "wife" alone, the adviser is no he
    text = ("His wife, Dena Minning, said on Friday that the race was over.\n"
            "The congressman’s longtime adviser, Susannah Randolph, was his heir apparent.\n"
            "“I will run,” Randolph said.\n")
    assert genders(text) == [("Dena Minning", "female"), ("Susannah Randolph", "not stated")]


def test_his_before_the_sayer_is_named_states_nothing():
    text = "His endorsement could matter more than his clout in Boston, said Democratic strategist Hank Sheinkopf.\n"
    assert genders(text) == [("Hank Sheinkopf", "not stated")]


def test_a_he_opening_a_clause_before_its_verb_is_not_that_verbs_subjects():
    # "He wasn't the only one unhappy …: Castell received criticism": the parser reads the he's clause as the
    # complement of "received", but it stands before the verb; it is not Castell's, and the resolver gives it
    # to Morrow, just named
    analysis = saywho.analyze("Justice Robin Castell regrets her insults of Dale Morrow.\n\n"
                              "Dale Morrow called on her to resign from her post and said, \"Her mind is shot!\"\n\n"
                              "He wasn't the only one unhappy with the remarks: Castell received widespread "
                              "criticism, even earning editorials from The New York Times.\n")
    assert [(a.cue.text, a.speaker.name, a.speaker.profile.gender) for a in analysis.attributions] == \
        [("called on", "Dale Morrow", "male"), ("said", "Dale Morrow", "male")]
