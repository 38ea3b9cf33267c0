"""The article's people and organisations: name variants merged, with titles, roles and affiliations.

"Top Hamas official Mousa Abu Marzouk" and "Abu Marzouk" become one entity
named by its fullest form, with the role "Top Hamas official" and the
affiliation Hamas. Titles ("Mullah", "Mr.") are kept apart from the name.
"""

from __future__ import annotations

from functools import partial

from spacy.tokens import Doc, Span, Token

from saywho.analyse import name_forms
from saywho.analyse.body_names import with_bodies_named_in_full
from saywho.analyse.entity_cluster import Cluster, first_name_genders, first_names, person_titles
from saywho.analyse.entity_genders import guess_gender, pronoun_genders
from saywho.analyse.entity_matching import matching_cluster
from saywho.analyse.entity_roles import describe_person, descriptor_words
from saywho.analyse.joined_names import NAME_LABELS, names_joined
from saywho.analyse.kin_surnames import kin_surname
from saywho.analyse.mention_names import is_name_after_name, stands_before_a_name
from saywho.analyse.missed_names import (
    after_a_title,
    hyphened_chain,
    missed_name_label,
    plural_noun_read_as_name,
    untagged_full_names,
    untagged_name_beside,
    untagged_names_before_roles,
    untagged_names_beside_roles,
    with_its_hyphened_end,
    with_its_hyphened_start,
    with_its_of_phrase,
)
from saywho.analyse.name_cleaning import (
    after_a_clock_time,
    after_a_stray_initial,
    after_any_dateline,
    after_any_gerund,
    after_any_owner,
    before_any_amount,
    before_any_break,
    before_any_link,
    before_any_spaced_dash,
    before_any_verb,
    clean_name,
    is_dateline_place,
    proper_noun_chain,
    quoted_characters,
    title_before,
    without_stray_punctuation,
    written_form,
)
from saywho.analyse.name_labels import (
    a_people_named,
    a_title_alone,
    apposed_to_a_person,
    corrected_label,
    courtesy_titled,
    described_as_organisation,
    followed_by_an_age,
    named_for_someone,
    opens_with_a_role_word,
    part_of_a_role,
    someones_production,
    taken_up_by_which,
)
from saywho.analyse.name_pronouns import reflexive_gender
from saywho.analyse.name_repeats import with_untagged_surnames
from saywho.analyse.place_mentions import from_someone, named_only_as_a_place
from saywho.analyse.referents import role_words_before_whom
from saywho.analyse.sentences import text_of
from saywho.analyse.token_arrays import with_lower
from saywho.document import Entity, EntityType, Mention

# Cluster, first_names, person_titles and without_stray_punctuation are read from here by other analysers.
__all__ = ["Cluster", "find_entities", "first_names", "person_titles", "without_stray_punctuation"]



