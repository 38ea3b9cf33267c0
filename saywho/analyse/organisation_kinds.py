"""What kind of organisation a name says it is, and the one organisation a definite description just after it is.

"Vanguard Logistics Services" is a company and "The Dallas Morning News" a newspaper by their names' words; a
name of no such word ("EgyptAir", "Exxon Mobil") says nothing. "… flying hours with EgyptAir, the airline said":
a definite description of an organisation takes up the one organisation named in its sentence before it or in
the sentence before, unless that organisation's name says it is of another kind ("the network" is no Times).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc, Token

from saywho.analyse.attributions.finished import DATELINE
from saywho.analyse.entity_cluster import COMPANY_ENDINGS
from saywho.analyse.mention_names import PLACE_NOUNS
from saywho.analyse.quotes import Quote
from saywho.analyse.sentences import text_of
from saywho.analyse.speaker_candidates import shares_a_word
from saywho.analyse.speaker_writers import a_byline
from saywho.document import Entity
from saywho.lexicons import classified

# a word of an organisation's name -> the nouns a writer describes it with ("the company")
KINDS = {
    **dict.fromkeys(COMPANY_ENDINGS, "company firm"), "services": "company firm", "logistics": "company firm",
    "motors": "automaker carmaker company firm",
    "airlines": "airline carrier company", "airways": "airline carrier company",
    "hospital": "hospital", "center": "center", "centre": "centre",
    "college": "college school", "university": "university school", "academy": "academy school",
    "zoo": "zoo", "museum": "museum",
    "federal": "agency",  # "the Federal Deposit Insurance Corporation … The agency estimated": a public corporation
    "times": "newspaper paper", "journal": "newspaper paper", "tribune": "newspaper paper",
    "herald": "newspaper paper", "gazette": "newspaper paper", "post": "newspaper paper",
    # a government body by its name's word: "the Food and Drug Administration … The agency urged"
    "administration": "administration agency regulator", "commission": "commission agency regulator watchdog",
    "bureau": "bureau agency", "service": "service agency", "authority": "authority agency regulator watchdog",
    "workers": "union",  # "United Auto Workers", "Hartwell Graduate Workers United": a union of those workers
}


# What a company is called by what it does: a name that says only "company" ("Brightcart Inc.") may be any of them.
BUSINESSES = frozenset({"automaker", "carmaker", "retailer", "manufacturer", "insurer", "lender", "drugmaker",
                        "chipmaker", "startup", "conglomerate"})

# What a writer calls an organisation of any kind: "The Heritage Foundation, a conservative think tank, urged …. The
# group said"
ANY_ORGANISATION = frozenset({"group", "organization", "organisation"})

# A business is never a public body, whatever else a name leaves open: "the company" is not the commission.
COMPANIES = BUSINESSES | {"company", "firm", "utility", "bank", "airline", "carrier"}
PUBLIC_BODIES = frozenset({"commission", "agency", "department", "ministry", "administration", "authority", "bureau",
                           "service", "regulator", "watchdog", "court", "council", "committee", "legislature",
                           "secretariat", "directorate", "inspectorate", "embassy", "consulate"})
# Bodies of members a name ends in, whatever business its other words name: "Logistics and Distribution Union"
MEMBERS_BODIES = frozenset({"union", "association", "federation", "confederation", "alliance", "coalition", "society",
                            "foundation", "institute", "forum", "league", "congress", "guild", "syndicate", "network"})
# Public bodies a name calls by their kind ("Secretariat of …", "Directorate of …"), not by another word
NAMED_BODIES = frozenset({"secretariat", "directorate", "inspectorate", "embassy", "consulate", "ministry"})

# Bodies that are someone's, named through their owner when at all ("Cruz's campaign", "the Obama administration",
# "the paper's editorial board"): the organisation named just before is seldom them.
BELONGING = frozenset({"campaign", "administration", "government", "regime", "board", "office", "team"})


class NameHead(Protocol):
    """A name's head word (speaker_readings._NameHead)."""

    @property
    def offset(self) -> int: ...

    @property
    def entity(self) -> Entity: ...


class Resolver(Protocol):
    """What is read of the resolver (speakers.Resolver)."""

    roles: dict[str, str]
    name_head_offsets: list[int]
    sentence_starts: list[int]
    quote_starts: list[int]

    @property
    def quotes(self) -> Sequence[Quote]: ...

    @property
    def opens_with_a_headline(self) -> bool: ...

    @property
    def name_heads(self) -> Sequence[NameHead]: ...

    def sentence_of(self, offset: int) -> int: ...

    def paragraph_of(self, offset: int) -> int: ...

    def called(self, entity: Entity) -> set[str]: ...


