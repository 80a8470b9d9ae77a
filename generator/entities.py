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
from functools import cache, cached_property

from generator.introduced import (
    full_names,
    names_someone_new,
    title_pattern,
    titled_people,
    words_of_name,
)
from generator.knowledge import Knowledge, Person, short_forms
from generator.name_patterns import (
    NAME_START,
    NamePattern,
    Spellings,
    any_title,
    any_word,
    every_short_name,
    first_words,
    fused_alternatives,
    person_names,
    the_title,
    words_of,
    words_pattern,
    written_in_cjk,
)
from generator.places_named import PlacesNamed


@dataclass(frozen=True)
class Found:
    """What one clause or sentence names."""

    people: tuple[str, ...] = ()  # canonical names, in order of first appearance
    places: tuple[str, ...] = ()  # cities and sites, not countries
    countries: frozenset[str] = frozenset()  # every side involved, for the topic check
    destinations: tuple[str, ...] = ()  # capitals of countries named outright ("visits China")


# Made for every sentence naming someone and never changed: slotted rather than frozen,
# as a frozen dataclass is slower to make.
@dataclass(slots=True)
class _Reading:
    """The people a text names outright; "the premier" also needs who was named before."""

    hits: tuple[tuple[int, str], ...]  # (position, person), in order
    people: tuple[str, ...]  # each person once, in order of first appearance
    names: frozenset[str]


_NOBODY = _Reading((), (), frozenset())


