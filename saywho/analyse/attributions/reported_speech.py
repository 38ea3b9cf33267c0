"""Cues and the content they report: the cue verb governing a quotation, a cue verb's clause
complement (reported speech) and `according to X`."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Token

from saywho.analyse import cues, occasions
from saywho.analyse.attributions.aside_tails import words_after_aside
from saywho.analyse.attributions.clause_shapes import is_another_ones_act
from saywho.analyse.attributions.described_before_cue import description_before_cue
from saywho.analyse.attributions.drafts import WALK_LIMIT, Draft, QuoteMap, _char_span, _trim_punct
from saywho.analyse.attributions.finished import WITHHOLDING_LEMMAS
from saywho.analyse.attributions.frames_before import FRAMING_TAGS, frame_before
from saywho.analyse.attributions.hearsay import reported_by_no_one_named
from saywho.analyse.attributions.orphan_quotes import opens_a_sentence
from saywho.analyse.attributions.sources import (
    RAISING_LEMMAS,
    _sourceless,
    _subject_of,
    accused_subject,
    name_before_cue,
)
from saywho.analyse.frame_contents import content_tokens
from saywho.analyse.quotes import Quote
from saywho.analyse.sentences import text_of
from saywho.analyse.study_findings import found_by_a_study
from saywho.analyse.subject_clauses import subject_read_as_clause


def is_cue_verb(token: Token) -> bool:
    """A verb that may report a quotation: curated, or often a cue in PolNeAR."""
    return cues.reports_quotes(token)


def _is_according(token: Token) -> bool:
    """ "according to X", or "per X" where X can be a source ("…, per a memo obtained by Reuters", "Per Axios, …")."""
    if token.lower_ == "per":
        return _reporting_per(token)
    return token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)


def _reporting_per(per: Token) -> bool:
    """ "per" as "according to": set off at a clause's edge, before a name or a word for a source; not a rate
    ("$3 per gallon", "per capita") nor "as per"."""
    before = per.doc[per.i - 1] if per.i > 0 else None
    if before is not None and before.text not in {",", "—", "–", "(", ";"} and not per.is_sent_start:
        return False
    found = next((c for c in per.children if c.dep_ == "pobj"), None)
    if per.text == "Per" and not per.is_sent_start and before is not None and before.is_punct and found is not None \
            and found.right_edge.i + 1 < len(per.doc) and per.doc[found.right_edge.i + 1].text == ",":
        return False  # "The port's chief engineer, Per Lundqvist, says": a first name set off inside the sentence
    if found is None:
        return False
    return found.text[:1].isupper() or found.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} \
        or found.lemma_.lower() in PER_SOURCES


# What "per" may report from: people and documents, not units.
# Not "person" or "head": "$50, per person" is a price.
PER_SOURCES = {"report", "memo", "source", "official", "data", "statement", "filing", "document", "analysis",
               "study", "poll", "survey", "letter", "email", "record", "estimate", "spokesperson", "spokesman",
               "spokeswoman", "aide", "court", "complaint", "indictment", "lawsuit", "transcript", "release",
               "announcement", "post", "tweet", "tally", "review", "audit"}


def governing_cue(doc: Doc, quote_map: QuoteMap, index: int) -> Token | None:
    """The cue verb that a quotation depends on, or that depends on it."""
    tokens = quote_map.tokens(doc, index)
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    roots.sort(key=lambda t: -len(list(t.subtree)))
    found = (_cue_above(root, quote_map) or _cue_below(root, quote_map) for root in roots)
    found = (verb for verb in found if verb is not None)
    cue = next(found, None)
    if cue is not None and cue.lemma_.lower() in RAISING_LEMMAS:
        # "Clinton seemed irritated: “It's a public statement! Just email it,” she wrote.": a look is no frame
        cue = next(found, None) or frame_before(doc, quote_map, index) or (None if _appeared_on(cue, roots) else cue)
    if cue is not None and cue.i < tokens[0].i:
        cue = _frame_after(doc, quote_map, index) or cue
    elif cue is not None:
        cue = _frame_right_after(doc, quote_map, index) or cue
    if cue is not None:
        return _outermost(cue, quote_map)
    return _verb_framing(doc, quote_map, index) or frame_before(doc, quote_map, index)


def _appeared_on(verb: Token, roots: list[Token]) -> bool:
    """ "Lanny Davis appeared on “Fox & Friends”": the quotation names where someone appeared, a programme's title,
    not words anyone said."""
    return any(root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == verb.i for root in roots)


def _frame_after(doc: Doc, quote_map: QuoteMap, index: int) -> Token | None:
    """ `… but Moscow strongly denies — “why wouldn’t you …?” asked Dunn`: the parser hung the quotation on a verb
    before it, yet an inverted frame right after its close ("asked Dunn") says whose words they are."""
    start = _start_after_close(doc, quote_map.quotes[index])
    if start is None:
        return None
    verb = doc[start]
    inverted = verb.pos_ == "VERB" and verb.tag_ in FRAMING_TAGS and is_cue_verb(verb) \
        and any(c.dep_ == "nsubj" and c.i > verb.i and c.pos_ == "PROPN" for c in verb.children)
    return verb if inverted else None


def _frame_right_after(doc: Doc, quote_map: QuoteMap, index: int) -> Token | None:
    """ `"I never said that," Trump said, after CNBC's Becky Quick asked him`: the parser hung the quotation on a verb
    further on, yet a name and a verb of saying right after its close say whose words they are."""
    start = _start_after_close(doc, quote_map.quotes[index])
    verb = _short_subject_framing(doc, quote_map.quotes[index], start, quote_map) if start is not None else None
    return verb if verb is not None and is_cue_verb(verb) else None


FRAMING_WORDS = 5  # at most this many words of a subject between a quotation and its verb
SUBJECT_WORDS = {"PROPN", "NOUN", "PRON", "DET", "ADJ"}
PERSONAL = {"he", "she", "they"}


def _verb_framing(doc: Doc, quote_map: QuoteMap, index: int) -> Token | None:
    """`“Go back to Univision,” Trump barked`, `“Quiet,” he demanded`: a quotation opening its paragraph, closed
    on a comma and followed at once by a name or he/she/they and its verb is framed by that verb, whatever the
    verb (else it would be carried over from the speaker before). Closed on "!" or "?" (`“… Jail!” Trump tweeted
    early Tuesday.`), the words after may be a sentence of their own, so the verb must be one that reports
    quotations and have no content of its own."""
    quote = quote_map.quotes[index]
    if quote.end == quote.start or quote.open_mark != doc._.paragraphs[quote.paragraph][0]:
        return None  # inside a paragraph a quotation without a cue of its own continues the one before
    start = _start_after_close(doc, quote)
    if start is None:
        return None
    return _short_subject_framing(doc, quote, start, quote_map) or _described_name_framing(doc, quote, start, quote_map) \
        or _participle_framing(doc, start, quote_map)


def _participle_framing(doc: Doc, start: int, quote_map: QuoteMap) -> Token | None:
    """`"…!" the presumptive GOP nominee, Donald Trump, tweeted Sunday`: the parser read the verb as a participle on
    the noun phrase before it; that phrase, a name in it and no verb, runs from the quotation's close to the verb."""
    words = [t for t in doc[start: start + DESCRIBED_WORDS + 1] if not t.is_space]
    verb = next((t for t in words if cues.read_as_participle(t)), None)
    if verb is None or not start <= verb.head.i < verb.i or quote_map.inside(verb) or not is_cue_verb(verb):
        return None
    phrase = doc[start: verb.i]
    if any(t.pos_ in {"VERB", "AUX"} for t in phrase) or not any(t.pos_ == "PROPN" for t in phrase):
        return None
    return verb


