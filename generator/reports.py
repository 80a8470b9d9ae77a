"""What one dated report says: its people, places and sides, and whether it is planned.

``make_mention`` turns the words a date belongs to (a ``Report``) into a ``Mention``:

1. a date inside "since Xi traveled there in June 2019" dates what that phrase names;
2. the speaker of a trailing "…, Li said" or a leading "Li said …", what a message says
   and who "skipped" it are none of its people;
3. the sentence's subject fills in when the words name too few ("…, before meeting Li");
4. "Kim's visit to China" names Kim alone as the visitor;
5. a report of something still to come is planned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from generator.clauses import Trigger, any_word, clause_grammar, find_trigger
from generator.entities import ArticleEntities, Found
from generator.knowledge import Knowledge
from generator.meeting_pairs import acting_pair, separate_meetings
from generator.mention_rules import founds_in
from generator.model import Article, DateMention, EventType, Mention
from generator.participants import (
    abroad,
    both_of,
    compared_phrases,
    countries,
    destinations,
    gathering_of,
    message_envelope,
    opening_speaker_end,
    sender_first,
    taking_part,
    visit_places,
    with_gathering,
    without_absent,
    without_attribution,
    without_comparison,
    without_origin,
    without_other_events,
)
from generator.sentence_cues import names_by_pronoun, opens_with_pronoun, opens_with_the_two
from generator.titles import occasion
from generator.visitors import Visitor, guest_first, host_last, possessive_visitor

_SENT = ("message", "statement")  # their people are named before what they say
# What a statement or announcement says ("… on Tuesday that China will …") is not when it
# is made: its future tense makes no plan of it.
_SAYING = ("statement", "announcement")
_SAID = re.compile(r"\b(?:that|что)\b|[\"“«:]")
# What someone said: clauses are split at "that" (Russian ", что") only after a saying.
_REPORTED = re.compile(r"[\s,]*(?:that|что)\b")
_OF_THE_SPEAKER = re.compile(r"\b(?:he|she|his|her|him|он|она|его|ее|её|ему|ей)\b", re.IGNORECASE)
# A relative clause on a thing named before it: its event is that thing's, not the
# subject's ("Kim hosted a banquet for the delegation, which arrived on Thursday").
_OF_A_THING = re.compile(r"\s*,?\s*which\b")
# What someone said of what he or she did: "Li said that he met Kim on Thursday".
_SPEAKER_DID = re.compile(r"\s*that\s+(?:he|she)\s+[a-z]")


@dataclass(frozen=True)
class Report:
    """What one date reports: the words naming who and where, and the kind of event."""

    text: str
    date: DateMention
    kind: EventType
    supporting: bool
    subject: str | None
    own_people_only: bool = False
    subject_acts: bool = False  # "Li, who arrived …, met Kim": the subject is Li's, named
    thing_made: bool = False  # "the measures announced on Oct 9": its own words' people only


@dataclass(frozen=True)
class Context:
    article: Article
    sentence: str
    found: Found
    entities: ArticleEntities
    knowledge: Knowledge
    dates: tuple[DateMention, ...] = ()
    pronoun_subject: str | None = None  # whom an opening "He" or "She" stands for
    the_two: tuple[str, ...] = ()  # the first two people of the last sentence naming two
    pronoun_object: str | None = None  # whom "with her" may stand for: the last subject


def _actors(context: Context, report: Report, actors: list[str]) -> list[str]:
    """Who its words name, and the sentence's subject when they name too few (not when
    the words are what someone said, unless they speak of him or her: "Kim said that he
    met Li"); an event
    counted back from the sentence's day ("a day after the two stood together at a
    parade") has only its own, "the two" being the sentence's first two people, as has
    one dated inside a "since" phrase."""
    found = context.found
    if _REPORTED.match(report.text) and not _OF_THE_SPEAKER.search(report.text):
        return actors  # "Choe said that the summit early this month …": not Choe's
    speaker = report.subject
    if speaker and speaker not in actors and _SPEAKER_DID.match(report.text):
        return [speaker, *actors]  # "Li said that he met Kim": the speaker is its subject
    pair = _the_two(context, report)
    if pair:  # "The two foreign ministers exchanged views…", "… alongside Putin"
        return [*pair, *(a for a in actors if a not in pair)]
    opening = report.text.strip(" ,;")
    grammar = clause_grammar(context.knowledge)
    if report.own_people_only:  # "the two stood alongside Putin": the two, then Putin
        both = both_of(report.text, found.people, context.knowledge)
        if both or actors or not grammar.verb_first.match(opening):
            return [*both, *(a for a in actors if a not in both)]
        # "…, and attended a parade the day before": the subject's, as below
    if report.thing_made or _OF_A_THING.match(report.text):  # "the delegation, which …"
        return actors
    subject = report.subject or context.pronoun_subject or (found.people or (None,))[0]
    if subject and report.subject is None and context.pronoun_subject == subject:
        return [subject, *(a for a in actors if a != subject)]
    if (
        subject
        and subject not in actors
        # "… visits China; she meets Wang Yi": the pronoun's, in lower case in a clause;
        # "for a Sept. 3 parade, where he stood alongside Xi and Putin": his too
        and (
            grammar.verb_first.match(opening)
            or opens_with_pronoun(opening[:1].upper() + opening[1:], context.knowledge)
            or _WHERE_HE.search(opening) is not None
        )
    ):
        return [subject, *actors]
    if (
        subject
        and subject not in actors
        and len(actors) < 2
        and (report.subject_acts or grammar.personal_subject.match(opening) or not actors)
        and not _thing_opens_sentence(context, opening, actors)
    ):
        return [subject, *actors]
    return actors


def _the_two(context: Context, report: Report) -> tuple[str, ...]:
    """Whom "the two" stands for: the pair of the sentence before when the sentence opens
    with it ("The two ministers exchanged views…"), else when it acts in the report's own
    words ("…was inked after the two leaders held a bilateral meeting": ``acting_pair``)."""
    if not context.the_two and not context.found.people:
        return ()
    if context.the_two and opens_with_the_two(context.sentence, context.knowledge):
        return context.the_two
    if report.own_people_only:  # "stalled since the two presidents met on Aug. 25": a past
        return ()  # event measured against, whose pair may be any
    return acting_pair(
        report.text, context.sentence, context.the_two, context.entities, context.knowledge
    )


def make_mentions(context: Context, report: Report) -> list[Mention]:
    """The mention a report makes, or one per meeting it tells apart: "Trump sat down with
    Anwar and, separately, with Lula" is his meeting with each (``separate_meetings``)."""
    mention = make_mention(context, report)
    if mention.type != "meeting":
        return [mention]
    groups = separate_meetings(report.text, mention.actors, context.entities, context.knowledge)
    if len(groups) == 1:
        return [mention]
    return [
        replace(mention, actors=group, countries=_sides(context, group, mention))
        for group in groups
    ]


