"""Parse shapes where the cue's speaker is not the subject the walk up the parse would meet (issue 13): the noun a
participle follows after "of" or "shows", the object of "urge X to …", and the main clause past an aside. Each shape
was read on PolNeAR train (docs/benchmarks.md, "Precision, ninth round"); sources.py walks the parse with them."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues, occasions
from saywho.analyse.attributions.acts import is_thing
from saywho.analyse.attributions.clause_shapes import is_to_infinitive
from saywho.analyse.attributions.drafts import WALK_LIMIT, _trim_punct
from saywho.analyse.attributions.subject_shapes import JUDGING_LEMMAS

# Verbs whose object does what the infinitive after it says: "urged Ortiz to apologize", "asked readers to guess",
# "led her to declare". Not "promise" (the subject keeps its promise), nor "used the money to …" (the subject acts).
OBJECT_CONTROL_LEMMAS = {"urge", "ask", "tell", "encourage", "press", "push", "implore", "beg", "invite",
                         "challenge", "pressure", "persuade", "convince", "remind", "warn", "order", "direct",
                         "instruct", "force", "lead", "prompt", "inspire", "allow", "advise", "require", "compel"}
# "calls on Congress to act": the one called on is the preposition's object ("called her to say" is the caller's).
CALLED_ON = {"on", "upon"}
CALLING_LEMMAS = {"call"}
# Lemmas whose object is what is shown, so that a participle right after it is the shown one's: "shows Lane asking".
SHOWING_LEMMAS = {"show", "feature"}
# Verbs of spending time, whose subject does what the participle after the time says: "spent the hour asking …".
TIME_SPENDING_LEMMAS = {"spend", "waste", "devote", "pass"}
# Marks pairs that set an aside off: "- where the team played -", "(…)", ", where …,".
ASIDE_CLOSERS = {"-": "-", "--": "--", "—": "—", "–": "–", "(": ")", ",": ","}


def controller(clause: Token) -> Token | None:
    """ "urged Mayor Paul Ortiz to apologize for suggesting …": the one who is to do what an infinitive says, where
    the verb above it is one of object control: its object ("urged X to"), the object of its "on" ("called on X to"),
    or its passive subject ("X was urged to"). None elsewhere."""
    verb = clause.head
    lemma = verb.lemma_.lower()
    if clause.dep_ != "xcomp" or lemma not in OBJECT_CONTROL_LEMMAS | CALLING_LEMMAS or not _has_to(clause):
        return None
    for child in verb.children:
        if child.i < clause.i and child.dep_ in {"dobj", "nsubjpass"} and lemma in OBJECT_CONTROL_LEMMAS:
            return child
        if child.i < clause.i and child.dep_ == "prep" and child.lower_ in CALLED_ON:
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def leaves_control(clause: Token) -> bool:
    """Whether the walk up from a cue leaves the reach of an infinitive's controller here: a comma's participle
    ("urging the governor to default, saying …"), a participle the parser joined to an infinitive ("urging voters to
    see the big picture and promising …": the urger's), or the means of the one who urges ("to persuade X to change
    … by arguing")."""
    if clause.dep_ == "advcl" or (clause.dep_ == "conj" and clause.tag_ != clause.head.tag_):
        return True
    return clause.dep_ == "pcomp" and clause.head.lower_ == "by"


def shown_speaker(participle: Token) -> Token | None:
    """ "footage of Senator Mary Lane asking, …", "the ad shows Lane asking …": a participle with no subject of its own
    right after a noun that is the object of "of" or of "shows" is that noun's doing, wherever the parser hung it
    (often on the main verb, whose subject is the one showing)."""
    if participle.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in participle.children):
        return None
    first = participle.left_edge.i
    if first == 0 or participle.dep_ not in {"advcl", "xcomp", "acl", "dep"}:
        return None
    if any(t.dep_ != "advmod" for t in participle.doc[first: participle.i]):
        return None  # "the occupants of the refuge - noting that …": a dash or comma between, not the noun's doing
    noun = participle.doc[first - 1]
    if noun.pos_ not in {"NOUN", "PROPN", "PRON"} or noun.ent_type_ in {"DATE", "TIME"}:
        return None
    if participle.head.lemma_.lower() in TIME_SPENDING_LEMMAS:
        return None  # "teachers spent much of every class asking students to …": who spends the time asks
    of = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    shown = noun.dep_ == "dobj" and noun.head.lemma_.lower() in SHOWING_LEMMAS
    return noun if of or shown else None


