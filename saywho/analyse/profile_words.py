"""Words the source profile's rules (profiles.py, profile_naming.py, profile_genders.py) all read."""

from __future__ import annotations

from saywho.analyse.profile_roles import head_word
from saywho.analyse.role_phrases import after_possessor, form_in
from saywho.document import Attribution, Speaker
from saywho.lexicons import classified


def gendered_nouns() -> dict[str, str]:
    return classified("gendered_nouns.txt")


def source_words(attribution: Attribution) -> str:
    return attribution.source.text if attribution.source is not None else ""


def profile_owner(attribution: Attribution) -> Speaker | Attribution:
    """Whose profile an attribution's is: its speaker's, or its own where the speakers step tied it to no one."""
    speaker = attribution.speaker
    return speaker if speaker is not None and speaker.profile else attribution


def role_head(role: str) -> str:
    """ "Trump's wife" → wife; "deputy chairman of the bureau" → chairman."""
    return head_word(after_possessor(role))


def singular(word: str, table: dict[str, str]) -> str | None:
    form = form_in(word, table)
    return table[form] if form else None
