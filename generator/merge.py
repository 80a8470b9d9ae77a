"""Merging mentions into events: one event per happening, with every source.

``merge_mentions`` works in three passes:

1. firm mentions (a stated day or range) found events or join one whose dates,
   type, people and places agree;
2. vague mentions ("last month", a date borrowed from the sentence before) join the
   event they clearly refer to;
3. month-level mentions that fit no event found a month-precision event only when
   nothing more precise exists; borrowed dates that fit nothing stay out.

Events are indexed by day, so each mention is compared with the few events near
its dates: the cost grows about linearly with the number of mentions. A rebuild
replays the last build's decisions and works out again only those near what changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Protocol

from generator.clusters import (
    SLACK_DAYS,
    Cluster,
    DayIndex,
    SpanSupport,
    founds_month,
    is_firm,
    month_span,
)
from generator.model import DateSpan, Mention

__all__ = ["SLACK_DAYS", "Cluster", "best_span", "is_firm", "merge_mentions", "month_span"]

_PRECISION_ORDER = {"range": 0, "day": 1, "month": 2}


class MergeMemo(Protocol):
    """Where a merge finds the last build's trace and leaves its own (see ``merge_memo``)."""

    def digest(self, mention: Mention) -> str: ...

    def last_trace(self) -> Trace | None: ...

    def keep_trace(self, trace: Trace) -> None: ...


Step = tuple[str | None, DateSpan | None]  # the founder of the cluster joined; its new span
AMBIGUOUS = ""  # a step's cluster when a vague mention fits several equally: it joins none


@dataclass(frozen=True)
class Trace:
    """What a merge decided, for the next build to replay.

    ``steps``: for each pass and mention key, the cluster the mention joined (by its
    founder's key; its own key when it founded one; None when it fits none, ``AMBIGUOUS``
    when it fits several equally) and the cluster's span after the join when that
    changed. ``bounds``: for each cluster, its type and the first and last day it was
    indexed on."""

    steps: dict[tuple[int, str], Step] = field(default_factory=dict)
    bounds: dict[str, tuple[str, int, int]] = field(default_factory=dict)


FIRM, VAGUE, MONTHS, REST = 1, 2, 3, 4  # the passes


def merge_mentions(
    mentions: Iterable[Mention], memo: MergeMemo | None = None
) -> list[list[Mention]]:
    """Groups of mentions, one group per event, in a deterministic order.

    With a ``memo``, the last build's decisions are replayed wherever nothing near a
    mention changed, and worked out again only around the mentions that are new or
    gone (see ``_Merger``): the result is the same as merging from scratch."""
    ordered = sorted(mentions, key=_order)
    merger = _Merger(_keys(ordered, memo), memo.last_trace() if memo is not None else None)
    firm = {id(m) for m in ordered if is_firm(m)}
    loose = [m for m in ordered if id(m) not in firm]
    for mention in ordered:
        if id(mention) in firm:
            merger.place(mention, FIRM)
    leftovers = [m for m in loose if not merger.join(m, VAGUE)]
    for mention in leftovers:
        if founds_month(mention):
            merger.place(mention, MONTHS)
    for mention in leftovers:
        if not founds_month(mention):
            merger.join(mention, REST)
    if memo is not None:
        memo.keep_trace(merger.trace())
    position = {id(mention): index for index, mention in enumerate(ordered)}
    groups = [cluster.mentions for cluster in merger.clusters]
    return sorted(groups, key=lambda group: (id(group[0]) not in firm, position[id(group[0])]))


def _keys(ordered: Sequence[Mention], memo: MergeMemo | None) -> dict[int, str]:
    """A key per mention that names it across builds: its digest, numbered among equals."""
    if memo is None:
        return {id(mention): str(index) for index, mention in enumerate(ordered)}
    keys: dict[int, str] = {}
    taken: set[str] = set()
    for mention in ordered:
        key = digest = memo.digest(mention)
        number = 1
        while key in taken:
            number += 1
            key = f"{digest}#{number}"
        taken.add(key)
        keys[id(mention)] = key
    return keys


