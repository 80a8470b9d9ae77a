"""From merged mention groups to the events the site shows.

Each group becomes an ``Event`` with a stable id (its date, type and principal
people), a title written from those parts, the people and places most of its
sources name, a summary taken from the best source, and one ``Source`` per article.
Events outside the configured window or topic are left out here.
"""

from __future__ import annotations

import functools
import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol, TypeVar

from generator import stored
from generator.config import Config
from generator.knowledge import Knowledge
from generator.merge import best_span, month_span
from generator.merge import is_firm as _firm
from generator.model import DateSpan, Event, EventType, Mention, Source
from generator.slugs import slugify
from generator.titles import TitleNames, event_title, title_names

MAJORITY = 0.4  # a person or place named by this share of an event's mentions belongs to it
T = TypeVar("T")
# Why an event is left out (see ``assemble_events``).
OFF_TOPIC = "off the topic"
NOBODYS_PLAN = "planned by nobody named"
OUTSIDE_WINDOW = "outside the window"
NOWHERE = "planned visits to nowhere named"


class EventMemo(Protocol):
    """Events an earlier build made of the same groups (see ``merge_memo``)."""

    def event(
        self, group: Sequence[Mention], make: Callable[[Sequence[Mention]], Event]
    ) -> Event: ...

    def know(self, events: Iterable[Event]) -> None: ...


def assemble_events(
    groups: Sequence[Sequence[Mention]],
    config: Config,
    knowledge: Knowledge,
    previous: Sequence[PreviousEvent] = (),
    memo: EventMemo | None = None,
    left_out: Counter[str] | None = None,
) -> list[Event]:
    """The events of the mention groups that belong on the timeline; ``left_out`` counts
    the others by reason (``OFF_TOPIC``, ``NOBODYS_PLAN``, ``NOWHERE``, ``OUTSIDE_WINDOW``),
    so that the build report can say why a timeline is emptier than its articles."""
    tally = left_out if left_out is not None else Counter()
    make = functools.partial(_event, names=title_names(knowledge))
    sides = topic_sides(config, knowledge)
    on_topic = _kept(
        groups, lambda group: _on_topic(group, _hosts(group, sides, knowledge)), OFF_TOPIC, tally
    )
    made = [make(group) if memo is None else memo.event(group, make) for group in on_topic]
    made = _kept(made, lambda e: not _abroad(e, sides, knowledge), OFF_TOPIC, tally)
    made = _kept(made, lambda e: not _nobodys_plan(e), NOBODYS_PLAN, tally)
    made = _kept(made, lambda e: not _plan_to_nowhere(e), NOWHERE, tally)
    made = _kept(made, lambda e: config.in_window(e.span.start, e.span.end), OUTSIDE_WINDOW, tally)
    events = sorted(_link_related(_stable_ids(made, previous)), key=lambda e: (e.span.start, e.id))
    if memo is not None:
        memo.know(events)
    return events


def _kept(
    items: Sequence[T], keep: Callable[[T], bool], reason: str, tally: Counter[str]
) -> list[T]:
    kept = [item for item in items if keep(item)]
    tally[reason] += len(items) - len(kept)
    return kept


def topic_sides(config: Config, knowledge: Knowledge) -> tuple[frozenset[str], ...]:
    """The topic's sides in the tables' own names: a user may write a country as the
    press does ("Holy See", "Türkiye", "North Korea"), the reports name it one way
    ("Vatican", "Turkey", "DPRK"). Each name stays as written too: an organisation
    ("SCO", "WPK") counts by its own name."""
    return tuple(
        frozenset(side) | {country for name in side if (country := knowledge.country_of(name))}
        for side in config.topic_sides
    )


def _hosts(
    group: Sequence[Mention], sides: Sequence[frozenset[str]], knowledge: Knowledge
) -> Sequence[frozenset[str]]:
    """A topic of one side is what its people do and what its soil hosts: talks between
    two guests on the sidelines of a summit it holds are part of its story, though they
    involve only the guests' countries. The side then also counts the places it holds,
    by name. (With two sides or more, a meeting of outsiders on one side's soil is not an
    exchange between them.)"""
    if len(sides) != 1:
        return sides
    held = {p for m in group for p in m.places if knowledge.country_of(p) in sides[0]}
    return (sides[0] | held,) if held else sides


