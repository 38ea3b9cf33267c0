"""“As for Trump, he said he’s not worried”: a sentence that opens by naming its topic ("as for", "as to")
makes the topic whom its subject pronoun is, whoever else was speaking before; so does one whose opening
clause's he or she leads up to a name, the main clause's subject ("Even as he accused …, Giuliani …"); where that
name is nobody in view before the pronoun ("After he blasted …, Pastor Kevin Swanson has …", the story's first
sentence), its first mention ahead is taken all the same (first written in round s14, kept then as a patch:
PolNeAR train-pronouns.jsonl 819 → 821 right, wrong names 18 → 17; train.jsonl unchanged)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

from spacy.tokens import Doc, Token

from saywho.analyse.cues import FINITE_TAGS, QUESTION_MARKS
from saywho.analyse.entity_cluster import person_titles
from saywho.analyse.name_forms import PRONOUN_GENDERS
from saywho.analyse.quotes import Quote
from saywho.analyse.sentences import text_of, token_at
from saywho.analyse.speaker_candidates import WANTED, Candidate, type_fits
from saywho.analyse.speaker_ranker import Choice
from saywho.document import Speaker
from saywho.lexicons import person_noun

TOPIC_OPENERS = (("as", "for"), ("as", "to"))
# How far into a sentence its leading name may start: "Cowboys quarterback Dak Prescott threw …".
LEAD_WORDS = 4


def topic_entity(head: Token, names: dict[int, str]) -> str | None:
    """The entity (of `names`, the entity of each token in a name) that "As for …," names ahead of `head`,
    where `head` is the subject of its sentence's root and the name fills the words between opener and comma."""
    if head.dep_ != "nsubj" or head.head.dep_ != "ROOT":  # read first: most pronouns end here, before any walk
        return None
    sentence = head.sent
    if tuple(t.lower_ for t in islice((t for t in sentence if not t.is_space), 2)) not in TOPIC_OPENERS:
        return None
    words = [t for t in sentence if not t.is_space]
    comma = next((t for t in words[2:] if t.text == ","), None)
    if comma is None or comma.i >= head.i or any(t.dep_ == "nsubj" for t in sentence if comma.i < t.i < head.i):
        return None
    between = {names.get(t.i) for t in words[2:] if t.i < comma.i and not t.is_punct and t.lower_ != "the"}
    return between.pop() if len(between) == 1 else None


def cataphora_entity(head: Token, names: dict[int, str]) -> str | None:
    """The entity named as the subject of the main clause after a clause that opens the sentence with `head`
    as its subject: "Ever since she endorsed Mrs. Clinton, Ms. Warren has been …", "Even as he accused the
    department, Giuliani would not …"."""
    subject = _subject_ahead(head)
    return names.get(subject.i) if subject is not None else None


def _subject_ahead(head: Token) -> Token | None:
    if head.dep_ != "nsubj":  # read first: most pronouns end here
        return None
    verb = head.head
    if _question_put(verb):
        verb = verb.head  # "Asked by Starnes if he believed …, Carson said": the one asked, not the one asking
    main = verb.head
    if verb.dep_ != "advcl" or main.dep_ != "ROOT" or verb.i > main.i:
        return None
    return next((c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i), None)


def cataphora_choice(head: Token, choices: list[Choice], names: dict[int, str],
                candidates_at: Callable[[int, int], list[Candidate]]) -> Choice | None:
    """ "After he blasted …, Pastor Kevin Swanson has now set his sights …": where the person the opening clause
    leads up to is named nowhere in view before it, and so is none of `choices`, the choice of that name ahead.
    `candidates_at(offset, since)`: the resolver's candidates from `since` up to `offset`."""
    subject = _subject_ahead(head)
    entity_id = names.get(subject.i) if subject is not None else None
    if subject is None or entity_id is None or any(choice.key == entity_id for choice in choices):
        return None
    found = [c for c in candidates_at(subject.idx + 1, head.idx) if c.entity is not None and c.entity.id == entity_id]
    wanted_type, wanted_gender = WANTED[head.lower_]
    if not found or not type_fits(found[-1].speaker.type, wanted_type) or found[-1].gender not in {
            None, wanted_gender}:
        return None
    return Choice(entity_id, {}, found[-1])


