"""spaCy's attribute_ruler and lemmatizer in one memoised pass: same output, a fraction of the time.

In en_core_web_sm the attribute_ruler (a Matcher over 179 patterns) sets each
token's POS, MORPH and a few LEMMAs from its TAG, LOWER and DEP, and the rule
lemmatizer then lemmatises every token from its text, POS and MORPH. Both are
pure functions of a few token attributes, but both pay for every token: the
Matcher walks all its patterns, and the lemmatizer caches only the words its
rules change, recomputing every base form ("said" is cached, "say" is not).
Together they cost about a fifth of the model's time.

`saywho_fastpos` gives every token the same TAG, POS, MORPH, DEP and LEMMA:

- the ruler's patterns are read from the loaded attribute_ruler when the
  pipeline is built (nothing is copied by hand, so another model version
  brings its own table) and evaluated once for each distinct (TAG, LOWER,
  DEP, IS_SPACE) a text brings; the few multi-token patterns ("there is",
  "gon na", "ai n't") are matched on the neighbours. As in the ruler, a later
  pattern wins for an attribute it sets;
- lemmas come from the loaded lemmatizer itself, called once for each
  distinct (word, POS, MORPH) and then remembered; a lemma the ruler set is
  kept, as the lemmatizer does (`overwrite` false).

If the ruler holds a pattern this reading does not understand (an attribute
or operator other than TAG/LOWER/DEP/IS_SPACE with IN, NOT_IN or REGEX), the
component simply runs the two original components instead.

saywho.nlp.load_pipeline() puts it in place of the two (which stay in the
pipeline, disabled: their patterns and tables are what it reads);
`add_saywho_components` leaves a user's pipeline alone.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

# The attributes a pattern may set, in the order of the columns written back to the doc.
OUT = [POS, MORPH, TAG, DEP, LEMMA]
IN = [ORTH, LOWER, TAG, DEP, IS_SPACE, POS, MORPH, LEMMA]
MAX_MEMO = 200_000  # entries per table before it starts afresh: bounds memory in a long-lived process

FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # what a pattern may test, by position in a token's key


class Unsupported(ValueError):
    """A pattern uses something this reading of the ruler does not implement."""


class Spec:
    """One token of a Matcher pattern: a test for each field it constrains."""

    def __init__(self, spec: dict):
        self.equal: dict[int, frozenset] = {}  # field -> the values that pass (string equality, IN, IS_SPACE)
        self.other: dict[int, Callable[[object], bool]] = {}  # field -> test (NOT_IN, REGEX)
        for key, value in spec.items():
            if key not in FIELDS:
                raise Unsupported(f"attribute {key!r}")  # OP, ORTH, POS, ...: not used by en_core_web_sm
            field = FIELDS.index(key)
            if key == "IS_SPACE":
                if not isinstance(value, bool):
                    raise Unsupported(f"IS_SPACE {value!r}")
                self.equal[field] = frozenset([value])
            elif isinstance(value, str):
                self.equal[field] = frozenset([value])
            elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN", "REGEX"):
                (op, arg), = value.items()
                if op == "IN":
                    self.equal[field] = frozenset(arg)
                elif op == "NOT_IN":
                    self.other[field] = (lambda members: lambda v: v not in members)(frozenset(arg))
                else:
                    self.other[field] = (lambda search: lambda v: search(v) is not None)(re.compile(arg).search)
            else:
                raise Unsupported(f"{key} {value!r}")


class Rule:
    """One pattern of the ruler: its specs, the attributes it sets, on which token, and its rank."""

    def __init__(self, rank: int, specs: list[dict], attrs: dict[int, int], index: int):
        if not specs or "_" in attrs or any(attr not in OUT for attr in attrs):
            raise Unsupported(f"pattern {rank}")
        if not -len(specs) <= index < len(specs):
            raise Unsupported(f"index {index} of pattern {rank}")
        self.rank = rank
        self.specs = [Spec(spec) for spec in specs]
        self.settings = tuple((OUT.index(attr), value) for attr, value in attrs.items())
        self.target = index % len(specs)


class FieldMasks:
    """For one field, the bit mask of the specs a value passes (specs that do not test the field pass)."""

    def __init__(self, field: int, specs: list[Spec]):
        self.free = 0
        self.equal: dict[object, int] = {}
        self.other: list[tuple[int, Callable]] = []
        for bit, spec in enumerate(specs):
            if field in spec.equal:
                for value in spec.equal[field]:
                    self.equal[value] = self.equal.get(value, 0) | 1 << bit
            elif field in spec.other:
                self.other.append((1 << bit, spec.other[field]))
            else:
                self.free |= 1 << bit
        self.memo: dict[object, int] = {}

    def __call__(self, value) -> int:
        mask = self.memo.get(value)
        if mask is None:
            if len(self.memo) > MAX_MEMO:
                self.memo.clear()
            mask = self.free | self.equal.get(value, 0)
            for bit, test in self.other:
                if test(value):
                    mask |= bit
            self.memo[value] = mask
        return mask


class FastPos:
    """attribute_ruler + lemmatizer, memoised.

    It works from the pipeline's own "attribute_ruler" and "lemmatizer" (found by
    name on first use, or given with `adopt`), which should then be disabled.
    """

    def __init__(self, nlp: Language, name: str = "saywho_fastpos"):
        self.nlp = nlp
        self.vocab = nlp.vocab
        self.name = name
        self.ruler: Any = None  # the pipeline's AttributeRuler and Lemmatizer, once adopted
        self.lemmatizer: Any = None
        self.fallback = True

    def adopt(self, ruler, lemmatizer) -> FastPos:
        """Read the patterns of `ruler` (an AttributeRuler) and keep `lemmatizer` for new words."""
        self.ruler, self.lemmatizer = ruler, lemmatizer
        try:
            rules = [
                Rule(rank, specs, attrs, index)
                for rank, (pattern, attrs, index) in enumerate(zip(ruler.patterns, ruler.attrs, ruler.indices, strict=True))
                for specs in pattern["patterns"]
            ]
            self.fallback = False
        except Unsupported:
            rules = []
            self.fallback = True
        # One bit per spec: the single-token rules first, in rank order, then each token of the others.
        self.single = [r for r in rules if len(r.specs) == 1]
        self.multi = [r for r in rules if len(r.specs) > 1]
        specs = [r.specs[0] for r in self.single]
        self.multi_bits = []  # per multi-token rule: the bit of each of its tokens
        for rule in self.multi:
            self.multi_bits.append([1 << (len(specs) + k) for k in range(len(rule.specs))])
            specs.extend(rule.specs)
        self.single_mask = (1 << len(self.single)) - 1
        self.multi_mask = ((1 << len(specs)) - 1) ^ self.single_mask
        self.fields = [FieldMasks(field, specs) for field in range(len(FIELDS))]
        # What the single-token rules do to a token depends only on which specs it passes (its mask):
        # each distinct mask is an entry, with the values it sets and which columns it sets.
        self._entry_of_mask: dict[int, int] = {}
        self._entry_of_key: dict[tuple[int, int, int, int], int] = {}  # (tag, lower, dep, is_space) -> entry
        self._entries: list[tuple[tuple, int]] = []  # ((column, value, rank), ...), multi-token spec bits
        self._values = numpy.zeros((0, len(OUT)), dtype="uint64")
        self._is_set = numpy.zeros((0, len(OUT)), dtype=bool)
        self._in_multi = numpy.zeros(0, dtype=bool)
        self._lemma_memo: dict[tuple[int, int, int], int] = {}
        self._lemmatize = _fast_lemmatizer(lemmatizer)
        return self

    def __call__(self, doc: Doc) -> Doc:
        if self.ruler is None:
            if not {"attribute_ruler", "lemmatizer"} <= set(self.nlp.component_names):
                raise ValueError("saywho_fastpos needs the pipeline's attribute_ruler and lemmatizer (or adopt())")
            self.adopt(self.nlp.get_pipe("attribute_ruler"), self.nlp.get_pipe("lemmatizer"))
        if self.fallback:
            return self.lemmatizer(self.ruler(doc))
        if not len(doc):
            return doc
        columns = doc.to_array(IN)
        out = self._attributes(columns)
        self._lemmas(doc, columns[:, 0], out)
        doc.from_array(OUT, out)  # type: ignore[arg-type]  # thinc's Ints2d is a numpy array here
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    # -- the ruler ----------------------------------------------------------------------

    def _attributes(self, columns: numpy.ndarray) -> numpy.ndarray:
        """POS, MORPH, TAG, DEP, LEMMA of every token after the ruler's patterns."""
        by_key = self._entry_of_key
        if len(by_key) > MAX_MEMO:
            by_key.clear()
        keys = list(zip(*(columns[:, k].tolist() for k in (2, 1, 3, 4))))  # tag, lower, dep, is_space
        get = by_key.get
        ids = [get(key) for key in keys]
        if None in ids:
            for i, entry in enumerate(ids):
                if entry is None:
                    ids[i] = by_key[keys[i]] = self._entry(*keys[i])
        rows = numpy.array(ids, dtype="intp")
        out = numpy.where(self._is_set[rows], self._values[rows], columns[:, [5, 6, 2, 3, 7]])
        if self._in_multi[rows].any():
            self._apply_multi(rows.tolist(), out)
        return out

    def _entry(self, tag: int, lower: int, dep: int, is_space: int) -> int:
        strings = self.vocab.strings
        tag_mask, lower_mask, dep_mask, space_mask = self.fields
        mask = (
            tag_mask(strings[tag] if tag else "")
            & lower_mask(strings[lower])
            & dep_mask(strings[dep] if dep else "")
            & space_mask(bool(is_space))
        )
        entry = self._entry_of_mask.get(mask)
        if entry is None:
            final: dict[int, tuple[int, int, int]] = {}
            for bit, rule in enumerate(self.single):  # in rank order: a later rule overrides
                if mask >> bit & 1:
                    for column, value in rule.settings:
                        final[column] = (column, value, rule.rank)
            values, is_set = numpy.zeros((1, len(OUT)), dtype="uint64"), numpy.zeros((1, len(OUT)), dtype=bool)
            for column, value, _ in final.values():
                values[0, column], is_set[0, column] = value, True
            entry = self._entry_of_mask[mask] = len(self._entries)
            self._entries.append((tuple(sorted(final.values())), mask & self.multi_mask))
            self._values = numpy.concatenate([self._values, values])
            self._is_set = numpy.concatenate([self._is_set, is_set])
            self._in_multi = numpy.append(self._in_multi, bool(mask & self.multi_mask))
        return entry

    def _apply_multi(self, ids: list[int], out: numpy.ndarray) -> None:
        """ "there is", "gon na": patterns over neighbouring tokens, ranked against the single ones."""
        found = [self._entries[entry] for entry in ids]
        ranks: dict[tuple[int, int], int] = {}  # (token, column) -> rank of the multi-token rule that set it
        candidates = [i for i, (_, bits) in enumerate(found) if bits]
        for rule, bits in zip(self.multi, self.multi_bits):
            width = len(bits)
            for start in candidates:
                if start + width <= len(found) and all(found[start + k][1] & bit for k, bit in enumerate(bits)):
                    i = start + rule.target
                    single = {column: rank for column, _, rank in found[i][0]}
                    for column, value in rule.settings:
                        if max(single.get(column, -1), ranks.get((i, column), -1)) < rule.rank:
                            out[i, column] = value
                            ranks[(i, column)] = rule.rank

    # -- the lemmatizer -----------------------------------------------------------------------

    def _lemmas(self, doc: Doc, orths: numpy.ndarray, out: numpy.ndarray) -> None:
        """Fill in the LEMMA column of `out` where the ruler set none (all of it if the lemmatizer overwrites)."""
        memo = self._lemma_memo
        if len(memo) > MAX_MEMO:
            memo.clear()
        lemma = out[:, 4]
        todo = numpy.flatnonzero(lemma == 0) if not getattr(self.lemmatizer, "overwrite", False) else numpy.arange(len(lemma))
        keys = list(zip(orths[todo].tolist(), out[todo, 0].tolist(), out[todo, 1].tolist()))  # word, POS, MORPH
        values = [memo.get(key) for key in keys]
        if None in values:
            # New words: the lemmatizer reads POS and MORPH off the token, so set them first.
            doc.from_array(OUT, out)  # type: ignore[arg-type]  # thinc's Ints2d is a numpy array here
            strings, lemmatize = self.vocab.strings, self._lemmatize
            for k, value in enumerate(values):
                if value is None:
                    values[k] = memo.get(keys[k])
                    if values[k] is None:
                        values[k] = memo[keys[k]] = strings.add(lemmatize(doc[int(todo[k])])[0])
        lemma[todo] = values


def _fast_lemmatizer(lemmatizer) -> Callable:
    """The lemmatizer's own `lemmatize`, on a copy whose word indexes are sets rather than lists.

    spaCy's rule lemmatizer asks `form in index` of lists of up to 57,000 words,
    which makes each new word cost a tenth of a millisecond; it only ever tests
    membership and truthiness of those lists, so sets give the same answers.
    The copy has its own cache; the original component is left as it was.
    """
    from spacy.lookups import Lookups

    lookups = getattr(lemmatizer, "lookups", None)
    if getattr(lemmatizer, "mode", None) != "rule" or lookups is None or "lemma_index" not in lookups:
        return lemmatizer.lemmatize
    clone = copy.copy(lemmatizer)
    clone.cache = {}
    fast = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            fast.add_table(name, {key: frozenset(words) for key, words in table.items()})
        else:
            fast.set_table(name, table)
    clone.lookups = fast
    return clone.rule_lemmatize
