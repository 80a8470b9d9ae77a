"""Which day a weekday names ("on Thursday", "this Friday", "would leave on Saturday").

Weekdays look back from the reference date (the same day included) unless a cue in
their clause looks forward ("will", "is scheduled", "falls on"); then they name the
first such day on or after the reference, since wire copy names the day it is filed
on by its weekday too ("will leave on Saturday", filed on Saturday). "would" looks
forward from the last date already read in the sentence. A word right before the
weekday overrides the cues: "this Friday" is the Friday of the reference's own week
(Monday to Sunday), "next Friday" and "last Friday" that of the week after or before
("weekday_modifiers" in ``data/dates.toml``). "Tuesday morning local time" read on a
Monday is the next day: the place's day, ahead of the page's zone.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from generator.date_words import (
    WeekdayModifier,
    alternation,
    date_words,
    until_before,
    week_of,
)
from generator.model import DateSpan


def weekday_span(
    match: re.Match[str], reference: dt.date, last: dt.date | None
) -> tuple[DateSpan, bool]:
    """The day (or "Monday to Wednesday", "Friday and Saturday" range) a weekday match
    names, and whether it is still to come; ``last`` is the last date read before it in
    the sentence."""
    weekday = date_words().weekdays[match["wd"]]
    day, future = _weekday_day(weekday, match, reference, last)
    last_day = match.groupdict().get("wd2") or match.groupdict().get("wd3")
    if last_day is None:
        return DateSpan(day, day, "day"), future
    end = next_weekday(day, date_words().weekdays[last_day])
    return DateSpan(day, end, "range"), future


def _weekday_day(
    weekday: int, match: re.Match[str], reference: dt.date, last: dt.date | None
) -> tuple[dt.date, bool]:
    modifier = _modifier_pattern().search(match.string, 0, match.start())
    if modifier is not None:
        which = date_words().weekday_modifiers[" ".join(modifier["which"].lower().split())]
        day = _modified_weekday(weekday, which, reference)
        return day, day > reference
    sentence = match.string
    direction = _direction(sentence[: match.start()], sentence[match.end() :])
    if direction == "would" and last is not None:
        return next_weekday(last, weekday), True
    if direction in ("would", "future"):
        # Wire copy names today's weekday too: "will leave on Saturday", filed on Saturday.
        return next_weekday(reference - dt.timedelta(days=1), weekday), True
    tomorrow = reference + dt.timedelta(days=1)
    if weekday == tomorrow.weekday() and _local_pattern().match(sentence, match.end()):
        return tomorrow, False  # "on Tuesday morning local time", filed Monday night in the US
    back = (reference.weekday() - weekday) % 7
    return reference - dt.timedelta(days=back), False


def _modified_weekday(weekday: int, which: WeekdayModifier, reference: dt.date) -> dt.date:
    """ "this Friday" (of the reference's week), "next Friday", "last Friday", "coming Friday"."""
    weeks = {"this week": 0, "next week": 1, "last week": -1}
    if which in weeks:
        monday, _ = week_of(reference)
        return monday + dt.timedelta(days=7 * weeks[which] + weekday)
    if which == "after":
        return next_weekday(reference, weekday)
    back = (reference.weekday() - weekday - 1) % 7 + 1
    return reference - dt.timedelta(days=back)


@cache
def _modifier_pattern() -> re.Pattern[str]:
    """ "this" or "next" right before a weekday, but not "the next" or "the last"."""
    modifiers = alternation(date_words().weekday_modifiers)
    return re.compile(rf"(?i:(?<!\bthe\s)\b(?P<which>{modifiers})\s+)$")


def next_weekday(after: dt.date, weekday: int) -> dt.date:
    """The first ``weekday`` strictly after ``after``."""
    ahead = (weekday - after.weekday()) % 7 or 7
    return after + dt.timedelta(days=ahead)


def _direction(before: str, after: str) -> str:
    """Where a weekday points ("future", "would", "past"), by the last cue in its clause.
    A place's country after a comma ("to meet Xi in Busan, South Korea on Thursday") is
    no clause of its own."""
    parts = _CLAUSE_BREAK.split(before)
    while len(parts) > 1 and _APPOSITION.fullmatch(parts[-1]):
        parts[-2:] = [parts[-2] + "," + parts[-1]]
    clause = parts[-1]
    cues = list(_cue_pattern().finditer(clause))
    if cues:
        return cues[-1].lastgroup or "past"
    if until_before().search(clause) and _ongoing_pattern().search(clause):
        return "future"  # "is on a trip through Tuesday": the coming one
    opens_clause = clause.strip().lower() in ("", "on")
    if opens_clause and _present_pattern().match(after):
        return "future"
    return _fronted_direction(after) if opens_clause else "past"


_FRONTED = re.compile(r"\s*,")
# Capitalised words alone up to the weekday: a country or a title set off by a comma.
_APPOSITION = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+)+(?:on\s+)?")


def _fronted_direction(after: str) -> str:
    """ "On Saturday, Modi and Ishiba will travel to Sendai": a weekday set before its
    clause points where that clause's first cue does; past a description of the day ("On
    Tuesday, the final day of his trip, the pope is scheduled to pray"), where the next
    clause's does. With no comma, only a cue right after the subject counts: "On Friday he
    will travel", not "On Friday he met Li and said they will meet again"."""
    comma = _FRONTED.match(after)
    if comma is None:
        head = _CLAUSE_BREAK.split(after)[0]
        cue = _cue_pattern().search(head)
        near = cue is not None and len(head[: cue.start()].split()) <= _SUBJECT_WORDS
        return (cue.lastgroup or "past") if cue is not None and near else "past"
    clauses = _CLAUSE_BREAK.split(after[comma.end() :])
    for clause in clauses[:2]:
        cue = _cue_pattern().search(clause)
        if cue is not None:
            return cue.lastgroup or "past"
        if not _DESCRIBES_THE_DAY.match(clause):
            break
    return "past"


_SUBJECT_WORDS = 4  # "the pope", "Leo and Bartholomew", "the Turkish president"
_DESCRIBES_THE_DAY = re.compile(r"\s*(?:the|a|an|his|her|its|their)\s", re.IGNORECASE)


# A full stop inside a sentence ends a clause, but not an abbreviation's ("would stay
# from Oct. 26 to 28 and hold talks on Monday": "would" still governs Monday).
_CLAUSE_BREAK = re.compile(
    r"[,;:!?()\[\]\"“”]|\s[—–-]\s"
    r"|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})\.\s"
)


@cache
def _cue_pattern() -> re.Pattern[str]:
    words = date_words()
    return re.compile(
        rf"(?i:\b(?P<future>{alternation(words.future_cues)}|to\s+"
        rf"{alternation(words.verbs_after_to)})\b"
        rf"|\b(?P<past>{alternation(words.past_cues)})\b"
        rf"|\b(?P<would>{alternation(words.conditional_cues)})\b)"
    )


@cache
def _ongoing_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?i:(?:\b|(?=['’])){alternation(date_words().ongoing_cues)}\b)")


@cache
def _local_pattern() -> re.Pattern[str]:
    """ "local time" right after the weekday, perhaps after a part of the day."""
    parts = r"(?:\s+(?:morning|afternoon|evening|night))?"
    return re.compile(rf"(?i:{parts},?\s+(?:{alternation(date_words().local_time)})\b)")


@cache
def _present_pattern() -> re.Pattern[str]:
    return re.compile(rf"\s+{alternation(date_words().present_verbs)}\b")
