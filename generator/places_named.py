"""Places named in a text, and whether a name is where something happened.

"Talks in Moscow" name a place, "Moscow said" a government: a city or site counts as
a place only after a cue of location ("in", "at", "left", "베이징에서", "в Кремле"),
while every name still brings its country into the topic check.
"""

from __future__ import annotations

import re
from functools import cached_property

from generator.knowledge import Knowledge
from generator.name_patterns import Spellings, place_names


class PlacesNamed:
    """Finds the places, countries and capitals in texts, with one knowledge's names."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge

    @cached_property
    def _names(self) -> Spellings:
        return place_names(self.knowledge)

    def find(self, text: str) -> tuple[tuple[str, ...], set[str], tuple[str, ...]]:
        """The places ``text`` names as where something is (cities and sites, once each,
        in order), the countries it involves, and the capitals of countries it names."""
        places: list[str] = []
        capitals: list[str] = []
        countries: set[str] = set()
        for match in self._names.finditer(text):
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
        if not is_location(text, start, match.end(), sure):
            return False
        return (
            text[max(0, start - 5) : start] != "from "
            or self._stance_from.search(text, max(0, start - _LONGEST_STANCE), start) is None
        )

    @cached_property
    def _stance_from(self) -> re.Pattern[str]:
        nouns = self.knowledge.words.get("cues", {}).get("stance_from", ())
        return re.compile(rf"\b(?:{'|'.join(nouns) or '(?!)'})\s+from\s+$", re.IGNORECASE)


_CAPITAL = re.compile(r"\s+capital\b")
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


def is_location(text: str, start: int, end: int | None = None, sure: bool = False) -> bool:
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
