"""PolNeAR's gold data: reading a split's texts, metadata and brat standoff attributions.

PolNeAR (Newell, Margolin and Ruths, LREC 2018) annotates attributions in brat
standoff: text-bound annotations (``T``) give character spans, event lines
(``E``) tie a Source, a Cue and a Content into one attribution.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from saywho.errors import SaywhoError
from saywho.eval.dataset import DatasetArticle

ROLES = ("source", "cue", "content")
# Relative on purpose: resolved against the working directory when used, which
# is the repository root for the CLI, the tests and the bench scripts.
DEFAULT_DATA = Path("../shared/data/polnear/data")

Spans = list[tuple[int, int]]


class PolnearMissing(SaywhoError, FileNotFoundError):
    """The PolNeAR data is not where it was looked for."""


# -- gold data ---------------------------------------------------------------


@dataclass
class AttributionSpans:
    """One attribution as character spans per role; an empty list means the role is absent."""

    source: Spans = field(default_factory=list)
    cue: Spans = field(default_factory=list)
    content: Spans = field(default_factory=list)

    def role(self, name: str) -> Spans:
        return getattr(self, name)


@dataclass
class GoldArticle(DatasetArticle):
    publisher: str | None
    author: str | None = None
    annotator: str | None = None
    attributions: list[AttributionSpans] = field(default_factory=list)


def data_root(data: str | Path = DEFAULT_DATA) -> Path:
    root = Path(data).resolve()
    if not (root / "metadata.tsv").is_file():
        raise PolnearMissing(f"PolNeAR data not found at {root} (expected metadata.tsv and train/, dev/ there)")
    return root


def load_split(split: str = "dev", data: str | Path = DEFAULT_DATA) -> list[GoldArticle]:
    """Every article of a split with its gold attributions, in file-name order."""
    root = data_root(data)
    texts = root / split / "text"
    if not texts.is_dir():
        raise PolnearMissing(f"PolNeAR split {split!r} not found at {texts}")
    metadata = read_metadata(root / "metadata.tsv")
    annotations = first_annotation_files(root / split / "attributions")
    return [
        load_article(path, annotations.get(path.stem), metadata.get(path.stem, {}))
        for path in sorted(texts.glob("*.txt"))
    ]


def read_metadata(path: Path) -> dict[str, dict[str, str | None]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["filename"]: {k: (None if v in ("", "None") else v) for k, v in row.items()} for row in rows}


def first_annotation_files(folder: Path) -> dict[str, Path]:
    """stem -> its first annotator's file: several annotators may have done one article."""
    chosen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.ann")):
        stem = path.stem.rsplit("_", 1)[0]  # <stem>_<annotator>.ann
        chosen.setdefault(stem, path)
    return chosen


def load_article(text_path: Path, ann_path: Path | None, meta: dict[str, str | None]) -> GoldArticle:
    text = _read(text_path)
    attributions = parse_brat(_read(ann_path)) if ann_path else []
    return GoldArticle(
        stem=text_path.stem,
        text=text,
        publisher=meta.get("publisher"),
        date=meta.get("publication_date"),
        title=meta.get("title"),
        author=meta.get("author"),
        annotator=ann_path.stem.rsplit("_", 1)[1] if ann_path else None,
        attributions=attributions,
    )


def _read(path: Path) -> str:
    # newline="" keeps "\r\n" as two characters, as brat's offsets count them.
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def parse_brat(ann: str) -> list[AttributionSpans]:
    """The attributions of one brat standoff file, roles grouped by its E lines."""
    spans_by_id: dict[str, Spans] = {}
    events: list[str] = []
    for line in ann.splitlines():
        ident, _, rest = line.partition("\t")
        body = rest.split("\t", 1)[0]
        if ident.startswith("T"):
            spans = _offsets(body)
            if spans:
                spans_by_id[ident] = spans
        elif ident.startswith("E"):
            events.append(body)
    parsed = (_event(body, spans_by_id) for body in events)
    return [attribution for attribution in parsed if attribution is not None]


def _offsets(body: str) -> Spans | None:
    """'Content 2103 2168;2170 2425' -> [(2103, 2168), (2170, 2425)]."""
    _, _, offsets = body.partition(" ")
    try:
        return [(int(start), int(end)) for start, end in (piece.split() for piece in offsets.split(";"))]
    except ValueError:  # a stray line of a multi-line annotation text
        return None


def _event(body: str, spans_by_id: dict[str, Spans]) -> AttributionSpans | None:
    """'Attribution:T4 Content:T3 Cue:T2 Source:T1' -> AttributionSpans.

    brat numbers a repeated argument (Content2, Source2) and a hand-edited file
    may simply repeat the name; either way the spans are merged into the role.
    An event with no role at all is a left-over trigger and is dropped.
    """
    roles: dict[str, set[tuple[int, int]]] = {role: set() for role in ROLES}
    for argument in body.split():
        name, _, ref = argument.partition(":")
        role = name.rstrip("0123456789").lower()
        if role in roles and ref in spans_by_id:
            roles[role].update(spans_by_id[ref])
    if not any(roles.values()):
        return None
    return AttributionSpans(**{role: sorted(spans) for role, spans in roles.items()})

