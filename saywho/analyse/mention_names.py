"""Where in a source mention its name stands, when the mention's head word is not the name.

"his best friend at Lehigh, Bruce Turry" names Bruce Turry; "Mr. Obama's diagnosis"
is Obama's; "CLEVELAND, July 19 (UPI) — Michael Mukasey" is Mukasey, not the city;
"Leading Democrats" and "The Podesta Group's CEO" name nobody. The resolver asks
these before it takes the head word's own entity.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from saywho.analyse.body_names import body_named_in_full
from saywho.analyse.entity_cluster import first_name_genders, person_titles
from saywho.analyse.name_cleaning import owner_in_the_name
from saywho.analyse.name_given import name_given
from saywho.analyse.name_labels import SPEAKING_FOR, speaks_for
from saywho.analyse.token_arrays import with_text
from saywho.document import Entity
from saywho.lexicons import person_noun

SAYING_NOUNS = frozenset({"quote", "statement", "remark", "comment", "word", "diagnosis", "view", "vow",
                          "promise", "pledge", "claim", "warning", "message", "argument", "call", "answer",
                          "speech", "address", "interview", "testimony", "letter", "tweet"})
# A named owner's reply is theirs too ("Keane's response accepted …"); a "his response" is left to SAYING_NOUNS alone,
# the owner's pronoun being too often someone else's in an exchange ("When pressed by Holt …, his best response")
NAMED_SAYING_NOUNS = SAYING_NOUNS | {"response", "reply", "rebuttal"}
# Offices the model sweeps into a place's or an organisation's name ("Palm Beach County Supervisor").
OFFICES = frozenset({"supervisor", "commissioner", "director", "chairman", "chairwoman", "chair", "administrator",
                     "clerk", "executive", "manager", "secretary", "treasurer", "auditor", "sheriff", "attorney"})
# "The city of Phoenix", "the state of Ohio": the place itself.
PLACE_NOUNS = frozenset({"city", "town", "village", "county", "state", "country", "province", "commonwealth"})


PLACE_LIKE = frozenset({"government", "regime", "administration"})


class MentionNames:
    def __init__(self, doc: Doc, entities: dict[str, Entity], by_token: dict[int, str], roles: dict[str, str]):
        self.doc, self.entities, self.by_token, self.roles = doc, entities, by_token, roles
        self.by_surname = _people_by_surname(entities.values())
        self.by_first_word = _organisations_by_first_word(entities.values())
        # where the brackets stand: asked of every source's head, one search rather than a walk of its neighbours
        self.openings, self.closings = with_text(doc, ["("]), with_text(doc, [")"])

    def names_a_group(self, head: Token) -> bool:
        """ "Leading Democrats", "the Wisconsin Republican": a nationality or party word alone describes.
        A surname the model took for a nationality ("Rosette Pambakian") is a person's name."""
        if head.ent_type_ != "NORP" or is_name_after_name(head) or self._short_for_an_organisation(head) \
                or self._a_persons_surname(head):
            return False
        if head.tag_ in {"NN", "NNP"} and any(c.dep_ == "appos" and c.ent_type_ == "PERSON"
                                              and not any(g.dep_ == "conj" for g in c.children) for c in head.children):
            return False  # "Another Republican, Rep. Justin Amash,": one person, named
        return not any(c.dep_ == "compound" and c.ent_type_ == "NORP" for c in head.children)

    def _a_persons_surname(self, head: Token) -> bool:
        """ "National coach Kirsten Harland said …. “…,” Harland said": the surname of a person named in full before,
        though the model read it as a people's word here; or the name the article calls them by ("Minister Rachmat
        Surjadi …. Rachmat said", as Indonesian papers write)."""
        entity_id = self.by_token.get(head.i)
        entity = self.entities[entity_id] if entity_id is not None else None
        return entity is not None and entity.type == "PERSON" and len(entity.name.split()) > 1 \
            and head.text in entity.name.split() and not any(c.dep_ == "det" for c in head.children)

    def _short_for_an_organisation(self, head: Token) -> bool:
        """ "American said", after "American Airlines": the first word of an organisation's name, standing for it."""
        entity_id = self.by_token.get(head.i)
        entity = self.entities[entity_id] if entity_id is not None else None
        return entity is not None and entity.type == "ORG" and head.tag_ == "NNP" and not any(head.children) \
            and entity.name.split()[0] == head.text and len(entity.name.split()) > 1  # not "the Florida Republican"

    def outside_brackets(self, head: Token, source: tuple[int, int] | None) -> Token:
        """ 'Del. Marcia "Cia" Price (D-Newport News)': a head inside brackets, after words of the source before
        them, is a party and place, an outlet or a gloss; the mention's head is the word before the bracket."""
        opening = self._opening_bracket(head)
        if opening is None or opening.i == 0 or source is None:
            return head
        before = head.doc[opening.i - 1]
        return before if source[0] <= before.idx and before.is_alpha else head

    def name_opening_the_source(self, head: Token, source: tuple[int, int] | None) -> Token:
        """ "Kwon Tae-ho, policy director at the riders' union, said", parsed with the role as the subject and the
        name hung on it: a source that opens with a person's name set off by a comma, its head a common noun after
        that comma, is that person; the mention's head is the name's last word."""
        if source is None or head.idx <= source[0] or head.pos_ not in {"NOUN", "PROPN"} and not (
                head.tag_ == "VBZ" and head.dep_ == "nsubj"):  # "Callum Briggs, campaigns director …": a noun read as a verb
            return head
        doc = self.doc
        opening = doc.char_span(source[0], source[0] + 1, alignment_mode="expand")
        if opening is None or not len(opening):
            return head
        entity_id = self.by_token.get(opening[0].i)
        if entity_id is None or self.entities[entity_id].type != "PERSON" or self.by_token.get(head.i) == entity_id:
            return head
        last = opening[0]
        while last.i + 1 < len(doc) and self.by_token.get(last.i + 1) == entity_id:
            last = doc[last.i + 1]
        if last.i + 1 >= head.i or doc[last.i + 1].text != "," or head.i in self.by_token \
                or any(t.dep_ == "cc" or t.lower_ in {"and", "&"} for t in doc[last.i + 1: head.i + 1]):
            return head  # "Tom Shaw, and the club, said": two
        return last

    def _opening_bracket(self, token: Token, reach: int = 8) -> Token | None:
        """The "(" the token stands inside (closed after it, within `reach` words either side), or None."""
        opening = _last_before(self.openings, token.i)
        if opening < max(0, token.i - reach) or _last_before(self.closings, token.i) > opening:
            return None  # no bracket near before it, or the nearest one closes
        closing = bisect_right(self.closings, token.i)
        closes = closing < len(self.closings) and self.closings[closing] <= token.i + reach
        return self.doc[opening] if closes else None

    def entity_of(self, head: Token, source: tuple[int, int] | None) -> str | None:
        """The entity of the name heading the mention, named in apposition to it, or inside it."""
        entity_id = self.head_entity(head)
        if entity_id is not None and (holder := self._titled_holder_in_its_of(head, entity_id)) is not None:
            return holder
        apposed = self._apposed_name(head)
        if entity_id is not None and (apposed is None or not self._a_person_beside_a_common_word(entity_id, apposed, head)):
            return entity_id
        return apposed or self._name_given(source) or self._place_named(head) or self.named_inside(head, source)

    def _titled_holder_in_its_of(self, head: Token, entity_id: str) -> str | None:
        """ "Court of King's Bench Justice Roberta Kowalchuk said": a body's name the parser made the subject, with the
        person's name, after its title, at the end of the body's "of"."""
        holder = _object_of_its_of(head, {"of", "for"})  # "Federal Minister for National Food Security Asif …"
        if holder is None or holder.i not in self.by_token or holder.i == head.i:
            return None
        a_title = head.lower_ in person_titles()
        if self.entities[entity_id].type != "ORG" and not a_title:
            return None  # but "Sinn Féin TD for Limerick City Deirdre Hanrahan", whose "TD" the model made a person's
        person = self.by_token[holder.i]
        titled = person_noun(head.lower_) or a_title or any(
            t.dep_ == "compound" and t.ent_type_ != "PERSON" and (person_noun(t.lower_) or t.lower_ in person_titles())
            for t in holder.lefts)  # "Leader of the opposition Sunil Deshmukh", "Court of King's Bench Justice …"
        return person if titled and self.entities[person].type == "PERSON" else None

    def _name_given(self, source: tuple[int, int] | None) -> str | None:
        """ "One vendor, who gave his name only as Tapiwa,": the name the mention gives its speaker."""
        span = self.doc.char_span(*source, alignment_mode="expand") if source is not None else None
        return name_given(list(span), self.by_token) if span is not None else None

    def _apposed_name(self, head: Token) -> str | None:
        name = self._name_in_apposition(head)
        if name is None or _named_for_the_boss(head, name, self.roles):
            return None
        entity_id = self.by_token[name.i]
        if self.entities[entity_id].type != "PERSON" and speaks_for(head, name.i):
            return None  # "A spokesman for the litigation funder, Southern Cross Litigation Capital,": the funder's name
        listed = self._a_thing(head) and name.left_edge.i > 0 and head.doc[name.left_edge.i - 1].text == ","
        return None if listed and self.entities[entity_id].type != "PERSON" else entity_id

    def _a_thing(self, head: Token) -> bool:
        """ "The suit, filed … on behalf of the project, the Northern Tamarack Tenants Union, …": a common noun for no
        person or body (a suit, a letter) is not renamed by an organisation's name set beside it; the parser hung a
        list's names on it (a person's name beside a noun the lists lack, "His neighbour, John Smith," still names)."""
        return head.pos_ == "NOUN" and head.lemma_.lower() not in self.roles and head.lemma_.lower() not in NAMED_SAYING_NOUNS

    def _name_in_apposition(self, head: Token) -> Token | None:
        """ "the attorney, William McGinley": the name set beside a description. A bracket's name is no apposition's
        ("Scott's niece, Del. Marcia Price (D-Newport News),")."""
        # a person's name the model left untagged here and named elsewhere ("an STT spokeswoman, Inga Rimkutė, …
        # Ms. Rimkutė told reporters") is one too
        return next((c for c in head.children if c.dep_ == "appos" and self._opening_bracket(c) is None
                     and c.i in self.by_token and (c.ent_type_ or self.entities[self.by_token[c.i]].type == "PERSON")),
                    None) or self._name_set_off_before_its_verb(head)

    def _name_set_off_before_its_verb(self, head: Token) -> Token | None:
        """ "The council member who led the effort, Anita Marchbanks, describes", "Nordavia's managing director, Per
        Ekdahl, says": a person's name between commas right before the verb whose subject the description is, which
        the parser hung on the description's own clause or read as a preposition and its object."""
        doc, verb = head.doc, head.head
        if head.dep_ != "nsubj" or verb.i <= head.i or not self.is_role_word(head) or doc[verb.i - 1].text != ",":
            return None
        opening = next((i for i in range(verb.i - 2, head.i, -1) if doc[i].text == ","), head.i)
        words = doc[opening + 1: verb.i - 1]
        people = {self.by_token[t.i] for t in words if t.i in self.by_token}  # "Per" of "Per Ekdahl" may be none's
        if opening == head.i or not 1 <= len(words) <= 4 or not all(t.is_alpha and t.text[:1].isupper() for t in words) \
                or words[-1].i not in self.by_token or len(people) != 1 or self.entities[people.pop()].type != "PERSON":
            return None
        return words[-1] if all(head.left_edge.i <= t.i <= head.right_edge.i for t in doc[head.i: opening]) else None

    def _a_person_beside_a_common_word(self, entity_id: str, apposed: str, head: Token) -> bool:
        """ "Another Republican, Rep. Justin Amash of Michigan, said": the person named beside the party word; "The
        Taoiseach, Siobhán Darragh, has insisted": beside an office the model took for a name."""
        if self.entities[apposed].type != "PERSON":
            return False
        entity = self.entities[entity_id]
        return entity.type != "PERSON" or ((entity.name == head.text or self._an_office(entity))
                                           and any(c.lower_ == "the" for c in head.lefts))

    def _an_office(self, entity: Entity) -> bool:
        """ "The Deputy Financial Complaints Ombudsman, Fergal Nash,", read "Complaints Ombudsman": title-case words
        ending in a person's noun, none a first name, are an office the model took for a person's name."""
        words = entity.name.split()
        return 1 < len(words) <= 4 and all(word.istitle() for word in words) \
            and self.roles.get(words[-1].lower(), "").startswith("PERSON") \
            and not any(first_name_genders().get(word.lower()) for word in words)

    def _place_named(self, head: Token) -> str | None:
        """ "The city of Phoenix said": the place the noun's "of" names."""
        if head.lower_ not in PLACE_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        place = _object_of_its_of(head)
        entity_id = self.by_token.get(place.i) if place is not None else None
        return entity_id if entity_id is not None and self.entities[entity_id].type == "GPE" else None

    def head_entity(self, head: Token) -> str | None:
        """The head word's own entity, unless it is a role noun or a dateline's place."""
        entity_id = self.by_token.get(head.i)
        if entity_id is None:
            return self._surname(head) or self._organisation_for_short(head) or self._person_beside(head)
        if self.is_role_word(head) or self._dateline_place(head, entity_id) or self._office_of(head, entity_id):
            return None
        return entity_id

    def named_inside(self, head: Token, source: tuple[int, int] | None) -> str | None:
        """A person named in apposition within a role noun's phrase ("The director of the European
        Centre, Ina Kirsch,"), or the one whose words a saying noun stands for ("Mr. Obama's diagnosis")."""
        lemma = head.lemma_.lower()
        if self.roles.get(lemma, "").startswith("ORG") and (apposed := self._apposed_organisation(head, source)):
            return apposed
        if self.roles.get(lemma, "").startswith("PERSON") or self.is_role_word(head):
            return self._apposed_person(head, source) or self._holder_after_office(head) or self._name_beside(head) \
                or self._named_after_its_comma(head, source)
        if lemma in NAMED_SAYING_NOUNS:
            return self._speaker_of_saying(head)
        return self._name_beside(head) if head.pos_ == "NOUN" else None

    def _apposed_organisation(self, head: Token, source: tuple[int, int] | None) -> str | None:
        """ "The manufacturer of flupyradin, Calder Agrosciences,": the one organisation named in apposition within
        an organisation noun's phrase, where the parser hung the name on the noun's "of"."""
        found = {self.by_token[t.i] for t in self._apposed_in(head, source)}
        return found.pop() if len(found) == 1 and self.entities[next(iter(found))].type == "ORG" else None

    def fits_description(self, head: Token, entity: Entity, called: set[str]) -> bool:
        """ "The Florida senator" is someone the text placed in Florida; "the commission" is no place
        (a government, a regime or an administration may be)."""
        if entity.type == "GPE" and head.lemma_.lower() not in PLACE_LIKE:
            return False
        texts = " ".join([*entity.roles, *entity.affiliations, *entity.titles]).lower()
        for child in head.lefts:
            if child.dep_ == "compound" and child.ent_type_ == "GPE":
                place = child.text.lower()
                if place not in called and place not in texts:
                    return False
        return True

    def is_role_word(self, head: Token) -> bool:
        """ "The Podesta Group's CEO", "Attorneys for Clinton": a capitalised role noun the model
        took for no name, though the chain of proper nouns made an entity of it."""
        return not head.ent_type_ and head.lemma_.lower() in self.roles and not owner_in_the_name(head) \
            and not self._body_named_in_full(head)

    def _body_named_in_full(self, head: Token) -> bool:
        """ "The Consumer Product Safety Commission said", untagged: an organisation's noun after two or more
        capitalised words of its own name is the end of that name, not a role; so is one heading a body's full name
        (body_names)."""
        words = [t for t in head.subtree if t.i < head.i and t.dep_ == "compound" and t.pos_ == "PROPN" and t.is_title]
        if not self.roles.get(head.lemma_.lower(), "").startswith("ORG") or not head.is_title:
            return head.is_title and body_named_in_full(head) is not None  # "Citizens for Digital Rights, a civic group"
        entity = self.entities.get(self.by_token.get(head.i, ""))  # "The Cricketers’ Welfare Trust", read "Welfare Trust"
        return len(words) >= 2 or (entity is not None and entity.type == "ORG" and len(entity.name.split()) >= 2
                                   and entity.name.split()[-1] == head.text) \
            or body_named_in_full(head) is not None  # "The Rosario Chamber of Chinese Supermarket Owners said"

    def _dateline_place(self, head: Token, entity_id: str) -> bool:
        return self.entities[entity_id].type == "GPE" and any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)

    def _office_of(self, head: Token, entity_id: str) -> bool:
        """ "Palm Beach County Supervisor of Elections Susan Bucher": a place's or an organisation's name the
        model swept an office into, before the person in apposition who holds it."""
        return self.entities[entity_id].type != "PERSON" and head.text[:1].isupper() \
            and head.lemma_.lower() in OFFICES and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)

    def _surname(self, head: Token) -> str | None:
        """ "Swers said" where the model missed the name: a capitalised word that is one person's surname, or one
        that opens on a lower-case particle ("diGenova", "deBlasio"), which the model reads as no name at all."""
        if head.pos_ == "PRON" or not (head.text[:1].isupper() or PARTICLE_NAME.fullmatch(head.text)):
            return None
        owners = self.by_surname.get(head.text, set())
        return next(iter(owners)) if len(owners) == 1 else None

    def _organisation_for_short(self, head: Token) -> str | None:
        """ "Pew notes" where the text named Pew Research: a proper noun the model missed that begins the name
        of one organisation, and of no person."""
        if head.pos_ not in {"PROPN", "NOUN"} or not head.text[:1].isupper() or head.text in self.by_surname:
            return None
        if head.lemma_.lower() in self.roles:  # "Police said", where the text named a Police Department
            return None
        owners = self.by_first_word.get(head.text, set())
        return next(iter(owners)) if len(owners) == 1 else None

    def _apposed_person(self, head: Token, source: tuple[int, int] | None) -> str | None:
        found = {self.by_token[t.i] for t in self._apposed_in(head, source)
                 if t.ent_type_ == "PERSON" or self._entity_named(t) is not None}
        return found.pop() if len(found) == 1 else None

    def _apposed_in(self, head: Token, source: tuple[int, int] | None) -> list[Token]:
        """The names set in apposition anywhere in the head's phrase, within the source (never a spokesperson's
        boss's: `_named_for_the_boss`)."""
        return [t for t in head.subtree if t.i != head.i and t.i in self.by_token
                and (t.dep_ == "appos" or self._person_listed_after_its_object(head, t))
                and (not source or source[0] <= t.idx < source[1]) and not _named_for_the_boss(head, t, self.roles)
                and not _inside_a_clause(head, t, self.roles)]

    def _person_listed_after_its_object(self, head: Token, name: Token) -> bool:
        """ "The Minister for Public Expenditure, Aisling Treacy, who …": the parser joined the holder's name to the
        office's object as the next item of a list."""
        return name.dep_ == "conj" and name.head.dep_ == "pobj" and name.head.head.head == head \
            and head.doc[name.left_edge.i - 1].text == "," and self.entities[self.by_token[name.i]].type == "PERSON"

    def _named_after_its_comma(self, head: Token, source: tuple[int, int] | None) -> str | None:
        """ "According to an STT spokeswoman, Inga Rimkutė, investigators believe": the person named right after the
        description and its comma, within the source, where the parser hung the name elsewhere."""
        doc, comma = head.doc, head.right_edge.i + 1
        joined = [c for c in head.children if c.dep_ == "conj"]  # the parser's other reading: the name joined on
        comma = joined[0].left_edge.i - 1 if joined and joined[0].left_edge.i > head.i + 1 else comma
        if source is None or comma + 1 >= len(doc) or doc[comma].text != ",":
            return None
        name = comma + 1
        while name < min(comma + 3, len(doc) - 1) and doc[name].is_lower and person_noun(doc[name].lower_):
            name += 1  # "the committee's chair, lawyer Yumiko Sato,"
        entity_id = self.by_token.get(name)
        inside = source[0] <= doc[name].idx < source[1]
        return entity_id if inside and entity_id is not None and self.entities[entity_id].type == "PERSON" else None

    def _holder_after_office(self, head: Token) -> str | None:
        """ "Director of National Intelligence James Clapper": the parser made the capitalised office the head and
        hung the holder's name at the end of its "of", after the office's own words."""
        if not head.text[:1].isupper():
            return None
        # "Minister for National Food Security Asif Khakwani", but not "Campaign for Trump"
        holder = _object_of_its_of(head, {"of", "for"} if person_noun(head.lemma_.lower()) else {"of"})
        if holder is None or holder.pos_ != "PROPN":
            return None
        if holder.i not in self.by_token:  # "Minister for Health Ciarán Madigan", untagged: the one Madigan named
            return self._surname(holder) if any(c.dep_ == "compound" for c in holder.children) else None
        return self._entity_named(holder)

    def _name_beside(self, head: Token) -> str | None:
        """ "Local news affiliate ABC 7 is reporting": a name right after a noun's phrase that the parser made a
        second subject of the same verb is the one the noun describes: a person or an organisation, of the
        role's kind where the noun is a role."""
        after = head.doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(head.doc) else None
        if after is None or after.dep_ != "nsubj" or after.head.i != head.head.i or after.i not in self.by_token:
            return None
        entity_id = self.by_token[after.i]
        kinds = {self.roles[head.lemma_.lower()].partition("\t")[0]} if head.lemma_.lower() in self.roles \
            else {"PERSON", "ORG"}
        return entity_id if self.entities[entity_id].type in kinds else None

    def _person_beside(self, head: Token) -> str | None:
        """A subject the parser took from the words before a person's name: "Saturday at the party
        convention Sen. Elizabeth Warren said", "Tennis great Billie Jean King remembered"."""
        if not stands_before_a_name(head):
            return None
        found = {self.by_token[t.i] for t in head.subtree if t.dep_ == "appos" and t.i in self.by_token}
        found |= {self.by_token[t.i] for t in apposed_words(head) if t.i in self.by_token}
        found |= {self.by_token[t.i] for t in head.head.children
                  if t.i > head.i and t.dep_ == "nsubj" and t.i in self.by_token}
        people = {entity_id for entity_id in found if self.entities[entity_id].type == "PERSON"}
        return people.pop() if len(people) == 1 else None

    def _speaker_of_saying(self, head: Token) -> str | None:
        for child in head.children:
            if child.dep_ == "poss" and child.i in self.by_token:
                return self._entity_named(child)
            if child.dep_ == "relcl":  # "a speech Mrs. Clinton delivered"
                subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.i in self.by_token:
                    return self._entity_named(subject)
            if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
                for object_ in child.children:
                    named = object_ if object_.i in self.by_token else self._name_in_apposition(object_)
                    if object_.dep_ == "pobj" and named is not None:
                        # a person's or an organisation's ("a statement from the Republican National Committee",
                        # "from Grimm's attorney, William McGinley"), not a place's ("a letter from the city")
                        return self._entity_named(named, ISSUERS)
        return None

    def _entity_named(self, token: Token, types: frozenset[str] = frozenset({"PERSON"})) -> str | None:
        """The entity the name at `token` names, if it is of one of `types`."""
        entity_id = self.by_token[token.i]
        return entity_id if self.entities[entity_id].type in types else None


