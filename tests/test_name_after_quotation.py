"""A speaker named between a quotation's close and a cue the parser gave no subject (issue 12, s27-recall): the small
parser can hang the name, with a description set off by commas, on the quotation's own verb. The name is the
source, and the content is the quotation alone: a word never holds two roles (PolNeAR's rule), so the name is cut
out of the content, and a content all inside the marks is direct speech. Sentences written for the tests; each
expected value is exact."""

from attribution_rows import attribution_rows


def found(text: str) -> list[tuple]:
    return attribution_rows(text, date="2016-01-01")


def test_a_name_with_a_description_holding_a_preposition_is_the_source():
    text = "“It is not the position that everything is hunky-dory,” Gene Sperling, a top outside adviser to the mayor, " \
           "said at a forum."
    assert found(text) == [("direct", "Gene Sperling, a top outside adviser to the mayor,", "said",
                            "“It is not the position that everything is hunky-dory,”", "Gene Sperling")]


def test_the_source_is_cut_out_of_the_content_and_the_quotation_is_direct():
    text = "“It is not the position that everything is hunky-dory,” Gene Sperling, a longtime adviser, said."
    assert found(text) == [("direct", "Gene Sperling, a longtime adviser,", "said",
                            "“It is not the position that everything is hunky-dory,”", "Gene Sperling")]



def test_a_quoted_question_then_a_described_name_and_its_verb():
    text = '"Is this the best we can do?" Alvarez, a nurse at the county hospital, asked.'
    assert found(text) == [("direct", "Alvarez, a nurse at the county hospital,", "asked",
                            '"Is this the best we can do?"', "Alvarez")]


def test_a_described_name_before_a_verb_of_no_speech_frames_nothing():
    text = "“We lost the farm in a week.” Dale Okoro, now 81 and retired in Ames, moved away."
    assert found(text) == []


def test_a_quotation_closing_on_a_quotation_inside_it_is_framed_by_the_verb_after():
    text = "“She told us that ‘I want the House back, and I will go anywhere to help,’” Rep. Dana Whitlow said."
    assert found(text) == [("direct", "Rep. Dana Whitlow", "said",
                            "“She told us that ‘I want the House back, and I will go anywhere to help,’”",
                            "Dana Whitlow")]


def test_a_party_and_state_in_brackets_are_no_words_of_the_subject():
    text = "“Why would anyone stop now, after all this work?” Rep. Dana Whitlow (D-Ore.) asked."
    assert found(text) == [("direct", "Rep. Dana Whitlow (D-Ore.)", "asked",
                            "“Why would anyone stop now, after all this work?”", "Dana Whitlow")]


def test_an_inverted_frame_after_the_quotation_wins_over_a_verb_before_it():
    # The parser hangs the quotation on "denies"; "asked Whitlow" right after its close says whose words they are.
    text = ("If Moldova is indeed attempting to destabilize Okafor’s candidacy through the widespread digital assault "
            "on Labour institutions — as many researchers believe, and Labour is alleging, but Chisinau strongly "
            "denies — “why wouldn’t you want to raise the potential?” asked Whitlow, now a partner at Hale Partners.")
    assert found(text) == [("partial", "Whitlow, now a partner at Hale Partners", "asked",
                            "“why wouldn’t you want to raise the potential?”", "Whitlow")]
