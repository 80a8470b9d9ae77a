"""The words dates are written with, read from ``data/dates.toml``, and calendar sums.

Kept apart from ``dates.py`` so that the reader there is only patterns and rules;
everything a user might want to extend (a month spelling, a cue word) is data.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal, cast, get_args

from dateutil.relativedelta import relativedelta

from generator.errors import ConfigError
from generator.required_text import any_phrase

DATA_FILE = Path(__file__).parent / "data" / "dates.toml"

WeekdayModifier = Literal["this week", "next week", "last week", "before", "after"]
WEEKDAY_MODIFIERS: tuple[str, ...] = get_args(WeekdayModifier)


@dataclass(frozen=True)
class DateWords:
    """Everything ``dates.toml`` says, as lookups and ready-made regex alternations."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    weekday_modifiers: dict[str, WeekdayModifier]
    numbers: dict[str, int]
    anchor_days: dict[str, int]
    opening_anchor_days: dict[str, int]  # "Earlier, …" opening a sentence
    count_from_anchor: dict[str, int]
    count_at_clause_end: dict[str, int]
    count_from_reference: dict[str, int]
    reference_days: dict[str, int]
    cjk_reference_days: dict[str, int]
    event_relative: dict[str, int]
    year_shifts: dict[str, int]
    cjk_year_shifts: dict[str, int]
    weekends: dict[str, str]
    month_anchor: dict[str, str]
    eve_words: tuple[str, ...]
    cjk_anchor_days: dict[str, int]
    cjk_months: dict[str, int]  # "上个月": months from the article's own
    named_days: dict[str, tuple[int, int]]  # "China's National Day": (10, 1)
    cjk_month_parts: dict[str, str]  # "初": "early"
    future_cues: tuple[str, ...]
    verbs_after_to: tuple[str, ...]
    past_cues: tuple[str, ...]
    present_verbs: tuple[str, ...]
    conditional_cues: tuple[str, ...]
    until_words: tuple[str, ...]
    ongoing_cues: tuple[str, ...]
    local_time: tuple[str, ...]
    duration_nouns: tuple[str, ...]
    ordinal_blockers: tuple[str, ...]

    def month_number(self, name: str) -> int:
        bare = name.rstrip(".")
        return self.months.get(bare) or self.month_abbreviations[bare]

    def reference_offset(self, phrase: str) -> int:
        """The days "tomorrow" (1), "昨天" (-1) lie after the article's own date."""
        key = " ".join(phrase.lower().split())
        return (
            self.reference_days[key]
            if key in self.reference_days
            else self.cjk_reference_days[phrase]
        )

    def anchor_offset(self, phrase: str) -> int:
        """The days "the next day" (1), "次日" (1) lie after the last explicit date."""
        key = " ".join(phrase.lower().split())
        if key in self.opening_anchor_days:
            return self.opening_anchor_days[key]
        return self.anchor_days[key] if key in self.anchor_days else self.cjk_anchor_days[phrase]

    def count_direction(self, phrase: str) -> tuple[int, bool]:
        """The sign of "later" (1) or "ago" (-1), and whether it counts from the article's
        own date rather than the anchor."""
        key = " ".join(phrase.lower().split())
        if key in self.count_from_reference:
            return self.count_from_reference[key], True
        return self.count_from_anchor.get(key) or self.count_at_clause_end[key], False

    def year_shift(self, phrase: str, count: str | None) -> int:
        """The years "last year" (-1), "six years ago" (-6) move a date by."""
        sign = self.year_shifts[" ".join(phrase.lower().split())]
        return sign * (number_value(count) if count else 1)

    def count_directions(self) -> list[str]:
        return [*self.count_from_anchor, *self.count_at_clause_end, *self.count_from_reference]


@dataclass(frozen=True)
class SentenceWords:
    titles: frozenset[str]
    before_numbers: frozenset[str]
    inside: frozenset[str]
    starters: frozenset[str]


@cache
def _raw() -> dict[str, Any]:
    with DATA_FILE.open("rb") as handle:
        return tomllib.load(handle)


@cache
def date_words() -> DateWords:
    raw = _raw()
    cues = raw["cues"]
    return DateWords(
        months=dict(raw["months"]),
        month_abbreviations=dict(raw["month_abbreviations"]),
        ambiguous_months=frozenset(raw["ambiguous_months"]["names"]),
        weekdays=dict(raw["weekdays"]),
        weekday_modifiers=_weekday_modifiers(raw["weekday_modifiers"]),
        numbers=dict(raw["numbers"]),
        anchor_days=dict(raw["anchor_days"]),
        opening_anchor_days=dict(raw.get("opening_anchor_days", {})),
        count_from_anchor=dict(raw["count_from_anchor"]),
        count_at_clause_end=dict(raw["count_from_anchor_at_clause_end"]),
        count_from_reference=dict(raw["count_from_reference"]),
        reference_days=dict(raw["reference_days"]),
        cjk_reference_days=dict(raw["cjk_reference_days"]),
        event_relative=dict(raw["event_relative"]),
        year_shifts={" ".join(k.lower().split()): v for k, v in raw["year_shift"].items()},
        cjk_year_shifts=dict(raw.get("year_shift_cjk", {})),
        weekends={" ".join(k.lower().split()): v for k, v in raw["weekends"].items()},
        month_anchor={" ".join(k.lower().split()): v for k, v in raw["month_anchor"].items()},
        eve_words=tuple(raw["eve"]["words"]),
        cjk_anchor_days=dict(raw["cjk_anchor_days"]),
        cjk_months={" ".join(k.split()): v for k, v in raw.get("cjk_months", {}).items()},
        cjk_month_parts=dict(raw.get("cjk_month_parts", {})),
        named_days={
            " ".join(k.split()): (int(v[:2]), int(v[3:]))
            for k, v in raw.get("named_days", {}).items()
        },
        future_cues=tuple(cues["future"]),
        verbs_after_to=tuple(cues["verbs_after_to"]),
        past_cues=tuple(cues["past"]),
        present_verbs=tuple(cues["present_verbs"]),
        conditional_cues=tuple(cues["conditional"]),
        until_words=tuple(cues["until"]),
        ongoing_cues=tuple(cues["ongoing"]),
        local_time=tuple(cues.get("local_time", ())),
        duration_nouns=tuple(raw["durations"]["nouns"]),
        ordinal_blockers=tuple(raw["ordinals"]["not_before"]),
    )


