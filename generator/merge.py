"""Merging mentions into events: one event per happening, with every source.

``merge_mentions`` works in three passes:

1. firm mentions (a stated day or range) found events or join one whose dates,
   type, people and places agree;
2. vague mentions ("last month", a date borrowed from the sentence before) join the
   event they clearly refer to;
3. month-level mentions that fit no event found a month-precision event only when
   nothing more precise exists; borrowed dates that fit nothing stay out.

Events are indexed by day, so each mention is compared with the few events near
its dates: the cost grows about linearly with the number of mentions.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol

from generator.model import DateSpan, Mention

SLACK_DAYS = 1  # outlets in different time zones may date the same event a day apart
_PRECISION_ORDER = {"range": 0, "day": 1, "month": 2}


@dataclass(eq=False)  # identity: two clusters are never "equal"
class Cluster:
    """An event being assembled: its mentions and the span, people and places they agree on.

    These are kept up to date as mentions join, not worked out again for each of the
    thousands of mentions that are compared with the cluster."""

    mentions: list[Mention] = field(default_factory=list)
    type: str = ""
    span: DateSpan | None = None
    people: frozenset[str] = frozenset()
    places: set[str] = field(default_factory=set)
    spans: SpanSupport = field(default_factory=lambda: SpanSupport())
    named: PeopleSupport = field(default_factory=lambda: PeopleSupport())
    days: dict[str, set[dt.date]] = field(default_factory=dict)  # each article's stated days

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if is_firm(mention) and mention.span.precision == "day":
            self.days.setdefault(mention.article_id, set()).add(mention.span.start)
        self.type = self.mentions[0].type
        self.spans.add(mention)
        self.span = self.spans.best(is_visit=self.type == "visit")
        self.named.add(mention)
        self.people = self.named.principal()
        self.places.update(mention.places)


@dataclass
class PeopleSupport:
    """How many mentions name each person, firm ones apart: what ``principal`` reads."""

    by_firm: Counter[str] = field(default_factory=Counter)
    firm_mentions: int = 0
    by_any: Counter[str] = field(default_factory=Counter)
    mentions: int = 0

    def add(self, mention: Mention) -> None:
        named = set(mention.actors)
        self.by_any.update(named)
        self.mentions += 1
        if is_firm(mention):
            self.by_firm.update(named)
            self.firm_mentions += 1

    def principal(self) -> frozenset[str]:
        """The people most of the firm mentions name (a stray name in one report is not one),
        or most of all mentions when none is firm."""
        counts, total = (self.by_firm, self.firm_mentions)
        if not total:
            counts, total = (self.by_any, self.mentions)
        return frozenset(a for a, n in counts.items() if n >= total / 2) or frozenset(counts)


@dataclass
class DayIndex:
    """Clusters by type and by the days they cover, to find the few a mention could join.

    Only a mention's own type is looked up, since ``types_agree`` asks for the same
    type: a month-long mention would otherwise meet every event of the month."""

    by_type: dict[str, dict[int, dict[Cluster, None]]] = field(default_factory=dict)

    def add(self, cluster: Cluster) -> None:
        assert cluster.span is not None
        days = self.by_type.setdefault(cluster.type, {})
        for day in _ordinals(cluster.span, slack=0):
            days.setdefault(day, {})[cluster] = None  # a dict: in order, each once

    def near(self, span: DateSpan, kind: str) -> list[Cluster]:
        days = self.by_type.get(kind, {})
        found: dict[Cluster, None] = {}
        for day in _ordinals(span, slack=SLACK_DAYS):
            found.update(days.get(day, {}))
        return list(found)


class MergeMemo(Protocol):
    """Blocks merged by an earlier build (see ``merge_memo``)."""

    def get(self, block: Sequence[Mention]) -> list[list[int]] | None: ...

    def put(self, block: Sequence[Mention], groups: list[list[int]]) -> None: ...


def merge_mentions(
    mentions: Iterable[Mention], memo: MergeMemo | None = None
) -> list[list[Mention]]:
    """Groups of mentions, one group per event, in a deterministic order.

    Mentions that can never meet (of another type, or with days between them that no
    mention bridges) are merged block by block: with a ``memo``, a block an earlier
    build merged is not merged again. The groups come out in the order one pass over
    all mentions would found them."""
    ordered = sorted(mentions, key=_order)
    position = {id(mention): index for index, mention in enumerate(ordered)}
    groups: list[list[Mention]] = []
    for block in _blocks(ordered):
        found = memo.get(block) if memo is not None else None
        if found is None:
            found = _merge_block(block)
            if memo is not None:
                memo.put(block, found)
        groups.extend([block[i] for i in group] for group in found)
    return sorted(groups, key=lambda group: (not is_firm(group[0]), position[id(group[0])]))


def _blocks(ordered: Sequence[Mention]) -> list[list[Mention]]:
    """The mentions split into blocks no comparison crosses, each in ``ordered`` order.

    A mention is compared only with events of its type on the days its span covers,
    a day either side; an event's span is one of its mentions' spans (a month mention's
    month). So mentions of one type whose spans, widened by that day, do not overlap
    (directly or through others) never meet."""
    by_type: dict[str, list[tuple[int, int, int]]] = {}
    for index, mention in enumerate(ordered):
        first, last = _reach(mention.span)
        by_type.setdefault(mention.type, []).append((first, last, index))
    blocks: list[list[Mention]] = []
    for reaches in by_type.values():
        reaches.sort()
        current: list[int] = []
        end = None
        for first, last, index in reaches:
            if end is not None and first > end:
                blocks.append([ordered[i] for i in sorted(current)])
                current = []
            current.append(index)
            end = last if end is None or first > end else max(end, last)
        if current:
            blocks.append([ordered[i] for i in sorted(current)])
    return blocks


def _reach(span: DateSpan) -> tuple[int, int]:
    """The days (as ordinals) a mention with this span may be compared on."""
    start, end = span.start, span.end
    if span.precision == "month":
        month = month_span(span.start)
        start, end = min(start, month.start), max(end, month.end)
    return start.toordinal() - SLACK_DAYS, end.toordinal() + SLACK_DAYS


def _merge_block(ordered: Sequence[Mention]) -> list[list[int]]:
    """The three passes over one block of mentions; groups as positions in the block."""
    firm = [m for m in ordered if is_firm(m)]
    loose = [m for m in ordered if not is_firm(m)]
    index = DayIndex()
    clusters: list[Cluster] = []
    for mention in firm:
        _place(mention, index, clusters, found=True)
    leftovers = [m for m in loose if not _join(m, index)]
    for mention in leftovers:
        if _founds_month(mention):
            _place(mention, index, clusters, found=True)
    for mention in leftovers:
        if not _founds_month(mention):
            _join(mention, index)
    position = {id(mention): i for i, mention in enumerate(ordered)}
    return [[position[id(m)] for m in cluster.mentions] for cluster in clusters]


def _order(mention: Mention) -> tuple[object, ...]:
    """Ranges first, so a visit's days find the whole visit already there."""
    rank = _PRECISION_ORDER[mention.span.precision]
    return (rank, mention.span.start, mention.span.end, mention.article_id, mention.evidence)


