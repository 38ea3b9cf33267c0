"""Ranks, clergy and the like are words for a person (role_nouns.txt): "the admiral" takes up the admiral named
before it, and the "he" after it follows."""

import saywho


def test_the_admiral_is_the_admiral_named_before():
    text = ("Admiral Harry B. Harris Jr. commands the Pacific fleet from an office above Pearl Harbor.\n\n"
            "The comments had two goals, the admiral said. ''You know, when I am described as a Japanese admiral, "
            "it's not true,'' he said.")
    speakers = [(a.source.text, a.speaker.name if a.speaker else None) for a in saywho.analyze(text).attributions]
    assert speakers == [("the admiral", "Harry B. Harris Jr."), ("he", "Harry B. Harris Jr.")]
