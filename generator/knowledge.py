"""Knowledge tables: outlets, people, places, organisations, and event words.

The built-in tables live in ``generator/data/*.toml``; a project may add its own in
``knowledge/*.toml`` (same file names, same shape). An entry whose ``name`` is already
known replaces the built-in one; new names are appended. Places come in two files: the
world gazetteer (``world.toml``) and the story's own places (``places.toml``), read in
that order, so the second's entries replace the first's.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from generator.errors import ConfigError
from generator.required_text import any_of, required_text

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: str  # "outlet" or "agency"
    aliases: tuple[str, ...]
    owners: tuple[str, ...]
    zone: str
    dates: str  # "DMY", "MDY", or "" when the table does not say

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    titles: tuple[str, ...]
    country: str
    alone: tuple[str, ...] = ()  # short names that stand for this person when no other is


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    aliases: tuple[str, ...]
    kind: str  # "place", "country" or "organisation"
    demonyms: tuple[str, ...] = ()
    capital: str = ""
    family_name_first: bool = False


@dataclass(frozen=True)
class Knowledge:
    outlets: tuple[Outlet, ...]
    people: tuple[Person, ...]
    places: tuple[Place, ...]
    words: dict[str, Any]

    def outlet_named(self, text: str) -> Outlet | None:
        """The outlet whose name or alias is exactly ``text`` (ignoring case and 'the')."""
        return self._outlet_index.get(_outlet_key(text))

    def outlet(self, name: str | None) -> Outlet | None:
        return None if name is None else self._outlet_index.get(_outlet_key(name))

    @cached_property
    def _outlet_index(self) -> dict[str, Outlet]:
        index: dict[str, Outlet] = {}
        for outlet in self.outlets:
            for spelling in (*outlet.spellings, *outlet.owners):
                index.setdefault(_outlet_key(spelling), outlet)
        return index

    @cached_property
    def outlet_pattern(self) -> re.Pattern[str]:
        spellings = {s for o in self.outlets for s in (*o.spellings, *o.owners) if len(s) >= 3}
        body = "|".join(re.escape(s) for s in sorted(spellings, key=lambda s: (-len(s), s)))
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)

    def person(self, name: str) -> Person | None:
        return self._person_index.get(name.casefold())

    @cached_property
    def _person_index(self) -> dict[str, Person]:
        index: dict[str, Person] = {}
        for person in self.people:
            for spelling in (person.name, *person.aliases):
                index.setdefault(spelling.casefold(), person)
        return index

    def place(self, name: str) -> Place | None:
        return self._place_index.get(name.casefold())

    def city(self, name: str) -> Place | None:
        """The city (or site) of this spelling, when it also names its country ("Moscow")."""
        return self._city_index.get(name.casefold())

    @cached_property
    def _city_index(self) -> dict[str, Place]:
        return _by_spelling(p for p in self.places if p.kind == "place")

    @cached_property
    def _place_index(self) -> dict[str, Place]:
        return _by_spelling(self.places)

    @cached_property
    def person_pattern(self) -> re.Pattern[str]:
        return _alternation(s for p in self.people for s in (p.name, *p.aliases))

    @cached_property
    def place_pattern(self) -> re.Pattern[str]:
        spellings = (s for p in self.places for s in (p.name, *p.aliases, *p.demonyms))
        return _alternation(spellings)

    @cached_property
    def person_clue(self) -> re.Pattern[str]:
        """Any spelling of a person anywhere: a quick test before ``person_pattern``."""
        return _anywhere(s for p in self.people for s in (p.name, *p.aliases))

    @cached_property
    def place_clue(self) -> re.Pattern[str]:
        """Any spelling of a place anywhere: a quick test before ``place_pattern``."""
        return _anywhere(s for p in self.places for s in (p.name, *p.aliases, *p.demonyms))

    @cached_property
    def unique_surnames(self) -> dict[str, str]:
        """Family names that stand for one person of the tables when an article never
        spells that person out: those only one person bears ("Choe" → Choe Son Hui), and
        those a person's ``alone`` claims ("Kim" → Kim Jong Un, among many Kims)."""
        owners: dict[str, set[str]] = {}
        for person in self.people:
            tokens = person.name.split()
            if len(tokens) >= 2 and self._family_name_first(person.country):
                owners.setdefault(tokens[0], set()).add(person.name)
        unique = {
            t: min(names)
            for t, names in owners.items()
            if len(names) == 1 and t not in self.not_names
        }
        claimed: dict[str, str] = {}
        for person in self.people:
            for token in person.alone:
                claimed.setdefault(token, person.name)
        return {**unique, **claimed}

    @cached_property
    def short_names(self) -> frozenset[str]:
        """Every word a person may be named by alone: "Li" of "Li Qiang", "Choe"."""
        forms = {
            form for person in self.people for form in short_forms(person.name, self.not_names)
        }
        return frozenset(forms | self.unique_surnames.keys())

    @cached_property
    def not_names(self) -> frozenset[str]:
        return frozenset(self.words.get("cues", {}).get("not_names", []))

    def _family_name_first(self, country: str) -> bool:
        return any(
            p.kind == "country" and p.name == country and p.family_name_first for p in self.places
        )

    def country_of(self, name: str) -> str | None:
        """The country a person, place, organisation or demonym belongs to."""
        person = self.person(name)
        if person is not None:
            return person.country
        place = self.place(name)
        if place is not None:
            return place.country
        return self._demonym_index.get(name.casefold())

    @cached_property
    def _demonym_index(self) -> dict[str, str]:
        return {d.casefold(): p.country for p in self.places for d in p.demonyms}


