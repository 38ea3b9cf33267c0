"""One trail laid out: who ran the quotation when, how each outlet's words differ, and flags stated as facts.

Every member is compared with the trail's reference: the earliest quotation
(in quotation marks) that is a full version, i.e. within FULL_SHARE of the
longest quoted version's length. Flags say what differs; they do not judge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from saywho.corpus.trail_spellings import only_currency, only_percent, without_currency, written_otherwise
from saywho.corpus.trails import QUOTED_KINDS, REPORTED_KINDS, STOPWORDS, Words, words_of

FULL_SHARE = 0.9

CHANGED = "changed"  # words inside quotation marks differ from the reference
SHORTENED = "shortened"  # words of the reference are cut
SPEAKER = "speaker"  # the same words given to a different speaker
PARAPHRASE = "paraphrase"  # a direct quotation run later as a paraphrase
FLAGS = (CHANGED, SHORTENED, SPEAKER, PARAPHRASE)

SAME, REPLACED, CUT, ADDED = "same", "changed", "cut", "added"
# Words said twice for emphasis rather than in a false start ("very, very", "never, never").
EMPHATIC = frozenset({"very", "really", "so", "never", "no", "much", "too", "far", "ever", "always", "more", "again"})
# Words said over again from this many on are a restart, whatever they are ("if she gets to pick, if she gets to
# pick her judges"); fewer are a restart only when all are function words ("that's a, that's a phone call").
RESTART = 4
EDGE_CHANGE = 2  # at a quotation's edge, a swap of up to this many words is a change, not a different extent


@dataclass
class Member:
    """One attribution in a trail, with its article and its speaker as the store knows them."""

    quotation_id: int
    article_id: int
    attribution: str
    kind: str
    date: str | None
    outlet: str | None
    title: str | None
    url: str | None
    speaker_id: int | None
    speaker: str | None  # the identity's name
    speaker_named: bool
    source: str | None  # the speaker as the article writes it ("he", "the senator")
    cue: str | None
    text: str  # the words compared: inside quotation marks, or the paraphrase
    paragraph: int | None = None
    diff: list[DiffPart] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)

    @property
    def quoted(self) -> bool:
        return self.kind in QUOTED_KINDS


@dataclass
class DiffPart:
    """A stretch of the word-level difference: `reference` words against this member's `words`."""

    op: str  # same, changed, cut, added
    reference: str
    words: str


@dataclass
class Flag:
    kind: str  # one of FLAGS
    text: str  # the fact, in words
    words: list[str] = field(default_factory=list)  # the words concerned (changed pairs "a → b", cut words)


@dataclass
class Trail:
    id: int
    members: list[Member]
    reference_id: int | None  # the quotation every member is compared with

    @property
    def first(self) -> Member:
        return self.members[0]

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(m.outlet or "(no outlet)" for m in self.members))

    def flag_counts(self) -> dict[str, int]:
        return {kind: sum(1 for m in self.members if any(f.kind == kind for f in m.flags)) for kind in FLAGS}


def chronological(members: list[Member]) -> list[Member]:
    return sorted(members, key=lambda m: (m.date is None, m.date or "", m.article_id, m.quotation_id))


def reference_of(members: list[Member]) -> Member | None:
    """The earliest quoted member whose length is within FULL_SHARE of the longest quoted version."""
    quoted = [(m, len(words_of(m.text))) for m in members if m.quoted]
    if not quoted:
        return None
    longest = max(n for _, n in quoted)
    return next(m for m, n in quoted if n >= FULL_SHARE * longest)


def build_trail(trail_id: int, members: list[Member]) -> Trail:
    """Order the members, pick the reference, and diff and flag every other member against it."""
    ordered = chronological(members)
    reference = reference_of(ordered)
    if reference is not None:
        ref_words = words_of(reference.text, spoken=True)
        seen_quoted = False
        for member in ordered:
            if member is not reference:
                member.diff = diff(ref_words, words_of(member.text, spoken=True))
                member.flags = flags(reference, ref_words, member, seen_quoted)
            seen_quoted = seen_quoted or member.quoted
    return Trail(trail_id, ordered, reference.quotation_id if reference else None)