def find_entities(doc: Doc) -> tuple[list[Entity], dict[int, str], dict[str, str | None], dict[str, set[str]]]:
    """Entities, the entity id of each token in a name, each entity's gender as far as the text tells,
    and the words the text applies to each entity (its descriptors: "the senator", "Mr.")."""
    clusters: list[Cluster] = []
    quoted = quoted_characters(doc)
    pronoun_stops = name_forms.pronoun_stops(doc)
    person_words = name_forms.one_word_persons(doc)
    both_genders = _surnames_of_both_genders(doc)
    titled = courtesy_titled(doc)
    places = _used_as_places(doc)
    for span, label in _name_mentions(doc):
        timed = after_a_clock_time(span)  # "18:51 Kerridge speaks": a live blog's entry
        dated = before_any_spaced_dash(after_a_stray_initial(after_any_gerund(after_any_dateline(timed))))
        unowned = after_any_owner(dated)
        if unowned.start != dated.start:  # "Fox News’ Bret Baier", tagged an organisation whole, names Baier
            label = "PERSON"
        span = name_forms.after_any_comma(before_any_verb(before_any_break(before_any_link(before_any_amount(unowned)))))
        label = "PERSON" if span.label_ == "PERSON" and span.start > unowned.start else label  # "…’s Office, Brent Caldwell"
        if opens_with_a_role_word(span):
            span, label = span[1:], "PERSON"
        tokens, titles = clean_name(span)
        if not tokens or a_people_named(span, tokens) or a_title_alone(span, tokens) or part_of_a_role(span) \
                or someones_production(span):
            continue
        partnered = _with_partners_surname(span, tokens, label)
        paired, tokens = partnered is not tokens, kin_surname(span, partnered, label)
        titles += title_before(span)
        label = "GPE" if is_dateline_place(span) else corrected_label(span, tokens, label, titled)
        if label == "ORG" and len(tokens) == 1 and tokens[0].lower() in person_words:  # a place stays one
            label = "PERSON"
        if label != "PERSON" and len(tokens) == 1 and reflexive_gender(span) is not None:
            label = "PERSON"  # "Sanders compared himself to Clinton": no organisation or place does
        named_before = _first_name_of_someone_named(span, tokens, label, clusters, places, span.start_char in quoted)
        if named_before is not None:
            label = "PERSON"  # "Adaeze Okonkwo, 34, designs the clothes. … Adaeze said": not a body or a place
        called_a_body = label in {"PERSON", "GPE"} and described_as_organisation(span, tokens, label)
        if called_a_body or label == "PERSON" and (taken_up_by_which(span, tokens) or named_for_someone(tokens)):
            label = "ORG"
        where = (span.start_char, name_forms.pronoun_after(span, pronoun_stops))
        cluster = named_before or matching_cluster(clusters, tokens, label, titles, *where, both_genders=both_genders)
        if isinstance(cluster, str) or _told_apart_by_age(span, tokens, clusters):
            continue  # SHARED_SURNAME: nothing tells which of two people it is
        if cluster is not None and _surname_of_a_person(cluster, tokens, label):
            label = "PERSON"
        cluster = cluster or _new_cluster(clusters, label)
        cluster.called_an_organisation |= called_a_body
        if paired:
            cluster.paired_at.append(span.start_char)
        # a first name the model misread says nothing of the person beside it ("It seems certain Bernie will run")
        _add_mention(doc, cluster, span, tokens, titles, label, described=named_before is None)
        cluster.aged |= followed_by_an_age(span) and not from_someone(span)  # "One man from Khorog, 34,"
        cluster.unread_pronouns.append(partial(pronoun_genders, span, quoted))
        _note_form(cluster, span, tokens, span.start_char in quoted)
    clusters = name_forms.late_merged(clusters, doc)
    with_untagged_surnames(clusters, doc)
    for cluster in clusters:
        if named_only_as_a_place(cluster, doc):
            cluster.type_votes = {"GPE": len(cluster.mentions)}
    for cluster in clusters:
        guess_gender(cluster)
    return _entities(doc, clusters)


def _first_name_of_someone_named(span: Span, tokens: list[str], label: str, clusters: list[Cluster],
                                 places: set[str], quoted: bool) -> Cluster | None:
    """The one person named before whose full name a lone word opens, which the model read as a body, or as a
    place where it is a clause's subject outside quotation marks and nowhere else a place ("Jaime, standing beside his
    brother, shook his head", not "Orlando mourned the dead" beside "in Orlando", nor Salma Hayek's "America has a
    very severe problem" beside America Ferrera); None elsewhere."""
    if len(tokens) != 1 or not _name_word(tokens[0]) or label not in {"ORG", "GPE"} or (label == "GPE" and (
            quoted or span.root.dep_ not in {"nsubj", "nsubjpass"} or tokens[0] in places)):
        return None
    people = [c for c in clusters if c.type_votes.get("PERSON") and c.type == "PERSON"
              and any(len(form) > 1 and form[0] == tokens[0] and all(map(_name_word, form)) for form in c.forms)]
    # "Kebede Alemayehu" beside "Alemayehu Desta": a word that is one person's first name and another's last, neither
    surname = any(c.type == "PERSON" and tokens[0] in form[1:] for c in clusters for form in c.forms)
    return people[0] if len(people) == 1 and not surname else None