def topic_choice(head: Token, choices: list[Choice], names: dict[int, str]) -> Choice | None:
    """The choice of the topic "As for …," names, or of the person a clause the pronoun opens leads up to
    ("Even as he accused …, Giuliani …"), where its type and gender fit the pronoun."""
    topic = topic_entity(head, names) or cataphora_entity(head, names)
    if topic is None:
        return None
    wanted_type, wanted_gender = WANTED[head.lower_]
    for choice in choices:
        candidate = choice.candidate
        if choice.key == topic and type_fits(candidate.speaker.type, wanted_type):
            return choice if candidate.gender in {None, wanted_gender} or not wanted_gender else None
    return None


def _question_put(clause: Token) -> bool:
    """The question of an opening "Asked (by X) if …," clause."""
    asked = clause.head
    return clause.dep_ in {"advcl", "ccomp"} and asked.lemma_.lower() == "ask" and asked.dep_ == "advcl" \
        and asked.tag_ in {"VBN", "VBD"} and asked.i < clause.i


def subject_just_before(head: Token, choices: list[Choice], names: dict[int, str],
                        paragraph_of: Callable[[int], int]) -> Choice | None:
    """ "Cowboys quarterback Dak Prescott threw for 274 yards and two touchdowns. He said afterward …": a he or she
    opening its sentence is the one person the sentence before, in its paragraph, names and opens with, where the
    text has not said that person's gender (a first name no list holds), rather than a speaker of an earlier
    paragraph whose gender the pronoun fits. First, the subject of a clause it joins (subject_of_the_clause_joined);
    then the one person of its gender the sentence before names (sole_of_gender_just_before)."""
    if (joined := subject_of_the_clause_joined(head, choices, names)) is not None:
        return joined
    if head.dep_ != "nsubj" or head.lower_ not in {"he", "she"} \
            or any(t.dep_ in {"nsubj", "nsubjpass"} for t in head.sent if t.i < head.i) or head.sent.start == 0:
        return None
    before = head.doc[head.sent.start - 1].sent
    if paragraph_of(before.start_char) != paragraph_of(head.idx):
        return None
    opened = _opened_with(head, before, choices, names) if head.head.dep_ == "ROOT" else None
    # the sentence's first word, whatever the parser hung it on ("She said …; he replied …")
    return opened or (sole_of_gender_just_before(head, before, choices, names, paragraph_of)
                      if head.i == head.sent.start else None)


def sole_of_gender_just_before(head: Token, before, choices: list[Choice], names: dict[int, str],
                               paragraph_of: Callable[[int], int]) -> Choice | None:
    """ "Treasurer Alan Whitcombe … accused Fiona Dart, the opposition's finance spokeswoman, of refusing to say how it
    would be paid for. She said …": a he or she opening its sentence is the one person of its gender that the sentence
    before names, rather than a speaker of that gender in an earlier paragraph; where the text has said the gender of
    everyone that sentence names, the person acts in it, it holds no quotation mark and no he or she of that gender and
    is not led by a description of a person, and no one of that gender is named earlier in the paragraph ("Dr Helen
    Park … said …. The trial enrolled 400 patients, including Maria Lopez, 54. She said": Park, not Lopez)."""
    wanted = WANTED.get(head.lower_, ("", None))[1]
    people = {c.key: c for c in choices if c.candidate.speaker.type == "PERSON"}
    if any(PRONOUN_GENDERS.get(t.lower_) == wanted or t.is_quote for t in before) \
            or _led_by_a_description(before, {i: key for i, key in names.items() if key in people}):
        return None  # a quotation's sentence, or "the Kentucky Republican … dismissed Obama's actions. He says"
    named = {names[t.i] for t in before if t.i in names} & set(people)
    if not named or any(people[key].candidate.gender is None for key in named):
        return None
    fitting = [key for key in named if people[key].candidate.gender == wanted]
    if len(fitting) != 1 or not _an_actor(before, fitting[0], names):
        return None
    earlier = {names[i] for i in _paragraph_before(head.doc, before.start, paragraph_of(head.idx), paragraph_of)
               if i in names}
    others = earlier & set(people) - set(fitting)
    return None if any(people[key].candidate.gender == wanted for key in others) else people[fitting[0]]


def _paragraph_before(doc: Doc, end: int, paragraph: int, paragraph_of: Callable[[int], int]) -> range:
    """The offsets of the tokens of `paragraph` before token `end`."""
    start = end
    while start > 0 and paragraph_of(doc[start - 1].idx) == paragraph:
        start -= 1
    return range(start, end)


# Prepositions before a name that make it no one acting in the sentence: "named after", "designed by", "including"
NOT_ACTING = frozenset({"after", "by", "including", "like", "as", "for"})


