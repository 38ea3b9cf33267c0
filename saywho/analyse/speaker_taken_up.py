"""A definite description that takes up the person just quoted: "…,” Carson said. … the retired
neurosurgeon told REVOLT TV".

News writing varies a name it has just quoted with an office or a calling ("the Florida senator",
"the real estate mogul", "the Republican nominee") that the article itself may never have given
the person: the reader knows it is the same speaker only because no one else has come up since.
That is the tie read here, never what the words mean about anyone in the world:
- the description is definite and singular, headed by a noun of office or standing (OFFICES: not
  "the official", "the spokesman" or "the woman", who are most often someone new);
- the attribution just before it, in the same paragraph or the one before, has a named person as its
  speaker, and no other person is named between that speaker's mention and the description;
- the gender of the noun, the party it names, and an office the article gave that person, do not contradict
  it, and the article did not make the person someone who speaks for another (an adviser, a spokesman) ("Gov. Christie said … the senator said", "Clinton said … the Republican nominee said": someone else).

The party and the adviser checks (another_party, speaks_for_another) guard the resolver's own description rule
too (speakers.py): on train they change nothing; they keep "the Republican nominee" from a Democrat, and "the
developer" from an adviser, the text named just before.

Train (saywho/eval/speaker_gold/train.jsonl), against main ac7e6a8: descriptions 359 → 365 right of 414 found
(the businessman, the Florida senator, the billionaire business mogul, the Democratic frontrunner, the former
secretary of state, the Republican incumbent), no right one lost, wrong names unchanged (10); train-pronouns
unchanged. Left unnamed on purpose: those with another person named in between (the gambling tycoon after
"he found Trump"), and nouns outside OFFICES.

A party's member named by place ("the Wisconsin Republican", "the South Carolina Republican") and a calling
("the retired neurosurgeon") were added later (s16-names3, against main 405bc14): train.jsonl 1,676 → 1,680
right of 1,778 found, descriptions 373 → 377, wrong names unchanged (25), train-pronouns unchanged (825, 16
wrong). The head noun itself now counts as the party the description names, so "the Oregon Republican" never
takes up a Democrat. Then a person named between blocks only as a clause's subject (_rival): train.jsonl
1,680 → 1,684 (the real estate developer, the minority leader, the Democratic presidential candidate, the
Democratic nominee, each after someone named only as an object), wrong names unchanged (25), train-pronouns
unchanged (826, 16). A subject named in a clause the speaker's cue verb governs (not one on a noun: the writer's
aside) is someone the speaker spoke of and blocks nothing (s17-names4): train.jsonl 1,684 → 1,685 ("the Republican
nominee" after "Trump said … had Hillary Clinton congratulated him"), wrong names unchanged (23), train-pronouns
unchanged (826, 16); over all train articles five descriptions change, each read right by hand.

An office of the person's own that no description names (OTHER_OFFICES: a councillor, a judge, a sheriff) keeps
"the mayor" and "the governor" off them too (s46, from an article written to try the content rules: "Councillor Ann
Dobbs said … The mayor calls for …" named the mayor Ann Dobbs), and so does any other calling in the role lexicon
but those an office holder may also have (HOLDERS_TOO: "Its director, Linda Choi, warned … The mayor praised"). Over
PolNeAR train + dev one speaker changes, a wrong name left unnamed (CNN's Gloria Borger as "the senator"); `saywho
eval speakers` unchanged on train and dev.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.analyse.noun_readings import is_definite, written_whole
from saywho.analyse.referents import CALLED, SAME_CALLING, offices_held, words_for
from saywho.analyse.speaker_candidates import speaker_of
from saywho.document import Attribution, Speaker

# Nouns of office or standing the press puts in place of a name it has just given.
OFFICES = {
    "leader", "president", "chairman", "chairwoman", "chair", "minister", "secretary", "senator", "congressman",
    "congresswoman", "lawmaker", "legislator", "governor", "mayor", "candidate", "nominee", "contender",
    "hopeful", "incumbent", "challenger", "frontrunner", "front-runner", "politician", "diplomat", "ambassador",
    "businessman", "businesswoman", "billionaire", "mogul", "tycoon", "magnate", "entrepreneur", "developer",
    "philanthropist", "founder", "star", "actor", "actress", "comedian", "singer", "commissioner", "chancellor",
    "premier", "king", "queen", "prince", "princess",
    # a party's member named by place or creed ("the Wisconsin Republican", "the democratic socialist"),
    # and a calling ("the retired neurosurgeon"): each the variation of a name the reader was just given
    "republican", "democrat", "socialist", "neurosurgeon", "surgeon",
}
# Offices that exclude one another: a person the article calls one is not the other.
EXCLUSIVE = {"senator", "governor", "mayor", "congressman", "congresswoman", "president", "secretary",
             "minister", "ambassador"}
# Offices of their own that no description in EXCLUSIVE names: "Councillor Ann Dobbs said … The mayor said" is two
# people, though the article never calls the councillor anything in EXCLUSIVE. Any calling in the role lexicon
# counts too ("Its director, Linda Choi"), but for those an office holder may also be called.
OTHER_OFFICES = {"councilman", "councilwoman", "councillor", "councilor", "alderman", "alderwoman", "judge",
                 "justice", "sheriff", "commissioner", "treasurer", "comptroller", "prosecutor", "superintendent",
                 "clerk", "chancellor", "premier", "king", "queen", "prince", "princess"}
HOLDERS_TOO = {"leader", "head", "chief", "representative", "member", "deputy", "official", "man", "woman", "boy", "girl",
               "mother", "father", "wife", "husband", "daughter", "son", "sister", "brother", "resident", "voter",
               "citizen", "friend", "neighbor", "neighbour", "colleague", "partner", "rival", "opponent", "source",
               "general", "admiral", "commander", "colonel", "captain", "lieutenant", "sergeant", "officer",
               "author", "writer", "investor", "survivor", "victim", "witness", "veteran"}
OFFICES_OR_HOLDERS = OFFICES | HOLDERS_TOO
# Who speaks for someone else: quoted just before "the candidate", they are not the candidate.
STAFF = {"adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "strategist", "analyst",
         "expert", "official", "reporter", "staffer", "manager", "consultant", "pollster", "lawyer", "attorney",
         "surrogate", "supporter", "critic", "professor"}
PARAGRAPHS_BACK = 1
PARTIES = {"republican": "R", "gop": "R", "democratic": "D", "democrat": "D", "independent": "I"}


def taken_up(head: Token, attribution: Attribution, previous: Attribution | None, resolver) -> Speaker | None:
    """The person `previous` (the attribution just before) names, where the description headed by `head`
    takes that speaker up; None where anything else could be meant. `resolver`: the speakers step's."""
    noun = written_whole(head)  # "the vice-chancellor" holds no chancellor's office
    if noun not in OFFICES or head.pos_ == "PRON" or not is_definite(head) or resolver._in_quote(head):
        return None
    if attribution.source is None or " and " in attribution.source.text:
        return None
    speaker = previous.speaker if previous is not None and previous.source is not None else None
    entity = resolver.entities.get(speaker.entity) if speaker is not None and speaker.entity else None
    if entity is None or entity.type != "PERSON" or previous is None or previous.source is None:
        return None
    if _inside_what_was_said(head, previous) or _another_in_a_clause_of_the_speakers(head, previous, entity, resolver):
        return None
    start = previous.source.start
    last = _last_named(head, start, entity.id, resolver, _cue_words(previous)) if start < head.idx else None
    if last is None or resolver.paragraph_of(head.idx) - resolver.paragraph_of(last) > PARAGRAPHS_BACK:
        return None
    if not _fits(head, noun, entity, resolver):
        return None
    return Speaker(**{**speaker_of(entity, "description").__dict__, "antecedent": last})


