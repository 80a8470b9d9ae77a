"""The overview strip: the whole period as an inline SVG, one mark per event.

A large timeline (thousands of events) gets ``overview_by_day`` instead: one bar per
day, as tall as the day is busy, so the strip stays a few hundred elements.

Drawn at build time so that it shows with JavaScript off. Colours come from the
stylesheet through classes (``mark-meeting``...), so dark mode and print restyle it;
planned events get the ``planned`` class (a dashed outline).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from generator.model import Event
from generator.render_dates import MONTHS, format_span, month_key, short_day

WIDTH = 960
MARGIN = 14
LANE_HEIGHT = 20
MONTH_LANE_HEIGHT = 10  # events known only to the month: thin bars in a band of their own
TOP = 12
AXIS_GAP = 10
LABEL_HEIGHT = 30
DOT_RADIUS = 6
MIN_GAP = 4  # px between two marks in one lane
BAR_HEIGHT = 48  # the busiest day's bar in overview_by_day
MONTH_BAND = 8  # events known only to the month, under the day bars


@dataclass(frozen=True)
class Scale:
    start: dt.date  # first day of the first month shown
    end: dt.date  # first day of the month after the last

    def x(self, day: dt.date) -> float:
        days = (self.end - self.start).days
        return MARGIN + (day - self.start).days / days * (WIDTH - 2 * MARGIN)


@dataclass(frozen=True)
class Mark:
    event: Event
    left: float
    right: float
    y: float = 0.0  # the centre line of its lane


def overview_svg(events: Sequence[Event], href: Callable[[Event], str]) -> str:
    """The SVG markup, or an empty string when there is nothing to draw."""
    if not events:
        return ""
    scale = period(events)
    precise = [measure(e, scale) for e in events if e.span.precision != "month"]
    vague = [measure(e, scale) for e in events if e.span.precision == "month"]
    precise, bottom = assign_lanes(precise, TOP, LANE_HEIGHT)
    vague, bottom = assign_lanes(vague, bottom, MONTH_LANE_HEIGHT)
    marks = precise + vague
    axis_y = round(bottom) + AXIS_GAP
    height = axis_y + LABEL_HEIGHT
    parts = [
        f'<svg class="overview" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
        f'height="{height}" aria-labelledby="overview-heading" focusable="false">',
        *axis(scale, axis_y, height),
        *(draw(mark, href(mark.event)) for mark in marks),
        "</svg>",
    ]
    return "\n".join(parts)


def period(events: Sequence[Event]) -> Scale:
    first = min(event.span.start for event in events)
    last = max(event.span.end for event in events)
    return Scale(first.replace(day=1), next_month(last))


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def measure(event: Event, scale: Scale) -> Mark:
    left = scale.x(event.span.start)
    right = scale.x(event.span.end + dt.timedelta(days=1))
    if event.span.precision == "day" or right - left < 2 * DOT_RADIUS:
        centre = (left + right) / 2
        return Mark(event, centre - DOT_RADIUS, centre + DOT_RADIUS)
    return Mark(event, left, right)


def assign_lanes(marks: list[Mark], top: float, lane_height: int) -> tuple[list[Mark], float]:
    """Greedy packing: each mark goes into the first lane where it overlaps nothing.

    Returns the placed marks and the bottom of the last lane.
    """
    lane_ends: list[float] = []
    placed: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.left, -m.right)):
        lane = next(
            (i for i, end in enumerate(lane_ends) if end + MIN_GAP <= mark.left), len(lane_ends)
        )
        if lane == len(lane_ends):
            lane_ends.append(mark.right)
        lane_ends[lane] = mark.right
        placed.append(Mark(mark.event, mark.left, mark.right, top + (lane + 0.5) * lane_height))
    return placed, top + len(lane_ends) * lane_height


def axis(scale: Scale, axis_y: int, height: int) -> list[str]:
    parts = [
        f'<line class="axis" x1="{MARGIN}" x2="{WIDTH - MARGIN}" y1="{axis_y}" y2="{axis_y}"/>'
    ]
    month = scale.start
    while month < scale.end:
        following = next_month(month)
        left, right = scale.x(month), scale.x(following)
        parts.append(
            f'<line class="tick" x1="{left:.1f}" x2="{left:.1f}" y1="{TOP - 6}" y2="{axis_y + 6}"/>'
        )
        parts.append(
            f'<text class="month-label" x="{(left + right) / 2:.1f}" '
            f'y="{height - 8}" text-anchor="middle">'
            f"{MONTHS[month.month - 1]} {month.year}</text>"
        )
        parts.extend(week_ticks(scale, month, following, axis_y))
        month = following
    parts.append(
        f'<line class="tick" x1="{WIDTH - MARGIN}" x2="{WIDTH - MARGIN}" '
        f'y1="{TOP - 6}" y2="{axis_y + 6}"/>'
    )
    return parts


def week_ticks(scale: Scale, month: dt.date, following: dt.date, axis_y: int) -> list[str]:
    """A small tick on every Monday, so a reader can count weeks."""
    ticks = []
    day = month + dt.timedelta(days=(7 - month.weekday()) % 7)
    while day < following:
        x = scale.x(day)
        ticks.append(
            f'<line class="week" x1="{x:.1f}" x2="{x:.1f}" y1="{axis_y}" y2="{axis_y + 4}"/>'
        )
        day += dt.timedelta(days=7)
    return ticks


def draw(mark: Mark, href: str) -> str:
    event = mark.event
    label = f"{format_span(event.span)}: {event.title} ({event.type}" + (
        ", planned)" if event.planned else ")"
    )
    classes = f"mark mark-{event.type}" + (" planned" if event.planned else "")
    y = mark.y
    if event.span.precision == "day" or mark.right - mark.left <= 2 * DOT_RADIUS + 0.01:
        shape = f'<circle cx="{(mark.left + mark.right) / 2:.1f}" cy="{y:.1f}" r="{DOT_RADIUS}"/>'
    else:
        height = 6 if event.span.precision == "month" else 12
        shape = (
            f'<rect x="{mark.left:.1f}" y="{y - height / 2:.1f}" '
            f'width="{mark.right - mark.left:.1f}" height="{height}" rx="{height / 2:.0f}"/>'
        )
    return (
        f'<a href="{escape(href)}" class="{classes}" data-event="{escape(event.id)}" '
        f'aria-label="{escape(label)}"><title>{escape(label)}</title>{shape}</a>'
    )


# --- a large timeline: one bar per day ----------------------------------------------


@dataclass(frozen=True)
class Busy:
    """The events that start on one day (or, for ``month`` precision, in one month)."""

    month: str  # "2025-09"
    day: str  # "2025-09-29", or "2025-09" for events known only to the month
    start: dt.date
    end: dt.date  # the last day the bar covers
    events: tuple[Event, ...]


def overview_by_day(events: Sequence[Event], href: Callable[[str, str], str]) -> str:
    """One bar per busy day (its height grows with the day's count), each linking to
    ``href(month key, day key)``; events known only to the month get a thin bar per month."""
    if not events:
        return ""
    scale = period(events)
    days = busy_days(events)
    busiest = max(len(busy.events) for busy in days)
    axis_y = TOP + BAR_HEIGHT + MONTH_BAND + AXIS_GAP
    height = axis_y + LABEL_HEIGHT + 12
    parts = [
        f'<svg class="overview overview-days" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
        f'height="{height}" aria-labelledby="overview-heading" focusable="false">',
        *dense_axis(scale, axis_y),
        *(draw_busy(busy, scale, busiest, href(busy.month, busy.day)) for busy in days),
        "</svg>",
    ]
    return "\n".join(parts)


def busy_days(events: Sequence[Event]) -> list[Busy]:
    groups: dict[str, list[Event]] = {}
    for event in events:
        start = event.span.start
        key = month_key(start) if event.span.precision == "month" else start.isoformat()
        groups.setdefault(key, []).append(event)
    busy = []
    for key, members in groups.items():
        start = members[0].span.start
        end = next_month(start) - dt.timedelta(days=1) if len(key) == 7 else start
        busy.append(Busy(month_key(start), key, start, end, tuple(members)))
    return sorted(busy, key=lambda item: (item.start, item.day))


def draw_busy(busy: Busy, scale: Scale, busiest: int, href: str) -> str:
    count = len(busy.events)
    left = scale.x(busy.start)
    width = max(scale.x(busy.end + dt.timedelta(days=1)) - left - 0.3, 1.0)
    if len(busy.day) == 7:
        top, bar = TOP + BAR_HEIGHT + 2.0, MONTH_BAND - 3.0
        when = MONTHS[busy.start.month - 1] + f" {busy.start.year} (day unknown)"
    else:
        bar = max(BAR_HEIGHT * math.sqrt(count / busiest), 3.0)
        top = TOP + BAR_HEIGHT - bar
        when = short_day(busy.start)
    kind = Counter(event.type for event in busy.events).most_common(1)[0][0]
    label = f"{when}: {count} event" + ("" if count == 1 else "s")
    return (
        f'<a href="{escape(href)}" class="mark mark-{kind}" data-day="{busy.day}" '
        f'aria-label="{escape(label)}"><title>{escape(label)}</title>'
        f'<rect x="{left:.1f}" y="{top:.1f}" width="{width:.1f}" height="{bar:.1f}"/></a>'
    )


def dense_axis(scale: Scale, axis_y: int) -> list[str]:
    """Month ticks with short names, the year under each January (and the first month);
    only every n-th month is named when there are too many to fit."""
    months = []
    month = scale.start
    while month < scale.end:
        months.append(month)
        month = next_month(month)
    step = math.ceil(len(months) / 24)
    parts = [
        f'<line class="axis" x1="{MARGIN}" x2="{WIDTH - MARGIN}" y1="{axis_y}" y2="{axis_y}"/>'
    ]
    for index, month in enumerate(months):
        left, right = scale.x(month), scale.x(next_month(month))
        parts.append(
            f'<line class="tick" x1="{left:.1f}" x2="{left:.1f}" y1="{TOP - 6}" y2="{axis_y + 6}"/>'
        )
        if index % step == 0:
            middle = (left + right) / 2
            name = MONTHS[month.month - 1][:3]
            parts.append(
                f'<text class="month-label" x="{middle:.1f}" y="{axis_y + 20}" '
                f'text-anchor="middle">{name}</text>'
            )
        if month.month == 1 or index == 0:
            year_y = axis_y + 36
            parts.append(
                f'<text class="month-label" x="{left + 2:.1f}" y="{year_y}">{month.year}</text>'
            )
    return parts
