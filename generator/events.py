"""Event mentions: what an article says happened, to whom, where and when.

``extract_mentions`` reads an article sentence by sentence:

1. find the date phrases (``dates.find_dates``) against the article's reference date;
2. cut the sentence into clauses at conjunctions, so "talks on Sept. 28 before
   meeting Li the following day" gives two events;
3. give each dated clause a type from its first trigger word, its people and places
   (``reports``);
4. turn a report of something still to come into an announcement on the report's date;
5. keep the sentence as evidence.

A clause with no date of its own borrows one from the clause before it; a sentence
with no date borrows the last one of the sentence before only for more words on the
same kind of event ("…arrived on Thursday. It was the first visit…"), never for a new
one ("A military parade was held…"). A borrowed (or vague) mention may only join an
event, never found one. What one sentence leaves the next is in ``told_before``; whose
event a clause tells, when it does not say, in ``subjects``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from generator.adjective_dates import dates_a_thing, possessor
from generator.attributive import before_made_things, made_thing_words
from generator.clauses import (
    GAPPED,
    SAYS,
    Clause,
    Trigger,
    clause_grammar,
    date_regions,
    find_trigger,
    hosted_stay,
    join_clauses,
    lead_of,
    other_kinds,
    reported_on,
    said_on,
    split_clauses,
    words_for,
)
from generator.descriptions import describes, resumes_after_description
from generator.durations import stay_from
from generator.entities import ArticleEntities
from generator.event_dates import (
    dates_of,
    event_days,
    is_counted_back,
    masked,
    relative_phrases,
)
from generator.knowledge import Knowledge
from generator.mention_rules import (
    announcements,
    refine_mentions,
    stay_until,
    unique_mentions,
    without_message_content,
    without_states,
)
from generator.model import Article, DateMention, DateSpan, Mention
from generator.participants import without_comparison
from generator.reports import Context, Report, in_what_is_said, make_mention, make_mentions
from generator.sentence_cues import (
    is_commentary,
    is_sending,
    negated,
    opens_with_pronoun,
    tells_ongoing_stay,
)
from generator.sentences import article_sentences, asked_sentences, item_headings
from generator.subjects import (
    clause_subject,
    interrupted_subject,
    named_before,
    owner_before,
    speaker_ahead,
)
from generator.told_before import (
    LOOK_BACK,
    Before,
    Carried,
    dated_by_next,
    goes_on,
    named_before_by,
)

# ", which" and at most eight words before the date, or ", where" and any (``_of_the_noun_before``)
_RELATIVE = re.compile(r",\s*(?:which\b(?:\s+\S+){0,8}?|where\b.*)\s*$")


def extract_mentions(article: Article, knowledge: Knowledge) -> list[Mention]:
    reference = article.reference_date
    if reference is None:
        return []
    # Whom a short name stands for may be spelt out only in the headline or a caption
    # ("Choe Son-hui at the Great Hall …"; the text says "Choe").
    named = (*article.paragraphs, article.title, *article.captions)
    entities = ArticleEntities.for_text(knowledge, named)
    lead = entities.find(" ".join((article.title, *article.paragraphs[:1])), remember=False)
    mentions: list[Mention] = []
    anchor = reference
    month: dt.date | None = None  # the last month spoken of: "later in the month"
    carried: Carried | None = None
    before = Before()
    recent: tuple[tuple[str, tuple[str, ...]], ...] = ()  # sentences, and the events they made
    asked = asked_sentences(article)
    headings = item_headings(article)
    for sentence in article_sentences(article):
        every = dates_of(sentence, reference, anchor, mentions, knowledge, article.language, month)
        if not every and sentence in headings:  # "- Oct. 10: Li lays a wreath…. Xi sends…"
            every = _heading_day(headings[sentence], reference, anchor, knowledge, article.language)
        month = every[-1].span.start if every else month
        dates = [d for d in every if not d.until]  # "until Saturday" is no event's day
        new: list[Mention] = []
        asking = sentence in asked  # a question's premise: "… reported that …. Can you confirm?"
        subject = None
        if not asking and (dates or carried is not None or is_sending(sentence, knowledge)):
            found = entities.find(sentence)
            compared = without_comparison(sentence, knowledge)
            if compared != sentence:  # "…since Xi's visit in 2019": Xi is no subject
                found = entities.find(compared, remember=False)
            subject = before.subject if opens_with_pronoun(sentence, knowledge) else None
            context = Context(
                article,
                sentence,
                found,
                entities,
                knowledge,
                tuple(dates),
                subject,
                before.pair,
                before.subject,
            )
            new = _sentence_mentions(context, carried)
            new = dated_by_next(before, context, new) + named_before_by(recent, context, new)
            opinion = is_commentary(sentence, knowledge)  # may confirm an event, never found one
            lead_countries = tuple(sorted(lead.countries))
            mentions.extend(
                replace(m, article_countries=lead_countries, supporting=m.supporting or opinion)
                for m in new
            )
            people = found.people
        else:  # no date, none to borrow, no message sent: no event, but perhaps "the premier"
            people = entities.remember(sentence)
        mentions = stay_until(mentions, [d for d in every if d.until])
        firm = [] if asking else event_days(sentence, dates, new)
        if firm and not tells_ongoing_stay(sentence, knowledge):
            anchor = firm[-1].span.start
        carried = Carried(firm[-1], sentence, said_on(sentence, dates)) if firm else None
        before = before.then(sentence, people, not dates and not new, subject)
        recent = (*recent[-(LOOK_BACK - 1) :], (sentence, tuple(m.type for m in new)))
        entities.next_sentence()
    return refine_mentions(mentions, article, knowledge)


def _heading_day(
    heading: str, reference: dt.date, anchor: dt.date, knowledge: Knowledge, language: str
) -> list[DateMention]:
    """The day a list item's heading names, for each sentence under it, as if it opened
    the sentence; none when the heading is no firm day ("Note:", "Mid-October:")."""
    days = dates_of(heading, reference, anchor, [], knowledge, language)
    if len(days) != 1 or days[0].vague or days[0].span.precision == "month":
        return []
    return [replace(days[0], start_char=0, end_char=0)]


def _sentence_mentions(context: Context, carried: Carried | None) -> list[Mention]:
    article, sentence, knowledge = context.article, context.sentence, context.knowledge
    dates = list(context.dates)
    language = article.language
    hidden = masked(sentence, dates)
    clauses = _with_relatives(hidden, split_clauses(hidden, dates, knowledge), knowledge, language)
    mentions: list[Mention] = []
    borrowed = carried.date if carried is not None and not dates else None
    pending: tuple[DateMention, int] | None = None  # a date whose clause names no event
    spoken = clause_grammar(knowledge).spoken
    for index, clause in enumerate(clauses):
        own = describes(clause, knowledge)  # "Takaichi, who took office Oct. 21, …": lent to none
        if borrowed is not None and spoken.match(clause.text):
            borrowed = None  # "Kim met Xi on Sept 4, Xi said the parade …": not that day
        date = None if clause.dates else (pending[0] if pending else borrowed)
        if date is not None:  # an undated clause only matters when it has a date to borrow
            trigger = find_trigger(clause.text, 0, len(clause.text), knowledge, article.language)
            if trigger is not None and negated(clause.text, trigger.start, knowledge):
                trigger = pending = None  # "did not meet…": its day is lent to no clause after
            if date is borrowed and trigger and trigger.type == "statement" and carried:
                date = carried.said or date  # "… said on Sunday …. A spokesperson said …"
            if trigger is not None and (dates or goes_on(carried, trigger, context)):
                joined = join_clauses(sentence, pending[1], clause) if pending else clause
                subject = clause_subject(context, clauses[:index], clause)
                arrived = (
                    pending is None
                    and trigger.type == "visit"
                    and _arrived_then(sentence, clause, knowledge)
                )
                day = stay_from(date, clause.text) if arrived else date
                report = Report(
                    joined.text, day, trigger.type, pending is None and not arrived, subject
                )
                mentions.append(make_mention(context, report))
        for date, start, end in date_regions(clause):
            ahead = speaker_ahead(context, clauses, index)
            made = _dated(context, clause, date, start, end, clauses[:index], ahead)
            mentions.extend(made or _of_the_noun_before(context, clauses, index))
            lent = not own and (not mentions or mentions[-1].span != date.span)
            pending = (date, clause.start) if lent else None
        if clause.dates and not own:
            borrowed = clause.dates[-1]
    if not dates and not mentions and not relative_phrases(sentence):
        mentions = _undated_message(context, clauses)
    mentions = without_states(without_message_content(unique_mentions(mentions)), knowledge)
    return mentions + announcements(article, sentence, clauses, mentions, context.found, knowledge)


def _arrived_then(sentence: str, clause: Clause, knowledge: Knowledge) -> bool:
    """ "held talks with Wang on Saturday, shortly after arriving in Beijing for a four-day
    visit": the arrival was that day too, an event of its own, not a mention of one."""
    words = tuple(knowledge.words.get("cues", {}).get("arrival_that_day", ()))
    if not words or ("arriv" not in clause.text and "land" not in clause.text):
        return False
    start = max(0, clause.start - _LONGEST_LEAD)
    return (
        _arrival_words(words).search(sentence, start, clause.start + len(clause.text)) is not None
    )


