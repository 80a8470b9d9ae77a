"""Article-level corrections of an article's mentions, applied once all are read.

- A visit reported on one day ("will travel on Thursday") that the article elsewhere
  calls "the three-day visit" lasts three days.
- "He will stay until Saturday": the visit reported last lasts until then.
- A ministry statement about a visit still to come is that visit's announcement, and so
  is a dated report ("said on Tuesday") of a planned event (``announcements``, per sentence).
- What a message says borrows no day from it (``without_message_content``, per sentence);
  one type, day and set of people is one mention (``unique_mentions``); a meeting or
  message naming no one founds no event, and in Chinese or Korean only a firm day naming
  someone known does (``founds_in``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from generator.clauses import Clause, any_word, clause_grammar, reported_on
from generator.date_words import number_value
from generator.entities import Found
from generator.knowledge import Knowledge
from generator.model import Article, DateMention, DateSpan, Mention

_DURATION = re.compile(
    r"\b(\w+)-day (?:official |state |goodwill )*(?:visit|trip|stay|tour)\b", re.I
)
_VISIT_WORDS = re.compile(r"\b(?:visit|trip|travel|tour)\w*\b", re.I)


def refine_mentions(
    mentions: list[Mention], article: Article, knowledge: Knowledge
) -> list[Mention]:
    mentions = _stretch_visits(_one_stay_per_sentence(mentions), article, knowledge)
    mentions = _the_visit_ends(mentions, knowledge)
    mentions = _the_ceremony_again(mentions, knowledge)
    return _messages_dated_elsewhere(_statements_announcing(mentions))


def _the_ceremony_again(mentions: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """ "Trump and Anwar witnessed the signing of the accord. … '…,' Anwar said at the
    ceremony.": a ceremony an article names again by "the ceremony" (``ceremony_again``),
    on the day of one it told with what it was, is that one: a signing, not a second
    ceremony beside it."""
    words = tuple(knowledge.words.get("cues", {}).get("ceremony_again", ()))
    told: list[Mention] = []
    kept: list[Mention] = []
    for mention in mentions:
        if mention.type == "ceremony" and mention.occasion:
            told.append(mention)
        same_day = [m for m in told if m.span == mention.span]
        again = mention.type == "ceremony" and not mention.occasion and same_day and words
        if again and any_word(words).search(mention.evidence[0]) is not None:
            first = same_day[-1]
            mention = replace(
                mention, occasion=first.occasion, places=mention.places or first.places
            )
        kept.append(mention)
    return kept


def _one_stay_per_sentence(mentions: list[Mention]) -> list[Mention]:
    """ "Kim, who arrived in Beijing on Tuesday, left for home Thursday evening": one
    sentence's two visits by one visitor to the same places, on two days, are one stay
    from the first day to the last (not two visits)."""
    for first, last in itertools.combinations(mentions, 2):
        if _same_stay(first, last):
            begun, ended = sorted((first, last), key=lambda m: m.span.start)
            span = DateSpan(begun.span.start, ended.span.start, "range")
            stay = replace(begun, span=span, date_text=f"{begun.date_text} … {ended.date_text}")
            return _one_stay_per_sentence(
                [stay if m is first else m for m in mentions if m is not last]
            )
    return mentions


def _same_stay(one: Mention, other: Mention) -> bool:
    days = (one, other)
    return (
        all(m.type == "visit" and m.span.precision == "day" and not m.vague for m in days)
        and one.evidence == other.evidence
        and bool(one.actors)
        and one.actors[:1] == other.actors[:1]
        and one.places == other.places
        and 0 < abs((one.span.start - other.span.start).days) <= _LONGEST_STAY.days
    )


# How long after the day it starts a visit may still be said to last "until" another day.
_LONGEST_STAY = dt.timedelta(days=14)


def stay_until(mentions: list[Mention], ends: list[DateMention]) -> list[Mention]:
    """ "until Saturday" ends the visit reported last before it (never founds an event)."""
    for end in ends:
        last = end.span.end
        visits = [m for m in mentions if m.type == "visit" and not m.vague]
        visits = [m for m in visits if m.span.start < last <= m.span.start + _LONGEST_STAY]
        reported = [m for m in visits if not m.supporting] or visits
        if reported and reported[-1].span.end < last:
            begun = reported[-1].span.start  # and the words that borrowed the visit's day
            span = DateSpan(begun, last, "range")
            mentions = [
                replace(m, span=span) if m in visits and m.span.start == begun else m
                for m in mentions
            ]
    return mentions


def _the_visit_ends(mentions: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """ "Choe arrived in Minsk on 28 October. … The visit will end on 30 October.": the end
    of a visit told naming no one and nowhere ends the visit reported last before it, as
    "until" does (``stay_until``), rather than standing alone as a visit of nobody's."""
    kept: list[Mention] = []
    for mention in mentions:
        nameless = mention.type == "visit" and not mention.actors and not mention.places
        if nameless and not mention.vague and _only_ends(mention, knowledge):
            end = DateMention(mention.date_text, 0, 0, mention.span)
            stretched = stay_until(kept, [end])
            if stretched != kept:
                kept = stretched
                continue
        kept.append(mention)
    return kept


