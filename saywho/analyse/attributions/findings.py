"""What a poll or survey found, with "in" as the cue (PolNeAR's marking): "In a CBS News poll last month, Cruz led by
10 points", and, after the clause's verb, "Trump has a decisive lead in the polls", "he fell to 10 percent in the
latest CNN/ORC poll". The poll is the source; the clause it frames, without the phrase, is the content."""

from __future__ import annotations

from spacy.tokens import Span, Token

from saywho.analyse.attributions.according_to import _noun_phrase_until_comma
from saywho.analyse.attributions.drafts import Draft, QuoteMap, _char_span, _trim_punct
from saywho.analyse.attributions.reported_speech import is_cue_verb

# Nouns whose findings an opening "In the …," attributes: "In a CBS News poll last month, Cruz led by 10 points."
FINDINGS = {"poll", "survey", "study", "report"}
# After the verb only polls and surveys: "said in a report" tells where it was said, "in a study" what was done.
STANDINGS = {"poll", "survey"}
# What a phrase holds polls in: "the RealClearPolitics average of New Hampshire polls" (not "in the wake of polls").
POLLS_TOGETHER = {"average", "aggregate", "series", "string", "round", "batch"}
# Words that single out which polls of many: "the latest polls", "exit polls", "recent polls from Quinnipiac".
WHICH_POLLS = {"latest", "new", "newest", "last", "exit", "from", "by"}
# A place names where polls were taken, not whose they are: "New Hampshire polls" are still polls at large.
PLACES = {"GPE", "LOC", "NORP"}


def add_finding(drafts: dict[int, Draft], preposition: Token, quote_map: QuoteMap) -> None:
    """The finding of the poll `preposition` ("in") opens or closes with, where there is one."""
    if preposition.is_sent_start:  # every "in" comes here: the cheap test first, before Token.sent's walk
        _add_opening_finding(drafts, preposition, quote_map)
    else:
        _add_standing_in_polls(drafts, preposition, quote_map)


