"""More parse shapes where the cue's speaker is not the subject the walk up the parse meets (issue 13, s19-subj2):
a passive cue with no agent ("when it was revealed that …"), a participle after a passive ("was booed by supporters
after telling …"), "V X for V-ing" ("mocked X for calling …") and a capitalised verb read as a noun at a sentence's
start ("Keeps saying …"). Read on PolNeAR train (docs/benchmarks.md, "Precision, fourteenth round");
sources.py walks the parse with them."""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse import cues
from saywho.analyse.cue_extent import name_read_as_adverb
from saywho.analyse.frame_contents import label_colon
from saywho.analyse.name_cleaning import DASHES, in_dateline, is_joining_hyphen
from saywho.analyse.name_labels import SPEAKING_FOR
from saywho.analyse.subject_clauses import subject_read_as_clause

# Words a passive subject can be that name no one: the expletive "it", relative and question pronouns.
NO_ONE = {"it", "what", "which", "that", "this", "who", "whom"}
# Verbs that take a gerund and are sometimes tagged a noun at a sentence's start: "Keeps saying", "Continues
# insisting"; such a word is no one who speaks.
ASPECT_VERBS = {"keeps", "kept", "continues", "continued", "starts", "started", "begins", "began", "stops",
                "stopped", "quits", "goes", "went", "denies", "denied", "avoids", "avoided", "recalls", "recalled"}
# "was booed after telling", "was criticised for claiming": prepositions of time or cause before a participle.
ADJUNCT_PREPOSITIONS = {"after", "before", "while", "since", "upon", "on", "without", "despite", "for"}
# Verbs of praise and blame: "praised X for V-ing" is X's doing.
JUDGING_LEMMAS = {"praise", "criticize", "criticise", "blame", "thank", "mock", "attack", "fault", "rebuke", "slam",
                  "chastise", "scold", "condemn", "applaud", "credit", "commend", "reprimand", "chide", "knock",
                  "ridicule", "lambaste", "lambast", "denounce", "blast", "berate", "castigate", "excoriate",
                  "congratulate", "hail", "laud", "skewer", "assail", "deride", "lampoon", "ding", "fine", "punish",
                  "sue", "reward", "honor", "honour", "forgive"}


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def passive_without_agent(cue: Token) -> bool:
    """ "when it was revealed that the mayor had lied": a passive cue with a subject of its own and no "by" names
    no speaker; the walk must not climb to the clause it hangs on ("The council voted …"). Not "is shown
    lecturing": the participle is the passive subject's doing."""
    children = list(cue.children)
    if cue.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "auxpass" for c in children) or misread_as_passive(cue):
        return False
    if any(c.tag_ == "VBG" and c.i > cue.i and c.lower_ != "according" for c in children):
        return False  # not "…, according to the indictment": a source of its own, not the passive subject's doing
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    return subject is not None and not any(c.dep_ == "agent" for c in children)


def passive_subject(participle: Token) -> Token | None:
    """ "Ms. Vale was booed by supporters after telling them …", "she was suspended after slamming …": a participle
    hung on a passive verb by a preposition of time or cause, or as a clause of its own, is the passive's subject's
    doing, not the agent's; a clause of its own set off by a comma or led by "after", "while" … ("interviewed
    about Pope Francis calling …" is the Pope's). Only a name or a personal pronoun ("Four people were injured, showing the gulf …" is
    no one's saying; "was justified by arguing" is the means of someone unnamed). None elsewhere."""
    if participle.tag_ != "VBG" or _has_subject(participle):
        return None
    if participle.dep_ == "pcomp" and participle.head.lower_ in ADJUNCT_PREPOSITIONS:
        verb = participle.head.head if participle.head.dep_ == "prep" else participle.head
    elif participle.dep_ == "advcl" and _set_off(participle):
        verb = participle.head
    else:
        return None
    if verb.dep_ == "conj" and not any(c.dep_ in {"auxpass", "nsubj"} for c in verb.children):
        verb = verb.head  # "was booed and shouted down by supporters after telling …": the passive's "was" is shared
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in NO_ONE or subject.pos_ not in {"PROPN", "PRON"}:
        return None
    return subject