def _start_after_close(doc: Doc, quote: Quote) -> int | None:
    """The token right after a quotation that closes on a comma, "!" or "?" (where a frame may follow it)."""
    text = text_of(doc)
    if quote.close_mark is None or _closing_stop(text, quote) not in ",!?":
        return None
    after = doc.char_span(quote.outer[1], min(len(text), quote.outer[1] + 1), alignment_mode="expand")
    return None if after is None else after.start


def _closing_stop(text: str, quote: Quote) -> str:
    """The quotation's last mark of punctuation, read past the close of a quotation inside it: in
    `“She said that ‘I will help,’” McDermott said` the comma before the single mark ends the whole."""
    inside = text[quote.start:quote.end].rstrip("’' ")
    return inside[-1:] if inside else ""


def _short_subject_framing(doc: Doc, quote: Quote, start: int, quote_map: QuoteMap) -> Token | None:
    """At most FRAMING_WORDS words of a subject, then the verb."""
    text = text_of(doc)
    words = _framing_words(doc, start)
    verb = next((t for t in words if t.pos_ == "VERB" and t.tag_ in FRAMING_TAGS), None)
    if verb is None or quote_map.inside(verb):
        return None
    if _closing_stop(text, quote) != "," and not (is_cue_verb(verb) and not _reports_its_own(verb)):
        return None
    subject = words[: words.index(verb)]
    if not subject:
        return verb if _named_after(verb, words, quote_map) else None
    if not all(_subject_word(t) and not quote_map.inside(t) for t in subject):
        return None
    last = subject[-1]
    # the parser may read the verb as a participle on the name ("Trump tweeted early Tuesday": tweeted, acl of Trump)
    tied = last.head.i == verb.i or (verb.dep_ == "acl" and verb.head.i == last.i)
    named = (last.pos_ == "PROPN" or last.lower_ in PERSONAL or last.is_title) and tied
    return verb if named and verb.lemma_.lower() not in cues.PERCEPTION_LEMMAS else None


