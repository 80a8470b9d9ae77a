"""Plausible article text for one event: headline, lead, body, caption.

Sentences are templates filled with the event's people, place and day, padded with
the kind of boilerplate (quotes, analysis, background) real coverage carries.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from corpus_events import Event, Person

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

HEADLINES = {
    "meeting": [
        "{h} meets {g} in {place}",
        "{h}, {g} hold talks on deepening ties",
        "{g} and {h} discuss strategic communication",
    ],
    "visit": [
        "{g} arrives in {place} for official visit",
        "{g} visits {place} at invitation of {h}",
        "{g} wraps up {n}-day trip to {place}",
    ],
    "message": ["{h} sends congratulatory message to {g}", "{h} congratulates {g} on anniversary"],
    "ceremony": [
        "{g} attends ceremony in {place} with {h}",
        "{h}, {g} mark anniversary at {place} ceremony",
    ],
    "statement": [
        "{h} comments on ties with {gc}",
        "Spokesperson {h} says {gc} ties remain stable",
    ],
    "planned_visit": [
        "{g} to visit {place} next week",
        "{g} will travel to {place}, ministry says",
    ],
}

LEADS = {
    "meeting": "{ht} {h} met with {gt} {g} in {place} {when}, pledging to deepen the friendship "
    "between {hc} and {gc}.",
    "visit": "{gt} {g} arrived in {place} {when} for a {n}-day official visit at the invitation of "
    "{ht} {h}.",
    "message": "{ht} {h} sent a congratulatory message to {gt} {g} {when} on the anniversary of "
    "{occasion}.",
    "ceremony": "{gt} {g} attended a ceremony in {place} {when} marking the anniversary of "
    "{occasion}, alongside {ht} {h}.",
    "statement": "{ht} {h} told a regular press conference {when} that relations with {gc} "
    "remain a priority for {hc}.",
    "planned_visit": "{gt} {g} will pay an official visit to {hc} from {start} to {end}, "
    "the foreign ministry announced {when}.",
}

FOLLOW_UPS = {
    "meeting": [
        "During the talks, {h} said {hc} stands ready to work with {gc} to implement the "
        "important consensus reached by the top leaders.",
        "The two sides exchanged views on regional and international issues of common "
        "concern, according to the readout.",
    ],
    "visit": [
        "{g} was greeted at the airport by senior officials and later laid a wreath at a "
        "monument in {place}.",
        "It is the first such trip by {g} this year, state media said.",
    ],
    "message": [
        "In the message, {h} said the friendship between {hc} and {gc} has withstood the "
        "test of time.",
        "{h} wished the people of {gc} greater success in building their country.",
    ],
    "ceremony": [
        "Thousands of people gathered in {place} for the celebrations, which included a "
        "banquet and a performance.",
        "{g} was seated on the rostrum next to {h}, footage showed.",
    ],
    "statement": [
        "{hc}'s position on the peninsula issue is consistent, {h} said.",
        "Asked about recent exchanges with {gc}, {h} said both sides maintain close communication.",
    ],
    "planned_visit": [
        "During the visit, {g} is expected to hold talks with {h}.",
        "The trip will be the latest in a series of high-level exchanges.",
    ],
}

# Filler sentences are assembled from short interchangeable parts so that two
# articles on the same event share phrases, as real coverage does, without being
# word-for-word copies (which the duplicate finder would rightly fold together).
SOURCES = [
    "analysts said",
    "one analyst said",
    "a Seoul-based researcher said",
    "officials said",
    "diplomats said",
    "a former envoy said",
    "observers noted",
    "a trade official said",
    "experts said",
    "a professor in Dalian said",
    "a Beijing scholar argued",
    "local traders said",
    "a Western diplomat said",
    "commentators wrote",
    "a think tank report said",
]
SUBJECTS = [
    "the talks",
    "the trip",
    "the exchange",
    "bilateral trade",
    "border tourism",
    "the rail link",
    "the new bridge",
    "fuel shipments",
    "the anniversary",
    "the readout",
    "the joint statement",
    "seafood exports",
    "the delegation",
    "the banquet",
    "air links",
    "the cultural festival",
]
VERBS = [
    "could reshape",
    "may strengthen",
    "will likely test",
    "is meant to signal",
    "appears to revive",
    "reflects",
    "underscores",
    "hints at",
    "fits",
    "complicates",
    "helps explain",
    "follows",
    "echoes",
    "softens",
    "revives interest in",
]
OBJECTS = [
    "the regional balance",
    "ties with Moscow",
    "sanctions enforcement",
    "the 2018 summits",
    "plans for a free trade zone",
    "investment in Rason",
    "the Dandong market",
    "pressure from Washington",
    "the nuclear question",
    "aid deliveries",
    "cultural exchanges",
    "student exchanges",
    "fishing rights",
    "power supplies",
    "grain imports",
    "port upgrades",
    "a visa waiver",
    "party-to-party links",
    "the postwar order",
    "joint mining ventures",
]
TAILS = [
    "for now",
    "in the short term",
    "before the winter",
    "after {years} years of delays",
    "by about {pct} percent",
    "at least on paper",
    "according to customs data",
    "so far",
    "once again",
    "in several provinces",
    "along the border",
    "more than expected",
    "in ways few predicted",
    "without much fanfare",
    "despite earlier setbacks",
]

VAGUE = [
    "{ref}, {h2} and {g2} held talks in {place2}.",
    "The exchange follows a meeting between {h2} and {g2} in {place2} {ref_lower}.",
    "{ref}, {g2} travelled to {place2}, where {h2} hosted a banquet.",
]


@dataclass(frozen=True)
class Story:
    headline: str
    subhead: str
    paragraphs: tuple[str, ...]
    caption: str


def country(person: Person) -> str:
    return "China" if person.side == "China" else "the DPRK"


def month_day(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}"


def when_phrase(event_day: dt.date, published: dt.date) -> str:
    """'on Monday' within the week of publication, else an absolute date."""
    if 0 <= (published - event_day).days < 6:
        return f"on {WEEKDAYS[event_day.weekday()]}"
    return f"on {month_day(event_day)}"


def fields(event: Event, published: dt.date) -> dict[str, str]:
    start = event.day + dt.timedelta(days=7)
    return {
        "h": event.host.name,
        "g": event.guest.name,
        "ht": event.host.title.title(),
        "gt": event.guest.title.title(),
        "hc": country(event.host),
        "gc": country(event.guest),
        "place": event.place,
        "n": str(event.length_days),
        "occasion": event.occasion,
        "when": when_phrase(event.day, published),
        "start": month_day(start),
        "end": month_day(start + dt.timedelta(days=event.length_days - 1)),
    }


def vague_reference(earlier: Event, published: dt.date) -> str:
    """'Earlier this month' / 'Last month' / 'In June' relative to the publication date."""
    if (earlier.day.year, earlier.day.month) == (published.year, published.month):
        return "Earlier this month"
    months_back = (published.year - earlier.day.year) * 12 + published.month - earlier.day.month
    return "Last month" if months_back == 1 else f"In {MONTHS[earlier.day.month - 1]}"


def write_story(
    event: Event, published: dt.date, earlier: Event | None, rng: random.Random, words: int
) -> Story:
    values = fields(event, published)
    headline = rng.choice(HEADLINES[event.kind]).format(**values)
    headline = headline[0].upper() + headline[1:]
    paragraphs = [LEADS[event.kind].format(**values)]
    paragraphs += [s.format(**values) for s in FOLLOW_UPS[event.kind]]
    if earlier is not None:
        paragraphs.insert(2, _vague_sentence(earlier, published, rng))
    paragraphs += _filler(rng, words - sum(len(p.split()) for p in paragraphs))
    subhead = (
        f"{values['hc']} ready to work with {values['gc']} to carry forward traditional friendship"
    )
    return Story(headline, subhead, tuple(paragraphs), _caption(values, rng))


def _vague_sentence(earlier: Event, published: dt.date, rng: random.Random) -> str:
    ref = vague_reference(earlier, published)
    return rng.choice(VAGUE).format(
        ref=ref,
        ref_lower=ref[0].lower() + ref[1:],
        h2=earlier.host.name,
        g2=earlier.guest.name,
        place2=earlier.place,
    )


def _filler(rng: random.Random, missing_words: int) -> list[str]:
    paragraphs: list[str] = []
    while missing_words > 0:
        paragraph = " ".join(_filler_sentence(rng) for _ in range(rng.randint(1, 3)))
        paragraphs.append(paragraph)
        missing_words -= len(paragraph.split())
    return paragraphs


def _filler_sentence(rng: random.Random) -> str:
    source, subject = rng.choice(SOURCES), rng.choice(SUBJECTS)
    claim = f"{subject} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}"
    claim = claim.format(years=rng.randint(2, 9), pct=rng.randint(3, 40))
    text = f"{source}, {claim}." if rng.random() < 0.5 else f"{claim}, {source}."
    return text[0].upper() + text[1:]


def _caption(values: dict[str, str], rng: random.Random) -> str:
    action = rng.choice(["meets with", "shakes hands with", "talks with", "poses for photos with"])
    return (
        f"{values['ht']} {values['h']} {action} {values['gt']} {values['g']} in {values['place']}."
    )
