"""Finding the source of a cue: its subject, a raised or stranded subject, a relative pronoun,
or none (passive reporting, raising verbs, questions)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from saywho.analyse.attributions.clause_shapes import (
    is_to_infinitive,
    out_of_embedded,
    small_clause_subject,
    subject_joined_as_object,
)
from saywho.analyse.attributions.described_before_cue import description_before_cue
from saywho.analyse.attributions.drafts import (
    SHARES_SUBJECT,
    WALK_LIMIT,
    Draft,
    QuoteMap,
    _char_span,
    _run_containing,
    _trim_punct,
)
from saywho.analyse.attributions.hearsay import HEARSAY_ADVERBS, title_case
from saywho.analyse.attributions.relative_antecedents import who_stands_for
from saywho.analyse.attributions.source_shapes import (
    controller,
    finite_joined_to_an_infinitive,
    leaves_control,
    participle_joined_below,
    participle_out_of_a_relative,
    past_a_complement,
    past_a_subordinate_clause,
    past_an_aside,
    reporter_of_coordinated,
    shown_speaker,
    subject_left_as_root,
    with_second_subject,
    without_anonymity,
    without_circumstance,
    without_dangling_word,
    without_even,
    without_occasion,
    without_relative_on_a_lone_name,
    without_time_phrase,
)
from saywho.analyse.attributions.subject_shapes import (
    QUANTITIES,
    apposed_after_the_dateline,
    apposed_to_the_setting,
    count_after_with,
    first_of_a_series,
    inverted_after_a_quotation,
    inverted_second_subject,
    misread_as_passive,
    name_before_an_asked,
    name_beside_the_verb,
    names_its_noun,
    number_as_subject,
    object_for,
    participle_read_as_subject,
    passive_subject,
    passive_without_agent,
    past_a_fronted_place,
    past_a_hyphen,
    past_a_label,
    person_of_a_split_title,
    said_of_the_noun_before,
    source_tokens,
    stranded_subject,
    subject_in_a_participle,
    verb_read_as_noun,
    with_hyphenated_start,
    with_name_set_before,
    with_the_split_title,
)
from saywho.analyse.cues import age_on_the_verb
from saywho.analyse.mention_phrases import after_a_dash, with_hyphenated_rest, without_said_thing
from saywho.analyse.name_cleaning import DASHES, in_dateline, proper_noun_chain
from saywho.analyse.noun_readings import joined_clause
from saywho.analyse.study_findings import study_finding
from saywho.analyse.subject_clauses import aside_subject, subject_read_as_clause
from saywho.lexicons import person_noun


def _closing_punct(span: tuple[int, int], tokens: list[Token]) -> tuple[int, int]:
    """PolNeAR's sources keep the comma closing an apposition ("The chairman, Phil Lovas,"), the bracket
    closing "(R-S.C.)" (with its abbreviation's full stop) and the dash closing an aside ("Jason Sims — a
    teacher —")."""
    doc = tokens[0].doc
    after = tokens[-1].i + 1
    if after + 1 < len(doc) and doc[after].text == "." and doc[after + 1].text == ")":
        after += 1  # "(I-Vt.)": the trim took the abbreviation's stop with the bracket
    if after >= len(doc):
        return span
    following = doc[after]
    texts = [t.text for t in tokens]
    if following.text == ")" and texts.count("(") > texts.count(")"):
        return span[0], following.idx + 1
    if following.text == "," and "," in texts:
        return span[0], following.idx + 1
    if _is_a_dash(following) and any(_is_a_dash(t) and t.text == following.text for t in tokens):
        return span[0], following.idx + len(following.text)
    return span


def _is_a_dash(token: Token) -> bool:
    """A dash setting words off, not the hyphen inside "I-Vt." or "Jean-Pierre"."""
    spaced = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in DASHES and (token.text != "-" or spaced)


def _find_source(draft: Draft, quote_map: QuoteMap) -> None:
    cue = draft.head
    if cue is None or _sourceless(cue) or passive_without_agent(cue):
        return
    head = source_head(cue)
    if head is not None and quote_map.inside(head):
        # `"… but they [award] only 4 percent," campaign manager Robby Mook said`: the parser may give the
        # cue two subjects, one inside the quotation; the speaker is the one outside it.
        head = _subject_outside_quotes(cue, quote_map)
    if head is None:
        head = _inverted_subject(cue, quote_map) or name_before_cue(cue, quote_map) or description_before_cue(cue, quote_map)
    if head is None or verb_read_as_noun(head, cue):
        return
    head = past_a_label(head, cue) or person_of_a_split_title(head, cue) or head
    _content_from_its_relative(draft, cue)
    relative = _relative_pronoun(cue)
    if relative is not None:
        # "Smith, who said …": PolNeAR's source is "who"; the speaker is still the noun it stands for.
        draft.source_head, draft.source = head, _char_span([relative])
        return
    # "The union, praising the deal as …": the cue's own clause hangs inside the source phrase.
    cue_clause = set() if cue.is_ancestor(head) else {t.i for t in cue.subtree}
    tokens = [t for t in with_name_set_before(with_hyphenated_start(source_tokens(head)), head)
              if not quote_map.inside(t) and t.i not in cue_clause]
    tokens = _trim_punct(_run_containing(after_a_dash(tokens, head), head))
    tokens = _with_its_opening_mark(without_time_phrase(without_even(tokens, head), head))
    if tokens:
        tokens = without_relative_on_a_lone_name(without_said_thing(with_hyphenated_rest(tokens), head), head, cue)
        tokens = without_anonymity(without_circumstance(tokens, head), head)
        tokens = without_dangling_word(with_second_subject(without_occasion(tokens, head), head))
        tokens = with_the_split_title(tokens, head, cue)
        draft.source_head, draft.source = head, _closing_punct(_char_span(tokens), tokens)


def _with_its_opening_mark(tokens: list[Token]) -> list[Token]:
    """ "“Today” show host Linda Fair": a title's opening mark the parser hung elsewhere, where its closing one is in."""
    if not tokens or tokens[0].i == 0 or not any(t.text in "”\"" for t in tokens):
        return tokens
    before = tokens[0].doc[tokens[0].i - 1]
    return [before, *tokens] if before.text in "“\"" and before.whitespace_ == "" else tokens


def _content_from_its_relative(draft: Draft, cue: Token) -> None:
    """ "which advocates say shortchanges poor districts": the relative pronoun is the subject of what is said, so the
    content starts with it, as PolNeAR marks it ("who … need a strong showing")."""
    pair = said_by_the_next(cue)
    if pair is not None and draft.content and pair[0].idx < draft.content[0][0]:
        draft.content.insert(0, _char_span([pair[0]]))


def _subject_outside_quotes(cue: Token, quote_map: QuoteMap) -> Token | None:
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and not quote_map.inside(c)]
    if subjects:
        return _counted(subjects[-1])
    # "''That was a good speech, Mr. President,'' Representative Steve Cohen told Mr. Obama": the quotation's
    # vocative read as the subject, the speaker as its apposition
    named = [a for c in cue.children if c.dep_ == "nsubj" for a in c.children
             if a.dep_ == "appos" and not quote_map.inside(a) and a.i < cue.i]
    return _counted(named[0]) if named else None