PARTY_AND_STATE = 8  # at most this many tokens in brackets after a name: "(D-Wash.)", "(R-Ky.)"


def _framing_words(doc: Doc, start: int) -> list[Token]:
    """The first FRAMING_WORDS + 1 words from `start`, a bracket after a name left out: in `“…,” Rep. Jim
    McDermott (D-Wash.) said` the party and state are no words of the subject."""
    words: list[Token] = []
    position = start
    while position < len(doc) and len(words) <= FRAMING_WORDS:
        token = doc[position]
        close = _bracket_end(doc, position) if token.text == "(" and words else None
        if close is not None:
            position = close + 1
            continue
        if not token.is_space:
            words.append(token)
        position += 1
    return words


def _bracket_end(doc: Doc, position: int) -> int | None:
    return next((t.i for t in doc[position + 1: position + PARTY_AND_STATE] if t.text == ")"), None)


DESCRIBED_WORDS = 14  # "Alvarez, a nurse at the county hospital," and the verb


def _described_name_framing(doc: Doc, quote: Quote, start: int, quote_map: QuoteMap) -> Token | None:
    """`“Is this the best we can do?” Alvarez, a nurse at the county hospital, asked.`: a name with a description
    set off by commas, longer than FRAMING_WORDS, that the parser makes the whole subject of a verb that reports
    quotations ("Mr. Daniloff, now 81 and retired in Cambridge" is no speech)."""
    words = [t for t in doc[start: start + DESCRIBED_WORDS + 1] if not t.is_space]
    for verb in words:
        subject = _whole_subject(verb, words[0]) if verb.pos_ == "VERB" and verb.tag_ in FRAMING_TAGS else None
        if subject is not None:
            break
    else:
        return None
    if quote_map.inside(verb) or subject.pos_ != "PROPN" or not any(t.text == "," for t in doc[subject.i: verb.i]):
        return None
    # is_cue_verb also turns away "see" and its kin
    if not is_cue_verb(verb) or _closing_stop(text_of(doc), quote) != "," and _reports_its_own(verb):
        return None
    return verb


