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
    filled = []
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
