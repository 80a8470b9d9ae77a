"""Resolvers: what day, range or month one recognised date phrase means.

Each rule of ``date_patterns`` names one of these by its kind. A resolver reads the
phrase's match and the context (the article's date, the last day named, the month
spoken of) and gives a ``DateReading``; ``dates.find_dates`` runs them in order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.date_words import (
    date_words,
    month_end,
    nearest_year,
    number_value,
    safe_date,
    shift_month,
    week_of,
)
from generator.model import DateSpan, Precision
from generator.weekdays import weekday_span

ONE_DAY = dt.timedelta(days=1)


# ``DateContext`` and ``DateReading`` are made for every date read and never changed
# after: slotted rather than frozen, as a frozen dataclass is slower to make.
@dataclass(slots=True)
class DateContext:
    """What a resolver may lean on: the sentence and the dates read so far."""

    sentence: str
    reference: dt.date
    anchor: dt.date  # the last explicit day: "the following day" counts from it
    last: dt.date | None = None  # the last date read in this sentence: "would" counts from it
    month: dt.date | None = None  # the last month spoken of: "later in the month" is in it
    # The sentence's last date named only a month ("In September, Kim … met Xi the day
    # after"): "the day after" is then some day of that month, not the anchor's next.
    month_only: bool = False


@dataclass(slots=True)
class DateReading:
    span: DateSpan
    vague: bool = False
    future: bool = False


Resolver = Callable[[re.Match[str], DateContext], "DateReading | None"]


def _resolve_weekday(match: re.Match[str], context: DateContext) -> DateReading:
    span, future = weekday_span(match, context.reference, context.last)
    return DateReading(span, future=future)


# --- absolute dates -------------------------------------------------------------------


def _resolve_absolute(match: re.Match[str], context: DateContext) -> DateReading | None:
    groups = match.groupdict()
    month = _month_of(groups.get("m"), groups.get("mn"))
    year = groups.get("y") or groups.get("y0")
    if year is not None:
        start = safe_date(int(year), month, int(groups["d"]))
    else:
        start = nearest_year(month, int(groups["d"]), context.reference)
    if start is None:
        return None
    end = _range_end(start, groups, month)
    if end is None:
        return None
    precision: Precision = "day" if end == start else "range"
    return DateReading(DateSpan(start, end, precision), future=start > context.reference)


def _range_end(start: dt.date, groups: dict[str, str | None], month: int) -> dt.date | None:
    if groups.get("d2") is None:
        return start
    end_month = _month_of(groups.get("m2"), groups.get("mn2")) if _has_month2(groups) else month
    day = int(groups["d2"] or 0)
    end = safe_date(start.year, end_month, day)
    if end is not None and end < start:  # "Dec. 30 to Jan. 2"
        end = safe_date(start.year + 1, end_month, day)
    return end if end is not None and end > start else None


def _has_month2(groups: dict[str, str | None]) -> bool:
    return groups.get("m2") is not None or groups.get("mn2") is not None


def _month_of(name: str | None, number: str | None) -> int:
    return date_words().month_number(name) if name is not None else int(number or 0)


def _resolve_ordinal(match: re.Match[str], context: DateContext) -> DateReading | None:
    """ "the 9th", "9日": a day of the month the sentence has just named ("金氏は9月、…
    4日に会談した": Sept. 4), else of the reference's month or the one before."""
    if context.month_only and context.month is not None:
        named = safe_date(context.month.year, context.month.month, int(match["d"]))
        return None if named is None else DateReading(DateSpan(named, named, "day"))
    reference = context.reference
    year, month = reference.year, reference.month
    # "the 29th" is past: last month's when not yet here. The day after the reference is
    # this month's: a report of the next morning in an article written the evening before
    # (or updated since), or a plan for tomorrow, not a day a month back.
    if int(match["d"]) > reference.day + 1:
        year, month = shift_month(year, month, -1)
    day = safe_date(year, month, int(match["d"]))
    return None if day is None else DateReading(DateSpan(day, day, "day"))


# --- months ---------------------------------------------------------------------------


def _resolve_month(match: re.Match[str], context: DateContext) -> DateReading | None:
    name, year = match["m"], match["y"]
    words = date_words()
    if name in words.ambiguous_months and year is None and not _month_word_before(match):
        return None  # "No matter how the situation may change", "March on"
    month = words.month_number(name)
    first = _month_start(month, year, context.reference)
    if year is None:
        first = _month_told(first, match, context.reference)
    part = (match.groupdict().get("part") or "").lower()
    start, end = _month_part(first, part)
    return DateReading(DateSpan(start, end, "month"), vague=bool(part))


def _resolve_cjk_month(match: re.Match[str], context: DateContext) -> DateReading | None:
    """ "9月", "2019年6月", "9월": the month, this year's or the nearest one."""
    first = _month_start(int(match["mn"]), match["y"], context.reference)
    return DateReading(DateSpan(first, month_end(first.year, first.month), "month"))


def _month_word_before(match: re.Match[str]) -> bool:
    before = match.string[: match.start()].split()
    return bool(before) and (
        before[-1].lower() in ("in", "during", "of", "by", "until", "since", *_MONTH_TOLD)
    )


# "last October", "next March": the month's last time before, or next after, the article's.
_MONTH_TOLD = {"last": -1, "past": -1, "next": 1, "coming": 1}


def _month_told(first: dt.date, match: re.Match[str], reference: dt.date) -> dt.date:
    """ "last October" in an article of August 2025 is October 2024, though October 2025 is
    nearer; "next March" likewise goes forward."""
    before = match.string[: match.start()].split()
    way = _MONTH_TOLD.get(before[-1].lower()) if before else None
    this_month = reference.replace(day=1)
    if way == -1 and first >= this_month:
        return first.replace(year=first.year - 1)
    if way == 1 and first <= this_month:
        return first.replace(year=first.year + 1)
    return first


def _month_start(month: int, year: str | None, reference: dt.date) -> dt.date:
    if year is not None:
        return dt.date(int(year), month, 1)
    middle = nearest_year(month, 15, reference)
    assert middle is not None  # the 15th exists in every month
    return middle.replace(day=1)


def _month_part(first: dt.date, part: str) -> tuple[dt.date, dt.date]:
    last = month_end(first.year, first.month)
    if part == "early":
        return first, first.replace(day=10)
    if part == "mid":
        return first.replace(day=11), first.replace(day=20)
    if part == "late":
        return first.replace(day=21), last
    return first, last


# --- relative phrases -----------------------------------------------------------------


def _resolve_reference_day(match: re.Match[str], context: DateContext) -> DateReading | None:
    text = match[0]
    before = match.string[: match.start()].split()
    # "USA Today", "China Today" (not "ALLIANCE: Today, the President met …")
    if text[0].isupper() and before and before[-1][:1].isupper() and before[-1][-1].isalnum():
        return None
    offset = date_words().reference_offset(text)
    day = context.reference + dt.timedelta(days=offset)
    return DateReading(DateSpan(day, day, "day"), future=offset > 0)


def _resolve_anchor_day(match: re.Match[str], context: DateContext) -> DateReading:
    offset = date_words().anchor_offset(match[0])
    day = context.anchor + dt.timedelta(days=offset)
    month = context.month
    if context.month_only and month is not None and not _same_month(month, day):
        start, end = _month_part(month.replace(day=1), "")
        return DateReading(DateSpan(start, end, "month"), vague=True)
    return DateReading(DateSpan(day, day, "day"))


def _same_month(first: dt.date, second: dt.date) -> bool:
    return (first.year, first.month) == (second.year, second.month)


def _resolve_count(match: re.Match[str], context: DateContext) -> DateReading:
    """ "two days later", "three weeks afterwards", "a week earlier", "five days ago"."""
    sign, from_reference = date_words().count_direction(match["dir"])
    base = context.reference if from_reference else context.anchor
    count = number_value(match["n"])
    future = from_reference and sign > 0  # "two days from now"
    if match["unit"].lower().startswith("day"):
        day = base + dt.timedelta(days=sign * count)
        return DateReading(DateSpan(day, day, "day"), future=future)
    middle = base + dt.timedelta(weeks=sign * count)
    span = DateSpan(middle - 3 * ONE_DAY, middle + 3 * ONE_DAY, "range")
    return DateReading(span, vague=True, future=future)


def _resolve_this_that(match: re.Match[str], context: DateContext) -> DateReading:
    """ "last month", "earlier this month", "early last month", "next week": vague, from
    the reference."""
    words = match[0].lower().replace("-", " ").split()
    part = words.pop(0) if words[0] in ("early", "mid", "late") else ""
    reference = context.reference
    if words[-1] == "week":
        monday, sunday = week_of(reference)
        shift = {"last": -7, "next": 7}.get(words[0], 0)
        start, end = monday + dt.timedelta(days=shift), sunday + dt.timedelta(days=shift)
    else:
        shift = {"last": -1, "next": 1}.get(words[0], 0)
        year, month = shift_month(reference.year, reference.month, shift)
        start, end = _month_part(dt.date(year, month, 1), part)
    start, end = _this_part(words[0], start, end, reference)
    precision: Precision = "range" if words[-1] == "week" else "month"
    return DateReading(DateSpan(start, end, precision), vague=True, future=start > reference)


def _resolve_named_day(match: re.Match[str], context: DateContext) -> DateReading | None:
    """ "China's National Day": its month and day, in the year nearest the reference."""
    month, day = date_words().named_days[" ".join(match[0].split())]
    found = nearest_year(month, day, context.reference)
    if found is None:
        return None
    return DateReading(DateSpan(found, found, "day"), future=found > context.reference)


def _resolve_cjk_this_that(match: re.Match[str], context: DateContext) -> DateReading:
    """ "本月初" (early this month), "上个月" (last month), "지난달 말": vague, from the
    reference, as "early this month" is."""
    words = date_words()
    shift = words.cjk_months[" ".join(match["rel"].split())]
    part = words.cjk_month_parts.get(match["part"] or "", "")
    reference = context.reference
    year, month = shift_month(reference.year, reference.month, shift)
    start, end = _month_part(dt.date(year, month, 1), part)
    return DateReading(DateSpan(start, end, "month"), vague=True, future=start > reference)


def _resolve_weekend(match: re.Match[str], context: DateContext) -> DateReading:
    """ "over the weekend" (the last one), "this weekend", "next weekend"."""
    which = date_words().weekends[" ".join(match[0].lower().split())]
    reference = context.reference
    saturday = reference - dt.timedelta(days=(reference.weekday() - 5) % 7)
    if which != "past" and reference.weekday() < 5:
        saturday += dt.timedelta(days=7)  # on a weekday, "this weekend" is the coming one
    if which == "next":
        saturday += dt.timedelta(days=7)
    span = DateSpan(saturday, saturday + ONE_DAY, "range")
    return DateReading(span, future=saturday > reference)


def _resolve_month_anchor(match: re.Match[str], context: DateContext) -> DateReading:
    """ "later in the month", "at the end of that month": the month last spoken of."""
    base = context.month or context.anchor
    part = date_words().month_anchor[" ".join(match[0].lower().split())]
    start, end = _month_part(base.replace(day=1), part)
    return DateReading(DateSpan(start, end, "month"), vague=True, future=start > context.reference)


def _this_part(
    first_word: str, start: dt.date, end: dt.date, reference: dt.date
) -> tuple[dt.date, dt.date]:
    """ "earlier this week" ends the day before the article's own (what happened that day
    is "today"), unless the week or month began that day; "later this week" starts on it."""
    if first_word == "earlier":
        return start, max(start, reference - ONE_DAY)
    if first_word == "later":
        return reference, end
    return start, end


# --- each rule's kind names its resolver -----------------------------------------------


RESOLVERS: dict[str, Resolver] = {
    "absolute": _resolve_absolute,
    "ordinal": _resolve_ordinal,
    "month": _resolve_month,
    "cjk_month": _resolve_cjk_month,
    "weekday": _resolve_weekday,
    "reference_day": _resolve_reference_day,
    "anchor_day": _resolve_anchor_day,
    "count": _resolve_count,
    "this_that": _resolve_this_that,
    "cjk_this_that": _resolve_cjk_this_that,
    "named_day": _resolve_named_day,
    "month_anchor": _resolve_month_anchor,
    "weekend": _resolve_weekend,
}
