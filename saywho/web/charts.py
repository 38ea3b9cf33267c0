"""Small charts drawn on the server as SVG: no JavaScript, no chart library.

Every label is escaped; the SVG is inline in the page, so it needs no extra request.
"""

from __future__ import annotations

from html import escape

WIDTH, HEIGHT = 720, 220
LEFT, RIGHT, TOP, BOTTOM = 36, 12, 14, 34


def timeline_svg(points: list[tuple[str, int]], label: str = "quotations") -> str:
    """A bar chart of counts by period ("2016-03" or "2016-03-14"), in the order given.

    Empty periods between the first and last are not invented here: the caller
    passes every period it wants drawn (see `fill_months`).
    """
    points = [(str(period), int(count)) for period, count in points]
    if not points:
        return ""
    top = max(count for _, count in points) or 1
    ticks = _ticks(top)
    top = ticks[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(points)
    bar = max(1.0, min(28.0, slot * 0.7))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(label)} over time" class="sw-timeline">',
        f"<title>{escape(label.capitalize())} over time</title>",
    ]
    for tick in ticks:
        y = TOP + plot_h - plot_h * tick / top
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e2e0da" stroke-width="1"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" fill="#62615d">{tick}</text>')
    every = max(1, round(len(points) / 12))
    for index, (period, count) in enumerate(points):
        x = LEFT + slot * index + (slot - bar) / 2
        height = plot_h * count / top
        y = TOP + plot_h - height
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{height:.1f}" rx="2" fill="#1f4e79">'
            f"<title>{escape(period)}: {count} {escape(label)}</title></rect>"
        )
        if index % every == 0 or index == len(points) - 1:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle" font-size="11" '
                f'fill="#62615d">{escape(period)}</text>'
            )
    parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + plot_h}" y2="{TOP + plot_h}" stroke="#9a988f"/>')
    parts.append("</svg>")
    return "\n".join(parts)


