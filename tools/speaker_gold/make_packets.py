"""Annotation packets for the speaker-referent gold: each article's text with its PolNeAR sources numbered.

    python tools/speaker_gold/make_packets.py dev OUT_DIR
    python tools/speaker_gold/make_packets.py train OUT_DIR --sample 150 --seed 20261129

One packet per article (OUT_DIR/packets-<split>/<stem>.txt): the text, one paragraph per
line, with every source of PolNeAR's first annotator marked [[S<k>: ...]], then the list of
sources to annotate. Annotators follow saywho/eval/speaker_gold/GUIDELINES.md and never see
saywho's output.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from saywho.eval.polnear import DEFAULT_DATA, GoldArticle, load_split

Spans = tuple[tuple[int, int], ...]


def sources_of(article: GoldArticle) -> list[Spans]:
    unique = {tuple(tuple(span) for span in a.source) for a in article.attributions if a.source}
    return sorted(unique)


def packet(article: GoldArticle) -> str:
    sources = sources_of(article)
    marks = sorted(((s, e, k) for k, spans in enumerate(sources, 1) for s, e in spans), reverse=True)
    marked = article.text
    for start, end, number in marks:
        marked = f"{marked[:start]}[[S{number}: {marked[start:end]}]]{marked[end:]}"
    listed = [
        f"S{k}\t{';'.join(f'{s}-{e}' for s, e in spans)}\t{' ... '.join(article.text[s:e] for s, e in spans)}"
        for k, spans in enumerate(sources, 1)
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
    args = parser.parse_args()
    articles = load_split(args.split, args.data)
    if args.sample:
        shuffled = sorted(articles, key=lambda a: a.stem)
        random.Random(args.seed).shuffle(shuffled)
        articles = sorted(shuffled[: args.sample], key=lambda a: a.stem)
    folder = args.out / f"packets-{args.split}"
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles:
        (folder / f"{article.stem}.txt").write_text(packet(article), encoding="utf-8")
    print(f"{len(articles)} packets, {sum(len(sources_of(a)) for a in articles)} sources -> {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