def _sides(context: Context, actors: tuple[str, ...], mention: Mention) -> tuple[str, ...]:
    """A meeting between known people involves just their countries (``countries``)."""
    homes = tuple(sorted({c for a in actors if (c := context.entities.country_of(a))}))
    return homes if len(homes) >= 2 else mention.countries


def _thing_opens_sentence(context: Context, opening: str, actors: list[str]) -> bool:
    """ "The talks this past weekend produced no statement, …, a phrase that also appeared
    after Kim's summit with Xi": words opening the sentence with a noun of their own name
    its subject; whoever a later clause naming another event names is not it. (Not the
    speaker of "The talks will be held on Friday, the premier said".)"""
    sentence = context.sentence
    if actors or _THING.match(opening) is None or not sentence.startswith(opening):
        return False
    rest = sentence[len(opening) :]
    language = context.article.language
    return find_trigger(rest, 0, len(rest), context.knowledge, language) is not None


# A relative clause whose subject is a pronoun: the sentence's subject was there.
_WHERE_HE = re.compile(r",\s*(?:where|when)\s+(?:he|she)\s+[a-z]")
_THING = re.compile(r"(?:The|A|An)\s+(?!two\b|both\b)[a-z]")


def _places(
    context: Context,
    kind: EventType,
    local: Found,
    actors: list[str],
    own: bool = False,
    words: str = "",
) -> tuple[str, ...]:
    """Where its words say, else the sentence's places; a message is where its own words
    say it was sent from, never where what it says is, and a thing named by the act that
    made it ("the measures announced on Oct 9", ``own``) where the noun phrase says."""
    knowledge = context.knowledge
    if kind == "message" or own:
        return local.places
    places = local.places or _named_before(context, words, context.found.places)
    if not local.places and local.destinations and kind != "visit":
        places = ()  # "to meet Xi in South Korea": there, not where the sentence's other news is
    home_of = context.entities.country_of
    return visit_places(kind, places, actors, context.sentence, knowledge, home_of) or destinations(
        kind, local, actors, knowledge, home_of
    )