def _an_actor(sentence, key: str, names: dict[int, str]) -> bool:
    """Whether the sentence names the person otherwise than after "named after", "by", "including" …, or as someone's
    relative ("the defendant's brother, Marcus Webb")."""
    def acting(token: Token) -> bool:
        head = token.head if token.dep_ in {"compound", "flat"} else token
        if head.dep_ == "pobj" and head.head.lower_ in NOT_ACTING:
            return False
        return not (head.dep_ == "appos" and any(c.dep_ == "poss" for c in head.head.children))
    return any(acting(t) for t in sentence if names.get(t.i) == key)


def _led_by_a_description(sentence, people: dict[int, str]) -> bool:
    """Whether the sentence's main subject is a noun for a person that names no one (`people`: the token offsets of
    people's names), as "the Kentucky Republican" does not."""
    subject = next((t for t in sentence.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.pos_ in {"NOUN", "PROPN"} \
        and (person_noun(subject.lemma_.lower()) or subject.ent_type_ == "NORP") \
        and not any(t.i in people for t in subject.subtree)  # "Her counterpart at the CWB, Tom Lambert" names him


def _opened_with(head: Token, before, choices: list[Choice], names: dict[int, str]) -> Choice | None:
    """The one person the sentence before names and opens with, of a gender the text has not said."""
    people = {c.key for c in choices if c.candidate.speaker.type == "PERSON"}
    named = {names[t.i] for t in before if t.i in names} & people
    # the sentence opens with the name, its role words at most before it (the parser may make "quarterback" a verb)
    if len(named) != 1 or not named & {names.get(t.i) for t in before[:LEAD_WORDS]}:
        return None
    choice = next(c for c in choices if c.key in named)
    return choice if choice.candidate.gender is None else None


def subject_of_the_clause_joined(head: Token, choices: list[Choice], names: dict[int, str]) -> Choice | None:
    """ "Whitcombe said earlier that alerts went out at 1.58pm, but he acknowledged …": a he or she, subject of a
    clause joined by "and" or "but" to one whose subject is a person's name, is that person, where their gender
    fits and no other person it fits is named between."""
    verb, wanted = head.head, WANTED.get(head.lower_, ("", None))[1]
    if head.dep_ != "nsubj" or head.lower_ not in {"he", "she"} or verb.dep_ != "conj" or verb.head.dep_ != "ROOT" \
            or verb.head.i > head.i:  # main clauses only: not "said Carson had been led astray … and he singled out"
        return None
    subjects = [t for t in verb.head.children if t.dep_ in {"nsubj", "nsubjpass"} and t.i < head.i]
    if len(subjects) != 1 or subjects[0].i not in names or any(t.is_quote for t in head.doc[subjects[0].i : head.i]):
        return None  # not across a quotation mark: ""Jamie said … and walked off," she said"
    if any(PRONOUN_GENDERS.get(t.lower_) == wanted for t in head.doc[subjects[0].i + 1 : head.i]):
        return None  # "Smith, her lawyer, said …, but she said": another she is in view
    fitting = {c.key: c for c in choices
               if c.candidate.speaker.type == "PERSON" and c.candidate.gender in {None, wanted}}
    between = {names[i] for i in range(subjects[0].i + 1, head.i) if i in names} & set(fitting)
    subject = names[subjects[0].i]
    return fitting.get(subject) if not between - {subject} else None


# Verbs that report words: a sentence with one set inside ("Trump, Sexton said, has …") tells no one's act.
SAYING = frozenset({"say", "tell", "add", "write", "note", "argue", "claim", "insist", "explain", "recall"})
ASKING = frozenset({"ask", "question", "press", "quiz", "interview"})
# Verbs whose speaker answers the one who spoke before (speakers.Resolver._replied_to bars that one)
REPLYING = frozenset({"reply", "respond", "retort", "answer", "counter", "shoot"})
# What a reply answers: "The minister accused …. He replied".
CHARGING = frozenset({"accuse", "charge", "challenge", "criticise", "criticize", "attack", "blame", "demand", "taunt"})


def answers_a_charge(pronoun: Token, speakers: list[tuple[int, Speaker]]) -> bool:
    """ "The minister accused opposition members of … . He replied that …": a plain reply (no question put in its own
    sentence, "Asked …, she replied") to a charge or a question in the sentence just before, whose speaker is the one
    answered. Not "The detective said that was a lie. The detective leaned forward. He responded …": he goes on."""
    if not _replies(pronoun) or not speakers or any(
            c.dep_ == "advcl" and c.lemma_.lower() in ASKING for c in pronoun.head.children):
        return False
    source = _subject_at(pronoun.doc, speakers[-1][0])
    if source is None or source.head.lemma_.lower() not in CHARGING | ASKING:
        return False
    before = pronoun.sent.start - 1
    return before >= 0 and source.sent == pronoun.doc[before].sent


def _replies(pronoun: Token) -> bool:
    return pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in REPLYING


def _subject_at(doc: Doc, offset: int) -> Token | None:
    """The subject whose words start at `offset` ("minister" of "The minister accused"), if the source is one."""
    token = token_at(doc, offset)
    for _ in range(3):
        if token is None or token.dep_ in {"nsubj", "nsubjpass"}:
            return token
        token = token.head if token.head.i != token.i else None
    return None


def last_speaker_replied_to(head: Token, speakers: list[tuple[int, Speaker]],
                            paragraph_of: Callable[[int], int]) -> str | None:
    """ "“… a little skeptical,” Mr. Harlan said. / “I can see why …,” he replied": whoever spoke just before, in this
    paragraph or the one before, is the one replied to; not the one a question was put to ("Blumenthal was asked,
    “…?” He answered"), who answers it."""
    if not _replies(head) or not speakers:
        return None
    offset, speaker = speakers[-1]
    if speaker.entity is None or offset > head.idx or paragraph_of(head.idx) - paragraph_of(offset) > 1:
        return None
    source = _subject_at(head.doc, offset)
    asked = source is not None and source.dep_ == "nsubjpass" and source.head.lemma_.lower() in ASKING
    return None if asked else speaker.entity


def actor_before_the_quotation(head: Token, choices: list[Choice], names: dict[int, str], quotes: list[Quote],
                               paragraph_of: Callable[[int], int], paragraphs_back: int = 0) -> Choice | None:
    """ "Asked if he would celebrate, Pellow laughed. "Not yet," he said.": a he or she after a quotation that opens
    its sentence is the one person whose act the sentence before (in its paragraph, or, with `paragraphs_back` 1,
    ending the one before where the quotation opens its own) tells, the subject of its main verb, rather than a
    speaker of an earlier paragraph. Not one who replies ("X asked the witness …. "…," he replied")."""
    subjects = _subjects_before_the_quotation(head, quotes, paragraph_of, paragraphs_back) \
        if _a_subject_pronoun(head) else []
    if not subjects:
        return None
    people = [c for c in choices if c.candidate.speaker.type == "PERSON"]
    actors = {_person_named(t, names, people) for t in subjects}
    fitting = [c for c in people if c.key in actors and c.candidate.gender in {None, WANTED[head.lower_][1]}]
    return fitting[0] if len(actors) == 1 and len(fitting) == 1 else None


def actor_before(head: Token, choices: list[Choice], never: frozenset[str], not_across: frozenset[str],
                 resolver) -> Choice | None:
    """The one acting just before the quotation `head` follows, in its paragraph (not one of `never`: those the
    quotation names or the verb addresses), else at the end of the paragraph before (not one of `not_across`, which
    also holds those it speaks of: "Moreland had been questionable. / "She was incredible tonight," she said.")."""
    names, quotes, paragraph_of = resolver.by_token, resolver.quotes, resolver.paragraph_of
    return actor_before_the_quotation(head, [c for c in choices if c.key not in never], names, quotes, paragraph_of) \
        or actor_before_the_quotation(head, [c for c in choices if c.key not in not_across], names, quotes,
                                      paragraph_of, 1)


def subject_acting_before(head: Token, quotes: list[Quote], paragraph_of: Callable[[int], int]) -> Token | None:
    """ "Her daughter rolled her eyes, then smiled. "She says that …," she said.": the one subject of the main verb of
    the sentence before the quotation that `head` follows (in its paragraph or ending the one before), or where that
    subject is `head`'s pronoun again, of the sentence before that one in its paragraph."""
    subjects = _subjects_before_the_quotation(head, quotes, paragraph_of, paragraphs_back=1) \
        if _a_subject_pronoun(head) else []
    actor = subjects[0] if len(subjects) == 1 else None
    if actor is not None and actor.lower_ == head.lower_ and actor.sent.start > 0:
        # "The elder brother did not respond. Instead he held up a folder. "Ask …," he said.": the one he was
        earlier = actor.doc[actor.sent.start - 1].sent
        if paragraph_of(earlier.start_char) == paragraph_of(actor.idx):
            subjects = [t for t in earlier if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
            actor = subjects[0] if len(subjects) == 1 else None
    return actor


def _a_subject_pronoun(head: Token) -> bool:
    """A he or she that says, not one that replies: "X asked the witness …. "…," he replied" is the witness."""
    return head.lower_ in {"he", "she"} and head.dep_ == "nsubj" and head.head.lemma_.lower() not in REPLYING


def subjects_before_the_quotation(phrase: Token, quotes: list[Quote], paragraph_of: Callable[[int], int],
                                  passive: bool = False) -> list[Token]:
    """The subjects of the main verb of the sentence before the quotation that `phrase` (its first token) follows,
    in the quotation's paragraph or ending the one before: "Greg Halloway … had his hands over his face. / "I
    couldn't look …," the 56-year-old said": Greg Halloway."""
    return _subjects_before_the_quotation(phrase, quotes, paragraph_of, paragraphs_back=1, passive=passive)


def _subjects_before_the_quotation(head: Token, quotes: list[Quote], paragraph_of: Callable[[int], int],
                                   paragraphs_back: int = 0, passive: bool = False) -> list[Token]:
    quote = _quotation_just_before(head, quotes)
    if quote is None or quote.open_mark == 0 or quote.continues_previous:
        return []
    doc = head.doc
    mark = doc.char_span(quote.open_mark, quote.open_mark + 1, alignment_mode="expand")
    before = next((t for t in reversed(doc[:mark.start]) if not t.is_space), None) if mark else None
    if before is None or paragraph_of(quote.open_mark) - paragraph_of(before.idx) > paragraphs_back:
        return []
    sentence = before.sent
    if sentence.end_char > quote.open_mark or text_of(doc)[sentence.end_char:quote.open_mark].strip():
        return []  # the quotation does not open a sentence of its own
    if any(t.lemma_.lower() in SAYING and t.dep_ == "parataxis" for t in sentence):
        return []  # "Trump, Sexton said, has created …": someone's words about the subject, not the subject's act
    if sentence.root.lemma_.lower() in ASKING:
        return []  # "Mr. Conroy asked Mr. Sanders whether …. "Sure it is," he said": the one asked answers
    subjects = {"nsubj", "nsubjpass"} if passive else {"nsubj"}
    return [t for t in sentence if t.dep_ in subjects and t.head.dep_ == "ROOT"] or _subject_before_an_aside(sentence)


def _subject_before_an_aside(sentence) -> list[Token]:
    """ "McAllister, asked whether she had spoken to Rowley, said …": the subject the parser gave the participle set
    off after it rather than the main verb."""
    root = sentence.root
    return [t for t in sentence if t.dep_ == "nsubj" and t.head.tag_ in {"VBN", "VBD"} and t.head.head.i == root.i
            and t.i + 2 == t.head.i < root.i and t.doc[t.i + 1].text == ","]


def _person_named(subject: Token, names: dict[int, str], people: list[Choice]) -> str | None:
    """The entity `subject` names: by the recogniser, or, where it passed over a lone name ("Pellow laughed", "Han
    doesn't dispute", of Han Seo-yeon), the one person in view whose name ends or opens with it."""
    if subject.i in names:
        return names[subject.i]
    if subject.pos_ != "PROPN":
        return None
    owners = {c.key for c in people if subject.text in _ends(c.candidate.speaker.name.split())}
    return owners.pop() if len(owners) == 1 else None


def _quotation_just_before(head: Token, quotes: list[Quote]) -> Quote | None:
    """The quotation that ends right before `head`, but for a comma or a space: `"Not yet," he said`."""
    text = text_of(head.doc)
    for quote in quotes:
        if quote.close_mark is None:
            continue
        after = quote.close_mark + quote.close_width
        if after <= head.idx <= after + 3 and not text[after:head.idx].strip(" ,"):
            return quote
    return None


def _ends(words: list[str]) -> set[str]:
    return {words[0], words[-1]} if words else set()


def asker_just_before(head: Token, spoken: list[tuple[int, str]], paragraph_of: Callable[[int], int]) -> str | None:
    """ "“Who gave you that answer?” Gill asked. / “My father,” he said": the one who put a question in the paragraph
    just before is answered, not answering. `spoken`: where each named speaker so far was the source."""
    if head.dep_ != "nsubj" or not spoken or paragraph_of(head.idx) - paragraph_of(spoken[-1][0]) != 1:
        return None
    offset, entity_id = spoken[-1]
    asker = next((t for t in head.doc[max(0, head.sent.start - 40): head.i] if t.left_edge.idx == offset
                  and t.dep_ == "nsubj" and t.head.lemma_.lower() == "ask"), None)  # "inquiry counsel Devinder Gill"
    return entity_id if asker is not None and _question_before(asker) is not None else None


def _question_before(asker: Token) -> list[Token] | None:
    question = [t for t in asker.sent if t.i < asker.i]
    return question if any(t.text == "?" for t in question) else None


def the_one_asked(head: Token, choices: list[Choice], paragraph_of: Callable[[int], int],
                  by_token: dict[int, str]) -> Choice | None:
    """ "“… five separate injuries, does it, Mr Strachan?” the prosecutor asked. / “I don't know …,” he replied":
    the one a question just before calls by name at its end answers it."""
    if head.dep_ != "nsubj":
        return None
    paragraph = paragraph_of(head.idx)
    asker = next((t for t in reversed(head.doc[max(0, head.sent.start - 60): head.sent.start])
                  if t.dep_ == "nsubj" and t.head.lemma_.lower() == "ask" and paragraph_of(t.idx) == paragraph - 1), None)
    question = _question_before(asker) if asker is not None else None
    if question is None:
        return None
    marks = [t for t in question if t.text == "?" and t.i > 1 and t.doc[t.i - 1].i in by_token]
    if not marks:
        return None
    name = marks[-1].doc[marks[-1].i - 1]
    start = name.i
    while start > 0 and name.doc[start - 1].i in by_token and by_token[start - 1] == by_token[name.i]:
        start -= 1
    opening = name.doc[start - 1] if start > 0 else None
    if opening is None or opening.text != "," and person_titles().get(opening.lower_) is None:
        return None
    return next((c for c in choices if c.key == by_token[name.i]), None)


QUESTION_WORDS = frozenset(QUESTION_MARKS | {"why", "how", "what", "when", "where", "who", "which"})


def asker_or_asked(head: Token, chosen: str, by_token: dict[int, str], genders: dict[str, str | None],
                   wanted_gender: str | None) -> bool:
    """Whether `chosen` is one of two people of the pronoun's gender the sentence just before set a question between
    ("Reyes asked Fahey whether … . / “…,” she said"): the one asked may be answering, or the asker going on, and the
    text does not say which."""
    put = _question_put_just_before(head)
    if put is None:
        return False
    asker, asked = (by_token.get(t.i) for t in put)
    if chosen not in {asker, asked} or asker == asked:
        return False
    other = asked if chosen == asker else asker
    if any(by_token.get(t.i) == other for t in head.sent if t.i > head.i):
        return False  # "“…,” he told Hannity": the sentence itself sets the other one apart
    # each a person of the pronoun's gender, or (unnamed) the same pronoun ("She asked Fahey whether …")
    return all(genders.get(e) in {None, wanted_gender} if e is not None else token.lower_ == head.lower_
               for token, e in zip(put, (asker, asked)))


def _question_put_just_before(head: Token) -> tuple[Token, Token] | None:
    """(asker, asked) of the question the sentence before the pronoun's puts in its own main clause ("Okafor asked
    Brandt whether …", "asked Fahey about …"), in the pronoun's paragraph or ending the one before; not a request
    ("asked Brandt to …") and not one it tells of ("… when a young man asked Clinton why …")."""
    if head.sent.start == 0 or head.lower_ not in {"he", "she"}:
        return None
    before = head.doc[head.sent.start - 1].sent
    if text_of(head.doc).count("\n\n", before.start_char, head.idx) > 1 or any(t.is_quote for t in before):
        return None
    main = [t for t in before if t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ == "ROOT"]
    for verb in (t for t in main if t.lemma_.lower() == "ask" and t.tag_ in FINITE_TAGS):
        objects = [name for c in verb.children if c.dep_ in {"dobj", "dative"}  # "the new owner, Linda Fahey,"
                   for name in [c, *(a for a in c.children if a.dep_ == "appos")] if name.pos_ == "PROPN"]
        questions = [c for c in verb.children if c.i > verb.i and (
            c.dep_ == "ccomp" and c.left_edge.lower_ in QUESTION_WORDS or c.dep_ == "prep" and c.lower_ == "about"
            or c.dep_ == "advcl" and c.left_edge.lower_ in QUESTION_MARKS)]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(objects) == 1 and questions and len(subjects) == 1:
            return subjects[0], objects[0]
    return None
