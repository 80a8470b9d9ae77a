"""Event mentions: what an article says happened, to whom, where and when.

``extract_mentions`` reads an article sentence by sentence:

1. find the date phrases (``dates.find_dates``) against the article's reference date;
2. cut the sentence into clauses at conjunctions, so "talks on Sept. 28 before
   meeting Li the following day" gives two events;
3. give each dated clause a type from its first trigger word, its people and places;
4. turn a report of something still to come into an announcement on the report's date;
5. keep the sentence as evidence.

A clause with no date of its own borrows one from the clause or sentence before it,
but such a borrowed (or vague) mention may only join an event, never found one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from generator.dates import find_dates
from generator.entities import ArticleEntities, Found
from generator.knowledge import Knowledge
from generator.mention_rules import refine_mentions
from generator.model import Article, DateMention, DateSpan, EventType, Mention
from generator.sentences import split_sentences

_CLAUSE_BREAK = re.compile(
    r";\s+"
    r"|,\s+(?=(?:and|but|while|when|which|where|before|after|saying|as)\b)"
    r"|\s+(?=(?:before|after|while|and then|and to|and later)\s)"
    r"|\s+(?=and (?:then )?"
    r"(?:held|met|sent|left|went|made|took|visited|arrived|watched|attended)\b)"
    r"|\s+(?=that\s)"
)
_SAYING = re.compile(
    r"\b(?:said|says|noted|added|stated|announced|confirmed|reported|told)\b[^,;]{0,25}$"
)
_REPORTING = re.compile(
    r"\b(?:said|says|announced|announce|confirmed|reported|disclosed|told|statement)\b"
)
# A clause that opens with a verb ("before meeting Li") takes the last clause's subject.
_PERSONAL_SUBJECT = re.compile(r"^(?:(?:before|after|while|and|then|saying|as|to)\s+)+[a-z]")


@dataclass(frozen=True)
class Clause:
    text: str
    start: int
    dates: tuple[DateMention, ...]


@dataclass(frozen=True)
class Trigger:
    type: EventType
    start: int


def extract_mentions(article: Article, knowledge: Knowledge) -> list[Mention]:
    reference = article.reference_date
    if reference is None:
        return []
    entities = ArticleEntities.for_text(knowledge, article.paragraphs)
    lead = entities.find(" ".join((article.title, *article.paragraphs[:1])), remember=False)
    mentions: list[Mention] = []
    anchor = reference
    carried: DateMention | None = None
    for sentence in _sentences(article):
        dates = find_dates(sentence, reference, anchor)
        found = entities.find(sentence)
        new = _sentence_mentions(article, sentence, dates, found, entities, knowledge, carried)
        opinion = _is_commentary(sentence, knowledge)  # may confirm an event, never found one
        mentions.extend(
            replace(
                m,
                article_countries=tuple(sorted(lead.countries)),
                supporting=m.supporting or opinion,
            )
            for m in new
        )
        firm = [d for d in dates if not d.vague and d.span.precision != "month"]
        if firm:
            anchor = firm[-1].span.start
        carried = firm[-1] if firm else None
        entities.next_sentence()
    return refine_mentions(mentions, article)


def _sentences(article: Article) -> Iterator[str]:
    for paragraph in article.paragraphs:
        yield from split_sentences(paragraph)


def _sentence_mentions(
    article: Article,
    sentence: str,
    dates: list[DateMention],
    found: Found,
    entities: ArticleEntities,
    knowledge: Knowledge,
    carried: DateMention | None,
) -> list[Mention]:
    clauses = _clauses(sentence, dates)
    context = _Context(article, sentence, found, entities, knowledge)
    mentions: list[Mention] = []
    borrowed: DateMention | None = None if dates else carried
    pending: tuple[DateMention, int] | None = None  # a date whose clause names no event
    subject: str | None = None  # the last clause's first person: "…, before meeting Li"
    for clause in clauses:
        if not clause.dates:
            trigger = _trigger(clause.text, 0, len(clause.text), knowledge, article.language)
            date = pending[0] if pending else borrowed
            if trigger is not None and date is not None:
                joined = _join(sentence, pending[1], clause) if pending else clause
                mentions.append(
                    _mention(
                        context, _Report(joined.text, date, trigger.type, pending is None, subject)
                    )
                )
        for date, start, end in _regions(clause):
            mentions.extend(_dated(context, clause, date, start, end, subject))
            if not mentions or mentions[-1].span != date.span:
                pending = (date, clause.start)
            else:
                pending = None
        if clause.dates:
            borrowed = clause.dates[-1]
        people = entities.find(clause.text, remember=False).people
        subject = people[0] if people else subject
    if not dates and not mentions:
        mentions = _undated_message(context, clauses)
    mentions = _unique(mentions)
    return mentions + _announcements(article, sentence, clauses, mentions, found)


@dataclass(frozen=True)
class _Report:
    """What one date reports: the words naming who and where, and the kind of event."""

    text: str
    date: DateMention
    kind: EventType
    supporting: bool
    subject: str | None


def _dated(
    context: _Context, clause: Clause, date: DateMention, start: int, end: int, subject: str | None
) -> list[Mention]:
    """The mention a dated stretch of a clause makes (none if it names no event)."""
    language = context.article.language
    local = date.start_char - clause.start
    says = _reported_on(clause.text, local)
    possessive = context.sentence[date.end_char : date.end_char + 2] in ("'s", "’s")
    trigger = _trigger(
        clause.text,
        start,
        end,
        context.knowledge,
        language,
        local,
        only=_SAYS if says else None,
        after=possessive,
    )
    if trigger is None:
        return []
    words = clause.text if len(clause.dates) == 1 else _words_for(clause, date, trigger, start, end)
    found = [_mention(context, _Report(words, date, trigger.type, False, subject))]
    if date.vague and not says:
        # "travelled to Beijing last month to stand beside Xi at a parade": both, as support.
        for kind in _other_kinds(
            clause.text, start, end, context.knowledge, language, trigger.type
        ):
            found.append(_mention(context, _Report(words, date, kind, True, subject)))
    return found


def _words_for(clause: Clause, date: DateMention, trigger: Trigger, start: int, end: int) -> str:
    """In a clause with several dates, the words between the date and its trigger word."""
    local_start, local_end = date.start_char - clause.start, date.end_char - clause.start
    if trigger.start < local_start:
        return clause.text[start:local_end]
    return clause.text[local_start:end]


def _other_kinds(
    text: str, start: int, end: int, knowledge: Knowledge, language: str, chosen: str
) -> list[EventType]:
    table = "event_types" if language == "en" else "event_types_cjk"
    kinds = {
        kind
        for kind, pattern in _trigger_patterns(knowledge, table)
        if pattern.search(text, start, end)
    }
    return sorted(k for k in kinds if k not in (chosen, "statement", "announcement"))


_SAYS = ("statement", "announcement")
_REPORTED_ON = re.compile(
    r"\b(?:said|says|reported|announced|confirmed|stated|told [\w ]{1,30}?|in a statement)"
    r"(?: (?:in an? [\w ]{1,20}?statement|late|early))?(?: on)?\s*$"
)


@dataclass(frozen=True)
class _Context:
    article: Article
    sentence: str
    found: Found
    entities: ArticleEntities
    knowledge: Knowledge


def _reported_on(text: str, position: int) -> bool:
    """ "reported Friday", "said on Tuesday": the date of the report, not of the event."""
    return _REPORTED_ON.search(text[: max(position, 0)]) is not None


def _join(sentence: str, start: int, clause: Clause) -> Clause:
    end = clause.start + len(clause.text)
    return Clause(sentence[start:end], start, clause.dates)


def _undated_message(context: _Context, clauses: list[Clause]) -> list[Mention]:
    """ "Xi sent Kim a message": news of a message sent, with no date, is of the report's day."""
    reference = context.article.reference_date
    if not re.search(r"\bsen[dt]s?\b", context.sentence):
        return []
    for clause in clauses:
        trigger = _trigger(
            clause.text, 0, len(clause.text), context.knowledge, context.article.language
        )
        if reference is None or trigger is None or trigger.type != "message":
            continue
        if re.search(r"\bsen[dt]s?\b", clause.text):
            day = DateMention("", 0, 0, DateSpan(reference, reference, "day"))
            return [_mention(context, _Report(clause.text, day, "message", False, None))]
    return []


