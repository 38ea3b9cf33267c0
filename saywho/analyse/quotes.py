"""Quotation marks of any style → the spans of text they enclose.

Works on characters, not tokens, so it can run before the parser and tell it
where sentences may not break. Handles curly, straight, single and guillemet
marks, quotes split by a speech frame, quotes running over several paragraphs
(the paragraph ends with no closing mark and the next one opens again, or goes on
without reopening up to its closing mark), and
unbalanced marks, which become warnings rather than errors.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from saywho.text_spans import with_plain_spaces

OPENERS = {"“": "double", "„": "double", "«": "guillemet", "‘": "single", "‹": "guillemet-single"}
CLOSERS = {"”": "double", "»": "guillemet", "’": "single", "›": "guillemet-single"}
AMBIGUOUS = {'"': "double", "'": "single"}
_UNPAIRED_CLOSERS = re.compile("[”»]")  # closing marks that are never anything else
_MARKS = re.compile("[" + re.escape("".join({*OPENERS, *CLOSERS, *AMBIGUOUS})) + "]")  # what _quotes_in_paragraph reads
_DOUBLE_MARKS = re.compile('[“”„«»"]')  # what may open or close a quotation running over paragraphs
DOUBLED = "''"  # two apostrophes standing for a double mark, as some wire copy has it
# Where an ambiguous mark can open: after these characters (or at the start).
OPEN_CONTEXT = set(" \t\n([{—–-/:;") | set(OPENERS)
# "asked them to take heed that ": where a quotation whose opening mark was lost began (the last one).
LOST_OPEN_AFTER = re.compile(r"\bthat (?!.*\bthat )", re.DOTALL)
# `, Graham said. ` or `, he added. ` right before a mark: a frame between two quotations.
LOST_CLOSE_FRAME = re.compile(r",\s+(?:(?:he|she|they|[A-Z][\w.'’\-]*)\s+){1,4}[a-z]+\.\s+$")


@dataclass
class Quote:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_mark: int  # position of the opening mark
    close_mark: int | None  # position of the closing mark; None when the paragraph ran out
    paragraph: int
    continues_previous: bool = False  # this paragraph reopens a quote left open above
    close_width: int = 1  # 2 for the typewriter double mark ''

    @property
    def outer(self) -> tuple[int, int]:
        """The span including the marks."""
        close = self.close_mark + self.close_width if self.close_mark is not None else self.end
        return self.open_mark, close


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[Quote], list[str]]:
    """Top-level quotations in `text`, and warnings about marks that do not pair."""
    text = with_plain_spaces(text)  # `he said.\xa0"They sue"`: a mark after a no-break space opens as after a space
    quotes: list[Quote] = []
    warnings: list[str] = []
    left_open = False
    for index, (start, end) in enumerate(paragraphs):
        carried = _carried_on(text, start, end) if left_open else None
        found, unclosed = _quotes_in_paragraph(text, start if carried is None else carried + 1, end, index)
        if carried is not None:  # the paragraph goes on with the quote left open, its opening mark left out
            found.insert(0, Quote(start, carried, start, carried, index, continues_previous=True))
        elif found and left_open and found[0].open_mark == start:
            found[0].continues_previous = True
        quotes.extend(found)
        if unclosed and not _next_paragraph_reopens(text, paragraphs, index):
            warnings.append(f"unbalanced quotation mark in paragraph {index + 1}: no closing mark before the paragraph ends")
        warnings.extend(_odd_marks(text, start, end, found, index))
        left_open = unclosed
    return quotes, warnings


def _odd_marks(text: str, start: int, end: int, found: list[Quote], paragraph: int) -> list[str]:
    """Warnings for marks that pair oddly or not at all; the quotes found stay as they are.

    A double closing mark (” or ») outside every quote has no opener; a curly opener closed
    by a straight mark is a sign of text pasted together. The single ’ is left alone: it is
    far more often an apostrophe (don’t, Americans’) than a quotation mark.
    """
    notes = []
    inside = [quote.outer for quote in found]
    stray = [match.start() for match in _UNPAIRED_CLOSERS.finditer(text, start, end)
             if not any(open_mark <= match.start() < close for open_mark, close in inside)]
    if stray:
        notes.append(f"unbalanced quotation mark in paragraph {paragraph + 1}: "
                     f"a closing {text[stray[0]]} with no opening mark")
    if any(quote.close_mark is not None and text[quote.open_mark] in OPENERS and text[quote.close_mark] in AMBIGUOUS
           for quote in found):
        notes.append(f"mixed quotation marks in paragraph {paragraph + 1}: a curly opening mark closed by a straight one")
    return notes


def _next_paragraph_reopens(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    start, end = paragraphs[index + 1]
    return text[start] in OPENERS or text[start] in AMBIGUOUS or _carried_on(text, start, end) is not None


def _carried_on(text: str, start: int, end: int) -> int | None:
    """Where a paragraph that carries on a quotation left open above closes it, when its first mark is a closing
    one: "… pretend total innocence. [new paragraph] Ted Cruz's problem … is his and his alone.”" (some outlets
    leave out the mark that should reopen the quote)."""
    mark = _DOUBLE_MARKS.search(text, start, end)  # single marks are mostly apostrophes ("Cruz's", "Lyin'")
    # Only a mark that cannot open: a straight one after a paragraph left open is as often a signature's or a
    # stray one; and words before it, not a lone invisible character before a closing mark used to open.
    if mark is None or text[mark.start()] not in {"”", "»"} or len(text[start:mark.start()].split()) < 2:
        return None
    return mark.start()


def _quotes_in_paragraph(text: str, start: int, end: int, paragraph: int) -> tuple[list[Quote], bool]:
    quotes: list[Quote] = []
    open_at: int | None = None
    style: str | None = None
    width = 1
    nested = 0  # curly quotations opened inside an open curly one: `“People … wearing “Settle For Hillary” shirts”`
    position = start
    while position < end:
        # Only quotation marks and apostrophes open, close or lose a quote: go from one to the next.
        mark = _MARKS.search(text, position, end)
        if mark is None:
            break
        position = mark.start()
        step = 1
        if open_at is None:
            if (lost := _lost_open(text, position, quotes[-1].outer[1] if quotes else start)) is not None:
                # `take heed that their ... too far.”`: a closing mark whose opening mark was lost after "that".
                quotes.append(Quote(lost, position, lost, position, paragraph))
            elif _opens_doubled(text, position, start):
                open_at, style, width, step = position, "doubled", 2, 2
            elif _opens(text, position, start):
                open_at, style, width = position, _style(text[position]), 1
        elif style == "doubled":
            if text.startswith(DOUBLED, position) and (not text[position - 1].isspace() or _after_inner_close(
                    text, position) or _spaced_closer(text, position, text[position + 2: position + 3] or " ")):
                if text.startswith("'" * 3, position):  # `… mean by that?'''`: the inner quotation's mark, then ours
                    position += 1
                quotes.append(Quote(open_at + 2, position, open_at, position, paragraph, close_width=2))
                open_at, style, step = None, None, 2
        elif text[open_at] == "“" and text[position] == "“" and _nests(text, position, end):
            nested += 1
        elif nested and text[position] == "”" and _closes(text, position, style, end):
            nested -= 1
        elif _closes(text, position, style, end):
            if position > open_at + 1:
                quotes.append(Quote(open_at + 1, position, open_at, position, paragraph))
            open_at, style = None, None
        elif (lost := _lost_close(text, open_at, position)) is not None:
            # "He's wrong, Graham said. "He ...": the first quotation's closing mark was lost before the frame.
            quotes.append(Quote(open_at + 1, lost, open_at, None, paragraph))
            open_at = position
        position += step
    if open_at is None:
        return quotes, False
    if (lost := _lost_close_before_frame(text, open_at, end)) is not None:
        quotes.append(Quote(open_at + 1, lost, open_at, None, paragraph))
        return quotes, False
    if end > open_at + width:
        quotes.append(Quote(open_at + width, end, open_at, None, paragraph))
    return quotes, True


# `"There wasn't a lot of education …, said Kessel, whose group …`: a frame inside a straight quotation left open.
FRAME_INSIDE = re.compile(r",\s+(?:said|says|added|wrote)\s+[A-Z]|,\s+(?:he|she|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})"
                          r"\s+(?:said|says|added|wrote)[.,]")


def _lost_close_before_frame(text: str, open_at: int, end: int) -> int | None:
    """Where a straight quotation opening its paragraph, left open to its end, lost its closing mark: before the
    first frame inside it (its comma kept)."""
    if text[open_at] != '"' or (open_at > 0 and text[open_at - 1] != "\n"):
        return None
    frame = FRAME_INSIDE.search(text, open_at + 1, end)
    return frame.start() + 1 if frame else None


def _nests(text: str, position: int, end: int) -> bool:
    """An opening curly mark inside an open curly quotation opens one inside it where it comes before a word and the
    paragraph still holds closing marks for both."""
    before, after = text[position - 1], text[position + 1: position + 2]
    if not before.isspace() or not after or after.isspace():
        return False
    return text.count("”", position, end) >= 2 + text.count("“", position + 1, end)


def _opens_doubled(text: str, position: int, paragraph_start: int) -> bool:
    if not text.startswith(DOUBLED, position):
        return False
    before = text[position - 1] if position > paragraph_start else " "
    after = text[position + 2 : position + 3] or " "
    return before in OPEN_CONTEXT and not after.isspace()


def _style(char: str) -> str:
    return OPENERS.get(char) or AMBIGUOUS.get(char) or CLOSERS[char]  # a closing mark typed to open: _turned_opener


def _opens(text: str, position: int, paragraph_start: int) -> bool:
    char = text[position]
    before = text[position - 1] if position > paragraph_start else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    if char == "”":
        return _turned_opener(text, position, before, after)
    if char not in OPENERS and char not in AMBIGUOUS:
        return False
    if after.isspace():
        return char == "“" and _spaced_opener(text, position, before)
    if char in ("‘", "'"):
        # An apostrophe inside or at the start of a word ('90s, rock 'n' roll) is not a quote.
        return before in OPEN_CONTEXT and not _is_elision(text, position)
    if char in AMBIGUOUS:
        return before in OPEN_CONTEXT
    return True


def _turned_opener(text: str, position: int, before: str, after: str) -> bool:
    """ `Doing so ”appeared to be an attempt …”`, `He says,” there are …`, `” … they are so not like him,” she said`: a
    closing mark typed for the opening one, after a space, a comma or an invisible mark and before a word or an
    ellipsis (a closing mark comes after a word)."""
    if before == ",":  # after a frame's comma only: "The plan is dead,” the mayor said" lost its opening mark
        return after == " " and FRAME_BEFORE_COMMA.search(text, max(0, position - 12), position) is not None
    invisible = before.isspace() or unicodedata.category(before) == "Cf"
    next_word = text[position + 1: position + 4].lstrip(" ")
    return invisible and (after.isalpha() or next_word.startswith(("…", "...")))


FRAME_BEFORE_COMMA = re.compile(r"\b(?:says|said|asks|asked|adds|added|writes|wrote|tells|told),$")


def _spaced_opener(text: str, position: int, before: str) -> bool:
    """ `Trump saying, “ you have to give them a path`: an opening curly mark with a stray space after it, after a space
    or a comma's space; its closing mark comes later in the paragraph."""
    end = text.find("\n", position)
    return before.isspace() and "”" in text[position + 1: end if end >= 0 else len(text)]