def _object_of_its_of(head: Token, prepositions: set[str] | None = None) -> Token | None:
    """ "city" → "Phoenix" in "The city of Phoenix", "Director" → "Clapper" in "Director of … James Clapper"."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in (prepositions or {"of"})), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _last_before(indices: list[int], i: int) -> int:
    """The last of the sorted `indices` below `i`, or -1."""
    at = bisect_left(indices, i)
    return indices[at - 1] if at else -1


NOT_NAMES = frozenset({"DATE", "TIME"})


def stands_before_a_name(head: Token) -> bool:
    """A date ("Saturday") or an untagged proper noun ("Tennis") heading a subject, or opening a sentence before a
    person named in apposition ("Backstage, his brother and manager Teddy Rae told"): no one's name."""
    return head.ent_type_ in NOT_NAMES or (head.pos_ == "PROPN" and not head.ent_type_ and (any(
        t.dep_ == "nsubj" and t.ent_type_ == "PERSON" and t.i > head.i for t in head.head.children)
        or _opens_before_a_named_apposition(head)))


def _opens_before_a_named_apposition(head: Token) -> bool:
    doc = head.doc
    if not head.is_sent_start or head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
        return False
    # not a word the text uses elsewhere, as it does a name ("Rachel Reeves …. Reeves, her deputy Darren Jones at her
    # side, told")
    return with_text(doc, [head.text]) == [head.i] and any(t.ent_type_ == "PERSON" for t in apposed_words(head))


