"""Find the date phrases in a sentence and resolve each to a ``DateSpan``.

``find_dates`` works in three steps:

1. every rule (a regex and a resolver) proposes the phrases it recognises; a rule
   whose clues are missing (a digit, a month's name) is not even run;
2. the longest proposals win, so "Monday, September 1" is one mention, not two;
3. the winners are resolved left to right, because a phrase can lean on the one
   before it ("Sept. 3 ... the following day", "on Thursday that Choe would stay
   from Saturday").

The phrases are in ``date_patterns``, what each means in ``date_resolvers``, which
day a weekday names in ``weekdays``, and how long "a three-day visit starting
Thursday" lasts in ``durations``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from generator.date_patterns import rule_patterns
from generator.date_resolvers import RESOLVERS, DateContext, Resolver
from generator.date_words import alternation, date_words, may_hold_date
from generator.durations import with_duration
from generator.model import DateMention, DateSpan
from generator.required_text import any_of
from generator.year_shifts import in_another_year


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
    # For a clue of plain words with case (``(?:September|Sept|septembre)``): those of them
    # an ASCII sentence can hold, looked for from their rarest letters (``any_of``). The
    # clue's own regex starts at every capital and at the lowercase letters of the
    # French and Russian names alike.
    ascii_words: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _ClueTable:
    """The clues by number, as each kind of sentence looks for them, and each rule with the
    numbers of its clues: sets of small numbers are compared without calling the clues'
    own hash."""

    patterns: tuple[tuple[int, re.Pattern[str]], ...]  # in any sentence
    ascii_words: tuple[tuple[int, tuple[str, ...]], ...]  # in a lowercased ASCII sentence
    ascii_patterns: tuple[tuple[int, re.Pattern[str]], ...]  # the other clues of ASCII ones
    rules: tuple[tuple[_Rule, frozenset[int]], ...]


@dataclass(slots=True)  # made for every match of every rule, as DateContext above
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
    context = DateContext(sentence, reference, anchor or reference, month=month)
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
        mention = _on_the_eve(sentence, mention, low)
        if mention.future and mention.span.start <= reference:  # a trip begun is no plan
            mention = replace(mention, future=False)
        mentions.append(mention)
        context = _after(context, mention, read.span)
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
            (n, clue.ascii_words or clue.pattern)
            for n, clue in clues
            if not clue.words and not clue.outside_ascii
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


def _on_the_eve(sentence: str, mention: DateMention, low: int) -> DateMention:
    """ "On the eve of Oct. 1", "on the eve of the anniversary on Oct. 1": the day before."""
    if mention.span.precision != "day" or mention.vague:
        return mention
    if _eve_before().search(sentence, low, mention.start_char) is None:
        return mention
    day = mention.span.start - dt.timedelta(days=1)
    return replace(mention, span=DateSpan(day, day, "day"))


@cache
def _eve_before() -> re.Pattern[str]:
    """ "the eve of ", "the eve of the 76th anniversary on ", right before a date."""
    eve = alternation(date_words().eve_words)
    return re.compile(rf"(?i:\b{eve}\s+(?:[^,;.]{{0,80}}?\s(?:on|of)\s+)?)$")


def _after(context: DateContext, mention: DateMention, named: DateSpan) -> DateContext:
    """The context the next phrase of the sentence leans on (made directly: ``replace``
    is slow, and this is done for every date read). ``named``: the phrase's own span, before
    a duration stretched it ("Oct 9 for a three-day visit" names Oct 9, the day to count
    "the same day" from)."""
    span = mention.span
    sentence, reference = context.sentence, context.reference
    if mention.vague or span.precision == "month":
        month_only = span.precision == "month"
        return DateContext(
            sentence, reference, context.anchor, context.last, span.start, month_only
        )
    day = named if named.precision == "day" and named.start == span.start else span
    anchor = day.start if day.precision == "day" else context.anchor
    # "would" counts from the last date; from a stay's first day, as the weekday that
    # follows usually falls within it ("would stay from Oct. 26 to 28 and hold talks on
    # Monday" is the 27th).
    last = span.start if span.precision == "range" else span.end
    return DateContext(sentence, reference, anchor, last, span.start)


@cache
def _rules() -> tuple[_Rule, ...]:
    return tuple(
        _Rule(
            rule.name,
            re.compile(rule.pattern),
            RESOLVERS[rule.kind],
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
    words = tuple((blind[1] or blind[2]).split("|")) if blind else ()
    outside_ascii = _NOT_ASCII_WORDS.fullmatch(pattern) is not None
    return _Clue(re.compile(pattern), words, outside_ascii, _ascii_words(pattern))


# ``(?i:day|week)``, or as ``alternation`` writes the words: ``(?i:(?:earlier|later))``.
_CASE_BLIND_WORDS = re.compile(r"\(\?i:(?:([a-z]+(?:\|[a-z]+)*)|\(\?:([a-z]+(?:\|[a-z]+)*)\))\)")
_PLAIN_WORD = r"[^\\.^$*+?{}\[\]|()\s]+"  # no regex syntax, no space
_PLAIN_WORDS = re.compile(rf"\(\?:({_PLAIN_WORD}(?:\|{_PLAIN_WORD})*)\)")


def _ascii_words(pattern: str) -> re.Pattern[str] | None:
    """For ``(?:Monday|lundi|понедельник)``, words matched with case: whether an ASCII
    sentence holds one, which only its ASCII words can be (one search from their rarest
    letters); None for any other clue, and when the clue has no ASCII word."""
    plain = _PLAIN_WORDS.fullmatch(pattern)
    if plain is None:
        return None
    return any_of(word for word in plain[1].split("|") if word.isascii())


# Words of other scripts (spaces between them as ``\s+``), in a group of alternatives or
# alone, or a set of such characters: every match holds a character outside ASCII, which
# (case counting) only that character matches.
_NOT_ASCII_WORD = r"[^\x00-\x7f]+(?:\\s\+[^\x00-\x7f]+)*"
_NOT_ASCII_WORDS = re.compile(
    rf"\(\?:{_NOT_ASCII_WORD}(?:\|{_NOT_ASCII_WORD})*\)|{_NOT_ASCII_WORD}|\[[^\x00-\x7f]+\]"
)
