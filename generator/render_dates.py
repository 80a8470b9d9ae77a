"""Dates as the site prints them: as precise as the sources allow, never more."""

from __future__ import annotations

import datetime as dt
import functools

from generator.model import DateSpan

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def short_day(day: dt.date, with_year: bool = True) -> str:
    """``29 Sep 2025`` (or ``29 Sep``)."""
    text = f"{day.day} {MONTHS[day.month - 1][:3]}"
    return f"{text} {day.year}" if with_year else text


def month_label(year: int, month: int) -> str:
    """``September 2025``."""
    return f"{MONTHS[month - 1]} {year}"


def month_key(day: dt.date) -> str:
    """``2025-09``: the value filters and anchors use for a month."""
    return f"{day.year:04d}-{day.month:02d}"


def long_day(day: dt.date) -> str:
    """``Monday 29 September``: a day heading inside its month."""
    return f"{day.strftime('%A')} {day.day} {MONTHS[day.month - 1]}"


@functools.lru_cache(maxsize=1 << 16)  # each event's span is printed on several pages
def format_span(span: DateSpan) -> str:
    """A span as precise as it is known: a day, a range of days, or a month."""
    if span.precision == "month":
        return month_label(span.start.year, span.start.month)
    start, end = span.start, span.end
    if span.precision == "day" or start == end:
        return short_day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{short_day(end)}"
    if start.year == end.year:
        return f"{short_day(start, with_year=False)} – {short_day(end)}"
    return f"{short_day(start)} – {short_day(end)}"


def span_months(span: DateSpan) -> list[str]:
    """Every month key a span touches, so a filter by month finds a range across two."""
    keys: list[str] = []
    year, month = span.start.year, span.start.month
    while (year, month) <= (span.end.year, span.end.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def format_published(moment: dt.datetime | None, day: dt.date | None) -> str:
    """``29 Sep 2025, 22:04 UTC+08:00``; the date alone when no time is known."""
    # Each article's time is printed on several pages, so it is remembered; with its
    # offset, as two times at the same instant are equal whatever their offsets.
    return _published(moment, None if moment is None else moment.utcoffset(), day)


@functools.lru_cache(maxsize=1 << 16)
def _published(moment: dt.datetime | None, offset: dt.timedelta | None, day: dt.date | None) -> str:
    if moment is None:
        return short_day(day) if day is not None else "date unknown"
    text = f"{short_day(moment.date())}, {moment:%H:%M}"
    if offset is None:
        return text
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return f"{text} UTC"
    sign = "+" if minutes > 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"{text} UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
