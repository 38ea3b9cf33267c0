"""What was told, where the parser hung the "that" clause on a noun after the cue (s47): a relative clause with an
object of its own ("told jurors during the two-week trial that Ellison used the money", cues._that_read_as_argument)
or the clause of a participle describing the occasion ("in an email seen by this newspaper that …",
cues._beyond_a_participle). And a name of an office with a word that also names a thing said ("Climate Prediction
Center") keeps its whole name as the source (mention_phrases.without_said_thing). Written for the test."""

from attribution_rows import attribution_rows


def test_told_jurors_during_the_trial_that():
    text = ("Prosecutors told jurors during the two-week trial that Ellison used the money to pay for cruises, jewelry "
            "and her grandson's college tuition.")
    assert attribution_rows(text) == [
        ("indirect", "Prosecutors", "told", "that Ellison used the money to pay for cruises, jewelry and her grandson's "
         "college tuition", "Prosecutors")]


def test_told_employees_in_an_email_seen_by_this_newspaper_that():
    text = ("The company's chief operating officer, Tom Reiner, told employees in an email seen by this newspaper that "
            "the pilot would cost about $30 million a year.")
    assert attribution_rows(text)[0][3] == "that the pilot would cost about $30 million a year"


def test_a_that_clause_completing_a_noun_stays_the_nouns():
    text = ("The pastor said it was wrong, pointing to author J.K. Rowling's 2007 revelation that she always thought "
            "of Dumbledore the wizard as a gay man.")
    assert attribution_rows(text)[1][2:4] == (
        "pointing to", "author J.K. Rowling's 2007 revelation that she always thought of Dumbledore the wizard as a gay "
        "man")


def test_an_office_named_with_a_word_for_a_thing_said_is_the_whole_source():
    text = ("The National Weather Service's Climate Prediction Center said conditions were likely to worsen through "
            "the summer.")
    assert attribution_rows(text)[0][1] == "The National Weather Service's Climate Prediction Center"


def test_claims_a_charity_was_founded_over_are_not_its_founders():
    """A noun of saying after "over", "amid" … is what the sentence is about (s47, sources._topic_of_a_phrase)."""
    text = ("British police have opened an investigation into a charity founded by Prince Charles over claims that "
            "donors were offered honors in exchange for gifts.")
    assert attribution_rows(text)[0][1:3] == (None, "claims")
