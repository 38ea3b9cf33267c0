"""A mention's words as the article writes them: the head of a noun phrase with the children kept, and the short
gaps between kept words filled from the text (what a source's unnamed speaker or group is called)."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.entities import without_stray_punctuation
from saywho.analyse.name_cleaning import DASHES
from saywho.analyse.noun_readings import joined_clause


def phrase_text(head: Token, drop: set[str]) -> str:
    """The head with the subtrees of its children not in `drop`, words kept apart where dropped
    ones stood between them ("the sentence, albeit severe," -> "the sentence albeit severe")."""
    tokens = [head]
    end = _clause_start(head, drop)
    joined = joined_clause(head) is not None  # the next clause, not an aside: no name after it belongs here
    for child in head.children:
        if child.dep_ not in drop and (child.i < end or not joined and _name_after_an_aside(child)):
            tokens.extend(child.subtree)
    tokens = with_hyphenated_rest(_bridged(after_a_dash(sorted(tokens, key=lambda t: t.i), head)))
    tokens = without_said_thing(tokens, head)
    pieces = []
    for token, following in zip(tokens, [*tokens[1:], None]):
        gap = following is not None and following.i != token.i + 1
        pieces.append(token.text + (" " if token.whitespace_ or gap else ""))
    return without_stray_punctuation("".join(pieces).strip())


CLAUSES = {"relcl", "acl"}


def counts_a_share(head: Token) -> bool:
    """ "Nine in 10 voters", "two of the officers": a number whose phrase says of whom; the number alone names no one."""
    return head.tag_ == "CD" and any(c.dep_ == "prep" and c.lower_ in {"in", "of", "out"} for c in head.children)


def share_text(head: Token) -> str:
    """A share's phrase without what is said of its people: "one of those advisers, who spoke on the condition of
    anonymity" → "one of those advisers"."""
    aside = {t.i for t in head.subtree if t.i != head.i and t.dep_ in {"relcl", "appos", "acl", "cc", "conj"}
             for t in t.subtree}
    tokens = [t for t in head.subtree if t.i not in aside]
    return without_stray_punctuation("".join(t.text_with_ws for t in tokens).strip(" ,"))


def after_a_dash(tokens: list[Token], head: Token) -> list[Token]:
    """ "ate the occasional cheeseburger - an old favorite - others say …", "WASHINGTON — Sen. Chuck Grassley said":
    a phrase the parser ran leftwards across a spaced dash before its head starts after that dash ("others", "Sen.
    Chuck Grassley"); the words before it are an aside or a dateline. Not a name set off before its description
    ("Deborah Jordan Reynolds - Santilli's girlfriend - told"), nor a dash after the head ("Byrne — who … — states").
    `tokens` in text order."""
    if not tokens or tokens[0].i >= head.i:
        return tokens
    doc = head.doc
    dashes = [t for t in doc[tokens[0].i: head.i] if t.text in DASHES and t.whitespace_ and t.i > 0
              and doc[t.i - 1].whitespace_]
    if not dashes:
        return tokens
    before = [t for t in tokens if t.i < dashes[-1].i and t.is_alpha]
    if before and all(t.ent_type_ == "PERSON" for t in before):
        return tokens
    return [t for t in tokens if t.i > dashes[-1].i]


def _clause_start(head: Token, drop: set[str]) -> int:
    """Where a dropped clause after the head starts (past the doc's end when none does): what hangs on the head
    beyond it was parsed across the clause ("the study -- which notes that … , ''equal to …''") and is not what
    the article calls it."""
    return min((child.left_edge.i for child in head.rights if child.dep_ in CLAUSES & drop), default=len(head.doc))


def _name_after_an_aside(child: Token) -> bool:
    """A name coordinated past the clause ("Marco Rubio (R), who is seeking reelection, and Bill Nelson (D)"): names
    are joined across an aside; a common noun there was mostly parsed across the sentence ("a group of rabbis called
    for a boycott, and the … organization")."""
    if child.dep_ == "cc":  # the "and" goes with a name joined after it
        return any(sibling.dep_ == "conj" and sibling.pos_ == "PROPN" for sibling in child.head.rights)
    return child.dep_ == "conj" and child.pos_ == "PROPN"


BRIDGED_GAP = 4  # words: "of state and" in "the former secretary of state and current … nominee"


def _bridged(tokens: list[Token]) -> list[Token]:
    """The kept words with the short gaps between them filled from the text, so that a description reads as the
    article wrote it ("the former secretary of state and current nominee", not "the former secretary current
    nominee"); a gap holding punctuation (an aside set off by commas) stays out."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    filled = [tokens[0]]
    for token in tokens[1:]:
        gap = doc[filled[-1].i + 1: token.i]
        if 0 < len(gap) <= BRIDGED_GAP and not any(t.is_punct or t.is_space for t in gap):
            filled.extend(gap)
        filled.append(token)
    return filled


def with_hyphenated_rest(tokens: list[Token]) -> list[Token]:
    """ "The non-profit said": the parser may make each piece of a hyphenated word a word of its own (here each a
    subject); a mention that holds one piece holds the whole word."""
    if not tokens:
        return tokens
    doc, kept = tokens[0].doc, {t.i for t in tokens}
    for token in tokens:
        end = token.i
        while end + 2 < len(doc) and not doc[end].whitespace_ and doc[end + 1].text == "-" \
                and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha:
            end += 2
        kept.update(range(token.i, end + 1))
    return tokens if len(kept) == len(tokens) else [doc[i] for i in sorted(kept)]


# Nouns for a thing said, planned or done, which a relative clause without "that" may follow: "a tactic Democrats hope
# will dampen …", "a recommendation Attorney General Loretta Lynch adopted". Not "dynamic", an adjective as often ("a
# dynamic Obama said").
SAID_THINGS = {"tactic", "recommendation", "strategy", "argument", "claim", "point", "position", "view",
               "idea", "notion", "theory", "message", "line", "proposal", "plan", "promise", "pledge", "move", "step",
               "charge", "accusation", "assessment", "conclusion", "prediction", "scenario", "possibility", "sentiment"}


def without_said_thing(tokens: list[Token], head: Token) -> list[Token]:
    """ "a tactic Democrats hope will dampen Latino support": the parser ran the noun a "that"-less relative clause hangs on
    into the name that is the clause's subject; the source is the name."""
    if head.pos_ != "PROPN" or len(tokens) < 3 or tokens[0].lower_ not in {"a", "an", "the"}:
        return tokens
    # the tagger may read the noun as an adjective; in title case it is a word of the name ("Climate Prediction Center")
    noun = next((t for t in tokens[1:] if t.lower_ in SAID_THINGS and not t.is_title), None)
    if noun is None or noun.i >= head.i or not noun.doc[noun.i + 1].is_title:
        return tokens
    return [t for t in tokens if t.i > noun.i]
