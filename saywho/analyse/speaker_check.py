"""The last word on a speaker goes to the source's own words.

saywho's entities occasionally fold two people of one surname together, so that
"former President Bill Clinton said" is given to Hillary Clinton; and a kinship
description ("her husband") is now and then resolved to the person it relates
to. The source text settles both:
- a full name in the source that is not the speaker's (and the speaker's own
  full name absent) takes the quotation (`resolved_by` "source-name"), unless it
  is words of the speaker's name ("Abu Marzouk" for Mousa Abu Marzouk) or only
  qualifies a description ("a top Donald Trump adviser"), and not where the source names two people and the
  speaker is left unnamed ("Presidential candidates Hillary Clinton and Donald Trump": neither alone);
- "her husband" and "Clinton, 35, the daughter of ... Hillary Clinton" stay
  unnamed descriptions of this article (`resolved_by` "unnamed").

It is the pipeline's last step (saywho_speaker_check): the profiles and the
writer's cited sources are the resolver's, as they were when the store made this
check; and it runs again over a long article's joined parts, whose entities know
more names than each part's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from saywho.analyse.entity_cluster import first_names
from saywho.document import Attribution, Entity, Speaker
from saywho.lexicons import person_noun
from saywho.names import FULL, NameKey, fold, name_key

_KINSHIP = re.compile(
    r"^(?:her|his|their)\s+(?:husband|wife|spouse|son|daughter|father|mother|brother|sister|child|children|"
    r"parents?|family)\b", re.IGNORECASE)

_RELATION_OF = re.compile(
    r"\b(?:daughter|son|wife|husband|widow|widower|father|mother|brother|sister|spouse|child|grandson|"
    r"granddaughter|nephew|niece)\s+of\b", re.IGNORECASE)

# Before a name, words that make it part of a description of someone else; after it, where a source pauses.
_NOT_THE_HEAD = re.compile(r"[,;:—–(]|\b(?:of|for|to|with|by|from|at|in|on|under|about|against|behind|who|whose|"
                           r"which|that|including|like|such|than)\b", re.IGNORECASE)
_PAUSE = re.compile(r"\s*(?:$|[,;:—–(])")

PersonForms = list[tuple[str, NameKey, str]]  # a way a person's name is written, its key, the entity's id


def check_speakers(attributions: list[Attribution], entities: list[Entity]) -> None:
    """Replace each attribution's speaker where its source's own words name someone else."""
    forms = person_forms(entities)
    for attribution in attributions:
        if attribution.speaker is not None and attribution.source is not None:
            attribution.speaker = checked_speaker(attribution.speaker, attribution.source.text, forms)


def person_forms(entities: list[Entity]) -> PersonForms:
    """Every way the article writes a person's full name, with its key: names, aliases and mention texts."""
    forms: dict[str, tuple[NameKey, str]] = {}
    for entity in entities:
        if entity.type != "PERSON":
            continue
        for text in [entity.name, *entity.aliases, *(mention.text for mention in entity.mentions)]:
            key = name_key(text, "PERSON")
            if key.form == FULL and text not in forms and not _an_office(text):
                forms[text] = (key, entity.id)
    return sorted(((text, key, entity_id) for text, (key, entity_id) in forms.items()), key=lambda item: -len(item[0]))


def _an_office(text: str) -> bool:
    """ "Complaints Ombudsman", the model's person in "The Deputy Financial Complaints Ombudsman, Fergal Nash,": words
    ending in a person's noun, the first no first name, are an office, not someone's full name."""
    words = text.split()
    return len(words) > 1 and person_noun(words[-1].lower()) and not first_names().get(words[0].lower(), "")