def _on_topic(group: Sequence[Mention], sides: Sequence[frozenset[str]]) -> bool:
    """Every side of the topic takes part (through people, places or organisations),
    either in the reports themselves, or — when they name one side and no outsider —
    in the headline and lead of the articles they come from. A topic of one side is a
    story, not an exchange: outsiders meeting in an article whose headline and lead are
    about it (mediators' summit on a war in Gaza) are the story too; what one of them
    does alone (an announcement at home, word that he will skip a summit) is not."""
    if not sides:
        return True
    involved = {country for m in group for country in m.countries}
    involved |= {place for m in group for place in m.places if any(place in s for s in sides)}
    if all(involved & side for side in sides):
        return True
    insiders = set().union(*sides)
    context = {country for m in group for country in m.article_countries}
    if len(sides) == 1 and all(m.type == "meeting" for m in group) and _met(group):
        return bool(context & insiders)
    return (
        bool(involved & insiders) and involved <= insiders and all(context & side for side in sides)
    )


def _met(group: Sequence[Mention]) -> bool:
    """Two people or more meet in these reports: one alone ("said he would not attend the
    summit") is no meeting of outsiders."""
    return len({actor for m in group for actor in m.actors}) >= 2


def _abroad(event: Event, sides: Sequence[frozenset[str]], knowledge: Knowledge) -> bool:
    """An event whose places all lie outside the topic's countries (a summit elsewhere).
    Only a topic of two or more sides is about exchanges between them; a topic of one
    side ("India") is about what its people do, and their trips abroad are the story.
    People of every side meeting on neutral ground (talks in Kuala Lumpur, a summit in
    Busan) are that exchange wherever it is held."""
    if len(sides) < 2:
        return False
    insiders = {country for side in sides for country in side}
    countries = {knowledge.country_of(place) for place in event.places}
    if not countries or countries & insiders:
        return False
    homes = {knowledge.country_of(person) for person in event.actors}
    return not all(homes & set(side) for side in sides)


def _nobodys_plan(event: Event) -> bool:
    """A visit or meeting planned by nobody named ("will allow tour groups to visit from
    November") is no exchange of the story: until someone reports it done, with who took
    part, it is only talk of one. So is a truce or a rule "set to take effect" (an event
    of no other kind), until a report says it did. (A planned anniversary needs nobody
    to be one.)"""
    return event.planned and not event.actors and event.type in {"visit", "meeting", "other"}


def _plan_to_nowhere(event: Event) -> bool:
    """A planned visit none of whose reports says where it goes ("will leave Washington
    on Friday night for a trip") is only the start of the trip's visits, which name their
    places. (A visit told as done, "wrapped up his visit on Saturday", is the one the
    article is about, wherever that was.)"""
    return event.planned and event.type == "visit" and not event.places


def _event(group: Sequence[Mention], names: TitleNames = ()) -> Event:
    span = best_span(group)
    if span.precision == "month":
        span = month_span(span.start)
    kind: EventType = group[0].type
    actors = _majority([m.actors for m in group])
    if kind == "ceremony":
        actors = _attendees(actors, group)
    places = _majority([m.places for m in group])
    planned = all(m.planned for m in group)
    return Event(
        id=_event_id(span, kind, group, places),
        title=event_title(kind, actors, places, group, names),
        span=span,
        type=kind,
        actors=actors,
        places=places,
        summary=_summary(group, span, actors, places),
        sources=_sources(group),
        planned=planned,
    )


def _attendees(actors: Sequence[str], group: Sequence[Mention]) -> tuple[str, ...]:
    """A ceremony's guests: people a firm report names, or two sources agree on
    (a passing name in one vague report is no guest)."""
    firm = {a for m in group if _firm(m) for a in m.actors}
    support = Counter(a for m in group for a in set(m.actors))
    return tuple(a for a in actors if a in firm or support[a] >= 2)


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


