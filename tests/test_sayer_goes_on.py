"""A second act of saying that the parser hangs inside what was said: a verb of saying joined after the reported
clause ("Ortiz said the union had not been consulted, and urged …") or a participle after a quotation's closing mark
("insisted that the plan had “worked,” adding …") goes on with the sayer, not with whoever the reported clause is
about. Written for these tests."""

from __future__ import annotations

import saywho

ARTICLE = (
    "Port strike enters second week.\n\n"
    "Union president Maria Ortiz said the port authority had not consulted workers, and urged members to stay "
    "off the docks.\n\n"
    "The authority's director, Glen Hobbs, told reporters the harbor board never approved the plan and said the "
    "agency acted on its own.\n\n"
    "Mayor Dana Reyes insisted that the deal had “worked for everyone,” adding that talks would resume on Monday."
)


def found(text: str) -> list[tuple[str | None, str, str, str | None]]:
    analysis = saywho.analyze(text)
    return [(a.source.text if a.source else None, a.cue.text, a.content.text, a.speaker.name if a.speaker else None)
            for a in analysis.attributions]


def test_a_verb_of_saying_joined_after_the_reported_clause_is_the_sayers():
    assert found(ARTICLE)[:4] == [
        ("Union president Maria Ortiz", "said", "the port authority had not consulted workers", "Maria Ortiz"),
        ("Union president Maria Ortiz", "urged", "members to stay off the docks", "Maria Ortiz"),
        ("The authority's director, Glen Hobbs,", "told", "the harbor board never approved the plan", "Glen Hobbs"),
        ("The authority's director, Glen Hobbs,", "said", "the agency acted on its own", "Glen Hobbs"),
    ]


def test_a_participle_after_a_closing_quotation_mark_is_the_sayers():
    assert found(ARTICLE)[4:] == [
        ("Mayor Dana Reyes", "insisted", "that the deal had “worked for everyone,”", "Dana Reyes"),
        ("Mayor Dana Reyes", "adding", "that talks would resume on Monday", "Dana Reyes"),
    ]


def test_what_the_reported_clause_goes_on_to_do_stays_in_it():
    text = ("Vote delayed.\n\n"
            "Ortiz said the board had met in secret and voted to sell the land.")
    assert found(text) == [
        ("Ortiz", "said", "the board had met in secret and voted to sell the land", "Ortiz"),
    ]


def test_blame_of_the_one_said_of_is_the_sayers():
    text = ("Mother answers candidate.\n\n"
            "Ms. Ortiz said Mr. Hobbs was ''ignorant'' of the port and criticized him for saying he had sacrificed for "
            "the town.")
    assert [(a[0], a[1], a[3]) for a in found(text)][:2] == [
        ("Ms. Ortiz", "said", "Ms. Ortiz"),
        ("Ms. Ortiz", "criticized", "Ms. Ortiz"),
    ]


def test_a_second_participle_joined_inside_what_the_first_said_goes_on_with_the_first():
    text = ("Senators spar.\n\n"
            "Rubio pushed back on those claims Thursday, saying that the bill had the correct security components but "
            "was waylaid by voter mistrust - and arguing that he and Cruz shared \"almost all the same views on "
            "immigration.\"")
    assert [(a[0], a[1], a[3]) for a in found(text)][1:] == [
        ("Rubio", "saying", "Rubio"),
        ("Rubio", "arguing", "Rubio"),
    ]


def test_a_second_participle_after_and_that_the_parser_hung_on_the_reported_verb():
    text = ("Judge spars with candidate.\n\n"
            "Justice Ruth Bader Ginsburg escalated her criticism on Tuesday, telling CNN that Donald Trump is a "
            "“faker” and questioning how he has “gotten away with not turning over his tax returns.”")
    assert [(a[0], a[1], a[3]) for a in found(text)] == [
        ("Justice Ruth Bader Ginsburg", "telling", "Ruth Bader Ginsburg"),
        ("Justice Ruth Bader Ginsburg", "questioning", "Ruth Bader Ginsburg"),
    ]


def test_a_participle_after_a_clause_of_time_goes_on_with_the_verb_of_saying():
    text = ("Host makes peace with senator.\n\n"
            "“I think we need him back in the Senate,” Sean Hannity said during a panel on his show after the "
            "first-term senator easily won his Senate primary, remarking that Marco Rubio had already paid a price.")
    assert [(a[0], a[1], a[3]) for a in found(text)] == [
        ("Sean Hannity", "said", "Sean Hannity"),
        ("Sean Hannity", "remarking", "Sean Hannity"),
    ]


def test_a_participle_after_a_clause_of_time_under_another_verb_stays_in_that_clause():
    text = ("Anchor ejected.\n\n"
            "The fracas erupted two months after Donald Trump entered the race with harsh words about Mexican "
            "immigrants, calling them rapists.")
    assert [(a[0], a[1], a[3]) for a in found(text)] == [
        ("Donald Trump", "calling", "Donald Trump"),
    ]


def test_a_finite_verb_joined_to_a_nouns_infinitive_goes_on_with_the_verb_that_holds_the_noun():
    text = ("Governor looks back.\n\n"
            "During the 2012 election, Mitt Romney largely ran on his ability to jolt the economic recovery into "
            "hyperdrive and accused Barack Obama of bungling the rehabilitation.")
    assert [(a[0], a[1], a[3]) for a in found(text)] == [("Mitt Romney", "accused", "Mitt Romney")]


def test_a_second_participle_goes_on_with_a_first_that_says_in_writing():
    text = ("Emails stir campaign.\n\n"
            "Republicans were quick to chime in, with Donald Trump tweeting that it was a \"disaster\" for Clinton and "
            "asking, \"How can someone with such bad judgement be our next president?\"")
    assert [(a[0], a[1], a[3]) for a in found(text)][-1] == ("Donald Trump", "asking", "Donald Trump")


def test_a_to_clause_of_purpose_on_a_thing_is_said_by_the_one_who_acts():
    text = ("Judge unseals records.\n\n"
            "The judge pointed to a previous case to say that courts deciding on public disclosure must weigh \"whether a "
            "party benefitting from the order of confidentiality is a public entity or official.\"\n\n"
            "When he moderated a debate, Jorge Ramos reminded viewers about his daughter's job in order to show there "
            "was “no conflict of interest.”")
    said = [(a[0], a[1]) for a in found(text) if a[1].startswith("to ")]
    assert said == [("The judge", "to say"), ("Jorge Ramos", "to show")]


def test_a_to_clause_on_an_owned_noun_is_the_owners():
    text = ("Trump calls on Obama to resign.\n\n"
            "Donald Trump called on President Obama to resign over the president's refusal to call the attack a "
            "result of “radical Islamic terrorism.”")
    assert [(a[0], a[1]) for a in found(text) if a[1] == "to call"] in ([], [("the president's refusal", "to call")])
