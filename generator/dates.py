"""Find the date phrases in a sentence and resolve each to a ``DateSpan``.

``find_dates`` works in three steps:

1. every rule (a regex and a resolver) proposes the phrases it recognises; a rule
   whose clues are missing (a digit, a month's name) is not even run;
2. the longest proposals win, so "Monday, September 1" is one mention, not two;
3. the winners are resolved left to right, because a phrase can lean on the one
   before it ("Sept. 3 ... the following day", "on Thursday that Choe would stay
   from Saturday").

The phrases are in ``date_patterns``, which day a weekday names in ``weekdays``, and
how long "a three-day visit starting Thursday" lasts in ``durations``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache

from generator.date_patterns import rule_patterns
from generator.date_words import (
    date_words,
    may_hold_date,
    month_end,
    nearest_year,
    number_value,
    safe_date,
    shift_month,
    week_of,
)
from generator.durations import with_duration
from generator.model import DateMention, DateSpan, Precision
from generator.weekdays import weekday_span
from generator.year_shifts import in_another_year

ONE_DAY = dt.timedelta(days=1)


# ``_Context`` and ``_Reading`` are made for every date read and never changed after:
# slotted rather than frozen, as a frozen dataclass is slower to make.
@dataclass(slots=True)
class _Context:
    """What a resolver may lean on: the sentence and the dates read so far."""

    sentence: str
    reference: dt.date
    anchor: dt.date  # the last explicit day: "the following day" counts from it
    last: dt.date | None = None  # the last date read in this sentence: "would" counts from it
    month: dt.date | None = None  # the last month spoken of: "later in the month" is in it


@dataclass(slots=True)
class _Reading:
    span: DateSpan
    vague: bool = False
    future: bool = False


Resolver = Callable[[re.Match[str], _Context], "_Reading | None"]


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    clues: frozenset[_Clue]  # all must be found for the pattern to have a chance
    starts: re.Pattern[str] | None = None  # where a match may start, in lowercased ASCII

    def finditer(self, sentence: str, lowered: str | None) -> Iterable[re.Match[str]]:
        """``pattern.finditer(sentence)``; in an ASCII sentence (``lowered`` is it in
        lowercase) the pattern is tried only where ``starts`` finds a match may start."""
        if self.starts is None or lowered is None:
            return self.pattern.finditer(sentence)
        found = []
        position = 0
        while (start := self.starts.search(lowered, position)) is not None:
            match = self.pattern.match(sentence, start.start())
            if match is None:
                position = start.start() + 1
            elif match.end() == match.start():  # finditer tries again there: do as it does
                return self.pattern.finditer(sentence)
            else:
                found.append(match)
                position = match.end()
        return found


@dataclass(frozen=True)
class _Clue:
    """A clue's regex; for one of case-blind words (``(?i:day|week)``) also the words, which
    are looked for in a lowercased ASCII sentence: the same answer, many times faster. A
    clue of Chinese or Korean words only (``月``, ``[日号일]``) is never in an ASCII one."""

    pattern: re.Pattern[str]
    words: tuple[str, ...]
    outside_ascii: bool = False


@dataclass(frozen=True)
class _ClueTable:
    """The clues by number, as each kind of sentence looks for them, and each rule with the
    numbers of its clues: sets of small numbers are compared without calling the clues'
    own hash."""

    patterns: tuple[tuple[int, re.Pattern[str]], ...]  # in any sentence
    ascii_words: tuple[tuple[int, tuple[str, ...]], ...]  # in a lowercased ASCII sentence
    ascii_patterns: tuple[tuple[int, re.Pattern[str]], ...]  # the other clues of ASCII ones
    rules: tuple[tuple[_Rule, frozenset[int]], ...]


@dataclass(slots=True)  # made for every match of every rule, as _Context above
class _Proposal:
    start: int
    end: int
    rule: _Rule
    match: re.Match[str]


def find_dates(
    sentence: str,
    reference: dt.date,
    anchor: dt.date | None = None,
    month: dt.date | None = None,
) -> list[DateMention]:
    """The date phrases of ``sentence`` in order, each resolved against the reference;
    "the following day" counts from ``anchor``, "later in the month" is ``month``'s."""
    if not may_hold_date(sentence):
        return []  # most sentences hold no date: skip the rules
    chosen = _longest_first(_proposals(sentence))
    if not chosen:
        return []  # nor do most of the rest
    context = _Context(sentence, reference, anchor or reference, month=month)
    mentions: list[DateMention] = []
    for index, proposal in enumerate(chosen):
        reading = proposal.rule.resolve(proposal.match, context)
        if reading is None:
            continue
        low = mentions[-1].end_char if mentions else 0
        high = chosen[index + 1].start if index + 1 < len(chosen) else len(sentence)
        read = DateMention(
            proposal.match[0],
            proposal.start,
            proposal.end,
            reading.span,
            reading.vague,
            reading.future,
        )
        mention = with_duration(sentence, proposal.start, proposal.end, read, low, high)
        mention = in_another_year(sentence, mention, proposal.rule.name, reference)
        if mention.future and mention.span.start <= reference:  # a trip begun is no plan
            mention = replace(mention, future=False)
        mentions.append(mention)
        context = _after(context, mention)
    return mentions


