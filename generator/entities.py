"""People, places and countries named in a piece of text, in canonical spelling.

Besides the spellings in the knowledge tables, a person is recognised by a bare
surname ("Li said") — the person of that name the article names most — by a title
before an unknown name ("Foreign Ministry spokesperson Mao Ning"), and by a title
alone ("the premier", "the DPRK foreign minister") — the person last named with it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from generator.knowledge import Knowledge

_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}"


@dataclass(frozen=True)
class Found:
    """What one clause or sentence names."""

    people: tuple[str, ...] = ()  # canonical names, in order of first appearance
    places: tuple[str, ...] = ()  # cities and sites, not countries
    countries: frozenset[str] = frozenset()  # every side involved, for the topic check
    destinations: tuple[str, ...] = ()  # capitals of countries named outright ("visits China")


@dataclass
class ArticleEntities:
    """Reads an article's sentences in order, remembering who was named how."""

    knowledge: Knowledge
    short_names: dict[str, str]
    last_seen: dict[str, int] = field(default_factory=dict)
    sentence_index: int = 0
    _seen: dict[tuple[str, tuple[tuple[str, int], ...]], Found] = field(default_factory=dict)

    @classmethod
    def for_text(cls, knowledge: Knowledge, paragraphs: Iterable[str]) -> ArticleEntities:
        text = "\n".join(paragraphs)
        counts = Counter(_full_names(text, knowledge))
        shorts: dict[str, str] = {}
        for name, _ in counts.most_common():
            for token in _short_forms(name, knowledge.not_names):
                shorts.setdefault(token, name)
        for token, name in knowledge.unique_surnames.items():
            others = re.search(
                rf"\b{re.escape(token)}[ -](?!{re.escape(name.split()[-1])})[A-Z][a-z]+", text
            )
            if token not in shorts and others is None:
                shorts[token] = name  # "Choe" alone, in an article that never spells her out
        return cls(knowledge, shorts)

    def find(self, text: str, remember: bool = True) -> Found:
        text = text.replace("’", "'")  # same length: positions stay valid
        key = (text, self._title_state())
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self._find(text)
        if remember:
            for name in found.people:
                self.last_seen[name] = self.sentence_index
        return found

    def _title_state(self) -> tuple[tuple[str, int], ...]:
        """Who was last named with a title: "the premier" depends on it."""
        return tuple(sorted(self.last_seen.items()))

    def _find(self, text: str) -> Found:
        named = self._named(text)
        hits = sorted({*named, *self._surnames(text), *self._titled(text, named)})
        hits = [*hits, *self._by_title_only(text, {name for _, name in hits})]
        people: list[str] = []
        for _, name in sorted(hits):
            if name not in people:
                people.append(name)
        places, countries, capitals = self._places(text)
        countries |= {c for c in (self.knowledge.country_of(p) for p in people) if c}
        return Found(tuple(people), places, frozenset(countries), capitals)

    def next_sentence(self) -> None:
        self.sentence_index += 1

    def _named(self, text: str) -> list[tuple[int, str]]:
        found = []
        for match in self.knowledge.person_pattern.finditer(text):
            person = self.knowledge.person(match.group(0))
            if person is not None:
                found.append((match.start(), person.name))
        return found

    def _surnames(self, text: str) -> list[tuple[int, str]]:
        if not self.short_names:
            return []
        pattern = _word_pattern(tuple(sorted(self.short_names)))
        found = []
        for match in pattern.finditer(text):
            following = text[match.end() : match.end() + 12]
            if re.match(r"[ -][A-Z][a-z]", following):
                continue  # the start of another full name ("Li Jiacheng")
            found.append((match.start(), self.short_names[match.group(0)]))
        return found

    def _titled(self, text: str, named: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Unknown names right after a title: "Vice Premier Ding Xuexiang"."""
        titles = self.knowledge.words.get("cues", {}).get("person_titles", [])
        if not titles:
            return []
        found = []
        for match in _titled_pattern(tuple(titles)).finditer(text):
            name = match.group("name")
            if any(start == match.start("name") for start, _ in named):
                continue  # the start of a known name spelled differently ("Choe Son-hui")
            if self.knowledge.person(name) is None and self.knowledge.place(name) is None:
                found.append((match.start("name"), name))
        return found

    def _by_title_only(self, text: str, named: set[str]) -> list[tuple[int, str]]:
        """ "the premier" → the person last named who bears that title."""
        found = []
        for match in re.finditer(
            r"\bthe ((?:[A-Z][\w.']+ )*)([a-z][a-z ]+?)\b(?= said| told|'s|,| who| and|\.)", text
        ):
            qualifier, title = match.group(1).strip(), match.group(2).strip()
            person = self._holder(title, qualifier)
            if person is not None and person not in named:
                found.append((match.start(), person))
        return found

    def _holder(self, title: str, qualifier: str) -> str | None:
        country = self.knowledge.country_of(qualifier) if qualifier else None
        holders = [
            p.name
            for p in self.knowledge.people
            if title in p.titles
            and p.name in self.last_seen
            and (country is None or p.country == country)
        ]
        return max(holders, key=lambda name: self.last_seen[name], default=None)

    def _places(self, text: str) -> tuple[tuple[str, ...], set[str], tuple[str, ...]]:
        places: list[str] = []
        capitals: list[str] = []
        countries: set[str] = set()
        for match in self.knowledge.place_pattern.finditer(text):
            spelling = match.group(0)
            place = self.knowledge.place(spelling)
            if place is None:
                country = self.knowledge.country_of(spelling)
                if country:
                    countries.add(country)
                continue
            if place.country:
                countries.add(place.country)
            if (
                place.kind == "place"
                and place.name not in places
                and _is_location(text, match.start())
            ):
                places.append(place.name)
            if place.kind == "country" and place.capital and place.capital not in capitals:
                capitals.append(place.capital)
        return tuple(places), countries, tuple(capitals)


_LOCATION_CUE = re.compile(
    r"\b(?:in|at|to|from|into|for|near|outside|inside|toward|towards|via|through|left|leave|leaves|"
    r"leaving|reached|reaching|visited|visiting|visit|toured|landed in|the)\s+$",
    re.IGNORECASE,
)


def _is_location(text: str, start: int) -> bool:
    """ "in Beijing", "left Pyongyang": a place; "Beijing said": the government, not a place."""
    return _LOCATION_CUE.search(text[max(0, start - 20) : start]) is not None


def _full_names(text: str, knowledge: Knowledge) -> list[str]:
    names = []
    for match in knowledge.person_pattern.finditer(text):
        person = knowledge.person(match.group(0))
        if person is not None:
            names.append(person.name)
    return names


def _short_forms(name: str, not_names: frozenset[str]) -> list[str]:
    """A name's surname-like tokens: "Li" of "Li Qiang", "Putin" of "Vladimir Putin"."""
    tokens = name.split()
    if len(tokens) < 2:
        return []
    return [
        t for t in (tokens[0], tokens[-1]) if len(t) >= 2 and t[0].isupper() and t not in not_names
    ]


@cache
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


@cache
def _titled_pattern(titles: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    return re.compile(rf"\b(?:{body})\s+(?P<name>{_NAME})\b")