def _event_id(span: DateSpan, kind: str, group: Sequence[Mention], places: Sequence[str]) -> str:
    """Date, type and what identifies that kind of event: a ceremony's place, a visitor,
    the two people who meet. Unrelated seeds coming and going leave it unchanged."""
    when = span.start.strftime("%Y-%m") if span.precision == "month" else span.start.isoformat()
    support: dict[str, set[str]] = defaultdict(set)
    for mention in group:
        for actor in mention.actors:
            support[actor].add(mention.article_id)
    ranked = sorted(support, key=lambda a: (-len(support[a]), a))
    if kind == "ceremony" and places:
        keys = [places[0]]
    else:
        keys = sorted(ranked[: 1 if kind in ("visit", "announcement", "statement") else 2])
    return "-".join([when, kind, *(slugify(k) for k in keys)])


def _summary(
    group: Sequence[Mention], span: DateSpan, actors: Sequence[str], places: Sequence[str]
) -> str:
    """The plainest report of the event: a firm sentence dated like the event that names
    its people and place, reports it directly rather than as someone's words or as the
    background of another event ("... came after Sunday's meeting"), and is short."""

    def score(mention: Mention) -> tuple[float, str, str]:
        sentence = mention.evidence[0]
        value = 2.0 * (_firm(mention) and mention.span == span) + (not mention.planned)
        value += sum(1.0 for a in actors if a in mention.actors) + sum(
            0.5 for p in places if p in sentence
        )
        value -= 1.5 * bool(_REPORTED.search(sentence)) + len(sentence) / 250
        value -= 1.5 * _in_background(sentence, mention.date_text)
        return (-value, mention.article_id, sentence)

    return min(group, key=score).evidence[0]


def _in_background(sentence: str, date_text: str) -> bool:
    """Whether the event is told as what came before the sentence's own news: its date
    follows "after", "following" or "since" ("The meeting between Li and Choe came after
    the minister's Sunday meeting with Wang", "…, following her trip … on September 3")."""
    where = sentence.find(date_text) if date_text else -1
    return where > 0 and bool(_BACKGROUND.search(sentence, 0, where))


_BACKGROUND = re.compile(r"\b(?:after|following|since)\b", re.IGNORECASE)
_REPORTED = re.compile(
    r"^(?:[\w'-]+ ){0,6}(?:said|says|reported|noted|recalled|told)\b|^(?:According|During)\b"
)


def _sources(group: Sequence[Mention]) -> tuple[Source, ...]:
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for mention in group:
        by_article[mention.article_id].append(mention)
    sources = []
    for article_id in sorted(by_article):
        mentions = by_article[article_id]
        precise = min(
            mentions, key=lambda m: (not _firm(m), m.span.precision == "month", m.span.start)
        )
        evidence = tuple(dict.fromkeys(e for m in mentions for e in m.evidence))
        sources.append(
            Source(
                article_id,
                precise.outlet,
                evidence,
                precise.date_text,
                precise.span,
                all(m.planned for m in mentions),
            )
        )
    return tuple(sources)


def _stable_ids(events: list[Event], previous: Sequence[PreviousEvent]) -> list[Event]:
    """Keep the address an event had in the last build when it is clearly the same event
    (same type, most sources in common), then give colliding new ids deterministic suffixes.
    With unchanged seeds every event finds its own last address, so builds repeat exactly."""
    taken: set[str] = set()
    kept: list[Event] = []
    by_article = _by_article(previous)
    for event in sorted(events, key=_identity):
        sharing = {i for s in event.sources for i in by_article.get(s.article_id, ())}
        earlier = _same_as(event, [previous[i] for i in sharing], taken)
        if earlier is not None:
            event = _with_id(event, earlier)
            taken.add(earlier)
        kept.append(event)
    by_id: dict[str, list[Event]] = defaultdict(list)
    for event in kept:
        by_id[event.id].append(event)
    unique: list[Event] = []
    for event_id, same in by_id.items():
        same.sort(key=lambda e: (e.id not in taken, _identity(e)))
        for number, event in enumerate(same, start=1):
            unique.append(event if number == 1 else _with_id(event, f"{event_id}-{number}"))
    return unique


