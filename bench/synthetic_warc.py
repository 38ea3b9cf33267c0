"""A synthetic CC-NEWS-like WARC set, assembled from PolNeAR train articles, for the scale benchmark.

    python bench/synthetic_warc.py --out /tmp/synth-warc                  # 20,000 articles, 20 files
    python bench/synthetic_warc.py --out /tmp/synth-2k --articles 2000 --seed 5

Each article starts from a PolNeAR train article (its title and paragraphs, in order) and
runs to a length drawn around PolNeAR's own (median ~600 words); a short one is continued
with the paragraphs of a second article, a long one is cut at a paragraph end. The people
in it are renamed: every "First Last" name whose first name is a common one is found, and
60% of the surnames in an article are replaced (with a new first name for its full
mentions) by made-up surnames drawn from 30,000, a few common and most rare, so that
speakers recur across articles as in a month of news. Each article gets one of 60 made-up
outlets (a few large, many small), a byline, a URL and a publication time in one month.

It is written as CC-NEWS publishes it: gzipped WARC files (--per-file records each, 1,000
by default) of `response` records, each an HTTP 200 with an HTML page: head metadata
(og:title, og:site_name, article:published_time, author), a navigation bar, the byline,
the article's paragraphs, related links and a footer. The same --seed writes the same bytes.
No text is kept in the repository: the set is written to --out, outside the checkout.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import io
import json
import math
import random
import re
import sys
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear" / "data"
SEED = 17
RENAMED_SHARE = 0.6
MEDIAN_WORDS, WORDS_SIGMA, MIN_WORDS, MAX_WORDS = 600, 0.45, 150, 2500
ID_NAMESPACE = uuid.UUID("5a7e2f3c-1d4b-4c6a-9e2f-0b1c2d3e4f50")

FIRST_NAMES = (
    "Adam Alan Alex Alexander Alice Amy Andrew Angela Ann Anna Anthony Ashley Barack Barbara Ben Benjamin Bernie "
    "Beth Bill Bob Brad Brian Bruce Carl Carly Carol Catherine Charles Charlie Chris Christine Christopher Chuck "
    "Cory Dan Daniel Dana David Debbie Dennis Diane Donald Donna Doug Ed Edward Elizabeth Emily Eric Frank Gary "
    "George Gerald Greg Hillary Howard Hugh Jack James Jane Janet Jason Jay Jeb Jeff Jennifer Jeremy Jerry Jill "
    "Jim Joe John Jonathan Joseph Josh Joshua Judy Julia Julie Karen Kate Katie Kelly Kevin Kim Larry Laura Lisa "
    "Lindsey Marco Maria Mark Martin Mary Matt Matthew Megyn Melania Michael Michelle Mike Mitch Mitt Nancy "
    "Nick Nicholas Paul Peter Phil Rachel Rand Richard Rick Rob Robert Roger Ron Rudy Russell Ryan Sam Samuel "
    "Sarah Scott Sean Steve Steven Susan Ted Thomas Tim Timothy Tom Tony Vladimir Walter William"
).split()
_SYLLABLES = ("ba", "ko", "ren", "mi", "lo", "vak", "tor", "sen", "da", "ful", "gri", "wen", "hal", "pe", "zu",
              "mar", "kin", "os", "ley", "brun", "cha", "dor", "fi", "gan", "ish", "jo", "lum", "nev", "rot", "sy")
_OUTLET_WORDS = (("Valley", "Capital", "Harbor", "Prairie", "Coast", "Metro"),
                 ("Herald", "Tribune", "Ledger", "Courier", "Gazette", "Post", "Star", "Journal", "Sentinel", "Times"))
_SECTIONS = ("politics", "us", "world", "news", "nation", "elections")
_PERSON = re.compile(r"\b(" + "|".join(FIRST_NAMES) + r")\s+(?:[A-Z]\.\s+)?([A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?)\b")


@dataclass
class Source:
    """A PolNeAR train article: its title, its paragraphs and the surnames of the people it names."""

    title: str
    paragraphs: list[str]
    people: dict[str, str]  # surname: first name of its first full mention


@dataclass
class Outlet:
    name: str
    domain: str


@cache
def read_sources(data: Path) -> list[Source]:
    folder = data / "train" / "text"
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"no PolNeAR train texts in {folder}: name the data folder with --data")
    sources = []
    for file in files:
        lines = [line.strip() for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
        if len(lines) < 2:
            continue
        people: dict[str, str] = {}
        for first, last in _PERSON.findall("\n".join(lines)):
            people.setdefault(last, first)
        sources.append(Source(lines[0].rstrip("."), lines[1:], people))
    return sources


def made_up_surnames(count: int = 30_000) -> list[str]:
    rng, found = random.Random(7), set()
    while len(found) < count:
        found.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4)))).capitalize())
    return sorted(found)


def outlets() -> list[Outlet]:
    found = []
    for first in _OUTLET_WORDS[0]:
        for second in _OUTLET_WORDS[1]:
            found.append(Outlet(f"The {first} {second}", f"{first}{second}.example".lower()))
    return found


class Generator:
    """The n-th article of a set, from the seed alone: any article can be made without the others."""

    def __init__(self, sources: list[Source], seed: int, month: datetime):
        self.sources, self.seed, self.month = sources, seed, month
        self.surnames = made_up_surnames()
        self.outlets = outlets()
        days = (month.replace(day=28) + timedelta(days=4)).replace(day=1) - month
        self.seconds_in_month = int(days.total_seconds())

    def article(self, n: int, attempt: int = 0) -> dict:
        rng = random.Random(f"{self.seed}:{n}:{attempt}")
        base = self.sources[rng.randrange(len(self.sources))]
        target = min(MAX_WORDS, max(MIN_WORDS, round(MEDIAN_WORDS * math.exp(rng.gauss(0, WORDS_SIGMA)))))
        rename = self._renaming(rng, base.people)
        title, paragraphs = rename(base.title), self._paragraphs(base, rename, target)
        while sum(len(p.split()) for p in paragraphs) < target:  # continued with another article's paragraphs
            more = self.sources[rng.randrange(len(self.sources))]
            paragraphs += self._paragraphs(more, self._renaming(rng, more.people),
                                           target - sum(len(p.split()) for p in paragraphs))
        outlet = self.outlets[min(int(len(self.outlets) * rng.random() ** 2), len(self.outlets) - 1)]
        published = self.month + timedelta(seconds=rng.randrange(self.seconds_in_month))
        author = f"{rng.choice(FIRST_NAMES)} {self._surname(rng)}"
        slug = "-".join(re.findall(r"[a-z0-9]+", title.lower())[:8]) or "story"
        url = (f"https://www.{outlet.domain}/{rng.choice(_SECTIONS)}/{published:%Y/%m/%d}/{slug}-{n}")
        return {"n": n, "title": title, "paragraphs": paragraphs, "outlet": outlet, "published": published,
                "author": author, "url": url}

    def _paragraphs(self, source: Source, rename, words: int) -> list[str]:
        taken, count = [], 0
        for paragraph in source.paragraphs:
            if count >= words:
                break
            taken.append(rename(paragraph))
            count += len(paragraph.split())
        return taken

    def _surname(self, rng: random.Random) -> str:
        return self.surnames[min(int(len(self.surnames) * rng.random() ** 3), len(self.surnames) - 1)]

    def _renaming(self, rng: random.Random, people: dict[str, str]):
        """A function that renames 60% of the article's people: full mentions get a new first name too."""
        full, alone = {}, {}
        for surname, first in sorted(people.items()):
            if rng.random() < RENAMED_SHARE:
                new = self._surname(rng)
                full[f"{first} {surname}"] = f"{rng.choice(FIRST_NAMES)} {new}"
                alone[surname] = new
        if not alone:
            return lambda text: text
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted({**full, **alone}, key=len, reverse=True)))
                             + r")\b")
        names = {**alone, **full}
        return lambda text: pattern.sub(lambda match: names[match.group(0)], text)