# A relative clause on the place just named: ", where he met Xi", ", où il avait prié".
_WHERE_OPENING = re.compile(r"^\W*(?:where|où)\b", re.IGNORECASE)


def _named_before(context: Context, words: str, places: tuple[str, ...]) -> tuple[str, ...]:
    """The sentence's places a clause may borrow: all of them, but for a relative clause on
    a place (", where …"), which is where the place before it is, never one named after it
    ("Arriving from Istanbul, where he had attended the liturgy, he went to Annaya")."""
    # The clause's own words, as far as its first date (dates are masked in it).
    at = context.sentence.find(words[:12]) if _WHERE_OPENING.match(words) else -1
    if at < 0:
        return places
    return tuple(place for place in places if place in context.sentence[:at])


def _toward(context: Context, kind: EventType, words: str) -> tuple[str, ...]:
    """The capitals of the countries a visit's words name, but where it comes from:
    "to visit Japan, China from August 29" goes to both; "arrived in Tianjin from Japan"
    only to China."""
    if kind != "visit":
        return ()
    return context.entities.find(without_origin(words), remember=False).destinations


def _compared_event(context: Context, report: Report) -> tuple[Report, int]:
    """A date inside "since Xi traveled there in June 2019" dates what that phrase names:
    its words are the phrase, its people only its own ("has been in Pyongyang since
    Thursday" names no event of its own). Also where its words start in the sentence (-1
    when they are not the phrase's)."""
    at = report.date.start_char
    if report.date not in context.dates:
        return report, -1  # a day borrowed from another sentence: its place is not here
    for start, end in compared_phrases(context.sentence, context.knowledge):
        phrase = context.sentence[start:end]
        named = find_trigger(phrase, 0, len(phrase), context.knowledge, context.article.language)
        if start <= at < end and named is not None:
            return replace(report, text=phrase, own_people_only=True), start
    return report, -1


def _visitor(context: Context, words: str, date: DateMention, phrase_start: int) -> Visitor | None:
    """ "Kim's visit to China": in the "since" phrase the date is in, else in the sentence
    without such phrases (not "… since Xi's visit": what it is measured against)."""
    if phrase_start >= 0:
        return possessive_visitor(words, context.entities, date.start_char - phrase_start)
    compared = without_comparison(context.sentence, context.knowledge)
    return possessive_visitor(compared, context.entities, date.start_char)


def _pronoun_partner(context: Context, actors: Sequence[str]) -> str | None:
    """Whom "with her" or "received him" stands for: the one other person this sentence
    names ("Choe arrived at Wang's invitation and held talks with him"), else the last
    sentence's subject ("Choe is visiting China. Wang held talks with her")."""
    others = [person for person in context.found.people if person not in actors]
    if len(others) == 1:
        return others[0]
    last = context.pronoun_object
    return last if last and last not in actors else None


