"""Who meets whom when a sentence names more than two people.

- "Trump sat down with Anwar and, separately, with Lula that afternoon" is two meetings,
  of the subject with each (``separately`` in words.toml), not one of three people.
- "The agreement was inked after the two leaders held a bilateral meeting" is between
  the two the sentence before named, when "the two leaders" is what acts in the clause
  (``the_two_acting``); not when it is only spoken of ("the second meeting between the
  two leaders after their talks on Aug. 25" names a recalled meeting, not its people).
"""

from __future__ import annotations

import re
from functools import cache

from generator.clauses import any_word
from generator.entities import ArticleEntities
from generator.knowledge import Knowledge


def separate_meetings(
    text: str, actors: tuple[str, ...], entities: ArticleEntities, knowledge: Knowledge
) -> list[tuple[str, ...]]:
    """The people of each meeting a clause tells apart by "separately" or "then with":
    the subject (the first actor, named before the cue or by "she") with those named
    before the cue, and with those named after it. One group when nothing tells them
    apart."""
    cues = tuple(knowledge.words.get("cues", {}).get("separately", ()))
    cue = any_word(cues).search(text) if cues and len(actors) >= 3 else None
    if cue is None:
        return [actors]
    after = set(entities.find(text[cue.end() :], remember=False).people)
    subject = actors[0]
    first = tuple(a for a in actors if a not in after)
    second = tuple(a for a in actors if a in after and a != subject)
    if subject in after or len(first) < 2 or not second:
        return [actors]
    return [first, (subject, *second)]


def acting_pair(
    text: str,
    sentence: str,
    pair_before: tuple[str, ...],
    entities: ArticleEntities,
    knowledge: Knowledge,
) -> tuple[str, ...]:
    """Whom "the two leaders held a bilateral meeting" in ``text`` stands for: the first
    two people the ``sentence`` names before it, else the pair of the sentence before
    (``pair_before``); none when "the two" does not act in ``text``."""
    cues = tuple(knowledge.words.get("cues", {}).get("the_two_acting", ()))
    acting = _acting(cues).search(text) if cues else None
    if acting is None:
        return ()
    at = sentence.find(acting.group(0))
    named = entities.find(sentence[: max(at, 0)], remember=False).people
    return named[:2] if len(named) >= 2 else pair_before


@cache
def _acting(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(cues)})", re.IGNORECASE)