def checked_speaker(speaker: Speaker, source: str, forms: PersonForms) -> Speaker:
    """The speaker, unless the source's own words name someone else."""
    if not source:
        return speaker
    if _KINSHIP.match(source.strip()):
        # "her husband" resolved to her is him; "his wife, Jane," is Jane, as resolved; so is "his brother" where
        # the article named him with those words before (speaker_kin.py: resolved_by "description")
        kept = not speaker.named or speaker.resolved_by == "description" or _has_words(source, speaker.name) \
            or _named_by_first_name(source, speaker.name)
        return speaker if kept else _described(speaker, source)
    own = name_key(speaker.name, speaker.type)
    if own.form != FULL:
        return speaker
    # the substring test first: a pattern compiled for every name of the article for every source was most of the step
    found = sorted((match.start(), text, key) for text, key, entity_id in forms
                   if text in source and not _own_headline_form(text, entity_id, speaker)
                   for match in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", source))
    if _relative_of_speaker(source, found, own):
        return _described(speaker, source)
    if not speaker.named and len({key.key for _, _, key in found}) > 1:
        return speaker  # "Presidential candidates Hillary Clinton and Donald Trump": several, none by name
    others = [key for start, text, key in found
              if _heads_the_source(source, start, start + len(text)) and _someone_else(text, key, speaker, own)]
    if not others or any(key.key == own.key for _, _, key in found):
        return speaker
    named = others[0]
    plainest = sorted((not key.exact, len(text), text) for text, key, _ in forms if key.key == named.key)
    return replace(speaker, name=plainest[0][2], type="PERSON", named=True, entity=None, resolved_by="source-name")


def _own_headline_form(text: str, entity_id: str, speaker: Speaker) -> bool:
    """A form of the speaker's own entity with no first name ("Trump Addresses Munich Attack", a headline
    joined to Donald Trump) is no one else; "Bill Clinton" folded into Hillary Clinton's entity still is."""
    return entity_id == speaker.entity and not first_names().get(text.split()[0].lower(), "")


def _heads_the_source(source: str, start: int, end: int) -> bool:
    """Whether the name is who the source is, not a word of what describes them: only titles before it
    ("Former President Bill Clinton"), no comma, preposition or relative ("a spokeswoman for Hillary
    Clinton", "Christie, who campaigned for Donald Trump"), and nothing after it but a pause."""
    return not _NOT_THE_HEAD.search(source[:start]) and _PAUSE.match(source, end) is not None


def _named_by_first_name(source: str, name: str) -> bool:
    """ "Her brother Kieran" of Kieran Moss: the kin noun with the speaker's own first name after it."""
    first = name.split()[0] if len(name.split()) > 1 else ""
    return bool(first) and re.search(rf"^\w+\s+\w+,?\s+{re.escape(first)}\b", source.strip()) is not None


def _has_words(text: str, words: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(fold(words))}(?!\w)", fold(text)) is not None


def _someone_else(text: str, key: NameKey, speaker: Speaker, own: NameKey) -> bool:
    """Whether a full name in the source is another person than the speaker.

    Not when it is words of the speaker's own name ("Abu Marzouk" of Mousa Abu Marzouk; "Bill Clinton"
    is not in "Hillary Clinton"), nor when it qualifies the description the speaker is ("a top Donald Trump
    adviser", "Bernie Sanders supporters", "Ted Cruz's associates"); a description that ends in the name
    ("the campaign's strategist Joel Benenson") is that person.
    """
    if key.key == own.key:
        return False
    name, words = fold(text), f" {fold(speaker.name)} "
    if f" {name} " not in words and f" {name}'s " not in words:
        return True
    return not speaker.named and words.endswith(f" {name} ")


def _relative_of_speaker(source: str, found: list[tuple[int, str, NameKey]], own: NameKey) -> bool:
    """"Clinton, 35, the daughter of ... Hillary Clinton": a relative of the speaker saywho named."""
    relation = _RELATION_OF.search(source)
    if relation is None:
        return False
    own_starts = [start for start, _, key in found if key.key == own.key]
    return bool(own_starts) and all(start > relation.start() for start in own_starts)


def _described(speaker: Speaker, source: str) -> Speaker:
    return replace(speaker, name=source.strip(), type="PERSON", named=False, entity=None, resolved_by="unnamed")