def _compatible_check(mention: Mention, cluster: Cluster) -> bool:
    return _compatible(mention, cluster)


def is_firm(mention: Mention) -> bool:
    """A stated day or range in the article's own words: it may found an event."""
    return not mention.vague and not mention.supporting and mention.span.precision != "month"


def _founds_month(mention: Mention) -> bool:
    """ "Next month, the party marks its anniversary": with nothing more precise, a month event."""
    return mention.span.precision == "month" and not mention.supporting


def _place(mention: Mention, index: DayIndex, clusters: list[Cluster], found: bool) -> None:
    best = _best(mention, index.near(mention.span, mention.type))
    if best is None and found:
        best = Cluster()
        clusters.append(best)
    if best is not None:
        _add(best, mention, index)


def _join(mention: Mention, index: DayIndex) -> bool:
    candidates = [c for c in index.near(mention.span, mention.type) if _fits_vague(mention, c)]
    if not mention.actors and len(candidates) > 1:
        return False  # "the two ministers met on Sunday": ambiguous, stays out
    best = _best(mention, candidates, check=None)
    if best is None:
        return False
    _add(best, mention, index)
    return True


def _add(cluster: Cluster, mention: Mention, index: DayIndex) -> None:
    cluster.add(mention)
    index.add(cluster)


def _best(
    mention: Mention,
    candidates: Sequence[Cluster],
    check: Callable[[Mention, Cluster], bool] | None = _compatible_check,
) -> Cluster | None:
    scored = [
        (_score(mention, c), i, c)
        for i, c in enumerate(candidates)
        if check is None or check(mention, c)
    ]
    if not scored:
        return None
    return max(scored, key=lambda item: (item[0], -item[1]))[2]


def _compatible(mention: Mention, cluster: Cluster) -> bool:
    if cluster.span is None or not types_agree(mention.type, cluster.type):
        return False
    if not dates_agree(mention.span, cluster.span, mention.type):
        return False
    return _participants_agree(mention, cluster) and not _another_day_in_its_article(
        mention, cluster
    )


def _another_day_in_its_article(mention: Mention, cluster: Cluster) -> bool:
    """The article dates this one-day event on another day: a day's slack is for outlets
    in other time zones, not for one article's two days ("talks on Monday", "a statement
    the day before"). A visit lasts days, so any of them may be named."""
    days = cluster.days.get(mention.article_id)
    if mention.type == "visit" or mention.span.precision != "day" or not days:
        return False
    return mention.span.start not in days