_LONGEST_LEAD = 12  # characters of "shortly " or "minutes " the clause's split left before it


@cache
def _arrival_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


# A relative clause going on about what the clause before it named: ", where he stood
# alongside Xi", ", when Kim greeted him".
_GOES_ON = re.compile(r",\s*(?:where|when)\b")


def _with_relatives(
    sentence: str, clauses: list[Clause], knowledge: Knowledge, language: str
) -> list[Clause]:
    """ "…for a military parade on Sept. 3, where he stood alongside Xi and Putin": a
    relative clause naming no day and no event of its own says who else was there; it
    joins the clause before it."""
    joined: list[Clause] = []
    for clause in clauses:
        if (
            joined
            and not clause.dates
            and _GOES_ON.match(clause.text)
            and find_trigger(clause.text, 0, len(clause.text), knowledge, language) is None
        ):
            before = joined[-1]
            end = clause.start + len(clause.text)
            joined[-1] = Clause(sentence[before.start : end], before.start, before.dates)
        else:
            joined.append(clause)
    return joined


def _of_the_noun_before(context: Context, clauses: list[Clause], index: int) -> list[Mention]:
    """ "The parade, which began late Friday, featured…", "hosted Trump in Tokyo, where the
    two signed a deal on Tuesday": a relative clause naming no event dates the one named
    just before it (not "which builds on the ceasefire the two agreed to on July 28": too
    far from "which", another thing's day); so does the sentence going on after a
    description: "Talks with Takaichi, who took office on Oct. 21, are set for Oct. 28"."""
    clause = clauses[index]
    before_date = clause.text[: clause.dates[0].start_char - clause.start] if clause.dates else ""
    resumed = resumes_after_description(clauses[:index], context.knowledge) and index > 1
    noun = index - 2 if resumed else index - 1
    if noun < 0 or clauses[noun].dates or not (resumed or _RELATIVE.match(before_date)):
        return []
    joined = join_clauses(context.sentence, clauses[noun].start, clause)
    date, start, end = next(date_regions(joined))
    return _dated(context, joined, date, start, end, clauses[:noun])