def _closes(text: str, position: int, style: str | None, paragraph_end: int) -> bool:
    char = text[position]
    if char == "”" and _inch_mark(text, position):
        return False
    if char == "“" and style == "double":
        return _turned_closer(text, position, paragraph_end)
    if CLOSERS.get(char) != style and AMBIGUOUS.get(char) != style:
        return False
    before = text[position - 1]
    after = text[position + 1] if position + 1 < paragraph_end else " "
    if before.isspace():
        return style == "double" and (_after_inner_close(text, position) or _spaced_closer(text, position, after))
    if style == "single" and after.isalpha():
        return False  # what’s, don’t: an apostrophe inside a word
    if style == "single" and before in "sS" and after == " " and _looks_possessive(text, position):
        return not _later_closer(text, position + 1, paragraph_end)
    return True


# `…, 'Oh, this is important,' " Magel said`: a quotation inside a quotation closes, then a space, then the outer mark
# (`'Manhattan poor,' ''` with the New York Times' doubled marks, sometimes two spaces).
INNER_CLOSE_BEFORE = re.compile(r"[.,!?]['’]\s{1,2}$")


def _inch_mark(text: str, position: int) -> bool:
    """ `he’s like 6’2”,`: feet and inches, not a quotation's end."""
    return position >= 3 and text[position - 1].isdigit() and text[position - 2] in "’'" and text[position - 3].isdigit()


