"""Organisations described, not named, where they speak again (s50): "the company" of the one business an article names,
far from its name; an "it" right after an unnamed "the chipmaker said"; a suit is no union named beside it; "the
general" of a "Lt. Gen.". Written for the test, from short news articles read as a fact-checker would."""

from attribution_rows import speakers_with_naming


def test_the_company_of_the_one_business_named():
    text = ("An experimental migraine pill from Aldermoor Therapeutics roughly halved the number of monthly headache days "
            "in a large late-stage trial, the company said on Monday.\n\n"
            "\"These are among the strongest results we have seen,\" said Dr. Simone Achterberg, a neurologist at the "
            "Hollins Headache Center in Boston.\n\n"
            "Two patients in the drug group had elevated liver enzymes, the company said.")
    assert speakers_with_naming(text)[-1] == ("the company", "Aldermoor Therapeutics", True)


def test_it_after_an_unnamed_company():
    text = ("Veritek delays German chip plant by two years, citing weak demand\n\n"
            "Veritek Semiconductor will postpone construction of a €9 billion chip factory near Hildesbrück in northern "
            "Germany by at least two years, the company said on Tuesday.\n\n"
            "The chipmaker said slower-than-expected demand for the chips used in cars had forced it to “re-phase” its "
            "global investment plans. It said it remained fully committed to the project.")
    # "The chipmaker" opens its paragraph after one whose subject is Veritek Semiconductor, and is it (s55); "It" goes on
    assert [row[:2] for row in speakers_with_naming(text)][-1] == ("It", "Veritek Semiconductor")


def test_a_suit_is_not_a_union_listed_beside_it():
    text = ("The suit, filed in U.S. District Court in Castlebury on behalf of the project, the Northern Tamarack Tenants "
            "Union, the Marlow Senior Action Network and three individual voters, argues that the purge violated the "
            "National Voter Registration Act.")
    assert [row[1] for row in speakers_with_naming(text)] == ["The suit"]


def test_the_general_of_a_lieutenant_general():
    text = ("The head of the army delegation, Lt. Gen. Hassan Abdelrahman al-Tayeb, told reporters that his side had "
            "accepted the extension.\n\n"
            "\"Every ceasefire we have signed, they have treated as a chance to resupply,\" the general said.")
    assert speakers_with_naming(text)[-1] == ("the general", "Hassan Abdelrahman al-Tayeb", True)
