"""Names the written round s60-b showed saywho splitting or mistyping, in texts written for the tests (s62):

- "Anouk van den Berg", tagged "Anouk" an organisation and "Berg" a person, is one woman's name, so "Her husband"
  is the other van den Berg the text names;
- a name ending in "Mines" or "Mining" is a company's, whatever the model tagged it, so "The company said" takes it
  up;
- "O'Keefe said the union would fight the closure … and accused the board": a past tense cannot go on from
  "would", so the accusing is O'Keefe's, not the union's."""

from attribution_rows import attribution_rows


def test_a_surname_opening_with_lowercase_particles_is_one_name():
    text = ("A dairy farm in debt\n\n"
            "Wim van den Berg, 58, has farmed near Barneveld for thirty years. His wife, Anouk van den Berg, said the "
            "family had borrowed 180,000 euros. Her husband said he did not know whether the farm could continue.\n")
    assert [(row[1], row[4]) for row in attribution_rows(text)] == [
        ("His wife, Anouk van den Berg,", "Anouk van den Berg"), ("Her husband", "Wim van den Berg")]


def test_a_name_ending_in_mines_is_a_company():
    text = ("Acid spill kills fish\n\n"
            "Kasompe Copper Mines said in a statement that the overflow was caused by heavy rain.\n\n"
            "The company said it had begun paying compensation to affected households.\n")
    assert [(row[1], row[4]) for row in attribution_rows(text)] == [
        ("Kasompe Copper Mines", "Kasompe Copper Mines"), ("The company", "Kasompe Copper Mines")]


def test_a_past_tense_after_a_modals_verb_goes_on_from_the_sayer():
    text = ("Orchestra cuts\n\n"
            "The union's national secretary, Brendan Keogh, said the union would fight the closure in every forum "
            "available, and accused the broadcaster's board of treating regional audiences as \"an afterthought\".\n")
    assert [(row[2], row[1]) for row in attribution_rows(text)] == [
        ("said", "The union's national secretary, Brendan Keogh,"),
        ("accused", "The union's national secretary, Brendan Keogh,")]