def _after_inner_close(text: str, position: int) -> bool:
    """A double mark after a space closes the quotation when a single mark closing the quotation inside it
    comes right before that space (as some papers set `,' "`)."""
    return INNER_CLOSE_BEFORE.search(text, max(0, position - 4), position) is not None


def _spaced_closer(text: str, position: int, after: str) -> bool:
    """ `… listened to that advice, ” he said`, `… coalitions, '' said Mr. Gunnels`: a curly or doubled closing mark
    typed after a space, between the quotation's last comma or stop and the frame; an opening mark would come before
    a word."""
    return text[position] in "”'\"" and text[position - 2] in ".,!?" and after.isspace()


def _turned_closer(text: str, position: int, paragraph_end: int) -> bool:
    """`…new problems for her here,“ said Jim Clyburn`, `an “expedited review“ of`: an opening mark typed for the
    closing one. Right after a word, a comma or a full stop and before a space it opens nothing (an opening mark
    comes before a word)."""
    after = text[position + 1] if position + 1 < paragraph_end else " "
    return (text[position - 1] in ".,!?" or text[position - 1].isalnum()) and (after.isspace() or after in ".,;:")


def _lost_open(text: str, position: int, since: int) -> int | None:
    """Where a quotation began whose opening mark was lost: after the last "that" before a lone closing mark.

    Only a curly double closing mark, ending a sentence, with no quotation open and
    "that" in the same sentence: reported speech whose quotation ran to the end.
    """
    if text[position] != "”" or text[position - 1] not in ".!?,":
        return None
    sentence_start = max(since, max(text.rfind(end, since, position - 1) for end in (". ", "! ", "? ")) + 1)
    that = LOST_OPEN_AFTER.search(text[sentence_start:position])
    if that is None:
        return None
    return sentence_start + that.end()


