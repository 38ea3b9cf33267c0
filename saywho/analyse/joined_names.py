"""Names the small model tagged in two pieces, joined as the text writes them: "Sheila Jackson-Lee", "Enrique Peña
Nieto", "the U.S. Court of Appeals for the 6th Circuit", "St. Brendan's Hospital" (moved out of entities.py, s48)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from saywho.analyse.entity_cluster import person_titles
from saywho.analyse.name_cleaning import POST_NOMINALS, a_business_owners_mark, is_joining_hyphen
from saywho.document import EntityType
from saywho.lexicons import body_noun, classified

NAME_LABELS: dict[str, EntityType] = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE"}


def names_joined(doc: Doc) -> list[Span]:
    """Names the model tagged in two pieces, one name as the text writes it: two joined by a hyphen with no
    space either side ("Sheila Jackson-Lee", tagged "Sheila Jackson" and "Lee"), a person's if either was;
    a court with its circuit or district ("the U.S. Court of Appeals for the 6th Circuit"); and an institution
    named for its owner ("St. Brendan's Hospital"); a business's name with the owner's mark it ends in ("Sainsbury's
    said")."""
    joined: list[Span] = []
    for ent in doc.ents:
        before = joined[-1] if joined else None
        if before is not None and ent.start < before.end:
            continue  # the place of a district already in its court's name
        if before is not None and ent.start == before.end + 1 and is_joining_hyphen(doc[before.end]) \
                and {ent.label_, before.label_} <= set(NAME_LABELS):
            label = "PERSON" if "PERSON" in {ent.label_, before.label_} else before.label_
            joined[-1] = Span(doc, before.start, ent.end, label=label)
        elif before is not None and (_surname_cut_off(before, ent) or _untagged_in_between(before, ent)
                                     or _particles_between(before, ent) or _letters_after_a_name(before, ent)):
            joined[-1] = Span(doc, before.start, ent.end, label="PERSON")
        elif before is not None and _court_and_seat(before, ent):
            joined[-1] = Span(doc, before.start, _with_place_after(ent).end, label="ORG")
        elif before is not None and (_owner_and_place(before, ent) or _members_and_body(before, ent)):
            joined[-1] = Span(doc, before.start, ent.end, label="ORG")
        else:
            joined.append(_with_its_owners_mark(_with_a_word_before_the_place(_month_read_for_a_first_name(
                _name_before_its_letters(ent)))))
    return joined


def _with_its_owners_mark(ent: Span) -> Span:
    """ "Sainsbury's said", tagged "Sainsbury": a business's owner's mark that owns nothing is its name's."""
    doc, end = ent.doc, ent.end
    if ent.label_ == "ORG" and end < len(doc) and a_business_owners_mark(doc[end]):
        return Span(doc, ent.start, end + 1, label=ent.label_)
    return ent


MONTHS_THAT_ARE_NAMES = frozenset({"april", "may", "june", "august"})
NOT_SURNAMES = frozenset({"day", "days", "week", "fools", "monday", "tuesday", "wednesday", "thursday", "friday",
                          "saturday", "sunday"})


def _letters_after_a_name(name: Span, letters: Span) -> bool:
    """ "Edmund Tallis KC", tagged "Edmund Tallis" a nationality and "KC" an organisation: a rank's or an honour's letters
    right after two or three capitalised words the model tagged as anything are a person's name's end."""
    return len(letters) == 1 and letters[0].text in POST_NOMINALS and letters.start == name.end \
        and 2 <= len(name) <= 3 and all(t.is_title and t.is_alpha for t in name)


def _name_before_its_letters(ent: Span) -> Span:
    """ "Edmund Tallis KC, for the defence, said", tagged "KC" an organisation: a rank's or an honour's letters alone,
    after two or three capitalised words the model left untagged, are that person's name's end."""
    doc, start = ent.doc, ent.start
    if len(ent) != 1 or ent[0].text not in POST_NOMINALS:
        return ent
    while start > 0 and ent.start - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha \
            and not doc[start - 1].ent_type_ and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return Span(doc, start, ent.end, label="PERSON") if ent.start - start >= 2 else ent


def _month_read_for_a_first_name(ent: Span) -> Span:
    """ "“I watched our truck float down the driveway,” June Guidry said": a month that is also a first name, before a
    capitalised word that is no number, is a person's name, not a date."""
    if ent.label_ != "DATE" or len(ent) != 2 or ent[0].lower_ not in MONTHS_THAT_ARE_NAMES:
        return ent
    surname = ent[1]
    if not surname.is_title or surname.like_num or not surname.is_alpha or surname.lower_ in NOT_SURNAMES:
        return ent  # "June 2016", "May Day"
    return Span(ent.doc, ent.start, ent.end, label="PERSON")


def _with_a_word_before_the_place(place: Span) -> Span:
    """ "Aquatics Australia, the sport's national governing body, said", "Team USA": a capitalised noun the model left
    out before a country's name makes the two an organisation's name, not the country's."""
    doc, start = place.doc, place.start
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(place.start, place.end) \
            and doc[start - 1].is_title and doc[start - 1].pos_ in {"NOUN", "PROPN"} and not doc[start - 1].ent_type_ \
            and not classified("role_nouns.txt").get(doc[start - 1].lower_) and doc[start - 1].lower_ not in person_titles():
        start -= 1
    if place.label_ != "GPE" or start == place.start:
        return place
    return Span(doc, start, place.end, label="ORG")


def _surname_cut_off(person: Span, rest: Span) -> bool:
    """ "Enrique Peña" tagged a person and "Nieto" a place, "Ursula von der" and "Leyen": one capitalised word
    right after a person's name of two words or more, a space between, ends that name (a lone surname before
    it, "Clinton Iowa", or a possessive, "Rand Paul's Kentucky", is no such name)."""
    last, word = person[-1], rest[0]
    return (person.label_ == "PERSON" and len(person) > 1 and len(rest) == 1 and rest.start == person.end
            and rest.label_ in NAME_LABELS and last.whitespace_ == " " and last.text[:1].isalpha()
            and last.lower_ not in {"and", "of"} and word.text[:1].isupper() and not word.is_upper)


def _untagged_in_between(first: Span, rest: Span) -> bool:
    """ "Foreign Minister Aminata Diallo Ndiaye said", tagged "Aminata" a person and "Ndiaye" an organisation, or
    "spokeswoman Dorcas Mwende Otieno", tagged "Dorcas" a place and "Otieno" a person: one or two untagged capitalised
    words (no title: "Florida Sen. Rubio" is a place and a senator) between a name and one more word, all of them the
    parser's compounds of that last word, make one person's name."""
    if len(rest) != 1 or not 1 <= rest.start - first.end <= 2 or "PERSON" not in {first.label_, rest.label_}:
        return False
    doc, head, titles = first.doc, rest[0], person_titles()
    return {first.label_, rest.label_} <= set(NAME_LABELS) and first[-1].dep_ == "compound" \
        and first[-1].head.i == head.i \
        and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.ent_type_ and t.lower_ not in titles
                and t.dep_ == "compound" and t.head.i == head.i for t in doc[first.end: rest.start])


