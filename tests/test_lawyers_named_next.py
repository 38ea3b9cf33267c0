"""A wrong name read from the written round s69-n (s69), in texts written for the tests:

- a wire lead's "the opponent's lawyer called …" is not the next person named, where that person bears a word the
  lead gives someone else ("a grandmaster accused his final-round opponent …" before "Grandmaster Oleksiy Marchuk,
  38, said"): the lawyer stays unnamed;
- "The bakery's founder said … the bill for flour …" before "Bill Carter, 64, said": a first name that is a noun in
  the lead does not keep the founder from the next person named."""

from attribution_rows import attribution_rows

LAWYER = ("Grandmaster accuses teenage rival of computer help\n\n"
          "BIEL, Switzerland — The Seeland Chess Club said Monday it had withheld the first prize at its annual open "
          "tournament after a grandmaster accused his final-round opponent of receiving outside help, a claim the "
          "opponent's lawyer called \"a reckless smear with no basis in fact.\"\n\n"
          "Grandmaster Oleksiy Marchuk, 38, said he had seen Tobias Wenger leave the hall repeatedly. \"I have played "
          "for 22 years,\" Marchuk said.\n\n"
          "His lawyer, Martina Keller, said her client had been searched twice.\n")

def test_a_lawyer_described_in_the_lead_is_not_the_next_person_named():
    rows = attribution_rows(LAWYER)
    assert [(row[1], row[4]) for row in rows][3:5] == [
        ("the opponent's lawyer", "the opponent's lawyer"),
        ("Grandmaster Oleksiy Marchuk, 38,", "Grandmaster Oleksiy Marchuk")]


def test_a_first_name_that_is_a_noun_in_the_lead_keeps_the_next_name():
    text = ("Bakery closes after 40 years\n\n"
            "The bakery's founder said on Monday the bill for flour had doubled in a year.\n\n"
            "\"We cannot keep the ovens on,\" Bill Carter, 64, said.\n")
    assert [(row[1], row[4]) for row in attribution_rows(text)][0] == ("The bakery's founder", "Bill Carter")