def _lost_close(text: str, open_at: int, position: int) -> int | None:
    """Where a straight-quoted passage ended, when a new straight mark opens after a speech frame.

    The frame is a comma, a name or pronoun and a verb, and a full stop: `, Graham said. "`.
    Returns the end of the first quotation (after its comma), or None.
    """
    if text[position] != '"' or text[open_at] != '"' or not text[position - 1].isspace():
        return None
    frame = LOST_CLOSE_FRAME.search(text, open_at + 1, position)
    return frame.start() + 1 if frame else None


def _later_closer(text: str, start: int, end: int) -> bool:
    """Another single mark that can only close, further on in the paragraph."""
    for position in range(start, end):
        if text[position] in "’'" and not text[position - 1].isspace():
            following = text[position + 1 : position + 2]
            if not following.isalpha():
                return True
    return False


def _is_elision(text: str, position: int) -> bool:
    """An apostrophe standing for letters left out at a word's start: '90s, rock 'n' roll, 'til, 'em, and the
    Dutch particles of names ("Sophie in 't Veld", "'s-Hertogenbosch"). Read as an opening mark, it swallowed
    the sentences up to the next apostrophe and the attributions in them."""
    following = text[position + 1 : position + 12]
    if following[:2].isdigit() or following.lower().startswith(("n'", "n’")):
        return True
    if NAME_PARTICLE.match(following):
        return True
    word = re.match(r"[^\W\d_]+", following)
    return word is not None and word.group().lower() in ELIDED_WORDS and not following[word.end():][:1].isalpha()


