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
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta

from generator.model import DateSpan, Mention

ONE_DAY = dt.timedelta(days=1)
SLACK_DAYS = 1  # outlets in different time zones may date the same event a day apart


@dataclass(eq=False)  # identity: two clusters are never "equal"
class Cluster:
    """An event being assembled: its mentions and the span they agree on."""

    mentions: list[Mention] = field(default_factory=list)
    span: DateSpan | None = None

    @property
    def type(self) -> str:
        return self.mentions[0].type

    def people(self) -> set[str]:
        """The people most of its firm mentions name (a stray name in one report is not one)."""
        firm = [m for m in self.mentions if is_firm(m)] or self.mentions
        counts: dict[str, int] = defaultdict(int)
        for mention in firm:
            for actor in set(mention.actors):
                counts[actor] += 1
        needed = len(firm) / 2
        return {a for a, n in counts.items() if n >= needed} or set(counts)

    def places(self) -> set[str]:
        return {p for m in self.mentions for p in m.places}


@dataclass
class DayIndex:
    """Clusters by the days they cover, to find the few a mention could join."""

    by_day: dict[dt.date, list[Cluster]] = field(default_factory=lambda: defaultdict(list))

    def add(self, cluster: Cluster) -> None:
        assert cluster.span is not None
        for day in _days(cluster.span):
            if cluster not in self.by_day[day]:
                self.by_day[day].append(cluster)

    def near(self, span: DateSpan) -> list[Cluster]:
        first, last = span.start - ONE_DAY * SLACK_DAYS, span.end + ONE_DAY * SLACK_DAYS
        found: dict[int, Cluster] = {}
        for day in _days(DateSpan(first, last, "range")):
            for cluster in self.by_day.get(day, ()):
                found.setdefault(id(cluster), cluster)
        return list(found.values())


def merge_mentions(mentions: Iterable[Mention]) -> list[list[Mention]]:
    """Groups of mentions, one group per event, in a deterministic order."""
    ordered = sorted(mentions, key=_order)
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
    return [c.mentions for c in clusters]


def _order(mention: Mention) -> tuple[object, ...]:
    """Ranges first, so a visit's days find the whole visit already there."""
    rank = {"range": 0, "day": 1, "month": 2}[mention.span.precision]
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
    best = _best(mention, index.near(mention.span))
    if best is None and found:
        best = Cluster()
        clusters.append(best)
    if best is not None:
        _add(best, mention, index)


def _join(mention: Mention, index: DayIndex) -> bool:
    candidates = [c for c in index.near(mention.span) if _fits_vague(mention, c)]
    if not mention.actors and len(candidates) > 1:
        return False  # "the two ministers met on Sunday": ambiguous, stays out
    best = _best(mention, candidates, check=None)
    if best is None:
        return False
    _add(best, mention, index)
    return True


def _add(cluster: Cluster, mention: Mention, index: DayIndex) -> None:
    cluster.mentions.append(mention)
    cluster.span = best_span(cluster.mentions)
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
    return _participants_agree(mention, cluster)


def _participants_agree(mention: Mention, cluster: Cluster) -> bool:
    """People must agree; a ceremony is known by its place, since each outlet names
    other guests."""
    if mention.type == "ceremony":
        places, others = set(mention.places), cluster.places()
        return not places or not others or bool(places & others)
    if mention.type == "visit":  # one trip at a time: its hosts vary from report to report
        people, others = set(mention.actors), cluster.people()
        return not people or not others or bool(people & others)
    return people_agree(set(mention.actors), cluster.people())


def _fits_vague(mention: Mention, cluster: Cluster) -> bool:
    """A vague mention fits an event inside its stretch of time, of its kind, with its people."""
    if cluster.span is None or not types_agree(mention.type, cluster.type):
        return False
    if mention.span.precision == "month" or mention.span.end - mention.span.start > dt.timedelta(
        days=2
    ):
        inside = mention.span.start <= cluster.span.start <= mention.span.end
    elif cluster.span.precision == "month":
        inside = cluster.span.start <= mention.span.start <= cluster.span.end
    else:
        inside = dates_agree(mention.span, cluster.span, mention.type)
    if not inside or not _participants_agree(mention, cluster):
        return False
    people = set(mention.actors)
    return (
        mention.type == "ceremony"
        or not people
        or not cluster.people()
        or bool(people & cluster.people())
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


def people_agree(people: set[str], others: set[str]) -> bool:
    """Share a principal person and have no conflicting counterpart (Li–Choe is not Li–Kim)."""
    if not people or not others:
        return True
    if not people & others:
        return False
    return people <= others or others <= people or len(people & others) >= 2


def _score(mention: Mention, cluster: Cluster) -> float:
    assert cluster.span is not None
    shared_people = len(set(mention.actors) & cluster.people())
    shared_places = len(set(mention.places) & cluster.places())
    same_days = (
        1.0
        if (mention.span.start, mention.span.end) == (cluster.span.start, cluster.span.end)
        else 0.0
    )
    return 2.0 * shared_people + shared_places + same_days


def best_span(mentions: Sequence[Mention]) -> DateSpan:
    """The most precise well-supported date: day or range beats month; for a visit the
    range that covers its days beats a single day; then the span most sources give."""
    firm = (
        [m for m in mentions if is_firm(m)]
        or [m for m in mentions if _founds_month(m)]
        or list(mentions)
    )
    is_visit = mentions[0].type == "visit"
    counts: dict[DateSpan, set[str]] = defaultdict(set)
    for mention in firm:
        span = mention.span
        if span.precision == "month":
            span = month_span(span.start)
        counts[span].add(mention.article_id)

    def rank(span: DateSpan) -> tuple[object, ...]:
        width = 1 if is_visit and span.precision == "range" else 0
        return (width, len(counts[span]), -span.start.toordinal(), -span.end.toordinal())

    return max(counts, key=rank)


def month_span(day: dt.date) -> DateSpan:
    first = day.replace(day=1)
    return DateSpan(first, first + relativedelta(months=1, days=-1), "month")


def _days(span: DateSpan) -> Iterable[dt.date]:
    day = span.start
    while day <= span.end:
        yield day
        day += ONE_DAY
