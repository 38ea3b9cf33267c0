"""Source profiles for shares of people and for documents the article identifies (issue 19, s63), on a short
article written for these tests: a poll's shares ("21 percent said", "36 percent of Democrats", "the 30 percent
... who said") are ordinary people, citizens; a document brought in before ("the lawsuit", "the statement") or
whose own words say whose it is ("FEC reports", "an average of recent polls by RealClearPolitics") is named;
a bare number ("39 have said", delegates) and a group of insiders ("Many people involved in the talks") stay
as they were; a plural noun joined by "and" before a name is no title of that person; a second description
after ", and" is the named person's own."""

from __future__ import annotations

import pytest

from saywho.analyse.profile_naming import identified_document
from saywho.analyse.profile_words import profile_owner
from saywho.analyse.profiles import _counted
from saywho.document import Profile
from saywho.nlp import load_pipeline
from saywho.pipeline import make_doc

ARTICLE = (
    "Voters in Harlan County went to the polls on Tuesday, and an exit poll showed a divided party.\n"
    "Asked whether Clinton could beat Trump, 21 percent said “not too likely.”\n"
    "Even so, 36 percent of Democrats said they were willing to back the Republican in November.\n"
    "Clinton won by almost 60 points among the 30 percent of voters who said the economy was improving.\n"
    "The Kentucky Democratic Party filed a lawsuit on Monday over the county's polling places.\n"
    "The plan is “particularly burdensome” on rural voters, the lawsuit says.\n"
    "Governor Matt Bevin issued a statement on Tuesday afternoon.\n"
    "“The county followed the law,” the statement said.\n"
    "FEC reports show that two groups have spent $1.1 million on the race.\n"
    "An average of recent polls by RealClearPolitics shows Clinton ahead by 13 points.\n"
    "Clashes between journalists and Mr. Ruiz's staff were common, and Mr. Ruiz, a state senator, said "
    "he regretted them.\n"
)


def sources_and_profiles(text: str) -> list[tuple[str, Profile | None]]:
    nlp = load_pipeline(None)
    doc = nlp(make_doc(nlp, text))
    return [(a.source.text, profile_owner(a).profile) for a in doc._.attributions if a.source is not None]


@pytest.fixture(scope="module")
def profiles():
    return dict(sources_and_profiles(ARTICLE))


def test_a_share_on_its_own_is_the_people_a_poll_asked(profiles):
    assert (profiles["21 percent"].naming, profiles["21 percent"].role) == ("ordinary", "citizen")


def test_a_share_of_a_party_is_its_voters_not_its_politicians(profiles):
    profile = profiles["36 percent of Democrats"]
    assert (profile.naming, profile.kind, profile.role) == ("ordinary", "person", "citizen")


def test_who_after_a_share_is_those_people(profiles):
    assert (profiles["who"].naming, profiles["who"].role) == ("ordinary", "citizen")


def test_a_document_brought_in_before_is_named(profiles):
    assert (profiles["the lawsuit"].kind, profiles["the lawsuit"].naming) == ("document", "named")
    assert (profiles["the statement"].kind, profiles["the statement"].naming) == ("document", "named")


def test_a_document_whose_words_name_its_issuer_is_named(profiles):
    assert profiles["FEC reports"].naming == "named"
    assert profiles["An average of recent polls by RealClearPolitics"].naming == "named"


def test_a_plural_noun_joined_by_and_is_no_title_of_the_name_after_it(profiles):
    assert profiles["Mr. Ruiz, a state senator,"].role == "politician"


@pytest.mark.parametrize("words, identified", [
    ("the lawsuit", True), ("those documents", True), ("The report", False), ("the survey", True), ("FEC filings", True), ("figures her campaign released", True),
    ("a withering Washington Post editorial", True), ("a report", False), ("polls", False),
    ("VIDEO", False), ("Newly Released Document", False), ("campaign finance records", False),
])
def test_which_documents_the_article_identifies(words, identified):
    before = "The party filed a lawsuit. Leaked documents show it. A new poll came out."
    assert identified_document(words, before) is identified


@pytest.mark.parametrize("description, source, counted", [
    ("21 percent", "21 percent", "respondents"),
    ("the 30 percent", "who", "respondents"),
    ("36 percent", "36 percent of Democrats", "voters"),
    ("most Americans", "most Americans", "voters"),
    ("56%", "56% of Buckeye State voters", "Buckeye State voters"),
    ("39", "39", "39"),  # "39 have said they support Sanders": superdelegates, not a poll's share
    ("Many people", "Many people involved in the talks", "Many people"),  # insiders, not the public
    ("the 50-state poll", "the 50-state poll", "the 50-state poll"),
    ("Many Republicans", "Many Republicans", "Many Republicans"),  # a party's figures as often as its voters
    ("Nine in 10 Democratic voters", "Nine in 10 Democratic voters", "Democratic voters"),
    ("roughly six in 10 Democrats on Long Island", "roughly six in 10 Democrats on Long Island", "voters"),
    ("Two in three", "Two in three", "respondents"),
])
def test_who_a_share_or_a_number_of_people_is(description, source, counted):
    assert _counted(description, source) == counted


@pytest.mark.parametrize("words, identified", [
    ("Trump’s ad", True), ("his plan", True), ("the newspaper’s editorial", True), ("Saturday’s poll", False), ("a survey of Republican insiders", False),
    ("that", False), ("A poll conducted by voters in Saturday’s primary", False),
])
def test_whose_a_document_is_by_its_owner(words, identified):
    assert identified_document(words) is identified


def test_a_second_description_after_a_comma_and_and_is_the_same_person():
    # "said Suzanne Ferriss, an English professor at …, and a co-editor of …" (a sample of 3039): one person
    import saywho

    text = ("“We will win the vote,” said Maria Lopez, a teacher at Lincoln High School, and a member of the "
            "county board. Ms. Lopez said the count would take a week.\n")
    speakers = [(a.source.text, a.speaker.name, a.speaker.resolved_by) for a in saywho.analyze(text).attributions]
    assert speakers[0] == ("Maria Lopez, a teacher at Lincoln High School, and a member of the county board",
                           "Maria Lopez", "name")


ANONYMITY_ARTICLE = (
    "Many parents in Dayton say the rules changed overnight.\n"
    "“My mom always said we were citizens,” said the woman, who spoke on the condition of anonymity because she "
    "feared her employer would fire her. She said she had never seen the papers.\n"
    "One in three said the schools had not told them.\n"
)


@pytest.fixture(scope="module")
def anonymity_profiles():
    return sources_and_profiles(ANONYMITY_ARTICLE)


def test_a_source_the_article_keeps_unnamed_is_anonymous(anonymity_profiles):
    kept = [(source, profile.naming) for source, profile in anonymity_profiles
            if source.startswith("the woman") or source == "She"]
    assert kept and all(naming == "anonymous" for _, naming in kept)


def test_one_in_three_is_a_share_of_people(anonymity_profiles):
    profile = dict(anonymity_profiles)["One in three"]
    assert (profile.naming, profile.role) == ("ordinary", "citizen")