def object_for(clause: Token) -> Token | None:
    """ "Critics mocked Senator Ray Dunn for calling himself a reformer": a "for V-ing" hung on a verb of praise or
    blame with an object before it is the object's doing ("blamed the network for reporting"; not "took home the
    award for exemplifying"). None elsewhere."""
    preposition = clause.head
    if clause.dep_ != "pcomp" or clause.tag_ != "VBG" or preposition.lower_ != "for" or preposition.dep_ != "prep":
        return None
    if _has_subject(clause):
        return None
    verb = preposition.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in JUDGING_LEMMAS:
        return None
    found = next((c for c in verb.children if c.dep_ == "dobj" and c.i < preposition.i), None)
    if found is None or found.pos_ not in {"NOUN", "PROPN", "PRON"} or found.lower_ in NO_ONE:
        return None
    return found


def verb_read_as_noun(head: Token, cue: Token) -> bool:
    """ "Keeps saying she opposed the war" (a letter, the subject left out): the sentence's first word, a verb that
    takes a gerund, tagged a noun right before the cue, is no one."""
    if head.i != head.sent.start or head.i + 1 != cue.i or cue.tag_ != "VBG":
        return False
    return head.lower_ in ASPECT_VERBS and not head.ent_type_ and not list(head.children)


def _set_off(clause: Token) -> bool:
    """A clause after a comma ("…, not once referring to …") or led by a conjunction ("while saying")."""
    first = clause.left_edge.i
    return any(c.dep_ == "mark" for c in clause.children) or (first > 0 and clause.doc[first - 1].text == ",")