def past_an_aside(participle: Token) -> Token:
    """ "Protesters kept marching past the arena - where the team played the visitors - while chanting …": a "while
    V-ing" clause the parser hung on the verb of an aside set off by dashes, brackets or commas belongs to the clause
    the aside sits in; the first verb above the aside, or the participle's own head elsewhere."""
    verb = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or verb.dep_ == "ROOT" or verb.i > participle.i:
        return verb
    if not any(c.dep_ == "mark" for c in participle.children):
        return verb
    doc = participle.doc
    opener = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    closer = doc[participle.left_edge.i - 1]
    if opener is None or ASIDE_CLOSERS.get(opener.text) != closer.text or closer.i <= verb.i:
        return verb
    outside = verb.head
    while outside.pos_ not in {"VERB", "AUX"} and outside.head.i != outside.i:
        outside = outside.head  # "kept blocking the gate - where the trucks waited -": past the noun to its verb
    return outside


def _has_to(clause: Token) -> bool:
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children)


# The verbs of saying whose clause a second verb of the same speaker may be hung on ("He says he respects her and
# calls her …").
SAYING_LEMMAS = {"say", "tell", "insist", "acknowledge", "claim", "argue", "add", "note", "explain", "admit"}
RESUMING_PRONOUNS = {"he", "she", "they", "we", "i"}
# Verbs of saying that go on with the sayer when joined after what was said, whoever that was about: "Spicer said
# the party was not in a crisis, and urged everyone to relax" (Spicer urged, not the party).
GOES_ON_SAYING = {"say", "tell", "add", "urge", "insist", "note", "warn", "vow", "argue"}
# Saying in writing: "with Trump tweeting that it was a “disaster” and asking, “…”".
WRITING_LEMMAS = {"tweet", "write", "post"}


def reporter_of_coordinated(verb: Token, joined: Token) -> Token | None:
    """ "He says he respects Clinton and calls her “…”": the parser joins "calls" to "respects", inside what was
    said; the verb after "and" is the sayer's own act when the said clause's subject is a pronoun standing for the
    sayer (PolNeAR's source is the sayer). `joined` is the verb after "and", `verb` the one it is joined to."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING_LEMMAS or joined.i < verb.i:
        return None
    inner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    outer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if outer is not None and _tensed_like_the_sayer(verb, joined):
        return outer  # "She suggested the speechwriter be fired and defended Trump": her act, in her tense
    if inner is None or outer is None:
        return None
    if inner.lower_ not in RESUMING_PRONOUNS:
        return outer if goes_on_saying(joined) is not None or _said_by_no_such_thing(inner, joined, verb) else None
    if outer.lower_ in RESUMING_PRONOUNS and outer.lower_ != inner.lower_:
        return None  # "He says she …": another person
    return outer


def _said_by_no_such_thing(inner: Token, joined: Token, verb: Token) -> bool:
    """ "Coldwell said the result was ‘ridiculous’ and claimed the stewards had ignored …": a verb of saying after
    "and", in the sayer's tense, whose subject would be a thing that says nothing (no one, no body, no writing) is the
    sayer's second act."""
    return joined.lemma_.lower() in SAYING_LEMMAS and joined.tag_ == verb.head.tag_ and inner.lower_ != "it" \
        and is_thing(inner) and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in joined.children)


def _tensed_like_the_sayer(verb: Token, joined: Token) -> bool:
    """A finite verb after "and" in the tense of the verb of saying, joined to a passive clause in another form, or to
    a modal's bare verb, which no past or present tense can go on from ("O'Keefe said the union would fight the closure
    and accused the board …")."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children) and not any(c.dep_ == "nsubj" for c in verb.children)
    modal = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return (passive or modal) and joined.tag_ in {"VBD", "VBZ"} and joined.tag_ == verb.head.tag_ != verb.tag_ \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in joined.children)


def goes_on_saying(joined: Token) -> Token | None:
    """ "Spicer said the party was not in a crisis, and urged …": the verb of saying ("said") whose reported clause
    ("was") the parser joined a second verb of saying to; that verb is the sayer's next act (GOES_ON_SAYING). None
    elsewhere."""
    verb = joined.head
    if joined.dep_ != "conj" or joined.i < verb.i:
        return None
    if joined.lemma_.lower() not in GOES_ON_SAYING and not _judges_the_one_said_of(joined, verb):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in joined.children):
        return None
    saying = verb.head
    return saying if verb.dep_ == "ccomp" and saying.lemma_.lower() in SAYING_LEMMAS else None


# Object pronouns that cannot stand for the subject of their own verb ("Trump … criticized him" is not Trump himself).
OTHER_PERSON = {"him", "her", "them"}


def _judges_the_one_said_of(joined: Token, verb: Token) -> bool:
    """ "Ms. Khan said Mr. Trump was ''ignorant'' and criticized him for …": a verb of praise or blame whose object
    is a pronoun for the said clause's subject is not that subject's doing."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    judged = next((c for c in joined.children if c.dep_ == "dobj"), None)
    return joined.lemma_.lower() in JUDGING_LEMMAS and subject is not None and subject.pos_ == "PROPN" \
        and judged is not None and judged.lower_ in OTHER_PERSON