def _regions(clause: Clause) -> Iterator[tuple[DateMention, int, int]]:
    """Each date of a clause with the stretch of text its event words may come from."""
    bounds = [d.start_char - clause.start for d in clause.dates]
    ends = [d.end_char - clause.start for d in clause.dates]
    for index, date in enumerate(clause.dates):
        start = ends[index - 1] if index else 0
        end = bounds[index + 1] if index + 1 < len(bounds) else len(clause.text)
        yield date, start, end


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[object, ...]] = set()
    kept = []
    for mention in mentions:
        key = (mention.type, mention.span, mention.actors)
        if key not in seen:
            seen.add(key)
            kept.append(mention)
    return kept


def _clauses(sentence: str, dates: list[DateMention]) -> list[Clause]:
    breaks = [
        m.start()
        for m in _CLAUSE_BREAK.finditer(sentence)
        if not sentence.startswith(" that", m.start()) or _SAYING.search(sentence[: m.start()])
    ]
    cuts = [0, *breaks, len(sentence)]
    clauses = []
    for start, end in itertools.pairwise(cuts):
        if end <= start:
            continue
        inside = tuple(d for d in dates if start <= d.start_char < end)
        clauses.append(Clause(sentence[start:end], start, inside))
    return clauses


def _trigger(
    text: str,
    start: int,
    end: int,
    knowledge: Knowledge,
    language: str,
    at: int | None = None,
    only: tuple[str, ...] | None = None,
    after: bool = False,
) -> Trigger | None:
    """The event a date belongs to: an announcement if one is made; otherwise the
    nearest trigger word before the date, else the nearest after it. Statements
    ("remarks", "spokesperson") give way to any other kind of event."""
    table = "event_types" if language == "en" else "event_types_cjk"
    hits = [
        Trigger(kind, m.start())
        for kind, pattern in _trigger_patterns(knowledge, table)
        for m in pattern.finditer(text, start, end)
        if only is None or kind in only
    ]
    if not hits:
        return None
    for preferred in ("announcement",):
        chosen = [h for h in hits if h.type == preferred]
        if chosen:
            return chosen[0]
    events = [h for h in hits if h.type != "statement"] or hits
    if at is None:  # no date to lean on: the main verb, which comes first
        return min(events, key=lambda h: h.start)
    point = at
    before = [h for h in events if h.start < point]
    following = [h for h in events if h.start >= point]
    if after and following:  # "Wednesday's parade"
        return min(following, key=lambda h: h.start)
    if before:
        return max(before, key=lambda h: h.start)
    return min(events, key=lambda h: h.start)