# Words that open a noun phrase: what the subject after a label begins with.
PHRASE_OPENERS = {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"}


def past_a_label(head: Token, cue: Token) -> Token | None:
    """ "The Latest: Trump urges …", "Correction: An earlier version of this story incorrectly indicated …": a label
    before a colon is no speaker; the subject is the noun phrase between the colon and the cue. None where the
    source does not end on such a colon, or no phrase stands after it (a transcript's "Q: Now you're …")."""
    colon = label_colon(head)
    if colon is None or colon.i + 1 >= cue.i or colon.sent != cue.sent:
        return None
    node = colon.nbor()
    if node.pos_ not in PHRASE_OPENERS:
        return None
    while colon.i < node.head.i < cue.i and node.head.i != node.i:
        node = node.head
    return node if node.right_edge.i < cue.i and node.pos_ in {"NOUN", "PROPN", "PRON"} else None


def subject_in_a_participle(cue: Token) -> Token | None:
    """ "Large majorities of Republican voters going to the polls on Tuesday said …", "Republican activists clamoring
    to block Trump say …": the parser makes the participle a clause of the cue (csubj, advcl) with the noun as its
    subject, so the cue seems to have none. The noun is who says; its phrase runs to the participle's end."""
    if _has_subject(cue):
        return None
    clauses = [c for c in cue.children if c.i < cue.i and c.dep_ in {"csubj", "advcl"} and c.tag_ == "VBG"]
    if cue.dep_ == "dep" and cue.head.tag_ == "VBG" and cue.head.i < cue.i and not cues.reports_quotes(cue.head):
        clauses.append(cue.head)  # or the participle the root, the cue hung on it (not a saying: "X, noting …, said")
    for clause in clauses:
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        opening = next((t for t in clause.subtree if t.dep_ not in {"cc", "punct", "advmod"}), None)  # not "But"
        if subject is not None and opening == subject.left_edge and subject.pos_ in {"NOUN", "PROPN"}:
            return subject
    return None


def participle_cue(clause: Token) -> Token | None:
    """The cue a participle's clause hangs on, or the cue hung on the participle the parser made the root."""
    if clause.head.i != clause.i:
        return clause.head
    return next((c for c in clause.children if c.dep_ == "dep" and c.i > clause.i), None)


def participle_end(subject: Token) -> int:
    """Where a subject found by `subject_in_a_participle` ends: with its participle's phrase, and the rest of a name
    the parser cut ("going to the polls on Super Tuesday", "Tuesday" hung on the cue)."""
    doc, clause, cue = subject.doc, subject.head, participle_cue(subject.head)
    assert cue is not None  # `subject_in_a_participle` found the subject through it
    end = clause.right_edge.i
    if cue.head.i == clause.i:  # the cue hung on the participle: the clause's words before the cue's own
        below = {t.i for t in cue.subtree}
        end = max(t.i for t in clause.subtree if t.i < cue.i and t.i not in below)
    while end + 1 < cue.i and doc[end].pos_ == "PROPN" and doc[end + 1].pos_ == "PROPN":
        end += 1
    return end


def number_as_subject(cue: Token) -> Token | None:
    """ "About 4 in 10 say they want …": the parser hangs the count on the verb as a number's modifier."""
    if _has_subject(cue):
        return None
    return next((c for c in cue.children if c.dep_ == "nummod" and c.i < cue.i and c.left_edge.is_sent_start), None)


QUANTITIES = {"hundreds", "thousands", "dozens", "scores", "millions", "tens", "some", "many", "most", "several",
              "dozen", "hundred", "thousand", "group", "crowd", "number", "majority", "handful"}


def source_tokens(head: Token) -> list[Token]:
    """The whole noun phrase: "Hundreds of protesters from …" when the head is the people counted, "activists
    clamoring to block Trump" when the parser made the participle a clause of the cue, only the words after the
    setting's comma where the parser ran the setting into the name."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in QUANTITIES:
        head = head.head.head
    if head.dep_ == "nsubj" and subject_read_as_clause(head.head.head) == head.head:
        return list(head.doc[head.left_edge.i: head.head.right_edge.i + 1])  # the subject with its aside, whole
    cue = participle_cue(head.head) if head.dep_ == "nsubj" else None
    if cue is not None and subject_in_a_participle(cue) == head:
        return list(head.doc[head.left_edge.i: participle_end(head) + 1])
    verb = next((a.head for a in head.ancestors if a.dep_ in SETTINGS and a.head.pos_ == "VERB"), None)
    if verb is not None and not _has_subject(verb) and (comma := _setting_comma(verb, head)) is not None:
        return [t for t in head.subtree if t.i > comma.i]
    start = head.left_edge.i
    if head.lower_ == "old" and start > 0 and head.doc[start - 1].dep_ == "det" and head.doc[start - 1].head == head.head:
        return list(head.doc[start - 1: head.right_edge.i + 1])  # "the 61-year-old", its "the" hung on the verb
    return list(head.subtree)


def apposed_to_the_setting(cue: Token) -> Token | None:
    """ "In a statement to NBC News, a spokesperson for the department said …": the parser takes the speaker for an
    apposition to the last noun of the opening phrase, so the cue seems to have no subject. The apposition that
    runs right up to the cue, after a comma, is who says."""
    subjects = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if cue.i == 0 or any(not participle_read_as_subject(c) for c in subjects):
        return None
    for phrase in cue.children:
        if phrase.dep_ not in SETTINGS and phrase not in subjects or phrase.i > cue.i \
                or not _runs_up_to(phrase.right_edge, cue):
            continue
        set_by_parser = [t for t in phrase.subtree if _set_by_the_parser(t) and _runs_up_to(t.right_edge, cue)]
        # "At a pharmacy in Kessock Mills, a town of about 9,000 people, the pharmacist, Daniel Ruiz-Forde, said":
        # a definite description after the first, and no apposition to another, is who says
        tops = [t for t in set_by_parser if t.head not in set_by_parser]
        apposed = next((t for t in reversed(tops[1:]) if t.pos_ == "NOUN" and t.left_edge.lower_ == "the"),
                       tops[0] if tops else None)
        if apposed is not None and apposed.pos_ in {"NOUN", "PROPN"} and _after_a_comma(apposed):
            while apposed.head.dep_ == "appos" and _after_a_comma(apposed.head):
                apposed = apposed.head  # "…, Tanden, head of the Center, recounted": the name the title is set by
            return apposed
    return name_ending_the_setting(cue)


def name_ending_the_setting(cue: Token) -> Token | None:
    """ "At a campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson explained …": the parser made the
    whole stretch after "in" one noun phrase, the place its modifier, so the cue seems to have no subject. The name
    right before the cue, whose own words start after the setting's last comma, is who says."""
    doc, before = cue.doc, cue.i - 1
    while before > 0 and doc[before].head.i == cue.i and doc[before].dep_ in {"advmod", "aux", "neg"}:
        before -= 1
    name = doc[before]
    if name.pos_ not in {"NOUN", "PROPN"} or name.dep_ == "appos" or name.right_edge.i != before \
            or name.i <= cue.sent.start:
        return None  # an apposition names whom it is set by (the speakers step would take that name)
    return name if _setting_comma(cue, name) is not None else None


def _setting_comma(cue: Token, name: Token) -> Token | None:
    """The last comma of the opening phrase `name` ends, where every word after it up to `name` is its own."""
    phrase = next((c for c in cue.children if c.dep_ in SETTINGS and c.i < cue.i and name in c.subtree), None)
    if phrase is None or not phrase.left_edge.is_sent_start or phrase is name:
        return None
    doc = cue.doc
    comma = next((t for t in reversed(doc[phrase.left_edge.i: name.i]) if t.text == ","), None)
    if comma is None or not all(name.is_ancestor(t) for t in doc[comma.i + 1: name.i]):
        return None
    return comma


def participle_read_as_subject(subject: Token) -> bool:
    """ "Alarmed by the flooding in Dorset, …, said": an opening past participle the parser made the subject."""
    return subject.tag_ == "VBN" and subject.dep_ == "nsubj" and subject.i == subject.sent.start


# Opening phrases the parser hangs a speaker in: "In a statement to NBC News, …", "Alarmed by the unrest in Nevada, …".
SETTINGS = {"prep", "advcl"}


def _set_by_the_parser(token: Token) -> bool:
    """An apposition, or a noun the parser coordinated with a noun of the phrase with no "and" ("Alarmed by the unrest
    in Nevada, Senator Harry Reid, the minority leader, said": "Reid" a conjunct of "Nevada"; "After a day of tensions
    between two …, House Speaker Paul Ryan's office announced")."""
    return token.dep_ == "appos" or token.dep_ == "conj" and token.pos_ in {"PROPN", "NOUN"} \
        and not any(c.dep_ == "cc" for c in token.head.children)


def _after_a_comma(token: Token) -> bool:
    return token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","


def _runs_up_to(last: Token, cue: Token) -> bool:
    """Nothing but a comma and the cue's own auxiliaries between `last` and the cue ("…, Ileana Ros-Lehtinen and Carlos
    Curbelo, have said")."""
    between = cue.doc[last.i + 1: cue.i]
    return all(t.text == "," or t.head.i == cue.i and t.dep_ in {"aux", "neg"} for t in between)


def misread_as_passive(cue: Token) -> bool:
    """Two actives the parser reads as passives: "He's said he gets his ideas …" ("'s" is "has": the verb says a
    clause with a subject of its own) and `"Is that all there is?" Trump said` (the "is" stands in the quotation)."""
    children = list(cue.children)
    auxiliary = next((c for c in children if c.dep_ == "auxpass"), None)
    if auxiliary is None:
        return False
    if any(t.is_quote for t in cue.doc[auxiliary.i: cue.i]):
        return True
    says_a_clause = any(c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children) for c in children)
    truly = any(c.lower_ == "been" or c.dep_ == "nsubjpass" and c.lower_ in NO_ONE for c in children)  # "It's been"
    return auxiliary.lower_ in {"'s", "’s"} and says_a_clause and not truly


