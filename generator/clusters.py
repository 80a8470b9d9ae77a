"""Events being assembled while mentions merge: clusters, what they agree on, and
the index of the days they cover.

A cluster keeps its mentions and its span up to date at once; what its mentions agree
on (people, places, the days each article states) is worked out only when a mention
is compared with it, from the mentions that joined since the last time. A merge that
replays the last build's decisions (see ``merge``) then never pays for it.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from generator.model import DateSpan, Mention

SLACK_DAYS = 1  # outlets in different time zones may date the same event a day apart


def is_firm(mention: Mention) -> bool:
    """A stated day or range in the article's own words: it may found an event."""
    return not mention.vague and not mention.supporting and mention.span.precision != "month"


def founds_month(mention: Mention) -> bool:
    """ "Next month, the party marks its anniversary": with nothing more precise, a month event."""
    return mention.span.precision == "month" and not mention.supporting


@dataclass(eq=False)  # identity: two clusters are never "equal"
class Cluster:
    """An event being assembled: its mentions, its span, and (on demand) what they agree on.

    ``founder`` names the cluster across builds: the key of the mention that founded it.
    ``first_day``/``last_day`` bound the days (ordinals) it was ever indexed on."""

    founder: str = ""
    mentions: list[Mention] = field(default_factory=list)
    type: str = ""
    span: DateSpan | None = None
    first_day: int = 0
    last_day: int = -1
    _agreed: Agreement | None = None
    _folded: int = 0

    def add(self, mention: Mention) -> DateSpan | None:
        """Join ``mention`` and work out the span again; the new span, or None if unchanged."""
        if not self.mentions:
            self.type = mention.type
        self.mentions.append(mention)
        agreed = self.agreement()
        span = agreed.spans.best(is_visit=self.type == "visit")
        if span == self.span:
            return None
        self.span = span
        return span

    def join_known(self, mention: Mention, span: DateSpan | None) -> None:
        """Join ``mention`` whose effect on the span is known (from the last build)."""
        if not self.mentions:
            self.type = mention.type
        self.mentions.append(mention)
        if span is not None:
            self.span = span

    def agreement(self) -> Agreement:
        """What the mentions agree on, brought up to date with those that joined since.
        (A merge asks a cluster a million times, mostly with nothing new: that is quick.)"""
        agreed = self._agreed
        if agreed is not None and self._folded == len(self.mentions):
            return agreed
        if agreed is None:
            agreed = self._agreed = Agreement()
        for mention in self.mentions[self._folded :]:
            agreed.add(mention)
        self._folded = len(self.mentions)
        return agreed

    @property
    def people(self) -> frozenset[str]:
        return self.agreement().people

    @property
    def places(self) -> set[str]:
        return self.agreement().places

    @property
    def abroad(self) -> set[str]:
        return self.agreement().abroad

    @property
    def days(self) -> dict[str, set[dt.date]]:
        return self.agreement().days

    @property
    def occasion(self) -> str:
        """What ceremony it is when that is an act of its own (a wreath-laying), or whose
        summit a meeting is (APEC)."""
        return self.mentions[0].occasion if self.mentions else ""


@dataclass
class Agreement:
    """The support behind a cluster's span, people and places, and each article's stated days."""

    spans: SpanSupport = field(default_factory=lambda: SpanSupport())
    named: PeopleSupport = field(default_factory=lambda: PeopleSupport())
    people: frozenset[str] = frozenset()
    places: set[str] = field(default_factory=set)
    days: dict[str, set[dt.date]] = field(default_factory=dict)
    abroad_counts: Counter[str] = field(default_factory=Counter)  # reports naming each

    def add(self, mention: Mention) -> None:
        if is_firm(mention) and mention.span.precision == "day":
            self.days.setdefault(mention.article_id, set()).add(mention.span.start)
        self.spans.add(mention)
        self.named.add(mention)
        self.people = self.named.principal()
        self.places.update(mention.places)
        _count(self.abroad_counts, mention.abroad)

    @property
    def abroad(self) -> set[str]:
        """The countries a visit goes to, as most of its reports say: a report of the
        whole tour ("to visit Japan, China from August 29") does not make the visit to
        Japan one to China."""
        most = max(self.abroad_counts.values(), default=0)
        return {country for country, count in self.abroad_counts.items() if count == most}


@dataclass
class PeopleSupport:
    """How many mentions name each person, firm ones apart: what ``principal`` reads."""

    by_firm: Counter[str] = field(default_factory=Counter)
    firm_mentions: int = 0
    by_any: Counter[str] = field(default_factory=Counter)
    mentions: int = 0

    def add(self, mention: Mention) -> None:
        named = set(mention.actors)
        _count(self.by_any, named)
        self.mentions += 1
        if is_firm(mention):
            _count(self.by_firm, named)
            self.firm_mentions += 1

    def principal(self) -> frozenset[str]:
        """The people most of the firm mentions name (a stray name in one report is not one),
        or most of all mentions when none is firm."""
        counts, total = (self.by_firm, self.firm_mentions)
        if not total:
            counts, total = (self.by_any, self.mentions)
        return frozenset(a for a, n in counts.items() if n >= total / 2) or frozenset(counts)