def diff(reference: Words, member: Words) -> list[DiffPart]:
    """The member against the reference, part by part, each number whole on one side of a part's edge ("1.1" /
    "1.5" shows as "1.1 → 1.5", not as a "1" in common and "1 → 5")."""
    parts = []
    for op, i1, i2, j1, j2 in _whole_numbers(reference, member, _opcodes(reference, member)):
        name = {"equal": SAME, "replace": REPLACED, "delete": CUT, "insert": ADDED}[op]
        # the half of a contraction the other part shows already is no word of a part in common ("That's" / "is")
        spelled = name != SAME
        parts.append(DiffPart(name, _written(reference, i1, i2, spelled) if i2 > i1 else "",
                              _written(member, j1, j2, spelled) if j2 > j1 else ""))
    return parts


def _whole_numbers(reference: Words, member: Words, codes) -> list[tuple[str, int, int, int, int]]:
    """The opcodes with every edge that falls between a number's whole part and its decimals moved out of the
    number, into the changed part beside it."""
    spans = [[i1, i2, j1, j2, op == "equal"] for op, i1, i2, j1, j2 in codes]
    at = 0
    while at < len(spans) - 1:
        left, right = spans[at], spans[at + 1]
        if not (left[1] in reference.decimal_points or left[3] in member.decimal_points) or left[4] == right[4]:
            at += 1
            continue
        step = -1 if left[4] else 1  # the number's words go to the changed part
        left[1], left[3], right[0], right[2] = left[1] + step, left[3] + step, right[0] + step, right[2] + step
        spans = _merged([span for span in spans if span[1] > span[0] or span[3] > span[2]])
        at = max(at - 1, 0)
    return [(_opcode(span), *span[:4]) for span in spans]


def _merged(spans: list[list]) -> list[list]:
    """Neighbouring parts of one kind as one part."""
    out: list[list] = []
    for span in spans:
        if out and out[-1][4] == span[4]:
            out[-1][1], out[-1][3] = span[1], span[3]
        else:
            out.append(span)
    return out


def _opcode(span: list) -> str:
    i1, i2, j1, j2, equal = span
    return "equal" if equal else "replace" if i2 > i1 and j2 > j1 else "delete" if i2 > i1 else "insert"


def flags(reference: Member, ref_words: Words, member: Member, after_quotation: bool) -> list[Flag]:
    found = []
    if member.quoted:
        changed, cut = _differences(ref_words, words_of(member.text, spoken=True))
        if changed:
            found.append(Flag(CHANGED, f"words inside quotation marks differ from the {_version(reference)}: "
                                       + "; ".join(changed), changed))
        if cut:
            found.append(Flag(SHORTENED, "shortened: cut " + "; ".join(cut), cut))
    if (member.speaker_id is not None and reference.speaker_id is not None and member.speaker_named
            and reference.speaker_named and member.speaker_id != reference.speaker_id):
        found.append(Flag(SPEAKER, f"given to {member.speaker}; the {_version(reference)} gives the words to "
                                   f"{reference.speaker}", [member.speaker or "", reference.speaker or ""]))
    if member.kind in REPORTED_KINDS and after_quotation:
        found.append(Flag(PARAPHRASE, f"reported as paraphrase ({member.kind}) after it ran in quotation marks"))
    return found


def _version(reference: Member) -> str:
    return f"version in {reference.outlet or 'an article'} ({reference.date or 'no date'})"


def _opcodes(reference: Words, member: Words):
    return SequenceMatcher(None, reference.words, member.words, autojunk=False).get_opcodes()


def _shown(reference: Words, member: Words, old: tuple[int, int], new: tuple[int, int]) -> tuple[str, str]:
    """Both sides of a difference as written, a number's whole part with its changed decimals ("1.1 → 1.5"), or as
    read where only a contraction's spelled-out half differs ("not" of "can't")."""
    (i1, i2), (j1, j2) = old, new
    while i1 and j1 and (i1 in reference.decimal_points or j1 in member.decimal_points):
        i1, j1 = i1 - 1, j1 - 1
    while i2 < len(reference) and j2 < len(member) and (i2 in reference.decimal_points or j2 in member.decimal_points):
        i2, j2 = i2 + 1, j2 + 1  # the decimals the versions share ("2.5" / "1.5")
    return _written(reference, i1, i2), _written(member, j1, j2)


