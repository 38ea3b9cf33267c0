"""Whose a document is, for the source profile's role: a poll a pollster's, a ruling an official's.

Where the article names the issuer, the profile reads the issuer's role; where it does not, the
document's own kind says it ("a Quinnipiac poll" is an expert's, "a court ruling" an official's).
A name the recogniser did not take up still names the issuer ("a recent poll by
RealClearPolitics"), and a report in a newspaper, or a pool report, is the press's.
"""

from __future__ import annotations

import re

from saywho.analyse.mention_roles import is_outlet
from saywho.analyse.role_phrases import form_in
from saywho.document import NOT_STATED, RoleKind

# polls and studies are pollsters' and researchers', rulings and cables officials', ads candidates'
DOCUMENT_ROLES: dict[str, RoleKind] = {"poll": "expert", "survey": "expert", "study": "expert", "average": "expert",
                  "ruling": "official", "decision": "official", "sentence": "official", "verdict": "official",
                  "indictment": "official", "cable": "official", "ad": "politician", "advertisement": "politician"}
MORE_DOCUMENTS = {"editorial", "book", "novel", "memoir", "column", "op-ed", "article", "website", "email",
                  "e-mail", "message", "petition", "platform", "thriller", "summary", "plan", "proposal",
                  "disclaimer", "recording", "footage", "notes", "sentence"}
# capitalised words that name a time, not an issuer: "a poll released on Thursday"
TIMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
         "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w’'&./-]*\s?)+")


def document_role(role: RoleKind, head: str, source: str) -> RoleKind:
    """A document's role, given the one its words and its issuer give it (`role`): where that is none, or only
    what its kind says ("a CBS poll": a pollster's), an outlet named in the mention makes it the outlet's; where
    none, the issuer the mention names (document_issuer_role)."""
    if role == NOT_STATED or role == issuer_of_kind(head) and names_an_outlet(source):
        return document_issuer_role(head, source)
    return role


def document_issuer_role(head: str, source: str) -> RoleKind:
    """The role of a document's issuer read from the source mention's own words, where the entities name none:
    a report or a poll of a news outlet, or a pool report, the press's; a poll by any other name a pollster's."""
    if names_an_outlet(source):
        return "journalist"  # "A Times/CBS News poll" is the papers' own
    return issuer_of_kind(head) if names_in(source) else NOT_STATED


def names_an_outlet(source: str) -> bool:
    """ "a CBS poll", "a report Tuesday from WKOW", "a pool report": the mention names a news outlet."""
    return any(is_outlet(name) for name in names_in(source)) or re.search(r"(?i)\bpool reports?\b", source) is not None


def issuer_of_kind(head: str) -> RoleKind:
    """Whose a document of this kind is where no issuer is named: a poll a pollster's, a ruling an official's."""
    return DOCUMENT_ROLES.get(form_in(head, DOCUMENT_ROLES) or "", NOT_STATED)


def names_in(source: str) -> list[str]:
    """The capitalised runs after the mention's first word that are not dates: "New York Times/CBS News"."""
    rest = source.split(maxsplit=1)[1] if len(source.split()) > 1 else ""
    runs = [run.strip() for run in CAPITALISED_RUN.findall(rest)]
    return [run for run in runs if run and run.lower() not in TIMES]