def _whole_subject(verb: Token, first: Token) -> Token | None:
    """The verb's subject, where it runs from `first` to the word before the verb."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != first.i or subject.right_edge.i != verb.i - 1:
        return None
    return subject


def _reports_its_own(verb: Token) -> bool:
    """ "Trump tweeted that …", "he said it": the verb has a content or an object of its own."""
    return any(c.dep_ in {"ccomp", "dobj", "xcomp", "parataxis"} for c in verb.children)


def _named_after(verb: Token, words: list[Token], quote_map: QuoteMap) -> bool:
    """`“…,” summarized Senor.`: the verb first, then a name that is its subject and ends the sentence or clause."""
    if verb.lemma_.lower() in cues.PERCEPTION_LEMMAS:
        return False
    after = words[words.index(verb) + 1:]
    subject = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and not quote_map.inside(t), after))
    if not subject or subject[-1].head.i != verb.i:
        return False
    rest = after[len(subject):]
    return not rest or rest[0].is_punct and rest[0].text in {".", ",", ";"}


def _subject_word(token: Token) -> bool:
    """A word of a subject noun phrase; "Trump" in "“…,” Trump shot back" is often tagged a verb."""
    if token.tag_ in {"WP", "WDT"}:
        return False
    return token.pos_ in SUBJECT_WORDS or (token.dep_ == "nsubj" and token.is_title)


def _outermost(cue: Token, quote_map: QuoteMap) -> Token:
    """Quoted words belong to whoever reports them: in `X told reporters the group is urging
    women ... “how to deal with women”`, the quote is X's, not the group's."""
    while (reporter := _reporting_verb_above(cue, quote_map)) is not None:
        cue = reporter
    return cue


# Links through which a verb's words stay inside the clause above it: "wanted [to know]", "certain [Rubio will
# continue]", "right [to urge]", "by [refusing]".
INNER_LINKS = {"xcomp", "ccomp", "acomp", "pcomp", "prep"}
INNER_STEPS = 6


def _reporting_verb_above(cue: Token, quote_map: QuoteMap) -> Token | None:
    """The verb of saying whose clause holds `cue`'s: in "said he's certain Rubio will continue to be “…”" the
    quotation is in what was said, and PolNeAR's cue is "said", not the inner verb. The way up may pass words
    that are no cue ("certain", "began", "plans to"); from a verb seldom a cue ("imagining", "opposed", "like")
    any way up ("said the world lost a voice that chanted “…”"). On train the gold takes the outer verb for 23
    of 26 such partial quotations."""
    weak = cues.lemma_rate(cue) < cues.active().rules_threshold
    node = cue
    for _ in range(INNER_STEPS):
        head = node.head
        if head.i == node.i or quote_map.inside(head):
            return None
        if cues.is_complement(node, head) and is_cue_verb(head):
            return head
        if not weak and node.dep_ not in INNER_LINKS:
            return None
        node = head
    return None


def _cue_above(token: Token, quote_map: QuoteMap) -> Token | None:
    node = token
    for _ in range(WALK_LIMIT):
        if node.head.i == node.i or node == subject_read_as_clause(node.head):
            return None  # a quotation inside the speaker's own aside ("a business pitched as “…” - noted") is no one's
        if is_another_ones_act(node) and not quote_map.inside(node) and is_cue_verb(node.head):
            return None  # "…, and Meridale filed a presentation describing the plan as “…”": Meridale's words
        node = node.head
        if not quote_map.inside(node) and (is_cue_verb(node) or _is_according(node)):
            return node
    return None


def _cue_below(token: Token, quote_map: QuoteMap) -> Token | None:
    """`“…?” he asked`: the parser may hang the frame below the quote's verb; of several, the nearest ("Asked by
    Matt Lauer whether …, she said, “I read it once over”": said)."""
    frames = [child for child in token.children if not quote_map.inside(child) and is_cue_verb(child) and (
        _subject_of(child) is not None or name_before_cue(child, quote_map) is not None
        or description_before_cue(child, quote_map) is not None)]
    return min(frames, key=lambda child: abs(child.i - token.i), default=None)


def _draft_for(drafts: dict[int, Draft], cue: Token) -> Draft:
    if cue.i not in drafts:
        cue_tokens = [cue] + ([c for c in cue.children if c.lower_ == "to"][:1] if _is_according(cue) else [])
        letting = _letting_know(cue)
        if letting is not None:
            cue_tokens = list(cue.doc[letting.i: cue.i + 1])
        drafts[cue.i] = Draft(cue=cue_tokens, according_to=_is_according(cue), cue_drawn=letting is not None)
    return drafts[cue.i]


def _letting_know(cue: Token) -> Token | None:
    """ "she wanted to let them know that …": who lets the others know is the source, and the cue is "let them
    know" (as PolNeAR's gold draws it), not "them" knowing."""
    let = cue.head
    if cue.lemma_ != "know" or let.lemma_ != "let" or cue.dep_ not in {"ccomp", "xcomp"} or let.i > cue.i:
        return None
    return let if cue.i - let.i <= 4 else None