# Verbs whose object after a quotation is whom the words went to ("“…,” told reporters"), not who spoke.
ADDRESSING_LEMMAS = {"tell", "ask", "inform", "remind", "thank", "brief", "assure", "warn", "urge"}


def _inverted_subject(cue: Token, quote_map: QuoteMap) -> Token | None:
    """`“…,” added another New Hampshire Republican`, `“…,” said Robin Maynard, half joking`: right after a
    quotation the speaker follows the verb, and the parser may hang it anywhere (the verb's object, the
    subject of a later verb)."""
    doc = cue.doc
    before = doc[cue.i - 1] if cue.i > 0 else None
    if before is None or not quote_map.inside(before) or cue.lemma_.lower() in ADDRESSING_LEMMAS:
        return None
    if cue.i + 1 >= len(doc):
        return None
    head = doc[cue.i + 1]
    while head.dep_ in NOUN_PHRASE_PARTS and head.head.i > head.i:
        head = head.head  # "the" / "Robin" / "another New Hampshire" to the noun they belong to
    if head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ in {"DATE", "TIME"} or quote_map.inside(head):
        return None
    return _counted(head)


NAMED = {"PERSON", "ORG", "GPE", "NORP"}
BETWEEN_LIMIT = 8
# With an apposition set off by commas ("Gene Sperling, a top outside Clinton adviser,"), a name may run longer.
APPOSED_LIMIT = 14


