"""Two ways newer news copy attributes that the parser reads wrongly: "per X" for "according to X", and a speaker
set after an opening phrase ("In a statement to NBC News, a spokesperson … said"), which the parser hangs on the
phrase's last noun as an apposition. Written for these tests."""

from __future__ import annotations

import saywho

ARTICLE = (
    "Budget talks resume.\n\n"
    "The White House wants a deal by Friday. Per Axios, the president will sign the bill on Friday. "
    "Per the report, aides are confident.\n\n"
    "The company will cut 500 jobs, per a memo obtained by Reuters. Gas costs $3 per gallon.\n\n"
    "In a statement to NBC News, a spokesperson for the Department of Justice said the agency would review the case."
)


def found(text: str) -> list[tuple[str, str | None, str, str]]:
    analysis = saywho.analyze(text)
    return [(a.kind, a.source.text if a.source else None, a.cue.text, a.content.text) for a in analysis.attributions]


def test_per_reports_like_according_to_and_a_rate_does_not():
    assert found(ARTICLE)[:3] == [
        ("according-to", "Axios", "Per", "the president will sign the bill on Friday"),
        ("according-to", "the report", "Per", "aides are confident"),
        ("according-to", "a memo obtained by Reuters", "per", "The company will cut 500 jobs"),
    ]


def test_the_speaker_after_an_opening_phrase_is_the_source():
    assert found(ARTICLE)[3:] == [
        ("indirect", "a spokesperson for the Department of Justice", "said", "the agency would review the case"),
    ]


def test_per_capita_and_as_per_report_nothing():
    assert found("Spending rose.\n\nThe state spends more per capita on schools. As per the contract, it must pay. "
                 "Tickets cost $50, per person.") == []


def test_where_a_quotation_was_posted_is_not_part_of_it():
    # but of the cue, as an occasion is (s40)
    text = ("Roads in focus.\n\n"
            "\"Enough talk,\" Rick Lane wrote on Facebook. \"Show us the trucks.\"\n\n"
            "Lane called for \"real money\" in the budget.")
    assert found(text) == [
        ("direct", "Rick Lane", "wrote on Facebook", "\"Enough talk,\" … \"Show us the trucks.\""),
        ("partial", "Lane", "called for", "\"real money\" in the budget"),
    ]


def test_a_name_set_off_after_according_to_names_the_source():
    text = ("Budget gap closed.\n\n"
            "According to the city's finance director, Alan Wu, the budget closes a $40 million gap without layoffs.")
    analysis = saywho.analyze(text)
    assert [(a.source.text, a.content.text, a.speaker.name) for a in analysis.attributions] == [
        ("the city's finance director, Alan Wu", "the budget closes a $40 million gap without layoffs", "Alan Wu"),
    ]


def test_speakers_set_off_after_an_opening_phrase_before_the_verbs_auxiliary():
    text = ("Farm bill stalls.\n\n"
            "Like the governor, two Democratic senators from Iowa, Ann Cole and Ben Ruiz, have said they will vote "
            "against the bill.\n\n"
            "Among rural voters, about two-thirds, 64 percent, say the bill would hurt them.")
    assert [(a.source.text if a.source else None, a.cue.text, a.content.text) for a in saywho.analyze(text).attributions] == [
        ("two Democratic senators from Iowa, Ann Cole and Ben Ruiz,", "have said", "they will vote against the bill"),
        ("about two-thirds, 64 percent,", "say", "the bill would hurt them"),
    ]


def test_according_to_ends_at_the_comma_before_a_clause_the_parser_ran_into_it():
    text = ("Jobs report.\n\n"
            "According to a 2013 study by economists Peter Schott and Justin Pierce, the Great Recession is partly to "
            "blame for lost jobs and lost job growth, but so is this \"major change in U.S. trade policy.\"")
    assert [(row[1], row[3]) for row in found(text)] == [
        ("a 2013 study by economists Peter Schott and Justin Pierce",
         "the Great Recession is partly to blame for lost jobs and lost job growth, but so is this \"major change in "
         "U.S. trade policy.\""),
    ]