def resolve_phrase(phrase: str, reference: dt.date) -> DateSpan | None:
    """The span of the first date in ``phrase``, or None when it holds no date."""
    mentions = find_dates(phrase, reference)
    return mentions[0].span if mentions else None


def _proposals(sentence: str) -> list[_Proposal]:
    lowered = sentence.lower() if sentence.isascii() else None
    return [
        _Proposal(match.start(), match.end(), rule, match)
        for rule in _rules_with_clues_in(sentence, lowered)
        for match in rule.finditer(sentence, lowered)
        if match.end() > match.start()
    ]


def _rules_with_clues_in(sentence: str, lowered: str | None = None) -> list[_Rule]:
    """The rules worth running: a sentence with no digit needs no day-number rule.
    ``lowered``: the sentence lowercased, when it is ASCII."""
    table = _clue_table()
    if sentence.isascii():
        lowered = sentence.lower() if lowered is None else lowered
        found = {n for n, words in table.ascii_words if any(map(lowered.__contains__, words))}
        found.update(n for n, pattern in table.ascii_patterns if pattern.search(sentence))
    else:
        found = {n for n, pattern in table.patterns if pattern.search(sentence)}
    return [rule for rule, needed in table.rules if needed <= found]


@cache
def _clue_table() -> _ClueTable:
    clues = list(enumerate(_all_clues()))
    number = {clue: n for n, clue in clues}
    return _ClueTable(
        patterns=tuple((n, clue.pattern) for n, clue in clues),
        ascii_words=tuple((n, clue.words) for n, clue in clues if clue.words),
        ascii_patterns=tuple(
            (n, clue.pattern) for n, clue in clues if not clue.words and not clue.outside_ascii
        ),
        rules=tuple((rule, frozenset(number[c] for c in rule.clues)) for rule in _rules()),
    )


def _longest_first(proposals: list[_Proposal]) -> list[_Proposal]:
    """Non-overlapping proposals, longer ones first, then returned in reading order."""
    taken: list[_Proposal] = []
    for proposal in sorted(proposals, key=lambda p: (p.start - p.end, p.start)):
        if all(proposal.end <= other.start or other.end <= proposal.start for other in taken):
            taken.append(proposal)
    return sorted(taken, key=lambda p: p.start)


def _after(context: _Context, mention: DateMention) -> _Context:
    """The context the next phrase of the sentence leans on (made directly: ``replace``
    is slow, and this is done for every date read)."""
    span = mention.span
    sentence, reference = context.sentence, context.reference
    if mention.vague or span.precision == "month":
        return _Context(sentence, reference, context.anchor, context.last, span.start)
    anchor = span.start if span.precision == "day" else context.anchor
    return _Context(sentence, reference, anchor, span.end, span.start)


def _resolve_weekday(match: re.Match[str], context: _Context) -> _Reading:
    span, future = weekday_span(match, context.reference, context.last)
    return _Reading(span, future=future)


# --- absolute dates -------------------------------------------------------------------


def _resolve_absolute(match: re.Match[str], context: _Context) -> _Reading | None:
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
    return _Reading(DateSpan(start, end, precision), future=start > context.reference)


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


def _resolve_ordinal(match: re.Match[str], context: _Context) -> _Reading | None:
    reference = context.reference
    year, month = reference.year, reference.month
    # "the 29th" is past: last month's when not yet here. The day after the reference is
    # this month's: a report of the next morning in an article written the evening before
    # (or updated since), or a plan for tomorrow, not a day a month back.
    if int(match["d"]) > reference.day + 1:
        year, month = shift_month(year, month, -1)
    day = safe_date(year, month, int(match["d"]))
    return None if day is None else _Reading(DateSpan(day, day, "day"))


# --- months ---------------------------------------------------------------------------


def _resolve_month(match: re.Match[str], context: _Context) -> _Reading | None:
    name, year = match["m"], match["y"]
    words = date_words()
    if name in words.ambiguous_months and year is None and not _month_word_before(match):
        return None  # "No matter how the situation may change", "March on"
    month = words.month_number(name)
    first = _month_start(month, year, context.reference)
    part = (match.groupdict().get("part") or "").lower()
    start, end = _month_part(first, part)
    return _Reading(DateSpan(start, end, "month"), vague=bool(part))


def _month_word_before(match: re.Match[str]) -> bool:
    before = match.string[: match.start()].split()
    return bool(before) and before[-1].lower() in ("in", "during", "of", "by", "until", "since")


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


