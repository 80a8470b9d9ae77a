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
event, never found one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from generator.adjective_dates import dates_a_thing, possessor
from generator.attributive import before_made_things, made_thing_words
from generator.clauses import (
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
from generator.descriptions import describes, person_described, resumes_after_description
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
)
from generator.model import Article, DateMention, DateSpan, EventType, Mention
from generator.participants import without_comparison
from generator.reports import Context, Report, in_what_is_said, make_mention, make_mentions
from generator.sentence_cues import (
    is_commentary,
    is_sending,
    kinds_told,
    negated,
    opens_on,
    opens_with_pronoun,
    refers_back,
    tells_ongoing_stay,
)
from generator.sentences import article_sentences, asked_sentences, item_headings

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
    carried: _Carried | None = None
    before = _Before()
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
            new = _dated_by_next(before, context, new) + _named_before_by(recent, context, new)
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
        carried = _Carried(firm[-1], sentence, said_on(sentence, dates)) if firm else None
        before = before.then(sentence, people, not dates and not new, subject)
        recent = (*recent[-(_LOOK_BACK - 1) :], (sentence, tuple(m.type for m in new)))
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


@dataclass(frozen=True)
class _Carried:
    """A sentence's last stated day, for the next sentence to go on about."""

    date: DateMention
    sentence: str
    said: DateMention | None = None  # "The ministry said on Sunday …": its statement's day


@dataclass(frozen=True)
class _Before:
    """What the sentences read so far leave the next one: whom an opening "He" stands
    for, and a sentence naming an event with no day ("Li has arrived in Pyongyang.")."""

    subject: str | None = None
    undated: str | None = None
    undated_subject: str | None = None
    pair: tuple[str, ...] = ()  # the first two people of the last sentence naming two

    def then(
        self, sentence: str, people: tuple[str, ...], eventless: bool, opener: str | None = None
    ) -> _Before:
        """``opener``: whom the sentence's opening "She" stood for, still its subject when
        it names others: "She was received by Li. She left Beijing on Sept. 30" are hers."""
        pair = people[:2] if len(people) >= 2 else self.pair
        if not people:
            return _Before(self.subject, pair=pair)
        subject = opener or people[0]
        return _Before(subject, sentence if eventless else None, subject, pair)


def _dated_by_next(before: _Before, context: Context, new: list[Mention]) -> list[Mention]:
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


def _named_before_by(
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


_LOOK_BACK = 3  # sentences
# "The talks, …", "The two-hour meeting …": the event named by "the" and its noun.
_THE_EVENT = re.compile(r"(?:The|This|That)\s+(?:[\w-]+\s+){0,2}[\w-]+\b")


def _sentence_mentions(context: Context, carried: _Carried | None) -> list[Mention]:
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
                date = (
                    carried.said or date
                )  # "… said on Sunday …. A spokesperson said in a statement"
            if trigger is not None and (dates or _goes_on(carried, trigger, context)):
                joined = join_clauses(sentence, pending[1], clause) if pending else clause
                subject = _subject(context, clauses[:index], clause)
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
            ahead = _speaker_ahead(context, clauses, index)
            made = _dated(context, clause, date, start, end, clauses[:index], ahead)
            mentions.extend(made or _of_the_noun_before(context, clauses, index))
            lent = not own and (not mentions or mentions[-1].span != date.span)
            pending = (date, clause.start) if lent else None
        if clause.dates and not own:
            borrowed = clause.dates[-1]
    if not dates and not mentions and not relative_phrases(sentence):
        mentions = _undated_message(context, clauses)
    mentions = without_message_content(unique_mentions(mentions))
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


_HIS = re.compile(r"\b(?:his|her|he|she)\b", re.IGNORECASE)


def _speaker_ahead(context: Context, clauses: list[Clause], index: int) -> str | None:
    """ "During his meeting with Kim on Sept 4, President Xi said …": a pronoun in a clause
    before the speaker's stands for the speaker, who is then in its event."""
    if index + 1 >= len(clauses) or not _HIS.search(clauses[index].text):
        return None
    spoken = clauses[index + 1].text
    if not clause_grammar(context.knowledge).spoken.match(spoken):
        return None
    people = context.entities.find(spoken, remember=False).people
    return people[0] if people else None


def _goes_on(carried: _Carried | None, trigger: Trigger, context: Context) -> bool:
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


def _subject(context: Context, earlier: list[Clause], clause: Clause | None = None) -> str | None:
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
        owner = _owner_before(context, clause, earlier[:index])
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
    is whom its "his" stands for, named after it (``_speaker_ahead``)."""
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
    interrupted = _interrupted_subject(context, clause, date, start)
    if gapped is not None:
        interrupted = _named_before(context, clause, gapped.start) or _subject(context, earlier)
    owner = possessor(clause.text, local, context.entities)  # "Trump's Oct. 10 threat": his
    subject = ahead or interrupted or owner or _owner_before(context, clause, earlier)
    lead = lead_of(clause, start, context.knowledge, language)  # "saying Choe would stay…"
    subject = subject or _subject(context, [*earlier, *lead], clause)
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


def _owner_before(context: Context, clause: Clause, earlier: list[Clause]) -> str | None:
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
_GAPPED = re.compile(r"\s*,?\s*(?:and|then|and then|as well as)\s+(?=[A-Z])")


def _gapped(context: Context, clause: Clause, start: int) -> Trigger | None:
    """ "She met Wang Yi on Sept 27 and Premier Li Qiang on Sept 29": a date whose words
    name no event of their own, only another person after "and", shares the meeting or
    message of the date before it in the clause, and its subject."""
    if start == 0 or not _GAPPED.match(clause.text, start):
        return None
    language = context.article.language
    shared = find_trigger(clause.text, 0, start, context.knowledge, language, start)
    # Only a verb with an object: in "Li arrived on Thursday and Kim on Friday" Kim arrived.
    return shared if shared is not None and shared.type in _WITH_OBJECT else None


def _named_before(context: Context, clause: Clause, at: int) -> str | None:
    """The first person the clause names before ``at``: the subject of its verb."""
    people = context.entities.find(clause.text[:at], remember=False).people
    return people[0] if people else None


# A subject and a relative clause after it: "Li, who arrived on Thursday,".
_SUBJECT_AND_WHO = re.compile(r"([^,]{1,60}),\s*who\b[^,;]*,")


def _interrupted_subject(
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