def _trigger_patterns(knowledge: Knowledge, table: str) -> list[tuple[EventType, re.Pattern[str]]]:
    return _compiled(table, tuple((k, tuple(v)) for k, v in knowledge.words.get(table, {}).items()))


@cache
def _compiled(
    table: str, entries: tuple[tuple[str, tuple[str, ...]], ...]
) -> list[tuple[EventType, re.Pattern[str]]]:
    boundary = table == "event_types"
    result: list[tuple[EventType, re.Pattern[str]]] = []
    for kind, words in entries:
        body = "|".join(words)
        pattern = rf"\b(?:{body})\b" if boundary else f"(?:{body})"
        result.append((kind, re.compile(pattern, re.IGNORECASE)))  # type: ignore[arg-type]
    return result


def _mention(context: _Context, report: _Report) -> Mention:
    article, found, date, kind = context.article, context.found, report.date, report.kind
    local = context.entities.find(_without_attribution(report.text), remember=False)
    actors = list(local.people)
    subject = report.subject or (found.people[0] if found.people else None)
    if (
        subject
        and subject not in actors
        and len(actors) < 2
        and (_PERSONAL_SUBJECT.match(report.text.strip(" ,;")) or not actors)
    ):
        actors.insert(0, subject)
    reference = article.reference_date
    planned = date.future or (
        _future(report.text, context.knowledge)
        and reference is not None
        and date.span.start >= reference
    )
    return Mention(
        article_id=article.id,
        outlet=article.outlet or article.wire,
        sentence_index=0,
        evidence=(context.sentence,),
        date_text=date.text,
        span=date.span,
        type=kind,
        actors=tuple(actors),
        places=local.places
        or found.places
        or _destinations(kind, local, actors, context.knowledge),
        title="",
        planned=planned,
        vague=date.vague,
        supporting=report.supporting or article.language != "en",
        published_at=article.published_iso,
        countries=_countries(kind, actors, found, local, context.knowledge),
    )


