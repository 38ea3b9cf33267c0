"""Quote trails: which attributions across a corpus report the same utterance.

This module is the store-free part: turning a quotation into words, MinHash
signatures (datasketch) cut into LSH band keys, and the check that two
candidates really match. saywho/corpus/trail_index.py keeps the keys in the
store and assigns trails; saywho/corpus/trail_view.py lays out one trail.

Only candidates that share an LSH band are ever compared (never all pairs).
A long quotation is signed in overlapping windows of content words, so that a
short excerpt of it, or a short paraphrase, still shares a window with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from saywho.document import ACCORDING_TO, DIRECT, INDIRECT, PARTIAL, REPORTED

QUOTED_KINDS = (DIRECT, PARTIAL)
REPORTED_KINDS = (INDIRECT, ACCORDING_TO, REPORTED)

# A quotation of fewer words is too common a phrase to follow ("Great Satan", "R").
MIN_WORDS = 5
# Quotation to quotation: the share of the shorter one's words that line up with the other, in order
# (so a shortened quotation joins its full version), at least MIN_WORDS of them, with one run of
# QUOTE_RUN words in common.
QUOTE_MATCH = 0.75
QUOTE_RUN = 4
# A paraphrase joins a quotation when this share of its content words (at least PARAPHRASE_WORDS)
# occur in the quotation. Chosen on the hand-made pairs in tests/data/trail_pairs.json (see docs/corpus.md):
# there every true report scores 0.86 or more, every other one 0.8 or less.
# The words must also stand close together in the quotation: within a stretch of its content words
# PARAPHRASE_SPREAD times as long as the paraphrase's.
PARAPHRASE_MATCH = 0.85
PARAPHRASE_WORDS = 5
PARAPHRASE_SPREAD = 2
# Short texts carry little evidence: a stock phrase ("against the war in Iraq", "build a wall along the southern
# border") is said on many occasions. A quotation or paraphrase of fewer than SHORT_WORDS words is short, and joins
# a version that ran more than NEAR_DAYS days away (a week's news cycle) only when it is a quotation lining up
# whole (WHOLE_MATCH) with a long one. (A stricter word share for short quotations was tried as well: on BASIL it
# turned away true fragments whose first word the span took from the writer's sentence, and on PolNeAR it
# turned away nothing the window keeps; see docs/corpus.md.)
SHORT_WORDS = 10
NEAR_DAYS = 7
WHOLE_MATCH = 0.9

NUM_PERM = 128
LSH_THRESHOLD = 0.25  # Jaccard of content-word windows; datasketch picks bands and rows for it
WINDOW, STRIDE = 10, 5
SEED = 1

GAP = re.compile(r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*")
# Words in square brackets are the writer's, not the speaker's ("not Bill [Clinton], nobody"): left out.
EDITORIAL = re.compile(r"\[[^\]]*\]")
_TRANSLATE = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'",
                            "—": " ", "–": " ", "-": " ", "/": " "})
# A title's abbreviation, or "&", is a way of writing a word, not another word ("Sen. Reid" = "Senator Reid").
TITLE_ABBREVIATIONS = {"&": "and", "sen": "senator", "sens": "senators", "rep": "representative", "reps": "representatives",
                       "gov": "governor", "govs": "governors", "lt": "lieutenant", "gen": "general",
                       "sgt": "sergeant", "cmdr": "commander", "adm": "admiral", "atty": "attorney",
                       "dept": "department", "pres": "president", "prof": "professor", "supt": "superintendent",
                       "dr": "doctor", "cllr": "councillor", "insp": "inspector", "capt": "captain",
                       "col": "colonel", "maj": "major", "rev": "reverend", "hon": "honourable"}
# Single letters with full stops are one word ("O.K.", "U.S."), so that they fold to "OK", "US".
# "&" is the word "and" written another way.
_WORD = re.compile(r"(?<![^\W_])(?:[^\W\d_]\.)+[^\W\d_](?![^\W_])\.?|[^\W_]+(?:'[^\W_]+)*|&")

STOPWORDS = frozenset((
    "a", "an", "the", "and", "or", "but", "if", "then", "so", "as", "of", "at", "by", "for", "in", "into", "on",
    "onto", "to", "from", "with", "without", "about", "over", "under", "up", "down", "out", "off", "than", "that",
    "this", "these", "those", "there", "here", "what", "which", "who", "whom", "whose", "when", "where", "why",
    "how", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "have", "has",
    "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "nor",
    "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her",
    "hers", "it", "its", "they", "them", "their", "theirs", "myself", "yourself", "himself", "herself", "itself",
    "ourselves", "themselves", "just", "also", "very", "too", "all", "any", "some", "each", "both", "such", "only",
    "own", "same", "s", "t", "don", "dont", "im", "ive", "youre", "mr", "mrs", "ms", "its", "thats", "theyre",
    "weve", "were", "wont", "cant", "isnt", "arent", "wasnt", "didnt", "doesnt", "said", "says", "say", "saying",
    "tell", "told",
))


@dataclass
class Words:
    """A text as normalised words (case, quotation marks, apostrophes, punctuation and spacing ignored).

    `surface` holds each word as written; `gaps` the indices of words that follow an ellipsis
    or a break between quoted fragments, where a writer marked a cut.
    """

    words: list[str]
    surface: list[str]
    gaps: set[int] = field(default_factory=set)
    percent_signs: set[int] = field(default_factory=set)  # words written with "%" after them ("23%")
    currency_signs: dict[int, str] = field(default_factory=dict)  # words after "$", "£", "€": {index: "dollar"}
    decimal_points: set[int] = field(default_factory=set)  # figures after a decimal point ("1.1": the second "1")
    content: list[str] = field(default_factory=list)  # content words, stemmed (see content_words)

    def __len__(self) -> int:
        return len(self.words)


@lru_cache(maxsize=1 << 16)
def words_of(text: str, spoken: bool = False) -> Words:
    """The text's words; cached, since a text is compared with many candidates (do not change the result).

    `spoken` reads them as speech is compared: hesitations ("uh") left out and contractions spelled
    out ("we're" = "we are"), so house styles of tidying speech agree.
    """
    result = Words([], [])
    for index, piece in enumerate(GAP.split(text or "")):
        if index and result.words:
            result.gaps.add(len(result.words))
        piece = EDITORIAL.sub(" ", piece)
        translated = piece.translate(_TRANSLATE)
        for match in _WORD.finditer(translated):
            _add_word(result, piece, translated, match, spoken)
    if spoken:
        _has_before_participles(result)
    result.content = [stem(w) for w in result.words if w not in STOPWORDS]
    return result


def _add_word(result: Words, piece: str, translated: str, match: re.Match, spoken: bool) -> None:
    start, end = match.span()
    at = len(result.words)
    if translated[end:].lstrip(" ").startswith("%"):
        result.percent_signs.add(at)
    if (sign := translated[:start].rstrip(" ")[-1:]) in CURRENCY_SIGNS:
        result.currency_signs[at] = CURRENCY_SIGNS[sign]
    if start >= 2 and translated[start - 1] == "." and translated[start - 2].isdigit() and translated[start].isdigit():
        result.decimal_points.add(at)
    token = match.group()
    if spoken and start and translated[start - 1] == "'" and token.lower() in CLIPPED:
        token = CLIPPED[token.lower()]  # "'em", "'cause"
    for position, word in enumerate(spoken_words(token) if spoken else [_folded(token)]):
        result.words.append(word)
        result.surface.append(piece[start:end] if position == 0 else "")


def _has_before_participles(words: Words) -> None:
    """ "It's been", "she's got": the "'s" is "has"."""
    for at in range(len(words.words) - 1):
        if words.words[at] == "is" and not words.surface[at] and words.words[at + 1] in {"been", "got", "gotten"}:
            words.words[at] = "has"


CURRENCY_SIGNS = {"$": "dollar", "£": "pound", "€": "euro"}

# Sounds of hesitation a transcript keeps and most outlets drop: not words of the utterance.
HESITATIONS = frozenset({"uh", "uhm", "um", "umm", "er", "erm", "hmm"})
# Words clipped at the front, with an apostrophe: "'em", "'cause".
CLIPPED = {"em": "them", "cause": "because"}
# A contraction is its full form written short ("we're" = "we are"; "can't" = "can not", as "cannot").
_WRITTEN_SHORT = {"can't": ["can", "not"], "won't": ["will", "not"], "shan't": ["shall", "not"],
              "cannot": ["can", "not"], "gonna": ["going", "to"], "wanna": ["want", "to"],
              "gotta": ["got", "to"]}
_ENDINGS = {"n't": "not", "'re": "are", "'m": "am", "'ve": "have", "'ll": "will", "'d": "would"}
# Only these take "'s" for "is"; after any other word it is a possessive ("the mayor's").
_IS_AFTER = frozenset({"it", "that", "there", "here", "what", "who", "where", "how", "he", "she", "this"})


def spoken_words(token: str) -> list[str]:
    """One written word as the folded words it stands for in speech: [] for a hesitation."""
    lower = token.lower()
    if lower in HESITATIONS and not (token.isupper() and len(token) > 1):  # "ER" is the emergency room
        return []
    if lower in _WRITTEN_SHORT:
        return _WRITTEN_SHORT[lower]
    if lower == "let's":
        return ["let", "us"]
    for ending, full in _ENDINGS.items():
        if lower.endswith(ending) and len(lower) > len(ending):
            return [_folded(token[: -len(ending)]), full]
    if lower.endswith("'s") and lower[:-2] in _IS_AFTER:
        return [lower[:-2], "is"]
    return [_folded(token)]


def _folded(word: str) -> str:
    """Lower case, without apostrophes or full stops; a possessive's "s" dropped ("ISIS's" = "ISIS'",
    "O.K." = "OK"); a title's abbreviation spelled out ("Sen." = "Senator"), "&" = "and"."""
    word = word.lower()
    word = word.removesuffix("'s").replace("'", "").replace(".", "")
    return TITLE_ABBREVIATIONS.get(word, word)