def apposed_words(head: Token) -> list[Token]:
    """The heads of the words set in apposition to `head` and of those joined to them ("his brother and manager Teddy
    Rae"), not those that qualify them ("an Obama supporter") or are hung on them ("a friend of Ann Lee")."""
    found, apposed = [], [c for c in head.children if c.dep_ == "appos"]
    while apposed:
        token = apposed.pop()
        found.append(token)
        apposed += [c for c in token.children if c.dep_ in {"conj", "appos"}]
    return found


def is_name_after_name(head: Token) -> bool:
    """ "Rosette Pambakian": one person's name, a proper noun the model tagged nothing (or a person) before a
    singular head; "Senate Republicans", "the Wisconsin Republican" are groups and descriptions."""
    return head.tag_ == "NNP" and any(c.dep_ == "compound" and c.i < head.i and c.pos_ == "PROPN"
                                      and c.text[:1].isupper() and c.ent_type_ in {"", "PERSON"}
                                      for c in head.children)


ISSUERS = frozenset({"PERSON", "ORG"})
PARTICLE_NAME = re.compile(r"[a-z]{1,3}[A-Z][a-z]+")


def _people_by_surname(entities) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for entity in entities:
        if entity.type != "PERSON":
            continue
        for name in [entity.name, *entity.aliases]:
            words = name.split()
            if words:
                owners.setdefault(words[-1], set()).add(entity.id)
    return owners


