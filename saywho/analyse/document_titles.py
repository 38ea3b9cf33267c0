"""A document the article gives a title: "A report published in March by the Carolina Housing Policy Institute, titled
‘Room to Grow’," says what it says as "Room to Grow", and "The Lindqvist review" as itself; a report the article gives
no title stays "a report" (unnamed), as the speaker gold has it.

The title is read from the document's own phrase: the words after "titled" or "entitled" (or "called" and "named"
before a quotation mark), or capitalised words before the document's noun that the model takes for no organisation,
place or date ("the Project Horizon report"; not "the Pentagon report", which is the Pentagon's), or any capitalised
words before the noun in capitals ("The Corrigan Review").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from saywho.analyse.sentences import token_at
from saywho.document import Speaker

DOCUMENT_NOUNS = frozenset({"report", "review", "study", "survey", "audit", "analysis", "inquiry", "assessment",
                            "evaluation"})
TITLING = frozenset({"titled", "entitled"})
NAMING = frozenset({"called", "named"})
OPENING_MARKS = frozenset({"‘", "“", "'", '"', "«"})
CLOSING_MARKS = frozenset({"’", "”", "'", '"', "»"})
# Names of whose document it is rather than of the document: "the Pentagon report", "the Gallup survey"
ISSUERS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"})
LONGEST_TITLE = 10
SMALL_WORDS = frozenset({"of", "the", "and", "for", "a", "in"})  # inside a title in capitals: "Rivers of Mercury"


def titled(head: Token, speaker: Speaker) -> Speaker:
    """The unnamed `speaker` a document's `head` makes, named by the document's title where it has one."""
    title = document_title(head)
    if title is None:
        return speaker
    return replace(speaker, name=title, named=True,
                   resolved_by="name" if speaker.resolved_by == "unnamed" else speaker.resolved_by)


def titled_before(head: Token, brought_in: Sequence[Any]) -> Speaker | None:
    """ "A report …, titled ‘Room to Grow’, found …. The report said": "the" and a document's noun take up the one
    document of that noun the article gave a title before (`brought_in`: the resolver's unnamed candidates)."""
    noun = head.lemma_.lower()
    if noun not in DOCUMENT_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ in {"compound", "amod", "poss"} for c in head.children):
        return None
    titled_ones = {c.speaker.name: c for c in brought_in if c.speaker.named and c.offset < head.idx
                   and (lead := token_at(head.doc, c.offset)) is not None and lead.lemma_.lower() == noun}
    if len(titled_ones) != 1:
        return None
    (candidate,) = titled_ones.values()
    return replace(candidate.speaker, resolved_by="description", antecedent=candidate.offset)


def document_title(head: Token) -> str | None:
    """The title the article gives the document `head` heads, as written; None where it gives none."""
    if head.lemma_.lower() not in DOCUMENT_NOUNS or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return _titled_after(head) or _named_before(head)


def _titled_after(head: Token) -> str | None:
    """ "…, titled ‘Room to Grow’,": the quoted words, or the capitalised run, after "titled" in the phrase."""
    doc = head.doc
    for word in (t for t in head.subtree if t.i > head.i and t.lower_ in TITLING | NAMING):
        start = word.i + 1
        quoted = start < len(doc) and doc[start].text in OPENING_MARKS
        if word.lower_ in NAMING and not quoted:
            continue  # "a report called for …": a verb, not a name
        title = _quoted_words(doc, start + 1) if quoted else _capitalised_run(doc, start)
        if title:
            return title
    return None


def _quoted_words(doc, start: int) -> str | None:
    end = next((i for i in range(start, min(len(doc), start + LONGEST_TITLE + 1)) if doc[i].text in CLOSING_MARKS
                or doc[i].text.endswith(("’", "”"))), None)
    if end is None or end == start:
        return None
    return doc[start:end].text.strip(" ,.;:") or None


def _capitalised_run(doc, start: int) -> str | None:
    """ "titled Rivers of Mercury,": title-case words and the small words between them, up to a comma or the end."""
    end = start
    while end < len(doc) and end - start < LONGEST_TITLE and (doc[end].is_title or doc[end].lower_ in SMALL_WORDS):
        end += 1
    while end > start and not doc[end - 1].is_title:
        end -= 1
    return doc[start:end].text if end > start and doc[start].is_title else None


def _named_before(head: Token) -> str | None:
    """ "The Lindqvist review", "the Project Horizon report", "The Corrigan Review": capitalised words the parser joined
    to the noun after "the", none of them an organisation's, a place's or a date unless the noun too is in capitals."""
    names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    det = next((c for c in head.lefts if c.dep_ == "det"), None)
    if not names or det is None or det.lower_ != "the" or names[-1].i != head.i - 1:
        return None
    first = names[0].left_edge if names[0].left_edge.i > det.i else names[0]
    words = head.doc[first.i: head.i]
    if not all(t.is_title and t.is_alpha for t in words):
        return None
    # the noun in capitals makes it a title whatever the model read the words before as ("The Corrigan Review")
    if not head.is_title and any(t.ent_type_ in ISSUERS for t in words):
        return None
    return head.doc[det.i: head.i + 1].text
