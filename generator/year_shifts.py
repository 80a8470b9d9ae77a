"""Dates said to be in another year: "in June last year", "Oct. 1 six years ago".

A date with no year of its own is read in the year nearest the article's; the words
right before or after it (``[year_shift]`` in dates.toml) may move it: "last year", "six
years ago", "a year earlier", "next year". So a back-reference never dates an event in
the article's own year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from dateutil.relativedelta import relativedelta

from generator.date_words import alternation, date_words
from generator.model import DateMention, DateSpan

# Days named from the article's own day: "Thursday last year" is no way to say a date.
_NAMED_FROM_TODAY = frozenset(("weekday", "reference-day", "cjk-reference-day", "weekend", "count"))
# Year-less calendar dates, read in the year nearest the article's.
_CALENDAR = frozenset(
    [
        "month-day",
        "day-month",
        "month-days",
        "between-days",
        "month-day-month-day",
        "days-month",
        "korean",
        "chinese",
        "month",
    ]
)
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d年|\d년")


def in_another_year(
    sentence: str, mention: DateMention, rule: str, reference: dt.date | None = None
) -> DateMention:
    """ "in June last year", "Oct. 1 six years ago": a year-less date moved to the year
    the words next to it say (``[year_shift]`` in dates.toml); ``rule`` is the name of
    the date rule that read it. A calendar date is put in the year counted from the
    article's (``reference``), not from the year nearest it: "in March next year" in
    October 2025 is March 2026."""
    if rule in _NAMED_FROM_TODAY or _HAS_YEAR.search(mention.text):
        return mention
    base = reference.year if reference is not None and rule in _CALENDAR else None
    if "year" not in sentence.lower():
        return mention if sentence.isascii() else _cjk_year(sentence, mention, base)
    after, before = _year_shift()
    found = after.match(sentence, mention.end_char) or before.search(
        sentence, max(0, mention.start_char - 40), mention.start_char
    )
    if found is None:
        return mention
    phrase = found["counted"] or found["plain"]
    years = date_words().year_shift(phrase, found["n"] if found["counted"] else None)
    return _moved(mention, years, base)


def _cjk_year(sentence: str, mention: DateMention, base: int | None) -> DateMention:
    """ "去年10月9日", "작년 9월 4일": the word for another year right before the date
    (``[year_shift_cjk]``)."""
    found = _cjk_shift().search(sentence, max(0, mention.start_char - 6), mention.start_char)
    if found is None:
        return mention
    return _moved(mention, date_words().cjk_year_shifts[found[1]], base)


def _moved(mention: DateMention, years: int, base: int | None) -> DateMention:
    """The mention ``years`` on from ``base`` (its own year when None)."""
    span = mention.span
    shift = years if base is None else base + years - span.start.year
    moved = DateSpan(_years_on(span.start, shift), _years_on(span.end, shift), span.precision)
    return replace(mention, span=moved, future=mention.future and years > 0)


@cache
def _cjk_shift() -> re.Pattern[str]:
    words = sorted(date_words().cjk_year_shifts, key=len, reverse=True)
    return re.compile(rf"({'|'.join(map(re.escape, words)) or '(?!)'})\s*$")


def _years_on(day: dt.date, years: int) -> dt.date:
    return day + relativedelta(years=years)


@cache
def _year_shift() -> tuple[re.Pattern[str], re.Pattern[str]]:
    after, before = _patterns()
    return re.compile(after), re.compile(before)


def _patterns() -> tuple[str, str]:
    """ "…, last year", "… of last year", "… six years ago" right after a date, and "six
    years ago in …", "last year, on …" right before one (``[year_shift]``)."""
    words = date_words()
    number = rf"(?:\d{{1,2}}|{alternation(list(words.numbers))})"
    counted = [p for p in words.year_shifts if p.split()[0] in ("year", "years")]
    plain = [p for p in words.year_shifts if p not in counted]
    shift = (
        rf"(?:(?P<n>{number})\s+(?P<counted>{alternation(counted)})"
        rf"|(?P<plain>{alternation(plain)}))\b"
    )
    after = rf"(?i:\s*,?\s*(?:of\s+)?{shift})"
    before = rf"(?i:\b{shift}\s*,?\s*(?:(?:in|on|during|of)\s+)?)$"
    return after, before
