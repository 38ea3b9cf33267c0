"""A speaker's name the parser hung on the cue as an adverb is no word of the cue (s47, cue_extent.name_read_as_adverb:
a proper noun, not only a capitalised "-ly" word, and also right after a closing quotation mark). Written for the
test, from a short news article."""

from attribution_rows import attribution_rows


def test_a_surname_after_a_quotation_is_the_source_not_the_cue():
    text = ("The lawsuit was filed in 2019 by a former billing manager, Theresa Long.\n\n"
            "\"For years, I watched the company bill for care that was never given,\" Long said in a statement "
            "released by her attorneys.")
    assert attribution_rows(text)[-1][1:3] == ("Long", "said in a statement released by her attorneys")
