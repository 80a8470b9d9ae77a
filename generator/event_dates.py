"""Dates told by another event: "a day before the meeting", "on the eve of the parade".

Such a phrase counts from the day the article gave an event of the kind it names (the
last such day read so far); when the article gave none, it names no day, and the
sentence is no report of the article's own day either. The words are
``[event_relative]`` in dates.toml, the kinds of event those of ``event_types``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from generator.clauses import (
    any_word,
    find_trigger,
    reported_on,
    trigger_patterns,
    words_pattern,
)
from generator.date_words import alternation, date_words, number_value
from generator.dates import find_dates
from generator.knowledge import Knowledge
from generator.model import DateMention, DateSpan, Mention

KnownDays = dict[str, DateSpan]  # the last day the article gave an event of each kind


def known_days(mentions: list[Mention]) -> KnownDays:
    """The days of the last firm mention of each kind of event, in reading order; those
    one sentence gives an event ("arrived on Saturday for a visit to end on Tuesday") are
    joined into its stretch."""
    days: KnownDays = {}
    told_by: dict[str, tuple[str, ...]] = {}
    for mention in mentions:
        if mention.vague or mention.supporting or mention.span.precision == "month":
            continue
        span = mention.span
        if told_by.get(mention.type) == mention.evidence:
            span = _joined(days[mention.type], span)
        days[mention.type] = span
        told_by[mention.type] = mention.evidence
    return days


def _joined(one: DateSpan, other: DateSpan) -> DateSpan:
    start, end = min(one.start, other.start), max(one.end, other.end)
    return DateSpan(start, end, "day" if start == end else "range")


@lru_cache(maxsize=16)  # asked several times about each sentence
def relative_phrases(sentence: str) -> tuple[re.Match[str], ...]:
    """Every "a day before the …" of the sentence, resolved or not."""
    lowered = sentence.lower()
    if "day" not in lowered and "eve" not in lowered:
        return ()  # most sentences: skip the slower search
    if sentence.isascii() and _hint().search(lowered) is None:
        return ()  # nor do most of the rest ("Monday", "every"): see ``_hint``
    return tuple(_pattern().finditer(sentence))


def event_dates(
    sentence: str, known: KnownDays, knowledge: Knowledge, language: str
) -> list[DateMention]:
    """The dates of the sentence's "a day before the meeting" phrases that can be read."""
    found = []
    for match in relative_phrases(sentence):
        what = match["what"]
        trigger = find_trigger(what, 0, len(what), knowledge, language)
        if trigger is None or trigger.type not in known:
            continue
        offset = _offset(match)
        base = _counted_from(known[trigger.type], offset, what, knowledge)
        day = base + dt.timedelta(days=offset)
        span = DateSpan(day, day, "day")
        found.append(DateMention(match[0], match.start(), match.end(), span))
    return found


def _counted_from(span: DateSpan, offset: int, what: str, knowledge: Knowledge) -> dt.date:
    """The day of a stretch "a day after …" counts from: its first when the words name its
    start ("after she arrived", ``visit_starts``) or the phrase looks back ("the day before
    the visit"), else its last ("a day after the visit")."""
    if span.precision == "day" or offset <= 0:
        return span.start
    starts = tuple(knowledge.words.get("cues", {}).get("visit_starts", ()))
    return span.start if starts and any_word(starts).search(what) else span.end


def _offset(match: re.Match[str]) -> int:
    words = date_words()
    if match["eve"] is not None:
        return words.event_relative["eve"]
    sign = words.event_relative[" ".join(match["rel"].lower().split())]
    count = 1 if match["n"] is None else number_value(match["n"])
    return sign * count


@cache
def _pattern() -> re.Pattern[str]:
    number, relations, eve = _relation_words()
    what = rf"(?P<what>{_OWNERS}\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)"
    return re.compile(
        rf"(?i:\b(?:(?:(?P<n>{number})|the)\s+days?\s+(?P<rel>{alternation(relations)})"
        rf"|(?P<eve>{eve}))\s+){what}(?=[\s,.;:]|$)"
    )


def _relation_words() -> tuple[str, list[str], str]:
    """The parts of "two days after", "the day before", "the eve of" both patterns share:
    a count, the relations, the eve words."""
    words = date_words()
    number = rf"(?:\d{{1,2}}|{alternation(list(words.numbers))})"
    relations = [r for r in words.event_relative if r != "eve"]
    return number, relations, alternation(words.eve_words)


@cache
def _hint() -> re.Pattern[str]:
    """What a lowercased ASCII sentence holds wherever ``_pattern`` matches: "days after",
    "the eve of", then "the" (or "his"…). No more, and case-sensitive: so the engine
    skips ahead to where one of its first letters is, where the case-blind pattern is
    tried at every position."""
    words = date_words()
    relations = [r.lower() for r in words.event_relative if r != "eve"]
    eve = alternation([word.lower() for word in words.eve_words])
    return re.compile(rf"(?:days?\s+{alternation(relations)}|{eve})\s+{_OWNERS}\s")


# How the event after "a day before" starts: "the meeting", "his arrival", "she arrived".
_OWNERS = "(?:the|that|this|his|her|its|their|he|she|they)"