def _used_as_places(doc: Doc) -> set[str]:
    """One-word names the model tags a place somewhere other than as a clause's subject ("in Orlando")."""
    return {ent.text for ent in doc.ents if ent.label_ == "GPE" and len(ent) == 1
            and ent.root.dep_ not in {"nsubj", "nsubjpass"}}


AGE_WORDS = frozenset({"elder", "younger", "older"})


def _told_apart_by_age(span: Span, tokens: list[str], clusters: list[Cluster]) -> bool:
    """ "the elder Briggs", where father and son are both named in full: which of the two is meant, the text says
    only by their ages or kinship, which the clusters do not weigh; so the surname names neither."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in AGE_WORDS or len(tokens) != 1:
        return False
    return sum(1 for c in clusters if c.type == "PERSON" and any(len(f) > 1 and f[-1] == tokens[0] for f in c.forms)) > 1


def _name_mentions(doc: Doc) -> list[tuple[Span, EntityType]]:
    """Named entities, plus proper nouns the model missed that head a speaker's phrase."""
    surnames = {ent[-1].text for ent in doc.ents
                if ent.label_ == "PERSON" or (len(ent) == 1 and ent.label_ in NAME_LABELS)}
    people = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    joined = [name for name in map(_without_turn_marker, names_joined(doc)) if name is not None]
    full_names = {ent.text for ent in joined if len(ent) > 1}
    found = [_with_surname_after(_with_first_names_before(_first_name_with_its_surname(_as_named_in_full(
        with_its_of_phrase(with_its_hyphened_end(with_its_hyphened_start(ent))), full_names))), surnames)
             for ent in joined if ent.label_ in NAME_LABELS and not plural_noun_read_as_name(ent)]
    mentions = [(span, NAME_LABELS[span.label_]) for span in found]
    mentions += [(ent, "PERSON") for ent in doc.ents if _person_misread(ent) or _surname_misread(ent, people)]
    named = {t.i for ent, _ in mentions for t in ent}
    for head in (link.head for link in doc._.sources or []):
        if head is None or head in named or stands_before_a_name(doc[head]) or _a_turn_marker(doc[head]):
            continue
        if doc[head].ent_type_ == "NORP" and not is_name_after_name(doc[head]):
            mentions.extend((ent, "ORG") for ent in doc.ents if ent.start <= head < ent.end)
        elif (beside := untagged_name_beside(doc[head])) is not None and beside.start not in named:
            mentions.append((beside, "PERSON"))
        elif doc[head].pos_ == "PROPN":
            chain = proper_noun_chain(doc[head])
            chain = hyphened_chain(doc[head]) if len(chain) == 1 or chain[0].is_lower else chain  # "Okonkwo-Reid"
            chain = with_its_hyphened_end(chain)  # "Ha Ji-min said", "Deputy Governor Yoon Hae-sook told"
            person = after_a_title(chain)
            named_of = with_its_of_phrase(chain)
            if named_of is not chain:
                mentions.append((named_of, "ORG"))
            else:
                mentions.append((chain, missed_name_label(chain, people)) if person is None else (person, "PERSON"))
    mentions += untagged_names_beside_roles(doc, {t.i for ent, _ in mentions for t in ent})
    mentions += untagged_full_names(doc, mentions, {t.i for ent, _ in mentions for t in ent})
    before_roles = untagged_names_before_roles(doc, {t.i for ent, label in mentions for t in ent if label == "PERSON"})
    mentions = [m for m in mentions if not any(_within(m[0], name) for name, _ in before_roles)] + before_roles
    return with_bodies_named_in_full(doc, [link.head for link in doc._.sources or []], mentions)


def _within(span: Span, name: Span) -> bool:
    """Whether a mention lies in a name ("Hannes", an organisation, in "Hannes Winter")."""
    return name.start <= span.start and span.end <= name.end


_MISREAD_KINDS = frozenset({"PRODUCT", "WORK_OF_ART", "FAC", "LOC", "EVENT"})


