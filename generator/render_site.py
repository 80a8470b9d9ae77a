"""Everything the pages are rendered from, worked out once from the ``Timeline``.

The templates only print: the chronological order, the month and day groups, who
and where each event involves, and which events are related are all decided here;
an article's page is worked out in ``article_views``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Literal
from urllib.parse import quote

from generator.article_views import ArticleInputs, ArticleView, article_inputs, article_view
from generator.model import Article, Event, Timeline
from generator.render_dates import long_day, month_key, month_label

FacetKind = Literal["people", "places", "outlets"]
PRECISION_ORDER = {"month": 0, "range": 1, "day": 2}


RELATED_LIMIT = 8  # the nearest events in time with the same people
# Above this many events the index lists months, not events: each month gets a page of
# its own and the index shows only the latest RECENT_MONTHS inline, so it stays small.
INDEX_LIMIT = 400
RECENT_MONTHS = 2


@dataclass(frozen=True)
class Facet:
    """A person, place or outlet and the events (and, for outlets, articles) it has."""

    kind: FacetKind
    name: str
    slug: str
    events: tuple[Event, ...]
    articles: tuple[Article, ...] = ()


@dataclass(frozen=True)
class DayGroup:
    key: str  # "2025-09-29", or "2025-09" for events known only to the month
    label: str
    events: tuple[Event, ...]


@dataclass(frozen=True)
class MonthGroup:
    key: str  # "2025-09"
    label: str
    days: tuple[DayGroup, ...]

    @property
    def event_count(self) -> int:
        return sum(len(day.events) for day in self.days)


@dataclass(frozen=True)
class Site:
    timeline: Timeline
    events: tuple[Event, ...]  # chronological
    event_by_id: Mapping[str, Event]
    months: tuple[MonthGroup, ...]
    articles: Mapping[str, ArticleInputs]  # only articles that get a page of their own
    facets: Mapping[FacetKind, Mapping[str, Facet]]

    @property
    def month_pages(self) -> bool:
        """Whether each month has a page of its own (a large timeline) or the index lists all."""
        return len(self.events) > INDEX_LIMIT

    @property
    def recent_months(self) -> tuple[MonthGroup, ...]:
        """The months the index lists in full: all of them, or on a large timeline the
        latest RECENT_MONTHS that fit in INDEX_LIMIT events together (maybe none)."""
        if not self.month_pages:
            return self.months
        recent: list[MonthGroup] = []
        for month in reversed(self.months[-RECENT_MONTHS:]):
            if sum(m.event_count for m in recent) + month.event_count > INDEX_LIMIT:
                break
            recent.insert(0, month)
        return tuple(recent)

    def month_neighbours(self, key: str) -> tuple[MonthGroup | None, MonthGroup | None]:
        keys = [month.key for month in self.months]
        position = keys.index(key)
        before = self.months[position - 1] if position > 0 else None
        after = self.months[position + 1] if position + 1 < len(self.months) else None
        return before, after

    def view(self, article_id: str) -> ArticleView:
        """An article's page, worked out when first needed (a rebuild that reuses the
        page never needs it)."""
        if article_id not in self._views:
            inputs = self.articles[article_id]
            self._views[article_id] = article_view(
                inputs.article, inputs.citations, inputs.duplicates
            )
        return self._views[article_id]

    @cached_property
    def _views(self) -> dict[str, ArticleView]:
        return {}

    def facet(self, kind: FacetKind, name: str) -> Facet | None:
        return self.facets[kind].get(name)

    def outlets_of(self, event: Event) -> list[str]:
        return unique(source.outlet for source in event.sources if source.outlet)

    @cached_property
    def _position(self) -> dict[str, int]:
        return {event.id: index for index, event in enumerate(self.events)}

    def neighbours(self, event: Event) -> tuple[Event | None, Event | None]:
        position = self._position[event.id]
        before = self.events[position - 1] if position > 0 else None
        after = self.events[position + 1] if position + 1 < len(self.events) else None
        return before, after

    def related(self, event: Event) -> list[tuple[Event, str]]:
        """Linked events first (parts, wholes, the same visit), then those with the same people."""
        found: dict[str, tuple[Event, str]] = {}
        for event_id in event.related:
            if event_id in self.event_by_id and event_id != event.id:
                found[event_id] = (self.event_by_id[event_id], "Part of the same story")
        wanted = RELATED_LIMIT + 1 + len(found)  # enough, even if all the linked ones recur
        nearby = sorted(
            {e.id: e for name in event.actors for e in self._nearest(name, event, wanted)}.values(),
            key=lambda other: (abs((other.span.start - event.span.start).days), other.id),
        )
        for other in nearby:
            shared = [name for name in other.actors if name in event.actors]
            if len(found) >= RELATED_LIMIT:
                break
            if other.id != event.id and other.id not in found and shared:
                found[other.id] = (other, "Also with " + ", ".join(shared))
        return sorted(found.values(), key=lambda pair: event_order(pair[0]))

    def _nearest(self, name: str, event: Event, count: int) -> list[Event]:
        """The ``count`` events with this person nearest in time to ``event``, and any as
        near as the farthest of them (so that ties are settled as in a full sort)."""
        events = self._events_with(name)
        starts = self._starts(name)
        right = bisect.bisect_left(starts, event.span.start)
        left = right - 1
        taken: list[Event] = []
        farthest = 0
        while left >= 0 or right < len(events):
            before = (event.span.start - starts[left]).days if left >= 0 else None
            after = (starts[right] - event.span.start).days if right < len(events) else None
            nearer_before = after is None or (before is not None and before <= after)
            distance = before if nearer_before else after
            assert distance is not None
            if len(taken) >= count and distance > farthest:
                break
            farthest = max(farthest, distance)
            if nearer_before:
                taken.append(events[left])
                left -= 1
            else:
                taken.append(events[right])
                right += 1
        return taken

    def _events_with(self, name: str) -> tuple[Event, ...]:
        facet = self.facets["people"].get(name)
        return facet.events if facet is not None else ()

    def _starts(self, name: str) -> list[dt.date]:
        """The start days of a person's events, in order (they are chronological)."""
        if name not in self._start_days:
            self._start_days[name] = [e.span.start for e in self._events_with(name)]
        return self._start_days[name]

    @cached_property
    def _start_days(self) -> dict[str, list[dt.date]]:
        return {}


