"""Source profiles of sources tied to no speaker, and the words from other mentions that profiles read.

Short articles written for these tests, with the exact profiles expected.
"""

from __future__ import annotations

import pytest

import saywho
from saywho.corpus import voices
from saywho.corpus.backends import open_store
from saywho.document import Analysis, Article
from tests.role_rules import rules_roles

# Three men the pronoun could stand for, all three the subject: the ranker names none of them, so the attribution
# keeps no speaker, but all three are politicians, and "He" says male. (With "Tom Lane met Bill Ford and Jim Hart"
# the ranker trained with the writer's-topic readings takes the subject, Lane.)
THREE_MEN = """On Monday, House Speaker Tom Lane met Senate leader Bill Ford, and Gov. Jim Hart met the mayor.

He said the budget would pass by Friday.
"""

BOTH = """Republican presidential candidate Tom Breck and Democratic candidate Lisa Moore debated on Tuesday night \
in Denver before a crowd of about 2,000.

Both said the economy was the main issue.
"""


def fields(profile) -> tuple[str, str, str, str]:
    return profile.naming, profile.kind, profile.role, profile.gender


@pytest.fixture(scope="module")
def three_men() -> Analysis:
    return saywho.analyze(THREE_MEN)


def test_a_he_tied_to_no_one_keeps_no_speaker_but_has_a_profile(three_men):
    (attribution,) = three_men.attributions
    assert attribution.source.text == "He" and attribution.speaker is None
    assert fields(attribution.profile) == ("named", "person", "politician", "male")


def test_the_profile_without_a_speaker_round_trips(three_men):
    data = three_men.to_dict()
    assert data["schema_version"] == 5
    assert data["attributions"][0]["profile"] == \
        {"naming": "named", "kind": "person", "role": "politician", "gender": "male"}
    assert Analysis.from_dict(data).to_dict() == data
    older = {**data, "schema_version": 4, "attributions": [{k: v for k, v in a.items() if k != "profile"}
                                                            for a in data["attributions"]]}
    assert [a.profile for a in Analysis.from_dict(older).attributions] == [None]


def test_both_are_named_people():
    (attribution,) = saywho.analyze(BOTH).attributions
    assert attribution.speaker is None
    assert fields(attribution.profile) == ("named", "person", "politician", "not stated")  # the learned model's
    assert rules_roles(BOTH)["Both"] == "not stated"  # the rules read no role for a "both"


def test_what_other_mentions_say():
    analysis = saywho.analyze(
        "Roy Verley, the company's former chief spokesman, left in 2004.\n"
        "“The board never listened,” Verley said.\n"
        "Scott Reed, who managed Bob Dole's 1996 campaign, said the party was divided.\n"
        "Sam Jacobs, Time's Assistant Managing Editor, said the choice was easy.\n")
    found = {a.source.text: fields(a.speaker.profile) for a in analysis.attributions}
    # "spokesman" in the first sentence states Verley's gender where he is quoted
    assert found["Verley"] == ("named", "person", "spokesperson", "male")
    # the one who managed a campaign is its manager; a title in capitals is a role too
    assert found["Scott Reed, who managed Bob Dole's 1996 campaign,"] == ("named", "person", "other", "not stated")
    assert found["Sam Jacobs, Time's Assistant Managing Editor,"] == ("named", "person", "journalist", "not stated")


def test_the_longtime_senator_is_someone_the_article_names():
    analysis = saywho.analyze("Sen. Ann Lee and Sen. Tom Ruiz met in the capital on Monday.\n"
                              "The longtime senator said the bill would fail.\n")
    (attribution,) = analysis.attributions
    # two senators: the profile cannot tell which, but the article has named whichever it is
    assert fields(attribution.speaker.profile) == ("named", "person", "politician", "not stated")


def test_the_store_and_the_report_count_a_profile_without_a_speaker(tmp_path):
    with open_store(tmp_path / "lone.db", create=True) as store:
        store.add(saywho.analyze(Article(text=THREE_MEN, outlet="Gazette", date="2024-03-05")))
        store.resolve_identities()
        rows = [(r.speaker_id, r.naming, r.source_kind, r.role_kind, r.gender) for r in store.profiles()]
        assert rows == [(None, "named", "person", "politician", "male")]
        (group,) = voices.voices(store, by="outlet")
        assert (group.quotations, group.sources, group.top_sources) == (1, 1, [])
        male = next(f for f in group.figures if (f.field, f.value) == ("gender", "male"))
        assert (male.quotations, male.sources) == (1, 1)
        assert store.quotes(**male.filter).total == 1


def test_names_joined_by_and_and_a_communications_aide():
    analysis = saywho.analyze("“The numbers are wrong,” said a communications aide for the mayor.\n"
                              "Forbes and Wealth-X said the fortune had doubled.\n")
    found = {a.source.text: fields(a.speaker.profile) for a in analysis.attributions}
    assert found == {"a communications aide for the mayor": ("anonymous", "person", "spokesperson", "not stated"),
                     # two names the recogniser did not take up are still names the article gives
                     "Forbes and Wealth-X": ("named", "person", "not stated", "not stated")}