# Words written with an apostrophe for their first letters. A quotation never opens with one of these as a word of
# its own, so an apostrophe before them is no opening mark.
ELIDED_WORDS = {"til", "till", "cause", "cos", "bout", "em", "tis", "twas", "twere", "twill", "round", "nuff",
                "fraid", "neath", "cept", "gainst", "n"}
# The Dutch 't and 's before a capitalised name ("in 't Veld", "'s-Hertogenbosch"); not a censored "‘s–t show".
NAME_PARTICLE = re.compile(r"[ts][ -][A-Z]")


def _looks_possessive(text: str, position: int) -> bool:
    """Americans’ interests: a plural possessive, when a lower-case word follows."""
    following = text[position + 2 : position + 3]
    return following.isalpha() and following.islower()


# -- titles: quotation marks around a name, not around anyone's words ----------------------------

# Words a title keeps in lower case ("Face the Nation", "State of the Union").
TITLE_SMALL_WORDS = {"a", "an", "the", "and", "or", "nor", "but", "of", "on", "in", "to", "for", "at", "by",
                     "with", "from", "as", "vs", "vs.", "v.", "de", "la", "el"}
# Words right before a title: where a show, book or film is named rather than anyone quoted.
TITLE_CONTEXT = {"the", "on", "in", "onto", "with", "to", "at", "from", "of", "during", "show", "program", "programme",
                 "film", "movie", "book", "novel", "memoir", "song", "album", "series", "documentary", "play",
                 "column", "op-ed", "essay", "podcast", "special", "segment", "episode", "titled", "entitled",
                 "dubbed", "headlined", "magazine", "newspaper", "broadcast", "network's", "hosts", "host",
                 "anchor", "anchors", "starred", "aired", "watched", "appeared", "appearing", "appearance",
                 "appearances", "interview", "speech", "address", "hit", "sitcom", "drama", "comedy", "musical"}
TITLE_MAX_WORDS = 8
_WORD = re.compile(r"[\w’'.&-]+")


def looks_like_title(text: str, quote: Quote) -> bool:
    """“Face the Nation”, “The View”, “State of the Union”: a name in quotation marks.

    Title Case words (small words aside), at most eight, no sentence inside, and standing where a
    name stands: after a preposition ("appearing on “Face the Nation”"), a word naming a work
    ("the film “Jaws”") or an owner ("CBS’s “Face the Nation”"). A lower-case quotation
    ("called the bill “dead on arrival”") is never a title.
    """
    words = _WORD.findall(text[quote.start : quote.end].rstrip(",.;: "))
    if not words or len(words) > TITLE_MAX_WORDS or re.search(r"[.!?]\s", text[quote.start : quote.end]):
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words):
        return False
    if not words[0][0].isupper() and not words[0][0].isdigit():
        return False
    if _names_a_work_after(text, quote):
        return True
    before = text[max(0, quote.open_mark - 40) : quote.open_mark].split()
    if not before:
        return False
    previous = before[-1].lower().rstrip(",")
    return previous in TITLE_CONTEXT or previous.endswith(("'s", "’s")) and before[-1][0].isupper()


# Words right after a title that make it a name of a work: '"Today" show host', '"Meet the Press" moderator'.
WORK_AFTER = {"show", "program", "programme", "host", "co-host", "anchor", "moderator", "segment", "series",
              "episode", "podcast", "broadcast", "film", "movie", "book", "star", "panel", "panelist", "interview"}


def _names_a_work_after(text: str, quote: Quote) -> bool:
    """The title ends on a word, not on a mark of its sentence, and a word for a work or its maker follows."""
    if quote.close_mark is None or not text[quote.end - 1 : quote.end].isalnum():
        return False
    after = text[quote.close_mark + quote.close_width : quote.close_mark + 30].split()
    return bool(after) and after[0].lower() in WORK_AFTER
