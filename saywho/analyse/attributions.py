"""Assembling attributions: who (source) says (cue) what (content), with PolNeAR's roles.

Three ways in, each a function below:
- a quotation finds the cue that governs it in the parse (`“…,” he said`,
  `describing X as a “patriotic movement”`), or borrows the frame of the
  sentence or paragraph it stands in;
- a cue verb with a clause complement is reported speech (`warned that …`);
- `according to X` makes X the source of the clause it modifies.
The speaker behind each source is resolved later, in speakers.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from saywho.analyse import cues
from saywho.analyse.entities import person_titles
from saywho.analyse.quotes import Quote, looks_like_title
from saywho.analyse.sentences import sentence_index, sentence_starts, text_of
from saywho.document import (
    ACCORDING_TO,
    DIRECT,
    INDIRECT,
    PARTIAL,
    REPORTED,
    Attribution,
    Segment,
    paragraph_index,
)

# Relations through which a participle or coordinated verb shares its governor's subject.
SHARES_SUBJECT = {"advcl", "xcomp", "conj", "pcomp", "prep", "pobj", "ccomp", "parataxis"}
REPORTING_LEMMAS = {"report", "learn"}
WALK_LIMIT = 8


@dataclass
class Draft:
    """An attribution under construction."""

    cue: list[Token]
    content: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    source: tuple[int, int] | None = None
    source_head: Token | None = None
    according_to: bool = False
    carries_over: Draft | None = None  # a quote with no frame speaks for the previous speaker
    labelled: bool = False  # a transcript's `NAME:` line: the speaker's own words

    @property
    def head(self) -> Token | None:
        return self.cue[0] if self.cue else None

    @property
    def start(self) -> int:
        return _first_offset(self)


class QuoteMap:
    """Which quotation, if any, each token stands in."""

    def __init__(self, doc: Doc, quotes: list[Quote]):
        self.quotes = quotes
        self.of_token: list[int | None] = [None] * len(doc)
        for index, quote in enumerate(quotes):
            open_at, close_at = quote.outer
            for token in doc.char_span(open_at, close_at, alignment_mode="expand") or []:
                self.of_token[token.i] = index

    def inside(self, token: Token) -> bool:
        return self.of_token[token.i] is not None

    def tokens(self, doc: Doc, index: int) -> list[Token]:
        quote = self.quotes[index]
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand") or []
        return [t for t in span if self.of_token[t.i] == index and quote.start <= t.idx < quote.end and not t.is_space]


def find_attributions(doc: Doc) -> tuple[list[Attribution], list[int | None]]:
    # A show's or a book's name in quotation marks is nobody's words: "appearing on “Face the Nation”".
    quotes: list[Quote] = [q for q in doc._.quotes or [] if not looks_like_title(text_of(doc), q)]
    quote_map = QuoteMap(doc, quotes)
    drafts: dict[int, Draft] = {}  # by cue head token index
    orphans: list[Quote] = []
    for index, quote in enumerate(quotes):
        cue = governing_cue(doc, quote_map, index)
        if cue is None:
            orphans.append(quote)
        else:
            _draft_for(drafts, cue).quotes.append(quote)
    for token in doc:
        if quote_map.inside(token):
            continue
        if _is_according(token):
            _add_according_to(drafts, token, quote_map)
        elif token.pos_ == "VERB":
            _add_reported_content(drafts, token, quote_map)
    orphans = _signed_quotes(doc, drafts, orphans)
    turns = _speaker_labels(doc, drafts, quote_map)
    ordered = sorted((d for d in drafts.values() if d.quotes or d.content), key=_first_offset)
    ordered = _place_orphans(doc, ordered, orphans)
    for draft in ordered:
        if draft.source is None and draft.carries_over is None and draft.head is not None:
            _find_source(draft, quote_map)
    _speakers_of_turns(ordered, turns)
    kept = [(draft, content) for draft in ordered if _stands_up(draft) and (content := _content_of(doc, draft))]
    return _finish(doc, kept)


def _stands_up(draft: Draft) -> bool:
    """An object or infinitive after a verb is reported speech only when someone does the reporting."""
    if draft.quotes or draft.according_to or draft.source is not None or draft.head is None:
        return True
    if _asked(draft.head):
        return True
    if draft.head.lemma_.lower() in RAISING_LEMMAS:
        # "he appears to understand" is PolNeAR's sourceless attribution; "such attacks can appear to be
        # random" (a modal: what might look so to anyone) is no one's statement.
        return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in draft.head.children)
    return draft.head.pos_ != "VERB" or cues.frame_of(draft.head) == cues.CLAUSE


# -- cues -------------------------------------------------------------------


def is_cue_verb(token: Token) -> bool:
    """A verb that may report a quotation: curated, or often a cue in PolNeAR."""
    return cues.reports_quotes(token)


def _is_according(token: Token) -> bool:
    return token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)


def governing_cue(doc: Doc, quote_map: QuoteMap, index: int) -> Token | None:
    """The cue verb that a quotation depends on, or that depends on it."""
    tokens = quote_map.tokens(doc, index)
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    roots.sort(key=lambda t: -len(list(t.subtree)))
    for root in roots:
        cue = _cue_above(root, quote_map) or _cue_below(root, quote_map)
        if cue is not None:
            return _outermost(cue, quote_map)
    return None


def _outermost(cue: Token, quote_map: QuoteMap) -> Token:
    """Quoted words belong to whoever reports them: in `X told reporters the group is urging
    women ... “how to deal with women”`, the quote is X's, not the group's."""
    while cues.is_complement(cue, cue.head) and is_cue_verb(cue.head) and not quote_map.inside(cue.head):
        cue = cue.head
    return cue


def _cue_above(token: Token, quote_map: QuoteMap) -> Token | None:
    node = token
    for _ in range(WALK_LIMIT):
        if node.head.i == node.i:
            return None
        node = node.head
        if not quote_map.inside(node) and (is_cue_verb(node) or _is_according(node)):
            return node
    return None


def _cue_below(token: Token, quote_map: QuoteMap) -> Token | None:
    """`“…?” he asked`: the parser may hang the frame below the quote's verb."""
    for child in token.children:
        if not quote_map.inside(child) and is_cue_verb(child) and _subject_of(child) is not None:
            return child
    return None


