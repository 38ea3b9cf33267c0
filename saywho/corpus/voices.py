"""Who gets a voice: shares of quotations and of sources by source profile, per outlet, month or topic.

The figures come from each quotation's source profile (analysis schema version 2,
stored in the quotations table). For every group (an outlet, a month, a topic
word, or the whole corpus) and every profile field (gender, naming, kind, role):

- `quotations`: how many of the group's quotations have a speaker of that class;
- `sources`: how many distinct speakers (corpus identities) are of that class. A
  speaker gets one class per group: the one most of their quotations have there,
  a stated value ahead of "not stated", "unknown" and "not profiled" (someone
  called "Ms. Clark" in one article and only "Clark" in another is a woman). A
  quotation whose source the analysis profiled without tying it to a speaker (a he
  or she tied to no one, schema version 5) is a source of its own;
- `direct`: how many of those quotations are direct or partial quotations (the
  speaker's words in quotation marks) rather than paraphrase, "according to" or
  "reported".

Every figure carries the filter that finds the quotations behind it
(`Store.quotes(**figure.filter)`): its group's outlet, dates or search, and
`profile={field: value}`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from operator import attrgetter
from typing import Any

from saywho.corpus.store import NOT_PROFILED, PROFILE_FIELDS, ProfileRow, Store, StoreError
from saywho.document import DIRECT, GENDERS, NAMINGS, PARTIAL, ROLE_KINDS, SOURCE_KINDS

BY = ("outlet", "month", "topic")
VALUES = {"gender": GENDERS, "naming": NAMINGS, "kind": SOURCE_KINDS, "role": ROLE_KINDS}
UNINFORMATIVE = ("not stated", "unknown", NOT_PROFILED)
QUOTED_KINDS = {DIRECT, PARTIAL}
ALL = "all"


@dataclass
class Figure:
    """One class of one profile field in one group."""

    field: str
    value: str
    quotations: int
    quotation_share: float
    sources: int
    source_share: float
    direct: int  # of `quotations`, direct or partial
    direct_share: float
    filter: dict[str, Any]  # Store.quotes(**filter) lists the quotations behind the figure


@dataclass
class Group:
    group: str
    quotations: int
    sources: int
    direct: int
    figures: list[Figure] = field(default_factory=list)
    top_sources: list[dict[str, Any]] = field(default_factory=list)  # {"speaker_id", "speaker", "quotations", …}
    filter: dict[str, Any] = field(default_factory=dict)
    words: int | None = None  # words in the group's articles (by outlet), for quotations per 1,000 words

    def figure(self, field_name: str, value: str) -> Figure | None:
        return next((f for f in self.figures if f.field == field_name and f.value == value), None)

    def share(self, field_name: str, value: str, of: str = "sources") -> float:
        found = self.figure(field_name, value)
        return 0.0 if found is None else getattr(found, f"{of[:-1]}_share")


def voices(store: Store, *, by: str | None = None, about: str | None = None, outlet: str | None = None,
           since: str | None = None, until: str | None = None, top: int = 5) -> list[Group]:
    """The diversity report: one Group per outlet, month or topic word (or one for all)."""
    if by not in (None, *BY):
        raise StoreError(f"voices are grouped by {', '.join(BY)}, not {by!r}")
    base = {k: v for k, v in {"outlet": outlet, "since": since, "until": until}.items() if v}
    if by == "topic":
        words = [w.strip() for w in (about or "").split(",") if w.strip()]
        if not words:
            raise StoreError("--by topic needs the topics: --about WORD[,WORD…] (a full-text search of what was said)")
        return [_group(word, list(store.profiles(**base, about=word)), {**base, "about": word}, top)
                for word in words]
    rows = list(store.profiles(**base, about=about))
    if about:
        base["about"] = about
    if by is None:
        return [_group(ALL, rows, base, top)]
    grouped: dict[str, list[ProfileRow]] = defaultdict(list)
    for row in rows:
        grouped[_key(row, by)].append(row)
    order = sorted(grouped, key=lambda k: (-len(grouped[k]), k)) if by == "outlet" else sorted(grouped)
    groups = [_group(key, grouped[key], {**base, **_group_filter(by, key)}, top) for key in order]
    if by == "outlet" and not (since or until) and hasattr(store, "outlet_words"):
        words = store.outlet_words()
        for group in groups:
            group.words = words.get("" if group.group == "(no outlet)" else group.group)
    return groups


def _key(row: ProfileRow, by: str) -> str:
    if by == "outlet":
        return row.outlet or "(no outlet)"
    return row.date[:7] if row.date else "(no date)"


def _group_filter(by: str, key: str) -> dict[str, Any]:
    if key.startswith("("):
        return {}
    if by == "outlet":
        return {"outlet": key}
    return {"since": key, "until": key}


def _group(name: str, rows: list[ProfileRow], group_filter: dict[str, Any], top: int) -> Group:
    speakers = {_source_of(row) for row in rows}
    direct = sum(row.kind in QUOTED_KINDS for row in rows)
    group = Group(name, len(rows), len(speakers), direct, filter=group_filter)
    for field_name, column in PROFILE_FIELDS.items():
        group.figures += _figures(field_name, column, rows, len(speakers), group_filter)
    group.top_sources = _top_sources(rows, top)
    return group


def _figures(field_name: str, column: str, rows: list[ProfileRow], speakers: int,
             group_filter: dict[str, Any]) -> list[Figure]:
    quotations: dict[str, int] = defaultdict(int)
    direct: dict[str, int] = defaultdict(int)
    per_speaker: dict[Any, dict[str, int]] = defaultdict(dict)
    value_of = attrgetter(column)
    for row in rows:
        value = value_of(row)
        quotations[value] += 1
        if row.kind in QUOTED_KINDS:
            direct[value] += 1
        counts = per_speaker[_source_of(row)]
        counts[value] = counts.get(value, 0) + 1
    sources = Counter(_class_of(values) for values in per_speaker.values())
    known = [*VALUES[field_name], NOT_PROFILED]
    values = [v for v in known if quotations[v]] + sorted(v for v in quotations if v not in known)
    return [Figure(field_name, value, quotations[value], _share(quotations[value], len(rows)), sources[value],
                   _share(sources[value], speakers), direct[value], _share(direct[value], quotations[value]),
                   {**group_filter, "profile": {field_name: value}})
            for value in values]


def _source_of(row: ProfileRow) -> Any:
    """The speaker, or for a profile no speaker holds, the quotation itself: no two such are known to be one."""
    return row.speaker_id if row.speaker_id is not None else ("quotation", row.id)


def _class_of(values: dict[str, int]) -> str:
    """A speaker's class in a group: the most frequent informative value, else the most frequent one."""
    if len(values) == 1:
        return next(iter(values))
    chosen = {v: n for v, n in values.items() if v not in UNINFORMATIVE} or values
    return min(chosen.items(), key=lambda item: (-item[1], item[0]))[0]