def _inside_what_was_said(head: Token, previous: Attribution) -> bool:
    """ "Bardack said the former secretary of state has seasonal pollen allergies and listed …": a description inside
    what the speaker said is someone the speaker spoke of."""
    return previous.content is not None and previous.content.covers(head.idx, head.idx + 1) > 0


def _another_in_a_clause_of_the_speakers(head: Token, previous: Attribution, entity, resolver) -> bool:
    """ "In June, the South Carolina senator called on Republicans to unendorse Trump after the billionaire estate
    mogul claimed …": the subject of a clause "after", "because" or "when" hung on the speaker's own, where a writer
    would say "he" for the speaker, described by a noun the text never gave the speaker after another person named
    there, is that other person. ("Rubio responded that Trump …, and the senator finally felt": Rubio still.)"""
    verb, source = head.head, previous.source
    if source is None or head.dep_ != "nsubj" or not _subordinate(verb) \
            or resolver.sentence_of(source.start) != resolver.sentence_of(head.idx):
        return False
    noun = written_whole(head)
    given = _described_with(entity, resolver) | offices_held(entity)
    if {noun, *CALLED.get(noun, ()), *SAME_CALLING.get(noun, ())} & given:
        return False
    after_the_source = resolver.doc.char_span(source.end, source.end + 1, alignment_mode="expand")
    between = range(after_the_source.start, head.i) if after_the_source is not None else range(0)
    return any((other := resolver.by_token.get(index)) not in {None, entity.id}
               and resolver.entities[other].type == "PERSON" for index in between)


