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
from functools import cached_property

from generator.knowledge import Knowledge, Person, short_forms
from generator.name_patterns import (
    NAME_START,
    NamePattern,
    any_title,
    any_word,
    every_short_name,
    person_names,
    place_names,
    the_title,
    titled_pattern,
    words_pattern,
)


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
        counts = Counter(_full_names(text, knowledge))
        shorts: dict[str, str] = {}
        # Known people first, then those the article introduces by a title ("German
        # Chancellor Olaf Scholz … Scholz said"): a short name goes to the first that has it.
        for name, _ in counts.most_common():
            for token in short_forms(name, knowledge.not_names):
                shorts.setdefault(token, name)
        # Fullest name first: "Tamim" is "Tamim bin Hamad Al Thani", named so before.
        introduced = _titled_people(text, knowledge)
        names = list(dict.fromkeys(person.name for person in introduced))
        for name in sorted(names, key=lambda n: -len(n.split())):
            for token in _words_of_name(name, knowledge.not_names):
                shorts.setdefault(token, name)
        for token, name in knowledge.unique_surnames.items():
            if token in shorts or token not in text:
                continue
            others = re.search(  # "Kim Yo Jong" spelt out: "Kim" is not Kim Jong Un
                rf"\b{re.escape(token)}[ -](?!{re.escape(name.split()[1])})[A-Z][a-z]+", text
            )
            if others is None:
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
        if self._name_words and not any(words.search(text) for words in self._name_words):
            return _NOBODY  # most sentences: no name, surname or title, nobody to find
        named = self._named(text)
        hits = sorted({*named, *self._surnames(text), *self._titled(text, named)})
        if not hits:
            return _NOBODY  # most sentences name no one
        return _Reading(tuple(hits), _in_order(hits), frozenset(name for _, name in hits))

    def _with_places(self, text: str, people: tuple[str, ...]) -> Found:
        places, countries, capitals = self._places(text)
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
    def _person_names(self) -> NamePattern:
        return person_names(self.knowledge)

    @cached_property
    def _place_names(self) -> NamePattern:
        return place_names(self.knowledge)

    @cached_property
    def _surname_patterns(self) -> tuple[NamePattern, ...]:
        """The short names of everyone in the tables (one pattern all articles share), and
        a small one of this article's own: those of people it introduces by a title."""
        shared = every_short_name(self.knowledge.short_names)
        if shared is None:
            return (words_pattern(tuple(sorted(self.short_names))),) if self.short_names else ()
        own = tuple(sorted(self.short_names.keys() - self.knowledge.short_names))
        return (shared, words_pattern(own)) if own else (shared,)

    @cached_property
    def _name_words(self) -> tuple[re.Pattern[str], ...]:
        """Any word that starts a person's name, a short name or a title: where there is
        none, ``_named``, ``_surnames`` and ``_titled`` find nothing. A regex all articles
        share, and one of the article's own short names (compiling the words of all
        together for each article would cost more than it saves)."""
        first, *own = self._surname_patterns or (None,)
        shared = (self._person_names, first, self._title_pattern)
        everyone = any_word(tuple(p.words.pattern for p in shared if p is not None))
        return (everyone, *(p.words for p in own if p is not None))

    @cached_property
    def _title_pattern(self) -> NamePattern | None:
        return _titles(self.knowledge)

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
            if _names_someone_new(match, self.knowledge):
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

    def _places(self, text: str) -> tuple[tuple[str, ...], set[str], tuple[str, ...]]:
        places: list[str] = []
        capitals: list[str] = []
        countries: set[str] = set()
        for match in self._place_names.finditer(text):
            spelling = match.group(0)
            place = self.knowledge.place(spelling)
            if place is not None and place.kind == "country" and place.name != spelling:
                # "Moscow said" is Russia, "talks in Moscow" the city ("closer to Moscow" stays
                # Russia: "to" is no sure sign of a place there)
                city = self.knowledge.city(spelling)
                if city is not None and self._is_location(text, match, sure=True):
                    place = city
            if place is None:
                country = self.knowledge.country_of(spelling)
                if country:
                    countries.add(country)
                    capital = self._capital_named(text, match, country)
                    places += [capital] if capital and capital not in places else []
                continue
            if place.country:
                countries.add(place.country)
            if (
                place.kind == "place"
                and place.name not in places
                and self._is_location(text, match)
            ):
                places.append(place.name)
            if place.kind == "country" and place.capital and place.capital not in capitals:
                capitals.append(place.capital)
        return tuple(places), countries, tuple(capitals)

    def _capital_named(self, text: str, match: re.Match[str], country: str) -> str | None:
        """ "at a hotel in the Malaysian capital": a demonym before "capital" names it."""
        if not _CAPITAL.match(text, match.end()) or not text[: match.start()].endswith("the "):
            return None
        state = self.knowledge.place(country)
        city = self.knowledge.place(state.capital) if state and state.capital else None
        return city.name if city is not None and city.kind == "place" else None

    def _is_location(self, text: str, match: re.Match[str], sure: bool = False) -> bool:
        """ "in Beijing": a place; "a show of support from Beijing": the government whose
        support it is (``stance_from`` in words.toml), not where anything happened."""
        start = match.start()
        if not _is_location(text, start, match.end(), sure):
            return False
        return (
            text[max(0, start - 5) : start] != "from "
            or self._stance_from.search(text, max(0, start - _LONGEST_STANCE), start) is None
        )

    @cached_property
    def _stance_from(self) -> re.Pattern[str]:
        nouns = self.knowledge.words.get("cues", {}).get("stance_from", ())
        return re.compile(rf"\b(?:{'|'.join(nouns) or '(?!)'})\s+from\s+$", re.IGNORECASE)