def stem(word: str) -> str:
    """A crude suffix cut, enough for a paraphrase's "builds"/"building" to meet a quotation's "build"."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "cutting" → "cutt" → "cut"
    return word


def content_words(words: Words) -> list[str]:
    return words.content


def windows(terms: list[str]) -> list[set[str]]:
    """Overlapping windows of content words; a short text is one window."""
    if len(terms) <= WINDOW + STRIDE // 2:
        return [set(terms)] if terms else []
    starts = list(range(0, len(terms) - WINDOW + 1, STRIDE))
    if starts[-1] != len(terms) - WINDOW:
        starts.append(len(terms) - WINDOW)
    return [set(terms[s:s + WINDOW]) for s in starts]


SCHEME = "affine32"  # named, so that keys kept in a store do not change with datasketch's default
_LSH = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
BANDS = list(_LSH.hashranges)
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations  # made once, not per window
# A band's key mixes its rows' hash values and its number into 64 bits (odd multipliers, fixed for stored keys).
_BANDED = BANDS[-1][1]
_ROW_MULTIPLIERS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93][
    :BANDS[0][1] - BANDS[0][0]], dtype=np.uint64)
_BAND_OFFSETS = np.arange(len(BANDS), dtype=np.uint64) * np.uint64(0xFF51AFD7ED558CCD)
assert all(end - start == len(_ROW_MULTIPLIERS) for start, end in BANDS)  # datasketch's bands are equal


def band_keys(terms: list[str]) -> set[int]:
    """The LSH buckets of each window's MinHash: two texts are candidates when they share one."""
    sets = windows(terms)
    if not sets:
        return set()
    keys: set[int] = set()
    for terms_set in sets:
        minhash = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_PERMUTATIONS, scheme=SCHEME)
        minhash.update_batch([t.encode() for t in sorted(terms_set)])
        rows = minhash.hashvalues[:_BANDED].astype(np.uint64).reshape(len(BANDS), -1)
        with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
            mixed = (rows * _ROW_MULTIPLIERS).sum(axis=1, dtype=np.uint64) + _BAND_OFFSETS
        keys.update(mixed.view(np.int64).tolist())
    return keys


