"""Assembling attributions: who (source) says (cue) what (content), with PolNeAR's roles.

Three ways in, found by reported_speech.py:
- a quotation finds the cue that governs it in the parse (`“…,” he said`,
  `describing X as a “patriotic movement”`), or borrows the frame of the
  sentence or paragraph it stands in;
- a cue verb with a clause complement is reported speech (`warned that …`);
- `according to X` makes X the source of the clause it modifies (according_to.py).
The speaker behind each source is resolved later, in speakers.py.

This module runs the steps; the package's modules hold them: drafts.py (the Draft and QuoteMap
under construction, span helpers), reported_speech.py (cues, reported speech), according_to.py,
findings.py (a poll's finding: "In a CBS poll, …", "ahead in the polls"), parenthetical.py (a cue
set off by commas inside what it reports), as_asides.py ("as the Times reported, …"),
speaker_labels.py (`NAME:` lines and signatures), orphan_quotes.py (quotations with no cue of their
own), fragments.py (the phrase around a partial quotation), sources.py (who the source is),
not_attributions.py (what looks like one but is not: an open question, "it shows") and finished.py
(drafts into Attributions).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from saywho.analyse import cues
from saywho.analyse.attributions import keep_model as keeping
from saywho.analyse.attributions import not_attributions
from saywho.analyse.attributions.according_to import add_according_to
from saywho.analyse.attributions.as_asides import add_as_aside
from saywho.analyse.attributions.asked_about import add_asked_about
from saywho.analyse.attributions.content_ends import trimmed
from saywho.analyse.attributions.drafts import Draft, QuoteMap, _first_offset
from saywho.analyse.attributions.findings import add_finding
from saywho.analyse.attributions.finished import _content_of, _finish, _opens_a_sentence, is_negated
from saywho.analyse.attributions.fragments import widen_fragments
from saywho.analyse.attributions.gerund_subjects import add_gerund_clause
from saywho.analyse.attributions.headline_verbs import add_headline_source, add_headline_verb
from saywho.analyse.attributions.hearsay import HEARSAY_ADVERBS, add_hearsay, reported_by_no_one_named
from saywho.analyse.attributions.inverted_asides import add_inverted_aside
from saywho.analyse.attributions.nested_sources import without_inner_cues
from saywho.analyse.attributions.noun_cues import NOUN_FORMS, add_noun_cue
from saywho.analyse.attributions.orphan_quotes import _place_orphans
from saywho.analyse.attributions.parenthetical import add_parenthetical
from saywho.analyse.attributions.passive_reports import add_passive_report
from saywho.analyse.attributions.poll_figures import with_poll_figures
from saywho.analyse.attributions.quotes_in_clauses import without_quotes_in_clauses
from saywho.analyse.attributions.reactions import add_reaction
from saywho.analyse.attributions.reported_speech import (
    _add_reported_content,
    _draft_for,
    _is_according,
    governing_cue,
    is_cue_verb,
    names_a_thing,
)
from saywho.analyse.attributions.short_answers import add_pro_form, add_short_answer
from saywho.analyse.attributions.sources import RAISING_LEMMAS, _asked, _find_source, accused_subject, source_head
from saywho.analyse.attributions.speaker_labels import (
    _signed_quotes,
    _speaker_labels,
    _speakers_of_turns,
    quoted_turn_paragraphs,
)
from saywho.analyse.attributions.stray_fragments import without_stray_fragments
from saywho.analyse.attributions.told_clauses import add_closing_frame, add_misread_participle, add_told_clause
from saywho.analyse.attributions.word_bridges import across_word_bridges
from saywho.analyse.cue_extent import issuing_verb
from saywho.analyse.doc_data import SourceLink
from saywho.analyse.quotes import Quote, looks_like_title
from saywho.analyse.role_model import RoleModel
from saywho.analyse.sentences import sentence_index, text_of
from saywho.analyse.token_arrays import with_lower_or_pos
from saywho.document import Attribution

# The public names other code used from the single-module attributions.py.
__all__ = ["Draft", "QuoteMap", "find_attributions", "governing_cue", "is_cue_verb", "is_negated", "source_head"]


def find_attributions(doc: Doc, keep_model: RoleModel | None = None) -> tuple[list[Attribution], list[SourceLink]]:
    """The attributions in a doc with quotes found (saywho_quotes) and parsed, and where each one's source is;
    `keep_model` keeps or drops each candidate (keep_model.py), where given."""
    # A show's or a book's name in quotation marks is nobody's words: "appearing on “Face the Nation”".
    quotes: list[Quote] = [q for q in doc._.quotes or [] if not looks_like_title(text_of(doc), q)]
    quoted_turns = quoted_turn_paragraphs(doc)
    quotes = _without_quoted_turns(doc, quotes, quoted_turns)
    quote_map = QuoteMap(doc, quotes)
    drafts: dict[int, Draft] = {}  # by cue head token index
    orphans: list[Quote] = []
    for index, quote in enumerate(quotes):
        cue = governing_cue(doc, quote_map, index)
        if cue is not None and names_a_thing(cue):
            continue  # a name in quotation marks ("a series called “Quick Question”") is nobody's words
        if cue is None:
            orphans.append(quote)
        else:
            _draft_for(drafts, cue).quotes.append(quote)
    # the words below, "according" or a verb, found in the Doc's arrays: a Token for each of those only
    in_focus = _in_forced_sentences(doc)
    for token in (doc[index] for index in with_lower_or_pos(doc, {"according", "per", "in", *HEARSAY_ADVERBS, *NOUN_FORMS}, "VERB")):
        if quote_map.inside(token) or not in_focus(token):
            continue
        if token.lower_ in NOUN_FORMS and token.pos_ == "NOUN":
            add_noun_cue(drafts, token, quote_map)
        elif token.lower_ == "in":
            add_finding(drafts, token, quote_map)
        elif token.lower_ in HEARSAY_ADVERBS:
            add_hearsay(drafts, token, quote_map)
        elif _is_according(token):
            add_according_to(drafts, token, quote_map)
        elif token.pos_ == "VERB" and not _noun_read_as_verb(token):
            _add_reported_content(drafts, token, quote_map)
            add_gerund_clause(drafts, token, quote_map)
            add_short_answer(drafts, token, quote_map)
            add_pro_form(drafts, token, quote_map)
            add_parenthetical(drafts, token, quote_map)
            add_as_aside(drafts, token, quote_map)
            add_told_clause(drafts, token, quote_map)
            add_closing_frame(drafts, token, quote_map)
            add_passive_report(drafts, token, quote_map)
            add_reaction(drafts, token, quote_map)
            add_inverted_aside(drafts, token, quote_map)
            add_asked_about(drafts, token, quote_map)
            add_misread_participle(drafts, token, quote_map)
    orphans = _signed_quotes(doc, drafts, orphans)
    turns = _speaker_labels(doc, drafts, quote_map, quoted_turns)
    add_headline_verb(doc, drafts)
    ordered = sorted((d for d in drafts.values() if d.quotes or d.content), key=_first_offset)
    ordered = _place_orphans(doc, ordered, orphans)
    without_quotes_in_clauses(ordered)
    for draft in ordered:
        if draft.source is None and draft.carries_over is None and draft.head is not None:
            _find_source(draft, quote_map)
    add_headline_source(doc, ordered)
    _speakers_of_turns(ordered, turns)
    # "issued a statement saying …": the participle's attribution holds the whole cue
    issued = {v.i for draft in ordered if draft.head is not None and (v := issuing_verb(draft.head)) is not None}
    standing = [draft for draft in ordered if _stands_up(draft) and not _lone_quoted_word(doc, draft)
                and (draft.head is None or draft.head.i not in issued)]
    for draft in standing:
        widen_fragments(doc, draft)
    kept = [(draft, with_poll_figures(doc, draft, trimmed(doc, draft, content)))
            for draft in standing if (content := _content_of(doc, draft))]
    without_inner_cues(doc, kept)
    kept = without_stray_fragments(doc, across_word_bridges(doc, kept))
    return _finish(doc, keeping.kept(doc, quote_map, not_attributions.without_cut(doc, kept), keep_model))


def _without_quoted_turns(doc: Doc, quotes: list[Quote], turns: set[int]) -> list[Quote]:
    """A quoted transcript's turns (`turns`, speaker_labels.quoted_turn_paragraphs) are their labels' words: the
    quotation mark that opens each turn opens no quotation of its own."""
    return [q for q in quotes if q.paragraph not in turns or q.open_mark != doc._.paragraphs[q.paragraph][0]]


def _in_forced_sentences(doc: Doc) -> Callable[[Token], bool]:
    """Whether a token's sentence holds a verb the span tagger forced as a cue (cues.forcing); every token when
    none is forced. The second pass over a doc with forced cues keeps only what those verbs draw
    (span_linking.with_tagged_cues), so the words of the other sentences need not be read again."""
    forced = cues.forced_tokens()
    if not forced:
        return lambda token: True
    sentences = {sentence_index(doc, doc[i].idx) for i in forced}
    return lambda token: sentence_index(doc, token.idx) in sentences


def _stands_up(draft: Draft) -> bool:
    """An object or infinitive after a verb is reported speech only when someone does the reporting."""
    if draft.quotes or draft.according_to or draft.source is not None or draft.head is None:
        return True
    if _asked(draft.head) or reported_by_no_one_named(draft.head) or accused_subject(draft.head) is not None:
        return True
    if draft.head.lemma_.lower() in RAISING_LEMMAS:
        # "he appears to understand", "she seems to be steering the ship carefully": how someone looks to the
        # writer, no one's statement. PolNeAR marks some of these as sourceless attributions, but readers
        # checking saywho's output (the precision audits) take them for the writer's own judgement; on PolNeAR
        # train, leaving them out costs 0.002 of cue F1 and gains 0.003 of attribution precision.
        return False
    return draft.head.pos_ != "VERB" or cues.frame_of(draft.head) == cues.CLAUSE


def _noun_read_as_verb(token: Token) -> bool:
    """ "to review a radio-frequency emissions report the company submitted": a "verb" the parser gives the common
    noun right before it as a compound is the head of a noun phrase (not in a headline's capitals: "Dems Hope …")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.dep_ == "compound" and before.head.i == token.i and before.pos_ == "NOUN" \
        and before.is_lower and token.is_lower


def _lone_quoted_word(doc: Doc, draft: Draft) -> bool:
    """ "Graham called “crazy”", "organizers seen as a “lifeboat”": one quoted word inside the writer's
    sentence is a label or a scare quote, seldom the whole of what was said (on PolNeAR train 47 of 52
    such partial quotations matched no gold attribution). A word said on its own ("“No,” he said") stays."""
    if draft.content or draft.labelled or len(draft.quotes) != 1:
        return False
    quote = draft.quotes[0]
    return len(text_of(doc)[quote.start:quote.end].split()) == 1 and not _opens_a_sentence(doc, quote)
