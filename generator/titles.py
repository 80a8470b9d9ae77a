"""Event titles written by the tool: "Li Qiang meets Choe Son Hui in Beijing"."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from generator.knowledge import Knowledge
from generator.model import Mention

CeremonyNames = tuple[tuple[str, str], ...]  # pattern, the name a title gives the event
TitleNames = tuple[tuple[str, CeremonyNames], ...]  # event type, its names
NAMED_TYPES = ("ceremony", "statement", "other")  # the types with a ``<type>_names`` table


def ceremony_names(knowledge: Knowledge) -> CeremonyNames:
    """The ``ceremony_names`` table of the words (see ``data/words.toml``)."""
    return _names_table(knowledge, "ceremony")


def title_names(knowledge: Knowledge) -> TitleNames:
    """What titles call ceremonies, statements and other events: the ``ceremony_names``,
    ``statement_names`` and ``other_names`` tables of the words."""
    return tuple((kind, _names_table(knowledge, kind)) for kind in NAMED_TYPES)


def _names_table(knowledge: Knowledge, kind: str) -> CeremonyNames:
    names = knowledge.words.get(f"{kind}_names", {}).get("names", ())
    return tuple((str(pattern), str(name)) for pattern, name in names)


def event_title(
    kind: str,
    actors: Sequence[str],
    places: Sequence[str],
    mentions: Sequence[Mention],
    names: TitleNames = (),
) -> str:
    named = _most_named(mentions, dict(names).get(kind, ()))
    where = f" in {places[0]}" if places else ""
    people = list(actors)
    if kind == "meeting":
        return _meeting(people, where)
    if kind == "visit":
        who = _names(people[:1]) or "Delegation"
        return f"{who} visits {places[0]}" if places else f"{who} makes a visit"
    if kind == "ceremony":
        return f"{named or 'Ceremony'}{where}" + (
            f" attended by {_names(people[:2])}" if people else ""
        )
    if kind == "message":
        if len(people) >= 2:
            return f"{people[0]} sends a message to {people[1]}"
        return f"{_names(people) or 'Message'} sends a message" if people else "Message sent"
    if kind == "announcement":
        subject = f"{people[0]}'s visit" if people else "Visit"
        return f"{subject} announced"
    if kind == "statement":
        if people:
            return f"{named or 'Statement'} by {_names(people[:2])}"
        return f"{named or 'Official statement'}{where}"
    return f"{named or _names(people[:2]) or 'Event'}{where}"


def _meeting(people: list[str], where: str) -> str:
    if len(people) >= 2:
        return f"{people[0]} meets {_names(people[1:3])}{where}"
    if people:
        return f"{people[0]} holds talks{where}"
    return f"Talks{where}"


def _names(people: Sequence[str]) -> str:
    if len(people) <= 1:
        return "".join(people)
    return ", ".join(people[:-1]) + f" and {people[-1]}"


def _most_named(mentions: Sequence[Mention], names: CeremonyNames) -> str:
    """The name most reports' first sentences give the event, "" when none names it."""
    counts: Counter[str] = Counter()
    for mention in mentions:
        found = _first_name(mention.evidence[0], names) if names else ""
        if found:
            counts[found] += 1
    return counts.most_common(1)[0][0] if counts else ""


def occasion(text: str, knowledge: Knowledge) -> str:
    """The ceremony ``text`` names when it is an act of its own (a wreath-laying: one of
    the ``distinct`` ceremony names), else ""."""
    table = knowledge.words.get("ceremony_names", {})
    distinct = frozenset(str(name) for name in table.get("distinct", ()))
    if not distinct:
        return ""
    found = _first_name(text, ceremony_names(knowledge))
    return found if found in distinct else ""


def _first_name(text: str, names: CeremonyNames) -> str:
    """The first ceremony name whose pattern ``text`` holds, "" if none."""
    return next((name for pattern, name in _compiled(names) if pattern.search(text)), "")


@functools.lru_cache(maxsize=8)
def _compiled(names: CeremonyNames) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern, re.IGNORECASE), name) for pattern, name in names)
