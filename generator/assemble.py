"""From merged mention groups to the events the site shows.

Each group becomes an ``Event`` with a stable id (its date, type and principal
people), a title written from those parts, the people and places most of its
sources name, a summary taken from the best source, and one ``Source`` per article.
Events outside the configured window or topic are left out here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from generator.config import Config
from generator.knowledge import Knowledge
from generator.merge import best_span, is_firm as _firm, month_span
from generator.model import DateSpan, Event, EventType, Mention, Source
from generator.slugs import slugify
from generator.titles import event_title

MAJORITY = 0.4  # a person or place named by this share of an event's mentions belongs to it


def assemble_events(groups: Sequence[Sequence[Mention]], config: Config,
                    knowledge: Knowledge) -> list[Event]:
    events = [_event(group) for group in groups if _on_topic(group, config)]
    events = [e for e in events if not _abroad(e, config, knowledge)]
    events = [e for e in events if config.in_window(e.span.start, e.span.end)]
    events = _unique_ids(events)
    return sorted(_link_related(events), key=lambda e: (e.span.start, e.id))


def _on_topic(group: Sequence[Mention], config: Config) -> bool:
    """Every side of the topic takes part (through people, places or organisations),
    either in the reports themselves, or — when they name one side and no outsider —
    in the headline and lead of the articles they come from."""
    sides = [set(side) for side in config.topic_sides]
    if not sides:
        return True
    involved = {country for m in group for country in m.countries}
    if all(involved & side for side in sides):
        return True
    insiders = set().union(*sides)
    context = {country for m in group for country in m.article_countries}
    return bool(involved & insiders) and involved <= insiders and all(context & side for side in sides)


def _abroad(event: Event, config: Config, knowledge: Knowledge) -> bool:
    """An event whose places all lie outside the topic's countries (a summit elsewhere)."""
    insiders = {country for side in config.topic_sides for country in side}
    countries = {knowledge.country_of(place) for place in event.places}
    return bool(insiders) and bool(countries) and not countries & insiders


def _event(group: Sequence[Mention]) -> Event:
    span = best_span(group)
    if span.precision == "month":
        span = month_span(span.start)
    kind: EventType = group[0].type
    actors = _majority([m.actors for m in group])
    places = _majority([m.places for m in group])
    planned = all(m.planned for m in group)
    return Event(
        id=_event_id(span, kind, group),
        title=event_title(kind, actors, places, group),
        span=span,
        type=kind,
        actors=actors,
        places=places,
        summary=_summary(group, span),
        sources=_sources(group),
        planned=planned,
    )


def _majority(values: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """Names most mentions agree on, in order of how often and how early they appear."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for mention_values in values:
        for position, value in enumerate(dict.fromkeys(mention_values)):
            counts[value] += 1
            first_seen[value] = min(first_seen.get(value, 99), position)
    needed = max(1.0, MAJORITY * len(values))
    kept = [v for v, n in counts.items() if n >= needed] or [v for v, n in counts.most_common(2)]
    return tuple(sorted(kept, key=lambda v: (first_seen[v], -counts[v], v)))


def _event_id(span: DateSpan, kind: str, group: Sequence[Mention]) -> str:
    """Date, type and the two people most sources name: unchanged when unrelated seeds come and go."""
    when = span.start.strftime("%Y-%m") if span.precision == "month" else span.start.isoformat()
    support: dict[str, set[str]] = defaultdict(set)
    for mention in group:
        for actor in mention.actors:
            support[actor].add(mention.article_id)
    principal = sorted(support, key=lambda a: (-len(support[a]), a))[:2]
    return "-".join([when, kind, *(slugify(p) for p in sorted(principal))])


def _summary(group: Sequence[Mention], span: DateSpan) -> str:
    """The plainest firm report of the event: a sentence dated like the event, shortest first."""
    firm = [m for m in group if _firm(m) and m.span == span] or [m for m in group if _firm(m)] or list(group)
    best = min(firm, key=lambda m: (m.planned, len(m.evidence[0]), m.article_id))
    return best.evidence[0]


def _sources(group: Sequence[Mention]) -> tuple[Source, ...]:
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for mention in group:
        by_article[mention.article_id].append(mention)
    sources = []
    for article_id in sorted(by_article):
        mentions = by_article[article_id]
        precise = min(mentions, key=lambda m: (not _firm(m), m.span.precision == "month", m.span.start))
        evidence = tuple(dict.fromkeys(e for m in mentions for e in m.evidence))
        sources.append(Source(article_id, precise.outlet, evidence, precise.date_text, precise.span,
                              all(m.planned for m in mentions)))
    return tuple(sources)


def _unique_ids(events: list[Event]) -> list[Event]:
    """Two events with one id get deterministic suffixes, in order of their sources."""
    by_id: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_id[event.id].append(event)
    unique: list[Event] = []
    for event_id, same in by_id.items():
        same.sort(key=lambda e: (e.span.end, tuple(s.article_id for s in e.sources)))
        for number, event in enumerate(same, start=1):
            unique.append(event if number == 1 else _with_id(event, f"{event_id}-{number}"))
    return unique


def _with_id(event: Event, new_id: str) -> Event:
    return replace(event, id=new_id)


def _link_related(events: list[Event]) -> list[Event]:
    """A visit and the meetings and ceremonies inside it are parts of one whole."""
    visits = [e for e in events if e.type == "visit"]
    related: dict[str, set[str]] = defaultdict(set)
    for visit in visits:
        for event in events:
            if event is visit or not set(visit.actors) & set(event.actors):
                continue
            if visit.span.start <= event.span.start <= visit.span.end:
                related[visit.id].add(event.id)
                related[event.id].add(visit.id)
    return [replace(e, related=tuple(sorted(related[e.id]))) for e in events]