def _organisations_by_first_word(entities) -> dict[str, set[str]]:
    """Organisations by the first word of each of their names of two words or more; a word that also
    begins the name of a person or a place ("Washington Post" beside Washington State) is left out."""
    owners: dict[str, set[str]] = {}
    taken: set[str] = set()
    for entity in entities:
        for name in [entity.name, *entity.aliases]:
            words = name.split()
            if len(words) < 2:
                continue
            if entity.type == "ORG":
                owners.setdefault(words[0], set()).add(entity.id)
            else:
                taken.add(words[0])
    return {word: ids for word, ids in owners.items() if word not in taken}


def _named_for_the_boss(head: Token, name: Token, roles: dict[str, str]) -> bool:
    """ "a spokesman for the Minister for Foreign Affairs, Ciarán Doyle, said": a name after a spokesperson's "for" and
    an office written as a title is the office holder's, not the spokesperson's ("A spokeswoman for the office, Maria
    Delgado," and "A spokesman for the governor, Evan Marsh," name them)."""
    if head.lemma_.lower() not in SPEAKING_FOR:
        return False
    bosses = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < name.i
              for p in c.children if p.dep_ == "pobj"]
    return any(boss.text[:1].isupper() and (boss.lower_ in person_titles()  # "the governor, Evan Marsh": his
                                            or roles.get(boss.lemma_.lower(), "").startswith("PERSON"))
               for boss in bosses)


def _inside_a_clause(head: Token, name: Token, roles: dict[str, str]) -> bool:
    """Whether the name stands beside another person's noun in a clause within the head's phrase ("…, who bowled the
    home captain, Rehan Bashir,"): someone that clause is about. Not a name the clause gives the person described
    ("…, who asked to be identified only by his first name, Rizky,")."""
    if name.dep_ != "appos" or name.head.i == head.i or not roles.get(name.head.lemma_.lower(), "").startswith("PERSON"):
        return False
    token = name.head
    while token.i != head.i and token.head.i != token.i:
        if token.pos_ in {"VERB", "AUX"}:
            return True
        token = token.head
    return False
