"""The patterns of every kind of date phrase, built from the words of ``data/dates.toml``.

Each ``RulePattern`` is a regex and the resolver that reads it (see ``dates.py``), with
clues a sentence must hold for the regex to have any chance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from generator.date_words import COUNT_UNITS, alternation, date_words

_CLAUSE_END = r"(?=\s*(?:[,.;:!?)\"”—–]|$))"
_DAY_END = r"(?:st|nd|rd|th)?(?!\d|[.:,]\d)"
_RANGE = r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till|по)\s+)"  # "с 26 по 28 октября"
# "Oct. 31 and Nov. 1" is one span, two days in a row; "May 16 and June 2" two days, each
# read on its own: across a month, "and" joins only the next month's first day.
_CROSS_RANGE = (
    r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till)\s+"
    r"|\s+and\s+(?=[^\W\d_]+\.?\s*1(?:st)?(?!\d)))"
)
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
_CJK_RANGE = r"(?:\s*(?:至|到|~|～|-|–|—|부터)\s*)"


def _day(name: str) -> str:
    return rf"(?P<{name}>3[01]|[12]\d|0?[1-9]){_DAY_END}"


def _month(name: str) -> str:
    words = date_words()
    return rf"\b(?P<{name}>{alternation([*words.months, *words.month_abbreviations])})\b\.?"


@dataclass(frozen=True)
class RulePattern:
    """One kind of date phrase: its regex, and clues that must all be in a sentence for
    the regex to have any chance (a cheap search that lets most sentences skip it).

    ``starts`` finds, in the lowercased sentence (ASCII only), every place where a match
    of the regex can start (and perhaps other places): the regex, which mostly starts
    with a word boundary or ignores case, is then tried there only, not at every
    position."""

    name: str
    kind: str  # which resolver reads it
    pattern: str
    clues: tuple[str, ...] = ()
    starts: str | None = None


def _next_day(weekdays: dict[str, int]) -> str:
    """A weekday right after the one before "and": "Friday and Saturday" are two days of
    one span; "Monday and Wednesday" two days apart (a lookbehind per pair)."""
    pairs = [
        rf"(?<={first} and ){second}"
        for first, one in weekdays.items()
        for second, other in weekdays.items()
        if other == (one + 1) % 7
    ]
    return "|".join(pairs)


def rule_patterns() -> tuple[RulePattern, ...]:
    """Every kind of date phrase we read."""
    words = date_words()
    weekday = alternation(list(words.weekdays))
    full_month = alternation(list(words.months))
    number = rf"(?:\d{{1,2}}|(?i:{alternation(list(words.numbers))}))"
    month_day = rf"{_month('m')}\s*{_day('d')}"
    year_after = rf"(?:,?\s+{_YEAR})?"
    blockers = alternation(words.ordinal_blockers)
    # Clues: a day number needs a digit, a month or weekday its (case-sensitive) name.
    digit, month = r"\d", alternation([*words.months, *words.month_abbreviations])
    day_and_month = (digit, month)
    anchor_word = _shared_word(list(words.anchor_days))
    counted = alternation([*words.count_from_anchor, *words.count_from_reference])
    counted_at_end = alternation(list(words.count_at_clause_end))
    return (
        RulePattern(
            "iso",
            "absolute",
            rf"\b(?P<y>\d{{4}})([-/.])(?P<mn>[01]\d)\2{_day('d')}(?![-/]\d)",
            (digit,),
            r"[0-9]{4}[-/.]",
        ),
        RulePattern(
            "dd-mon-yyyy",
            "absolute",
            rf"\b{_day('d')}-{_month('m')}-(?P<y>\d{{4}})\b",
            day_and_month,
        ),
        RulePattern(
            "month-day",
            "absolute",
            rf"(?:\((?P<y0>\d{{4}})\)\s*)?(?:\b{weekday},?\s+)?{month_day}{year_after}"
            rf"(?:,\s+{weekday}\b)?",
            day_and_month,
        ),
        RulePattern(
            "day-month",
            "absolute",
            rf"(?:\b{weekday},?\s+)?(?<![\w.,:/-]){_day('d')}\s+(?:of\s+)?{_month('m')}"
            rf"{year_after}",
            day_and_month,
        ),
        RulePattern(
            "month-days",
            "absolute",
            rf"(?:\bfrom\s+)?{month_day}{_RANGE}{_day('d2')}{year_after}",
            day_and_month,
        ),
        RulePattern(
            "between-days",
            "absolute",
            rf"\bbetween\s+{month_day}\s+and\s+{_day('d2')}{year_after}",
            day_and_month,
        ),
        RulePattern(
            "month-day-month-day",
            "absolute",
            rf"(?:\b(?:from|between)\s+)?{month_day}{_CROSS_RANGE}{_month('m2')}\s*{_day('d2')}"
            rf"{year_after}",
            day_and_month,
        ),
        RulePattern(
            "days-month",
            "absolute",
            rf"(?<![\w.,:/-]){_day('d')}{_RANGE}{_day('d2')}\s+{_month('m')}{year_after}",
            day_and_month,
        ),
        RulePattern(
            "korean",
            "absolute",
            r"(?:(?P<y>\d{4})년\s*)?(?P<mn>1[0-2]|0?[1-9])월\s*(?P<d>3[01]|[12]\d|0?[1-9])일"
            r"(?:\s*(?:~|～|-|–|부터)\s*(?:(?P<mn2>1[0-2]|0?[1-9])월\s*)?"
            r"(?P<d2>3[01]|[12]\d|0?[1-9])일(?:까지)?)?",
            ("월",),
        ),
        RulePattern(
            "chinese",
            "absolute",
            r"(?:(?P<y>\d{4})年)?(?P<mn>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])[日号]"
            rf"(?:{_CJK_RANGE}(?:(?P<mn2>1[0-2]|0?[1-9])月)?(?P<d2>3[01]|[12]\d|0?[1-9])[日号])?",
            ("月",),
        ),
        RulePattern(
            "cjk-month",  # "9月", "2019年6月", "9월": a month named alone, no day after it
            "cjk_month",
            r"(?:(?P<y>\d{4})[年년]\s*)?(?<!\d)(?P<mn>1[0-2]|0?[1-9])[月월](?!\s*\d|요일)",
            (r"[月월]",),
        ),
        RulePattern(
            "named-day",  # "China's National Day", "国庆节": a day of each year
            "named_day",
            alternation(list(words.named_days)),
            (alternation(list(words.named_days)),),
        ),
        RulePattern(
            "cjk-this-that-month",  # "本月初", "上个月", "지난달 말": from the article's month
            "cjk_this_that",
            rf"(?P<rel>{alternation(list(words.cjk_months))})"
            rf"(?:\s*(?P<part>{alternation(list(words.cjk_month_parts))}))?(?!\s*\d)",
            (alternation(list(words.cjk_months)),),
        ),
        RulePattern(
            "cjk-day",  # "9日", "9일": a day of this month (or the last, when still to come)
            "ordinal",
            r"(?<![月월\d])(?P<d>3[01]|[12]\d|0?[1-9])(?:[日号]|\s?일)(?!\d)",
            (r"[日号일]",),
        ),
        RulePattern(
            "cjk-reference-day",
            "reference_day",
            alternation(list(words.cjk_reference_days)),
            (alternation(list(words.cjk_reference_days)),),
        ),
        RulePattern(
            "cjk-anchor-day",
            "anchor_day",
            alternation(list(words.cjk_anchor_days)),
            (alternation(list(words.cjk_anchor_days)),),
        ),
        RulePattern(
            "the-ordinal",
            "ordinal",
            rf"\bthe\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
            rf"(?!\s+(?:of\b|[A-Z0-9]|(?i:{blockers})\b))",
            (digit,),
            r"the\s",
        ),
        RulePattern(
            "month",
            "month",
            rf"(?:\b(?P<part>(?i:early|mid|late))(?:-|\s+))?\b(?P<m>{full_month})\b"
            rf"(?:,?\s+{_YEAR})?(?!\s*\d)",
            (month,),
            _starts(["early", "mid", "late", *words.months]),
        ),
        RulePattern(
            "weekday",
            "weekday",
            rf"(?:\bfrom\s+(?={weekday}{_RANGE}{weekday}))?"
            rf"\b(?P<wd>{weekday})\b(?:{_RANGE}(?P<wd2>{weekday})\b"
            rf"|\s+and\s+(?P<wd3>{_next_day(words.weekdays)})\b)?"
            r"(?:\s+(?:morning|afternoon|evening|night))?",
            (weekday,),
            _starts(["from", *words.weekdays]),
        ),
        RulePattern(
            "reference-day",
            "reference_day",
            rf"\b(?i:{alternation(list(words.reference_days))})\b",
            (_first_words(list(words.reference_days)),),
            _starts(words.reference_days),
        ),
        RulePattern(
            "anchor-day",
            "anchor_day",
            rf"\b(?i:{alternation(list(words.anchor_days))})\b",
            (rf"(?i:{anchor_word})",) if anchor_word else (),
            _starts(words.anchor_days),
        ),
        RulePattern(  # "Earlier, Trump and Anwar witnessed the signing …"
            "opening-anchor-day",
            "anchor_day",
            rf"^(?i:{alternation(list(words.opening_anchor_days))})(?=,)",
            (rf"(?i:{alternation(list(words.opening_anchor_days))})",),
            _starts(words.opening_anchor_days),
        ),
        RulePattern(
            "count",
            "count",
            rf"\b(?P<n>{number})\s+(?P<unit>(?i:{alternation(COUNT_UNITS)}))\s+"
            rf"(?P<dir>(?i:{counted})\b|(?i:{counted_at_end})\b{_CLAUSE_END})",
            (r"(?i:day|week)",),
            _counted_starts(list(words.numbers)),
        ),
        RulePattern(
            "weekend",
            "weekend",
            rf"\b(?i:{alternation(list(words.weekends))})\b",
            (r"(?i:weekend)",),
            _starts(words.weekends),
        ),
        RulePattern(
            "month-anchor",
            "month_anchor",
            rf"\b(?i:{alternation(list(words.month_anchor))})\b",
            (r"(?i:month)",),
            _starts(words.month_anchor),
        ),
        RulePattern(
            "this-that",
            "this_that",
            r"\b(?i:(?:earlier|later)\s+in\s+the\s+week"  # "Earlier in the week, Trump was …"
            r"|(?:(?:earlier|later)\s+this|(?:(?:early|mid|late)(?:-|\s+))?(?:this|last|next))"
            r"\s+(?:month|week))\b",
            (r"(?i:month|week)",),
            _starts(["earlier", "later", "early", "mid", "late", "this", "last", "next"]),
        ),
    )


def _starts(phrases: Iterable[str]) -> str:
    """Any of the phrases, lowercased, spaces as any whitespace, as alternatives that each
    start with a plain letter: the engine skips ahead to where one of those letters is.
    Phrases sharing a first word are written after it once ("the\\s+(?:next\\s+day|…)"):
    where a letter is, the few first words are tried, not every phrase. (Where a match
    starts does not depend on the order of alternatives, so that finds the same places.)"""
    grouped: dict[str, list[str]] = {}
    for phrase in (phrase.lower().split() for phrase in phrases):
        if phrase:
            grouped.setdefault(phrase[0], []).append(r"\s+".join(map(re.escape, phrase[1:])))
    return "|".join(_after_word(re.escape(first), rests) for first, rests in grouped.items())


def _after_word(first: str, rests: list[str]) -> str:
    """``first`` then any of ``rests`` (each after whitespace; "" is none at all)."""
    words = [rest for rest in rests if rest]
    if not words:
        return first
    optional = "?" if len(words) < len(rests) else ""
    return rf"{first}(?:\s+(?:{'|'.join(words)})){optional}"


def _lowercase(phrases: Iterable[str]) -> list[str]:
    words = (phrase.lower().split() for phrase in phrases)
    return [r"\s+".join(map(re.escape, phrase)) for phrase in words if phrase]


def _counted_starts(numbers: list[str]) -> str:
    """Where "two days later", "3 weeks ago" can start: a count of one or two digits (each
    digit written out, as in ``_starts``) or a number word, then a unit of ``COUNT_UNITS``."""
    unit = rf"\s+(?:{_starts(COUNT_UNITS)})"
    counts = [*(rf"{digit}[0-9]?" for digit in "0123456789"), *_lowercase(numbers)]
    return "|".join(count + unit for count in counts)


def _first_words(phrases: list[str]) -> str:
    """Any phrase's first word ("today", "this" of "this morning"), ignoring case."""
    firsts = sorted({word for phrase in phrases for word in phrase.split()[:1]})
    return "(?i:" + "|".join(re.escape(word) for word in firsts) + ")"


def _shared_word(phrases: list[str]) -> str | None:
    """A word every phrase holds ("day" of "the next day", "a day later"), if there is one."""
    words = [set(phrase.lower().split()) for phrase in phrases]
    common = set.intersection(*words) if words else set()
    return re.escape(min(common)) if common else None
