"""A thing named by the act that made it: "suspend the measures announced on Oct 9",
"the export controls China's commerce ministry announced on Oct. 9", "a response to
Beijing's new controls announced Thursday".

The date is the act's, and the act's words are the noun phrase and its verb alone:
whoever the rest of the sentence names (the speaker who mentions the measures, the
summit where they were suspended) neither made the announcement nor was where it was
made. The verbs are ``made_by`` in ``[cues]`` of ``words.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from generator.clauses import Clause
from generator.knowledge import Knowledge
from generator.model import DateMention
from generator.phrase_lists import alternation

# A determiner or a possessive opens the noun phrase, after a word of the clause (a verb
# or a preposition: "suspend the…", "of the…", "to Beijing's…") or a dash; at most eight
# words, the maker perhaps among them ("controls it announced"), then the participle,
# perhaps "by" its maker, right before the date ("on", "last", nothing).
_OPENING = r"(?<=[a-z,—–-] )(?:the|an?|its|their|these|those|[A-Z][\w.-]*(?:'s|’s))\s+"
_BY = r"(?:\s+by\s+[^,;:()]{1,60}?)?"
_BEFORE_DATE = r"(?:\s+(?:on|last|late|early|earlier|this))?\s*$"


def made_thing_start(text: str, date_at: int, knowledge: Knowledge) -> int | None:
    """Where the noun phrase starts when the words right before ``date_at`` name a thing
    by the act that made it, else None."""
    match = _pattern(knowledge).search(text, max(0, date_at - 160), date_at)
    return match.start() if match is not None else None


def made_thing_words(
    text: str, date_at: int, date_end: int, trigger_at: int, knowledge: Knowledge
) -> str:
    """The noun phrase, its verb and the date, when the event word found for the date is
    that verb or in that phrase ("the measures announced on Oct 9"); else ""."""
    start = made_thing_start(text, date_at, knowledge)
    return text[start:date_end] if start is not None and start <= trigger_at < date_at else ""


def before_made_things(clause: Clause, date: DateMention, end: int, knowledge: Knowledge) -> int:
    """Where the words of an earlier date's event stop: at the noun phrase of a later date
    naming a thing made ("released on Saturday … the controls it announced on Oct. 9"),
    whose act is that date's alone."""
    later = [d.start_char - clause.start for d in clause.dates if d.start_char > date.start_char]
    starts = [made_thing_start(clause.text, at, knowledge) for at in later if at < end]
    return min([end, *(start for start in starts if start is not None)])


def _pattern(knowledge: Knowledge) -> re.Pattern[str]:
    verbs = tuple(knowledge.words.get("cues", {}).get("made_by", ()))
    return _compiled(verbs)


@cache
def _compiled(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"{_OPENING}(?:[\w'’./-]+\s+){{0,8}}?(?:{alternation(list(verbs))}){_BY}{_BEFORE_DATE}"
    )