# Verbs that invert after a quotation ("…?” asked Sen. Cantwell) and that the parser may read as taking an object.
INVERTING_LEMMAS = {"ask", "say", "add", "write"}


def inverted_after_a_quotation(cue: Token) -> Token | None:
    """ "''Is Trump running against the party?'' asked Mr. Manafort", "“How big is that wall?” asked the boy": right
    after a quotation's closing mark, the name or noun after the verb, which the parser took for its object, is who
    speaks."""
    if cue.lemma_.lower() not in INVERTING_LEMMAS or cue.i == 0 or not cue.doc[cue.i - 1].is_quote:
        return None
    if _has_subject(cue) or cue.tag_ == "VBG":  # "spent “… every class” asking students to": the -ing has none
        return None
    named = next((c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1), None)
    return named if named is not None and named.pos_ in {"PROPN", "NOUN"} else None  # "asked the boy"


def first_of_a_series(verb: Token) -> Token | None:
    """ "Trump further summed up Clinton as “terrible,” denounced her record … and said …": the parser made the first
    verb of a series a clause of the second, which so seems to have no subject; the first verb's subject is theirs."""
    if verb.dep_ != "ROOT" or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} or _subordinates(c) for c in verb.children):
        return None  # "…, after half said so": the verb's own clause is the subordinate one
    first = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i), None)
    if first is None or first.tag_ not in cues.FINITE_TAGS or any(_subordinates(c) for c in first.children):
        return None
    if not all(t.is_punct for t in verb.doc[first.right_edge.i + 1: verb.i]):
        return None  # "…, after half said so": more than a comma between the two
    subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.left_edge.i == verb.sent.start else None


def _subordinates(word: Token) -> bool:
    """ "When he …", "after half said so": a word that makes a clause a subordinate one."""
    return word.dep_ == "mark" or word.dep_ == "advmod" and word.tag_ in {"IN", "WRB"}


