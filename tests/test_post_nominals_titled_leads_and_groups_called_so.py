"""Wrong names the round s62-e showed, read after it was scored, in texts written for the tests (s62):

- "Edmund Tallis KC", the name untagged or tagged a nationality and "KC" an organisation, is Edmund Tallis, not "KC";
- a lead's "the nation's chief called it overdue" is not the judge named next by her title ("Justice Eleanor
  Marchetti"), where a description of an office takes up the next speaker named;
- "Passenger Rights Norway, a consumer group, said Nordvik had signaled …. “…,” the group said": the group is the one
  the text called a group, not the airline its words were about."""

from attribution_rows import sources_and_speakers as speakers


def test_a_barristers_letters_end_his_name():
    text = ("Fraudster jailed\n\n"
            "In mitigation, Edmund Tallis KC, for Harrow, described his client as \"a broken man who has lost "
            "everything he built\".\n")
    assert speakers(text) == [("Edmund Tallis KC", "Edmund Tallis")]


def test_a_description_in_the_lead_is_not_a_judge_named_next_by_her_title():
    text = ("Court orders Ottawa to compensate Cree nation\n\n"
            "SASKATOON (CP) — A Saskatchewan judge has ruled that the federal government shortchanged a Cree First "
            "Nation on its reserve land, a decision the nation's chief called \"a hundred and twelve years overdue.\"\n\n"
            "\"The honour of the Crown was engaged at the moment of the survey,\" Justice Eleanor Marchetti wrote in her "
            "decision.\n")
    assert ("the nation's chief", "the nation's chief") in speakers(text)


def test_the_group_is_the_one_the_text_called_a_group():
    text = ("Airline strike\n\n"
            "Passenger Rights Norway, a consumer group, said Nordvik had signaled it would treat the walkout as an "
            "extraordinary circumstance. \"Courts have been clear that a strike by an airline's own staff is not "
            "extraordinary,\" the group said.\n")
    assert speakers(text)[-1][0] == "the group" and speakers(text)[-1][1].endswith("Rights Norway")
