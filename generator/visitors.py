"""Who makes a visit that a possessive names: "Kim Jong Un's visit to China".

"X's visit (or trip, tour…) to P" names X as the visitor and P as the place, whoever
else the sentence names: in "talks with Wang after Kim's visit to China" Wang is no
visitor. The nouns are ``trip_nouns`` in words.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.clauses import any_word
from generator.entities import ArticleEntities, Found
from generator.knowledge import Knowledge

# The name before the possessive: the last few words, so "leader Kim Jong Un's" gives Kim.
_NAME_BEFORE = re.compile(r"(?:\S+\s+){0,3}\S+$")
# Where the destination ends: a clause break or a word that starts a new phrase.
_DESTINATION = re.compile(
    r"[^,;:.()]*?(?=\s+(?:for|on|in|at|earlier|later|last|this|next|"
    r"that|which|and|to|laid|was|is|has|had|will|would)\b|[,;:.()]|$)"
)


@dataclass(frozen=True)
class Visitor:
    person: str
    destination: Found | None  # the words after "to", if any


def possessive_visitor(text: str, entities: ArticleEntities, at: int) -> Visitor | None:
    """The "X's visit to P" of ``text`` nearest the date at ``at`` whose X is a person:
    "Choe's late-September trip … Li's visit" is Choe's for "late-September"."""
    pattern = _possessive_trip(tuple(_trip_nouns(entities.knowledge)))
    if pattern is None:
        return None
    plain = text.replace("’", "'")
    found = []
    for match in pattern.finditer(plain):
        owner = _NAME_BEFORE.search(plain, 0, match.start())
        people = entities.find(owner.group(0), remember=False).people if owner else ()
        if people:
            distance = max(match.start() - at, at - match.end(), 0)
            where = _destination(plain, match.end(), entities)
            found.append((distance, Visitor(people[-1], where)))
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _destination(text: str, at: int, entities: ArticleEntities) -> Found | None:
    to = re.compile(r"\s+to\s+").match(text, at)
    if to is None:
        return None
    words = _DESTINATION.match(text, to.end())
    return entities.find(f"to {words.group(0)}", remember=False) if words else None


def _trip_nouns(knowledge: Knowledge) -> list[str]:
    return list(knowledge.words.get("cues", {}).get("trip_nouns", ()))


@cache
def _possessive_trip(nouns: tuple[str, ...]) -> re.Pattern[str] | None:
    """ "'s visit", "'s late-September trip", "'s first state visit"."""
    if not nouns:
        return None
    return re.compile(rf"'s\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(nouns)})\b", re.IGNORECASE)


# How far after "saw … off" or "hosted" the guest may be named: "hosted North Korean
# Foreign Minister Choe Son Hui".
_GUEST_AFTER = 60


def guest_first(text: str, actors: list[str], entities: ArticleEntities) -> list[str]:
    """ "Kim saw Li off at the airport", "Wang hosted Choe from Sept 27 to 30": whom a host
    sees off or hosts is the visitor, named first (``seeing_off`` and ``hosting`` in
    words.toml; "Li was seen off by Kim" names Li first already)."""
    cues = entities.knowledge.words.get("cues", {})
    pattern = _host_acts((*cues.get("seeing_off", ()), *cues.get("hosting", ())))
    match = pattern.search(text) if pattern is not None else None
    if match is None:
        return actors
    after = text[match.start() : match.end() + _GUEST_AFTER]
    guest = next((p for p in entities.find(after, remember=False).people if p in actors), None)
    return actors if guest is None else [guest, *(a for a in actors if a != guest)]


@cache
def _host_acts(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """What a host does to a guest, as whole words."""
    return any_word(words) if words else None


def host_last(text: str, actors: list[str], entities: ArticleEntities) -> list[str]:
    """ "At the invitation of Wang Yi, Choe Son Hui will pay a visit to China": whom a
    visitor is invited by is the host, named after the visitor (``invited_by`` in
    words.toml), so that the visit goes away from the visitor's home, not the host's."""
    pattern = _invited_by(tuple(entities.knowledge.words.get("cues", {}).get("invited_by", ())))
    if pattern is None:
        return actors
    hosts = {
        person
        for match in pattern.finditer(text)
        for person in entities.find(match.group(0), remember=False).people
    }
    guests = [a for a in actors if a not in hosts]
    return [*guests, *(a for a in actors if a in hosts)] if guests else actors


@cache
def _invited_by(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The phrase naming the host: from the words to the end of the phrase. Chinese words
    ("应…邀请") have no spaces around them, and their phrase ends at "，" or "。"."""
    if not words:
        return None
    bounded = (rf"\b{w}\b" if w[:1].isascii() else w for w in words)
    return re.compile(rf"(?:{'|'.join(bounded)})[^,;.，；。]*", re.IGNORECASE)