# -- reported speech and "according to" ----------------------------------------


def _add_reported_content(drafts: dict[int, Draft], cue: Token, quote_map: QuoteMap) -> None:
    """Reported speech or thought: the clause, object or infinitive the cue introduces."""
    if not cues.may_be_cue(cue):  # no frame would make it a cue: its frame is not read
        return
    frame = cues.frame_of(cue)
    if not cues.is_cue(cue, frame, by_place=False) or _withheld_by_cue(cue) or _names_something(cue, frame) \
            or _purpose(cue) or _recalls_goods(cue, frame):
        return
    tokens = [t for t in content_tokens(cue, frame) if not t.is_space]
    if not tokens or all(quote_map.inside(t) for t in tokens if not t.is_punct):
        return  # a quotation already speaks for itself
    # "wants to criticize the plan", "an officer aiming a gun": an action, unless it carries a quotation; an unnamed
    # expectation is a report wherever it stands ("Biden, who is expected to speak")
    if frame != cues.CLAUSE and not cues.place_passes(cue, cues.active()) and not any(quote_map.inside(t) for t in tokens) \
            and not reported_by_no_one_named(cue) and not found_by_a_study(cue):
        return
    if frame not in {cues.CLAUSE, cues.INFINITIVE} and not _says_something(cue, [t for t in tokens if not t.is_punct]):
        return
    if _circumstances_of_its_quotation(drafts, cue, frame, tokens, quote_map):
        return  # the quotation is what was said; these words say where, when, of what or to whom
    tokens = _trim_punct(sorted(tokens, key=lambda t: t.i))
    if tokens:
        draft = _draft_for(drafts, cue)
        draft.content.append(_char_span(tokens))
        if frame == cues.CLAUSE and (after := words_after_aside(cue, tokens, quote_map)):
            draft.content.append(_char_span(after))
        if _sourceless(cue) and frame == cues.INFINITIVE and (subject := _raised_subject(cue)) is not None:
            draft.content.append(_char_span(list(subject.subtree)))  # "he … to understand": what seems so
        if (accused := accused_subject(cue)) is not None:
            draft.content.insert(0, _char_span(list(accused.subtree)))  # "FDIC Accused Of …": whom it is said of


def _circumstances_of_its_quotation(drafts: dict[int, Draft], cue: Token, frame: str, tokens: list[Token],
                                    quote_map: QuoteMap) -> bool:
    """Unquoted words a cue that frames a quotation governs: where it was said, in any frame ("“Enough talk,” Lane
    wrote on Facebook"); the frame's other circumstances after a quotation before the cue ("he said of the
    possibility …", "Todd asked the real estate mogul", "she added when …"), not more of what was said."""
    draft = drafts.get(cue.i)
    if draft is None or not draft.quotes or any(quote_map.inside(t) for t in tokens):
        return False
    if frame in WHERE_FRAMES:
        return True
    # a phrase quoted in passing ("said “impact,” that he's had …") opens no sentence: the words after it may be said
    opening = any(opens_a_sentence(text_of(cue.doc), quote) for quote in draft.quotes)
    return opening and all(q.outer[1] <= cue.idx for q in draft.quotes) and tokens[0].i > cue.i


def _raised_subject(cue: Token) -> Token | None:
    """The subject of "he appears to …", which PolNeAR puts in the content (not an expletive "it")."""
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None if subject is None or subject.lower_ == "it" else subject


# A place or a medium, when the verb's words are quoted: "wrote on Facebook", "said in Tel Aviv".
WHERE_FRAMES = {"prep:on", "prep:in"}
# Verbs whose bare object is whom the words went to, not the words: "told The Post", "called 911".
ADDRESSEE_LEMMAS = {"tell", "ask", "inform", "remind", "thank", "brief", "contact", "notify", "email", "phone",
                    "text", "telephone"}
# Pronouns that, alone, are never what was said ("asked them", "knew it", "says what"); "endorsed him" is.
EMPTY_OBJECTS = {"it", "them", "what", "that", "one", "me", "us", "you", "something", "anything", "nothing"}