# The last words of a sports club's name, which never says "club": "Calderbridge Rovers", "Bramley Athletic" ("United" may be a union's).
CLUB_ENDINGS = frozenset({"rovers", "athletic", "wanderers", "albion", "hotspur"})


def kinds_of(entity: Entity, roles: dict[str, str]) -> set[str]:
    """The organisation nouns its name gives it: its own ("Federal Reserve Board": board) or a lexicon's."""
    if entity.type != "ORG":
        return set()
    words = {word.lower() for name in [entity.name, *entity.aliases] for word in name.split()}
    kinds = {kind for word in words for kind in KINDS.get(word, "").split()}
    kinds |= {word for word in words if roles.get(word, "").startswith("ORG")}
    if any(word.endswith(".com") for word in words):
        kinds |= {"website", "site", "company"}
    if _scholarly(entity):
        kinds = (kinds - {"newspaper", "paper"}) | {"journal"}  # "the paper" is one it printed
    if entity.name.split()[-1].lower() in CLUB_ENDINGS or words & {"fc", "afc", "cf"}:
        kinds |= {"club", "team", "side"}  # "Calderbridge Rovers have dismissed … the club said"
    last = entity.name.split()[-1].lower()
    if last in PUBLIC_BODIES | MEMBERS_BODIES:
        kinds -= {"company", "firm"}  # "Water Services Regulation Authority" regulates companies; a union organises them
    if last in MEMBERS_BODIES:  # "University and College Union": its members' trade, no university
        kinds &= {last, *KINDS.get(last, "").split()}
    return kinds


def called_otherwise(noun: str, entity: Entity, resolver: Resolver) -> bool:
    """For a body whose name gives it no kind: whether `noun` calls it what the text never said it was: a noun only a
    name's word earns ("the force": a police force's), or another than a business's where the text called it one
    ("Halvard Capital, the Boston-based investment firm … The club itself said": not Halvard)."""
    return noun in NAMED_KINDS_ONLY or bool(resolver.called(entity) & COMPANIES) and not may_be_called(noun, set(COMPANIES))


# Nouns for a body only its name's word earns: "Halifax Regional Police … The force said", never a bank.
NAMED_KINDS_ONLY = frozenset({"force"})


def _scholarly(entity: Entity) -> bool:
    """A scholarly journal: "the Journal of Clinical Oncology Research"."""
    return any(" Journal of " in f" {name} " for name in [entity.name, *entity.aliases])


def organisation_named_before(head: Token, resolver: Resolver) -> NameHead | None:
    """The latest name of the one organisation named in `head`'s sentence before it or in the sentence before (in
    its paragraph) that its description may be; None where there is none or more than one, or the description
    says whose it is."""
    noun = head.lemma_.lower()
    if not _a_description_of_whose_nothing_is_said(head, resolver.roles):
        return None  # "the Sanders campaign", "the Russian government": whose is said
    if their_union(head):  # not the carmaker whose workers' union it is ("Halvorsen Auto's plant …, their union said")
        return _the_one_so_named(noun, head, resolver, text_of(head.doc))
    if any(c.dep_ == "relcl" and head.doc[c.left_edge.i - 1].text != "," for c in head.rights):
        return None  # "according to the nonprofit group that runs it": the clause says which, not the name before
    sentence = resolver.sentence_of(head.idx)
    start = resolver.sentence_starts[sentence]
    if sentence > 0 and resolver.paragraph_of(resolver.sentence_starts[sentence - 1]) == resolver.paragraph_of(head.idx):
        start = resolver.sentence_starts[sentence - 1]
    text = text_of(head.doc)
    named = {h.entity.id: h for h in _organisations_named(resolver, text, start, head.idx)  # the latest of each
             if not _owner_of_a_body(head.doc, h.offset, noun)
             and not (noun in COMPANIES and _only_a_place(h.entity, head.doc, resolver, text))}
    if noun in COMPANIES and len(named) > 1:  # "… the California Public Utilities Commission … PG&E …, the company said"
        named = {key: h for key, h in named.items() if not kinds_of(h.entity, resolver.roles) & PUBLIC_BODIES}
    if not named and noun in COMPANIES:
        return _the_one_business(noun, head, resolver, text)
    if not named:
        return _the_one_so_named(noun, head, resolver, text)
    if len(named) > 1 and (reported := _subject_of_the_report(head, named) or _the_one_that_spoke(head, named)):
        named = {reported.entity.id: reported}  # "Kreislauf Cells … has raised … led by Isarbrücke Ventures, the company said"
    if len(named) != 1:
        return None  # of two, either may be meant, whatever their names say
    (lead,) = named.values()
    return lead if _may_be_called(noun, lead, head, resolver) else None