def _stretch_visits(
    mentions: list[Mention], article: Article, knowledge: Knowledge
) -> list[Mention]:
    """The visit a "three-day visit" names lasts three days: from the first day reported,
    or up to the day it ended when only its end is reported ("left Pyongyang on Saturday
    at the end of a three-day visit")."""
    days = _stated_duration(article.paragraphs)
    visits = [m for m in mentions if m.type == "visit" and not m.vague and not m.supporting]
    visits = _lasting(visits)
    if days is None or not visits:
        return mentions
    visits = [m for m in visits if m.span.precision == "day"]  # not "in June 2019"
    if not visits:
        return mentions
    ends = [m for m in visits if _only_ends(m, knowledge)]
    only_ends = len(ends) == len(visits)
    if only_ends:
        last = max(ends, key=lambda m: m.span.start)
    else:
        last = min((m for m in visits if m not in ends), key=lambda m: m.span.start)
    # The visit's own sentence says how long it lasts before another sentence does
    # ("Li … for a three-day visit" does not stretch Choe's "four-day visit").
    lasted = dt.timedelta(days=(_stated_duration(last.evidence) or days) - 1)
    day = last.span.start
    start, end = (day - lasted, day) if only_ends else (day, day + lasted)
    return [replace(m, span=DateSpan(start, end, "range")) if m is last else m for m in mentions]


def _lasting(visits: list[Mention]) -> list[Mention]:
    """The visits a stated duration may stretch: not a visitor's whose days are already
    given ("Choe's trip on 27-30 September"), and of several visitors left, the one whose
    report names the duration ("Li left on Saturday after a three-day visit") if only one
    does; none when the visitor whose report names it has their days already."""
    by_visitor: dict[str, list[Mention]] = {}
    for mention in visits:
        by_visitor.setdefault((mention.actors or ("",))[0], []).append(mention)
    open_ = [g for g in by_visitor.values() if all(m.span.precision != "range" for m in g)]
    naming = [
        g for g in by_visitor.values() if any(_DURATION.search(" ".join(m.evidence)) for m in g)
    ]
    named = [g for g in open_ if g in naming]
    if naming and not named:
        return []  # "Xi … for a three-day state visit", his days given: not Trump's stay
    return [m for group in (named if len(named) == 1 else open_) for m in group]


def _only_ends(mention: Mention, knowledge: Knowledge) -> bool:
    """Whether a visit is reported by its end alone: "left", "wrapped up" (``visit_ends``),
    with no word of its start (``visit_starts``) beside them."""
    cues = knowledge.words.get("cues", {})
    ends, starts = tuple(cues.get("visit_ends", ())), tuple(cues.get("visit_starts", ()))
    evidence = " ".join(mention.evidence)
    if not ends or any_word(ends).search(evidence) is None:
        return False
    return not starts or any_word(starts).search(evidence) is None


def _stated_duration(texts: Sequence[str]) -> int | None:
    for paragraph in texts:
        if "-day" not in paragraph.lower():
            continue  # no "three-day visit" here, and the regex is slow to say so
        match = _DURATION.search(paragraph)
        if match is not None:
            try:
                days = number_value(match.group(1))
            except (KeyError, ValueError):
                continue
            if 1 < days <= 31:
                return days
    return None


def _messages_dated_elsewhere(mentions: list[Mention]) -> list[Mention]:
    """ "Kim has sent Xi a message of thanks. … KCNA said Kim sent it on Wednesday": news
    of a message with no day (of the report's day) is the one from the same sender to the
    same addressee the article dates a few days before."""
    dated = [m for m in mentions if m.type == "message" and m.date_text and _is_day(m)]
    refined = []
    for mention in mentions:
        if mention.type == "message" and not mention.date_text:
            told = mention.span.start
            same = [
                m
                for m in dated
                if _same_sender(m.actors, mention.actors)
                and dt.timedelta(0) < told - m.span.start <= _RECENT_MESSAGE
            ]
            if same:
                day = same[-1]
                mention = replace(mention, span=day.span, date_text=day.date_text, supporting=True)
        refined.append(mention)
    return refined