def _by_spelling(places: Iterable[Place]) -> dict[str, Place]:
    """Each place by its name and aliases, ignoring case; the first one read keeps a spelling."""
    index: dict[str, Place] = {}
    for place in places:
        for spelling in (place.name, *place.aliases):
            index.setdefault(spelling.casefold(), place)
    return index


def short_forms(name: str, not_names: frozenset[str]) -> list[str]:
    """A name's surname-like tokens: "Li" of "Li Qiang", "Putin" of "Vladimir Putin"."""
    tokens = name.split()
    if len(tokens) < 2:
        return []
    return [
        t for t in (tokens[0], tokens[-1]) if len(t) >= 2 and t[0].isupper() and t not in not_names
    ]


def _outlet_key(text: str) -> str:
    text = _LEADING_THE.sub("", text)
    if text.isascii():  # the same as below, by a character table: many times faster
        return text.lower().translate(_ASCII_NOT_WORD)
    return _NOT_WORD.sub("", text.casefold())


_LEADING_THE = re.compile(r"^\s*the\s+", re.IGNORECASE)
_NOT_WORD = re.compile(r"[^\w]")
_ASCII_NOT_WORD = str.maketrans("", "", "".join(filter(_NOT_WORD.match, map(chr, range(128)))))


def _alternation(spellings: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any spelling, longest first, on word boundaries.

    Chinese is written without spaces, so its spellings match anywhere; see ``cjk_spelling``
    for Korean.
    """
    unique = sorted(set(spellings), key=lambda s: (-len(s), s))
    latin = "|".join(re.escape(s) for s in unique if not _CJK.match(s))
    cjk = "|".join(cjk_spelling(s) for s in unique if _CJK.match(s))
    body = rf"(?<![\w-])(?:{latin})(?![\w-])" + (f"|(?:{cjk})" if cjk else "")
    return re.compile(body)


def _anywhere(spellings: Iterable[str]) -> re.Pattern[str]:
    """Any spelling, inside words too. Without the word-boundary checks of ``_alternation``
    the regex engine can skip ahead by first letters: many times faster on text naming none."""
    unique = sorted(set(spellings), key=lambda s: (-len(s), s))
    return re.compile("|".join(re.escape(s) for s in unique))


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def cjk_spelling(spelling: str) -> str:
    """The regex of a Chinese, Japanese or Korean spelling. Korean puts spaces between
    words, with particles after a name ("리창은"), so a Korean name starts a word: "리 총리"
    (Premier Li) is not the end of "우리 총리" (our premier)."""
    text = re.escape(spelling)
    return HANGUL_WORD_START + text if _HANGUL.match(spelling) else text


HANGUL_LETTER = r"[\uac00-\ud7a3]"
_HANGUL = re.compile(HANGUL_LETTER)
HANGUL_WORD_START = rf"(?<!{HANGUL_LETTER})"


@dataclass(frozen=True)
class CaseBlind:
    """A regex matched ignoring case, faster in ASCII text: matched case-sensitively in
    the lowercased text it finds the same spans, as long as the pattern names no capital
    letter (not as a letter, by number, or in a range such as ``[!-_]``) and sets no flag.
    Case-insensitive regexes are slow, and most patterns in words.toml are of that kind."""

    pattern: re.Pattern[str]  # the pattern with re.IGNORECASE
    lowercase: re.Pattern[str] | None  # the pattern without it, when that finds the same
    # Found in the lowercased text wherever ``lowercase`` matches (one of the plain texts
    # its words hold), looked for first: a pattern starting with ``\b`` is tried at every
    # position, where these are looked for from their rarest letters.
    needed: re.Pattern[str] | None = None

    def finditer(
        self, text: str, start: int = 0, end: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """The matches' spans; their text may be lowercased."""
        if self.lowercase is not None and text.isascii():
            lowered = text.lower()
            if self.needed is not None and self.needed.search(lowered, start, end) is None:
                return iter(())
            return self.lowercase.finditer(lowered, start, end)
        return self.pattern.finditer(text, start, end)

    def search(self, text: str, start: int = 0, end: int = sys.maxsize) -> bool:
        if self.lowercase is not None and text.isascii():
            lowered = text.lower()
            if self.needed is not None and self.needed.search(lowered, start, end) is None:
                return False
            return self.lowercase.search(lowered, start, end) is not None
        return self.pattern.search(text, start, end) is not None


def case_blind(pattern: str, words: Sequence[str] = ()) -> CaseBlind:
    """``pattern`` compiled to be matched ignoring case. ``words``: the regexes it is any
    of (``\b(?:{"|".join(words)})\b``), when it is; each holds a plain text (``required_text``),
    one of which a lowercased text must hold for the pattern to match there."""
    lowercase = re.compile(pattern) if lowercase_is_enough(pattern) else None
    texts = [required_text(word) for word in words]
    # A text of a letter or two, or none at all, is in nearly every sentence: no use.
    worth = lowercase is not None and bool(texts) and min(map(len, texts)) >= _SHORTEST_NEEDED
    return CaseBlind(
        re.compile(pattern, re.IGNORECASE), lowercase, any_of(texts) if worth else None
    )


_SHORTEST_NEEDED = 3


def lowercase_is_enough(pattern: str) -> bool:
    """Whether ``pattern`` finds in lowercased ASCII text what it finds ignoring case.

    A letter that matches no ASCII character even ignoring case (the ``é`` of
    ``communiqu[eé]``) matches nothing in such text either way: it is read as a plain
    ``_``, which is as harmless (not in a range, which a plain letter may not end)."""
    if not pattern.isascii():
        pattern = "".join(c if c.isascii() or not matches_no_ascii(c) else "_" for c in pattern)
    return pattern.isascii() and _LOWERCASE_ONLY.fullmatch(pattern) is not None


@cache
def matches_no_ascii(character: str) -> bool:
    """Whether no ASCII character matches ``character``, even ignoring case (``é``, ``©``,
    ``版``; not ``ſ``, which matches ``s``, nor the Kelvin sign, which matches ``k``)."""
    regex = re.compile(re.escape(character), re.IGNORECASE)
    return not any(regex.fullmatch(chr(code)) for code in range(128))


_LOWERCASE_ONLY = re.compile(
    r"(?:[a-z0-9 _'\",;:!&/%=<>~@#-]"  # lowercase letters, digits, other plain characters
    r"|\((?!\?[aiLmsux-])|[)|?*+.{}^$]"  # groups (but no inline flags), quantifiers, anchors
    r"|\\[bBwWsSdDAZ]|\\[^A-Za-z0-9]"  # classes of characters, escaped punctuation
    r"|\[\^?(?:\\[wWsSdD]|\\[^A-Za-z0-9]|[a-z0-9 _'\",.;:!?&/])*-?\])*"  # sets, without ranges
)


def load_knowledge(project_dir: Path | None = None) -> Knowledge:
    """The built-in tables, extended by the project's ``knowledge/`` folder if any."""
    tables = {
        name: _read_tables(name, project_dir)
        for name in ("outlets", "people", "places", "words", "furniture")
    }
    outlets = tuple(_outlet(e) for e in tables["outlets"].get("outlet", []))
    people = tuple(_person(e) for e in tables["people"].get("person", []))
    places = tuple(
        _place(entry, kind)
        for kind in ("country", "place", "organisation")
        for entry in tables["places"].get(kind, [])
    )
    return Knowledge(outlets, people, places, _with_furniture(tables["words"], tables["furniture"]))


def _with_furniture(words: dict[str, Any], furniture: dict[str, Any]) -> dict[str, Any]:
    """The words table with ``furniture.toml``'s sections added: a list there extends the
    list of the same name (page furniture is kept apart from the event words)."""
    merged = {
        key: dict(value) if isinstance(value, dict) else value for key, value in words.items()
    }
    for section, entries in furniture.items():
        target = merged.setdefault(section, {})
        for key, value in entries.items():
            known = target.get(key)
            target[key] = [*known, *value] if isinstance(known, list) else value
    return merged


def _read_tables(name: str, project_dir: Path | None) -> dict[str, Any]:
    """A table read from its files in order (built-in, then the project's): an entry
    replaces the one of the same name read before it."""
    parts = _PARTS.get(name, (name,))
    files = [DATA_DIR / f"{part}.toml" for part in parts]
    if project_dir is not None:
        files += [project_dir / f"{part}.toml" for part in parts]
    merged: dict[str, Any] = {}
    for path in files:
        if path.parent == DATA_DIR or path.exists():
            merged = _merged(merged, _read_toml(path))
    return merged


# Tables read from several files: the world's places, then the story's own, which win.
_PARTS = {"places": ("world", "places")}


def _merged(known_tables: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(known_tables)
    for key, value in extra.items():
        known = merged.get(key)
        if isinstance(value, list) and isinstance(known, list):
            names = {e.get("name") for e in value if isinstance(e, dict)}
            merged[key] = [e for e in known if e.get("name") not in names] + value
        elif isinstance(value, dict) and isinstance(known, dict):
            # A list given replaces the built-in list of its name; the table's others stay.
            merged[key] = {**known, **value}
        else:
            merged[key] = value
    return merged


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{path.name}: cannot read knowledge table: {exc}"]) from exc


def _outlet(entry: dict[str, Any]) -> Outlet:
    return Outlet(
        name=entry["name"],
        kind=entry.get("kind", "outlet"),
        aliases=tuple(entry.get("aliases", ())),
        owners=tuple(entry.get("owners", ())),
        zone=entry.get("zone", "UTC"),
        dates=entry.get("dates", ""),
    )


def _person(entry: dict[str, Any]) -> Person:
    return Person(
        name=entry["name"],
        aliases=tuple(entry.get("aliases", ())),
        titles=tuple(entry.get("titles", ())),
        country=entry.get("country", ""),
        alone=tuple(entry.get("alone", ())),
    )


def _place(entry: dict[str, Any], kind: str) -> Place:
    return Place(
        name=entry["name"],
        country=entry.get("country", entry["name"] if kind == "country" else ""),
        aliases=tuple(entry.get("aliases", ())),
        kind=kind,
        demonyms=tuple(entry.get("demonyms", ())),
        capital=entry.get("capital", ""),
        family_name_first=bool(entry.get("family_name_first", False)),
    )
