"""Event titles written by the tool: "Li Qiang meets Choe Son Hui in Beijing"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from generator.model import Mention

_CEREMONIES = (
    ("parade", "Military parade"),
    ("commemorat", "Commemorations"),
    ("celebrat", "Celebrations"),
    ("anniversary", "Anniversary celebrations"),
    ("wreath", "Wreath-laying"),
    ("banquet", "Banquet"),
)


def event_title(
    kind: str, actors: Sequence[str], places: Sequence[str], mentions: Sequence[Mention]
) -> str:
    where = f" in {places[0]}" if places else ""
    people = list(actors)
    if kind == "meeting":
        return _meeting(people, where)
    if kind == "visit":
        who = _names(people[:1]) or "Delegation"
        return f"{who} visits {places[0]}" if places else f"{who} makes a visit"
    if kind == "ceremony":
        noun = _ceremony_noun(mentions)
        return f"{noun}{where}" + (f" attended by {_names(people[:2])}" if people else "")
    if kind == "message":
        if len(people) >= 2:
            return f"{people[0]} sends a message to {people[1]}"
        return f"{_names(people) or 'Message'} sends a message" if people else "Message sent"
    if kind == "announcement":
        subject = f"{people[0]}'s visit" if people else "Visit"
        return f"{subject} announced"
    if kind == "statement":
        return f"Statement by {_names(people[:2])}" if people else f"Official statement{where}"
    return f"{_names(people[:2]) or 'Event'}{where}"


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


def _ceremony_noun(mentions: Sequence[Mention]) -> str:
    counts: Counter[str] = Counter()
    for mention in mentions:
        text = mention.evidence[0].lower()
        for stem, noun in _CEREMONIES:
            if re.search(stem, text):
                counts[noun] += 1
                break
    return counts.most_common(1)[0][0] if counts else "Ceremony"
