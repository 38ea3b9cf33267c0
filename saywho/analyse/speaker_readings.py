"""What the speaker resolver (speakers.py) reads of an article once, before it resolves anything: its
paragraphs, sentences and quotes, each name's head word, an interview's interviewee, an op-ed's writer, the
genders its clauses state. Resolving never changes these: `Resolver.replaying` shares them."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from saywho.analyse.clause_genders import genders_unknown_till_now
from saywho.analyse.mention_names import MentionNames
from saywho.analyse.mention_phrases import counts_a_share, phrase_text, share_text
from saywho.analyse.mention_roles import role_words
from saywho.analyse.quote_led_clauses import leads_before_its_quote
from saywho.analyse.sentences import sentence_starts, text_of
from saywho.analyse.speaker_interviews import Interview, Introduction
from saywho.analyse.speaker_writers import writer_of
from saywho.analyse.token_arrays import quoted_tokens
from saywho.document import Entity
from saywho.lexicons import classified

# The defaults of ResolverSettings (the saywho_speakers component's config).
PARAGRAPH_WINDOW = 6  # paragraphs back that a pronoun's or description's antecedent may stand
HALF_LIFE = 1000  # characters over which a candidate's salience halves


@dataclass(frozen=True)
class ResolverSettings:
    paragraph_window: int = PARAGRAPH_WINDOW
    half_life: float = HALF_LIFE


DEFAULT_SETTINGS = ResolverSettings()


class ResolverReadings:
    """The readings of the text every resolving step shares (see the module's docstring)."""

    def __init__(self, doc: Doc, entities: dict[str, Entity], settings: ResolverSettings = DEFAULT_SETTINGS):
        self.doc = doc
        self.settings = settings
        self.paragraphs = doc._.paragraphs or []
        self.paragraph_ends = [end for _, end in self.paragraphs]  # bisected for every candidate: no key function
        self.sentence_starts = sentence_starts(doc)  # read, never changed: the Doc's own list, made once
        self.entities = entities
        self.descriptors: dict[str, set[str]] = doc._.entity_descriptors or {}
        self.by_token: dict[int, str] = doc._.entity_of_token or {}
        self.quotes = list(doc._.quotes or [])
        self.quote_starts = [quote.start for quote in self.quotes]
        self.quote_sentences = [self.sentence_of(quote.start) for quote in self.quotes]
        self.first_quote_end: dict[int, int] = {}  # sentence → where the first of its quotes to close closes
        for quote, sentence in zip(self.quotes, self.quote_sentences):
            self.first_quote_end[sentence] = min(quote.end, self.first_quote_end.get(sentence, quote.end))
        self.name_heads = self._name_heads()
        self.name_head_offsets = [head.offset for head in self.name_heads]
        self.name_head_entities = [head.entity.id for head in self.name_heads]
        self.interview = Interview(text_of(doc), self.paragraphs,
                                   [Introduction(h.offset, h.entity, h.leads) for h in self.name_heads])
        self.name_head_tokens = {head.offset: head.index for head in self.name_heads}
        self.name_head_deps = {offset: doc[index].dep_ for offset, index in self.name_head_tokens.items()}
        self.writer = writer_of(doc, self.paragraphs, entities, self.by_token)  # an op-ed's, named in its last line
        self.possessive: dict[int, bool] = {}
        self.roles = classified("role_nouns.txt")
        self.names = MentionNames(doc, entities, self.by_token, self.roles)
        people = {e.id for e in entities.values() if e.type == "PERSON"}  # "Sami recalled how on his first trip"
        self._role_words: dict[str, list[str]] | None = None
        self.clause_genders = genders_unknown_till_now(doc, self.by_token, quoted_tokens(doc, self.quotes),
                                                       doc._.entity_genders or {}, people)

    def role_words(self) -> dict[str, list[str]]:
        """The words the article describes each entity with (mention_roles.role_words): read once, for the
        near names' rules and the profiles alike, and never changed by either."""
        if self._role_words is None:
            self._role_words = role_words(self.doc, self.entities.values())
        return self._role_words

    def _name_heads(self) -> list[_NameHead]:
        """Each name's head word, in text order, with what a candidate made of it needs: read once per
        text rather than for every pronoun and description."""
        heads = []
        for token_id in sorted(self.by_token):
            entity_id = self.by_token[token_id]
            token = self.doc[token_id]
            if token.head.i in self.by_token and self.by_token.get(token.head.i) == entity_id and token.head.i != token.i:
                continue  # score a name once, at its head word
            subject = _is_subject(token)
            quoted = self._in_quote(token)
            weight = 2.0 if subject else 1.0
            if quoted:
                weight *= 0.3  # a speaker's own words are a weaker antecedent than the narrative
            main = subject and (_governs_its_sentence(token)
                                or leads_before_its_quote(token, self.quotes, self.quote_starts))
            # "Mark Ruiz and Tom Baker spoke": both lead the sentence, though only Ruiz is its parsed subject
            leads = main or (token.dep_ == "conj" and _is_subject(token.head) and _governs_its_sentence(token.head))
            heads.append(_NameHead(token.idx, self.paragraph_of(token.idx), weight, self.entities[entity_id],
                                   subject, quoted, token.i, main, leads))
        return heads

    def possessive_at(self, offset: int) -> bool:
        """ "Clinton's campaign": the name stands for someone's, not for a speaker."""
        if offset not in self.possessive:  # asked for every candidate of every pronoun: read each name once
            self.possessive[offset] = self._read_possessive_at(offset)
        return self.possessive[offset]

    def dependency_at(self, offset: int) -> str:
        """The dependency of the name head at `offset` ("nsubj", "dobj"), or "" where no name head stands."""
        return self.name_head_deps.get(offset, "")

    def _read_possessive_at(self, offset: int) -> bool:
        if offset in self.name_head_tokens:  # every mention candidate's offset is a name head's
            token = self.doc[self.name_head_tokens[offset]]
        else:
            span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
            if span is None:
                return False
            token = span[0]
        name_end = token
        while name_end.i + 1 < len(self.doc) and self.by_token.get(name_end.i + 1) == self.by_token.get(token.i):
            name_end = self.doc[name_end.i + 1]
        after = self.doc[name_end.i + 1] if name_end.i + 1 < len(self.doc) else None
        return after is not None and after.tag_ == "POS"

    def sentence_of(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

    # -- small readings of the text -------------------------------------------------------

    def _mention_text(self, head: Token) -> str:
        """The noun phrase without relative clauses, appositions or trailing prepositions (but a share's "in 10 voters")."""
        if counts_a_share(head):
            return share_text(head)
        text = phrase_text(head, drop={"relcl", "appos", "acl", "punct", "prep", "cc", "conj"})
        office = _office_of(head) if self.roles.get(head.lemma_.lower(), "").startswith("PERSON") else None
        return f"{text} of {office.text}" if office is not None and text.endswith(head.text) else text

    def _group_text(self, head: Token) -> str:
        """The coordinated phrase whole ("Clinton and the State Department"), without relative clauses."""
        return phrase_text(head, drop={"relcl", "appos", "acl", "punct", "prep"})

    def _in_quote(self, token: Token) -> bool:
        # Quotes come in text order and do not overlap: only the last one starting at or before the token can hold it.
        index = bisect_right(self.quote_starts, token.idx) - 1
        return index >= 0 and token.idx < self.quotes[index].end

    def paragraph_of(self, offset: int) -> int:
        """The paragraph holding `offset` (the next one between paragraphs; len(paragraphs) after the last)."""
        return bisect_right(self.paragraph_ends, offset)


@dataclass(frozen=True)
class _NameHead:
    """A name's head word as a candidate antecedent (Resolver._name_heads)."""

    offset: int
    paragraph: int
    weight: float
    entity: Entity
    subject: bool
    quoted: bool
    index: int  # the token's
    main: bool  # the subject of its sentence's main clause, not of a clause reported or embedded in it
    leads: bool  # the main clause's subject or one of several coordinated with it


def _governs_its_sentence(token: Token) -> bool:
    """ "Reid said that Sanders has energized…": Reid, not Sanders, is who the sentence is about."""
    verb = token.head.head if token.dep_ == "appos" else token.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _is_subject(token: Token) -> bool:
    """The subject, or a name in apposition to it ("The firm's lead engineer, Marcus Obi, told...")."""
    subjects = {"nsubj", "nsubjpass"}
    return token.dep_ in subjects or (token.dep_ == "appos" and token.head.dep_ in subjects)


def _office_of(head: Token) -> Token | None:
    """ "the former secretary of state", "his chief of staff": a bare noun right after "of" completes the office."""
    of = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if of is None or of.lower_ != "of" or of.head.i != head.i or of.dep_ != "prep":
        return None
    noun = next((c for c in of.children if c.dep_ == "pobj"), None)
    if noun is None or noun.i != of.i + 1 or any(noun.children):
        return None
    return noun if noun.text.islower() or noun.lower_ in OFFICE_WORDS else None


# Words after "of" that complete an office in title case too ("Secretary of State", "Chief of Staff"), where the
# small model may tag them a name.
OFFICE_WORDS = {"state", "staff", "defense", "communications", "homeland", "commerce", "labor", "energy", "treasury"}

