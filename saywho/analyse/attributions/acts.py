"""Acts read as speech (issue 13, s19-acts): verbs that can report words but here tell of a deed, a filing,
authorship or the writer's own inference. Each family was read on PolNeAR train (docs/benchmarks.md, "Precision,
twelfth round"): PolNeAR's annotators mark some of these acts as attributions, but none reports anyone's words,
thoughts or stance, which is what saywho's users check. The third round (s20-acts, "Precision, sixteenth round"):
finding oneself or finding it hard, a court's ruling on a request, a lawyer's defence, a thing pumping from
somewhere, and "which" standing for a thing that confirms."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues
from saywho.analyse.cue_extent import REFLEXIVES
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
MOVED_FROM = {"from"}  # "fans pumping cold air from below": only with a thing for subject
THING_PRONOUNS = {"it", "this", "that", "what"}  # not "which": "a poll, which confirmed …"
# A sign's subject may be a noun or a whole clause: "The result says …", "That two hosts agreed says …".
SIGN_SUBJECT_DEPS = {"nsubj", "csubj"}
# Agreeing to talk is agreeing to words to come, which the audits count: "agreed to debate", "agreed to testify".
TALKING = {"debate", "talk", "discuss", "speak", "testify", "negotiate", "answer", "respond", "explain"}


def is_act(cue: Token) -> bool:
    """Whether the cue verb tells of an act rather than of words, thoughts or a stance."""
    return (agreed_deed(cue) or convened(cue) or filed(cue) or authored(cue) or sign_of(cue) or sign_below(cue)
            or said_piece(cue) or thing_confirms(cue) or moved_into(cue) or found_so(cue) or ruled_on(cue)
            or defended_client(cue) or learned_a_skill(cue))


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
    if subject is not None and subject.lower_ == "which" and cue.dep_ == "relcl":
        subject = cue.head  # "died of cancer, which confirmed what I feared": the cancer confirms
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
    articles", "pumped the chairman for information"); none with "into" or "onto" on train. With a thing for subject,
    "from" too: "fans in the tunnel pumping cold air from below" (2 on train, neither gold-matched nor anyone's words)."""
    if cues.is_listed(cue) or cues.frame_of(cue) != cues.OBJECT:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    moved = MOVED_TO | (MOVED_FROM if subject is not None and is_thing(subject) else set())
    return any(c.dep_ == "prep" and c.lower_ in moved for c in cue.children)


# "will find it hard to repeat his attacks": how hard a thing is for someone, not a finding.
EASE = {"hard", "difficult", "easy", "impossible", "tough", "harder", "easier", "tougher"}
# "finds it hard to believe that …": a doubt, which is a stance.
DOUBTED = {"believe", "imagine", "accept", "understand", "see", "fathom", "trust", "swallow"}


def found_so(cue: Token) -> bool:
    """ "Hale found himself embroiled in a fight", "will find it hard to repeat his attacks": where someone ends up,
    or how hard something is, not what they found out. The word after the verb is its object or, as the parser
    reads these, the subject of a small clause. "The poll found that …", "I find his message chilling" and "finds it
    hard to believe that …" (a doubt) stay."""
    doc = cue.doc
    if cue.lemma_.lower() != "find" or cue.i + 2 >= len(doc):
        return False
    found, how = doc[cue.i + 1], doc[cue.i + 2]
    if found.lower_ in REFLEXIVES:
        return True
    doubted = cue.i + 4 < len(doc) and doc[cue.i + 3].lower_ == "to" and doc[cue.i + 4].lemma_.lower() in DOUBTED
    return found.lower_ == "it" and how.lower_ in EASE and not doubted


# A court ruling on what was asked of it: "A judge has rejected a request to unseal the file".
COURTS = {"judge", "court", "justice", "panel", "magistrate", "tribunal", "jury"}
RULINGS = {"reject", "deny", "grant", "dismiss", "refuse", "uphold", "throw"}
REQUESTS = {"request", "motion", "petition", "appeal", "application", "bid", "lawsuit", "suit", "case", "plea",
            "challenge"}


def ruled_on(cue: Token) -> bool:
    """ "A judge has rejected a request to unseal the file": a court's ruling is a deed. "The judge rejected the claim
    that …" (a claim weighed) and a person rejecting an offer stay."""
    if cue.lemma_.lower() not in RULINGS:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    asked = next((c for c in cue.children if c.dep_ == "dobj"), None)
    return (subject is not None and subject.lemma_.lower() in COURTS and asked is not None
            and asked.lemma_.lower() in REQUESTS)


# Whom a lawyer defends: "defended people accused of fraud", "defended clients charged with murder".
CLIENTS = {"client", "defendant"}
CHARGED = {"accuse", "charge", "convict", "indict", "sue"}


def defended_client(cue: Token) -> bool:
    """ "she defended people accused of fraud": a lawyer's work in court. "defended his record", "defended Cruz"
    (a stance) stay."""
    if cue.lemma_.lower() != "defend":
        return False
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in CLIENTS or any(
        a.dep_ == "acl" and a.lemma_.lower() in CHARGED for a in c.children)) for c in cue.children)


# Putting out a piece of writing or footage: "issued a statement", "wrote the letter", "posted a video". What the
# piece says is not given, so nothing was reported (a piece with its words or gist, "issued a statement saying …",
# "wrote a letter urging …", is another frame). Not "retweeted the message": passing on someone's words.
PRODUCING = {"issue", "write", "post", "tweet", "publish", "release", "pen", "send", "put"}
PIECES = {"statement", "letter", "message", "tweet", "post", "video", "clip", "book", "dissertation", "memo", "op-ed",
          "column", "essay", "article", "editorial", "note", "email", "e-mail", "speech", "ad", "advertisement",
          "release", "photo", "picture", "image", "song", "poem", "novel", "blog", "piece", "update", "list"}


def made_a_piece(cue: Token) -> bool:
    """ "Trump issued a formal statement", "Baker wrote the letter": the cue's only complement is the piece it
    puts out, and nothing in the piece's phrase tells what it says."""
    if cue.lemma_.lower() not in PRODUCING or cues.complement_of(cue) is not None:
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lemma_.lower() not in PIECES:
        return False
    piece = list(objects[0].subtree)
    return not any(t.pos_ in {"VERB", "AUX"} or t.is_quote or t.dep_ in {"prep", "appos"} for t in piece)


# What "learned" takes when it tells of something found out ("learned that …", "learned how to see in the dark",
# "learned the truth", "learned of the plan"), as PolNeAR marks it.
LEARNED_WHAT = {"ccomp", "xcomp", "dobj", "advcl"}
LEARNED_ABOUT = {"of", "about"}
LEARNED_WHERE = {"in", "at"}


def learned_a_skill(cue: Token) -> bool:
    """ "He learned in the arcades of Gardena, California, in the 1980s": where someone picked something up, with
    nothing found out."""
    if cue.lemma_.lower() != "learn" or cues.complement_of(cue) is not None or cue.dep_ in {"advcl", "parataxis"} \
            or not any(c.dep_ == "prep" and c.lower_ in LEARNED_WHERE for c in cue.children):
        return False  # not "The plan, the Chronicle has learned, would …", "As the family learned on Tuesday, …"
    return not any(c.dep_ in LEARNED_WHAT or (c.dep_ == "prep" and c.lower_ in LEARNED_ABOUT) for c in cue.children)