def their_union(head: Token) -> bool:
    """ "Junior doctors … will walk out, their union said": a body of members called by its members' "their", which
    is an organisation the text names, as "the union" is."""
    return head.tag_ == "NN" and head.lemma_.lower() in MEMBERS_BODIES \
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in head.children)


def _a_description_of_whose_nothing_is_said(head: Token, roles: dict[str, str]) -> bool:
    """An organisation's noun that is no one's own body and names no owner or place ("the company", not "the
    Sanders campaign", "the Russian government")."""
    noun = head.lemma_.lower()
    owned = any(c.dep_ in {"compound", "amod", "nmod", "poss"} and (c.pos_ == "PROPN" or c.ent_type_) for c in head.lefts)
    # "The Ashanti regional police command": a name on a noun before it says whose too
    placed = any((t.pos_ == "PROPN" or t.ent_type_) and t.dep_ in {"compound", "npadvmod", "nmod"}
                 and t.head.pos_ in {"NOUN", "ADJ"} and t.head.i < head.i for t in head.doc[head.left_edge.i: head.i])
    return noun not in BELONGING and roles.get(noun, "").startswith("ORG") and not owned and not placed


def _organisations_named(resolver: Resolver, text: str, start: int, end: int) -> list[NameHead]:
    """The name heads of organisations from `start` to `end`, but for names set apart (`_set_apart`)."""
    first, last = bisect_left(resolver.name_head_offsets, start), bisect_left(resolver.name_head_offsets, end)
    return [h for h in resolver.name_heads[first:last] if h.entity.type == "ORG" and not _set_apart(text, h, resolver)]


# Bodies that sit and decide: "the panel" may be any of them, whoever's they are.
SITTING_BODIES = frozenset({"panel", "tribunal", "court", "committee", "subcommittee", "commission", "board", "jury",
                            "council"})


# Where a platform carries what is said: "in a statement posted on its Telegram channel" names no one who says it.
CHANNELS = frozenset({"channel", "account", "page", "feed", "app", "platform", "website", "site", "handle", "video"})


def _owner_of_a_body(doc: Doc, offset: int, noun: str) -> bool:
    """ "A United Nations tribunal in The Hague …. The panel could declare": a name that only says whose a sitting
    body is does not take up that body's description ("the CIA office of public affairs …. The agency": the CIA);
    nor does a platform's name before its channel, nor a place's after "the port of"."""
    top = _name_top(doc, offset)
    if top is None:
        return False
    body = top.head.lemma_.lower()
    if top.dep_ == "compound" and body in CHANNELS:
        return True
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in PLACE_NOUNS | {"port"}:
        return True  # "in the southern port of Crotone, …, the charity said": a place the model took for a body
    return noun in SITTING_BODIES and top.dep_ in {"compound", "poss"} and body in SITTING_BODIES


def _may_be_called(noun: str, lead: NameHead, head: Token, resolver: Resolver) -> bool:
    kinds = kinds_of(lead.entity, resolver.roles)
    if not kinds:
        return not _another_is_so_named(noun, lead, head, resolver) and not called_otherwise(noun, lead.entity, resolver)
    return may_be_called(noun, kinds)


# Bodies a name calls by one word and news by another: "the Keystone Teachers Federation … the union said",
# "Frontline Medical Relief Foundation … the charity said".
ALSO_CALLED = {"union": frozenset({"federation", "association", "congress", "guild", "syndicate", "confederation",
                                    "alliance"}),  # "the Shopworkers' Alliance said …. The union said"
               "charity": frozenset({"foundation", "trust", "fund", "society", "appeal"}),
               "team": frozenset({"club"}), "club": frozenset({"team"}),
               "force": frozenset({"police", "constabulary"})}  # "Halifax Regional Police … The force said"


