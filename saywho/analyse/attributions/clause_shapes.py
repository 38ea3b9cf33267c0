"""Parse shapes where the cue's speaker is not the subject the walk up the parse would meet, third round (issue 13,
s20-who): a participle set off after a clause inside the main one ("argued that a database would keep …, saying":
the arguer's, not the database's) and a participle after "left X", "found X", "heard X" (X's doing, or the passive
subject's in "are left wondering"); mention_phrases.after_a_dash cuts a source run leftwards across a dash. Read on
PolNeAR train (docs/benchmarks.md, "Precision, fifteenth round");
sources.py walks the parse with them."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues
from saywho.lexicons import person_noun

# Marks that set a trailing participle off from the clause before it.
SETTING_OFF = {",", "-", "--", "—", "–"}
# Clauses inside the main one that have a subject of their own: "argued that X would …", "the notion that X is …",
# "a builder who said …".
EMBEDDED = {"ccomp", "acl", "relcl"}
SUBJECTS = {"nsubj", "nsubjpass"}
# Verbs whose object does what a participle after it says: "left many voters feeling", "heard her saying".
SMALL_CLAUSE_LEMMAS = {"leave", "find", "see", "hear", "catch", "watch", "spot", "notice", "overhear"}
# Verbs that report events, whose participle after the event goes on with it: "The Journal reported that the firm
# advertised her availability, noting …", "court filings revealed that he has sought damages, alleging …".
EVENT_REPORTS = {"report", "reveal", "disclose", "show", "find"}
FINITE = cues.FINITE_TAGS
NAMED = {"PERSON", "ORG", "GPE", "NORP"}
NO_ONE = {"it", "what", "which", "that", "this", "who", "whom", "there"}


def _adding(participle: Token) -> bool:
    """ "said Mr Marlow had shown …, adding: …": adding goes on with a saying, which the inner clause's named subject
    does not do (a clause that is itself a saying is left to its own speaker below)."""
    return participle.lemma_.lower() == "add"


def _takes_a_thing(verb: Token) -> bool:
    """ "had shown a persistent disregard": a verb of saying used of a thing done, with an object and no clause."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not person_noun(c.lemma_.lower()) for c in verb.children) \
        and not any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)  # not "told officers he had been at home"


def out_of_embedded(participle: Token) -> Token | None:
    """ "Trump argued that a database would keep people out, saying …", "denied the notion that a shakeup is coming,
    explaining …", "a builder who said he was cheated, saying …": a participle with no subject of its own, set off by
    a comma or dash and hung on the finite verb of a clause inside the main one (a complement clause after its verb,
    a "that" clause on the verb's object, a relative clause led by "who" or "which"), belongs to the clause that holds
    it; that clause's verb. Not where the inner clause's subject is a name ("welcomed the news that Kasich would quit,
    saying": read both ways on train), nor where the holding verb comes after ("…,” Giuliani said"), is no
    verb of saying ("The concern is that …") or reports events ("reported that the firm advertised …, noting"), nor
    where a complement clause is itself someone's saying ("…, the source recalled, adding"). An "adding" goes out past a
    name too. None elsewhere."""
    verb = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or verb.i > participle.i:
        return None
    if any(c.dep_ in SUBJECTS | {"mark"} for c in participle.children):
        return None
    if not _set_off(participle):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if verb.dep_ not in EMBEDDED or subject is None or not _finite(verb) or (_named(subject) and not _adding(participle)):
        return None
    if verb.dep_ == "relcl" and subject.tag_ not in {"WP", "WDT"}:
        return None  # "a news conference in which he continued …, mocking": the clause's own subject's
    if verb.dep_ != "relcl" and cues.reports_quotes(verb) and not (_adding(participle) and _takes_a_thing(verb)):
        return None  # "Grayson said …, the source recalled, adding": the inner clause's own speaker goes on
    outside = verb.head if verb.dep_ == "ccomp" else _verb_of(verb.head)
    if outside is None or outside.i > verb.i:
        return None
    if not cues.may_be_cue(outside) and not _acted_on_by_a_sayer(verb, outside):
        return None  # "The concern is that … could undermine …, calling": no one's saying holds the clause
    if outside.lemma_.lower() in EVENT_REPORTS:
        return None
    return outside


def _set_off(participle: Token) -> bool:
    """A comma or dash before the participle, also one inside a quotation's closing mark ("has “expanded the
    party,” claiming")."""
    before = participle.left_edge.i - 1
    while before > 0 and participle.doc[before].tag_ == "''":
        before -= 1
    return before >= 0 and participle.doc[before].text in SETTING_OFF