def name_before_cue(cue: Token, quote_map: QuoteMap) -> Token | None:
    """`“…,” Ramos, 58, told AFP`: a name between a quotation's close and a cue the parser gave no subject (it
    hung the name on the quotation's verb). Only a name, with nothing but its own apposition and commas before the
    cue."""
    doc = cue.doc
    start = cue.i
    while start > 0 and not quote_map.inside(doc[start - 1]) and cue.i - start < APPOSED_LIMIT:
        start -= 1
    if start == cue.i or start == 0 or not quote_map.inside(doc[start - 1]):
        return None
    between = doc[start: cue.i]
    if any(t.pos_ in {"VERB", "AUX"} or t.is_space for t in between) or between[0].pos_ != "PROPN":
        return None
    head = between[0]
    while head.i + 1 < cue.i and doc[head.i + 1].pos_ == "PROPN":
        head = doc[head.i + 1]
    if head.ent_type_ not in NAMED | {""}:
        return None
    if _apposed(between, head):
        return head  # `“…,” Gene Sperling, a top outside Clinton adviser, said`
    if len(between) > BETWEEN_LIMIT or any(t.dep_ in {"pobj", "dobj"} for t in between):
        return None
    return head


def _apposed(between: Span, head: Token) -> bool:
    """The name, then a description set off by commas that runs on to the cue: "Miller, a retired worker from a
    nuclear plant,". A description opens with a determiner or a number, so "Smith of Texas" does not pass."""
    after = between[head.i + 1 - between.start:]
    return len(after) >= 3 and after[0].text == "," and after[-1].text == "," \
        and after[1].pos_ in {"DET", "NUM"} and not any(t.text == "," for t in after[1:-1])


# Dependents inside a noun phrase, before its head.
NOUN_PHRASE_PARTS = {"det", "compound", "amod", "nmod", "poss", "nummod", "quantmod"}


def source_head(cue: Token) -> Token | None:
    """The head of the noun phrase that says or thinks, climbing from participles to their clause."""
    if (study := study_finding(cue)) is not None:
        return study  # "Despite polls showing her well behind, Clinton …": the polls, not the sentence's subject
    if _topic_of_a_phrase(cue):
        return None
    node, via, left_control = participle_out_of_a_relative(cue) or cue, "", False
    for _ in range(WALK_LIMIT):
        if (shown := shown_speaker(node) or passive_subject(node) or object_for(node)
                or inverted_after_a_quotation(node) or name_beside_the_verb(node) or name_before_an_asked(node)
                or count_after_with(node)
                or small_clause_subject(node) or subject_joined_as_object(node) or subject_left_as_root(node)) is not None:
            return _counted(shown)
        subject = _subject_of(node) if via != "conj" else (reporter_of_coordinated(node, cue) or _shared_subject(node))
        if subject is not None:
            subject = _said_of_the_relative(node, via) or subject
            if subject.tag_ in {"WP", "WDT"} and node.dep_ == "relcl":
                return who_stands_for(subject, node.head)
            return _counted(subject)
        if not left_control and (controlling := controller(node)) is not None:
            return _counted(controlling)
        if node.dep_ in {"acl", "relcl"} and node.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            issuer = _issuer_of(node)
            if issuer is None:
                return None if node.i == cue.i and names_its_noun(node) else node.head
            node = issuer
            continue
        if node.dep_ not in SHARES_SUBJECT or node.head.i == node.i:
            return subject_in_a_participle(node) or number_as_subject(node) or apposed_to_the_setting(node) \
                or first_of_a_series(node) or stranded_subject(node)
        left_control = left_control or leaves_control(node)
        node, via = (past_a_subordinate_clause(node) or out_of_embedded(node) or participle_joined_below(node)
                     or finite_joined_to_an_infinitive(node) or past_a_complement(node) or past_an_aside(node)), node.dep_
    return None


