"""Speaker labels and signatures: transcript `NAME:` lines, headline labels and quotations
signed with a dash and a name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from saywho.analyse.attributions.drafts import Draft, QuoteMap, _rstrip
from saywho.analyse.entities import person_titles
from saywho.analyse.quotes import Quote
from saywho.analyse.sentences import text_of
from saywho.analyse.speaker_interviews import answer_ends

NAME = r"(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})"  # up to four capitalised words
# A hyphen signs only on a line of its own ("… 1 percent.\" ¶ - Bernie Sanders."), where it cannot join words.
SIGNATURE = re.compile(rf"\s*(?P<cue>[―—–]|--|(?<=\n)-(?= ))\s*{NAME}")
LABEL = re.compile(rf"{NAME}(?P<cue>:)[ \t]+\S")
# A court transcript's turns: `Q. Who decided?`, `A. Dale did.`, read only where the paragraphs are an interview's.
TURN_MARK = re.compile(r"(?P<name>[QA])(?P<cue>\.)[ \t]+\S")
# A paragraph that gives the quotation standing alone before it to its speaker: `“Every day …” ¶ That was the
# warning from Harold Voss, president of …`.
SAYINGS = ("warning", "view", "verdict", "message", "assessment", "advice", "reaction", "response", "argument",
           "prediction", "point", "plea", "conclusion", "answer", "complaint", "promise", "vow", "question", "word",
           "words", "take", "judgment", "judgement", "diagnosis")
CLAIMED_AFTER = re.compile(rf"[ \t]*\n\s*(?P<cue>(?:That|Those|Such) (?:was|were|is|are) (?:the |his |her |their )?"
                           rf"(?:\w+ )?(?:{'|'.join(SAYINGS)}) (?:of|from)) {NAME}")
# A headline's speaker and whom or what they address: `Clinton to Planned Parenthood: …`, `Gillibrand on …: …`.
ADDRESSED_LABEL = re.compile(rf"{NAME} (?:[Tt]o|[Oo]n|[Aa]t) [^:\n]{{1,80}}?(?P<cue>:)[ \t]+\S")
# Headlines that give a finding to the thing that found it: `Poll: Trump and Clinton hold narrow leads …`.
FINDING_LABELS = {"Poll", "Report", "Survey", "Study"}
# A headline's label may name a speaker's side or paper with a common noun after the name (`Clinton camp: …`, `WSJ
# editorial: …`), or a group of speakers alone (`Insiders: …`, `Historians: …`); a kicker in capitals may come
# first (`EXCLUSIVE – Roger Stone: …`).
SIDES = ("camp", "campaign", "aides", "allies", "advisers", "editorial", "report", "spokesman", "spokeswoman", "lawyers")
GROUP_LABELS = {"Newspaper", "Insiders", "Historians", "Experts", "Officials", "Sources", "Witnesses", "Economists",
                "Analysts", "Scientists", "Critics", "Aides", "Allies", "Advisers", "Prosecutors", "Lawmakers"}
HEADLINE_LABEL = re.compile(rf"(?:[A-Z]{{3,}}(?: [A-Z]{{3,}})? [–—-] )?(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){{0,3}}"
                            rf"(?: (?:{'|'.join(SIDES)}))?)(?P<cue>:)[ \t]+\S")

# A live blog's tag at a headline's end: the page's words, not the speaker's.
LIVE_TAG = re.compile(r"\s+[-–—|]\s*(?:live(?: updates| blog| coverage| reaction)?|as it happened|latest updates)\s*$",
                      re.IGNORECASE)
# Named weather systems, which a live blog's headline may open with.
WEATHER_SYSTEMS = {"Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical"}
# A roundup's item names its source after a dash, before the quotation: `IOWA POLLS NOT WRONG, JUST EARLY - Mark
# Blumenthal and Jon Cohen: “…”`, `… - More from Jones: “…”`.
NAME_WORDS = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}"
DASH_LABEL = re.compile(rf"(?:[-–—]|--)[ \t]+(?:More from[ \t]+)?(?P<name>{NAME_WORDS}(?: and {NAME_WORDS})?)"
                        rf"(?P<cue>:)[ \t]*$")


def dash_labelled(doc: Doc, quote: Quote) -> Draft | None:
    """The draft for a quotation whose source is named between a dash and a colon right before it, if it is."""
    text = text_of(doc)
    match = DASH_LABEL.search(text, doc._.paragraphs[quote.paragraph][0], quote.open_mark)
    if match is None:
        return None
    cue = doc.char_span(match.start("cue"), match.end("cue"), alignment_mode="expand")
    name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
    if not cue or not name:
        return None
    return Draft(cue=list(cue), source=(name.start_char, name.end_char), source_head=name.root)


def _signed_quotes(doc: Doc, drafts: dict[int, Draft], orphans: list[Quote]) -> list[Quote]:
    """ `“…” ― Sonya Herridge`: a quotation signed with a dash and a name; `“…” ¶ That was the warning from Harold
    Voss, …`: a paragraph of its own, given to the name the next paragraph opens with."""
    remaining = []
    for quote in orphans:
        match = SIGNATURE.match(text_of(doc), quote.outer[1]) or _claimed_after(doc, quote)
        if match is None or quote.close_mark is None:
            remaining.append(quote)
            continue
        draft = _framed_draft(doc, drafts, match)
        if draft is None:
            remaining.append(quote)
        else:
            draft.quotes.append(quote)
    return remaining


@dataclass
class Turn:
    """One `NAME:` line of a transcript or interview: who speaks, and where their words stand."""

    speaker: Token  # the last token of the label's name
    start: int
    end: int


def _speaker_labels(doc: Doc, drafts: dict[int, Draft], quote_map: QuoteMap, quoted_turns: set[int]) -> list[Turn]:
    """Transcripts and headlines: `WALLACE: Let's start …`, `Pat Caddell: Democrat voters …`. `quoted_turns`: the
    paragraphs of a transcript quoted whole (quoted_turn_paragraphs), whose labels follow an opening mark."""
    text = text_of(doc)
    paragraphs = doc._.paragraphs
    answers = answer_ends([text[start:end] for start, end in paragraphs])
    interview = bool(answers)
    labels = [(_label_at(text, start + (index in quoted_turns), index)
               or (TURN_MARK.match(text, start) if interview else None), end)
              for index, (start, end) in enumerate(paragraphs)]
    names = [m.group("name") for m, _ in labels if m]
    turns = []
    for index, (match, end) in enumerate(labels):
        turn_marker = match is not None and _marks_a_turn(match, interview)
        if match is None or not (turn_marker or _is_speaker_name(doc, match, names)) or _a_tally(text, match, end) \
                or _a_dateline(doc, match, end, names) or (index == 0 and _a_live_blogs_topic(text, match, end, drafts)):
            continue
        draft = _framed_draft(doc, drafts, match)
        if draft is not None and not draft.quotes:
            if turn_marker and index in answers:
                end = paragraphs[answers[index]][1]  # the answer's own paragraphs after its `A:` line
            start = match.end("cue") + _leading_space(text, match.end("cue"))
            draft.content.append((start, _without_final_period(text, start, _before_a_live_tag(text, start, end))))
            if index == 0:
                _without_cues_inside(drafts, draft, start, end)
            if match.group("name").isupper():  # a transcript's turn, not a headline's `Poll:` or `X to Y:`
                draft.labelled = True
                if draft.source_head is not None and not turn_marker:
                    turns.append(Turn(draft.source_head, start, end))  # the label's name speaks the turn's "I"
    return turns


def _a_dateline(doc: Doc, match: re.Match, end: int, names: list[str]) -> bool:
    """ "KARACHI: Fast bowler … has been charged …, the Pakistan Cricket Board said on Sunday.": a word in capitals met
    once as a label, outside a transcript, before a line that reports with a verb of saying of its own, is the place
    the story was filed from."""
    name = match.group("name")
    if not name.isupper() or names.count(name) > 1 or _is_transcript(names):
        return False
    line = doc.char_span(match.end("cue"), end, alignment_mode="contract")
    if line is None:
        return False
    if _opens_the_story(doc, match.start()) and not any(t.lower_ in FIRST_AND_SECOND_PERSON for t in line):
        return True  # "KOTA KINABALU: A 41-year-old lorry driver was charged …": the story's first words, no one's
    return " " not in name and any(t.pos_ == "VERB" and t.lemma_.lower() in DATELINE_SAYING for t in line)


FIRST_AND_SECOND_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "you", "your", "let"})


def _opens_the_story(doc: Doc, start: int) -> bool:
    """Whether `start` opens the first paragraph after the headline and any byline (a headline's "AP: Trump chair
    routed …" credits its source)."""
    text = text_of(doc)
    before = [text[a:b].strip() for a, b in doc._.paragraphs if b <= start]
    return len([line for line in before if line and not line.lower().startswith("by ")]) == 1


DATELINE_SAYING = frozenset({"say", "tell", "announce", "confirm", "report"})


def _a_tally(text: str, match: re.Match, end: int) -> bool:
    """ "Hillary Clinton: 1,769.": a count after the name (a delegate tally, a score), nothing said."""
    return not any(char.isalpha() for char in text[match.end("cue"):end])


def quoted_turn_paragraphs(doc: Doc) -> set[int]:
    """The paragraphs of a transcript the writer quotes whole, each turn opening with a quotation mark before its
    label (`"WALLACE: Let's start …` ¶ `"PENCE: Well, look, …`): each turn is its label's words, not one quotation
    of whoever the paragraph before the transcript quoted."""
    text = text_of(doc)
    turns = {index: match.group("name") for index, (start, _) in enumerate(doc._.paragraphs)
             if text[start:start + 1] in QUOTE_OPENINGS and (match := LABEL.match(text, start + 1)) is not None
             and match.group("name").isupper()}
    return set(turns) if _is_transcript(list(turns.values())) else set()


def _label_at(text: str, start: int, paragraph: int) -> re.Match | None:
    found = LABEL.match(text, start) or ADDRESSED_LABEL.match(text, start)
    return found or (HEADLINE_LABEL.match(text, start) if paragraph == 0 else None)


def _without_cues_inside(drafts: dict[int, Draft], label: Draft, start: int, end: int) -> None:
    """A headline's label says whose the whole line is: "Obama: I'm Optimistic Americans Will Say No to Trump" holds
    no report of its own (its title case misleads the parser; PolNeAR never marks one)."""
    for key in [key for key, draft in drafts.items() if draft is not label and draft.head is not None
                and start <= draft.head.idx < end and not draft.quotes]:
        del drafts[key]


def _marks_a_turn(match: re.Match, interview: bool) -> bool:
    """An interview's `Q:` or `A:` (speaker_interviews.py tells whose the answer is)."""
    return interview and match.re in {LABEL, TURN_MARK} and match.group("name") in {"Q", "A"}


FIRST_PERSON = {"i", "me"}
SECOND_PERSON = {"you"}


def _speakers_of_turns(drafts: list[Draft], turns: list[Turn]) -> None:
    """In a transcript, "I said" is the turn's speaker and "you said" the one they answer: the source
    stays as written, but the speaker behind it is the label's name, never "I" or "you"."""
    for draft in drafts:
        head = draft.source_head
        if draft.labelled or head is None or head.lower_ not in FIRST_PERSON | SECOND_PERSON:
            continue
        index = next((k for k, turn in enumerate(turns) if turn.start <= head.idx < turn.end), None)
        if index is None:
            continue
        if head.lower_ in FIRST_PERSON:
            draft.source_head = turns[index].speaker
        elif (other := _answered(turns, index)) is not None:
            draft.source_head = other


def _answered(turns: list[Turn], index: int) -> Token | None:
    """The speaker of the nearest turn before (or else after) this one with another name."""
    name = turns[index].speaker.lower_
    for turn in [*reversed(turns[:index]), *turns[index + 1 :]]:
        if turn.speaker.lower_ != name:
            return turn.speaker
    return None


def _is_speaker_name(doc: Doc, match: re.Match, names: list[str]) -> bool:
    name = match.group("name")
    if name in FINDING_LABELS and match.re is LABEL or name in GROUP_LABELS and _in_headline(doc, match):
        return True
    if name.isupper() and len(name) > 2:
        # A transcript names its speakers again and again (so a name met once counts in one with several
        # label lines), or the article names them in full elsewhere.
        return names.count(name) >= 2 or _is_transcript(names) or _named_elsewhere(doc, name)
    span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
    if span is None:
        return False
    if match.re is ADDRESSED_LABEL and _infinitive_after(doc, match):
        return False
    if match.re is ADDRESSED_LABEL:  # the whole name must be one: not "Responding to …:", "Follow AWR Hawkins on …:"
        named = all(t.ent_type_ in {"PERSON", "ORG"} or t.lower_ in person_titles() for t in span)
    else:
        named = any(t.ent_type_ in {"PERSON", "ORG"} for t in span)
    if match.re is LABEL and _quoted_after(doc, match) and _named_elsewhere(doc, name):
        return True  # a hearing's `Sutter: "So everything you know …?"`, of a person the article names
    # A headline's capitals hide names from the tagger ("Lynch: No outside influence …"); the article names them.
    # Only the headline: in the body, "Sanders: Win in a walk." heads a list of what each candidate needs.
    return named or (_in_headline(doc, match) and (_named_elsewhere(doc, _without_side(name))
                                                   or _surname_in_the_body(doc, _without_side(name))))


def _quoted_after(doc: Doc, match: re.Match) -> bool:
    """Whether the label's words open with a quotation mark: a turn of a transcript the writer quotes."""
    return text_of(doc)[match.end("cue"):].lstrip(" \t")[:1] in QUOTE_OPENINGS


QUOTE_OPENINGS = frozenset("\"“‘'«")


def _surname_in_the_body(doc: Doc, name: str) -> bool:
    """ `Cecile Richards: ‘I’m Sick Of …’` with "Richards said" below: a first and last name in the headline whose
    last name the body gives a person."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(word[:1].isupper() for word in words):
        return False
    body = doc._.paragraphs[0][1] if doc._.paragraphs else 0
    return any(ent.label_ == "PERSON" and ent.start_char >= body and ent[-1].text == words[-1] for ent in doc.ents)


def _without_side(name: str) -> str:
    """ "Okafor" of "Okafor camp": the name a side label is named by."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in SIDES else name


def _infinitive_after(doc: Doc, match: re.Match) -> bool:
    """ `Limited Tools to Fight Crime: The agency …`: a heading whose "to" marks an infinitive (tagged TO) names what
    someone or something is for, where `Clinton to Planned Parenthood:` (a preposition) names whom a speaker addresses
    (issue 13, s20-acts; no such heading on PolNeAR train)."""
    after = doc.char_span(match.end("name"), match.end("cue"), alignment_mode="expand")
    word = next((t for t in after or [] if not t.is_space), None)
    return word is not None and word.lower_ == "to" and word.tag_ == "TO"


def _in_headline(doc: Doc, match: re.Match) -> bool:
    paragraphs = doc._.paragraphs
    return bool(paragraphs) and match.start() < paragraphs[0][1]


TRANSCRIPT_LABELS = 3  # upper-case `NAME:` lines, at least two names: an interview or debate transcript


def _is_transcript(names: list[str]) -> bool:
    labels = [name for name in names if name.isupper() and len(name) > 2]
    return len(labels) >= TRANSCRIPT_LABELS and len(set(labels)) >= 2


def _named_elsewhere(doc: Doc, upper_name: str) -> bool:
    """`TAPPER:` in an article that also writes of Jake Tapper."""
    words = set(upper_name.lower().split())
    return any(ent.label_ in {"PERSON", "ORG"} and words <= {t.lower_ for t in ent} for ent in doc.ents)


def _claimed_after(doc: Doc, quote: Quote) -> re.Match | None:
    """The next paragraph's claim on a quotation that makes up its paragraph alone."""
    start, end = doc._.paragraphs[quote.paragraph]
    if quote.open_mark != start or quote.outer[1] < end:
        return None
    return CLAIMED_AFTER.match(text_of(doc), quote.outer[1])


def _framed_draft(doc: Doc, drafts: dict[int, Draft], match: re.Match) -> Draft | None:
    cue = doc.char_span(match.start("cue"), match.end("cue"), alignment_mode="expand")
    name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
    while name and name[-1].is_punct:  # `― Carla Sanchez.`: the sentence's full stop is no part of the name
        name = name[:-1]
    if not cue or not name:
        return None
    draft = drafts.setdefault(cue[0].i, Draft(cue=list(cue), cue_drawn=len(cue) > 1))
    draft.source, draft.source_head = (match.start("name"), min(match.end("name"), name.end_char)), name[-1]
    return draft


def _a_live_blogs_topic(text: str, match: re.Match, end: int, drafts: dict[int, Draft]) -> bool:
    """ "Storm Idris: hundreds of masts offline as power cuts bite - live updates": a live blog's headline named for a
    storm gives its topic before the colon; no storm speaks. A person's name there is theirs ("Starmer: we will not
    rejoin the EU – as it happened"), and so is a storm's name the text gives a speaker ("Storm Reid: … ¶ The actress,
    Storm Reid, said"): the tagger calls all of them a person."""
    name = match.group("name")
    if LIVE_TAG.search(text, match.end("cue"), end) is None or name.split()[0] not in WEATHER_SYSTEMS:
        return False
    return not any(name in _subject_words(draft) for draft in drafts.values())


def _subject_words(draft: Draft) -> str:
    """The words of the subject of a draft's verb, before its source is read."""
    verb = draft.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None
    return "".join(t.text_with_ws for t in subject.subtree) if subject is not None else ""


def _before_a_live_tag(text: str, start: int, end: int) -> int:
    tag = LIVE_TAG.search(text, start, end)
    return tag.start() if tag else end


def _without_final_period(text: str, start: int, end: int) -> int:
    """PolNeAR leaves a labelled line's closing full stop out of its content (71 times in 85 on train), and the
    semicolon some papers' headlines end on."""
    end = _rstrip(text, start, end)
    if text[start:end].endswith(";"):
        end = _rstrip(text, start, end - 1)
    return end - 1 if text[start:end].endswith(".") and not text[start:end].endswith("..") else end


def _leading_space(text: str, position: int) -> int:
    return len(text[position:]) - len(text[position:].lstrip())