def may_be_called(noun: str, kinds: set[str]) -> bool:
    """Whether an organisation whose name gives it `kinds` may be described by `noun`; a group may be a business
    ("Sarawat Contracting Group … the company said")."""
    return noun in kinds | ANY_ORGANISATION or bool(kinds & ALSO_CALLED.get(noun, frozenset())) \
        or (bool(kinds & {"company", "group"}) and noun in BUSINESSES | {"company"})


def _the_one_business(noun: str, head: Token, resolver: Resolver, text: str) -> NameHead | None:
    """ "Northlink Communications … [paragraphs on] the company said": with no organisation in view, the one
    organisation the article has named before (below its headline) that may be a business, in two words or more, twice,
    or as a clause's subject, where it names no other that may be one; not a body its name says is no business ("Communications
    Workers of America", "the Treasury Department")."""
    before = [h for h in _organisations_named(resolver, text, 0, head.idx)
              if not (resolver.opens_with_a_headline and resolver.paragraph_of(h.offset) == 0)]
    fitting = [h for h in before if not kinds_of(h.entity, resolver.roles) & PUBLIC_BODIES
               and not _no_business(h.entity) and _may_be_called(noun, h, head, resolver)
               and not _only_a_place(h.entity, head.doc, resolver, text)]
    if len({h.entity.id for h in fitting}) != 1:
        return None
    lead = fitting[-1]
    return lead if len(fitting) > 1 or len(lead.entity.name.split()) > 1 or _a_subject(head.doc, lead.offset) else None


def _the_one_so_named(noun: str, head: Token, resolver: Resolver, text: str) -> NameHead | None:
    """ "The Nurses and Midwives' Union … [paragraphs on] The union said": with no organisation in view, the one
    organisation the article named before (below its headline) whose name holds the description's noun or gives it
    that kind ("Hartwell Graduate Workers United … The union said"); in the article's first paragraph, with none named
    before, the one so named in the next ("…, their union said on Tuesday. / The Hospital Doctors' Union said")."""
    before = [h for h in _organisations_named(resolver, text, 0, head.idx)
              if not (resolver.opens_with_a_headline and resolver.paragraph_of(h.offset) == 0)
              and _so_named(noun, h.entity, resolver)]
    if before:
        return before[-1] if len({h.entity.id for h in before}) == 1 else None
    lede = resolver.paragraph_of(head.idx)  # a headline the resolver did not tell apart is the first paragraph too
    if lede > 1 or _organisations_named(resolver, text, 0, head.idx):
        return None
    starts = [start for start in resolver.sentence_starts if resolver.paragraph_of(start) == lede + 1]
    if not starts:
        return None
    end = next((start for start in resolver.sentence_starts if resolver.paragraph_of(start) > lede + 1), len(text))
    after = _organisations_named(resolver, text, starts[0], end)  # the first body the next paragraph names
    return after[0] if after and _so_named(noun, after[0].entity, resolver) else None


def _so_named(noun: str, entity: Entity, resolver: Resolver) -> bool:
    words = {word.lower() for name in [entity.name, *entity.aliases] for word in name.split()}
    if "party" in words:
        return False  # "the Socialist Workers Party" is no union
    return noun in words or noun in kinds_of(entity, resolver.roles)


# Words that make an organisation's name one of no business: "Communications Workers of America", "the Treasury".
NO_BUSINESS = frozenset({"workers", "union", "association", "league", "committee", "party", "university", "college",
                         "council", "institute", "foundation", "government", "ministry", "department", "agency",
                         "commission", "board", "court", "police", "school", "hospital", "church", "federation",
                         "society", "coalition", "alliance", "campaign", "treasury", "congress", "senate", "house",
                         "parliament", "army", "navy", "office", "club", "team", "times", "post", "journal", "news",
                         "watch"})


def _no_business(entity: Entity) -> bool:
    return any(word.lower() in NO_BUSINESS for name in [entity.name, *entity.aliases] for word in name.split())


def _a_subject(doc: Doc, offset: int) -> bool:
    """Whether the name at `offset` is the subject of its clause ("The Redwater Foxes fired …")."""
    name = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return name is not None and name[0].dep_ in {"nsubj", "nsubjpass"}