# Prepositions whose object is what something is about, not what the sentence's subject says.
TOPIC_PREPOSITIONS = frozenset({"over", "amid", "despite", "about", "regarding", "concerning", "following"})


def _topic_of_a_phrase(cue: Token) -> bool:
    """ "a charity founded by Prince Charles over claims that donors were offered honors": a noun of saying after
    "over", "amid" … is what the sentence is about; the founder, or the subject above, did not make the claims."""
    return cue.pos_ == "NOUN" and cue.dep_ == "pobj" and cue.head.lower_ in TOPIC_PREPOSITIONS


def _shared_subject(verb: Token) -> Token | None:
    """The subject a coordinated verb shares with `verb`: "FBI officials were angered by the deal and predicted
    …" is the officials' prediction, not the deal's; a passive's agent is no subject of the verb after "and"."""
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return passive if passive is not None and passive.lower_ != "what" else _subject_of(verb)


# Who a named thing belongs to; such a noun is a speaker in its own right ("the campaign", "a spokesman").
SPEAKING_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}


def _issuer_of(clause: Token) -> Token | None:
    """ "X issued a statement saying …", "Forbes shot back in an article stating …", "emailed supporters
    saying …": an -ing clause hung on the object of another verb speaks for that verb's subject, the one who
    put the words out, as PolNeAR marks it (on train an -ing clause's noun as its source was right 18 times and
    wrong 54; going to the issuer where the noun is an object gained 30 matches and lost 4). The verb is
    returned, to climb on from; None keeps the noun ("protesters chanting …", "those calling for …", a named
    person or organisation, a subject)."""
    noun = clause.head
    if clause.dep_ not in {"acl", "relcl"} or not (clause.tag_ == "VBG" or is_to_infinitive(clause)) \
            or noun.pos_ != "NOUN" or noun.ent_type_ in SPEAKING_ENTITIES:
        return None
    if clause.tag_ == "VB" and any(c.dep_ == "poss" for c in noun.children):
        return None  # "the president's refusal to call": the owner's
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return None
    if verb.pos_ != "VERB" or verb.i == noun.i or _subject_of(verb) is None:
        return None
    return verb


def _counted(head: Token) -> Token:
    """ "Hundreds of protesters", "a crowd of supporters": the people counted are who speaks."""
    if head.lower_ not in QUANTITIES:
        return head
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return counted if counted is not None and counted.pos_ in {"NOUN", "PROPN"} else head


def _relative_pronoun(cue: Token) -> Token | None:
    """ "who" in "Smith, who said …" (or "which", "that"), when it is the cue's subject."""
    node, via = cue, ""
    for _ in range(WALK_LIMIT):
        subject = _subject_of(node)
        if subject is not None:
            subject = _said_of_the_relative(node, via) or subject
            return subject if subject.tag_ in {"WP", "WDT"} and node.dep_ == "relcl" else None
        if node.dep_ not in SHARES_SUBJECT or node.head.i == node.i:
            return None
        node, via = out_of_embedded(node) or node.head, node.dep_  # out of an inner clause, as source_head
    return None


def _said_of_the_relative(verb: Token, via: str) -> Token | None:
    """ "the department, which he argued seeks to restore equity": reached from what is said, the subject of "seeks"
    is the relative pronoun the parser gave to "argued" (said_by_the_next)."""
    pair = said_by_the_next(verb) if via in {"xcomp", "ccomp"} else None
    return pair[0] if pair is not None else None