def name_beside_the_verb(cue: Token) -> Token | None:
    """ "“…,” said Skelly", "Early described it as …": a name the tagger read as an adverb of the verb, right before
    or after it, where the verb has no subject."""
    if _has_subject(cue):
        return None
    return next((c for c in cue.children if c.dep_ == "advmod" and abs(c.i - cue.i) == 1 and name_read_as_adverb(c)),
                None)


ASKING_LEMMAS = frozenset({"ask", "press", "question", "quiz"})


def name_before_an_asked(cue: Token) -> Token | None:
    """ "Olumide, asked about Whitlock's remarks, said …": the tagger read the surname opening the sentence as an
    adverb of "asked"; it is the subject of the cue where the text writes it after a first name elsewhere
    ("Harriet Olumide")."""
    if _has_subject(cue):
        return None
    asked = next((c for c in cue.children
                  if c.dep_ == "advcl" and c.tag_ in {"VBN", "VBD"} and c.lemma_ in ASKING_LEMMAS), None)
    word = next((c for c in asked.children if c.dep_ == "advmod"), None) if asked is not None else None
    if word is None or word.i != cue.sent.start or not word.is_title or word.lower_.endswith("ly") \
            or word.nbor().text != ",":
        return None
    return word if any(t.text == word.text and t.i > 0 and t.doc[t.i - 1].is_title and t.doc[t.i - 1].pos_ == "PROPN"
                       for t in word.doc if t.i != word.i) else None


def names_its_noun(clause: Token) -> bool:
    """ "a subgenre known as ''chick lit''", "an event billed as “Hard Hats for Hillary”": a past participle with no
    "by" says what others call the noun; the noun is what is named, not who names it."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and not any(c.dep_ == "agent" for c in clause.children) \
        and cues.frame_of(clause) not in {cues.CLAUSE, cues.INFINITIVE} \
        and not cues.finite_read_as_relative(clause)  # "A poll found that …": a finite verb misread


def inverted_second_subject(verb: Token) -> Token | None:
    """ "The promise … appeals to lesser-educated whites …, said Alan Abramowitz, a demographer": where the parser
    gave the verb a subject before it and one right after it, the one after ("said Alan Abramowitz") is who speaks."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    after = next((c for c in subjects if c.left_edge.i == verb.i + 1), None)
    return after if after is not None and after.pos_ == "PROPN" else None


def stranded_subject(verb: Token) -> Token | None:
    """A name the parser hung elsewhere: `On Friday, Abu Marzouk, who …, accused America`."""
    if verb.pos_ != "VERB":
        return None
    for token in reversed(verb.sent[: verb.i - verb.sent.start]):
        if token.dep_ in {"pobj", "dobj", "poss", "compound", "attr"}:
            continue
        if token.ent_type_ in {"PERSON", "ORG"} and token.dep_ in {"appos", "npadvmod", "dep", "nsubj"} \
                and not in_dateline(token.doc[token.i: token.i + 1]):  # "MANILA, Philippines (AP) — Relatives …"
            return token
    return None


def count_after_with(participle: Token) -> Token | None:
    """ "…, with about three in 10 saying they are very liberal": the count before a participle after "with", which
    the parser hangs on the participle as a number's modifier, is who says."""
    if participle.dep_ != "pcomp" or participle.tag_ != "VBG" or participle.head.lower_ != "with":
        return None
    if _has_subject(participle):
        return None
    count = next((c for c in participle.children if c.dep_ == "nummod" and c.i < participle.i), None)
    return count if count is not None and count.left_edge.i == participle.head.i + 1 else None


def past_a_hyphen(verb: Token, subject: Token) -> Token:
    """ "co-host Mika Brzezinski asked": the parser may make each piece of a hyphenated title a subject of the verb;
    the subject is the name the title runs into."""
    doc = verb.doc
    if subject.i + 1 >= len(doc) or doc[subject.i + 1].text != "-":
        return subject
    later = [c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i]
    if not later or later[-1].i > verb.i or later[-1].pos_ != "PROPN":
        return subject
    between = doc[subject.i + 1: later[-1].left_edge.i]
    return later[-1] if all(t.text == "-" or (t.head.i == verb.i and t.dep_ == "nsubj") for t in between) else subject


def with_hyphenated_start(tokens: list[Token]) -> list[Token]:
    """The first piece of a hyphenated word the phrase starts inside ("host" of "co-host"), taken back, with the rest
    of a name the model tagged ("seok" of "Choi Min-seok", where the parser hung the phrase on the hyphen)."""
    doc = tokens[0].doc if tokens else None
    start = tokens[0].i if tokens else 0
    if doc is not None and start >= 1 and is_joining_hyphen(doc[start]):
        start -= 1
    elif doc is not None and start >= 2 and is_joining_hyphen(doc[start - 1]):
        start -= 2
    else:
        return tokens
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return [*doc[start: tokens[0].i], *tokens]


