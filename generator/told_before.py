"""What the sentences read so far leave the next one.

An article tells an event over several sentences: "Li has arrived in Pyongyang. He was
greeted at the airport on Thursday…" (an event named with no day takes the next
sentence's), "The talks, held on Thursday evening, covered …" (an event named by "the"
and its noun is the one a recent sentence named with its people), "It was the first
visit…" (an undated sentence goes on about the last one's event). ``events`` carries
``Carried`` and ``Before`` from sentence to sentence and asks these rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator.clauses import Trigger, find_trigger
from generator.model import DateMention, EventType, Mention
from generator.reports import Context, Report, make_mention
from generator.sentence_cues import kinds_told, negated, opens_on, refers_back


@dataclass(frozen=True)
class Carried:
    """A sentence's last stated day, for the next sentence to go on about."""

    date: DateMention
    sentence: str
    said: DateMention | None = None  # "The ministry said on Sunday …": its statement's day


@dataclass(frozen=True)
class Before:
    """What the sentences read so far leave the next one: whom an opening "He" stands
    for, and a sentence naming an event with no day ("Li has arrived in Pyongyang.")."""

    subject: str | None = None
    undated: str | None = None
    undated_subject: str | None = None
    pair: tuple[str, ...] = ()  # the first two people of the last sentence naming two

    def then(
        self, sentence: str, people: tuple[str, ...], eventless: bool, opener: str | None = None
    ) -> Before:
        """``opener``: whom the sentence's opening "She" stood for, still its subject when
        it names others: "She was received by Li. She left Beijing on Sept. 30" are hers."""
        pair = people[:2] if len(people) >= 2 else self.pair
        if not people:  # most sentences: nobody named, and often nothing left to forget
            kept = self.undated is None and self.undated_subject is None
            return self if kept else Before(self.subject, pair=pair)
        subject = opener or people[0]
        return Before(subject, sentence if eventless else None, subject, pair)


def dated_by_next(before: Before, context: Context, new: list[Mention]) -> list[Mention]:
    """ "Li has arrived in Pyongyang. He was greeted at the airport on Thursday…": an event
    named with no day takes the day of the next sentence about its subject, when that
    sentence names no event of its own."""
    undated, subject = before.undated, before.undated_subject
    if undated is None or any(not m.supporting for m in new):
        return []
    if subject not in (context.pronoun_subject, (context.found.people or (None,))[0]):
        return []
    firm = [
        d for d in context.dates if not d.vague and not d.future and d.span.precision != "month"
    ]
    knowledge, language = context.knowledge, context.article.language
    trigger = find_trigger(undated, 0, len(undated), knowledge, language)
    if not firm or trigger is None or negated(undated, trigger.start, knowledge):
        return []
    return [_told_earlier(context, undated, firm[0], trigger.type)]


def _told_earlier(context: Context, earlier: str, day: DateMention, kind: EventType) -> Mention:
    """The event of ``kind`` an ``earlier`` sentence named, on the ``day`` this one gives:
    its people and places are the earlier sentence's, its evidence both sentences."""
    found = context.entities.find(earlier, remember=False)
    there = Context(context.article, earlier, found, context.entities, context.knowledge)
    at_end = replace(day, start_char=len(earlier), end_char=len(earlier))
    mention = make_mention(there, Report(earlier, at_end, kind, False, None))
    return replace(mention, evidence=(earlier, context.sentence))


def named_before_by(
    recent: tuple[tuple[str, tuple[str, ...]], ...], context: Context, new: list[Mention]
) -> list[Mention]:
    """ "Kim held talks with Li in Pyongyang, state media said on Friday. … The talks, held
    on Thursday evening, covered …": an event a sentence opens with by "the" and its noun,
    naming nobody, is the one a recent sentence named with its people but no day."""
    opening = _THE_EVENT.match(context.sentence)
    if opening is None:
        return new
    knowledge, language = context.knowledge, context.article.language
    named = find_trigger(context.sentence, 0, opening.end(), knowledge, language)
    if named is None:
        return new
    return [
        _as_named_before(recent, context, m) if m.type == named.type and not m.actors else m
        for m in new
    ]


def _as_named_before(
    recent: tuple[tuple[str, tuple[str, ...]], ...], context: Context, mention: Mention
) -> Mention:
    earlier = next(
        (
            text
            for text, made in reversed(recent)
            if mention.type not in made and _names_event(text, mention.type, context)
        ),
        None,
    )
    day = next((d for d in context.dates if d.span == mention.span), None)
    if earlier is None or day is None:
        return mention
    return replace(_told_earlier(context, earlier, day, mention.type), planned=mention.planned)


def _names_event(text: str, kind: str, context: Context) -> bool:
    """Whether ``text`` names people and, as its main event, one of this kind."""
    knowledge = context.knowledge
    trigger = find_trigger(text, 0, len(text), knowledge, context.article.language)
    return (
        trigger is not None
        and trigger.type == kind
        and not negated(text, trigger.start, knowledge)
        and bool(context.entities.find(text, remember=False).people)
    )


LOOK_BACK = 3  # sentences


# "The talks, …", "The two-hour meeting …": the event named by "the" and its noun.
_THE_EVENT = re.compile(r"(?:The|This|That)\s+(?:[\w-]+\s+){0,2}[\w-]+\b")


def goes_on(carried: Carried | None, trigger: Trigger, context: Context) -> bool:
    """An undated sentence takes the last one's date only to go on about an event it named:
    "It was the first visit…", "He also held talks…"."""
    if carried is None or _another_year(context.sentence, carried.date.span.start.year):
        return False
    sentence, knowledge, language = context.sentence, context.knowledge, context.article.language
    kinds = kinds_told(carried.sentence, knowledge, language)
    if refers_back(sentence, kinds, knowledge, language):
        return True
    return trigger.type in kinds and opens_on(sentence, knowledge)


_YEAR = re.compile(r"(?<![\w.,/-])(1[89]\d\d|20\d\d)(?![\w/-])")


def _another_year(sentence: str, year: int) -> bool:
    """ "… higher than in 2015, when Liu Yunshan attended the parade": a sentence set in
    another year goes on about no event of this one."""
    return any(int(found) != year for found in _YEAR.findall(sentence))
