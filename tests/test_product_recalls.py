"""A maker's product recall is no one remembering (issue 13's actions read as speech): "recalled 40,000 trucks",
"recalled its sedans". Remembering stays an attribution. Articles written for the tests; each expected value exact."""

from attribution_rows import attribution_rows


def test_a_product_recall_is_no_attribution():
    text = ("Recall widens\n\nVarden Motors recalled 40,000 trucks on Tuesday over faulty brakes.\n\n"
            "The company also recalled 1.2 million sedans in Canada, and recalled its airbags last year.")
    assert attribution_rows(text, date="2024-03-06") == []


def test_remembering_stays_an_attribution():
    text = "Memories\n\nAnna Cole, 81, spoke slowly. She recalled the night her father left for the war."
    assert attribution_rows(text, date="2024-03-06") == [
        ("indirect", "She", "recalled", "the night her father left for the war", "Anna Cole")]


def test_a_year_is_no_count_of_goods():
    text = "Reform\n\nSenator Ana Ruiz recalled a 2007 immigration bill that failed in the Senate."
    assert [row[2] for row in attribution_rows(text, date="2024-03-06")] == ["recalled"]


def test_pills_recalled_and_an_envoy_called_home_are_no_attributions():
    text = ("Drugmaker recalls blood-pressure pills after contamination found\n\n"
            "Halvern Pharmaceuticals recalled its Corvexa tablets on Wednesday. Russia recalled its ambassador.")
    assert attribution_rows(text, date="2024-03-06") == []