class _Merger:
    """The passes' decisions, replayed from the last build's trace where that is safe.

    A decision depends only on the mention and the clusters near its days (their
    members, in the order they came to those days). So it is replayed when the mention
    was there last time and no cluster near it is *dirty*: new, gone, or with members
    other than last time's at this point. Any other decision is worked out; one that
    differs from last time's makes the clusters it left and joined dirty. A mention
    that is gone makes its cluster dirty from where it stood in the last build's order;
    so does one that no longer reaches the later pass in which it joined it."""

    def __init__(self, keys: dict[int, str], last: Trace | None) -> None:
        self.keys = keys
        self.last = last or Trace()
        self.index = DayIndex()
        self.clusters: list[Cluster] = []
        self.by_founder: dict[str, Cluster] = {}
        self.steps: dict[tuple[int, str], Step] = {}
        self.dirty: dict[str, set[str]] = {}  # type -> founders
        self.envelope: dict[str, tuple[int, int]] = {}  # type -> days the dirty ones span
        self.gone = self._gone(set(keys.values()))
        self.order: dict[tuple[int, str], int] = {}
        if self.gone:
            self.order = {step: number for number, step in enumerate(self.last.steps)}

    def _gone(self, present: set[str]) -> list[tuple[int, str]]:
        """Where in the last build's order each mention now gone joined which cluster."""
        return [
            (number, joined)
            for number, ((_, key), (joined, _)) in enumerate(self.last.steps.items())
            if key not in present and joined
        ][::-1]

    def place(self, mention: Mention, step: int) -> None:
        """Join the best compatible cluster, or found one."""
        key = self.keys[id(mention)]
        replayed = self._replayable(step, key, mention)
        if replayed is not None:
            joined, span = replayed
            assert joined is not None
            self._join_known(self._cluster(joined), mention, span)
            self.steps[(step, key)] = replayed
            return
        best = _best(mention, self.index.near(mention.span, mention.type))
        self._decided(step, key, mention, best or self._cluster(key))

    def join(self, mention: Mention, step: int) -> bool:
        """Join the one cluster a vague mention clearly refers to. False when it fits
        none (a month mention may then found its own event); True when it joined one, or
        when it fits several and refers to none clearly: then it stays out, for a month
        event would stand beside the precise ones it may mean."""
        key = self.keys[id(mention)]
        replayed = self._replayable(step, key, mention)
        if replayed is not None:
            joined, span = replayed
            if joined:
                self._join_known(self._cluster(joined), mention, span)
            self.steps[(step, key)] = replayed
            return joined is not None
        near = self.index.near(mention.span, mention.type)
        candidates = [c for c in near if _fits_vague(mention, c)]
        best = None
        if mention.actors or len(candidates) <= 1:  # "the two ministers met": ambiguous
            best = _clear_best(mention, candidates)
        self._decided(step, key, mention, best, ambiguous=best is None and bool(candidates))
        if step == VAGUE and candidates:
            self._skipped(key)
        return bool(candidates)  # joined, or left out as ambiguous

    def trace(self) -> Trace:
        bounds = {c.founder: (c.type, c.first_day, c.last_day) for c in self.clusters}
        return Trace(self.steps, bounds)

    def _replayable(self, step: int, key: str, mention: Mention) -> Step | None:
        replayed = self.last.steps.get((step, key))
        if replayed is None:
            return None
        if self.gone:
            number = self.order[(step, key)]
            while self.gone and self.gone[-1][0] < number:
                self._soil(self.gone.pop()[1])
        if self.dirty and self._near_dirty(mention):
            return None
        joined = replayed[0]
        if joined and joined != key and joined not in self.by_founder:
            return None  # cannot happen when the trace is whole: then work it out
        return replayed

    def _near_dirty(self, mention: Mention) -> bool:
        """A dirty cluster covers (or covered last time) a day this mention meets."""
        envelope = self.envelope.get(mention.type)
        if envelope is None:
            return False
        first = mention.span.start.toordinal() - SLACK_DAYS
        last = mention.span.end.toordinal() + SLACK_DAYS
        if envelope[0] > last or envelope[1] < first:
            return False
        for founder in self.dirty[mention.type]:
            for low, high in self._days(founder):
                if low <= last and high >= first:
                    return True
        return False

    def _skipped(self, key: str) -> None:
        """A vague mention that fit nothing last time went on to a later pass: now that it
        fits a cluster it goes no further, so the cluster it joined (or founded) there
        loses it. That cluster is dirty, as it is when a mention is gone."""
        for step in (MONTHS, REST):
            later = self.last.steps.get((step, key))
            if later is not None and later[0]:
                self._soil(later[0])

    def _days(self, founder: str) -> list[tuple[int, int]]:
        """The days a cluster covered last time and covers now (as far as it has come)."""
        days = []
        known = self.last.bounds.get(founder)
        if known is not None:
            days.append((known[1], known[2]))
        now = self.by_founder.get(founder)
        if now is not None and now.first_day <= now.last_day:
            days.append((now.first_day, now.last_day))
        return days

    def _decided(
        self,
        step: int,
        key: str,
        mention: Mention,
        cluster: Cluster | None,
        ambiguous: bool = False,
    ) -> None:
        joined: str | None = AMBIGUOUS if ambiguous else None
        span = None
        if cluster is not None:
            joined = cluster.founder
            span = cluster.add(mention)
            self.index.add(cluster)
        self.steps[(step, key)] = (joined, span)
        before = self.last.steps.get((step, key))
        if before is None or before[0] != joined:
            for founder in (joined, before[0] if before else None):
                if founder:
                    self._soil(founder)
        elif cluster is not None and joined in self.dirty.get(cluster.type, ()):
            self._soil(cluster.founder)  # its days may have grown

    def _join_known(self, cluster: Cluster, mention: Mention, span: DateSpan | None) -> None:
        cluster.join_known(mention, span)
        if span is not None:
            self.index.add(cluster)

    def _cluster(self, founder: str) -> Cluster:
        """The cluster ``founder`` founded, founded now if it is not there yet."""
        cluster = self.by_founder.get(founder)
        if cluster is None:
            cluster = self.by_founder[founder] = Cluster(founder=founder)
            self.clusters.append(cluster)
        return cluster

    def _soil(self, founder: str) -> None:
        """Mark a cluster dirty, and widen its type's envelope by the days it covers."""
        now = self.by_founder.get(founder)
        known = self.last.bounds.get(founder)
        kind = now.type if now is not None and now.type else known[0] if known else None
        if kind is None:
            return
        self.dirty.setdefault(kind, set()).add(founder)
        for low, high in self._days(founder):
            envelope = self.envelope.get(kind, (low, high))
            self.envelope[kind] = (min(envelope[0], low), max(envelope[1], high))


def _order(mention: Mention) -> tuple[object, ...]:
    """Ranges first, so a visit's days find the whole visit already there."""
    rank = _PRECISION_ORDER[mention.span.precision]
    return (rank, mention.span.start, mention.span.end, mention.article_id, mention.evidence)


def _best(mention: Mention, candidates: Sequence[Cluster]) -> Cluster | None:
    """The compatible candidate sharing most with the mention (the earliest of equals)."""
    scored = [
        (_score(mention, c), -i, c) for i, c in enumerate(candidates) if _compatible(mention, c)
    ]
    return max(scored, key=lambda item: item[:2])[2] if scored else None


def _clear_best(mention: Mention, candidates: Sequence[Cluster]) -> Cluster | None:
    """The one candidate that fits a vague mention best; none when two fit it equally
    well ("the anniversary next month" with a reception and a parade that month)."""
    scored = sorted(((_score(mention, c), c) for c in candidates), key=lambda item: -item[0])
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


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