def with_second_subject(tokens: list[Token], subject: Token) -> list[Token]:
    """ "Yahoo News and former TV network anchor Katie Couric has promoted …": the parser gave the cue two subjects
    where the text joins them with "and"; the source is both."""
    last = tokens[-1]
    if last.dep_ != "cc" or last.i + 1 >= len(last.doc):
        return tokens
    verb = subject.head
    second = next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == last.i + 1), None)
    return tokens if second is None else tokens + list(second.subtree)


def without_occasion(tokens: list[Token], head: Token) -> list[Token]:
    """ "Jeb Bush in a Medium post said", "Dick Durbin (D-Ill.) in an interview": where the words were said, hung on
    the source's noun at its end, is no part of who said them."""
    for part in head.children:
        if part.dep_ == "prep" and part.i > head.i and part.lower_ in {"in", "during"} and occasions.occasion(part):
            kept = _trim_punct([t for t in tokens if t.i < part.i])
            if kept and all(t.i < part.i or t.i <= part.right_edge.i or t.is_punct for t in tokens):
                return kept
    return tokens


# Words that cannot end a noun phrase: what they led to was cut out of the source (a quotation, a clause). Not
# a floating "all", "both" or "each" ("they all said").
DANGLING_TAGS = {"CC", "IN", "TO", "WDT", "WP"}
ARTICLES = {"a", "an", "the"}


def without_dangling_word(tokens: list[Token]) -> list[Token]:
    """ "Serafinowicz, who’s starred in “Parks and Recreation” and": a source never ends on "and", "of" or "a"."""
    end = len(tokens)
    while end > 1 and (tokens[end - 1].tag_ in DANGLING_TAGS or tokens[end - 1].lower_ in ARTICLES) \
            and tokens[end - 1].dep_ != "pobj":
        end -= 1
    return tokens if end == len(tokens) else _trim_punct(tokens[:end])


# What a verb's complement word can be when the parser coordinates the next verb with it instead of with the verb.
COMPLEMENT_WORDS = {"oprd", "acomp", "dobj", "attr"}


def past_a_complement(verb: Token) -> Token | None:
    """ `He called it "shameful" and called on leaders …`: a finite verb the parser coordinated with the word before
    the "and" rather than with that word's verb shares the verb's subject."""
    word = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in cues.FINITE_TAGS or word.pos_ in {"VERB", "AUX"}:
        return None
    if word.dep_ not in COMPLEMENT_WORDS or word.head.pos_ not in {"VERB", "AUX"}:
        return None
    return word.head


def participle_joined_below(participle: Token) -> Token | None:
    """ "…, saying that the bill … was waylaid by voter mistrust - and arguing that …": a second participle of saying
    the parser joined to a verb inside what the first one said goes on with the first ("saying"), not with that verb's
    subject or agent."""
    node = participle.head
    joined = participle.dep_ == "conj" or (participle.dep_ == "advcl" and participle.doc[participle.i - 1].dep_ == "cc")
    if not joined or participle.tag_ != "VBG" or node.tag_ == "VBG" or node.i > participle.i:
        return None
    while node.dep_ in {"conj", "ccomp"} and node.head.i != node.i:
        node = node.head
        if node.tag_ == "VBG":
            return node if node.lemma_.lower() in SAYING_LEMMAS | GOES_ON_SAYING | WRITING_LEMMAS else None
    return None


# Conjunctions that open a clause saying when or why, which a participle after it does not go on.
SUBORDINATORS = {"after", "before", "when", "while", "as", "since", "because", "until", "once"}