def quote_match(a: Words, b: Words) -> float:
    """How much of the shorter quotation lines up with the other, word for word, in order (0 to 1).

    Runs of fewer than two words do not count unless a text is that short, so scattered
    common words ("the", "we") do not make two quotations alike.
    """
    shorter = min(len(a), len(b))
    if shorter < MIN_WORDS:
        return 0.0
    blocks = SequenceMatcher(None, a.words, b.words, autojunk=False).get_matching_blocks()
    matched = sum(block.size for block in blocks if block.size >= 2)
    if matched < MIN_WORDS or max(block.size for block in blocks) < min(QUOTE_RUN, shorter):
        return 0.0
    return matched / shorter


def paraphrase_match(report: Words, quotation: Words) -> float:
    """The share of a paraphrase's content words that one stretch of the quotation uses (0 when too few)."""
    said = set(content_words(report))
    quoted = content_words(quotation)
    if len(said) < PARAPHRASE_WORDS:
        return 0.0
    span = max(PARAPHRASE_SPREAD * len(said), WINDOW)
    shared = max(len(said.intersection(quoted[start:start + span]))
                 for start in range(max(1, len(quoted) - span + 1)))
    return shared / len(said) if shared >= PARAPHRASE_WORDS else 0.0


def matches(kind_a: str, a: Words, kind_b: str, b: Words) -> float:
    """The match score of two attributions, 0 when they are not the same utterance by these rules."""
    quoted_a, quoted_b = kind_a in QUOTED_KINDS, kind_b in QUOTED_KINDS
    if quoted_a and quoted_b:
        if not _may_line_up(a, b):
            return 0.0
        score = quote_match(a, b)
        return score if score >= QUOTE_MATCH else 0.0
    if quoted_a != quoted_b:
        report, quotation = (b, a) if quoted_a else (a, b)
        if not _may_paraphrase(report, quotation):
            return 0.0
        score = paraphrase_match(report, quotation)
        return score if score >= PARAPHRASE_MATCH else 0.0
    return 0.0  # two paraphrases join only through a quotation