def make_mention(context: Context, report: Report) -> Mention:
    report, phrase_start = _compared_event(context, report)
    article, found, date, kind = context.article, context.found, report.date, report.kind
    words = without_comparison(report.text, context.knowledge)
    words = without_other_events(words, kind, context.knowledge, article.language)
    if kind != "statement":  # the speaker of a statement is its actor
        words = without_attribution(words, context.knowledge, context.dates)
    spoken = (
        opening_speaker_end(words, context.knowledge) if kind not in (*_SAYING, "statement") else 0
    )
    words = " " * spoken + words[spoken:]  # "Lavrov said Choe met Putin": not Lavrov's
    envelope = message_envelope(words, context.knowledge, kind) if kind in _SENT else words
    local = context.entities.find(envelope, remember=False)
    actors = _actors(context, report, list(local.people))
    if spoken:
        speakers = context.entities.find(report.text[:spoken], remember=False).people
        actors = [a for a in actors if a not in speakers]
    partner = _pronoun_partner(context, actors)
    if partner and names_by_pronoun(words, context.knowledge):
        actors = [*actors, partner]  # "Wang held talks with her": her, the last subject
    if envelope != words:  # who is only in what it says is none of its actors
        actors = [a for a in actors if a in local.people or a == context.pronoun_subject]
        words = envelope
    if kind == "meeting":
        actors = with_gathering(words, actors, context.knowledge)
    if kind == "message":
        actors = sender_first(words, actors, context.entities)
    visitor = _visitor(context, words, date, phrase_start) if kind == "visit" else None
    if visitor is not None:  # "after Kim's visit to China": Kim alone is the visitor
        actors = [visitor.person]
        local = visitor.destination or local
    elif kind == "visit":
        actors = host_last(words, guest_first(words, actors, context.entities), context.entities)
    subject = report.subject or context.pronoun_subject
    actors = without_absent(words, kind, actors, subject, context.entities, context.knowledge)
    reference = article.reference_date
    told = _SAID.split(report.text, maxsplit=1)[0] if kind in _SAYING else report.text
    planned = date.future or (
        future_cue(told, context.knowledge) and reference is not None and date.span.end >= reference
    )
    places = _places(context, kind, local, actors, report.thing_made, report.text)
    guessed = planned and date.span.precision != "day" and speculated(told, context.knowledge)
    involved = countries(
        kind,
        actors,
        taking_part(kind, context.sentence, found, context.entities, context.knowledge),
        taking_part(kind, words, local, context.entities, context.knowledge),
        context.entities.country_of,
    )
    # Countries the clause itself names, besides the host's: the sides of talks held by
    # no one named ("Ukrainian and Russian delegations met in Istanbul on June 2").
    hosts = {context.knowledge.country_of(place) for place in places}
    parties = len(local.countries - hosts)
    return Mention(
        article_id=article.id,
        outlet=article.outlet or article.wire,
        evidence=(context.sentence,),
        date_text=date.text,
        span=date.span,
        type=kind,
        actors=tuple(actors),
        places=places,
        planned=planned,
        vague=date.vague,
        supporting=report.supporting
        or guessed
        or not founds_in(article.language, date, actors, kind, parties),
        countries=involved,
        occasion=(
            occasion(words, context.knowledge)
            if kind == "ceremony"
            else gathering_of(kind, actors, context.knowledge)
        ),
        abroad=abroad(
            kind,
            (*places, *_toward(context, kind, words)),
            actors,
            context.entities.country_of,
            context.knowledge,
        ),
    )


def in_what_is_said(text: str, trigger: Trigger, date_at: int, knowledge: Knowledge) -> bool:
    """ "Trump told reporters the lower tariff would take effect on November 10", "the
    ministry said in a statement, adding that the rules would take effect on Dec. 1": a
    date after a statement's word, with what is still to come between them, is the day of
    what was said, not of the saying."""
    if trigger.type != "statement" or trigger.start >= date_at:
        return False
    return future_cue(text[trigger.start : date_at], knowledge)


def speculated(text: str, knowledge: Knowledge) -> bool:
    """Whether what is to come is only guessed at ("a fourth round could take place in
    August"): such a plan, unless it names its day ("may travel to Pyongyang on
    Monday"), may join the event once it happens, never found one, since many never do."""
    cues = knowledge.words.get("cues", {})
    guesses = tuple(cues.get("speculation", ()))
    future = tuple(cues.get("future_cues", ()))
    if not guesses or not future:
        return False
    guess = any_word(guesses)
    found = [m[0] for m in any_word(future).finditer(text)]
    return bool(found) and all(guess.fullmatch(word) for word in found)


def future_cue(text: str, knowledge: Knowledge) -> bool:
    """Whether ``text`` speaks of what is still to come ("will visit", "is to meet"); the
    "to visit" of a trip begun ("left Pyongyang to pay a visit") is its purpose."""
    cues = knowledge.words.get("cues", {})
    future = tuple(cues.get("future_cues", ()))
    if not future:
        return False
    begun = _before_to(tuple(cues.get("set_out", ())), r"[^,;.]*")
    rank = _before_to(tuple(cues.get("ranked", ())), r"(?:\s+[\w'’-]+){0,4}\s+")
    return any(
        not m[0].lower().startswith("to ")
        or not any(p is not None and p.search(text, 0, m.start()) for p in (begun, rank))
        for m in any_word(future).finditer(text)
    )


@cache
def _before_to(words: tuple[str, ...], gap: str) -> re.Pattern[str] | None:
    """What makes a "to visit" no plan, before it: a trip begun earlier in the phrase
    ("left Pyongyang on Saturday to pay"), a rank a few words before ("the first Chinese
    premier to visit")."""
    if not words:
        return None
    return re.compile(rf"\b(?:{'|'.join(words)})\b{gap}$", re.IGNORECASE)