def _draft_for(drafts: dict[int, Draft], cue: Token) -> Draft:
    if cue.i not in drafts:
        cue_tokens = [cue] + ([c for c in cue.children if c.lower_ == "to"][:1] if _is_according(cue) else [])
        drafts[cue.i] = Draft(cue=cue_tokens, according_to=_is_according(cue))
    return drafts[cue.i]


# -- reported speech and "according to" ----------------------------------------


def _add_reported_content(drafts: dict[int, Draft], cue: Token, quote_map: QuoteMap) -> None:
    """Reported speech or thought: the clause, object or infinitive the cue introduces."""
    frame = cues.frame_of(cue)
    if not cues.is_cue(cue, frame) or _withheld_by_cue(cue) or _names_something(cue, frame) or _purpose(cue):
        return
    tokens = [t for t in cues.content_tokens(cue, frame) if not t.is_space]
    if not tokens or all(quote_map.inside(t) for t in tokens if not t.is_punct):
        return  # a quotation already speaks for itself
    if frame not in {cues.CLAUSE, cues.INFINITIVE} and not _says_something(cue, [t for t in tokens if not t.is_punct]):
        return
    tokens = _trim_punct(sorted(tokens, key=lambda t: t.i))
    if tokens:
        draft = _draft_for(drafts, cue)
        draft.content.append(_char_span(tokens))
        if _sourceless(cue) and frame == cues.INFINITIVE and (subject := _raised_subject(cue)) is not None:
            draft.content.append(_char_span(list(subject.subtree)))  # "he … to understand": what seems so


def _raised_subject(cue: Token) -> Token | None:
    """The subject of "he appears to …", which PolNeAR puts in the content (not an expletive "it")."""
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None if subject is None or subject.lower_ == "it" else subject


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
    if len(roots) == 1 and roots[0].dep_ == "pobj" and cues.occasion(roots[0].head):
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


