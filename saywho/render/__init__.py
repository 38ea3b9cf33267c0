"""Readable outputs of an Analysis: terminal, standalone HTML page, JSON.

    >>> from saywho.render import render_html, render_terminal
    >>> render_terminal(analysis)                     # doctest: +SKIP
    >>> open("out.html", "w").write(render_html(analysis))  # doctest: +SKIP

Both views colour speakers with `speaker_colours`, so a speaker looks the
same in the terminal and in the browser.
"""

from __future__ import annotations

import json

from saywho.document import Analysis
from saywho.render.common import PALETTE, speaker_colours
from saywho.render.html import render_html
from saywho.render.terminal import render_terminal

__all__ = ["PALETTE", "render_html", "render_json", "render_terminal", "speaker_colours"]


def render_json(analysis: Analysis) -> str:
    return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2)