@dataclass
class ArticleEntities:
    """Reads an article's sentences in order, remembering who was named how."""

    knowledge: Knowledge
    short_names: dict[str, str]
    introduced: tuple[Person, ...] = ()  # people the tables do not list, by their titles here
    last_seen: dict[str, int] = field(default_factory=dict)
    sentence_index: int = 0
    _read: dict[str, _Reading] = field(default_factory=dict)
    _found: dict[tuple[str, tuple[str, ...]], Found] = field(default_factory=dict)
    _title_mentions: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    _titles_seen: set[str] = field(default_factory=set)  # the titles of everyone named so far
    _title_seen_in: re.Pattern[str] | None = None  # whether a text holds one of them

    @classmethod
    def for_text(cls, knowledge: Knowledge, paragraphs: Iterable[str]) -> ArticleEntities:
        text = "\n".join(paragraphs)
        counts = Counter(full_names(text, knowledge))
        shorts: dict[str, str] = {}
        # Known people first, then those the article introduces by a title ("German
        # Chancellor Olaf Scholz … Scholz said"): a short name goes to the first that has it.
        for name, _ in counts.most_common():
            for token in short_forms(name, knowledge.not_names):
                shorts.setdefault(token, name)
        # Fullest name first: "Tamim" is "Tamim bin Hamad Al Thani", named so before.
        introduced = titled_people(text, knowledge)
        names = list(dict.fromkeys(person.name for person in introduced))
        for name in sorted(names, key=lambda n: -len(n.split())):
            for token in words_of_name(name, knowledge.not_names):
                shorts.setdefault(token, name)
        for token, name in knowledge.unique_surnames.items():
            if token in shorts or token not in text:
                continue
            # "Kim Yo Jong" spelt out: "Kim" is not Kim Jong Un
            if _another_named(token, name.split()[1]).search(text) is None:
                shorts[token] = name  # "Choe" alone, in an article that never spells her out
        return cls(knowledge, shorts, tuple(dict.fromkeys(introduced)))

    def find(self, text: str, remember: bool = True) -> Found:
        text = text.replace("’", "'")  # same length: positions stay valid
        people = self._people(text)
        if remember:
            self._remember(people)
        found = self._found.get((text, people))
        if found is None:
            found = self._found[(text, people)] = self._with_places(text, people)
        return found

    def remember(self, text: str) -> tuple[str, ...]:
        """Note who ``text`` names, as ``find`` does, when nothing else about it matters."""
        people = self._people(text.replace("’", "'"))
        self._remember(people)
        return people

    def _remember(self, people: tuple[str, ...]) -> None:
        for name in people:
            if name not in self.last_seen:
                titles = len(self._titles_seen)
                self._titles_seen.update(
                    t for p in self._titled_people if p.name == name for t in p.titles
                )
                if len(self._titles_seen) > titles:
                    self._title_seen_in = any_title(frozenset(self._titles_seen))
            self.last_seen[name] = self.sentence_index

    def _people(self, text: str) -> tuple[str, ...]:
        reading = self._read.get(text)
        if reading is None:
            reading = self._read[text] = self._reading(text)
        extra = self._by_title_only(text, reading.names)
        return _in_order([*reading.hits, *extra]) if extra else reading.people

    def _reading(self, text: str) -> _Reading:
        if not self._may_name_someone(text):
            return _NOBODY  # most sentences: no name, surname or title, nobody to find
        named = self._named(text)
        hits = sorted({*named, *self._surnames(text), *self._titled(text, named)})
        if not hits:
            return _NOBODY  # most sentences name no one
        return _Reading(tuple(hits), _in_order(hits), frozenset(name for _, name in hits))

    def _with_places(self, text: str, people: tuple[str, ...]) -> Found:
        places, countries, capitals = self._places.find(text)
        countries |= {c for c in (self.country_of(p) for p in people) if c}
        return Found(people, places, frozenset(countries), capitals)

    def country_of(self, name: str) -> str | None:
        """A person's country as the tables say, else as this article's title for them
        says ("Indian Prime Minister Narendra Modi"): someone the tables never heard of
        still brings their country into the topic check and home into a visit."""
        known = self.knowledge.country_of(name)
        if known:
            return known
        return self._introduced_countries.get(name)

    @cached_property
    def _introduced_countries(self) -> dict[str, str]:
        countries: dict[str, str] = {}
        for person in self.introduced:
            if person.country:
                countries.setdefault(person.name, person.country)
        return countries

    def next_sentence(self) -> None:
        self.sentence_index += 1

    def _named(self, text: str) -> list[tuple[int, str]]:
        found = []
        for match in self._person_names.finditer(text):
            person = self.knowledge.person(match.group(0))
            if person is not None:
                found.append((match.start(), person.name))
        return found

    @cached_property
    def _titled_people(self) -> tuple[Person, ...]:
        """Everyone "the premier" may stand for: the tables' people and this article's own."""
        return (*self.knowledge.people, *self.introduced)

    @cached_property
    def _person_names(self) -> Spellings:
        return person_names(self.knowledge)

    @cached_property
    def _places(self) -> PlacesNamed:
        return PlacesNamed(self.knowledge)

    @cached_property
    def _surname_patterns(self) -> tuple[NamePattern, ...]:
        """The short names of everyone in the tables (one pattern all articles share), and
        a small one of this article's own: those of people it introduces by a title."""
        shared = every_short_name(self.knowledge.short_names)
        if shared is None:
            return (words_pattern(tuple(sorted(self.short_names))),) if self.short_names else ()
        own = tuple(sorted(self.short_names.keys() - self.knowledge.short_names))
        return (shared, words_pattern(own)) if own else (shared,)

    def _may_name_someone(self, text: str) -> bool:
        """Whether ``_named``, ``_surnames`` or ``_titled`` may find someone in ``text``."""
        starts = self._name_starts
        if starts is None or written_in_cjk(text):  # CJK names start inside words too
            return any(words.search(text) for words in self._name_words)
        return not starts.isdisjoint(words_of(text))

    @cached_property
    def _name_starts(self) -> frozenset[str] | None:
        """The first word of every name, short name and title: a text with none of them
        as a word (and no CJK letters) names no one (see ``first_words``). None when that
        cannot be told."""
        title = self._title_pattern
        starts = (
            self._person_names.first_words,
            first_words(self.short_names),
            title.first_words if title is not None else frozenset(),
        )
        known = [words for words in starts if words is not None]
        return frozenset().union(*known) if len(known) == len(starts) else None

    @cached_property
    def _name_words(self) -> tuple[re.Pattern[str], ...]:
        """Any word that starts a person's name, a short name or a title: where there is
        none, ``_named``, ``_surnames`` and ``_titled`` find nothing. A regex all articles
        share, and one of the article's own short names (compiling the words of all
        together for each article would cost more than it saves)."""
        first, *own = self._surname_patterns or (None,)
        shared = (first, self._title_pattern)
        person = self.knowledge.person_clue.pattern
        everyone = any_word((person, *(p.words.pattern for p in shared if p is not None)))
        return (everyone, *(p.words for p in own if p is not None))

    @cached_property
    def _title_pattern(self) -> NamePattern | None:
        return title_pattern(self.knowledge)

    @cached_property
    def _the_title(self) -> re.Pattern[str]:
        return the_title(tuple(self.knowledge.words.get("cues", {}).get("after_title", [])))

    def _surnames(self, text: str) -> list[tuple[int, str]]:
        if not self.short_names:
            return []
        found = []
        short_names = self.short_names
        for match in (m for p in self._surname_patterns for m in p.finditer(text)):
            name = short_names.get(match.group(0))
            if name is None:
                continue  # another article's short name (see every_short_name)
            if NAME_START.match(text, match.end()):
                continue  # the start of another full name ("Li Jiacheng")
            found.append((match.start(), name))
        return found

    def _titled(self, text: str, named: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Unknown names right after a title: "Vice Premier Ding Xuexiang"."""
        if self._title_pattern is None:
            return []
        found = []
        for match in self._title_pattern.finditer(text):
            name = match.group("name")
            if any(start == match.start("name") for start, _ in named):
                continue  # the start of a known name spelled differently ("Choe Son-hui")
            if names_someone_new(match, self.knowledge):
                found.append((match.start("name"), self.short_names.get(name, name)))
        return found

    def _by_title_only(self, text: str, named: frozenset[str]) -> list[tuple[int, str]]:
        """ "the premier" → the person last named who bears that title."""
        if self._title_seen_in is None or self._title_seen_in.search(text) is None:
            return []  # no title of anyone named so far: nobody it could point to
        mentions = self._title_mentions.get(text)
        if mentions is None:
            mentions = self._title_mentions[text] = [
                (match.start(), match.group(1).strip(), match.group(2).strip())
                for match in self._the_title.finditer(text)
            ]
        found = []
        for start, qualifier, title in mentions:
            person = self._holder(title, qualifier)
            if person is not None and person not in named:
                found.append((start, person))
        return found

    def _holder(self, title: str, qualifier: str) -> str | None:
        country = self.knowledge.country_of(qualifier) if qualifier else None
        holders = [
            p.name
            for p in self._titled_people
            if title in p.titles
            and p.name in self.last_seen
            and (country is None or p.country in (country, ""))
        ]
        return max(holders, key=lambda name: self.last_seen[name], default=None)


@cache
def _another_named(surname: str, given: str) -> re.Pattern[str]:
    r"""The surname before a name other than ``given``: someone else of that name. Its
    ``\b`` is written after the surname (``fused_alternatives``), so that the engine
    skips ahead to the surname rather than trying every position of the article."""
    start = (fused_alternatives([surname]) or [rf"\b{re.escape(surname)}"])[0]
    return re.compile(rf"{start}[ -](?!{re.escape(given)})[A-Z][a-z]+")


def _in_order(hits: list[tuple[int, str]]) -> tuple[str, ...]:
    """Each person once, by first position."""
    people: list[str] = []
    for _, name in sorted(hits):
        if name not in people:
            people.append(name)
    return tuple(people)