# Lowercase words a surname opens with: "Anouk van den Berg", "Ana de la Cruz", "Omar bin Laden".
SURNAME_PARTICLES = frozenset({"van", "von", "den", "der", "de", "da", "di", "du", "del", "della", "des", "la", "le",
                               "ter", "ten", "bin", "ibn", "al", "el", "dos", "das"})


def _particles_between(first: Span, rest: Span) -> bool:
    """ "His wife, Anouk van den Berg,", tagged "Anouk" an organisation and "Berg" a person: one or two of a surname's
    lowercase particles between a name and one more capitalised word make one person's name, where either piece was
    tagged a person."""
    between = first.doc[first.end: rest.start]
    return len(rest) == 1 and 1 <= len(between) <= 2 and "PERSON" in {first.label_, rest.label_} \
        and {first.label_, rest.label_} <= set(NAME_LABELS) and all(t.lower_ in SURNAME_PARTICLES for t in between) \
        and all(t.text[:1].isupper() for t in (first[-1], rest[0]))


# Institutions named for their founder or saint: "St. Brendan's Hospital", "St. John's College".
_NAMED_FOR_SOMEONE = frozenset({"hospital", "college", "school", "church", "cathedral", "clinic", "university",
                                "academy", "chapel", "infirmary", "center", "centre"})


def _owner_and_place(owner: Span, place: Span) -> bool:
    """ "St. Brendan's Hospital", tagged a facility "St. Brendan's" and an organisation "Hospital": a name ending in
    its possessive, right before the one word of such an institution, is one name (not "Media Research Center’s
    Bozell")."""
    if not (owner.label_ in {"FAC", "ORG", "GPE", "LOC"} and owner[-1].text in {"'s", "’s"} and place.start == owner.end
            and place.label_ in {"ORG", "FAC"} and place[-1].lower_ in _NAMED_FOR_SOMEONE):
        return False
    # "St. Brendan's Regional Medical Center"; a place's own institution is another ("New York's Mount Sinai Hospital")
    return len(place) == 1 or (owner.label_ in {"FAC", "ORG"} and all(t.is_title for t in place))


def _members_and_body(members: Span, body: Span) -> bool:
    """ "The Polish Film Directors' Guild", tagged an organisation "… Directors'" and a person "Guild": a name
    ending in a plural's apostrophe, right before one capitalised word of a body, is one organisation's name."""
    return members.label_ == "ORG" and members[-1].text in {"'", "’"} and body.start == members.end \
        and len(body) == 1 and body[0].is_title and body_noun(body[0].lower_)


_COURTS = frozenset({"court", "appeals"})
_SEATS = frozenset({"circuit", "district"})


def _court_and_seat(court: Span, seat: Span) -> bool:
    return (court.label_ == "ORG" and court[-1].lower_ in _COURTS and seat.start == court.end + 1
            and court.doc[court.end].lower_ == "for" and seat[-1].lower_ in _SEATS)


def _with_place_after(seat: Span) -> Span:
    """ "the Southern District of New York": the place a district is of is part of its court's name."""
    doc = seat.doc
    place = seat.end + 1
    if place >= len(doc) or doc[seat.end].lower_ != "of" or doc[place].ent_type_ != "GPE" or doc[place].ent_iob_ != "B":
        return seat
    end = place + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[seat.start : end]
