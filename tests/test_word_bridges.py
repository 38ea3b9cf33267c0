"""Pieces of one content joined across the writer's words between them (s44): a quotation drawn in beside a clause
gave a content in pieces with the words between them left out ("that families … "cannot find a single shelter" …
"can book a hotel room in minutes.""), where PolNeAR draws one span; a frame between the pieces keeps them apart."""

from attribution_rows import attribution_rows


def test_a_clause_and_two_quotations_are_one_content():
    text = 'The council member complained that families fleeing the floods "cannot find a single shelter" but ' \
           'tourists from the coast "can book a hotel room in minutes."'
    assert attribution_rows(text, date="2016-05-01") == [
        ("partial", "The council member", "complained",
         'that families fleeing the floods "cannot find a single shelter" but tourists from the coast "can book a '
         'hotel room in minutes."', "The council member")]


def test_words_after_a_comma_join_a_clause_and_its_quotation():
    text = 'The commissioner said the county had received three bids for the bridge, but "none of them came close ' \
           'to the budget we set."'
    assert attribution_rows(text, date="2016-05-01")[0][3] == \
        'the county had received three bids for the bridge, but "none of them came close to the budget we set."'


def test_a_content_mostly_in_the_writers_words_is_indirect():
    text = 'She said he would walk away from the trade talks, his plan is "dangerously naive" and he is a "loudmouth."'
    assert attribution_rows(text, date="2016-05-01") == [
        ("indirect", "She", "said",
         'he would walk away from the trade talks, his plan is "dangerously naive" and he is a "loudmouth."', None)]


def test_a_quotation_within_a_clause_of_reasons():
    text = 'The organizer said he was backing the challenger not because of "some old grudge against the mayor," ' \
           'but because Alvarez is a "serious candidate."'
    assert attribution_rows(text, date="2016-05-01")[0][3] == \
        'he was backing the challenger not because of "some old grudge against the mayor," but because Alvarez is ' \
        'a "serious candidate."'


def test_a_frame_between_the_quotations_keeps_them_apart():
    text = '"The roads are closed," Smith said. Crews worked through the night. "We expect them open by noon."'
    contents = [row[3] for row in attribution_rows(text, date="2016-05-01")]
    assert all("Crews" not in content and "Smith" not in content for content in contents)


def test_a_sentence_of_the_writers_own_between_the_pieces_keeps_them_apart():
    text = 'Aides say the former governor plans to "actively support" the senator. From the governor\'s Facebook ' \
           'post: "For the sake of our party and country, we must overcome the divisiveness."'
    contents = [row[3] for row in attribution_rows(text, date="2016-03-24")]
    assert all("From the governor's Facebook post" not in content for content in contents)