def is_short(words: Words) -> bool:
    return len(words) < SHORT_WORDS


def near_enough(kind_a: str, a: Words, kind_b: str, b: Words, score: float, days_apart: int | None) -> bool:
    """Whether two matching attributions may join, given how many days apart they ran (None: not known).

    Beyond NEAR_DAYS a short text is too likely the same words said on another occasion, unless it is a
    quotation lining up whole with a long one (a famous line quoted months later). Long texts always join."""
    if days_apart is None or days_apart <= NEAR_DAYS:
        return True
    quoted_a, quoted_b = kind_a in QUOTED_KINDS, kind_b in QUOTED_KINDS
    if quoted_a and quoted_b:
        shorter, longer = sorted((a, b), key=len)
        return not is_short(shorter) or (score >= WHOLE_MATCH and not is_short(longer))
    return not is_short(a if not quoted_a else b)


# Cheap upper bounds, checked first: most LSH candidates share a few common words and nothing more, and
# rejecting them before difflib keeps the cost of a candidate small. Each bound is never below the score
# it stands for, so what matches is exactly what would match without them.


def _may_line_up(a: Words, b: Words) -> bool:
    """Whether quote_match could reach QUOTE_MATCH: only words inside a two-word run both texts have can line up."""
    shorter = min(len(a), len(b))
    if shorter < MIN_WORDS:
        return False
    bound = min(_in_shared_pairs(a.words, b.words), _in_shared_pairs(b.words, a.words))
    return bound >= MIN_WORDS and bound / shorter >= QUOTE_MATCH


def _in_shared_pairs(words: list[str], other: list[str]) -> int:
    """How many of `words` stand in a pair of neighbouring words that `other` also has."""
    pairs = set(zip(other, other[1:]))
    inside = [False] * len(words)
    for index, pair in enumerate(zip(words, words[1:])):
        if pair in pairs:
            inside[index] = inside[index + 1] = True
    return sum(inside)


def _may_paraphrase(report: Words, quotation: Words) -> bool:
    """Whether paraphrase_match could reach PARAPHRASE_MATCH: it counts only words the quotation has at all."""
    said = set(content_words(report))
    if len(said) < PARAPHRASE_WORDS:
        return False
    shared = len(said.intersection(content_words(quotation)))
    return shared >= PARAPHRASE_WORDS and shared / len(said) >= PARAPHRASE_MATCH