def _written(words: Words, start: int, end: int, spelled: bool = True) -> str:
    """The words as written, a decimal with its point; where all are halves of contractions written before, the
    halves spelled out (`spelled`) or nothing."""
    text = "".join(("." if at in words.decimal_points and at > start else " ") + word
                   for at, word in zip(range(start, end), words.surface[start:end]) if word)
    return text.strip() or (" ".join(words.words[start:end]) if spelled else "")


def _by_chance(codes, size: int) -> bool:
    """Two words here and there in common ("is the"), and less than half of the member's words: it lines up with
    the reference by chance, being another part of the utterance, not a changed version of this one."""
    runs = [i2 - i1 for op, i1, i2, _, _ in codes if op == "equal"]
    return max(runs, default=0) < 3 and 2 * sum(runs) < size


def _said_twice(words: Words, stretch: tuple[int, int]) -> bool:
    """Words one version has twice in a row and the other once: a false start ("that's a, that's a phone call")."""
    start, end = stretch
    size = end - start
    if (size == 1 and words.words[start] in EMPHATIC) or (
            size < RESTART and any(word not in STOPWORDS for word in words.words[start:end])):
        return False  # "very, very strong", "a good year, a good year": said twice on purpose
    return (words.words[start:end] == words.words[end:end + size]
            or (start >= size and words.words[start - size:start] == words.words[start:end]))


def _near_sliding(gaps: set[int], index: int, words: list[str], start: int, end: int) -> bool:
    """A marked cut beside the missing stretch, wherever among repeated words the alignment put it: in "pick the
    plays. … Prime Minister, I'm not trying to pick the plays", the cut may be placed before either "pick the plays"."""
    shifts = [0]
    while end + shifts[-1] < len(words) and words[start + shifts[-1]] == words[end + shifts[-1]]:
        shifts.append(shifts[-1] + 1)
    left = 0
    while start - left > 0 and words[start - left - 1] == words[end - left - 1]:
        left += 1
        shifts.append(-left)
    return any(_near(gaps, index + shift) for shift in shifts)


def _near(gaps: set[int], index: int) -> bool:
    """A marked cut at or one word beside `index`: the alignment may place a cut a word off its mark."""
    return any(index + shift in gaps for shift in (-1, 0, 1))


def _differences(reference: Words, member: Words) -> tuple[list[str], list[str]]:
    """(changed words as "old → new", cut stretches with where they were cut).

    Before the first and after the last stretch of two or more words in common, a missing
    stretch is a cut (the quotation is shorter) and extra words are a longer excerpt, not
    a change; a swap of up to EDGE_CHANGE words next to the common stretch is a change, unless
    a marked break parts it from that stretch (another quoted fragment of the same utterance).
    Inside, any difference is a change, except a cut the member marks (an ellipsis, a
    break between quoted fragments) and words the member has where the reference marks a cut.
    """
    codes = _opcodes(reference, member)
    anchors = [k for k, (op, i1, i2, _, _) in enumerate(codes) if op == "equal" and i2 - i1 >= 2]
    if not anchors or _by_chance(codes, len(member)):
        return [], []
    first, last = anchors[0], anchors[-1]
    changed: list[tuple[str, int]] = []  # each change with the member word it stands at
    cut: list[str] = []
    for k, (op, i1, i2, j1, j2) in enumerate(codes):
        old, new = _shown(reference, member, (i1, i2), (j1, j2))
        if op == "equal":
            continue
        if _written_otherwise(reference, member, i1, i2, j1, j2):
            continue
        if k < first or k > last:
            boundary = (i2, j2) if k < first else (i1, j1)
            if (op == "replace" and max(i2 - i1, j2 - j1) <= EDGE_CHANGE and k in (first - 1, last + 1)
                    and boundary[0] not in reference.gaps and boundary[1] not in member.gaps):
                changed.append((f"{old} → {new}", j1))
            elif op in ("delete", "replace"):
                cut.append(f"“{old}” at the {'start' if k < first else 'end'}")
        elif op in ("delete", "insert") and _said_twice(reference if op == "delete" else member,
                                                       (i1, i2) if op == "delete" else (j1, j2)):
            continue
        elif op == "delete" and _near_sliding(member.gaps, j1, reference.words, i1, i2):
            cut.append(f"“{old}” in the middle, marked with an ellipsis")
        elif op == "insert" and _near_sliding(reference.gaps, i1, member.words, j1, j2):
            continue
        elif op == "delete" and not new:
            changed.append((f"{old} → (left out, no ellipsis)", j1))
        elif op == "insert" and not old:
            changed.append((f"(nothing) → {new}", j1))
        else:
            changed.append((f"{old} → {new}", j1))
    apart = _fragments_by_chance(reference, member) if changed else set()
    return [text for text, at in changed if _fragment_of(member, at) not in apart], cut


