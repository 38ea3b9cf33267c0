"""A second act of the source's, coordinated after a reported clause (issues 12 and 13, s18-content): "said the
budget was late and called the delay “a disgrace”" is two attributions; the content of "said" ends before "and",
where the small parser had run it on through the second verb. A verb of thinking or wanting goes on describing
what was reported and stays ("said she was tired of the delays and wanted a vote"), as does a verb inside
quotation marks. An article written for the tests; each expected content is exact."""

from functools import cache

from conftest import attribution_parts

ARTICLE = (
    "Councilwoman Reyes said the harbor budget was three months late and called the delay "
    "\u201ca disgrace to the city.\u201d\n\n"
    "The treasurer says the pension fund is solvent and warns that the reserves will run low by 2030.\n\n"
    "Mayor Lindqvist said she was tired of the delays and wanted a vote before the summer recess.\n\n"
    "Alderman Fitch said \u201cthe audit came back clean and proved we were right all along.\u201d\n"
)


@cache
def attributions() -> list[tuple]:
    return attribution_parts(ARTICLE)


def contents_of(cue: str) -> list[list[str]]:
    return [content for _, found_cue, content in attributions() if found_cue == cue]


def test_the_content_ends_before_the_second_act():
    found = attributions()
    assert ("Councilwoman Reyes", "said", ["the harbor budget was three months late"]) in found, found
    assert ("The treasurer", "says", ["the pension fund is solvent"]) in found, found


def test_a_verb_of_wanting_stays_in_the_content():
    assert ("Mayor Lindqvist", "said",
            ["she was tired of the delays and wanted a vote before the summer recess"]) in attributions(), attributions()


def test_a_second_verb_inside_quotation_marks_stays():
    assert any("proved we were right all along" in " ".join(content) for content in contents_of("said")), attributions()