def _says_something(cue: Token, words: list[Token]) -> bool:
    """An object that can be what was said: not a lone pronoun ("asked them", "knew it"), a date or a
    number ("tweeted Friday", "called 911"), nor the person addressed ("told The Huffington Post")."""
    if len(words) == 1 and (words[0].lower_ in EMPTY_OBJECTS or words[0].like_num
                            or words[0].ent_type_ in {"DATE", "TIME"}):
        return False
    if all(t.ent_type_ in {"DATE", "TIME", "CARDINAL"} or t.like_num for t in words):
        return False
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside]
    if len(roots) == 1 and roots[0].dep_ == "pobj" and occasions.occasion(roots[0].head):
        return False  # "said in a statement": where it was said, not what
    obj = next((c for c in cue.children if c.dep_ in {"dobj", "attr"}), None)
    bare = obj is not None and {t.i for t in words} == {t.i for t in obj.subtree if not t.is_punct}
    addressed = obj is not None and (obj.pos_ in {"PRON", "PROPN"} or obj.ent_type_ in {"PERSON", "ORG", "NORP"})
    return not (bare and addressed and cue.lemma_.lower() in ADDRESSEE_LEMMAS)


def _purpose(cue: Token) -> bool:
    """ "an attempt to dispute the polls", "no plans to endorse", "it is hard to see how": an infinitive
    hanging from a noun, or from a sentence about "it", says what could be said, not what was."""
    if not any(c.lower_ == "to" and c.dep_ == "aux" for c in cue.children):
        return False
    if cue.dep_ == "acl":
        return True
    governor = cue.head
    return governor.i != cue.i and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in governor.children)


# What a maker recalls, not what anyone remembers: "Varden Motors recalled 40,000 trucks", "Drugmaker recalls
# blood-pressure pills"; and whom a government calls home ("recalled its ambassador").
GOODS = {"vehicle", "car", "truck", "sedan", "suv", "pickup", "van", "motorcycle", "product", "model", "unit", "device",
         "drug", "medicine", "food", "toy", "item", "batch", "lot", "pound", "bottle", "package", "appliance", "seat",
         "airbag", "tire", "battery", "phone", "laptop", "charger", "heater", "pill", "tablet", "capsule",
         "medication", "vaccine", "dose", "meat", "beef", "pork", "chicken", "egg", "ambassador", "envoy", "diplomat"}
LARGE_COUNTS = {"hundred", "thousand", "million", "billion"}
YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _recalls_goods(cue: Token, frame: str) -> bool:
    """A product recall: "recalled" with goods, or a count in figures or in the thousands, as its object (one
    remembers "two conversations", not "40,000" of anything)."""
    if cue.lemma_.lower() != "recall" or frame != cues.OBJECT:
        return False
    thing = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if thing is None:
        return False
    counts = [c for c in thing.children if c.dep_ == "nummod" and not YEAR.fullmatch(c.text)]  # "a 2007 … bill"
    return thing.lemma_.lower() in GOODS or any(
        any(ch.isdigit() for ch in c.text) or c.lower_ in LARGE_COUNTS for c in counts)


def _names_something(cue: Token, frame: str) -> bool:
    """ "the Islamic State, also known as ISIL", "a series called “Quick Question”": a name, not words anyone said."""
    if cue.tag_ != "VBN" or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in cue.children):
        return False
    return (frame == "prep:as" and cue.lemma_.lower() in {"know", "refer", "describe"}) or names_a_thing(cue)


def names_a_thing(cue: Token) -> bool:
    """ "a series called “Quick Question”": a participle after a noun that gives it its name."""
    return cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.lemma_.lower() in NAMING \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in cue.children) \
        and not cues.finite_read_as_relative(cue)


# Participles that give a thing its name: "a series called …", "a group dubbed …".
NAMING = {"call", "name", "dub", "title", "nickname", "label"}


def _withheld_by_cue(cue: Token) -> bool:
    """ "declined to say whether …": one attribution, the declining (as PolNeAR marks it), not a second for "say"."""
    governor = cue.head
    return (cue.dep_ == "xcomp" and governor.i != cue.i and governor.lemma_.lower() in WITHHOLDING_LEMMAS
            and cues.is_cue(governor))