def _another_is_so_named(noun: str, lead: NameHead, head: Token, resolver: Resolver) -> bool:
    """ "published in the Journal of Clinical Oncology Research …. The test was developed by Verity Diagnostics …,
    the paper disclosed": a name that says nothing of its kind does not take up a description whose noun the name of
    another organisation before it says."""
    before = resolver.name_heads[: bisect_left(resolver.name_head_offsets, head.idx)]
    return any(h.entity.id != lead.entity.id and (noun in kinds_of(h.entity, resolver.roles)
                                                  or (noun == "paper" and _scholarly(h.entity))) for h in before)


# Words before a place: "an office tower on Flinders Lane", "in Yamagata"
AT_PLACES = frozenset({"in", "on", "at", "near", "outside", "around", "across", "along", "into"})
# The last word of a street's name: "Flinders Lane"
STREETS = frozenset({"lane", "street", "road", "avenue", "boulevard", "square", "drive", "highway"})


def _only_a_place(entity: Entity, doc: Doc, resolver: Resolver, text: str) -> bool:
    """Whether an organisation the model read is a place: a street by its name ("Flinders Lane"), or one every mention
    of which is a dateline's ("JONQUIÈRE, Que."), the object of "in", "on" or "at", or a word qualifying a thing
    ("Boréal Aluminium's Jonquière smelter")."""
    if entity.name.split()[-1].lower() in STREETS:
        return True
    offsets = [h.offset for h in resolver.name_heads if h.entity.id == entity.id]
    return bool(offsets) and all(_in_dateline(text, offset) or _placed(doc, offset) for offset in offsets)


def _name_top(doc: Doc, offset: int) -> Token | None:
    """The word a name at `offset` hangs on the sentence by: its last proper noun."""
    name = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if name is None:
        return None
    top = name[0]
    while top.dep_ in {"compound", "flat"} and top.head.pos_ == "PROPN":
        top = top.head
    return top


def organisation_leading_before(head: Token, resolver: Resolver) -> NameHead | None:
    """ "Étoile de Montpellier Basket will be without … / The club said in a statement": a description of an
    organisation opening its paragraph takes up the one organisation that is a subject in the last sentence of the
    paragraph before, where its name does not say it is of another kind. For a description nothing else took up."""
    noun = head.lemma_.lower()
    if not _a_description_of_whose_nothing_is_said(head, resolver.roles):
        return None
    lead = _subject_of_the_paragraph_before(head, resolver, text_of(head.doc))
    return lead if lead is not None and _may_be_called(noun, lead, head, resolver) else None


def _subject_of_the_paragraph_before(head: Token, resolver: Resolver, text: str) -> NameHead | None:
    sentence = resolver.sentence_of(head.idx)
    if sentence == 0 or not _opens_its_sentence(head) \
            or resolver.paragraph_of(resolver.sentence_starts[sentence - 1]) == resolver.paragraph_of(head.idx):
        return None
    start = resolver.sentence_starts[sentence - 1]
    subjects = {h.entity.id: h for h in _organisations_named(resolver, text, start, head.idx)
                if _a_subject(head.doc, h.offset)}
    return next(iter(subjects.values())) if len(subjects) == 1 else None


def _opens_its_sentence(head: Token) -> bool:
    """ "The club said …", or after a setting and its comma: "In a letter to families, the company said"."""
    doc, start = head.doc, head.sent.start
    if head.left_edge.i == start:
        return True
    setting = doc[start]
    return setting.dep_ == "prep" and setting.head.i == head.head.i and setting.right_edge.i + 2 == head.left_edge.i \
        and doc[setting.right_edge.i + 1].text == ","


def _subject_of_the_report(head: Token, named: dict[str, NameHead]) -> NameHead | None:
    """ "Kreislauf Cells, a Berlin start-up, has raised 62 million euros in a round led by Isarbrücke Ventures, the
    company said": of several organisations in view, the one subject of the clause the description reports, where
    only one is."""
    verb = head.head
    if head.dep_ != "nsubj":
        return None
    clauses = {c.i for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < head.i}
    subjects = [h for h in named.values() if (top := _name_top(head.doc, h.offset)) is not None
                and top.dep_ in {"nsubj", "nsubjpass"} and top.head.i in clauses]
    return subjects[0] if len(subjects) == 1 else None


# Verbs by which a body speaks: "…, Glenmore Care Group confirmed on Wednesday. In a letter, the company said"
SPEAKING = frozenset({"say", "tell", "confirm", "announce", "deny", "state", "add", "report", "warn", "write", "insist"})