def _person_misread(ent: Span) -> bool:
    """ "author Cornel West", tagged a product: a first name and one more word, the model's thing or place, is a
    person where the text uses that word alone too ("West landed a sharp dig"); "Gracie Mansion" is a house."""
    if ent.label_ in _MISREAD_KINDS and len(ent) == 3 and ent[0].lower_ in person_titles() \
            and all(t.is_alpha and t.is_title for t in ent) and first_name_genders().get(ent[1].lower_):
        return True  # "Councilmember Kevin Tran", tagged a facility: a title before a first name and one more word
    if ent.label_ not in _MISREAD_KINDS or len(ent) != 2 or not all(t.is_alpha and t.is_title for t in ent):
        return False
    if apposed_to_a_person(ent):
        return True  # "A student, 16-year-old Aiden Park, said", tagged a facility
    first, last = ent
    return bool(first_name_genders().get(first.lower_)) and any(
        t.text == last.text and t.i > 0 and ent.doc[t.i - 1].text != first.text for t in ent.doc)


def _surname_misread(ent: Span, surnames: set[str]) -> bool:
    """ "Marcus Oyelaran … Oyelaran agreed, though he said": a surname of a person named in full, read on its own as a
    nationality or a group, standing as a noun (not "the Oyelaran plan")."""
    return ent.label_ == "NORP" and len(ent) == 1 and ent.text in surnames and ent[0].pos_ == "PROPN" \
        and ent[0].dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"}


def _as_named_in_full(ent: Span, full_names: set[str]) -> Span:
    """ "Norfolk Southern said", tagged only "Southern" where the model tagged "Norfolk Southern" elsewhere: the
    untagged capitalised words before it that make up a name the text gives in full are part of it."""
    for start in range(max(ent.start - 3, 0), ent.start):
        words = ent.doc[start: ent.start]
        if all(t.is_title and not t.ent_type_ and t.lower_ not in person_titles() for t in words) \
                and ent.doc[start: ent.end].text in full_names:  # not "Representative Brooks": a title is no name
            return Span(ent.doc, start, ent.end, label=ent.label_)
    return ent


def _a_turn_marker(token: Token) -> bool:
    """ "A. Dale did. Mr. Brannock." in a court transcript: a paragraph's opening "Q." or "A." marks a turn; it is
    no initial of the name after it."""
    return token.text in {"Q.", "A."} and (token.i == 0 or "\n" in token.doc[token.i - 1].text)


def _without_turn_marker(ent: Span) -> Span | None:
    if not _a_turn_marker(ent[0]):
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_) if len(ent) > 1 else None


def _with_first_names_before(ent: Span) -> Span:
    """ "Billie Jean King" where the model tagged only "Jean King": a first name just before a person's
    name, in the same chain of proper nouns, is part of it."""
    start = ent.start
    while (ent.label_ == "PERSON" and start > 0 and ent.doc[start - 1].pos_ == "PROPN"
           and ent.doc[start - 1].dep_ == "compound" and not ent.doc[start - 1].ent_type_
           and (first_names().get(ent.doc[start - 1].lower_) or first_name_genders().get(ent.doc[start - 1].lower_))):
        start -= 1
    if start == ent.start and ent.label_ in {"PERSON", "ORG"} and name_forms.unlisted_first_name_before(ent):
        start -= 1
    return Span(ent.doc, start, ent.end, label=ent.label_) if start != ent.start else ent


def _with_surname_after(ent: Span, surnames: set[str]) -> Span:
    """ "President Enrique Peña Nieto" where the model tagged only "Enrique Peña": a capitalised proper noun it
    left untagged right after a person's name of two words, one that ends a person's name elsewhere in the text
    or that it tags a name on its own there ("Peña Nieto said", "Nieto said"), and that the text writes after
    the same word again. A headline's "Hillary’s Iowa Victory" or "Hid Key Clinton Benghazi Email" is no name."""
    doc, end, last = ent.doc, ent.end, ent[-1]
    if name_forms.untagged_surname_after(ent):
        return Span(doc, ent.start, end + 1, label=ent.label_)
    if ent.label_ != "PERSON" or len(ent) < 2 or end >= len(doc) or last.whitespace_ != " " or not last.text[:1].isupper():
        return ent
    word = doc[end]
    if word.ent_type_ or word.pos_ != "PROPN" or not word.is_title or word.text not in surnames:
        return ent
    again = any(t.text == last.text and doc[t.i + 1].text == word.text for t in doc[:-1] if t.i != last.i)
    return Span(doc, ent.start, end + 1, label=ent.label_) if again else ent


