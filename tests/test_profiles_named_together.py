"""A "they" tied to no one is `named` where its nearest plural antecedent is names given together
(named_together.py). Short articles written for these tests after sentences of PolNeAR train articles, with the
exact profiles expected."""

from __future__ import annotations

import saywho


def lone_profiles(text: str) -> list[tuple[str, str, str, str]]:
    return [(a.source.text, a.profile.naming, a.profile.kind, a.profile.role) for a in saywho.analyze(text).attributions
            if a.speaker is None]


def test_they_after_two_senators_named_together():
    text = ("Take Idaho Republican Sens. Mike Crapo and Jim Risch. Last week, they enthusiastically endorsed the "
            "nomination of David Nye to the court.\n")
    assert lone_profiles(text) == [("they", "named", "person", "politician")]


def test_they_after_two_names_as_the_subject():
    text = "Mike Crapo and Jim Risch met in Boise on Monday. They said the meeting was a waste of time.\n"
    assert lone_profiles(text) == [("They", "named", "person", "politician")]


def test_a_plural_noun_nearer_is_the_antecedent():
    text = ("Mike Crapo and Jim Risch met voters in Boise. The voters left early, and they said the meeting was a "
            "waste of time.\n")
    assert lone_profiles(text) == [("they", "unknown", "person", "not stated")]


def test_a_they_going_on_from_a_they_after_two_names():
    text = ("When I met with Mr. VandeHei and Mr. Allen, they were tight-lipped about their next venture. They would "
            "only describe it in the broadest terms, as a media company.\n")
    assert lone_profiles(text) == [("They", "named", "person", "not stated")]


def test_a_they_going_on_from_a_they_after_a_plural():
    # the women, not the stars named last as objects
    text = ("Black women of all ages sat together to celebrate the anniversary of Black Girls Rock!, a mentoring group "
            "founded by Beverly Bond. They watched as host Tracee Ross led an evening filled with performances from "
            "stars like Brandy, Monica and Lauryn Hill. They also applauded strong messages of empowerment, saying the "
            "night was a success.\n")
    assert [naming for _, naming, _, _ in lone_profiles(text)] == ["unknown", "unknown"]


def test_places_named_together_are_not_the_people_a_they_stands_for():
    text = ("Several Democrats cautioned against drawing too many lessons from the vote, saying immigration was a "
            "bigger problem in Britain and the European Union than in the United States. They also said many British "
            "voters were revolting against a bureaucracy.\n")
    assert lone_profiles(text) == [("They", "unknown", "person", "not stated")]