def _the_one_that_spoke(head: Token, named: dict[str, NameHead]) -> NameHead | None:
    """Of several organisations in view, the one that is the subject of a verb of saying before the description,
    where only one is; a name set beside the subject is its name ("The union, Unite, announced"), and a noun the model
    took for a name is none ("A super PAC supporting Marchetti … announced")."""
    speaking: dict[int, list[tuple[bool, NameHead]]] = {}
    for lead in named.values():
        top = _name_top(head.doc, lead.offset)
        subject = top.head if top is not None and top.dep_ == "appos" else top
        if subject is not None and subject.i < head.i and subject.dep_ == "nsubj" \
                and subject.head.lemma_.lower() in SPEAKING and subject.left_edge.lower_ not in {"a", "an"}:
            speaking.setdefault(subject.i, []).append((subject is not top, lead))
    if len(speaking) != 1:
        return None
    (leads,) = speaking.values()
    return max(leads, key=lambda pair: pair[0])[1]


def _placed(doc: Doc, offset: int) -> bool:
    top = _name_top(doc, offset)
    if top is None:
        return False
    while top.dep_ == "conj" and top.head.i < top.i:  # "at Kyebi and Daboase"
        top = top.head
    if top.dep_ == "pobj" and top.head.lower_ in AT_PLACES:
        return True
    # "Boréal Aluminium's Jonquière smelter", "Yamagata prefectural police"; not "Exxon spokesman Alan Jeffers"
    return top.dep_ in {"compound", "nmod"} and top.head.pos_ == "NOUN" and not top.head.ent_type_ \
        and not classified("role_nouns.txt").get(top.head.lemma_.lower(), "").startswith("PERSON")


def _set_apart(text: str, name: NameHead, resolver: Resolver) -> bool:
    """A name in a dateline or a byline, or inside quotation marks ("“Curfews criminalize being young,” the group
    said"), where no organisation the description takes up stands; or a law's the model read as a body ("the new
    Land Law")."""
    offset = name.offset
    index = bisect_right(resolver.quote_starts, offset) - 1
    return _in_dateline(text, offset) or (index >= 0 and offset < resolver.quotes[index].end) \
        or name.entity.name.split()[-1].lower() in LAWS


# The last word of a law's or a plan's name: "Land Law", "Affordable Care Act"
LAWS = frozenset({"law", "act", "bill", "code", "treaty", "accord", "amendment", "constitution", "directive"})


def _in_dateline(text: str, offset: int) -> bool:
    """ "SAN FRANCISCO (Reuters) - …, the company said": the agency the dateline credits is not the company; nor is
    a byline's writer."""
    line = text.rfind("\n", 0, offset) + 1
    dateline = DATELINE.match(text, line)
    return (dateline is not None and offset < dateline.end()) or _in_byline(text, line)


def _in_byline(text: str, line: int) -> bool:
    """ "By Emi Kobayashi": a writer the model read as an organisation is no body the article speaks of."""
    end = text.find("\n", line)
    words = text[line: end if end >= 0 else len(text)]
    return len(words.split()) > 1 and a_byline(words.lstrip())


def _members_of_another(noun: str, entity: Entity) -> bool:
    """ "The university said" is not the "University and College Union": a name ending in a body of members has the
    other words of its name as its members' trade, not as what it is."""
    words = entity.name.lower().split()
    return entity.type == "ORG" and len(words) > 1 and words[-1] in MEMBERS_BODIES and noun not in MEMBERS_BODIES \
        and noun in words[:-1]


def another_kind_of_body(head: Token, entity: Entity, called: set[str], roles: dict[str, str]) -> bool:
    """ "The state news agency reported …" is not the State Department: a description of a public body that meets a
    name only in a modifier ("state") describes another body where the name says it is a public body of another
    kind. (A union may be an association, and an editorial board its newspaper.)"""
    noun = head.lemma_.lower()
    if _members_of_another(noun, entity):
        return True
    if noun not in PUBLIC_BODIES | {"office"} or noun in called:
        return False
    named_kinds = kinds_of(entity, roles)
    kinds = named_kinds & PUBLIC_BODIES
    if kinds:
        return noun not in kinds
    if named_kinds:
        return True  # "the Andalusian regional health department" is no "Andalusian Construction Workers' Federation"
    # "The civil protection secretariat" is not "the Oaxaca State Civil Protection Coordination": a public body
    # described by a kind its name and the text never gave it, met only in a modifier
    return entity.type == "ORG" and noun in NAMED_BODIES and not shares_a_word({noun}, called)