def _fragment_of(words: Words, at: int) -> int:
    return sum(1 for gap in words.gaps if gap <= at)


def _fragments_by_chance(reference: Words, member: Words) -> set[int]:
    """The member's quoted fragments that line up with the reference only by chance: another part of the utterance,
    whose words are no change ("I did argue for other options, … People can disagree" against "I've come to the
    view …, … People can disagree")."""
    if not member.gaps:
        return set()
    edges = [0, *sorted(member.gaps), len(member)]
    return {index for index, (start, end) in enumerate(zip(edges, edges[1:])) if end > start and _by_chance(
        SequenceMatcher(None, reference.words, member.words[start:end], autojunk=False).get_opcodes(), end - start)}


def _written_otherwise(reference: Words, member: Words, i1: int, i2: int, j1: int, j2: int) -> bool:
    """The same words in another house style (trail_spellings), or "percent" for a "%" the other wrote."""
    if i1 == i2:
        return ((only_percent(member.words[j1:j2]) and i1 - 1 in reference.percent_signs)
                or only_currency(member.words[j1:j2], _priced(reference, i1)))
    if j1 == j2:
        return ((only_percent(reference.words[i1:i2]) and j1 - 1 in member.percent_signs)
                or only_currency(reference.words[i1:i2], _priced(member, j1)))
    old, new = _read(reference, i1, i2), _read(member, j1, j2)
    if currency := _priced(reference, i2) or _priced(member, j2):
        old, new = without_currency(old, currency), without_currency(new, currency)
    return written_otherwise(old, new, reference.surface[i1:i2], member.surface[j1:j2])


def _priced(words: Words, index: int) -> str | None:
    """The currency a sign gives one of the few words before `index`: "$38.5 million" is "38.5 million dollars"."""
    return next((words.currency_signs[index - back] for back in range(1, 5) if index - back in words.currency_signs),
                None)


def _read(words: Words, start: int, end: int) -> list[str]:
    """The folded words from start to end as read aloud: "point" at a decimal point, a "%" after the last read as
    "percent"."""
    read = [part for at in range(start, end)
            for part in (["point"] if at in words.decimal_points and at > start else []) + [words.words[at]]]
    return read + (["percent"] if end - 1 in words.percent_signs else [])


@dataclass
class TrailRow:
    """A trail in a list: its size, where and when it first ran, its words and how many members carry each flag."""

    id: int
    size: int
    articles: int
    outlets: int
    outlet_names: list[str]
    first_date: str | None
    first_outlet: str | None
    first_article_id: int
    speaker: str | None  # the reference's speaker (else the first member's)
    speaker_id: int | None
    text: str  # the reference's words (else the first member's)
    flags: dict[str, int] = field(default_factory=dict)


def trail_row(trail: Trail) -> TrailRow:
    first = trail.first
    reference = next((m for m in trail.members if m.quotation_id == trail.reference_id), first)
    return TrailRow(
        id=trail.id, size=len(trail.members), articles=len({m.article_id for m in trail.members}),
        outlets=len(trail.outlets), outlet_names=trail.outlets, first_date=first.date, first_outlet=first.outlet,
        first_article_id=first.article_id, speaker=reference.speaker, speaker_id=reference.speaker_id,
        text=reference.text, flags=trail.flag_counts(),
    )


def member_row(trail: Trail, member: Member) -> dict:
    """One member as a flat row (the CLI's CSV and `saywho export --table trails`)."""
    return {"trail_id": trail.id, "quotation_id": member.quotation_id, "article_id": member.article_id,
            "date": member.date, "outlet": member.outlet, "kind": member.kind, "speaker_id": member.speaker_id,
            "speaker": member.speaker, "source": member.source, "cue": member.cue, "text": member.text,
            "reference": member.quotation_id == trail.reference_id, "flag_kinds": [f.kind for f in member.flags],
            "flags": [f.text for f in member.flags], "url": member.url, "title": member.title}
