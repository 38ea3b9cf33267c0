"""A title-case headline's report: "Chuck Grassley Compares Trump’s Racism To …", "Another GOP Figure Endorses Hillary
Clinton", "Al Sharpton Just Said Something Unexpected About Donald Trump". Capitals on every word hide the verb from
the tagger (it reads "Compares" as a plural noun), so the parse holds no cue; the words of the line still say who
did what with words: the capitalised words before a verb of saying, the verb, and the rest of the line."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from saywho.analyse.attributions.drafts import Draft
from saywho.analyse.headline_words import is_headline_verb
from saywho.analyse.name_cleaning import VERB_TAGS
from saywho.lexicons import classified

# Adverbs a headline puts before its verb, which PolNeAR's annotators keep in the cue ("Just Announced").
HEADLINE_ADVERBS = {"just", "finally", "now", "also", "again"}
# A line opening with one of these is a question, a condition or a time, not a name that speaks.
NOT_A_NAME = {"how", "why", "what", "when", "who", "where", "if", "after", "as", "watch", "look", "here", "this",
              "these", "the", "a", "an", "with", "while", "before", "amid", "breaking", "exclusive", "update"}
# Words that join a clause to a name, never part of one ("U.S. Flexes Muscles As Asia Worries").
LINKING_WORDS = {"as", "in", "on", "at", "to", "for", "of", "with", "by", "from", "after", "before", "over", "amid",
                 "about", "against", "is", "are", "was", "were", "will", "may", "can", "that", "who", "which"}
DESCRIBING_NOUNS = {"figure", "pac", "icon", "widow", "star", "host", "lawmaker", "lawmakers", "voters", "donor"}
TITLE_CASE_SHARE = 0.8  # of the line's words capitalised
MIN_WORDS = 4
MAX_NAME_WORDS = 6
NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
MAX_SENTENCE_WORDS = 16


def add_headline_verb(doc: Doc, drafts: dict[int, Draft]) -> None:
    """The draft for the headline's verb of saying, where the parse found none there: in title case, or a verb the
    tagger read as a plural noun ("Obama rips rhetoric over 'radical Islam'")."""
    headline = _headline(doc)
    if headline is None or any(d.head is not None and d.head.idx < headline[1] for d in drafts.values()):
        return
    _, _, line = headline
    title_case = _in_title_case(line)
    verb = next((t for t in line[1:] if is_headline_verb(t, title_case)), None)
    if verb is None or _a_verb_after(verb) or not title_case and (len(line) > MAX_SENTENCE_WORDS
                                                                  or _read_as_a_verb(verb)):
        return
    cue = _with_adverb(verb, line)
    name = [t for t in line if t.i < cue[0].i]
    content = [t for t in line if t.i > verb.i]
    while content and content[-1].is_punct and content[-1].text not in {"’", "'", "”", "\""}:
        content = content[:-1]  # the line's full stop or semicolon
    if not (_is_a_name(name) if title_case else _is_a_subject(name)) or not content:
        return
    drafts[verb.i] = Draft(cue=cue, content=[(content[0].idx, content[-1].idx + len(content[-1].text))],
                           source=(name[0].idx, name[-1].idx + len(name[-1].text)), source_head=name[-1],
                           cue_drawn=True)


def add_headline_source(doc: Doc, drafts: list[Draft]) -> None:
    """The source of a headline's report whose verb the parse found but not its subject ("Trump Just Announced Who He
    ‘Would Love’ To See Run", where "Trump" hangs on a later verb): the name before the verb, as add_headline_verb
    takes it. Not where the line's words before the verb are what was said ("FDIC Accused Of …")."""
    headline = _headline(doc)
    if headline is None:
        return
    start, end, line = headline
    title_case = _in_title_case(line)
    for draft in drafts:
        verb = draft.head
        if verb is None or draft.source is not None or not start <= verb.idx < end or not verb.tag_.startswith("VB"):
            continue
        if any(s <= line[0].idx < e for s, e in draft.content) or _to_after(verb):
            continue  # "FDIC Accused Of …" (the line's words are the content), "Mayor Expected To Resign" (no one's)
        name = [t for t in line if t.i < _with_adverb(verb, line)[0].i]
        if name and (_is_a_name(name) if title_case else _is_a_subject(name)):
            draft.source, draft.source_head = (name[0].idx, name[-1].idx + len(name[-1].text)), name[-1]


def _headline(doc: Doc) -> tuple[int, int, list[Token]] | None:
    """The first paragraph's offsets and its words."""
    paragraphs = doc._.paragraphs
    if not paragraphs:
        return None
    start, end = paragraphs[0]
    return start, end, [t for t in doc.char_span(start, end, alignment_mode="expand") or [] if not t.is_space]


def _to_after(verb: Token) -> bool:
    return verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "to"


def _a_verb_after(word: Token) -> bool:
    """ "Budget talks resume": a verb right after the word makes it a plural noun, the subject of that verb."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return after is not None and after.tag_ in VERB_TAGS and after.is_lower  # not "Trump"


def _read_as_a_verb(word: Token) -> bool:
    """The parse took the word for the line's verb, so the rules have judged it already ("Biden calls Trump risk …")."""
    return word.tag_ not in NOUN_TAGS and word.dep_ == "ROOT"


def _is_a_subject(words: list[Token]) -> bool:
    """A sentence-case headline's subject: "Obama", "London's Muslim mayor" (a capital first, a noun last)."""
    return 1 <= len(words) <= MAX_NAME_WORDS and words[0].text[:1].isupper() and words[0].lower_ not in NOT_A_NAME \
        and (words[-1].tag_ in NOUN_TAGS or words[-1].is_title) \
        and not any(t.lower_ in LINKING_WORDS or t.is_punct for t in words)


def _in_title_case(line: list[Token]) -> bool:
    words = [t.text for t in line if t.is_alpha]
    capitalised = [w for w in words if w[0].isupper()]
    return len(words) >= MIN_WORDS and len(capitalised) >= TITLE_CASE_SHARE * len(words)


def _with_adverb(verb: Token, line: list[Token]) -> list[Token]:
    before = verb.doc[verb.i - 1] if verb.i > line[0].i else None
    return [before, verb] if before is not None and before.lower_ in HEADLINE_ADVERBS else [verb]


def _is_a_name(words: list[Token]) -> bool:
    """Capitalised words (a possessive's "’s" allowed) that do not open a question or a condition, and end in a name
    rather than a description: the speakers step would name "Another GOP Figure" after the party, "Jeb Bush Super
    PAC Chief" after Bush."""
    if not 1 <= len(words) <= MAX_NAME_WORDS or words[0].lower_ in NOT_A_NAME \
            or words[-1].lower_ in classified("role_nouns.txt") or words[-1].lower_ in DESCRIBING_NOUNS \
            or any(t.lower_ in LINKING_WORDS for t in words):
        return False
    return all(t.text[:1].isupper() or t.text in {"’s", "'s", "-", "&"} or t.like_num for t in words) \
        and not any(t.is_punct and t.text not in {"-", "&", "."} for t in words)