def _top_sources(rows: list[ProfileRow], top: int) -> list[dict[str, Any]]:
    counts = Counter(row.speaker_id for row in rows if row.speaker_id is not None)
    names = {row.speaker_id: row.speaker for row in rows}
    leaders = sorted(counts.items(), key=lambda item: (-item[1], names[item[0]] or ""))[:top]
    profiles: dict[Any, dict[str, dict[str, int]]] = {s: defaultdict(dict) for s, _ in leaders}
    for row in rows:
        if row.speaker_id in profiles:
            for field_name, column in PROFILE_FIELDS.items():
                counts_of = profiles[row.speaker_id][field_name]
                value = getattr(row, column)
                counts_of[value] = counts_of.get(value, 0) + 1
    return [{"speaker_id": speaker_id, "speaker": names[speaker_id], "quotations": n,
             **{f: _class_of(profiles[speaker_id][f]) for f in PROFILE_FIELDS}} for speaker_id, n in leaders]


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


# -- flat forms, for CSV and for people ------------------------------------------------------------


CSV_COLUMNS = ("group", "field", "value", "quotations", "quotation_share", "sources", "source_share", "direct",
               "direct_share")


def csv_rows(groups: Iterable[Group]) -> list[dict[str, Any]]:
    """One row per group, field and class."""
    rows = []
    for group in groups:
        for figure in group.figures:
            item = asdict(figure)
            rows.append({"group": group.group, **{k: item[k] for k in CSV_COLUMNS[1:]}})
    return rows


def as_dict(groups: Iterable[Group]) -> list[dict[str, Any]]:
    return [asdict(group) for group in groups]


def card(group: Group) -> str:
    """ "nyt: 23% of its quoted people are women as the articles refer to them (of the 453 whose gender they
    state); 8% of its sources are anonymous." Women among the people whose gender the articles state: the
    others are neither women nor men as far as the text says."""
    women, men = _sources_of(group, "gender", "female"), _sources_of(group, "gender", "male")
    stated = women + men
    women_share = f"{women / stated:.0%}" if stated else "–"
    anonymous = group.share("naming", "anonymous")
    return (f"{group.group}: {women_share} of its quoted people are women as the articles refer to them "
            f"(of the {stated} whose gender they state); {anonymous:.0%} of its sources are anonymous.")


def _sources_of(group: Group, field_name: str, value: str) -> int:
    found = group.figure(field_name, value)
    return found.sources if found else 0
