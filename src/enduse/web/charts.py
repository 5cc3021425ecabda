"""Server-side SVG charts: no JavaScript needed to read them.

Each chart is a ``Chart``: the SVG (``role="img"`` with a title and a description) and the same
figures as a table, which the page shows beside it as the text alternative. Text is escaped
here; the SVG is then safe to insert as markup.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from html import escape

from markupsafe import Markup

from enduse.reports import DayCount, Rate

COLOURS = {
    "permit": "#2e7d32",
    "deny": "#c62828",
    "refer": "#ef6c00",
    "warn": "#f9a825",
    "curtail": "#ef6c00",
    "suspend": "#c62828",
    "disconnect": "#4a148c",
    "reinstate": "#2e7d32",
    "reverse": "#1565c0",
}
_DEFAULT = "#1565c0"
_ids = itertools.count(1)


@dataclass(frozen=True)
class Chart:
    title: str
    svg: Markup
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)


def _open(title: str, desc: str, width: int, height: int) -> tuple[str, list[str]]:
    n = next(_ids)
    tid, did = f"chart-{n}-title", f"chart-{n}-desc"
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="100%" style="max-width:{width}px" aria-labelledby="{tid} {did}">'
        f'<title id="{tid}">{escape(title)}</title><desc id="{did}">{escape(desc)}</desc>'
    )
    return head, []


def _text(
    x: float, y: float, text: str, *, anchor: str = "start", size: int = 11
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="#222">{escape(text)}</text>'
    )


def _rect(x: float, y: float, w: float, h: float, colour: str, label: str) -> str:
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{max(h, 0):.1f}" '
        f'fill="{colour}"><title>{escape(label)}</title></rect>'
    )


def _empty(title: str, header: list[str]) -> Chart:
    head, _ = _open(title, "No data yet.", 480, 40)
    svg = head + _text(10, 24, "No data yet.") + "</svg>"
    return Chart(title, Markup(svg), header)  # noqa: S704 -- every text above is escaped


def _legend(x: float, y: float, names: Sequence[str]) -> str:
    out = []
    for i, name in enumerate(names):
        cx = x + i * 90
        out.append(_rect(cx, y - 9, 10, 10, COLOURS.get(name, _DEFAULT), name))
        out.append(_text(cx + 14, y, name))
    return "".join(out)


def taskings_over_time(days: Sequence[DayCount], *, title: str) -> Chart:
    """Stacked columns: taskings per UTC day by the gate's decision."""
    header = ["Day (UTC)", "Permit", "Deny", "Refer", "Total"]
    if not days:
        return _empty(title, header)
    width, height, left, bottom, top = 640, 240, 40, 40, 24
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = max(d.total for d in days) or 1
    step = plot_w / len(days)
    bar = min(max(step * 0.8, 1), 48)
    head, _ = _open(
        title,
        f"{sum(d.total for d in days)} taskings over {len(days)} days, "
        f"at most {peak} on one day.",
        width,
        height,
    )
    parts = [head, _legend(left, 14, ("permit", "deny", "refer"))]
    base = top + plot_h
    parts.append(
        f'<line x1="{left}" y1="{base}" x2="{width - 10}" y2="{base}" stroke="#555"/>'
    )
    parts.append(_text(left - 4, top + 8, str(peak), anchor="end", size=10))
    parts.append(_text(left - 4, base, "0", anchor="end", size=10))
    for i, d in enumerate(days):
        x, y = left + i * step + (step - bar) / 2, float(base)
        for name, value in (("permit", d.permit), ("deny", d.deny), ("refer", d.refer)):
            h = plot_h * value / peak
            y -= h
            parts.append(_rect(x, y, bar, h, COLOURS[name], f"{d.day}: {value} {name}"))
    labelled = sorted({0, len(days) - 1, len(days) // 2})
    for i in labelled:
        parts.append(
            _text(
                left + i * step + step / 2,
                base + 16,
                days[i].day.isoformat(),
                anchor="middle",
                size=10,
            )
        )
    parts.append("</svg>")
    rows = [
        [d.day.isoformat(), str(d.permit), str(d.deny), str(d.refer), str(d.total)]
        for d in days
    ]
    return Chart(title, Markup("".join(parts)), header, rows)  # noqa: S704 -- escaped above


def bars(
    items: Sequence[tuple[str, int]], *, title: str, label: str, unit: str
) -> Chart:
    """Horizontal bars, one per item (e.g. decisions by clause)."""
    header = [label, unit.capitalize()]
    if not items:
        return _empty(title, header)
    row_h, left, width = 24, 210, 640
    height = row_h * len(items) + 16
    peak = max(v for _, v in items) or 1
    head, _ = _open(
        title,
        "; ".join(f"{name}: {value} {unit}" for name, value in items),
        width,
        height,
    )
    parts = [head]
    for i, (name, value) in enumerate(items):
        y = 8 + i * row_h
        w = (width - left - 60) * value / peak
        parts.append(_text(left - 6, y + 14, name, anchor="end"))
        parts.append(_rect(left, y + 3, w, row_h - 8, _DEFAULT, f"{name}: {value}"))
        parts.append(_text(left + w + 6, y + 14, str(value)))
    parts.append("</svg>")
    rows = [[name, str(value)] for name, value in items]
    return Chart(title, Markup("".join(parts)), header, rows)  # noqa: S704 -- escaped above


def rates(items: Sequence[tuple[str, Rate]], *, title: str) -> Chart:
    """Bars on a 0-100 % scale (e.g. protected-person and extraterritorial rates)."""
    header = ["Measure", "Rate", "Taskings", "Of"]
    if not items or all(r.total == 0 for _, r in items):
        return _empty(title, header)
    row_h, left, width = 28, 210, 640
    height = row_h * len(items) + 16
    head, _ = _open(
        title,
        "; ".join(f"{n}: {r.percent} ({r.count} of {r.total})" for n, r in items),
        width,
        height,
    )
    parts = [head]
    span = width - left - 80
    for i, (name, rate) in enumerate(items):
        y = 8 + i * row_h
        parts.append(_text(left - 6, y + 15, name, anchor="end"))
        parts.append(_rect(left, y + 4, span, row_h - 10, "#e0e0e0", "100%"))
        parts.append(
            _rect(
                left, y + 4, span * rate.fraction, row_h - 10, "#c62828", rate.percent
            )
        )
        parts.append(_text(left + span + 6, y + 15, rate.percent))
    parts.append("</svg>")
    rows = [[n, r.percent, str(r.count), str(r.total)] for n, r in items]
    return Chart(title, Markup("".join(parts)), header, rows)  # noqa: S704 -- escaped above


def timeline(events: Sequence[tuple[datetime, str, str]], *, title: str) -> Chart:
    """Events on a time axis: (when, kind, label), e.g. enforcement actions on licences."""
    header = ["When (UTC)", "Action", "Detail"]
    if not events:
        return _empty(title, header)
    events = sorted(events, key=lambda e: e[0])
    width, left, right = 640, 20, 20
    height = 70 + 18 * min(len(events), 8)
    start, end = events[0][0], events[-1][0]
    span = (end - start).total_seconds() or 1.0
    head, _ = _open(
        title,
        f"{len(events)} actions from {start:%Y-%m-%d} to {end:%Y-%m-%d}.",
        width,
        height,
    )
    axis = 40
    parts = [
        head,
        f'<line x1="{left}" y1="{axis}" x2="{width - right}" y2="{axis}" stroke="#555"/>',
        _text(left, axis + 16, f"{start:%Y-%m-%d %H:%M}", size=10),
        _text(width - right, axis + 16, f"{end:%Y-%m-%d %H:%M}", anchor="end", size=10),
    ]
    for i, (when, kind, label) in enumerate(events):
        x = left + (width - left - right) * (when - start).total_seconds() / span
        colour = COLOURS.get(kind, _DEFAULT)
        parts.append(
            f'<circle cx="{x:.1f}" cy="{axis}" r="6" fill="{colour}">'
            f"<title>{escape(f'{when:%Y-%m-%d %H:%M} {kind}: {label}')}</title></circle>"
        )
        if i < 8:
            y = axis + 34 + 18 * i
            parts.append(_rect(left, y - 9, 10, 10, colour, kind))
            parts.append(_text(left + 16, y, f"{when:%Y-%m-%d %H:%M} {kind}: {label}"))
    parts.append("</svg>")
    rows = [[f"{w:%Y-%m-%d %H:%M}", k, lbl] for w, k, lbl in events]
    return Chart(title, Markup("".join(parts)), header, rows)  # noqa: S704 -- escaped above
