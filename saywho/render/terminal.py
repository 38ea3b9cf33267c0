"""The terminal view of an Analysis: who is quoted, how often, and saying what.

Everything is built from `rich.text.Text` objects and never from console
markup, because article text may contain square brackets that rich would
otherwise read as styles.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from saywho.document import Analysis, Attribution
from saywho.render.common import (
    FLAG_MEANING,
    FLAGGED_KEYS,
    NOT_SAID,
    content_text,
    counts_line,
    date_meaning,
    flag_reason,
    metadata_line,
    printable,
    resolution_note,
    source_and_cue,
    speaker_colours,
    speaker_details,
    voice_sections,
)

_VOICE_ITEMS_SHOWN = 6
_VOICE_ITEM_WIDTH = 60


def render_terminal(analysis: Analysis, console: Console | None = None) -> None:
    """Print the analysis to `console` (a new stdout console by default)."""
    console = console or Console()
    console.print(terminal_view(analysis))


def terminal_view(analysis: Analysis) -> Group:
    """The whole terminal view as one rich renderable."""
    parts: list[RenderableType] = [_header(analysis)]
    colours = speaker_colours(analysis)
    for name, attributions in analysis.speakers().items():
        parts.append(_speaker_section(analysis, name, attributions, colours[name]))
    for section in (_warnings(analysis), _voice(analysis), _dates(analysis)):
        if section is not None:
            parts.append(section)
    return Group(*parts)


def _header(analysis: Analysis) -> Text:
    header = Text()
    if analysis.article.title:
        header.append(printable(analysis.article.title) + "\n", style="bold")
    meta = metadata_line(analysis)
    if meta:
        header.append(printable(meta) + "\n", style="dim")
    header.append(counts_line(analysis), style="bold")
    return header


def _speaker_section(analysis: Analysis, name: str, attributions: list[Attribution], colour: str) -> Group:
    heading = Text().append("\n● ", style=colour)
    heading.append(printable(name), style=f"bold {colour}")
    heading.append(f"  ×{len(attributions)}", style="dim")
    details = _indent(Text(printable(" · ".join(speaker_details(attributions))), style="dim"), 2)
    return Group(heading, details, *(_attribution(analysis, a, colour) for a in attributions))


def _attribution(analysis: Analysis, attribution: Attribution, colour: str) -> Group:
    # Separate paddings so a long quotation wraps under itself, not under the badge.
    line = Text()
    line.append(f"[{attribution.kind}]", style=f"bold {colour}")
    if attribution.negated:
        line.append(f" [{NOT_SAID}]", style="bold reverse")
    line.append(f" ¶{attribution.paragraph + 1} ", style="dim")
    line.append_text(_source_and_cue(attribution, colour))
    if note := resolution_note(attribution, analysis):
        line.append(f"  ({printable(note)})", style="dim")
    content = Text(printable(content_text(attribution)))
    return Group(_indent(line, 2), _indent(content, 4))


def _source_and_cue(attribution: Attribution, colour: str) -> Text:
    styles = {"source": f"bold {colour}", "cue": "underline"}
    text = Text()
    for index, (role, words, adjacent) in enumerate(source_and_cue(attribution)):
        if index:
            text.append(" " if adjacent else " … ", style="dim")
        text.append(printable(words), style=styles[role])
    return text


def _warnings(analysis: Analysis) -> Text | None:
    if not analysis.warnings:
        return None
    text = Text().append("\nWarnings", style="bold yellow")
    for warning in analysis.warnings:
        text.append("\n  ! " + printable(warning), style="yellow")
    return text


def _voice(analysis: Analysis) -> Text | None:
    sections = voice_sections(analysis)
    if not sections:
        return None
    text = Text().append("\nWriter's voice", style="bold")
    if any(key in FLAGGED_KEYS for key, _heading, _items in sections):
        text.append(f"\n  {FLAG_MEANING}", style="dim")
    for key, heading, items in sections:
        text.append(f"\n  {heading} ({len(items)}): ", style="bold")
        shown = [_shorten(printable(item.get("text", ""))) + _reason(key, item) for item in items[:_VOICE_ITEMS_SHOWN]]
        text.append(" · ".join(s for s in shown if s))
        if len(items) > _VOICE_ITEMS_SHOWN:
            text.append(f" · +{len(items) - _VOICE_ITEMS_SHOWN} more", style="dim")
    return text


def _reason(key: str, item: dict) -> str:
    """The learned model's cues, after each word it flagged; the lists speak for themselves by heading."""
    return f" ({printable(flag_reason(key, item))})" if key == "word_choices" else ""


def _dates(analysis: Analysis) -> Group | None:
    dates = [item for item in analysis.dates or [] if isinstance(item, dict)]
    if not dates:
        return None
    table = Table(show_edge=False, box=None, pad_edge=False, header_style="bold")
    table.add_column("Date in text", overflow="fold")
    table.add_column("Means", overflow="fold")
    table.add_column("Granularity", overflow="fold")
    for item in dates:
        table.add_row(printable(item.get("text", "")), printable(date_meaning(item)), printable(item.get("granularity") or ""))
    return Group(Text("\nDates", style="bold"), _indent(table, 2))


def _indent(renderable: RenderableType, width: int) -> Padding:
    # expand=False: no trailing spaces out to the console width in copied text.
    return Padding(renderable, (0, 0, 0, width), expand=False)


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _VOICE_ITEM_WIDTH else text[: _VOICE_ITEM_WIDTH - 1] + "…"