def _acted_on_by_a_sayer(clause: Token, outside: Token) -> bool:
    """ "A judge blocked a Texas law that would have banned …, calling it …": a "that" or "which" clause telling what
    a thing does, on the object of someone's act; the act's subject goes on, not the thing."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    return clause.dep_ == "relcl" and subject is not None and subject.tag_ == "WDT" and not cues.may_be_cue(clause) \
        and any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in outside.children)


def _verb_of(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition ("not paying a builder", "went after a
    builder")."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head
    return noun.head if noun.dep_ in {"dobj", "prep"} and noun.head.pos_ in {"VERB", "AUX"} else None


def _finite(verb: Token) -> bool:
    """A clause with a tense of its own ("would keep", "is coming", "said"), not a participle ("remember Carter going
    on TV")."""
    return verb.tag_ in FINITE or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE | {"MD"} for c in verb.children)


def _named(subject: Token) -> bool:
    """A name that may speak for itself; not an institution called by "the" ("wrote that the Legislature should
    require …, noting": the writer notes)."""
    if subject.pos_ == "PROPN" and subject.ent_type_ not in {"PERSON", "NORP"} \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
            and not any(c.dep_ == "compound" for c in subject.children):
        return False
    return subject.pos_ == "PROPN" or subject.ent_type_ in NAMED


def small_clause_subject(clause: Token) -> Token | None:
    """ "The war's end left many nations feeling safe", "conservatives are left wondering whether …": a participle
    right under "leave", "find", "hear" … is its object's doing, or the passive subject's; not the subject's ("the
    war's end"). None elsewhere."""
    verb = clause.head
    if clause.dep_ != "xcomp" or clause.tag_ != "VBG" or verb.lemma_.lower() not in SMALL_CLAUSE_LEMMAS:
        return None
    if any(c.dep_ in SUBJECTS or (c.dep_ == "aux" and c.lower_ == "to") for c in clause.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    wanted = "nsubjpass" if passive else "dobj"
    found = next((c for c in verb.children if c.dep_ == wanted and c.i < clause.i), None)
    if found is None or found.pos_ not in {"NOUN", "PROPN", "PRON"} or found.lower_ in NO_ONE:
        return None
    return found


# What stands between a subject and its verb: "others have said", "parents have since complained".
BEFORE_VERB = {"aux", "auxpass", "neg", "advmod"}
JOINING = {"and", "but"}


def subject_joined_as_object(verb: Token) -> Token | None:
    """ "Several teachers have said they will skip the meeting and parents have complained …": the parser joined the
    second clause's subject to the first clause's object ("the meeting and parents"), and left the second verb with
    no subject; that subject is the noun right before the verb's auxiliaries, one of them finite ("have", "will",
    "are"), joined by "and" or "but"; with no auxiliary, a name before a verb with a tense ("prosecutors charged the
    officer with murder and Emanuel fired his police chief"). None elsewhere."""
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in SUBJECTS | {"expl"} for c in verb.children):
        return None
    start = verb.i
    while start > 0 and verb.doc[start - 1].head.i == verb.i and verb.doc[start - 1].dep_ in BEFORE_VERB:
        start -= 1
    between = verb.doc[start: verb.i]
    tensed = any(t.dep_ in {"aux", "auxpass"} and t.tag_ in FINITE | {"MD"} for t in between)
    noun = verb.doc[start - 1] if start >= 2 else None
    if noun is None or not (tensed or (verb.tag_ in FINITE and noun.pos_ == "PROPN")):
        return None  # "and parents complained" (no auxiliary), "Twitter and Facebook to be" (no tense): as parsed
    if noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN", "PRON"} or noun.head.dep_ not in {"dobj", "pobj"}:
        return None
    joined = verb.doc[noun.left_edge.i - 1]
    return noun if joined.lower_ in JOINING and joined.head.i == noun.head.i else None


def is_to_infinitive(verb: Token) -> bool:
    """A base-form verb after "to": "went on to say", "pointed to a previous case to say"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_another_ones_act(verb: Token) -> bool:
    """A verb joined to the one before it by "and" or "but", told in the past of a subject named there ("…, and
    Meridale filed a presentation"): another one's act, not more of what the first verb reports ("said the deal was
    good, and Democrats would need to …" goes on reporting)."""
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and not any(c.tag_ == "MD" for c in verb.children) and any(
        c.dep_ in SUBJECTS and c.pos_ == "PROPN" for c in verb.children)
