"""People an article names that the knowledge tables may not know.

An article introduces someone by a title before the name ("German Chancellor Olaf
Scholz"); after that, "Scholz" and "the chancellor" stand for them. These helpers find
such people, the full names the tables know, and the words that may stand for a name.
"""

from __future__ import annotations

import re

from generator.knowledge import Knowledge, Person
from generator.name_patterns import NamePattern, person_names, titled_pattern


def full_names(text: str, knowledge: Knowledge) -> list[str]:
    names = []
    for match in person_names(knowledge).finditer(text):
        person = knowledge.person(match.group(0))
        if person is not None:
            names.append(person.name)
    return names


def title_pattern(knowledge: Knowledge) -> NamePattern | None:
    cues = knowledge.words.get("cues", {})
    titles, sole = cues.get("person_titles", []), cues.get("sole_name_titles", [])
    polite = tuple(cues.get("honorifics", ()))
    return titled_pattern(tuple(titles), tuple(sole), polite) if titles or sole else None


def titled_people(text: str, knowledge: Knowledge) -> list[Person]:
    """People the tables do not list, named right after a title, in the order they appear,
    with that title and the country a word before it names ("German Chancellor Olaf
    Scholz"): "the chancellor" and "the German chancellor" may then stand for them."""
    pattern = title_pattern(knowledge)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        name = match.group("name")
        if not names_someone_new(match, knowledge):
            continue
        title = text[match.start() : match.start("name")].strip().casefold()
        before = _WORD_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
        country = knowledge.country_of(before.group(1)) if before is not None else None
        found.append(Person(name, (), (title,), country or ""))
    return found


def names_someone_new(match: re.Match[str], knowledge: Knowledge) -> bool:
    """A name after a title that the tables do not know, with or without its title: "Pope
    Leo" is Pope Leo XIV (no new "Leo"), "Sultan Ahmed Mosque" a place (no "Ahmed Mosque")."""
    return not any(
        knowledge.person(text) is not None or knowledge.place(text) is not None
        for text in (match.group("name"), match.group(0).strip())
    )


_WORD_BEFORE = re.compile(r"([\w.-]+)(?:'s)? $")


def words_of_name(name: str, not_names: frozenset[str]) -> list[str]:
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