def page(article: dict) -> str:
    """The article as an outlet's HTML page, with the boilerplate a news site wraps it in."""
    e = html.escape
    outlet, published = article["outlet"], article["published"]
    when = published.strftime("%Y-%m-%dT%H:%M:%SZ")
    body = "\n".join(f"      <p>{e(paragraph)}</p>" for paragraph in article["paragraphs"])
    nav = "".join(f'<li><a href="/{s}/">{s.title()}</a></li>' for s in _SECTIONS)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(article["title"])} | {e(outlet.name)}</title>
  <meta property="og:title" content="{e(article["title"])}">
  <meta property="og:site_name" content="{e(outlet.name)}">
  <meta property="og:url" content="{e(article["url"])}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{when}">
  <meta name="author" content="{e(article["author"])}">
  <link rel="canonical" href="{e(article["url"])}">
</head>
<body>
  <header><a href="/" class="logo">{e(outlet.name)}</a><nav><ul>{nav}</ul></nav>
    <form action="/search"><input name="q" placeholder="Search"></form></header>
  <main>
    <article>
      <h1>{e(article["title"])}</h1>
      <div class="byline">By <span class="author">{e(article["author"])}</span>
        <time datetime="{when}">{published:%B %d, %Y %H:%M} UTC</time></div>
{body}
    </article>
    <aside><h2>Most read</h2><ul><li><a href="/news/">Today's headlines</a></li>
      <li><a href="/politics/">Election coverage</a></li></ul></aside>
  </main>
  <footer><p>&copy; {published.year} {e(outlet.name)}. All rights reserved.</p>
    <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body>
