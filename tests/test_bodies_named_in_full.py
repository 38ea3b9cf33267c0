"""Speakers on unseen news (s58): bodies that speak under their full names where the model cut the name or tagged none
of it ("The Department of Employment and Labour", "Greater Manchester Fire and Rescue Service", "The Ministry of
Environment, Water and Agriculture", "The Kenya Anti-Doping Authority", "The Metro Workers’ Independent Union"), bodies
described by nouns the lists lacked ("the confederation", "the assembly"), a place tagged for a charity named after its
noun, a name set after its description and comma where the parser hung it elsewhere, and a title coordinated before its
holder ("Employment and Labour Minister Zanele Ngcobo"), and an "it" opening the sentence after a body's own. Short
texts written for the tests."""

from attribution_rows import speaker_names


def test_a_ministry_named_with_and_after_its_of_phrase():
    text = ("Drivers strike over fares\n\n"
            "The Department of Employment and Labour said in a brief statement that it was monitoring the situation.")
    assert speaker_names(text) == [("Department of Employment and Labour", True)]


def test_a_service_named_with_and_before_its_last_word():
    text = ("Tower fire\n\n"
            "Greater Manchester Fire and Rescue Service said the fire had started in a seventh-floor flat.")
    assert speaker_names(text) == [("Greater Manchester Fire and Rescue Service", True)]


def test_a_ministry_named_with_a_list_after_its_of():
    text = ("Date harvest\n\n"
            "The Ministry of Environment, Water and Agriculture said national date production had reached a record.")
    assert speaker_names(text) == [("Ministry of Environment, Water and Agriculture", True)]


def test_a_hyphened_name_and_an_owners_mark_stay_in_the_name():
    text = ("Doping ban\n\n"
            "The Kenya Anti-Doping Authority said the sample was collected at a meeting in Eldoret.\n\n"
            "The Metro Workers’ Independent Union said its members would strike on Monday.")
    assert speaker_names(text) == [("Kenya Anti-Doping Authority", True), ("Metro Workers’ Independent Union", True)]


def test_two_bodies_joined_by_and_are_not_one_name():
    text = ("Drills\n\n"
            "The Ministry of Defence and NATO said the exercise would go ahead in spring.")
    assert ("Ministry of Defence and NATO", True) not in speaker_names(text)


def test_a_confederation_named_before_is_the_confederation():
    text = ("Rates cut\n\n"
            "Warsaw cut its main interest rate on Monday.\n\n"
            "The Polish Employers’ Confederation, by contrast, welcomed the decision.\n\n"
            "“Companies have been strangled by the cost of credit,” the confederation said.")
    assert speaker_names(text) == [("Polish Employers’ Confederation", True)]


def test_a_charity_named_after_its_noun_is_no_place():
    text = ("Temporary housing\n\n"
            "Callum Reid, director of policy at the housing charity Homefront, called the figures alarming.\n\n"
            "The charity said councils in England had spent £1.9bn on temporary accommodation.")
    assert speaker_names(text) == [("Callum Reid", True), ("Homefront", True)]


def test_a_name_after_the_description_and_its_comma():
    text = ("Bribery inquiry\n\n"
            "The service, known by its Lithuanian initials STT, said two officials were suspected of taking bribes.\n\n"
            "According to an STT spokeswoman, Inga Rimkutė, investigators believe the bribes totalled at least "
            "600,000 euros.\n\n"
            "\"We are talking about money that should have been spent on security,\" Ms. Rimkutė told reporters.")
    assert ("Inga Rimkutė", True) in speaker_names(text)[1:2]


def test_an_office_coordinated_before_its_holder():
    text = ("Mine strike\n\n"
            "Employment and Labour Minister Zanele Ngcobo urged both parties to settle quickly.")
    assert speaker_names(text) == [("Zanele Ngcobo", True)]


def test_the_minister_of_two_things_named_after_a_comma():
    text = ("Runway overrun\n\n"
            "The ports and airports minister, Otávio Lins, who visited the airport the day after the overrun, said "
            "the government would order an independent review.")
    assert speaker_names(text) == [("Otávio Lins", True)]


def test_a_police_command_with_a_place_before_stays_described():
    text = ("Ballot sheets\n\n"
            "Gifty Owusu-Ansah, the commission's Ashanti regional director, said the sheets were with a printer.\n\n"
            "The Ashanti regional police command said 12 people had been arrested after the clash.")
    assert speaker_names(text)[-1] == ("The Ashanti regional police command", False)


def test_it_opening_the_sentence_after_the_bodys_own_goes_on_with_the_body():
    text = ("Protest on the avenue\n\n"
            "The Ministry of Security said in a statement that officers had responded after protesters tried to "
            "block the avenue in front of Congress. It said 14 officers had been hurt and 32 people arrested.")
    assert speaker_names(text) == [("Ministry of Security", True), ("Ministry of Security", True)]


def test_occupations_described_again_are_the_people_named_so():
    text = ("Primary night\n\n"
            "Karen Tibbetts, 54, a dental hygienist from Bedford, said she would pull a Republican ballot.\n\n"
            "\"She talks to you like an adult,\" the hygienist said.")
    assert speaker_names(text) == [("Karen Tibbetts", True), ("Karen Tibbetts", True)]


def test_a_description_saying_whose_it_is_is_someone_new():
    text = ("Union hall\n\n"
            "Tom Kowalski, 60, who has worked at a transmission plant for 34 years, said he was leaning toward "
            "Castellanos.\n\n"
            "The president of the local, who asked not to be named, said members were split.")
    assert speaker_names(text)[-1] == ("The president", False)
