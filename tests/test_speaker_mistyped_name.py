"""A quotation's "he" right after a sentence that opens with the last speaker's name, a name the small model typed
as an organisation ("Holiday"): the resolver used to reach back past it to the person quoted before (the other
team's coach). A wrong name is worse than none, so the "he" stays unnamed. Written for this test."""

from __future__ import annotations

import saywho

ARTICLE = (
    "Celtics edge Knicks in overtime thriller.\n\n"
    "Celtics coach Joe Mazzulla praised Jrue Holiday's defense on Brunson. \"Jrue was incredible,\" Mazzulla said. "
    "\"He made every shot tough.\"\n\n"
    "Holiday shrugged off the praise. \"It's my job,\" he said."
)


def test_the_he_after_a_mistyped_name_is_not_the_coach():
    analysis = saywho.analyze(ARTICLE)
    rows = [(a.source.text if a.source else None, a.content.text, a.speaker.name if a.speaker else None)
            for a in analysis.attributions]
    assert rows[-1] == ("he", "\"It's my job,\"", None)
    assert ("Mazzulla", "\"Jrue was incredible,\" … \"He made every shot tough.\"", "Joe Mazzulla") in rows