</html>
"""


def write_set(generator: Generator, out: Path, articles: int, per_file: int) -> dict:
    """Write the WARC files; returns what was written. Articles whose text repeats an earlier one are redrawn."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    words = files = 0
    for first in range(0, articles, per_file):
        files += 1
        name = f"CC-NEWS-SYNTH-{generator.month:%Y%m}-{first // per_file:05d}.warc.gz"
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=True)
        for n in range(first, min(articles, first + per_file)):
            article = _unique(generator, n, seen)
            words += sum(len(p.split()) for p in article["paragraphs"])
            writer.write_record(_record(writer, article, StatusAndHeaders))
        partial = out / (name + ".partial")
        partial.write_bytes(buffer.getvalue())
        partial.replace(out / name)  # a file is there whole or not at all
    return {"articles": articles, "files": files, "mean_words": round(words / max(1, articles)),
            "megabytes": round(sum(p.stat().st_size for p in out.glob("*.warc.gz")) / 1e6, 1)}


def _unique(generator: Generator, n: int, seen: set[str]) -> dict:
    for attempt in range(100):
        article = generator.article(n, attempt)
        digest = hashlib.sha256("\n".join(article["paragraphs"]).encode()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            return article
    raise RuntimeError(f"article {n}: no text unlike the others in 100 draws")


def _record(writer, article: dict, status_and_headers):
    payload = page(article).encode("utf-8")
    http = status_and_headers("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                         ("Content-Length", str(len(payload)))], protocol="HTTP/1.1")
    crawled = article["published"] + timedelta(hours=2)
    headers = {"WARC-Date": crawled.strftime("%Y-%m-%dT%H:%M:%SZ"),
               "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(ID_NAMESPACE, article['url'])}>"}
    return writer.create_warc_record(article["url"], "response", payload=io.BytesIO(payload),
                                     http_headers=http, warc_headers_dict=headers)


def inside_checkout(path: Path) -> bool:
    return path.resolve().is_relative_to(ROOT.resolve())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="a synthetic CC-NEWS-like WARC set from PolNeAR train articles")
    parser.add_argument("--out", required=True, help="the folder to write the .warc.gz files to (outside the checkout)")
    parser.add_argument("--articles", type=int, default=20_000, help="how many articles (default 20,000)")
    parser.add_argument("--per-file", type=int, default=1000, help="records per WARC file (default 1,000)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--month", default="2016-10", help="the month the articles are dated in, YYYY-MM")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="PolNeAR's data folder (holding train/text)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    if inside_checkout(out):
        print(f"synthetic_warc: {out} is inside the checkout; write the set elsewhere (it holds PolNeAR text)",
              file=sys.stderr)
        return 2
    if args.articles < 1 or args.per_file < 1:
        print("synthetic_warc: --articles and --per-file must be 1 or more", file=sys.stderr)
        return 2
    try:
        month = datetime.strptime(args.month, "%Y-%m")
    except ValueError:
        print(f"synthetic_warc: --month {args.month}: write YYYY-MM", file=sys.stderr)
        return 2
    try:
        sources = read_sources(Path(args.data))
    except FileNotFoundError as missing:
        print(f"synthetic_warc: {missing}", file=sys.stderr)
        return 2
    written = write_set(Generator(sources, args.seed, month), out, args.articles, args.per_file)
    print(json.dumps({**written, "out": str(out), "seed": args.seed, "month": args.month}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