def _same_sender(dated: tuple[str, ...], undated: tuple[str, ...]) -> bool:
    """The same sender, and the same addressee unless the dated one names none ("Kim sent
    the message on Wednesday")."""
    return bool(dated) and dated[:1] == undated[:1] and dated[1:2] in ((), undated[1:2])


def _is_day(mention: Mention) -> bool:
    return not mention.vague and mention.span.precision == "day"


# How long before the report a message it dates may be the one its undated news is of.
_RECENT_MESSAGE = dt.timedelta(days=7)


def _statements_announcing(mentions: list[Mention]) -> list[Mention]:
    planned = [m for m in mentions if m.type == "visit" and m.planned]
    refined = []
    for mention in mentions:
        if mention.type == "statement" and _VISIT_WORDS.search(mention.evidence[0]):
            later = [v for v in planned if v.span.start > mention.span.start]
            if later:
                mention = replace(mention, type="announcement", actors=later[0].actors)
        refined.append(mention)
    return refined


def announcements(
    article: Article,
    sentence: str,
    clauses: list[Clause],
    mentions: list[Mention],
    found: Found,
    knowledge: Knowledge,
) -> list[Mention]:
    """A dated report ("said on Tuesday") of a planned event is that event's announcement."""
    planned = [m for m in mentions if m.planned and m.type != "announcement"]
    if not planned or any(m.type == "announcement" for m in mentions):
        return []
    reporting = clause_grammar(knowledge).reporting
    for clause, said in ((c, d) for c in clauses for d in c.dates):
        if not reporting.search(clause.text) or not reported_on(
            clause.text, said.start_char - clause.start, said.end_char - clause.start
        ):
            continue
        if said.vague or not any(m.span.end > said.span.start for m in planned):
            continue
        return [
            Mention(
                article_id=article.id,
                outlet=article.outlet or article.wire,
                evidence=(sentence,),
                date_text=said.text,
                span=said.span,
                type="announcement",
                actors=planned[0].actors,
                places=planned[0].places,
                countries=tuple(sorted(found.countries)),
            )
        ]
    return []


def unique_mentions(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[object, ...]] = set()
    kept = []
    for mention in mentions:
        key = (mention.type, mention.span, mention.actors)
        if key not in seen:
            seen.add(key)
            kept.append(mention)
    return kept


def without_message_content(mentions: list[Mention]) -> list[Mention]:
    """ "Xi sent Kim a message on Friday, recalling his visit to Pyongyang": what a message
    says borrows no day from it (a clause with a date of its own is another matter)."""
    sent = {m.span for m in mentions if m.type == "message" and not m.supporting}
    return [m for m in mentions if m.type == "message" or not (m.supporting and m.span in sent)]


def without_states(mentions: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """ "the ceremony was held with the road closed since Wednesday": a day after "since"
    is when a state began, never the day of a one-day event in the sentence (a visit may
    be told by when it began: "has been in Beijing since Monday")."""
    words = tuple(knowledge.words.get("cues", {}).get("state_since", ()))
    if not words:
        return mentions
    since = any_word(words)
    return [m for m in mentions if m.type == "visit" or not _after(since, m)]


def _after(cue: re.Pattern[str], mention: Mention) -> bool:
    sentence = " ".join(mention.evidence)
    at = sentence.find(mention.date_text)
    found = cue.search(sentence, max(0, at - 8), at) if at > 0 else None
    return found is not None and not sentence[found.end() : at].strip()


# Kinds of event that are who met or wrote to whom: with no one named, no event to found.
_BETWEEN_PEOPLE = ("meeting", "message")


def founds_in(
    language: str, date: DateMention, actors: list[str], kind: str = "", sides: int = 0
) -> bool:
    """In English any dated report naming who met or wrote to whom may found an event
    ("after the leaders' meeting in early September" names no one: it may only join one),
    and so may talks between countries on a firm day ("Ukrainian and Russian delegations
    met in Istanbul on June 2": ``sides`` counts the countries taking part, besides the
    one hosting); in Chinese or Korean, whose sentences we read less closely, one of a
    firm day naming someone known."""
    firm = not date.vague and date.span.precision == "day"
    if language == "en":
        between = kind == "meeting" and sides >= 2 and firm
        return bool(actors) or kind not in _BETWEEN_PEOPLE or between
    return bool(actors) and not date.vague and date.span.precision != "month"