# Verbs that report what is thought or seen without saying by whom: "he appears to", "it seems".
RAISING_LEMMAS = {"seem", "appear"}
# "X (is) expected to …", "said to be": a passive whose subject is what is talked about, not who talks.
PASSIVE_REPORTING_LEMMAS = {"expect", "say", "believe", "consider", "think", "know", "report", "rumor",
                            "rumour", "assume", "project", "predict", "estimate"}


def _sourceless(cue: Token) -> bool:
    """Attributions PolNeAR leaves without a source: raising verbs ("he appears to …", "it seems …"),
    passives of thinking and saying ("is expected to", "Expected To Be Indicted" in a headline), and
    "it is assumed that …"."""
    if cue.lower_ in HEARSAY_ADVERBS:
        return True  # "The FBI is reportedly …": unnamed reports
    if cue.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = cue.lemma_.lower()
    if lemma in RAISING_LEMMAS or _asked(cue):
        return True
    if accused_subject(cue) is not None:
        return True
    if lemma not in PASSIVE_REPORTING_LEMMAS:
        return False
    children = list(cue.children)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children) and not misread_as_passive(cue):
        return not any(c.dep_ == "agent" for c in children)
    following = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    has_perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
    return (following is not None and following.lower_ == "to" and not has_perfect
            and (cue.tag_ == "VBN" or title_case(cue.sent)))


# Verbs whose active has the accused as its object ("accused the governor of lying"): with none, the subject is the
# accused, in a headline's passive without its "is" ("Ministers accused of ignoring warnings").
ACCUSING_LEMMAS = {"accuse", "suspect"}


def accused_subject(cue: Token) -> Token | None:
    """The accused of "FDIC Accused Of Covering Up …", which PolNeAR puts in the content of an accusation by no one
    named; None where the verb has its object (or is no verb of accusing)."""
    children = list(cue.children)
    if cue.lemma_.lower() not in ACCUSING_LEMMAS or any(c.dep_ in {"dobj", "ccomp", "agent"} for c in children) \
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in children):
        return None
    return next((c for c in children if c.dep_ == "nsubj"), None)


def _asked(cue: Token) -> bool:
    """ "Asked about the polls, Smith said …": a question put by someone the article does not name ("Asked by
    Starnes if …" names the one who asks). The tagger often reads a sentence's first "Asked" as a past tense; hung
    on the main verb, it is this participle."""
    participle = cue.tag_ == "VBN" or (cue.tag_ == "VBD" and cue.dep_ == "advcl" and cue.i == cue.sent.start)
    if cue.lemma_.lower() != "ask" or not participle or any(c.dep_ == "agent" for c in cue.children):
        return False
    # "Sanders was asked to name a decision …": a passive question the article's unnamed asker put
    passive = any(c.dep_ == "auxpass" for c in cue.children) and any(c.dep_ == "nsubjpass" for c in cue.children)
    return passive or not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in cue.children)


def _subject_of(verb: Token) -> Token | None:
    if (inverted := inverted_second_subject(verb)) is not None:
        return inverted
    if (quoted := quoted_person(verb)) is not None:
        return quoted
    if (aside := subject_read_as_clause(verb)) is not None:
        return aside_subject(aside)
    for child in verb.children:
        # "WASHINGTON – Hillary Clinton's campaign on Friday released …": the parser may make a dateline's place a
        # second subject of the sentence it opens
        if child.dep_ == "nsubj" and participle_read_as_subject(child):
            return apposed_to_the_setting(verb) or child
        if child.dep_ == "nsubj" and child.pos_ == "NOUN" and all(t.ent_type_ in {"DATE", "TIME"} for t in child.subtree):
            return None  # "… house-hunting since spring said they …": a time the parser made a subject says nothing
        if child.dep_ == "nsubj" and (after := apposed_after_the_dateline(child)) is not None:
            return after
        # nor its agency, where the parser made the agency the subject ("ISLAMABAD, March 5 (South Asia Wire) –")
        if child.dep_ == "nsubj" and not in_dateline(child.doc[child.left_edge.i: child.i + 1]) \
                and not (child.pos_ == "PROPN" and in_dateline(proper_noun_chain(child))):
            subject = _after_fronted_phrase(verb, _past_a_relative(verb, past_a_hyphen(verb, child)))
            return past_a_fronted_place(_past_a_joined_clause(subject))
        if child.dep_ == "nsubjpass" and misread_as_passive(verb):
            return child  # "He's said he …": "has said"
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return age_on_the_verb(verb)