def _by_article(previous: Sequence[PreviousEvent]) -> dict[str, list[int]]:
    """The last build's events (their positions) by article: an event can only be one that
    shares an article with it, so it need not be compared with all of them."""
    index: dict[str, list[int]] = defaultdict(list)
    for position, earlier in enumerate(previous):
        for article_id in earlier.articles:
            index[article_id].append(position)
    return index


def _identity(event: Event) -> tuple[object, ...]:
    """A total order on events that depends on their content only."""
    sources = tuple((s.article_id, s.evidence) for s in event.sources)
    return (-len(event.sources), event.span.start, event.span.end, event.id, sources)


def _same_as(event: Event, previous: Iterable[PreviousEvent], taken: set[str]) -> str | None:
    """The last build's id of this event: same type, and most of that event's sources are
    this one's (it may have gained sources since). Ties go to the closer match, then the
    earlier id, so twins keep their own addresses."""
    articles = {s.article_id for s in event.sources}
    best: tuple[float, float, str] | None = None
    for earlier in previous:
        if earlier.type != event.type or earlier.id in taken or not earlier.articles:
            continue
        kept = len(articles & earlier.articles) / len(earlier.articles)
        closeness = len(articles & earlier.articles) / len(articles | earlier.articles)
        candidate = (-kept, -closeness, earlier.id)
        if kept > 0.5 and (best is None or candidate < best):
            best = candidate
    return best[2] if best is not None else None


@dataclass(frozen=True)
class PreviousEvent:
    """An event of the last build, as ``site/events.json`` recorded it."""

    id: str
    type: str
    articles: frozenset[str]


def previous_events(events_json: Path, kept: Path | None = None) -> list[PreviousEvent]:
    """The last build's events (none if there is no readable ``events.json``).

    ``kept`` is where ``keep_previous_events`` left them: read from there when that copy
    was made of this very file (its size and mtime), as parsing the file of a large
    site takes a tenth of a second."""
    stamp = stored.stamp(events_json)
    if kept is not None and stamp is not None:
        found = stored.load(kept)
        if isinstance(found, tuple) and len(found) == 2 and found[0] == stamp:
            return list(found[1])
    try:
        data = json.loads(events_json.read_text(encoding="utf-8"))
        return [
            PreviousEvent(e["id"], e["type"], frozenset(s["article"] for s in e["sources"]))
            for e in data.get("events", [])
        ]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return []


def keep_previous_events(events_json: Path, kept: Path, events: Iterable[Event]) -> None:
    """What ``previous_events`` would read back from the ``events.json`` just written."""
    stamp = stored.stamp(events_json)
    known = stored.load(kept)
    if stamp is None or (isinstance(known, tuple) and known[:1] == (stamp,)):
        return  # no file, or the copy was made of this very file
    ordered = sorted(events, key=lambda e: (e.span.start, e.id))
    found = [
        PreviousEvent(e.id, e.type, frozenset(s.article_id for s in e.sources)) for e in ordered
    ]
    stored.save(kept, (stamp, found))


def _with_id(event: Event, new_id: str) -> Event:
    return replace(event, id=new_id)


def _link_related(events: list[Event]) -> list[Event]:
    """A visit and the meetings and ceremonies inside it are parts of one whole."""
    by_start = sorted(events, key=lambda e: e.span.start)
    starts = [e.span.start for e in by_start]
    related: dict[str, set[str]] = defaultdict(set)
    for visit in (e for e in events if e.type == "visit"):
        first, last = bisect_left(starts, visit.span.start), bisect_right(starts, visit.span.end)
        for event in by_start[first:last]:  # the events that start during the visit
            if event is visit or not set(visit.actors) & set(event.actors):
                continue
            related[visit.id].add(event.id)
            related[event.id].add(visit.id)
    return [replace(e, related=tuple(sorted(related[e.id]))) for e in events]