def _resolve_reference_day(match: re.Match[str], context: _Context) -> _Reading | None:
    text = match[0]
    before = match.string[: match.start()].split()
    if text[0].isupper() and before and before[-1][:1].isupper():  # "USA Today", "China Today"
        return None
    offset = date_words().reference_offset(text)
    day = context.reference + dt.timedelta(days=offset)
    return _Reading(DateSpan(day, day, "day"), future=offset > 0)


def _resolve_anchor_day(match: re.Match[str], context: _Context) -> _Reading:
    offset = date_words().anchor_offset(match[0])
    day = context.anchor + dt.timedelta(days=offset)
    return _Reading(DateSpan(day, day, "day"))


def _resolve_count(match: re.Match[str], context: _Context) -> _Reading:
    """ "two days later", "three weeks afterwards", "a week earlier", "five days ago"."""
    sign, from_reference = date_words().count_direction(match["dir"])
    base = context.reference if from_reference else context.anchor
    count = number_value(match["n"])
    future = from_reference and sign > 0  # "two days from now"
    if match["unit"].lower().startswith("day"):
        day = base + dt.timedelta(days=sign * count)
        return _Reading(DateSpan(day, day, "day"), future=future)
    middle = base + dt.timedelta(weeks=sign * count)
    span = DateSpan(middle - 3 * ONE_DAY, middle + 3 * ONE_DAY, "range")
    return _Reading(span, vague=True, future=future)


def _resolve_this_that(match: re.Match[str], context: _Context) -> _Reading:
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
    return _Reading(DateSpan(start, end, precision), vague=True, future=start > reference)


def _resolve_weekend(match: re.Match[str], context: _Context) -> _Reading:
    """ "over the weekend" (the last one), "this weekend", "next weekend"."""
    which = date_words().weekends[" ".join(match[0].lower().split())]
    reference = context.reference
    saturday = reference - dt.timedelta(days=(reference.weekday() - 5) % 7)
    if which != "past" and reference.weekday() < 5:
        saturday += dt.timedelta(days=7)  # on a weekday, "this weekend" is the coming one
    if which == "next":
        saturday += dt.timedelta(days=7)
    span = DateSpan(saturday, saturday + ONE_DAY, "range")
    return _Reading(span, future=saturday > reference)


def _resolve_month_anchor(match: re.Match[str], context: _Context) -> _Reading:
    """ "later in the month", "at the end of that month": the month last spoken of."""
    base = context.month or context.anchor
    part = date_words().month_anchor[" ".join(match[0].lower().split())]
    start, end = _month_part(base.replace(day=1), part)
    return _Reading(DateSpan(start, end, "month"), vague=True, future=start > context.reference)


def _this_part(
    first_word: str, start: dt.date, end: dt.date, reference: dt.date
) -> tuple[dt.date, dt.date]:
    if first_word == "earlier":
        return start, reference
    if first_word == "later":
        return reference, end
    return start, end


# --- the rules ------------------------------------------------------------------------


@cache
def _rules() -> tuple[_Rule, ...]:
    resolvers: dict[str, Resolver] = {
        "absolute": _resolve_absolute,
        "ordinal": _resolve_ordinal,
        "month": _resolve_month,
        "weekday": _resolve_weekday,
        "reference_day": _resolve_reference_day,
        "anchor_day": _resolve_anchor_day,
        "count": _resolve_count,
        "this_that": _resolve_this_that,
        "month_anchor": _resolve_month_anchor,
        "weekend": _resolve_weekend,
    }
    return tuple(
        _Rule(
            rule.name,
            re.compile(rule.pattern),
            resolvers[rule.kind],
            frozenset(_clue(clue) for clue in rule.clues),
            re.compile(rule.starts) if rule.starts is not None else None,
        )
        for rule in rule_patterns()
    )


@cache
def _all_clues() -> frozenset[_Clue]:
    return frozenset(clue for rule in _rules() for clue in rule.clues)


def _clue(pattern: str) -> _Clue:
    blind = _CASE_BLIND_WORDS.fullmatch(pattern)
    words = tuple(blind[1].split("|")) if blind else ()
    return _Clue(re.compile(pattern), words, _NOT_ASCII_WORDS.fullmatch(pattern) is not None)


_CASE_BLIND_WORDS = re.compile(r"\(\?i:([a-z]+(?:\|[a-z]+)*)\)")
# Words of other scripts (spaces between them as ``\s+``), in a group of alternatives or
# alone, or a set of such characters: every match holds a character outside ASCII, which
# (case counting) only that character matches.
_NOT_ASCII_WORD = r"[^\x00-\x7f]+(?:\\s\+[^\x00-\x7f]+)*"
_NOT_ASCII_WORDS = re.compile(
    rf"\(\?:{_NOT_ASCII_WORD}(?:\|{_NOT_ASCII_WORD})*\)|{_NOT_ASCII_WORD}|\[[^\x00-\x7f]+\]"
)
