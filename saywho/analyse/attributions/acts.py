"""Acts read as speech (issue 13, s19-acts): verbs that can report words but here tell of a deed, a filing,
authorship or the writer's own inference. Each family was read on PolNeAR train (docs/benchmarks.md, "Precision,
twelfth round"): PolNeAR's annotators mark some of these acts as attributions, but none reports anyone's words,
thoughts or stance, which is what saywho's users check."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues
from saywho.lexicons import classified

# What is convened or cancelled, not said: "called the hearing", "called a strike", "called snap elections".
CONVENED = {"meeting", "hearing", "vote", "election", "strike", "referendum", "session", "summit", "conference",
            "caucus", "recess", "convention", "rally", "halt", "moratorium", "ceasefire", "truce", "boycott"}
# Where the object says what the thing called is ("called the hearing a farce"), the calling is speech.
NAMING_DEPS = {"oprd", "dobj", "ccomp", "xcomp", "attr", "acomp"}
# What a taxpayer or a filer reports on a form: "taxpayers reporting capital gains", "reported $40,000 in income".
FILED = {"income", "gain", "wage", "salary", "deduction", "dividend"}
# "says something about the media", "says a lot about the party": a sign of something, not words.
SIGNS = {"something", "lot", "much", "volume", "plenty"}
MOVED_TO = {"into", "onto"}
THING_PRONOUNS = {"it", "this", "that", "what"}  # not "which": "a poll, which confirmed …"
# A sign's subject may be a noun or a whole clause: "The result says …", "That two hosts agreed says …".
SIGN_SUBJECT_DEPS = {"nsubj", "csubj"}
# Agreeing to talk is agreeing to words to come, which the audits count: "agreed to debate", "agreed to testify".
TALKING = {"debate", "talk", "discuss", "speak", "testify", "negotiate", "answer", "respond", "explain"}


def is_act(cue: Token) -> bool:
    """Whether the cue verb tells of an act rather than of words, thoughts or a stance."""
    return (agreed_deed(cue) or convened(cue) or filed(cue) or authored(cue) or sign_of(cue) or sign_below(cue)
            or said_piece(cue) or thing_confirms(cue) or moved_into(cue))


def agreed_deed(cue: Token) -> bool:
    """ "the bank agreed to lend him $5 million": a deal or a deed. "agreed that …" and "agreed to debate" (a verb
    of talking, or one on the cue list) stay."""
    if cue.lemma_.lower() != "agree":
        return False
    done = next((c for c in cue.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return done is not None and not cues.is_listed(done) and done.lemma_.lower() not in TALKING


def convened(cue: Token) -> bool:
    """ "Republicans had called the hearing", "called off the merger": convening or cancelling."""
    if cue.lemma_.lower() != "call":
        return False
    if _called_off(cue):
        return True
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lemma_.lower() not in CONVENED:
        return False
    named = [c for c in cue.children if c.dep_ in NAMING_DEPS and c.i != objects[0].i]
    return not named and not any(c.dep_ in NAMING_DEPS | {"appos"} for c in objects[0].children)


def filed(cue: Token) -> bool:
    """ "taxpayers reporting capital gains": what is filed on a form, not told."""
    if cue.lemma_.lower() != "report":
        return False
    return any(t.lemma_.lower() in FILED for c in cue.children if c.dep_ == "dobj" for t in c.subtree)


def authored(cue: Token) -> bool:
    """ "the song was written by X" (authorship, no content of anyone's) and "wrote off the senator"."""
    if cue.lemma_.lower() != "write":
        return False
    if _called_off(cue):
        return True
    return any(c.dep_ == "agent" for c in cue.children) and cues.complement_of(cue) is None


def sign_of(cue: Token) -> bool:
    """ "That two hosts agreed says something about the media": a thing or a fact that tells of something. Where
    the parser gives the verb no subject of its own, it is the clause before it that "says". "Ruiz said something
    about the plan" stays."""
    sign = next((c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in SIGNS), None)
    if cue.lemma_.lower() != "say" or sign is None:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "about" for c in (*cue.children, *sign.children)):
        return False
    subject = next((c for c in cue.children if c.dep_ in SIGN_SUBJECT_DEPS), None)
    if subject is None:
        return cue.dep_ != "conj"  # "X pledged … but said little about how" shares X
    return subject.dep_ == "csubj" or is_thing(subject)


def sign_below(cue: Token) -> bool:
    """ "That two hosts agreed says …", parsed with "agreed" above a subjectless "says": the agreeing is the sign's
    subject, not a cue with "says something about …" for content."""
    return any(c.dep_ == "ccomp" and sign_of(c) and not any(s.dep_ in SIGN_SUBJECT_DEPS for s in c.children)
               for c in cue.children)


def said_piece(cue: Token) -> bool:
    """ "once he has said his piece": an idiom with no content."""
    return cue.lemma_.lower() == "say" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "piece" and any(p.dep_ == "poss" for p in c.children)
        for c in cue.children)


def thing_confirms(cue: Token) -> bool:
    """ "the diagnosis confirmed what I always knew": a thing confirming is the writer's inference. A company, an
    official, a report or a poll confirming stays (the lexicons of people, organisations and documents)."""
    if cue.lemma_.lower() != "confirm":
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subject is not None and is_thing(subject)


def is_thing(head: Token) -> bool:
    """A subject that names no one who could speak: "it", "this", or a common noun that is neither a role, an
    organisation nor a cited source or document."""
    if head.lower_ in THING_PRONOUNS:
        return True
    if head.pos_ != "NOUN" or head.ent_type_ or any(c.dep_ == "appos" for c in head.children):
        return False  # "their children's school, Leaders' College," is named
    lemma = head.lemma_.lower()
    return lemma not in classified("role_nouns.txt") and lemma not in classified("sources.txt")


def _called_off(cue: Token) -> bool:
    """ "called off the merger", "wrote off the senator": with the particle "off" the verb cancels or dismisses."""
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in cue.children)


def moved_into(cue: Token) -> bool:
    """ "the trains pumping cool air into the shafts": a verb off the cue list that moves its object into or onto
    something. The cue table passes such verbs on a handful of train cases ("pump|object", 3 of 4: "pumps out
    articles", "pumped the chairman for information"); none with "into" or "onto" on train."""
    return (not cues.is_listed(cue) and cues.frame_of(cue) == cues.OBJECT
            and any(c.dep_ == "prep" and c.lower_ in MOVED_TO for c in cue.children))