def _subordinate(verb: Token) -> bool:
    """An adverbial clause opened by a subordinating word: "after …", "because …", "when …"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)


def _last_named(head: Token, start: int, entity_id: str, resolver, cue: frozenset[int] = frozenset()) -> int | None:
    """Where the speaker was last named or quoted from `start` (its attribution's source) up to the
    description; None where another person is named in between as a subject, but for one in a clause under
    the speaker's cue verb (at character offsets `cue`), whom the speaker only spoke of ("Trump said it would
    have been cool had Hillary Clinton congratulated him … the Republican nominee said": Trump)."""
    span = resolver.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    last = start
    for index in range(span.start, head.i):
        other = resolver.by_token.get(index)
        if other == entity_id:
            last = resolver.doc[index].idx
        elif other is not None and resolver.entities[other].type == "PERSON" and _rival(resolver.doc[index]):
            if not _spoken_of(resolver.doc[index], cue):
                return None
    return last


def _spoken_of(token: Token, cue: frozenset[int]) -> bool:
    """Whether a name stands in a clause the cue verb (at character offsets `cue`) governs, through clauses
    only: a clause on a noun is the writer's aside ("… open in May, a date Paul Ferris doubted": a rival)."""
    for word in [token, *token.ancestors]:
        if word.idx in cue:
            return True
        if word.dep_ in _ASIDES:
            return False
    return False


_ASIDES = {"relcl", "acl", "appos"}


def _cue_words(attribution: Attribution) -> frozenset[int]:
    """Where the words of an attribution's cue start ("said", "according to")."""
    if attribution.cue is None:
        return frozenset()
    return frozenset(start for start, _ in attribution.cue.spans)


def _rival(token: Token) -> bool:
    """Whether a person named between is someone the description could take up instead: named as a clause's
    subject ("a date Paul Ferris doubted"), not as an object or a possessor ("whether he would prefer that
    Democrats face Trump or Sen. Ted Cruz … The minority leader said": Reid still)."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"}


def _fits(head: Token, noun: str, entity, resolver) -> bool:
    """Gender, party and office agree: "the actress" is no "he"; "the senator" no one the article calls "Gov."."""
    gender = resolver.roles.get(noun, "PERSON\t-").split("\t")[-1]
    known = resolver.genders.get(entity.id)
    if gender in {"m", "f"} and known and known != gender:
        return False
    if another_party(head, entity, resolver):
        return False
    if speaks_for_another(noun, entity, resolver) or _qualified_otherwise(head, entity, resolver):
        return False
    if noun not in EXCLUSIVE:
        return True
    words = _described_with(entity, resolver)
    offices = {office for office in EXCLUSIVE if CALLED.get(office, {office}) & words}
    return noun in offices or not (offices or _another_calling(words, resolver))


def _qualified_otherwise(head: Token, entity, resolver) -> bool:
    """ "Dr. Halima Yusuf, an education economist, said …. The union leader said": a description that says whose
    body the holder serves (a union's) is not someone with a calling of their own the text never described so."""
    qualifiers = {c.lower_ for c in head.lefts if c.dep_ in {"compound", "amod"} and c.is_lower
                  and resolver.roles.get(c.lower_, "").startswith("ORG")}
    words = _described_with(entity, resolver)
    return bool(qualifiers) and not qualifiers & words and _another_calling(words, resolver)


def _another_calling(words: set[str], resolver) -> bool:
    """ "Its director, Linda Choi": a calling of the person's own that is no office the description could name."""
    return any(word in OTHER_OFFICES or (resolver.roles.get(word, "").startswith("PERSON")
                                          and word not in OFFICES_OR_HOLDERS) for word in words)


def speaks_for_another(noun: str, entity, resolver) -> bool:
    """ "Jo Reed, a senior adviser, said … the candidate said": an adviser or a spokesman the article never
    gave the description's noun is not who it describes."""
    words = _described_with(entity, resolver) | offices_held(entity)
    return bool(words & STAFF) and not {*CALLED.get(noun, {noun}), *SAME_CALLING.get(noun, ())} & words


def another_party(head: Token, entity, resolver) -> bool:
    """ "the Republican nominee" and a person the article calls a Democrat: not the same one."""
    words = _described_with(entity, resolver)
    theirs = _parties({*words, *(w.lower() for a in entity.affiliations for w in a.split())})
    described = _parties({head.lower_, *(c.lower_ for c in head.lefts)})  # "the Wisconsin Republican" too
    return bool(theirs and described and not described & theirs)


# Words that put an office in the past: "Former President Donald Trump" is not "the president".
FORMER = frozenset({"former", "ex", "ex-", "then", "onetime", "one-time", "late"})


def held_before(head: Token, entity) -> bool:
    """ "the president" after "Former President Donald Trump … President Joe Biden": a person the article gives the
    noun's office only as a former one is not whom a description without "former" means."""
    if any(c.lower_ in FORMER for c in head.lefts):
        return False
    noun = head.lemma_.lower()
    offices = [role.lower().split() for role in entity.roles if noun in role.lower().split()]
    return bool(offices) and all(FORMER & set(words) for words in offices)


def _parties(words: set[str]) -> set[str]:
    return {PARTIES[word] for word in words if word in PARTIES}


def _described_with(entity, resolver) -> set[str]:
    """The entity's titles, roles and the words the article describes it with (the resolver's role_words)."""
    return words_for(entity, resolver.role_words().get(entity.id, []))