def fill_months(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Counts by "YYYY-MM", with a zero for each month between the first and the last."""
    months = sorted(month for month in counts if _is_month(month))
    if not months:
        return []
    year, month = map(int, months[0].split("-"))
    last = tuple(map(int, months[-1].split("-")))
    filled: list[tuple[str, int]] = []
    while (year, month) <= last and len(filled) < 600:
        key = f"{year:04d}-{month:02d}"
        filled.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return filled


def _is_month(value: str) -> bool:
    parts = value.split("-")
    return len(parts) == 2 and all(part.isdigit() for part in parts) and 1 <= int(parts[1]) <= 12


def _ticks(top: int) -> list[int]:
    step = 1
    for candidate in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        step = candidate
        if top / candidate <= 5:
            break
    count = -(-top // step)
    return [step * i for i in range(count + 1)]


# -- shares: who gets a voice (the /voices pages) ---------------------------------------------------

# One colour per class, the same on every chart; "not stated" and the like in greys.
SHARE_COLOURS = {
    "female": "#b5446e", "male": "#2f6f9f",
    "named": "#1f4e79", "anonymous": "#c2571a", "ordinary": "#4f8a3c", "unnamed": "#8c7ab8",
    "person": "#1f4e79", "organisation": "#4f8a3c", "document": "#c29a1a",
    "official": "#1f4e79", "politician": "#b5446e", "spokesperson": "#c2571a", "expert": "#4f8a3c",
    "journalist": "#8c7ab8", "citizen": "#c29a1a", "other": "#6b8e8e",
    "not stated": "#cfccc4", "unknown": "#bdb9ae", "not profiled": "#e6e3dc",
}
_OTHER_COLOUR = "#9a988f"


def share_colour(value: str) -> str:
    return SHARE_COLOURS.get(value, _OTHER_COLOUR)


def share_bars_svg(bars: list[dict], label: str, columns: bool = False) -> str:
    """100% stacked bars, one per group: outlets as rows, or (`columns`) months along the x axis.

    Each bar is {"group": name, "total": n, "segments": [{"value", "count", "share", "href"}]};
    each segment links to the quotations behind it, and says its numbers on hover.
    """
    bars = [bar for bar in bars if bar["total"]]
    if not bars:
        return ""
    order = list(SHARE_COLOURS)
    values = sorted(dict.fromkeys(s["value"] for bar in bars for s in bar["segments"]),
                    key=lambda v: order.index(v) if v in order else len(order))
    legend, legend_h = _legend(values, 150 if not columns else LEFT + 6)
    if columns:
        width, height = WIDTH, HEIGHT + legend_h + 20
        left, top, plot_w, plot_h = LEFT + 6, TOP + legend_h, WIDTH - LEFT - 6 - RIGHT, HEIGHT - TOP - BOTTOM
    else:
        row_h = 26
        width, height = WIDTH, legend_h + TOP + row_h * len(bars) + 22
        left, top, plot_w, plot_h = 150, TOP + legend_h, WIDTH - 150 - RIGHT - 40, row_h * len(bars)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(label)}" class="sw-shares">',
        f"<title>{escape(label)}</title>",
    ]
    parts += legend
    slot = (plot_w if columns else plot_h) / len(bars)
    thickness = max(1.0, min(40.0 if columns else 18.0, slot * 0.72))
    every = max(1, round(len(bars) / 12))
    for index, bar in enumerate(bars):
        offset = 0.0
        across = (left if columns else top) + slot * index + (slot - thickness) / 2
        for segment in bar["segments"]:
            length = (plot_h if columns else plot_w) * segment["share"]
            if columns:
                x, y, w, h = across, top + plot_h - offset - length, thickness, length
            else:
                x, y, w, h = left + offset, across, length, thickness
            offset += length
            tip = (f'{bar["group"]} · {segment["value"]}: {segment["share"]:.0%} '
                   f'({segment["count"]} of {bar["total"]} {label.split(" by ")[0]})')
            parts.append(
                f'<a href="{escape(segment["href"])}" class="sw-segment" data-group="{escape(bar["group"])}" '
                f'data-value="{escape(segment["value"])}">'
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{max(h, 0):.1f}" '
                f'fill="{share_colour(segment["value"])}"><title>{escape(tip)}</title></rect></a>'
            )
        if columns:
            if index % every == 0 or index == len(bars) - 1:
                parts.append(f'<text x="{across + thickness / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
                             f'font-size="11" fill="#62615d">{escape(bar["group"])}</text>')
        else:
            parts.append(f'<text x="{left - 8}" y="{across + thickness / 2 + 4:.1f}" text-anchor="end" font-size="12" '
                         f'fill="#1d1c1a">{escape(_shorten(bar["group"], 22))}</text>')
            parts.append(f'<text x="{left + plot_w + 6}" y="{across + thickness / 2 + 4:.1f}" font-size="11" '
                         f'fill="#62615d">{bar["total"]}</text>')
    for tick in (0, 0.5, 1):
        if columns:
            y = top + plot_h - plot_h * tick
            parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" '
                         f'fill="#62615d">{tick:.0%}</text>')
        else:
            x = left + plot_w * tick
            parts.append(f'<text x="{x:.1f}" y="{top + plot_h + 16}" text-anchor="middle" font-size="11" '
                         f'fill="#62615d">{tick:.0%}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _legend(values: list[str], left: float) -> tuple[list[str], int]:
    """Swatches and names, wrapped onto as many lines as they need; and the height they take."""
    parts, x, y = [], float(left), 6
    for value in values:
        step = 28 + 7 * len(value)
        if x + step > WIDTH - RIGHT and x > left:
            x, y = float(left), y + 20
        parts.append(f'<rect x="{x:.1f}" y="{y}" width="12" height="12" rx="2" fill="{share_colour(value)}"/>')
        parts.append(f'<text x="{x + 16:.1f}" y="{y + 10}" font-size="12" fill="#1d1c1a">{escape(value)}</text>')
        x += step
    return parts, y + 20


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