def _names_something(cue: Token, frame: str) -> bool:
    """ "the Islamic State, also known as ISIL", "a group called X": a name, not words anyone said."""
    return frame == "prep:as" and cue.lemma_.lower() in {"know", "refer", "describe"} and cue.tag_ == "VBN" \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in cue.children)


def _withheld_by_cue(cue: Token) -> bool:
    """ "declined to say whether …": one attribution, the declining (as PolNeAR marks it), not a second for "say"."""
    governor = cue.head
    return (cue.dep_ == "xcomp" and governor.i != cue.i and governor.lemma_.lower() in WITHHOLDING_LEMMAS
            and cues.is_cue(governor))


def _add_according_to(drafts: dict[int, Draft], according: Token, quote_map: QuoteMap) -> None:
    draft = _draft_for(drafts, according)
    to = draft.cue[1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return
    words = [t for t in according.sent if not t.is_space and not t.is_punct]
    if words and words[0].i == according.i:
        source_tokens, content = _according_first(according.sent, objects[0])
    else:
        source_tokens = _noun_phrase_until_comma(objects[0])
        phrase = {according.i, to.i} | {t.i for t in source_tokens}
        content = _longest_run([t for t in according.sent if t.i not in phrase and not t.is_space])
    content = _trim_punct(content)
    source_tokens = _trim_punct(source_tokens)
    if content and source_tokens:
        draft.source = _char_span(source_tokens)
        draft.source_head = _head_within(objects[0], source_tokens)
        draft.content.append(_char_span(content))


def _according_first(sentence: Span, source: Token) -> tuple[list[Token], list[Token]]:
    """ "According to X, who …, Y": the clause starts at the first subject after X's name."""
    start = next(
        (t.left_edge.i if t.left_edge.i > source.i else t.i
         for t in sentence if t.i > source.i and t.dep_ in {"nsubj", "nsubjpass", "expl"}),
        None,
    )
    if start is None:
        return _noun_phrase_until_comma(source), []
    source_tokens = [t for t in sentence if source.left_edge.i <= t.i < start]
    content = [t for t in sentence if t.i >= start and not t.is_space]
    return source_tokens, content


def _noun_phrase_until_comma(head: Token) -> list[Token]:
    """`according to group X, the …`: the parse often runs the clause into the NP."""
    tokens = []
    for token in head.subtree:
        if token.i > head.i and token.text in {",", "—", "–", ";"}:
            break
        tokens.append(token)
    return [t for t in tokens if t.i >= head.left_edge.i]


def _head_within(head: Token, tokens: list[Token]) -> Token:
    return head if head in tokens else tokens[-1]


# -- speaker labels and signatures ------------------------------------------------

NAME = r"(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})"  # up to four capitalised words
SIGNATURE = re.compile(rf"\s*(?P<cue>[―—–]|--)\s*{NAME}")
LABEL = re.compile(rf"{NAME}(?P<cue>:)[ \t]+\S")
# A headline's speaker and whom or what they address: `Clinton to Planned Parenthood: …`, `Gillibrand on …: …`.
ADDRESSED_LABEL = re.compile(rf"{NAME} (?:[Tt]o|[Oo]n|[Aa]t) [^:\n]{{1,80}}?(?P<cue>:)[ \t]+\S")
# Headlines that give a finding to the thing that found it: `Poll: Trump and Clinton hold narrow leads …`.
FINDING_LABELS = {"Poll", "Report", "Survey", "Study"}


def _signed_quotes(doc: Doc, drafts: dict[int, Draft], orphans: list[Quote]) -> list[Quote]:
    """ `“…” ― Sonya Herridge`: a quotation signed with a dash and a name."""
    remaining = []
    for quote in orphans:
        match = SIGNATURE.match(text_of(doc), quote.outer[1])
        if match is None or quote.close_mark is None:
            remaining.append(quote)
            continue
        draft = _framed_draft(doc, drafts, match)
        if draft is None:
            remaining.append(quote)
        else:
            draft.quotes.append(quote)
    return remaining


@dataclass
class Turn:
    """One `NAME:` line of a transcript or interview: who speaks, and where their words stand."""

    speaker: Token  # the last token of the label's name
    start: int
    end: int


def _speaker_labels(doc: Doc, drafts: dict[int, Draft], quote_map: QuoteMap) -> list[Turn]:
    """Transcripts and headlines: `WALLACE: Let's start …`, `Pat Caddell: Democrat voters …`."""
    text = text_of(doc)
    labels = [(LABEL.match(text, start) or ADDRESSED_LABEL.match(text, start), end) for start, end in doc._.paragraphs]
    names = [m.group("name") for m, _ in labels if m]
    turns = []
    for match, end in labels:
        if match is None or not _is_speaker_name(doc, match, names):
            continue
        draft = _framed_draft(doc, drafts, match)
        if draft is not None and not draft.quotes:
            start = match.end("cue") + _leading_space(text, match.end("cue"))
            draft.content.append((start, _without_final_period(text, start, end)))
            if match.group("name").isupper():  # a transcript's turn, not a headline's `Poll:` or `X to Y:`
                draft.labelled = True
                turns.append(Turn(draft.source_head, start, end))
    return turns


FIRST_PERSON = {"i", "me"}
SECOND_PERSON = {"you"}


def _speakers_of_turns(drafts: list[Draft], turns: list[Turn]) -> None:
    """In a transcript, "I said" is the turn's speaker and "you said" the one they answer: the source
    stays as written, but the speaker behind it is the label's name, never "I" or "you"."""
    for draft in drafts:
        head = draft.source_head
        if draft.labelled or head is None or head.lower_ not in FIRST_PERSON | SECOND_PERSON:
            continue
        index = next((k for k, turn in enumerate(turns) if turn.start <= head.idx < turn.end), None)
        if index is None:
            continue
        if head.lower_ in FIRST_PERSON:
            draft.source_head = turns[index].speaker
        elif (other := _answered(turns, index)) is not None:
            draft.source_head = other


def _answered(turns: list[Turn], index: int) -> Token | None:
    """The speaker of the nearest turn before (or else after) this one with another name."""
    name = turns[index].speaker.lower_
    for turn in [*reversed(turns[:index]), *turns[index + 1 :]]:
        if turn.speaker.lower_ != name:
            return turn.speaker
    return None


def _is_speaker_name(doc: Doc, match: re.Match, names: list[str]) -> bool:
    name = match.group("name")
    if name in FINDING_LABELS and match.re is LABEL:
        return True
    if name.isupper() and len(name) > 2:
        # A transcript names its speakers again and again (so a name met once counts in one with several
        # label lines), or the article names them in full elsewhere.
        return names.count(name) >= 2 or _is_transcript(names) or _named_elsewhere(doc, name)
    span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
    if span is None:
        return False
    if match.re is ADDRESSED_LABEL:  # the whole name must be one: not "Responding to …:", "Follow AWR Hawkins on …:"
        return all(t.ent_type_ in {"PERSON", "ORG"} or t.lower_ in person_titles() for t in span)
    return any(t.ent_type_ in {"PERSON", "ORG"} for t in span)


TRANSCRIPT_LABELS = 3  # upper-case `NAME:` lines, at least two names: an interview or debate transcript


def _is_transcript(names: list[str]) -> bool:
    labels = [name for name in names if name.isupper() and len(name) > 2]
    return len(labels) >= TRANSCRIPT_LABELS and len(set(labels)) >= 2


def _named_elsewhere(doc: Doc, upper_name: str) -> bool:
    """`TAPPER:` in an article that also writes of Jake Tapper."""
    words = set(upper_name.lower().split())
    return any(ent.label_ in {"PERSON", "ORG"} and words <= {t.lower_ for t in ent} for ent in doc.ents)


def _framed_draft(doc: Doc, drafts: dict[int, Draft], match: re.Match) -> Draft | None:
    cue = doc.char_span(match.start("cue"), match.end("cue"), alignment_mode="expand")
    name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
    if not cue or not name:
        return None
    draft = drafts.setdefault(cue[0].i, Draft(cue=list(cue)))
    draft.source, draft.source_head = (match.start("name"), match.end("name")), name[-1]
    return draft


def _without_final_period(text: str, start: int, end: int) -> int:
    """PolNeAR leaves a labelled line's closing full stop out of its content (71 times in 85 on train)."""
    end = _rstrip(text, start, end)
    return end - 1 if text[start:end].endswith(".") and not text[start:end].endswith("..") else end


def _leading_space(text: str, position: int) -> int:
    return len(text[position:]) - len(text[position:].lstrip())


# -- quotes with no cue of their own ---------------------------------------------


def _place_orphans(doc: Doc, drafts: list[Draft], orphans: list[Quote]) -> list[Draft]:
    for quote in orphans:
        target = (
            _frame_in_sentence(doc, drafts, quote)
            or _frame_in_paragraph(doc, drafts, quote)
            or _frame_before_colon(doc, drafts, quote)
        )
        if target is not None:
            target.quotes.append(quote)
        elif _stands_alone(doc, quote):
            previous = _last_before(drafts, quote.open_mark)
            if previous is not None and _is_direct_speech(doc, previous) and quote.continues_previous:
                previous.quotes.append(quote)  # one quotation over several paragraphs is one attribution
            elif previous is not None and _is_direct_speech(doc, previous):
                drafts.append(Draft(cue=[], quotes=[quote], carries_over=previous))
        drafts.sort(key=_first_offset)
    return drafts


def _frame_in_sentence(doc: Doc, drafts: list[Draft], quote: Quote) -> Draft | None:
    sentence = sentence_index(doc, quote.open_mark)
    for draft in drafts:
        if draft.head is not None and sentence_index(doc, draft.head.idx) == sentence and not draft.according_to:
            return draft
    return None


def _frame_in_paragraph(doc: Doc, drafts: list[Draft], quote: Quote) -> Draft | None:
    """`“X,” he said. “Y.”`: a quote in the same paragraph as a framed one continues it."""
    same = [d for d in drafts if d.quotes and _paragraph(doc, d.quotes[0].open_mark) == quote.paragraph]
    before = [d for d in same if d.start < quote.start]
    if before:
        return before[-1]
    if quote.continues_previous:
        return None
    return same[0] if same else None


def _frame_before_colon(doc: Doc, drafts: list[Draft], quote: Quote) -> Draft | None:
    """ `Trump posted this status update:` ¶ `“…”`: a paragraph ending in a colon frames the next."""
    if not _stands_alone(doc, quote) or quote.paragraph == 0:
        return None
    start, end = doc._.paragraphs[quote.paragraph - 1]
    if text_of(doc)[end - 1] != ":":
        return None
    sentence = doc.char_span(end - 1, end, alignment_mode="expand").sent
    which = sentence_index(doc, sentence.start_char)
    framing = [d for d in drafts if d.head is not None and sentence_index(doc, d.head.idx) == which]
    if framing:
        return framing[-1]
    if sentence.root.pos_ not in {"VERB", "AUX"}:
        return None
    draft = Draft(cue=[sentence.root])
    drafts.append(draft)
    return draft


def _stands_alone(doc: Doc, quote: Quote) -> bool:
    start, end = doc._.paragraphs[quote.paragraph]
    return quote.open_mark == start


def _last_before(drafts: list[Draft], offset: int) -> Draft | None:
    before = [d for d in drafts if d.start < offset]
    return before[-1] if before else None


def _is_direct_speech(doc: Doc, draft: Draft) -> bool:
    return bool(draft.quotes) and not draft.according_to


def _paragraph(doc: Doc, offset: int) -> int:
    return paragraph_index(doc._.paragraphs, offset)


# -- sources ----------------------------------------------------------------------


def _closing_punct(span: tuple[int, int], tokens: list[Token]) -> tuple[int, int]:
    """PolNeAR's sources keep the comma closing an apposition ("The chairman, Phil Lovas,")
    and the bracket closing "(R-S.C.)"."""
    doc = tokens[0].doc
    after = tokens[-1].i + 1
    if after >= len(doc):
        return span
    following = doc[after].text
    texts = [t.text for t in tokens]
    if following == ")" and texts.count("(") > texts.count(")"):
        return span[0], doc[after].idx + 1
    if following == "," and "," in texts:
        return span[0], doc[after].idx + 1
    return span


def _find_source(draft: Draft, quote_map: QuoteMap) -> None:
    if _sourceless(draft.head):
        return
    head = source_head(draft.head)
    if head is None or quote_map.inside(head):
        return
    relative = _relative_pronoun(draft.head)
    if relative is not None:
        # "Smith, who said …": PolNeAR's source is "who"; the speaker is still the noun it stands for.
        draft.source_head, draft.source = head, _char_span([relative])
        return
    # "The union, praising the deal as …": the cue's own clause hangs inside the source phrase.
    cue_clause = set() if draft.head.is_ancestor(head) else {t.i for t in draft.head.subtree}
    tokens = [t for t in _source_tokens(head) if not quote_map.inside(t) and t.i not in cue_clause]
    tokens = _trim_punct(_run_containing(tokens, head))
    if tokens:
        draft.source_head, draft.source = head, _closing_punct(_char_span(tokens), tokens)


def source_head(cue: Token) -> Token | None:
    """The head of the noun phrase that says or thinks, climbing from participles to their clause."""
    node = cue
    for _ in range(WALK_LIMIT):
        subject = _subject_of(node)
        if subject is not None:
            if subject.tag_ in {"WP", "WDT"} and node.dep_ == "relcl":
                return node.head
            return _counted(subject)
        if node.dep_ in {"acl", "relcl"} and node.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return node.head
        if node.dep_ not in SHARES_SUBJECT or node.head.i == node.i:
            return _stranded_subject(node)
        node = node.head
    return None


QUANTITIES = {"hundreds", "thousands", "dozens", "scores", "millions", "tens", "some", "many", "most", "several",
              "dozen", "hundred", "thousand", "group", "crowd", "number", "majority", "handful"}


def _counted(head: Token) -> Token:
    """ "Hundreds of protesters", "a crowd of supporters": the people counted are who speaks."""
    if head.lower_ not in QUANTITIES:
        return head
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return counted if counted is not None and counted.pos_ in {"NOUN", "PROPN"} else head


def _relative_pronoun(cue: Token) -> Token | None:
    """ "who" in "Smith, who said …" (or "which", "that"), when it is the cue's subject."""
    node = cue
    for _ in range(WALK_LIMIT):
        subject = _subject_of(node)
        if subject is not None:
            return subject if subject.tag_ in {"WP", "WDT"} and node.dep_ == "relcl" else None
        if node.dep_ not in SHARES_SUBJECT or node.head.i == node.i:
            return None
        node = node.head
    return None


# Verbs that report what is thought or seen without saying by whom: "he appears to", "it seems".
RAISING_LEMMAS = {"seem", "appear"}
# "X (is) expected to …", "said to be": a passive whose subject is what is talked about, not who talks.
PASSIVE_REPORTING_LEMMAS = {"expect", "say", "believe", "consider", "think", "know", "report", "rumor",
                            "rumour", "assume", "project", "predict", "estimate"}


def _sourceless(cue: Token) -> bool:
    """Attributions PolNeAR leaves without a source: raising verbs ("he appears to …", "it seems …"),
    passives of thinking and saying ("is expected to", "Expected To Be Indicted" in a headline), and
    "it is assumed that …"."""
    if cue.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = cue.lemma_.lower()
    if lemma in RAISING_LEMMAS or _asked(cue):
        return True
    if lemma not in PASSIVE_REPORTING_LEMMAS:
        return False
    children = list(cue.children)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children):
        return not any(c.dep_ == "agent" for c in children)
    following = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    has_perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
    return (following is not None and following.lower_ == "to" and not has_perfect
            and (cue.tag_ == "VBN" or _title_case(cue.sent)))