def quoted_person(verb: Token) -> Token | None:
    """ "Paul Brandt was quoted by the Denver Post as saying …": who was quoted says what follows; the agent only
    reported it."""
    if verb.lemma_.lower() not in QUOTING_LEMMAS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


QUOTING_LEMMAS = {"quote"}


def _past_a_relative(verb: Token, subject: Token) -> Token:
    """ "the formula, which advocates say shortchanges poor districts": where the parser gives the verb a relative
    pronoun and a noun right after it as subjects, the pronoun is the subject of the clause said ("which
    shortchanges"), and the one who says is the noun."""
    pair = said_by_the_next(verb)
    return pair[1] if pair is not None and pair[0].i == subject.i else subject


def said_by_the_next(verb: Token) -> tuple[Token, Token] | None:
    """The relative pronoun and the noun after it in "which advocates say", "who many feel": both subjects of the
    verb, the noun's phrase right after the pronoun and right before the verb (its auxiliaries and adverbs aside)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) < 2 or subjects[0].tag_ not in {"WP", "WDT"} or subjects[1].left_edge.i != subjects[0].i + 1:
        return None
    between = verb.doc[subjects[1].right_edge.i + 1: verb.i]
    if any(t.head.i != verb.i or t.dep_ not in {"aux", "advmod", "neg"} for t in between):
        return None  # "which he argued seeks": the noun is another verb's subject, not this one's
    return subjects[0], subjects[1]


def _past_a_joined_clause(subject: Token) -> Token:
    """ "a group of rabbis called for a boycott, and the … Anti-Defamation League denounced …": where the parser hung
    the subject's own clause on it (noun_readings.joined_clause) and joined the next clause's subject to it, the
    verb's subject is the one after the "and"."""
    clause = joined_clause(subject)
    if clause is None or not any(c.dep_ == "cc" for c in subject.rights):
        return subject
    joined = [c for c in subject.rights if c.dep_ == "conj" and c.i > clause.right_edge.i]
    return joined[-1] if joined else subject


def _after_fronted_phrase(verb: Token, subject: Token) -> Token:
    """ "His pledges notwithstanding, independent auditors agree …": the parser may make a fronted phrase a second
    subject of the verb; the subject is the one after the phrase's comma, next to the verb. A place after the comma
    goes on the phrase before it ("of the University of California, Berkeley, suggest", "in Alabama, Georgia …")."""
    later = [c for c in verb.children if c.dep_ == "nsubj" and subject.i < c.i < verb.i]
    if not later or later[-1].ent_type_ in {"GPE", "LOC"}:
        return subject
    comma = next((t for t in verb.doc[subject.right_edge.i + 1: later[-1].left_edge.i] if t.text == ","), None)
    return later[-1] if comma is not None or said_of_the_noun_before(subject, later[-1]) \
        or _role_before_a_name(subject, later[-1]) else subject


def _role_before_a_name(subject: Token, person: Token) -> bool:
    """ "Board chair Mariela Quon said", read as two subjects: a role noun with no article right before a name."""
    return subject.tag_ == "NN" and person_noun(subject.lemma_.lower()) and person.ent_type_ == "PERSON" \
        and not any(c.dep_ in {"det", "poss"} for c in subject.children) and person.left_edge.i == subject.i + 1
