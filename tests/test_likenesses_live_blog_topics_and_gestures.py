"""What a precision audit on articles no rule had been read from (the written round s68-m, s69) showed saywho taking
for speech, in texts written for the tests:

- a simile of the writer's ("he talks about the looms the way other men talk about their grandchildren") reports no
  one's words;
- a live blog's headline named for a storm gives its topic before the colon ("Storm Hollis: thousands of homes without
  power … - live updates"); a person's name there speaks, without the blog's tag in their words;
- "Asked whether …, she shook her head", ending its paragraph: the reporter's own question, answered with no words.
  "Asked about …, Pike said" stays, as PolNeAR marks it, and so does a question answered in words after a gesture,
  or put by someone the text names ("Asked by the judge …, Moyle nodded")."""

from attribution_rows import attribution_rows


def test_a_likeness_is_no_ones_words():
    text = ("The last weavers of Bielsko\n\n"
            "BIELSKO-BIALA, Poland — Marek Nowak, 71, has run the Nowak mill since 1980, when his father handed him "
            "the keys. He talks about the old looms the way other men talk about their grandchildren.\n\n"
            "\"When one of them coughs, I hear it from the office,\" Nowak said.\n")
    rows = attribution_rows(text)
    assert [(row[1], row[2], row[4]) for row in rows] == [
        ("He", "talks about", "Marek Nowak"), ("Nowak", "said", "Marek Nowak")]


def test_a_live_blogs_headline_names_its_topic():
    text = ("Storm Hollis: thousands of homes without power as gales batter Cornwall - live updates\n\n"
            "Storm Hollis has left more than 40,000 homes in Cornwall and Devon without power, Western Power "
            "Distribution said on Sunday.\n\n"
            "\"Our engineers are working through the night,\" a spokeswoman for the company said.\n")
    assert [row[1] for row in attribution_rows(text)] == ["Western Power Distribution", "a spokeswoman for the company"]


def test_a_live_blogs_headline_that_quotes_keeps_its_speaker():
    text = ("Harriet Vane: 'We will not be rushed into a deal' - live updates\n\n"
            "The prime minister, Harriet Vane, said on Monday that her government would not be rushed into a trade "
            "deal.\n")
    assert attribution_rows(text)[0] == ("direct", "Harriet Vane", ":", "'We will not be rushed into a deal'",
                                         "Harriet Vane")


def test_a_person_before_a_live_blogs_colon_speaks_without_the_tag():
    text = ("Starmer: we will not rejoin the EU in my lifetime – as it happened\n\n"
            "Keir Starmer ruled out any return to the European Union on Thursday.\n")
    assert attribution_rows(text)[0][1:] == ("Starmer", ":", "we will not rejoin the EU in my lifetime",
                                             "Keir Starmer")


def test_a_person_named_like_a_storm_who_speaks_below_keeps_the_headline():
    text = ("Storm Reid: I never wanted to be famous – live blog\n\n"
            "The actress, Storm Reid, said she was happy with her life.\n")
    assert [(row[1], row[4]) for row in attribution_rows(text)] == [
        ("Storm Reid", "Storm Reid"), ("The actress, Storm Reid,", "Storm Reid")]


def test_an_apostrophe_in_a_live_blogs_headline_is_no_quotation():
    text = ("Storm Idris: Britain's phone masts offline as power cuts bite - live updates\n\n"
            "The storm reached Wales on Sunday, the Met Office said.\n")
    assert [row[1] for row in attribution_rows(text)] == ["the Met Office"]


def test_a_question_answered_with_a_gesture_is_no_ones_words():
    text = ("Rail unions fear the cost of the transition\n\n"
            "Claire Ollivier drove freight trains in Lorraine for two decades before joining the union's national "
            "office. Asked whether a longer transition would be enough, she shook her head.\n\n"
            "Asked if he would ever make peace with his brother, Darren Pike paused. \"Maybe,\" he said. Asked about "
            "the strike, Pike said it would go ahead.\n")
    rows = attribution_rows(text)
    assert [row[2] for row in rows] == ["fear", "Asked", "said", "Asked about", "said"]
    assert rows[1][3] == "if he would ever make peace with his brother" and rows[2][4] == "Darren Pike"


def test_a_question_put_by_someone_named_stays():
    text = ("Court hears fraud plea\n\n"
            "Asked by the judge whether he understood the charges, Kevin Moyle nodded.\n")
    assert [(row[1], row[2]) for row in attribution_rows(text)] == [("the judge", "Asked")]
