"""Parenthetical attributions (issues 13 and 12): a cue set off by commas inside the clause it
reports, whose content PolNeAR marks in two pieces around the source and the cue.

Each case is (text, [(kind, source, cue, content, speaker)]) with exact expected values, on
sentences written for the tests.
"""

import pytest
from attribution_rows import attribution_rows


def found(text: str) -> list[tuple]:
    return attribution_rows(text, date="2016-01-01")


CASES = [
    # the cue hangs off the clause's verb: the content is the clause, in two pieces
    ("That plan, she added, would fail within a year.",
     [("indirect", "she", "added", "That plan … would fail within a year", None)]),
    ("In the long run, many economists say, the levy could slow hiring.",
     [("indirect", "many economists", "say", "In the long run … the levy could slow hiring", "many economists")]),
    # the aside carries on with the rest of the clause
    ("The clinic had no record of the visit, a hospital spokesman said, and had never billed the family.",
     [("indirect", "a hospital spokesman", "said", "The clinic had no record of the visit … and had never billed the family",
       "a hospital spokesman")]),
    # two subjects for the cue: the source is the one in the aside, whether before or after the cue
    ("The new parking fee, Mayor Ana Ruiz said on Tuesday, was too costly for families.",
     [("indirect", "Mayor Ana Ruiz", "said", "The new parking fee … was too costly for families", "Ana Ruiz")]),
    ("The plan, said Councilman Ed Park, is a disaster.",
     [("indirect", "Councilman Ed Park", "said", "The plan … is a disaster", "Ed Park")]),
    # the cue as the sentence's verb: the words before the aside join the reported clause
    ("If the bill passes, Senator Tom Hale told reporters, the state will lose millions.",
     [("indirect", "Senator Tom Hale", "told", "If the bill passes … the state will lose millions", "Tom Hale")]),
    # the rest of the clause after the aside stays in the content; the speaker's own addition does not
    ("The fee, Ruiz said, was too high and would rise again next year.",
     [("indirect", "Ruiz", "said", "The fee … was too high and would rise again next year", "Ruiz")]),
    ("Her sister had struggled for years, Hale explained, recalling a visit to the clinic.",
     [("indirect", "Hale", "explained", "Her sister had struggled for years", "Hale"),
      ("indirect", "Hale", "recalling", "a visit to the clinic", "Hale")]),
    # the parser hung one side's words outside the cue's clause: the sentence's words on each side of the aside
    ("The repairs were too costly, Ruiz said, so the council closed the pool for the summer.",
     [("indirect", "Ruiz", "said", "The repairs were too costly … so the council closed the pool for the summer", "Ruiz")]),
    ("The delays are hard to explain, several engineers say, because the tunnel has never flooded before.",
     [("indirect", "several engineers", "say", "The delays are hard to explain … because the tunnel has never flooded before",
       "several engineers")]),
    # ... up to a dash or a bracket, which the aside does not reach across
    ("The board met twice in June - and the contract, the union said, had never been put to a vote.",
     [("indirect", "the union", "said", "and the contract … had never been put to a vote", "the union")]),
    ("Tenants were told to leave by Friday (the notice of which, the landlord said, went out in May).",
     [("indirect", "the landlord", "said", "the notice of which … went out in May", "the landlord")]),
    # a quotation framed by a verb inside the interrupted clause is quoted in passing: what was said holds it
    ("Back then, Ms. Lund said, she found the new mayor ''very professional and very quiet,'' and also a little "
     "distant.",
     [("indirect", "Ms. Lund", "said",
       "Back then … she found the new mayor ''very professional and very quiet,'' and also a little distant", "Ms. Lund"),
      ("partial", "she", "found", "the new mayor ''very professional and very quiet,''", "Ms. Lund")]),
    # what worked before stays as it was
    ("The council will vote on the budget on Monday, officials said.",
     [("indirect", "officials", "said", "The council will vote on the budget on Monday", "officials")]),
    ("On Monday, the mayor said the fee was too high.",
     [("indirect", "the mayor", "said", "the fee was too high", "the mayor")]),
    ("“The fee is too high,” Ruiz said, “and families cannot pay it.”",
     [("direct", "Ruiz", "said", "“The fee is too high,” … “and families cannot pay it.”", "Ruiz")]),
    # the parser makes the cue the sentence's verb and hangs the words after the aside on it (s41): a phrase or a
    # reason goes on with what was said; where or when it was said, or what the speaker did, does not
    ("The argument would be aided, Devine said, by the upcoming primary calendar.",
     [("indirect", "Devine", "said", "The argument would be aided … by the upcoming primary calendar", "Devine")]),
    ("There is no chance of that level of violence, officials insist, because policing has evolved.",
     [("indirect", "officials", "insist", "There is no chance of that level of violence … because policing has evolved",
       "officials")]),
    ("Sales were great, the vendor said, wiping sweat off his face.",
     [("indirect", "the vendor", "said", "Sales were great", "the vendor")]),
    # an aside that is no speech is no attribution
    ("The bridge, built in 1920, was closed last week.", []),
    ("The vote, as expected, was close.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_parenthetical_attributions(text, expected):
    assert found(text) == expected