def past_a_subordinate_clause(participle: Token) -> Token | None:
    """ "Hannity said … after the senator easily won his primary, remarking that …": a participle after a comma that
    the parser hung on the verb of a clause of time or reason goes on saying with the verb of saying that clause hangs
    on. After another verb it may go on with the clause ("The fracas erupted … after the tycoon entered the race …,
    calling them rapists"), and stays there."""
    clause = participle.head
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or clause.dep_ != "advcl" or clause.i > participle.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in clause.children):
        return None
    saying = clause.head.lemma_.lower() in SAYING_LEMMAS | GOES_ON_SAYING and clause.head.i < clause.i
    return clause.head if saying and participle.doc[participle.i - 1].text == "," else None


def finite_joined_to_an_infinitive(verb: Token) -> Token | None:
    """ "Romney ran on his ability to jolt the recovery into hyperdrive and accused Obama of …": a finite verb cannot
    go on an infinitive, so one the parser joined to a noun's "to" clause goes on the verb that holds the noun."""
    infinitive = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in cues.FINITE_TAGS or infinitive.dep_ != "acl" \
            or not is_to_infinitive(infinitive):
        return None
    holder = infinitive.head.head
    if infinitive.head.dep_ == "pobj" and holder.dep_ == "prep":
        holder = holder.head
    return holder if holder.pos_ in {"VERB", "AUX"} and holder.i < infinitive.i else None


RELATIVE_WORDS = {"who", "whose", "which"}


def without_relative_on_a_lone_name(tokens: list[Token], head: Token, cue: Token) -> list[Token]:
    """ "Ramos, who lives in Miami, said …": after a name of one word (a surname said again, mostly) PolNeAR's source
    is the name alone more often than the name with its relative clause (on PolNeAR train, of saywho's sources before
    their cue, 30 to 16); after a longer name the clause stays (69 to 34), and so it does after the cue (a tie)."""
    if head.i > cue.i or tokens[0].i != head.i or head.pos_ != "PROPN":
        return tokens
    clause = next((c for c in head.rights if c.dep_ == "relcl"), None)
    if clause is None or clause.left_edge.lower_ not in RELATIVE_WORDS or head.doc[clause.left_edge.i - 1].text != ",":
        return tokens
    return [t for t in tokens if t.i < clause.left_edge.i - 1]


# An aside after a name that says how, where or when the words came, not who the speaker is: "Schilling, through a
# spokeswoman,", "Clinton, clearly frustrated,", "Smith, delivering Cross' speech,", "Tester, himself up for reelection".
REFLEXIVES = {"himself", "herself", "themselves", "itself"}
# What opens an apposition or a list of members, which stays: "Mr. Sperling, then 38,", "Lewandowski, now a paid CNN
# commentator,", "Several Republican leaders, including Sens. John McCain …", "Mr. Mahaney, of RBC Capital Markets,".
APPOSITION_ADVERBS = {"then", "now", "once", "formerly", "also", "still", "long"}
MEMBERS_OR_ORIGIN = {"of", "including", "like", "such", "among", "from", "at",  # "Pantucci, at the Royal … Institute,"
                     "along", "together"}  # "Mara Quinlan, along with the organizer Tom Becket, say": several speak


def without_circumstance(tokens: list[Token], head: Token) -> list[Token]:
    """A name's aside that opens with a participle, a preposition (not "of"), an adverb or a reflexive pronoun is no
    part of the source, as PolNeAR marks it (train: 20 of such sources cut there, none of them kept whole)."""
    after = head.i + 1
    doc = head.doc
    if after + 1 >= len(doc) or doc[after].text != "," or not any(t.i == after + 1 for t in tokens):
        return tokens
    opening = doc[after + 1]
    if opening.lower_ in MEMBERS_OR_ORIGIN:
        return tokens
    participle = opening.tag_ == "VBG" and opening.dep_ not in {"amod", "compound"}  # not "managing director"
    following = doc[after + 2] if after + 2 < len(doc) else None
    apposing = opening.lower_ in APPOSITION_ADVERBS and following is not None and following.tag_ not in {"VBG", "IN"}
    adverb = opening.tag_ == "RB" and not apposing  # "also campaigning in Wisconsin", not "now a paid commentator"
    preposition = opening.tag_ == "IN"
    circumstance = participle or adverb or preposition or opening.lower_ in REFLEXIVES
    return [t for t in tokens if t.i <= head.i] if circumstance and tokens[0].i <= head.i else tokens