def _first_name_with_its_surname(ent: Span) -> Span:
    """ "Lt. Gov. Patty Judge", where the model tagged only "Patty": a person's first name alone, the first part of
    a proper noun the parser hangs on the capitalised word after it, takes that word as its surname when the
    text uses the word again ("Judge doesn't have the name recognition …")."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "PERSON" or len(ent) != 1 or end >= len(doc) or not first_names().get(ent[0].lower_):
        return ent
    word = doc[end]
    if word.ent_type_ or word.pos_ != "PROPN" or not word.is_title or ent[0].head.i != word.i:
        return ent
    again = any(t.text == word.text for t in doc if t.i != word.i)
    return Span(doc, ent.start, end + 1, label=ent.label_) if again else ent


def _surnames_of_both_genders(doc: Doc) -> frozenset[str]:
    """The surnames the text puts after a man's title and after a woman's ("Mr. Khan", "Ms. Khan")."""
    titles = person_titles()
    genders: dict[str, set[str]] = {}
    for i in with_lower(doc, titles):  # the titles' places only: no token made for every word of the text
        gender, name = titles[doc[i].lower_], doc[i + 1] if i + 1 < len(doc) else None
        if gender in {"f", "m"} and name is not None and name.text[:1].isupper():
            genders.setdefault(name.lower_, set()).add(gender)
    return frozenset(surname for surname, seen in genders.items() if len(seen) == 2)


def _with_partners_surname(span: Span, tokens: list[str], label: str) -> list[str]:
    """ "Hillary and Bill Clinton": a first name alone, joined by "and" to a person named in full, shares that
    person's surname; else a bare "Clinton" later could only be Bill's. The same list where there is no partner."""
    doc, end = span.doc, span.end
    if label != "PERSON" or len(tokens) != 1 or not first_names().get(tokens[0].lower()) or end + 3 > len(doc):
        return tokens
    partner = doc[end + 1: end + 3]  # a first name and a surname, no more: not "Camille Cosby Foundation"
    if doc[end].lower_ != "and" or [t.ent_iob_ for t in partner] != ["B", "I"] or partner[0].ent_type_ != "PERSON" \
            or (end + 3 < len(doc) and doc[end + 3].ent_iob_ == "I") or not first_names().get(partner[0].lower_):
        return tokens
    surname = partner[1].text
    # "Hillary and Tim Kaine": a first name the text gives another surname is someone else's
    elsewhere = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                 and ent[0].text == tokens[0]}
    return [tokens[0], surname] if surname[:1].isupper() and elsewhere <= {surname} else tokens


def _surname_of_a_person(cluster: Cluster, tokens: list[str], label: EntityType) -> bool:
    """A bare surname the model calls an organisation or place, of a full name it called a person: "On Monday,
    Teachout decided" after "Zephyr Teachout", whose first name no list holds, where three such votes outnumbered
    the person's (train-pronouns 821 → 822 right, no wrong name; train.jsonl unchanged). Only a
    full name of title-case words counts: "Junge SVP" and "Trump’s Indiana", read as people once, would
    otherwise have drawn five "the SVP" and a bare "Indiana" in as people."""
    return (label != "PERSON" and len(tokens) == 1 and bool(cluster.type_votes.get("PERSON"))
            and any(len(form) > 1 and form[-1] == tokens[0] and all(map(_name_word, form)) for form in cluster.forms))


def _name_word(word: str) -> bool:
    """A word of a person's name as written: not "SVP" of "Junge SVP" or "Trump’s" of "Trump’s Indiana"."""
    return word.isalpha() and word[0].isupper() and not word.isupper()


def _note_form(cluster: Cluster, span: Span, tokens: list[str], in_quotes: bool) -> None:
    form = tuple(tokens)
    if form not in cluster.written:  # a form's first mention says how it is written: later ones are not read
        cluster.written[form] = written_form(span, tokens)
    cluster.own_words[form] = cluster.own_words.get(form, 0) + (not in_quotes)