def _weekday_modifiers(table: dict[str, str]) -> dict[str, WeekdayModifier]:
    unknown = {value for value in table.values() if value not in WEEKDAY_MODIFIERS}
    if unknown:
        raise ConfigError(
            [
                f"{DATA_FILE.name} [weekday_modifiers]: {value!r} is not one of {WEEKDAY_MODIFIERS}"
                for value in sorted(unknown)
            ]
        )
    return {
        " ".join(word.lower().split()): cast(WeekdayModifier, value)
        for word, value in table.items()
    }


@cache
def sentence_words() -> SentenceWords:
    raw = _raw()["sentences"]
    return SentenceWords(
        titles=frozenset(raw["titles"]),
        before_numbers=frozenset(raw["before_numbers"]),
        inside=frozenset(raw["inside"]),
        starters=frozenset(raw["starters"]),
    )


def alternation(phrases: Iterable[str]) -> str:
    """A regex group matching any phrase, longest first, spaces as any whitespace."""
    ordered = sorted(phrases, key=len, reverse=True)
    escaped = (r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered)
    return "(?:" + "|".join(escaped) + ")"


def number_value(text: str) -> int:
    """``"three"`` → 3, ``"3"`` → 3 (case-insensitive words from the data file)."""
    if text.isdigit():
        return int(text)
    return date_words().numbers[text.lower()]


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    shifted = dt.date(year, month, 1) + relativedelta(months=by)
    return shifted.year, shifted.month


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the numbers name no day (Feb. 30, month 13)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """A year-less day read as the one closest to the reference (never ~6 months off)."""
    candidates = (safe_date(reference.year + shift, month, day) for shift in (-1, 0, 1))
    found = [candidate for candidate in candidates if candidate is not None]
    if not found:
        return None
    return min(found, key=lambda candidate: abs((candidate - reference).days))


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday..Sunday of the week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


COUNT_UNITS = ("day", "days", "week", "weeks")


# --- a quick test run on every sentence -----------------------------------------------


def may_hold_date(sentence: str) -> bool:
    """Whether a date phrase could start anywhere: a digit, a month, a weekday, a relative word."""
    if not sentence.isascii():
        return _hint().search(sentence) is not None
    # In ASCII text (and with the plain words of dates.toml), lowercasing first finds what
    # the case-blind search would, and a case-sensitive search is many times faster. There
    # ``\d`` is a digit 0 to 9, which lowercasing keeps: one search looks for both at once.
    return _ascii_hint().search(sentence.lower()) is not None


@cache
def _ascii_hint() -> re.Pattern[str]:
    """``_hint`` for a lowercased ASCII sentence: a digit, or one of the ASCII words (a word
    holding another, as "the next day" holds "next", adds nothing to a yes-or-no search),
    each written from its rarest letter (``any_phrase``). As every alternative then
    starts with a plain character, the engine skips ahead to where one of those few is,
    rather than trying the alternatives at every position."""
    words = {" ".join(word.lower().split()) for word in _hint_words()}
    needed = [w for w in words if w.isascii() and not any(o in w for o in words - {w})]
    return re.compile(any_phrase([*"0123456789", *sorted(needed)]))


@cache
def _hint() -> re.Pattern[str]:
    return re.compile(rf"\d|{alternation(_hint_words())}", re.IGNORECASE)


def _hint_words() -> list[str]:
    words = date_words()
    relative = ["month", "week", "later", "earlier", "ago", "following", "previous"]
    return [
        *words.months,
        *words.month_abbreviations,
        *words.weekdays,
        *words.anchor_days,
        *words.reference_days,
        *words.cjk_reference_days,
        *words.cjk_anchor_days,
        *words.cjk_months,
        *words.named_days,
        *relative,
        # "two days afterwards": the unit and the direction, as no word alone is rare enough.
        *(f"{unit} {way}" for unit in COUNT_UNITS for way in words.count_directions()),
        "same day",
        "weekend",
        "next",
        "last",
    ]


@cache
def until_before() -> re.Pattern[str]:
    """ "until ", "through on ": a day to come right after these is where something ends."""
    return re.compile(rf"(?i:\b{alternation(date_words().until_words)}\s+(?:on\s+)?)$")