def build_site(timeline: Timeline) -> Site:
    events = tuple(sorted(timeline.events, key=event_order))
    return Site(
        timeline=timeline,
        events=events,
        event_by_id={event.id: event for event in events},
        months=group_by_month(events),
        articles=article_inputs(timeline, events),
        facets={
            "people": facets("people", events, lambda event: event.actors),
            "places": facets("places", events, lambda event: event.places),
            "outlets": outlet_facets(timeline, events),
        },
    )


def event_order(event: Event) -> tuple[object, ...]:
    span = event.span
    return (span.start, PRECISION_ORDER[span.precision], span.end, event.title, event.id)


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


# --- the timeline's month and day groups -------------------------------------------


def group_by_month(events: tuple[Event, ...]) -> tuple[MonthGroup, ...]:
    months: dict[str, list[Event]] = {}
    for event in events:
        months.setdefault(month_key(event.span.start), []).append(event)
    return tuple(month_group(key, members) for key, members in months.items())


def month_group(key: str, events: list[Event]) -> MonthGroup:
    first = events[0].span.start
    label = month_label(first.year, first.month)
    days: dict[str, DayGroup] = {}
    undated = tuple(event for event in events if event.span.precision == "month")
    if undated:
        days[key] = DayGroup(key, f"Sometime in {label.split()[0]}", undated)
    for event in events:
        if event.span.precision != "month":
            day_key = event.span.start.isoformat()
            group = days.get(day_key) or DayGroup(day_key, long_day(event.span.start), ())
            days[day_key] = DayGroup(day_key, group.label, (*group.events, event))
    return MonthGroup(key, label, tuple(days.values()))


# --- people, places and outlets ------------------------------------------------------


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or quote(name, safe="").replace("%", "").lower() or "unnamed"


def unique_slugs(names: Iterable[str]) -> dict[str, str]:
    """One file name per name; two names that slugify alike get ``-2``, ``-3``..."""
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        base = slug = slugify(name)
        count = 1
        while slug in taken:
            count += 1
            slug = f"{base}-{count}"
        taken.add(slug)
        slugs[name] = slug
    return slugs


def facets(
    kind: FacetKind, events: tuple[Event, ...], names_of: Callable[[Event], tuple[str, ...]]
) -> dict[str, Facet]:
    members: dict[str, list[Event]] = {}
    for event in events:
        for name in unique(names_of(event)):
            members.setdefault(name, []).append(event)
    names = sorted(members, key=str.casefold)
    slugs = unique_slugs(names)
    return {name: Facet(kind, name, slugs[name], tuple(members[name])) for name in names}


def outlet_facets(timeline: Timeline, events: tuple[Event, ...]) -> dict[str, Facet]:
    members: dict[str, list[Event]] = {}
    for event in events:
        for outlet in unique(source.outlet for source in event.sources if source.outlet):
            members.setdefault(outlet, []).append(event)
    articles: dict[str, list[Article]] = {}
    for result in timeline.results:
        if result.status == "included" and result.article and result.article.outlet:
            articles.setdefault(result.article.outlet, []).append(result.article)
    names = sorted({*members, *articles}, key=str.casefold)
    slugs = unique_slugs(names)
    return {
        name: Facet(
            "outlets",
            name,
            slugs[name],
            tuple(members.get(name, ())),
            tuple(articles.get(name, ())),
        )
        for name in names
    }
