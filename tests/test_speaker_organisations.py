"""A definite description of an organisation ("the airline", "the company") and the organisations named just
before it (organisation_kinds.py), each in a short hand-written article."""

from __future__ import annotations

from attribution_rows import speakers_with_naming


def test_the_one_organisation_named_just_before_is_the_description():
    text = ("Hundreds of passengers waited in Denver after SkyNorth cancelled four flights on Monday. "
            "The airline said the storm was to blame.")
    assert speakers_with_naming(text) == [("The airline", "SkyNorth", True)]


def test_a_name_says_what_kind_of_organisation_it_is():
    text = ("Harlow Freight Services lost its largest contract in March. Its shares fell by a third. "
            "The company said the loss would not lead to layoffs.")
    assert speakers_with_naming(text) == [("The company", "Harlow Freight Services", True)]


def test_an_organisation_whose_name_says_another_kind_is_not_the_description():
    text = "The Denver Tribune first reported the layoffs on Monday. The network said it would appeal the ruling."
    assert speakers_with_naming(text)[-1] == ("The network", "The network", False)


def test_a_body_that_is_someone_s_is_not_the_organisation_just_named():
    text = ("Senator Ruiz gave a long interview to Radio Norte on Monday. "
            "The campaign said he would return to Phoenix on Friday.")
    assert speakers_with_naming(text)[-1] == ("The campaign", "The campaign", False)


def test_two_organisations_named_just_before_leave_the_description_unnamed():
    # a bank is no "company" by its name, but of two organisations either may be meant
    text = ("Ortiz Bank ended its merger talks with Lumen Capital on Friday. "
            "The company said the price had been too high.")
    assert speakers_with_naming(text) == [("The company", "The company", False)]


def test_a_maker_or_a_seller_is_described_as_what_it_makes_or_sells():
    text = ("Varden Motors cut 400 jobs at its Ohio plant on Tuesday. The automaker said demand for trucks had "
            "fallen.\n\nBrightcart Inc. closed twelve stores in Ohio. The retailer said sales had fallen for a year.")
    assert speakers_with_naming(text) == [("The automaker", "Varden Motors", True),
                                          ("The retailer", "Brightcart Inc.", True)]


def test_an_owner_after_the_is_part_of_an_organisation_s_name():
    text = ("More than six million Americans live with the disease, according to the Alzheimer's Association.\n\n"
            "Clinton's State Department said no such cable was sent.")
    assert speakers_with_naming(text) == [("the Alzheimer's Association", "Alzheimer's Association", True),
                                          ("Clinton's State Department", "State Department", True)]


def test_a_government_body_named_as_one_is_the_agency():
    text = ("The Food and Drug Administration said it had been told of the problem in October. "
            "The agency urged patients not to stop taking the drug.")
    assert speakers_with_naming(text) == [("The Food and Drug Administration", "Food and Drug Administration", True),
                                          ("The agency", "Food and Drug Administration", True)]


def test_a_commission_named_just_before_is_the_regulator():
    text = ("Ireland's Data Protection Commission, which led the investigation, said the company had ignored a ruling. "
            "The regulator ordered Nordex to stop the transfers.")
    assert speakers_with_naming(text)[-1] == ("The regulator", "Data Protection Commission", True)