def with_name_set_before(tokens: list[Token], head: Token) -> list[Token]:
    """ "Thomas Kiely, a spokesman for the advocacy group …, said": the parser hung the name opening the sentence on
    the verb and made the description after its comma the subject; the name opens the source."""
    doc = head.doc
    first = tokens[0] if tokens else None
    if first is None or first.i < 2 or doc[first.i - 1].text != "," or first.lower_ not in {"a", "an", "the"}:
        return tokens
    name = doc[first.i - 2]
    if name.ent_type_ != "PERSON" or name.head.i != head.head.i or name.dep_ not in {"npadvmod", "dep", "nsubj"}:
        return tokens
    start = name.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return [*doc[start: first.i], *tokens] if start == name.sent.start else tokens


def past_a_fronted_place(subject: Token) -> Token:
    """ "Outside Eastgate Elementary, Sharonda Pike, a mother of three, said": where the parser left the opening
    preposition without its object and made the place the subject, with the person joined to it, the one who says
    is the person after the comma."""
    start = subject.left_edge.i
    before = subject.doc[start - 1] if start > 0 else None
    if before is None or before.dep_ != "prep" or before.head.i != subject.head.i or any(before.children):
        return subject
    joined = [c for c in subject.rights if c.dep_ in {"conj", "appos"} and subject.doc[c.left_edge.i - 1].text == ","]
    return joined[0] if joined else subject


def said_of_the_noun_before(subject: Token, person: Token) -> bool:
    """ "…, a point Dr. Achterberg said he hoped would not get lost": a noun with its article and, right after it, a
    name or a pronoun, both read as subjects: the noun is what a relative clause without its "that" speaks of, and
    the one who says is the name."""
    a_person = person.ent_type_ == "PERSON" or (person.pos_ == "PRON" and person.tag_ == "PRP")
    # not "A spokeswoman for liquidators Barnaby Stroud said": the name goes on the plural the spokeswoman speaks for
    ends_on_its_object = subject.right_edge.dep_ == "pobj" and subject.right_edge.tag_ == "NNS" \
        and subject.right_edge.head.lower_ == "for" and subject.right_edge.head.head.i == subject.i \
        and subject.lemma_.lower() in SPEAKING_FOR
    return subject.pos_ == "NOUN" and subject.left_edge.dep_ == "det" and a_person and not ends_on_its_object \
        and person.left_edge.i == subject.right_edge.i + 1  # not "the celebrity press ReganBooks announced"


def apposed_after_the_dateline(place: Token) -> Token | None:
    """ "RANGOON, Burma - Aung San Suu Kyi's political allies on Monday predicted …", "MANILA, Philippines (AP) —
    Relatives of passengers … accused": the parser made the dateline's place the subject and who says its apposition
    after the dash."""
    doc = place.doc
    after = [c for c in place.children if c.dep_ == "appos" and c.i > place.i
             and any(t.text in DASHES for t in doc[place.i + 1: c.i])]
    return after[-1] if after and in_dateline(doc[place.left_edge.i: place.i + 1]) else None


def person_of_a_split_title(head: Token, cue: Token) -> Token | None:
    """ "said Treasury Under Secretary Daniel Whitcombe": the parser reads "Under" as a preposition of the cue and
    leaves "Treasury" its subject; who speaks is the person the title names."""
    if head.i < cue.i or head.pos_ != "PROPN" or head.i + 1 >= len(head.doc):
        return None
    title_word = head.nbor()
    if title_word.pos_ != "ADP" or not title_word.is_title or title_word.head != cue:
        return None
    person = next((c for c in title_word.children if c.dep_ == "pobj"), None)
    if person is None or person.ent_type_ != "PERSON" or person.left_edge.i != title_word.i + 1:
        return None
    return person


def with_the_split_title(tokens: list[Token], head: Token, cue: Token) -> list[Token]:
    """The organisation and the "Under" before a person `person_of_a_split_title` found belong to the source."""
    opening = head.left_edge
    if not tokens or opening.i < 2 or person_of_a_split_title(opening.doc[opening.i - 2], cue) != head:
        return tokens
    return [opening.doc[opening.i - 2], opening.doc[opening.i - 1], *tokens]
