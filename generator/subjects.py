"""Whose event a clause tells when it does not name its subject itself.

"Li arrived on Oct 9 and met Kim the same day" (the sentence's subject), "Li, who arrived
on Thursday, met Kim on Friday" (the person before the relative clause), "Kim's visit …,
when he watched a parade" (whose event the clause before names), "During his meeting
with Kim, President Xi said …" (the speaker named after the pronoun).
"""

from __future__ import annotations

import re

from generator.clauses import Clause, clause_grammar
from generator.descriptions import describes, person_described
from generator.model import DateMention
from generator.reports import Context
from generator.sentence_cues import opens_with_pronoun

_HIS = re.compile(r"\b(?:his|her|he|she)\b", re.IGNORECASE)


def speaker_ahead(context: Context, clauses: list[Clause], index: int) -> str | None:
    """ "During his meeting with Kim on Sept 4, President Xi said …": a pronoun in a clause
    before the speaker's stands for the speaker, who is then in its event."""
    if index + 1 >= len(clauses) or not _HIS.search(clauses[index].text):
        return None
    spoken = clauses[index + 1].text
    if not clause_grammar(context.knowledge).spoken.match(spoken):
        return None
    people = context.entities.find(spoken, remember=False).people
    return people[0] if people else None


def clause_subject(
    context: Context, earlier: list[Clause], clause: Clause | None = None
) -> str | None:
    """The first person of the last clause naming one, descriptions aside (a description
    is its person's: ``descriptions``): "…, before meeting Li" is theirs;
    whom its opening "She" stands for: "She met Wang …, and was received by Li" is hers.
    A clause opening with its verb, or with "where he", names whom the subject met, not
    the subject: "Li arrived on Oct 9 and met Kim the same day, before watching a parade"
    is Li's, as is "Li went to Beijing, where he met Xi, and attended a parade"."""
    knowledge = context.knowledge
    described = clause and person_described(clause, earlier, context.entities, knowledge)
    if described:
        return described
    verb_first = clause_grammar(knowledge).verb_first
    objects = None
    for index in range(len(earlier) - 1, -1, -1):
        clause = earlier[index]
        if describes(clause, knowledge):
            continue  # "Choe, who met Wang, visited Beijing": Choe's, not Wang's
        if context.pronoun_subject and opens_with_pronoun(clause.text, context.knowledge):
            return context.pronoun_subject
        owner = owner_before(context, clause, earlier[:index])
        if owner is not None:  # "Kim's visit …, when he watched …, and held talks …"
            return owner
        people = context.entities.find(clause.text, remember=False).people
        opening = clause.text.strip(" ,;")
        if people and not (verb_first.match(opening) or _HE_AFTER_LINK.match(opening)):
            return people[0]
        objects = objects or (people[0] if people else None)
    return objects


# A clause whose subject is the sentence's, as a pronoun: "where he met Xi", "and she met".
_HE_AFTER_LINK = re.compile(r"(?:where|when|and|but|as|while)\s+(?:he|she)\s", re.IGNORECASE)


def owner_before(context: Context, clause: Clause, earlier: list[Clause]) -> str | None:
    """ "Li's trip follows Kim's own visit to Beijing last month, when he watched a parade":
    the "he" of a "when he" or "where he" clause is whose event the clause before it
    names last ("Kim's … visit"), not the sentence's first person."""
    if not earlier or not _WHEN_HE.match(clause.text):
        return None
    for owner in reversed(_OWNER.findall(earlier[-1].text)):
        people = context.entities.find(owner, remember=False).people
        if people:
            return people[0]
    return None


_WHEN_HE = re.compile(r"[\s,;]*(?:where|when)\s+(?:he|she)\s", re.IGNORECASE)


_OWNER = re.compile(r"\b([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})['’]s\b")


def named_before(context: Context, clause: Clause, at: int) -> str | None:
    """The first person the clause names before ``at``: the subject of its verb."""
    people = context.entities.find(clause.text[:at], remember=False).people
    return people[0] if people else None


# A subject and a relative clause after it: "Li, who arrived on Thursday,".
_SUBJECT_AND_WHO = re.compile(r"([^,]{1,60}),\s*who\b[^,;]*,")


def interrupted_subject(
    context: Context, clause: Clause, date: DateMention, start: int
) -> str | None:
    """ "Li, who arrived on Thursday, met Kim on Friday": the person before the relative
    clause does what follows it (the stretch of the later date begins inside that clause)."""
    if start == 0 or ", who" not in clause.text:
        return None
    opening = _SUBJECT_AND_WHO.match(clause.text)
    if opening is None or not start < opening.end() <= date.start_char - clause.start:
        return None
    people = context.entities.find(opening[1], remember=False).people
    return people[0] if people else None
