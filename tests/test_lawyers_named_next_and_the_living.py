"""Two wrong names read from the written round s69-n (s69), in texts written for the tests:

- a wire lead's "the opponent's lawyer called …" is not the next person named, where that person bears a word the
  lead gives someone else ("a grandmaster accused his final-round opponent …" before "Grandmaster Oleksiy Marchuk,
  38, said"): the lawyer stays unnamed;
- "Walter Brisk died in 1996. His granddaughter, Caroline Brisk, … says … ¶ “…,” Brisk says.": the surname alone
  with a verb in the present tense is one of the living; "Brisk wrote" in a letter of 1973 stays Walter's."""

from attribution_rows import attribution_rows

LAWYER = 'Grandmaster accuses teenage rival of computer help\n\nBIEL, Switzerland — The Seeland Chess Club said Monday it had withheld the first prize at its annual open tournament after a grandmaster accused his final-round opponent of receiving outside help, a claim the opponent\'s lawyer called "a reckless smear with no basis in fact."\n\nGrandmaster Oleksiy Marchuk, 38, said he had seen Tobias Wenger leave the hall repeatedly. "I have played for 22 years," Marchuk said.\n\nHis lawyer, Martina Keller, said her client had been searched twice.\n'

WARRIOR = 'A warrior goes home\n\nThe bronze warrior came to the museum in 1998 with the papers of Walter Brisk, the Cleveland industrialist who gave it to the Larkin in 1973. In a letter to the museum\'s director that year, Brisk wrote that the figure had been "bought honestly in Rome."\n\nWalter Brisk died in 1996. His granddaughter, Caroline Brisk, a lawyer in Shaker Heights, says he "loved that little man more than anything he owned" and kept a plaster copy of the warrior on his desk until the end. She says she read the review twice and then called the museum the next morning.\n\n"He wasn\'t a crook. He was a customer," Brisk says. "And if the warrior belongs in Italy, then my family wants him in Italy."\n'


def test_a_lawyer_described_in_the_lead_is_not_the_next_person_named():
    rows = attribution_rows(LAWYER)
    assert [(row[1], row[4]) for row in rows][3:5] == [
        ("the opponent's lawyer", "the opponent's lawyer"),
        ("Grandmaster Oleksiy Marchuk, 38,", "Grandmaster Oleksiy Marchuk")]


def test_the_surname_of_one_who_speaks_now_is_the_living_ones():
    assert [(row[2], row[4]) for row in attribution_rows(WARRIOR)] == [
        ("wrote", "Walter Brisk"), ("says", "Caroline Brisk"), ("says", "Caroline Brisk"), ("says", "Caroline Brisk")]