def _in_prepositional_phrase(root: Token) -> bool:
    """The object of a preposition, or a name in apposition to one ("for his wife Hillary Clinton")."""
    return root.dep_ == "pobj" or (root.dep_ in {"appos", "compound"} and root.head.dep_ == "pobj")


def _new_cluster(clusters: list[Cluster], label: EntityType) -> Cluster:
    cluster = Cluster(type_votes={label: 0}, forms=[])
    clusters.append(cluster)
    return cluster


def _add_mention(doc: Doc, cluster: Cluster, span: Span, tokens: list[str], titles: list[str],
                 label: EntityType, described: bool = True) -> None:
    cluster.type_votes[label] = cluster.type_votes.get(label, 0) + 1
    if tokens not in cluster.forms:
        cluster.forms.append(tokens)
    cluster.mentions.append((span.start_char, span.end_char))
    if len(tokens) > 1 and not _in_prepositional_phrase(span.root):
        # "Patricia Smith, mother of victim Sean Smith", "Bill Clinton spoke … for his wife Hillary Clinton": the
        # one named as whose relative is not taken up next
        cluster.named_in_full.append(span.start_char)
    if len(tokens) == 1:
        cluster.named_bare.append(span.start_char)
    cluster.token_ids.extend(t.i for t in span)
    for title in titles:
        cluster.add_unique("titles", title)
        cluster.note_title(title, tokens)
    if not described:
        return
    cluster.descriptors |= descriptor_words(span, person=label == "PERSON")
    if label == "PERSON":
        describe_person(doc, cluster, span)


def _display_name(cluster: Cluster) -> str:
    """The fullest name used; "Mr. Clinton" rather than a bare "Clinton" that could be anyone."""
    if max(len(f) for f in cluster.forms) == 1 and cluster.titles:
        return f"{cluster.titles[0]} {cluster.name}"
    return cluster.name


def _role_words(cluster: Cluster) -> set[str]:
    """What its roles and titles call it; not an owner's word ("the senator's younger brother" is no senator)."""
    return {word.lower().strip(".") for role in [*cluster.roles, *cluster.titles]
            for word in role_words_before_whom(role, CLAUSE_WORDS) if not word.endswith(OWNERS_MARKS)}


OWNERS_MARKS = ("'s", "’s", "s'", "s’")


# What a role says of its holder ends where a clause about what they did begins ("the agent who disparaged President
# Trump …": not a president), as it does where whom they serve begins (referents.role_words_before_whom).
CLAUSE_WORDS = frozenset({"who", "whom", "whose", "which", "that"})


def _name_affiliations(clusters: list[Cluster]) -> None:
    """ "Amnesty" as an affiliation is the organisation the article calls Amnesty International."""
    organisations = [c for c in clusters if c.type != "PERSON"]
    for cluster in clusters:
        named = []
        for affiliation in cluster.affiliations:
            words = affiliation.lower().split()
            match = next((o for o in organisations if any([w.lower() for w in f] == words for f in o.forms)), None)
            name = match.name if match else affiliation
            if name not in named:
                named.append(name)
        cluster.affiliations = named


def _entities(
    doc: Doc, clusters: list[Cluster],
) -> tuple[list[Entity], dict[int, str], dict[str, str | None], dict[str, set[str]]]:
    entities, by_token, genders = [], {}, {}
    _name_affiliations(clusters)
    descriptors = {f"e{n}": c.descriptors | _role_words(c) for n, c in enumerate(clusters, start=1)}
    for number, cluster in enumerate(clusters, start=1):
        identifier = f"e{number}"
        name = _display_name(cluster)
        entities.append(
            Entity(
                id=identifier,
                name=name,
                type=cluster.type,
                aliases=[cluster.form_text(f) for f in cluster.forms if cluster.form_text(f) != name],
                titles=cluster.titles,
                roles=cluster.roles,
                affiliations=cluster.affiliations,
                mentions=[Mention(text=text_of(doc)[s:e], spans=[(s, e)]) for s, e in cluster.mentions],
            )
        )
        genders[identifier] = cluster.gender
        for token_id in cluster.token_ids:
            by_token[token_id] = identifier
    return entities, by_token, genders, descriptors