def _countries(
    kind: str, actors: list[str], found: Found, local: Found, knowledge: Knowledge
) -> tuple[str, ...]:
    """The sides involved; a meeting between known people involves just theirs."""
    homes = [c for c in (knowledge.country_of(a) for a in actors) if c]
    if kind == "meeting" and len(homes) >= 2:
        return tuple(sorted(set(homes)))
    return tuple(sorted(found.countries | local.countries))


def _destinations(
    kind: str, local: Found, actors: list[str], knowledge: Knowledge
) -> tuple[str, ...]:
    """A visit "to China" goes to its capital, unless that is where the visitor lives."""
    if kind != "visit":
        return ()
    homes = {knowledge.country_of(a) for a in actors}
    return tuple(c for c in local.destinations if knowledge.country_of(c) not in homes)


def _without_attribution(text: str) -> str:
    """Drop a trailing "…, Li said, according to Xinhua": the speaker is not an actor."""
    return _ATTRIBUTION.sub("", text)


_ATTRIBUTION = re.compile(
    r",\s*(?:[A-Z][\w-]*\s){0,3}(?:said|added|noted|stressed)"
    r"(?:,?\s+(?:according to|per) [\w ]+)?[.\s]*$"
)


def _announcements(
    article: Article, sentence: str, clauses: list[Clause], mentions: list[Mention], found: Found
) -> list[Mention]:
    """A dated report ("said on Tuesday") of a planned event is that event's announcement."""
    planned = [m for m in mentions if m.planned and m.type != "announcement"]
    if not planned or any(m.type == "announcement" for m in mentions):
        return []
    for clause, said in ((c, d) for c in clauses for d in c.dates):
        if not _REPORTING.search(clause.text) or not _reported_on(
            clause.text, said.start_char - clause.start
        ):
            continue
        if said.vague or not any(m.span.start > said.span.start for m in planned):
            continue
        return [
            Mention(
                article_id=article.id,
                outlet=article.outlet or article.wire,
                sentence_index=0,
                evidence=(sentence,),
                date_text=said.text,
                span=said.span,
                type="announcement",
                actors=planned[0].actors,
                places=planned[0].places,
                title="",
                published_at=article.published_iso,
                countries=tuple(sorted(found.countries)),
            )
        ]
    return []


def _future(text: str, knowledge: Knowledge) -> bool:
    cues = knowledge.words.get("cues", {}).get("future_cues", [])
    return bool(cues) and re.search(rf"\b(?:{'|'.join(cues)})\b", text, re.IGNORECASE) is not None


def _is_commentary(sentence: str, knowledge: Knowledge) -> bool:
    """Opinion led by analysts or observers ("Observers expect Kim to ...")."""
    words = knowledge.words.get("cues", {}).get("commentary", [])
    if not words:
        return False
    lead = " ".join(sentence.split()[:4])
    return re.search(rf"\b(?:{'|'.join(words)})\b", lead, re.IGNORECASE) is not None