def _asked(cue: Token) -> bool:
    """ "Asked about the polls, Smith said …": a question put by someone the article does not name."""
    return cue.lemma_.lower() == "ask" and cue.tag_ == "VBN" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in cue.children)


def _title_case(sentence: Span) -> bool:
    """A headline: nearly every word capitalised, small words too ("Aide Expected To Be Indicted")."""
    words = [t for t in sentence if t.is_alpha]
    capitalised = sum(t.text[0].isupper() for t in words)
    return len(words) >= 4 and capitalised >= 0.8 * len(words) and any(t.is_stop and t.text[0].isupper() for t in words[1:])


def _stranded_subject(verb: Token) -> Token | None:
    """A name the parser hung elsewhere: `On Friday, Abu Marzouk, who …, accused America`."""
    if verb.pos_ != "VERB":
        return None
    for token in reversed(verb.sent[: verb.i - verb.sent.start]):
        if token.dep_ in {"pobj", "dobj", "poss", "compound", "attr"}:
            continue
        if token.ent_type_ in {"PERSON", "ORG"} and token.dep_ in {"appos", "npadvmod", "dep", "nsubj"}:
            return token
    return None


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _source_tokens(head: Token) -> list[Token]:
    """The whole noun phrase: "Hundreds of protesters from …" when the head is the people counted."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in QUANTITIES:
        head = head.head.head
    return list(head.subtree)


# -- the finished attributions -------------------------------------------------------


def _finish(doc: Doc, drafts: list[tuple[Draft, list[tuple[int, int]]]]) -> tuple[list[Attribution], list[int | None]]:
    """Attributions from the drafts that stand, each with its content spans."""
    results, heads = [], []
    index_of = {id(d): i for i, (d, _) in enumerate(drafts)}
    for number, (draft, content) in enumerate(drafts, start=1):
        attribution = Attribution(
            id=f"a{number}",
            kind=_kind(doc, draft, content),
            cue=_cue_segment(doc, draft, content),
            content=Segment.of(text_of(doc), content),
            source=None if (source := _source_span(draft)) is None else Segment.of(text_of(doc), [source]),
            speaker=None,
            paragraph=_paragraph(doc, content[0][0]),
            quoted=[(q.start, _rstrip(text_of(doc), q.start, q.end)) for q in draft.quotes],
            negated=is_negated(draft.head) if draft.head is not None else _carried_negation(draft),
        )
        results.append(attribution)
        heads.append(draft.source_head.i if draft.source_head is not None else None)
        if draft.carries_over is not None:
            heads[-1] = -1 - index_of[id(draft.carries_over)]  # a negative index points at another attribution
    return results, heads


# Verbs that report words as withheld: "declined to say", "refused to comment", "failed to mention".
WITHHOLDING_LEMMAS = {"decline", "refuse", "fail", "avoid"}
NOBODY = {"nobody", "no one", "noone", "none", "neither"}


def is_negated(cue: Token) -> bool:
    """The article says the words were not said: "did not say whether", "never said", "declined to
    threaten", "refused to say", "without saying", "nobody said"."""
    if cue.pos_ not in {"VERB", "AUX"}:
        return False
    if _negates(cue) or cue.lemma_.lower() in WITHHOLDING_LEMMAS:
        return True
    governor = cue.head
    if cue.dep_ == "xcomp" and governor.i != cue.i and (_negates(governor) or governor.lemma_.lower() in WITHHOLDING_LEMMAS):
        return True  # "did not want to say", "declined to say"
    return cue.dep_ == "pcomp" and governor.lower_ == "without"


