"""A date used as an adjective of a thing that is no event: "suspending the Oct. 9
measures", "in response to China's Oct. 9 export controls", "would delay the 9 October
measures by a year".

The date belongs to the thing (when the measures were announced), not to whatever event
word the clause has before it ("the talks", "Beijing's statement"): such a date dates no
event of its clause. A date before an event word ("the Oct. 9 talks", "the Sept. 3
military parade") is the event's own (``events._names_next``).
"""

from __future__ import annotations

import re

from generator.clauses import find_trigger
from generator.entities import ArticleEntities
from generator.knowledge import Knowledge

# A determiner or a possessive right before the date.
_DETERMINER = re.compile(r"(?:\b(?:the|its|their|these|those)|\w(?:'s|’s))\s+$")
# The noun phrase after it: one to three words, the first in lower case.
_NOUN_PHRASE = re.compile(r"\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,2}")


def dates_a_thing(text: str, start: int, end: int, knowledge: Knowledge, language: str) -> bool:
    """Whether the date at ``text[start:end]`` is an adjective of a noun phrase naming no
    event."""
    if language != "en" or _DETERMINER.search(text[max(0, start - 40) : start]) is None:
        return False
    noun = _NOUN_PHRASE.match(text, end)
    if noun is None:
        return False
    return find_trigger(text, end, noun.end(), knowledge, language) is None


# A name in the possessive right before the date: "Trump's Oct. 10 threat".
_POSSESSOR = re.compile(r"((?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3})(?:'s|’s)\s+$")


def possessor(text: str, start: int, entities: ArticleEntities) -> str | None:
    """ "Trump's Oct. 10 threat", "Kim's Sept. 3 appearance": the person whose event a date
    used as an adjective names (None when no known person's name comes before it)."""
    match = _POSSESSOR.search(text[max(0, start - 60) : start])
    people = entities.find(match[1], remember=False).people if match is not None else ()
    return people[0] if people else None