def _dated(
    context: Context,
    clause: Clause,
    date: DateMention,
    start: int,
    end: int,
    earlier: list[Clause],
    ahead: str | None = None,
) -> list[Mention]:
    """The mention a dated stretch of a clause makes (none if it names no event); ``ahead``
    is whom its "his" stands for, named after it (``speaker_ahead``)."""
    language = context.article.language
    local = date.start_char - clause.start
    says = reported_on(clause.text, local, date.end_char - clause.start)
    possessive = context.sentence[date.end_char : date.end_char + 2] in ("'s", "’s")
    local_end = date.end_char - clause.start
    possessive = possessive or _names_next(clause.text, local_end, context)
    end = before_made_things(clause, date, end, context.knowledge)
    trigger = find_trigger(
        clause.text,
        start,
        end,
        context.knowledge,
        language,
        local,
        only=SAYS if says else None,
        after=possessive,
    )
    if not possessive and dates_a_thing(clause.text, local, local_end, context.knowledge, language):
        return []  # "suspending the Oct. 9 measures": the measures' date, no event of the clause
    gapped = None
    if trigger is None:  # "met Wang Yi on Sept 27 and Li Qiang on Sept 29"
        trigger = gapped = _gapped(context, clause, start)
    if trigger is None or negated(clause.text, trigger.start, context.knowledge):
        return []
    if in_what_is_said(clause.text, trigger, local, context.knowledge):
        return []  # "told reporters the tariff would take effect on Nov 10": not the telling's day
    trigger = hosted_stay(clause.text, trigger, date.span, context.knowledge)
    words = (
        clause.text
        if len(clause.dates) == 1
        else words_for(clause, date, trigger, start, end, language)
    )
    thing = made_thing_words(clause.text, local, local_end, trigger.start, context.knowledge)
    words = thing or words  # "the measures announced on Oct 9": those words alone
    interrupted = interrupted_subject(context, clause, date, start)
    if gapped is not None:
        interrupted = named_before(context, clause, gapped.start) or clause_subject(
            context, earlier
        )
    owner = possessor(clause.text, local, context.entities)  # "Trump's Oct. 10 threat": his
    subject = ahead or interrupted or owner or owner_before(context, clause, earlier)
    lead = lead_of(clause, start, context.knowledge, language)  # "saying Choe would stay…"
    subject = subject or clause_subject(context, [*earlier, *lead], clause)
    back = is_counted_back(context.sentence, date)
    resumed = resumes_after_description(earlier, context.knowledge)
    acts = interrupted is not None or ahead is not None or resumed
    report = Report(words, date, trigger.type, False, subject, back, acts, bool(thing))
    found = [*make_mentions(context, report), *_of_the_day(context, clause, date)]
    if date.vague and not says:
        # "travelled to Beijing last month to stand beside Xi at a parade": both, as support.
        for kind in other_kinds(clause.text, start, end, context.knowledge, language, trigger.type):
            found.append(make_mention(context, Report(words, date, kind, True, subject)))
    return found


