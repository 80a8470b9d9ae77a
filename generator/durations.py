"""How long a dated event lasts when the sentence says so: "a three-day visit starting
Thursday", "Thursday for a three-day visit", "a four-day trip through Tuesday".

A day right after "until" ("until Saturday") is where something ends, not an event's day.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from generator.date_words import alternation, date_words, number_value, until_before
from generator.model import DateMention, DateSpan


def with_duration(
    sentence: str, start: int, end: int, reading: DateMention, low: int, high: int
) -> DateMention:
    """The date phrase at ``start:end`` stretched over the days a duration names around it
    (between ``low`` and ``high``), or marked as the end of a stay ("until Saturday")."""
    span = reading.span
    until = span.precision == "day" and until_before().search(sentence, low, start) is not None
    lasting = _duration_until().search(sentence[low:start]) if until else None
    if lasting is not None:  # "a four-day trip through Tuesday" ends on Tuesday
        days = number_value(lasting["n"])
        span = DateSpan(span.start - dt.timedelta(days=days - 1), span.start, "range")
        until = False
    elif span.precision == "day" and not reading.vague:
        before = _duration_before().search(sentence[low:start])
        after = _duration_after().match(sentence[end:high])
        found = before or after
        if found is not None:
            days = number_value(found["n"])
            span = DateSpan(span.start, span.start + dt.timedelta(days=days - 1), "range")
            start = low + before.start() if before is not None else start
            end = end + after.end() if before is None and after is not None else end
    return DateMention(sentence[start:end], start, end, span, reading.vague, reading.future, until)


def _duration_noun() -> str:
    words = date_words()
    number = rf"(?P<n>\d{{1,2}}|(?i:{alternation(list(words.numbers))}))"
    return rf"{number}-day\s+(?:[\w-]+\s+){{0,2}}?{alternation(words.duration_nouns)}\b"


@cache
def _duration_before() -> re.Pattern[str]:
    starting = r"(?:starting|started|starts|beginning|began|begins|from)\s+(?:on\s+)?"
    return re.compile(rf"{_duration_noun()}[^.;:]{{0,40}}?\b{starting}$")


@cache
def _duration_until() -> re.Pattern[str]:
    until = alternation(date_words().until_words)
    return re.compile(rf"{_duration_noun()}[^.;:]{{0,40}}?\b(?i:{until})\s+(?:on\s+)?$")


def _for_a_duration() -> str:
    return rf"for\s+(?:a|an|the|his|her|their)\s+{_duration_noun()}"


@cache
def _duration_after() -> re.Pattern[str]:
    return re.compile(rf"\s+{_for_a_duration()}")  # right after the date


def stay_from(date: DateMention, text: str) -> DateMention:
    """The day ``date`` stretched over the stay ``text`` names anywhere ("after arriving in
    Beijing for a four-day official visit"): a day borrowed from the clause before."""
    if date.span.precision != "day" or date.vague:
        return date
    found = _stay().search(text)
    if found is None:
        return date
    start = date.span.start
    end = start + dt.timedelta(days=number_value(found["n"]) - 1)
    return DateMention(date.text, date.start_char, date.end_char, DateSpan(start, end, "range"))


@cache
def _stay() -> re.Pattern[str]:
    return re.compile(rf"\b{_for_a_duration()}")  # anywhere in the clause