_LOCATION_CUES = (
    "in", "at", "to", "from", "into", "for", "near", "outside", "inside", "toward", "towards",
    "via", "through", "left", "leave", "leaves", "leaving", "reached", "reaching", "visited",
    "visiting", "visit", "toured", "landed in", "the", "à", "au", "aux", "dans", "vers", "depuis",
    # French "à", "au", …; a place within a place: "at the port of Beirut", "village of Annaya"
    "port of", "city of", "town of", "village of", "suburbs of", "outskirts of", "streets of",
)  # fmt: skip
_LOCATION_CUE = re.compile(rf"\b({'|'.join(_LOCATION_CUES)})\s+$", re.IGNORECASE)
_UNSURE_CUES = frozenset({"to", "the"})
_LONGEST_STANCE = 40  # characters of "condemnation from " and the spaces around it
_LONGEST_CUE = max(map(len, _LOCATION_CUES))


# The same in Chinese, written right before the place: "在平壤", "抵达北京".
_CJK_LOCATION_CUE = re.compile(r"(?:在|于|到|抵达|到达|赴|前往|离开|访问)$")


# Russian and Ukrainian prepositions of place: "в Кремле", "из Минска", "у Стамбулі", "з Києва".
_CYRILLIC_LOCATION_CUE = re.compile(r"(?<!\w)(?:[вВуУ]о?|[иИіІ]?[зЗ]|[дД]о)\s+$")


# Korean marks a place by the particle after it: "베이징에서", "평양에", "평양으로".
_KOREAN_LOCATION_PARTICLE = re.compile(r"(?:에서|에|으로|로)(?:는|도)?(?![\uac00-\ud7a3])")


def _is_location(text: str, start: int, end: int | None = None, sure: bool = False) -> bool:
    """ "in Beijing", "left Pyongyang", "베이징에서" (the name ending at ``end``): a place;
    "Beijing said": the government, not a place. ``sure``: only cues that leave no doubt
    ("in", "at", "from", …; not "to" nor "the")."""
    if end is not None and _KOREAN_LOCATION_PARTICLE.match(text, end) is not None:
        return True
    before = text[max(0, start - 20) : start]
    # A cue (case-blind, a letter for a letter) ends where the spaces before the place
    # start: it is looked for there, not tried at every position.
    near = max(0, len(before.rstrip()) - _LONGEST_CUE)
    cue = _LOCATION_CUE.search(before, near)
    if cue is not None and not (sure and cue.group(1).casefold() in _UNSURE_CUES):
        return True
    if before.isascii():
        return False
    return (
        _CJK_LOCATION_CUE.search(before) is not None
        or _CYRILLIC_LOCATION_CUE.search(before) is not None
    )


def _full_names(text: str, knowledge: Knowledge) -> list[str]:
    names = []
    for match in person_names(knowledge).finditer(text):
        person = knowledge.person(match.group(0))
        if person is not None:
            names.append(person.name)
    return names


def _titles(knowledge: Knowledge) -> NamePattern | None:
    cues = knowledge.words.get("cues", {})
    titles, sole = cues.get("person_titles", []), cues.get("sole_name_titles", [])
    polite = tuple(cues.get("honorifics", ()))
    return titled_pattern(tuple(titles), tuple(sole), polite) if titles or sole else None


def _titled_people(text: str, knowledge: Knowledge) -> list[Person]:
    """People the tables do not list, named right after a title, in the order they appear,
    with that title and the country a word before it names ("German Chancellor Olaf
    Scholz"): "the chancellor" and "the German chancellor" may then stand for them."""
    pattern = _titles(knowledge)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        name = match.group("name")
        if not _names_someone_new(match, knowledge):
            continue
        title = text[match.start() : match.start("name")].strip().casefold()
        before = _WORD_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
        country = knowledge.country_of(before.group(1)) if before is not None else None
        found.append(Person(name, (), (title,), country or ""))
    return found


def _names_someone_new(match: re.Match[str], knowledge: Knowledge) -> bool:
    """A name after a title that the tables do not know, with or without its title: "Pope
    Leo" is Pope Leo XIV (no new "Leo"), "Sultan Ahmed Mosque" a place (no "Ahmed Mosque")."""
    return not any(
        knowledge.person(text) is not None or knowledge.place(text) is not None
        for text in (match.group("name"), match.group(0).strip())
    )


_CAPITAL = re.compile(r"\s+capital\b")
_WORD_BEFORE = re.compile(r"([\w.-]+)(?:'s)? $")


def _words_of_name(name: str, not_names: frozenset[str]) -> list[str]:
    """Each word that may stand for a person the tables do not know: which of "Luiz
    Inacio Lula da Silva" the press calls him by is not for us to guess ("Lula")."""
    return [
        word
        for word in name.split()
        if word[0].isupper()
        and len(word) >= 2
        and word not in not_names
        and _NOT_NAME_WORD.fullmatch(word) is None
    ]


_NOT_NAME_WORD = re.compile(r"[IVX]+|Al|El")  # "Charles III", "Al Thani"


def _in_order(hits: list[tuple[int, str]]) -> tuple[str, ...]:
    """Each person once, by first position."""
    people: list[str] = []
    for _, name in sorted(hits):
        if name not in people:
            people.append(name)
    return tuple(people)