def _add_opening_finding(drafts: dict[int, Draft], preposition: Token, quote_map: QuoteMap) -> None:
    """ "In the latest Quinnipiac poll, Clinton leads by six points": the sentence after the phrase's comma. Only
    at the sentence's start, where the phrase frames the whole clause."""
    found = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if found is None or found.lemma_.lower() not in FINDINGS:
        return
    sentence = preposition.sent
    source = _noun_phrase_until_comma(found)
    if not source:
        return
    subject = next((c for c in sentence.root.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subject is not None and (subject.left_edge.i <= source[-1].i or _reports_itself(sentence.root, subject)):
        return
    first = _after_the_phrase(sentence, source[-1])
    if subject is not None and (first is None or first.i < subject.left_edge.i):
        first = subject.left_edge
    if first is None:
        return
    content = _trim_punct([t for t in sentence if t.i >= first.i and not t.is_space])
    if len(content) < 3 or any(quote_map.inside(t) for t in source) or not _quoted_in_passing(content, quote_map):
        return
    drafts[preposition.i] = Draft(cue=[preposition], cue_drawn=True, content=[_char_span(content)],
                                  source=_char_span(_trim_punct(source)), source_head=found)


def _quoted_in_passing(content: list[Token], quote_map: QuoteMap) -> bool:
    """No quotation in the finding, or only words it quotes whole in passing ("75 percent of Republicans said
    "most people in politics" can't be trusted"), not one it opens with."""
    if quote_map.inside(content[0]):
        return False
    inside = {t.i for t in content}
    quoted = {quote_map.of_token[t.i] for t in content if quote_map.inside(t)}
    return all(t.i in inside for t in content[0].doc if quote_map.of_token[t.i] in quoted and not t.is_space)


def _after_the_phrase(sentence: Span, last: Token) -> Token | None:
    """Where the finding starts: after the phrase's comma and past a participle of the poll's own ("In the new
    Morning Consult poll, conducted March 11-13, 40 percent …", which the parser may make the sentence's root)."""
    after = [t for t in sentence if t.i > last.i and not t.is_space]
    if not after or after[0].text != ",":
        return None
    rest = after[1:]
    if rest and rest[0].tag_ in {"VBN", "VBG", "VBD"}:  # the small tagger reads "conducted" here as a past tense too
        comma = next((k for k, t in enumerate(rest) if t.text == ","), None)
        rest = [] if comma is None else rest[comma + 1:]
    return rest[0] if len(rest) >= 3 else None


def _add_standing_in_polls(drafts: dict[int, Draft], preposition: Token, quote_map: QuoteMap) -> None:
    """ "Mr. Trump is ahead in public opinion polls in Florida": a standing in the polls, told after the verb of a
    clause with a subject. The content is the clause without the phrase, in two pieces where the phrase is inside."""
    verb = preposition.head
    if verb.dep_ in {"dobj", "attr"} and verb.pos_ == "NOUN":
        verb = verb.head  # "Trump has a decisive lead in the polls": the phrase hung on the object
    found = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if found is None or _poll(found) is None or verb.pos_ not in {"VERB", "AUX"} or preposition.i < verb.i:
        return
    if _polls_at_large(found):
        return  # "Clinton leads in the polls", "he trails in national polls": the writer's summary, no one's finding
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
    if subject is None or subject.tag_ in {"WP", "WDT"} or is_cue_verb(verb) or quote_map.inside(verb):
        return  # "Rubio, who is third in many Iowa polls": a description of the source of another attribution
    phrase = {t.i for t in preposition.subtree}
    clause = [t for t in verb.subtree if t.i not in phrase and t.i >= subject.left_edge.i and not t.is_space
              and t.sent == verb.sent and not _goes_on_after(t, verb, preposition)]
    pieces = [_trim_punct([t for t in clause if t.i < preposition.i]), _trim_punct(_until_comma(clause, preposition))]
    pieces = [piece for piece in pieces if piece]
    source = _trim_punct(_noun_phrase_until_comma(found))
    if not pieces or len(pieces[0]) < 3 or any(quote_map.inside(t) for piece in pieces for t in piece):
        return
    drafts[preposition.i] = Draft(cue=[preposition], cue_drawn=True, content=[_char_span(p) for p in pieces],
                                  source=_char_span(source), source_head=found)


def _goes_on_after(token: Token, verb: Token, preposition: Token) -> bool:
    """A clause joined to the verb after the phrase ("… in the polls, and he …"): the writer's, not the poll's."""
    return token.dep_ in {"advcl", "conj", "cc"} and token.head == verb and token.i > preposition.i


def _until_comma(clause: list[Token], preposition: Token) -> list[Token]:
    """The clause's words after the phrase, up to a comma, dash or semicolon: what comes after is the writer's
    ("… by 9 points, although Rubio moved …")."""
    after = [t for t in clause if t.i > preposition.right_edge.i]
    stop = next((k for k, t in enumerate(after) if t.text in {",", ";", "—", "–", "--"}), len(after))
    return after[:stop]


def _poll(found: Token) -> Token | None:
    """The poll or survey the phrase names: its head ("the polls") or what it is of ("the average of polls")."""
    if found.lemma_.lower() in STANDINGS:
        return found
    of = next((c for c in found.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if found.lemma_.lower() not in POLLS_TOGETHER:
        return None
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return inner if inner is not None and inner.lemma_.lower() in STANDINGS else None


def _polls_at_large(found: Token) -> bool:
    """ "the polls", "national polls", "most surveys": polls in general, not one poll or a set the text singles out
    by its maker, its time or its kind ("the latest polls", "January polls", "exit polls", "polls from Fox News")."""
    if found.tag_ != "NNS":
        return False
    words = [t for t in found.subtree if t.i != found.i]
    return not any(t.lower_ in WHICH_POLLS or t.ent_type_ == "DATE" or _most_recent(t) for t in words) \
        and not any(t.pos_ == "PROPN" and t.ent_type_ not in PLACES for t in found.lefts)


def _most_recent(word: Token) -> bool:
    return word.lower_ == "recent" and any(c.lower_ == "most" for c in word.children)


def _reports_itself(verb: Token, subject: Token) -> bool:
    """ "In a report, the nominee disclosed …", "In a poll, Democracy Corp found …": someone else reports, an
    attribution of its own; "In the poll, 79 percent of Democrats said …" is still the poll's finding."""
    return is_cue_verb(verb) and not any(t.lower_ in {"percent", "%"} for t in subject.subtree)
