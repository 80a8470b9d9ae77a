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

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from generator.agreement import best_fit, clear_best, fits_vague, may_fit_vague
from generator.clusters import (
    SLACK_DAYS,
    Cluster,
    DayIndex,
    SpanSupport,
    founds_month,
    is_firm,
    month_span,
)
from generator.day_trips import fold_day_trips
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
    mentions: Iterable[Mention], memo: MergeMemo | None = None, stay_starts: tuple[str, ...] = ()
) -> list[list[Mention]]:
    """Groups of mentions, one group per event, in a deterministic order.

    With a ``memo``, the last build's decisions are replayed wherever nothing near a
    mention changed, and worked out again only around the mentions that are new or
    gone (see ``_Merger``): the result is the same as merging from scratch."""
    ordered = sorted(mentions, key=_order)
    merger = _Merger(_keys(ordered, memo), memo.last_trace() if memo is not None else None)
    for mention in ordered:
        merger.siblings.setdefault(mention.article_id, []).append(mention)
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
    spans = _spans_of(merger.clusters)
    groups = fold_day_trips(groups, spans, stay_starts)  # a trip that is only a meeting
    return sorted(groups, key=lambda group: (id(group[0]) not in firm, position[id(group[0])]))


def _spans_of(clusters: Sequence[Cluster]) -> Callable[[Sequence[Mention]], DateSpan]:
    """The ``best_span`` of each cluster's mentions, which is the span it has (worked out as
    each mention joined, or replayed as it was worked out then): not counted again."""
    spans = {id(cluster.mentions): cluster.span for cluster in clusters}

    def span_of(group: Sequence[Mention]) -> DateSpan:
        return spans.get(id(group)) or best_span(group)

    return span_of


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
        self.siblings: dict[str, list[Mention]] = {}  # every mention of each article
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
        near = self.index.near(mention.span, mention.type)
        best = best_fit(mention, near, self.siblings.get(mention.article_id, ()))
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
        siblings = self.siblings.get(mention.article_id, ())
        candidates = [c for c in may_fit_vague(mention, near) if fits_vague(mention, c, siblings)]
        best = None
        if mention.actors or len(candidates) <= 1:  # "the two ministers met": ambiguous
            best = clear_best(mention, candidates)
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
        if not self.last.steps:
            return  # nothing to replay: no cluster needs marking dirty
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
    """Ranges first, so a visit's days find the whole visit already there; reports before
    plans, so a plan's day ("flies to Tokyo on Monday to meet Takaichi") joins the event
    as it happened (Tuesday) rather than found one of its own."""
    rank = _PRECISION_ORDER[mention.span.precision]
    start, end = mention.span.start, mention.span.end
    return (rank, mention.planned, start, end, mention.article_id, mention.evidence)


def best_span(mentions: Sequence[Mention]) -> DateSpan:
    """The most precise well-supported date of these mentions (see ``SpanSupport.best``)."""
    support = SpanSupport()
    for mention in mentions:
        support.add(mention)
    return support.best(is_visit=mentions[0].type == "visit")
