"""Annotation packets for the speaker-referent gold: each article's text with its PolNeAR sources numbered.

    python tools/speaker_gold/make_packets.py dev OUT_DIR
    python tools/speaker_gold/make_packets.py train OUT_DIR --sample 150 --seed 20261129
    python tools/speaker_gold/make_packets.py train OUT_DIR --sample 450 --seed 20261129 \
        --exclude saywho/eval/speaker_gold/train.jsonl --pronouns-only   # train-pronouns.jsonl's packets

One packet per article (OUT_DIR/packets-<split>/<stem>.txt): the text, one paragraph per
line, with every source of PolNeAR's first annotator marked [[S<k>: ...]], then the list of
sources to annotate. Annotators follow saywho/eval/speaker_gold/GUIDELINES.md and never see
saywho's output.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from saywho.eval.polnear import DEFAULT_DATA, GoldArticle, load_split

Spans = tuple[tuple[int, int], ...]


def sources_of(article: GoldArticle) -> list[Spans]:
    unique = {tuple(tuple(span) for span in a.source) for a in article.attributions if a.source}
    return sorted(unique)


PRONOUNS = frozenset("he she it they we i you his her its their him them us our my me your theirs hers himself "
                     "herself itself themselves".split())


def is_pronoun(text: str) -> bool:
    """ "she", "He", "she’s" (she is)."""
    return text.strip().lower().strip("’'").replace("’s", "") in PRONOUNS


def packet(article: GoldArticle, pronouns_only: bool = False) -> str:
    """The packet; with `pronouns_only`, only the pronoun sources are marked and listed (numbered as in
    the whole packet, so that S<k> names the same source either way)."""
    sources = sources_of(article)
    numbered = [(k, spans) for k, spans in enumerate(sources, 1)
                if not pronouns_only or is_pronoun(" ".join(article.text[s:e] for s, e in spans))]
    marks = sorted(((s, e, k) for k, spans in numbered for s, e in spans), reverse=True)
    marked = article.text
    for start, end, number in marks:
        marked = f"{marked[:start]}[[S{number}: {marked[start:end]}]]{marked[end:]}"
    listed = [
        f"S{k}\t{';'.join(f'{s}-{e}' for s, e in spans)}\t{' ... '.join(article.text[s:e] for s, e in spans)}"
        for k, spans in numbered
    ]
    header = [f"ARTICLE {article.stem}", f"TITLE: {article.title or ''}", "",
              "=== TEXT (one paragraph per line; [[S#...]] marks each source mention) ==="]
    return "\n".join([*header, marked, "", "=== SOURCES TO ANNOTATE ===", *listed])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("split", choices=("train", "dev"))
    parser.add_argument("out", type=Path)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sample", type=int, help="only this many articles, drawn at random")
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--exclude", type=Path, help="a gold file (.jsonl) whose articles get no packet")
    parser.add_argument("--pronouns-only", action="store_true", help="mark and list only the pronoun sources")
    args = parser.parse_args()
    articles = load_split(args.split, args.data)
    if args.sample:
        shuffled = sorted(articles, key=lambda a: a.stem)
        random.Random(args.seed).shuffle(shuffled)
        articles = sorted(shuffled[: args.sample], key=lambda a: a.stem)
    folder = args.out / f"packets-{args.split}"
    if args.exclude:
        done = {json.loads(line)["article"] for line in args.exclude.read_text(encoding="utf-8").splitlines()}
        articles = [a for a in articles if a.stem not in done]
    if args.pronouns_only:
        articles = [a for a in articles if any(is_pronoun(" ".join(a.text[s:e] for s, e in spans))
                                               for spans in sources_of(a))]
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles:
        (folder / f"{article.stem}.txt").write_text(packet(article, args.pronouns_only), encoding="utf-8")
    print(f"{len(articles)} packets, {sum(len(sources_of(a)) for a in articles)} sources -> {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
