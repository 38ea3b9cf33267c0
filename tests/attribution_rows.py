"""One row per attribution, as the hand-written attribution tests state what they expect."""

from __future__ import annotations

from pathlib import Path

import saywho

ARTICLES = Path(__file__).parent / "data" / "articles"  # articles written for saywho's tests (s49)
SPEAKER_ROUNDS = Path(__file__).resolve().parents[1] / "bench" / "speaker_rounds"  # written rounds (s60-)


def written_article(name: str) -> str:
    """The text of an article in tests/data/articles/."""
    return ARTICLES.joinpath(name).read_text(encoding="utf-8")


def round_article(round_name: str, article: str) -> str:
    """The text of one article of a written speaker round: round_article("s69-t", "t1-01")."""
    return SPEAKER_ROUNDS.joinpath(round_name, "articles", f"{article}.txt").read_text(encoding="utf-8")


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the one attribution whose content holds `words`, or None where it has none."""
    [found] = [a for a in saywho.analyze(text).attributions if a.content and words in a.content.text]
    return found.speaker.name if found.speaker and found.speaker.named else None


def attribution_rows(text: str, date: str | None = None) -> list[tuple]:
    """(kind, source, cue, content, speaker name) of each attribution saywho finds in `text`."""
    return [
        (a.kind, a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text,
         a.speaker.name if a.speaker else None)
        for a in saywho.analyze(text, date=date).attributions
    ]


def sources_and_speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(source, the speaker as named or described) of each attribution in `text`; source None where it has none."""
    return [(row[1], row[4]) for row in attribution_rows(text)]


def named_speakers(text: str) -> list[tuple[str, str | None]]:
    """(source, the speaker's name where it is named, else None) of each sourced attribution in `text`."""
    analysis = saywho.analyze(text, date="2024-05-01")
    return [(a.source.text, a.speaker.name if a.speaker and a.speaker.named else None)
            for a in analysis.attributions if a.source is not None]


def speakers_with_naming(text: str) -> list[tuple[str, str | None, bool | None]]:
    """(source, speaker name, whether it is a name) of every attribution in `text`; "" where it has no source."""
    analysis = saywho.analyze(text, date="2024-05-01")
    return [(a.source.text if a.source else "", a.speaker.name if a.speaker else None,
             a.speaker.named if a.speaker else None) for a in analysis.attributions]


def speaker_names(text: str) -> list[tuple[str | None, bool | None]]:
    """(speaker name, whether it is a name) of every attribution in `text`."""
    return [row[1:] for row in speakers_with_naming(text)]


def sourced_speakers(text: str) -> list[tuple[str, str, str | None]]:
    """(source, cue, speaker name) of each sourced attribution in `text`."""
    analysis = saywho.analyze(text, date="2024-05-01")
    return [(a.source.text, a.cue.text, a.speaker.name if a.speaker else None)
            for a in analysis.attributions if a.source is not None]