TIME_PREPOSITIONS = {"on", "in", "at", "during"}
ANONYMITY_WORDS = {"anonymity", "anonymously"}
CLAUSE_ON_A_NOUN = {"relcl", "acl", "advcl"}


def _in_apposition(token: Token, head: Token) -> bool:
    """ "The employee, a registered Republican who spoke …": the clause says who the apposition's noun is."""
    return any(t.dep_ == "appos" for t in token.ancestors if head.is_ancestor(t))


def without_anonymity(tokens: list[Token], head: Token) -> list[Token]:
    """ "a Warren adviser, who spoke on the condition of anonymity to speak candidly,": why the source is not named is
    no part of it, as PolNeAR marks it (train: 11 such sources cut there, 2 kept whole); a clause that also says
    who the source is stays ("an official who was briefed on the talks and spoke anonymously")."""
    inside = {t.i for t in tokens}
    clauses = [t for t in tokens if t.dep_ in CLAUSE_ON_A_NOUN and t.i > head.i and t.head.i in inside
               and any(w.lower_ in ANONYMITY_WORDS for w in t.subtree)]
    clause = clauses[-1] if clauses else None  # the innermost: "one Republican involved in the planning, who spoke …"
    if clause is not None and not any(c.dep_ == "conj" for c in clause.children) and not _in_apposition(clause, head):
        return _trim_punct([t for t in tokens if t.i < clause.left_edge.i])
    return tokens


def without_even(tokens: list[Token], head: Token) -> list[Token]:
    """ "Even some allies said": PolNeAR's source is the allies; "even" is the writer's."""
    first = tokens[0] if tokens else None
    if first is None or first.lower_ != "even" or first.dep_ != "advmod" or first.i >= head.i:
        return tokens
    # "which even critics say was …": there the content's "which" leaves no room for "even" outside both
    return tokens if first.i > 0 and first.doc[first.i - 1].tag_ in {"WDT", "WP"} else tokens[1:]


def without_time_phrase(tokens: list[Token], head: Token) -> list[Token]:
    """ "The Sanders campaign on Monday said": when it was said is not who said it."""
    end = len(tokens)
    while end > 0 and tokens[end - 1].ent_type_ in {"DATE", "TIME"} and tokens[end - 1].i > head.i:
        end -= 1
    if end == len(tokens) or end == 0:
        return tokens
    preposition = tokens[end - 1]
    # on the source's own noun: "Trump on Tuesday"; not inside its relative clause ("who ran in 2008")
    if preposition.lower_ not in TIME_PREPOSITIONS or preposition.head.i != head.i or preposition.i < head.i:
        return tokens
    return _trim_punct(tokens[: end - 1])


def subject_left_as_root(verb: Token) -> Token | None:
    """ "State Sen. Maria Lopez, whose district includes two Northgate hospitals, called the news …": after a
    relative clause set off by commas the small parser may hang the finite verb on the clause's last noun; the noun
    the relative clause describes is the verb's subject."""
    comma = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or comma is None or comma.text != ",":
        return None
    clause = _relative_clause_above(verb.head)
    described = clause.head if clause is not None else None
    return described if described is not None and described.pos_ in {"PROPN", "NOUN"} else None


def participle_out_of_a_relative(participle: Token) -> Token | None:
    """ "Gov. Helen Marsh vetoed a bill that would have allowed cities to cap rents, siding with landlords": a
    participle set off by a comma at the end of its sentence, which the parser hung inside a relative clause, goes
    with the sentence's own verb (the one whose object the relative clause describes); that verb, to read its
    subject."""
    doc = participle.doc
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.i == 0 or doc[participle.i - 1].text != ",":
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[participle.right_edge.i + 1: participle.sent.end]):
        return None  # not the sentence's last phrase
    clause = _relative_clause_above(participle.head)
    subject = None if clause is None else next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if clause is None or clause.head.dep_ not in {"dobj", "attr"} or subject is None or subject.tag_ != "WDT":
        return None  # "a news conference in which he continued …, mocking": the clause's own subject goes on
    outer = clause.head.head
    return outer if outer.pos_ in {"VERB", "AUX"} and outer.i < participle.i else None


def _relative_clause_above(token: Token) -> Token | None:
    """The relative clause's verb at or above `token`, if the parse hangs it inside one."""
    node = token
    for _ in range(WALK_LIMIT):
        if node.dep_ == "relcl":
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None