def _names_next(text: str, at: int, context: Context) -> bool:
    """ "his September meeting with Kim", "the Oct. 9 talks": a date used as an adjective
    belongs to the event word right after it."""
    language = context.article.language
    trigger = find_trigger(text, at, len(text), context.knowledge, language)
    return trigger is not None and not text[at : trigger.start].strip()


# A day told by what else happened on it: "on Thursday, the day the premier arrived".
_THE_DAY = re.compile(
    r",\s*the (?:same )?day (?!(?:before|after|of)\b)(?:on which |when |that )?([^,;]+)"
)


def _of_the_day(context: Context, clause: Clause, date: DateMention) -> list[Mention]:
    """ "Kim held talks with Li on Thursday, the day the Chinese premier arrived": what
    the words after the date name happened that day too."""
    told = _THE_DAY.match(clause.text, date.end_char - clause.start)
    if told is None:
        return []
    words = told[1]
    language = context.article.language
    trigger = find_trigger(words, 0, len(words), context.knowledge, language)
    if trigger is None or negated(words, trigger.start, context.knowledge):
        return []
    return [make_mention(context, Report(words, date, trigger.type, False, None))]


# A later date's stretch naming only someone else: "… on Sept 27 and Premier Li on Sept 29".
_WITH_OBJECT = ("meeting", "message")


def _gapped(context: Context, clause: Clause, start: int) -> Trigger | None:
    """ "She met Wang Yi on Sept 27 and Premier Li Qiang on Sept 29": a date whose words
    name no event of their own, only another person after "and", shares the meeting or
    message of the date before it in the clause, and its subject."""
    if start == 0 or not GAPPED.match(clause.text, start):
        return None
    language = context.article.language
    shared = find_trigger(clause.text, 0, start, context.knowledge, language, start)
    # Only a verb with an object: in "Li arrived on Thursday and Kim on Friday" Kim arrived.
    return shared if shared is not None and shared.type in _WITH_OBJECT else None


def _undated_message(context: Context, clauses: list[Clause]) -> list[Mention]:
    """ "Xi sent Kim a message": news of a message sent, with no date, is of the report's day."""
    reference = context.article.reference_date
    if not is_sending(context.sentence, context.knowledge):
        return []
    for clause in clauses:
        trigger = find_trigger(  # only a message: "who is in Tianjin for the summit, has
            clause.text,  # expressed deep sorrow" is no news of a summit that day
            0,
            len(clause.text),
            context.knowledge,
            context.article.language,
            only=("message",),
        )
        if reference is None or trigger is None:
            continue
        if is_sending(clause.text, context.knowledge):
            day = DateMention("", 0, 0, DateSpan(reference, reference, "day"))
            return [make_mention(context, Report(clause.text, day, "message", False, None))]
    return []
