"""An opinion piece's "I" is the writer its closing line names, or its title opens with; each case a short
hand-written article."""

from __future__ import annotations

from attribution_rows import named_speakers

import saywho

OP_ED = ("The city council wants to close the old library on Main Street.\n\n"
         "That would be a mistake, I believe. The building is sound, and the children who use it have nowhere else to go.\n\n"
         "My mother taught in that library for thirty years. \"It is the heart of the town,\" she said.\n\n"
         "{closing}\n")


def test_an_op_eds_i_is_the_writer_its_closing_line_names():
    closing = "Nora Whitfield, a retired teacher, is a member of the Riverton Gazette's board of contributors."
    assert named_speakers(OP_ED.format(closing=closing)) == [("I", "Nora Whitfield"), ("she", None)]
    analysis = saywho.analyze(OP_ED.format(closing=closing), date="2024-05-01")
    writer = next(a.speaker for a in analysis.attributions if a.source is not None and a.source.text == "I")
    # a reader can check it: the antecedent is where the closing line names the writer
    assert (writer.resolved_by, analysis.article.text[writer.antecedent:].startswith("Nora Whitfield, a retired teacher")) == (
        "pronoun", True)


def test_a_closing_line_about_someone_the_story_names_is_no_byline():
    text = ("Mayor Paul Grant wants to close the old library on Main Street.\n\n"
            "That would be a mistake, I believe. The building is sound.\n\n"
            "Paul Grant is running for a second term.\n")
    assert named_speakers(text) == [("I", None)]


def test_a_columns_i_is_the_writer_whose_name_opens_its_title():
    text = ("Nora Whitfield: Save the Old Library.\n\n"
            "The city council wants to close the old library on Main Street. "
            "That would be a mistake, I believe. The building is sound.\n")
    # the title is a source too: its name says who says the rest
    assert named_speakers(text) == [("Nora Whitfield", "Nora Whitfield"), ("I", "Nora Whitfield")]


def test_a_title_quoting_someone_the_story_names_is_no_byline():
    text = ("Paul Grant: I Will Close the Old Library.\n\n"
            "Mayor Paul Grant wants to close the old library on Main Street. "
            "That would be a mistake, I believe. The building is sound.\n")
    assert ("I", "Paul Grant") not in named_speakers(text)


def test_a_pasted_op_ed_s_i_is_the_writer_its_byline_names():
    text = "Opinion: Save the old library\n\nBy Nora Whitfield\n\n" + OP_ED.format(closing="Write to your council.")
    assert named_speakers(text) == [("I", "Nora Whitfield"), ("she", None)]


def test_a_byline_and_a_closing_line_about_the_same_writer_name_the_writer():
    text = ("Opinion: Save the old library\n\nBy Nora Whitfield\n\n"
            + OP_ED.format(closing="Nora Whitfield is a teacher in Millbrook."))
    assert named_speakers(text)[0] == ("I", "Nora Whitfield")


def test_a_byline_of_two_writers_names_no_one():
    text = "Save the old library\n\nBy Nora Whitfield and Tom Baker\n\n" + OP_ED.format(closing="Write to them.")
    assert named_speakers(text)[0] == ("I", None)


def test_a_council_title_is_no_part_of_the_name():
    text = "Councilmember Ruth Adeyemi, who voted no, told reporters the projections were \"pure fantasy.\""
    assert [(a.speaker.name, a.speaker.profile.role) for a in saywho.analyze(text, date="2024-05-01").attributions
            ] == [("Ruth Adeyemi", "politician")]