def dates_of(
    sentence: str,
    reference: dt.date,
    anchor: dt.date,
    mentions: list[Mention],
    knowledge: Knowledge,
    language: str,
    month: dt.date | None = None,
) -> list[DateMention]:
    """The sentence's dates, "a day before the meeting" counted from the meeting's day.
    A sentence with a date of its own sets its own time ("When Kim went to Russia in
    September 2023, … two days after his departure"): its "the meeting" may be another."""
    every = find_dates(sentence, reference, anchor, month)
    every = [d for d in every if not _deadline(sentence, d, knowledge)]
    phrases = relative_phrases(sentence)
    if not phrases or any(not _inside(d, phrases) for d in every):
        return counted_back(sentence, every, knowledge, language)
    told = event_dates(sentence, known_days(mentions), knowledge, language)
    kept = [d for d in every if not any(_overlap(d, t) for t in told)]
    return sorted([*kept, *told], key=lambda d: d.start_char)


def _deadline(sentence: str, date: DateMention, knowledge: Knowledge) -> bool:
    """ "expect Kim to meet Xi again by mid-November": a vague time something is to happen
    by (``deadlines`` in words.toml) is none of its days."""
    if not date.vague and date.span.precision != "month":
        return False
    words = tuple(knowledge.words.get("cues", {}).get("deadlines", ()))
    return bool(words) and _before_deadline(words).search(sentence, 0, date.start_char) is not None


@cache
def _before_deadline(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(words)})\s+(?:the\s+)?$", re.IGNORECASE)


def counted_back(
    sentence: str, dates: list[DateMention], knowledge: Knowledge, language: str
) -> list[DateMention]:
    """ "Xi and Kim held talks on Sept. 4, a day after the two stood together at a parade":
    the event the rest of the clause names was a day before the sentence's own day (the
    last firm day before the phrase). A clause naming no kind of event gives no date."""
    if not dates or ("day" not in sentence and "eve" not in sentence):
        return dates
    for match in _back_pattern().finditer(sentence):
        own = [d for d in dates if d.end_char <= match.start() and _firm_day(d)]
        what = match["what"]
        if not own or find_trigger(what, 0, len(what), knowledge, language) is None:
            continue
        if _only_occasion(what, knowledge, language):
            continue  # "on the eve of the 76th anniversary": a day, not an event
        day = own[-1].span.start - dt.timedelta(days=_offset(match))
        told = DateMention(match["phrase"], match.start(), match.end("phrase"), _day(day))
        dates = [d for d in dates if not _overlap(d, told)] + [told]  # not "the day after"
    return sorted(dates, key=lambda d: d.start_char)


def _only_occasion(text: str, knowledge: Knowledge, language: str) -> bool:
    """Whether every event word of ``text`` is an occasion ("the 76th anniversary of the
    founding of the PRC"): a day, not a happening ("the anniversary celebrations" is one)."""
    suffix = "" if language == "en" else "_cjk"
    occasions = tuple(knowledge.words.get("cues", {}).get("occasions" + suffix, ()))
    table = "event_types" if language == "en" else "event_types_cjk"
    hits = [m[0] for _, p in trigger_patterns(knowledge, table) for m in p.finditer(text)]
    if not hits or not occasions:
        return False
    marked = words_pattern(occasions, language)
    return all(_FILLER.fullmatch(marked.sub(" ", hit)) for hit in hits)


# What an occasion's name holds besides occasion words: "the 76th … of the party's …".
_FILLER = re.compile(r"(?:\s|\b(?:the|of|its|a|an|[\w-]+'s|\d+(?:st|nd|rd|th))\b)*", re.I)


def is_counted_back(sentence: str, date: DateMention) -> bool:
    """Whether ``date`` is the "a day after" of an event counted back (``counted_back``)."""
    match = _back_pattern().match(sentence, date.start_char) if date.text else None
    return match is not None and match.end("phrase") == date.end_char


def _firm_day(date: DateMention) -> bool:
    return not date.vague and date.span.precision == "day"


def _day(day: dt.date) -> DateSpan:
    return DateSpan(day, day, "day")


@cache
def _back_pattern() -> re.Pattern[str]:
    """ "a day after …", "two days before …", "on the eve of …", then the rest of the clause."""
    number, relations, eve = _relation_words()
    return re.compile(
        rf"(?i:\b(?P<phrase>(?:(?P<n>{number})|the)\s+days?\s+(?P<rel>{alternation(relations)})"
        rf"|(?P<eve>{eve})))\s+(?P<what>[^,;]+)"
    )


def _inside(date: DateMention, phrases: tuple[re.Match[str], ...]) -> bool:
    return any(m.start() <= date.start_char and date.end_char <= m.end() for m in phrases)


def _overlap(one: DateMention, other: DateMention) -> bool:
    return one.start_char < other.end_char and other.start_char < one.end_char


def masked(sentence: str, dates: list[DateMention]) -> str:
    """The event "a day before the meeting" counts from is not the clause's event."""
    for match in relative_phrases(sentence) if dates else ():
        if any(d.start_char == match.start() < d.end_char <= match.start("what") for d in dates):
            continue  # "Xi met Kim on Sept. 4, a day after the parade": counted back to it
        start, end = match.span("what")
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


def event_days(
    sentence: str, dates: list[DateMention], mentions: list[Mention] | None = None
) -> list[DateMention]:
    """The firm days a later "that day" may lean on: not that of a report ("…, KCNA said
    Friday") when the sentence gives another, nor one whose every event is only support
    ("the second meeting after their talks on Aug. 25": a past meeting recalled, after
    which "earlier in the day" is still the story's day)."""
    firm = [d for d in dates if not d.vague and d.span.precision != "month"]
    if not firm:
        return []  # most sentences: no day at all
    recalled = {m.span for m in mentions or ()} - {
        m.span for m in mentions or () if not m.supporting
    }
    firm = [d for d in firm if d.span not in recalled]
    return [d for d in firm if not reported_on(sentence, d.start_char, d.end_char)] or firm