def _participants_agree(mention: Mention, cluster: Cluster) -> bool:
    """People must agree; a ceremony is known by its place, since each outlet names
    other guests. Whatever the kind, events elsewhere with no one in common are two: "a
    DPRK delegation arrived in Beijing" is not Li Qiang's visit to Pyongyang."""
    places, others = set(mention.places), cluster.places
    elsewhere = bool(places and others) and places.isdisjoint(others)
    if mention.type == "ceremony":
        return not elsewhere
    if elsewhere and cluster.people.isdisjoint(mention.actors):
        return False
    if mention.type == "visit":  # one trip at a time: its hosts vary from report to report
        people, principal = set(mention.actors), cluster.people
        return not people or not principal or bool(people & principal)
    return people_agree(set(mention.actors), cluster.people)


def _fits_vague(mention: Mention, cluster: Cluster) -> bool:
    """A vague mention fits an event inside its stretch of time, of its kind, with its people.

    The people are compared first: most events near in time involve others."""
    if cluster.span is None or not types_agree(mention.type, cluster.type):
        return False
    others = cluster.people
    strangers = bool(mention.actors and others) and others.isdisjoint(mention.actors)
    if strangers and mention.type != "ceremony":
        return False
    if mention.span.precision == "month" or mention.span.end - mention.span.start > dt.timedelta(
        days=2
    ):
        inside = mention.span.start <= cluster.span.start <= mention.span.end
    elif cluster.span.precision == "month":
        inside = cluster.span.start <= mention.span.start <= cluster.span.end
    else:
        inside = dates_agree(mention.span, cluster.span, mention.type)
    return (
        inside
        and _participants_agree(mention, cluster)
        and not _another_day_in_its_article(mention, cluster)
    )


def types_agree(first: str, second: str) -> bool:
    return first == second


def dates_agree(span: DateSpan, event: DateSpan, kind: str) -> bool:
    """Days within a day of each other; a visit's day inside the visit; ranges overlapping."""
    if span.precision == "day" and event.precision == "day":
        return abs((span.start - event.start).days) <= SLACK_DAYS
    if span.precision == "month" and event.precision == "month":
        return (span.start.year, span.start.month) == (event.start.year, event.start.month)
    if kind == "visit":
        return span.overlaps(event, SLACK_DAYS)
    if span.precision == "range" and event.precision == "range":
        return span.overlaps(event)
    return (
        span.overlaps(event)
        and (span.end - span.start).days <= 3
        and (event.end - event.start).days <= 3
    )


def people_agree(people: AbstractSet[str], others: AbstractSet[str]) -> bool:
    """Share a principal person and have no conflicting counterpart (Li–Choe is not Li–Kim)."""
    if not people or not others:
        return True
    if not people & others:
        return False
    return people <= others or others <= people or len(people & others) >= 2


def _score(mention: Mention, cluster: Cluster) -> float:
    assert cluster.span is not None
    shared_people = len(set(mention.actors) & cluster.people)
    shared_places = len(set(mention.places) & cluster.places)
    same_days = (
        1.0
        if (mention.span.start, mention.span.end) == (cluster.span.start, cluster.span.end)
        else 0.0
    )
    return 2.0 * shared_people + shared_places + same_days


def best_span(mentions: Sequence[Mention]) -> DateSpan:
    """The most precise well-supported date of these mentions (see ``SpanSupport.best``)."""
    support = SpanSupport()
    for mention in mentions:
        support.add(mention)
    return support.best(is_visit=mentions[0].type == "visit")


@dataclass
class SpanSupport:
    """The articles behind each span, firm mentions apart from founding months apart from
    the rest: the tally ``best_span`` decides by, kept as mentions join a cluster rather
    than recounted over all of them on every join."""

    firm: dict[DateSpan, set[str]] = field(default_factory=dict)
    founding_month: dict[DateSpan, set[str]] = field(default_factory=dict)
    every: dict[DateSpan, set[str]] = field(default_factory=dict)

    def add(self, mention: Mention) -> None:
        span = month_span(mention.span.start) if mention.span.precision == "month" else mention.span
        self.every.setdefault(span, set()).add(mention.article_id)
        if is_firm(mention):
            self.firm.setdefault(span, set()).add(mention.article_id)
        elif _founds_month(mention):
            self.founding_month.setdefault(span, set()).add(mention.article_id)

    def best(self, is_visit: bool) -> DateSpan:
        """The most precise well-supported date: day or range beats month; for a visit the
        range that covers its days beats a single day; then the span most sources give."""
        counts = self.firm or self.founding_month or self.every

        def rank(span: DateSpan) -> tuple[object, ...]:
            width = 1 if is_visit and span.precision == "range" else 0
            return (width, len(counts[span]), -span.start.toordinal(), -span.end.toordinal())

        return max(counts, key=rank)


def month_span(day: dt.date) -> DateSpan:
    return _month(day.year, day.month)


@cache
def _month(year: int, month: int) -> DateSpan:
    last = monthrange(year, month)[1]
    return DateSpan(dt.date(year, month, 1), dt.date(year, month, last), "month")


def _ordinals(span: DateSpan, slack: int) -> range:
    """The span's days (and ``slack`` days either side) as ordinals."""
    return range(span.start.toordinal() - slack, span.end.toordinal() + slack + 1)