def _count(counts: Counter[str], names: Iterable[str]) -> None:
    """``counts.update(names)``, in the same order, without ``Counter.update``'s checks:
    a cluster counts one to three names at a time, thousands of times in a merge."""
    for name in names:
        counts[name] = counts.get(name, 0) + 1


@dataclass
class SpanSupport:
    """The articles behind each span, firm mentions apart from founding months apart from
    the rest: the tally ``best_span`` decides by, kept as mentions join a cluster rather
    than recounted over all of them on every join."""

    firm: dict[DateSpan, set[str]] = field(default_factory=dict)
    founding_month: dict[DateSpan, set[str]] = field(default_factory=dict)
    every: dict[DateSpan, set[str]] = field(default_factory=dict)
    reported: dict[DateSpan, set[str]] = field(default_factory=dict)  # firm, and no plan

    def add(self, mention: Mention) -> None:
        span = month_span(mention.span.start) if mention.span.precision == "month" else mention.span
        self.every.setdefault(span, set()).add(mention.article_id)
        if is_firm(mention):
            self.firm.setdefault(span, set()).add(mention.article_id)
            if not mention.planned:
                self.reported.setdefault(span, set()).add(mention.article_id)
        elif founds_month(mention):
            self.founding_month.setdefault(span, set()).add(mention.article_id)

    def best(self, is_visit: bool) -> DateSpan:
        """The most precise well-supported date: day or range beats month; for a visit the
        range that covers its days beats a single day, and so does for any event a range
        two reports give (a summit "on Oct. 31 and Nov. 1" that others say "opens Friday");
        then the span most sources give."""
        counts = self.firm or self.founding_month or self.every

        def rank(span: DateSpan) -> tuple[object, ...]:
            width = 1 if span.precision == "range" and (is_visit or len(counts[span]) > 1) else 0
            return (width, len(counts[span]), -span.start.toordinal(), -span.end.toordinal())

        best = max(counts, key=rank)
        return self._arrived_earlier(best, counts) if is_visit else best

    def _arrived_earlier(self, planned: DateSpan, counts: dict[DateSpan, set[str]]) -> DateSpan:
        """Reports beat plans: a visit's range only announced ("will visit Tianjin from
        August 31 to September 1") starts on the day before it that at least as many
        reports say the visitor arrived ("arrived in Tianjin on Saturday evening")."""
        if planned.precision != "range" or planned in self.reported:
            return planned
        earlier = [
            span.start
            for span, articles in self.reported.items()
            if span.precision == "day"
            and 0 < (planned.start - span.start).days <= SLACK_DAYS
            and len(articles) >= len(counts[planned])
        ]
        return DateSpan(min(earlier), planned.end, "range") if earlier else planned


@dataclass
class DayIndex:
    """Clusters by type and by the days they cover, to find the few a mention could join.

    Only a mention's own type is looked up, since mentions join only events of their
    type: a month-long mention would otherwise meet every event of the month. A cluster
    stays on every day it ever covered, in the order it came to each day."""

    by_type: dict[str, dict[int, dict[Cluster, None]]] = field(default_factory=dict)

    def add(self, cluster: Cluster) -> None:
        assert cluster.span is not None
        days = self.by_type.setdefault(cluster.type, {})
        first, last = cluster.span.start.toordinal(), cluster.span.end.toordinal()
        for day in range(first, last + 1):
            days.setdefault(day, {})[cluster] = None  # a dict: in order, each once
        if cluster.last_day < cluster.first_day:
            cluster.first_day, cluster.last_day = first, last
        else:
            cluster.first_day = min(cluster.first_day, first)
            cluster.last_day = max(cluster.last_day, last)

    def near(self, span: DateSpan, kind: str) -> list[Cluster]:
        days = self.by_type.get(kind, {})
        found: dict[Cluster, None] = {}
        first, last = reach(span)
        for day in range(first, last + 1):
            found.update(days.get(day, {}))
        return list(found)


def reach(span: DateSpan) -> tuple[int, int]:
    """The days (as ordinals) on which a mention with this span meets clusters."""
    return span.start.toordinal() - SLACK_DAYS, span.end.toordinal() + SLACK_DAYS


def month_span(day: dt.date) -> DateSpan:
    return _month(day.year, day.month)


@cache
def _month(year: int, month: int) -> DateSpan:
    last = monthrange(year, month)[1]
    return DateSpan(dt.date(year, month, 1), dt.date(year, month, last), "month")
