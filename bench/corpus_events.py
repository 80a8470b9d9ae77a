"""The story behind the synthetic corpus: people, places and a list of events.

Names come from the generator's own knowledge tables, so the extractor recognises
them; every event pairs a China-side person with a DPRK-side one so that it passes
the ``[topic]`` filter of the benchmark's timeline.toml.
"""

from __future__ import annotations

import datetime as dt
import random
import tomllib
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "generator" / "data"
SIDES = ("China", "DPRK")
EVENT_TYPES = ("meeting", "visit", "message", "ceremony", "statement", "planned_visit")
TYPE_WEIGHTS = (30, 22, 14, 12, 10, 12)
OCCASIONS = (
    "the founding of the Workers' Party of Korea",
    "the founding of the People's Republic of China",
    "the signing of the China-DPRK Treaty of Friendship",
    "the victory in the Korean War",
    "the founding of the DPRK",
    "the establishment of diplomatic ties between the two countries",
)


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    side: str


@dataclass(frozen=True)
class Event:
    """One happening that several outlets will report."""

    number: int
    day: dt.date
    kind: str
    host: Person
    guest: Person
    place: str
    occasion: str
    length_days: int


@dataclass(frozen=True)
class Cast:
    """People and places per side, read from the knowledge tables."""

    people: dict[str, tuple[Person, ...]]
    places: dict[str, tuple[str, ...]]


def load_cast() -> Cast:
    people_data = tomllib.loads((DATA / "people.toml").read_text(encoding="utf-8"))
    places_data = tomllib.loads((DATA / "places.toml").read_text(encoding="utf-8"))
    people = {side: tuple(_people(people_data, side)) for side in SIDES}
    places = {
        side: tuple(p["name"] for p in places_data["place"] if p["country"] == side)
        for side in SIDES
    }
    return Cast(people, places)


def _people(data: dict[str, list[dict[str, object]]], side: str) -> list[Person]:
    found = []
    for entry in data["person"]:
        titles = entry.get("titles") or ["official"]
        if entry.get("country") == side and isinstance(titles, list):
            found.append(Person(str(entry["name"]), str(titles[0]), side))
    return found


def make_events(
    count: int, rng: random.Random, cast: Cast, start: dt.date, days: int
) -> list[Event]:
    """``count`` events spread over ``days`` days from ``start``, sorted by date."""
    days_drawn = sorted(start + dt.timedelta(days=rng.randrange(days)) for _ in range(count))
    return [_event(number, day, rng, cast) for number, day in enumerate(days_drawn)]


def _event(number: int, day: dt.date, rng: random.Random, cast: Cast) -> Event:
    kind = rng.choices(EVENT_TYPES, TYPE_WEIGHTS)[0]
    host_side = rng.choice(SIDES)
    guest_side = SIDES[1] if host_side == SIDES[0] else SIDES[0]
    host = _pick_person(rng, cast, host_side, kind)
    guest = _pick_person(rng, cast, guest_side, kind)
    place = rng.choice(cast.places[host_side])
    return Event(number, day, kind, host, guest, place, rng.choice(OCCASIONS), rng.randint(2, 5))


def _pick_person(rng: random.Random, cast: Cast, side: str, kind: str) -> Person:
    pool = cast.people[side]
    if kind == "statement" and side == "China":
        spokes = [p for p in pool if "spokes" in p.title]
        pool = tuple(spokes) or pool
    # Leaders appear far more often than anyone else, as in real coverage.
    weights = [6 if i < 2 else 1 for i in range(len(pool))]
    return rng.choices(pool, weights)[0]


def earlier_event(events: list[Event], event: Event, rng: random.Random) -> Event | None:
    """A previous event within about seven weeks, for a vague back-reference."""
    window = [
        e
        for e in events[max(0, event.number - 40) : event.number]
        if 3 <= (event.day - e.day).days <= 50
    ]
    return rng.choice(window) if window else None
