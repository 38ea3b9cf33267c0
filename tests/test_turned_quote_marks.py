"""Quotation marks typed the wrong way round or with a stray space (s42): a closing mark used to open (`Doing so
”appeared to be …”`, `” … they are so not like him,” she said`, after an invisible mark), an opening mark with a
space after it (`saying, “ you have to`), and feet and inches inside a quotation (`he’s like 6’2”,”`)."""

from attribution_rows import attribution_rows
from test_quotes import quoted


def test_a_closing_mark_before_a_word_opens_the_quotation():
    assert quoted("Doing so ”appeared to be an attempt at poisoning the election.” She thinks he can win.") == [
        "”appeared to be an attempt at poisoning the election.”"]


def test_a_closing_mark_before_an_ellipsis_opens_the_quotation():
    text = "” … they are so not like him,” she said in December. “My father would be so appalled.”"
    assert quoted(text) == ["” … they are so not like him,”", "“My father would be so appalled.”"]


def test_a_closing_mark_after_an_invisible_mark_opens_the_quotation():
    text = "\u202a”Isis will burn in hell for it!!! Thanks Sarah!!!” wrote Pete Hidalgo."
    assert attribution_rows(text, date="2015-12-16") == [
        ("direct", "Pete Hidalgo", "wrote", "”Isis will burn in hell for it!!! Thanks Sarah!!!”", "Pete Hidalgo")]


def test_an_opening_mark_with_a_space_after_it_still_opens():
    text = "The ad then cuts to footage of Trump saying, “ you have to give them a path. You have to do that.”"
    assert quoted(text) == ["“ you have to give them a path. You have to do that.”"]


def test_feet_and_inches_do_not_close_the_quotation():
    text = "“I admit, he’s taller than me; he’s like 6’2”,” Rubio said Sunday in Virginia."
    assert quoted(text) == ["“I admit, he’s taller than me; he’s like 6’2”,”"]


def test_a_curly_quotation_inside_a_curly_one_stays_inside_it():
    text = "He tweeted: “People behind her wearing “Settle For Hillary” shirts at her event. Ouch.”"
    assert quoted(text) == ["“People behind her wearing “Settle For Hillary” shirts at her event. Ouch.”"]


def test_curly_quotations_side_by_side_stay_apart():
    assert quoted("He called it “a disaster” and “a shame.”") == ["“a disaster”", "“a shame.”"]


def test_a_straight_quotation_left_open_ends_before_the_frame_inside_it():
    text = ('"There wasn\'t a lot of education about naturalizing their children, said Kessel, whose group is pushing '
            'for bills.')
    assert quoted(text) == ['"There wasn\'t a lot of education about naturalizing their children,']