def _negates(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(c.dep_ == "neg" for c in verb.children) or any(
        " ".join(t.lower_ for t in s.subtree) in NOBODY for s in subjects)


def _carried_negation(draft: Draft) -> bool:
    return draft.carries_over is not None and draft.carries_over.head is not None and is_negated(draft.carries_over.head)


def _source_span(draft: Draft) -> tuple[int, int] | None:
    """A quotation continued from the paragraph before has its speaker's source, as PolNeAR marks it."""
    seen = 0
    while draft.source is None and draft.carries_over is not None and seen < WALK_LIMIT:
        draft, seen = draft.carries_over, seen + 1
    return draft.source


def _content_of(doc: Doc, draft: Draft) -> list[tuple[int, int]]:
    # As in PolNeAR, a quotation's content keeps its marks; `quoted` has the words inside them.
    text = text_of(doc)
    content = _merge([*(_closed(text, span) for span in draft.content), *(q.outer for q in draft.quotes)])
    return _split_at_sentences(doc, content)


def _cue_segment(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> Segment | None:
    if not draft.cue:
        return draft.carries_over and _cue_segment(doc, draft.carries_over, content)
    if draft.according_to:
        return Segment.of(text_of(doc), _token_spans(draft.cue))
    inside = {t.i for t in draft.cue[0].sent if any(s <= t.idx < e for s, e in content)}
    return Segment.of(text_of(doc), _token_spans(cues.cue_tokens(draft.cue[0], inside)))


def _token_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Character spans of tokens, one span for each run of neighbouring tokens."""
    runs: list[list[Token]] = []
    for token in sorted(tokens, key=lambda t: t.i):
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return [_char_span(run) for run in runs]


def _kind(doc: Doc, draft: Draft, content: list[tuple[int, int]]) -> str:
    if draft.according_to:
        return ACCORDING_TO
    if draft.labelled:
        return DIRECT  # a transcript line is the speaker's own words
    if not draft.quotes:
        head = draft.head
        return REPORTED if head is not None and head.lemma_.lower() in REPORTING_LEMMAS else INDIRECT
    quoted = sum(q.end - q.start for q in draft.quotes)
    total = sum(e - s for s, e in content)
    if quoted < total / 3:
        return INDIRECT
    return DIRECT if any(_opens_a_sentence(doc, q) for q in draft.quotes) and not draft.content else PARTIAL


def _opens_a_sentence(doc: Doc, quote: Quote) -> bool:
    """A quote that starts its paragraph or follows a frame's comma or colon is direct speech."""
    before = text_of(doc)[: quote.open_mark].rstrip(" \t")
    return not before or before[-1] in "\n:,.?!"


# -- span helpers ------------------------------------------------------------------


def _first_offset(draft: Draft) -> int:
    offsets = [s for s, _ in draft.content] + [q.start for q in draft.quotes]
    return min(offsets) if offsets else 0


def _char_span(tokens: list[Token] | Span) -> tuple[int, int]:
    tokens = list(tokens)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _trim_punct(tokens: list[Token]) -> list[Token]:
    keep_closing = set("”’\"'")
    start, end = 0, len(tokens)
    while start < end and (tokens[start].is_punct or tokens[start].is_space) and tokens[start].text not in "“‘\"'«":
        start += 1
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space) and tokens[end - 1].text not in keep_closing:
        end -= 1
    return tokens[start:end]


def _longest_run(tokens: list[Token]) -> list[Token]:
    """The longest stretch of consecutive tokens."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return max(runs, key=len) if runs else []


def _run_containing(tokens: list[Token], head: Token) -> list[Token]:
    run: list[Token] = []
    for token in tokens:
        if run and token.i != run[-1].i + 1:
            if head in run:
                return run
            run = []
        run.append(token)
    return run if head in run else []


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _split_at_sentences(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """PolNeAR marks a content of several sentences as one span per sentence."""
    starts = sentence_starts(doc)
    pieces = []
    for start, end in spans:
        for boundary in starts[bisect_right(starts, start) : bisect_left(starts, end)]:
            pieces.append((start, _rstrip(text_of(doc), start, boundary)))
            start = boundary
        pieces.append((start, end))
    return [(s, e) for s, e in pieces if e > s]


def _closed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A clause that opens a quotation mark ends after the mark that closes it (and its full stop)."""
    start, end = span
    fragment = text[start:end]
    if fragment.count("“") > fragment.count("”") or fragment.count('"') % 2:
        match = re.match(r'[.,!?]?[”"]', text[end : end + 2])
        if match:
            return start, end + match.end()
    return span


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
