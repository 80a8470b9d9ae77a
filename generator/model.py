"""The records the pipeline stages hand each other.

Data flows one way: ``Seed`` → ``Document`` → ``Article`` → ``Mention`` → ``Event``.
Every record is a frozen dataclass so that a later stage can never change what an
earlier stage decided; a stage that refines a record makes a new one with
``dataclasses.replace``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

Precision = Literal["day", "range", "month"]
EventType = Literal["visit", "meeting", "ceremony", "statement", "announcement", "message", "other"]
Status = Literal["included", "duplicate", "rejected"]
Severity = Literal["error", "warning"]

EVENT_TYPES: tuple[EventType, ...] = (
    "visit",
    "meeting",
    "ceremony",
    "statement",
    "announcement",
    "message",
    "other",
)


@dataclass(frozen=True)
class Problem:
    """Something wrong with one seed (or the config), shown in the build report."""

    file: str
    severity: Severity
    message: str


@dataclass(frozen=True)
class Seed:
    """A file found in the seeds folder, not yet read."""

    path: str  # absolute path on disk
    file: str  # path relative to the project root, e.g. "seeds/000_x.txt"
    content_hash: str


@dataclass(frozen=True)
class Document:
    """A seed decoded to text, before any news-specific reading.

    ``lines`` are the visible text lines in reading order; ``meta`` carries what the
    format states outright (HTML meta tags, Markdown front matter).
    """

    file: str
    kind: Literal["txt", "md", "html"]
    encoding: str
    lines: tuple[str, ...]
    meta: tuple[tuple[str, str], ...] = ()
    captions: tuple[str, ...] = ()

    def meta_value(self, *keys: str) -> str | None:
        for wanted in keys:
            for key, value in self.meta:
                if key == wanted and value.strip():
                    return value.strip()
        return None


@dataclass(frozen=True)
class Dateline:
    place: str
    date_text: str | None = None
    date: dt.date | None = None
    paragraph: int = 0  # the paragraph it opened: the lead, whose day it is


@dataclass(frozen=True)
class Article:
    """One normalised news article: who published it, when, and its clean text."""

    id: str
    file: str
    content_hash: str
    outlet: str | None
    wire: str | None
    title: str
    title_generated: bool
    published_at: dt.datetime | None  # aware when the time and zone are known
    published_on: dt.date | None  # the local date printed on the page
    author: str | None
    dateline: Dateline | None
    url: str | None
    language: str
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...] = ()
    subtitle: str | None = None

    @property
    def reference_date(self) -> dt.date | None:
        """The day relative dates are read against: the dateline's, else publication's."""
        if self.dateline is not None and self.dateline.date is not None:
            return self.dateline.date
        return self.published_on

    @property
    def published_iso(self) -> str | None:
        if self.published_at is not None:
            return self.published_at.isoformat()
        if self.published_on is not None:
            return self.published_on.isoformat()
        return None


@dataclass(frozen=True)
class SeedResult:
    """What became of one seed: an article, a duplicate of another, or a rejection."""

    file: str
    article_id: str
    status: Status
    article: Article | None
    reason: str | None = None
    duplicate_of: str | None = None
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class DateSpan:
    """A resolved stretch of time: one day, a range of days, or a whole month."""

    start: dt.date
    end: dt.date
    precision: Precision

    def overlaps(self, other: DateSpan, slack_days: int = 0) -> bool:
        slack = dt.timedelta(days=slack_days)
        return self.start <= other.end + slack and other.start <= self.end + slack


@dataclass(frozen=True)
class DateMention:
    """A date phrase found in a sentence and what it resolves to."""

    text: str
    start_char: int
    end_char: int
    span: DateSpan
    vague: bool = False  # "last month", "earlier this month": joins, never founds
    future: bool = False
    until: bool = False  # "until Saturday": the day something lasts until, no event's own day


@dataclass(frozen=True)
class Mention:
    """One article's report of something that happened on a date."""

    article_id: str
    outlet: str | None
    evidence: tuple[str, ...]
    date_text: str
    span: DateSpan
    type: EventType
    actors: tuple[str, ...]
    places: tuple[str, ...]
    planned: bool = False
    vague: bool = False  # the date phrase is vague: "last month", "three weeks later"
    supporting: bool = False  # may join an event, never found one (borrowed date, a copy...)
    countries: tuple[str, ...] = ()  # sides the sentence involves, for the topic check
    article_countries: tuple[str, ...] = ()  # sides the article's headline and lead involve
    occasion: str = (
        ""  # a ceremony that is an act of its own ("Wreath-laying"), a summit's grouping
    )
    abroad: tuple[str, ...] = ()  # a visit's countries, but the visitor's own: where it goes


@dataclass(frozen=True)
class Source:
    """One article's part in an event, as the event page shows it."""

    article_id: str
    outlet: str | None
    evidence: tuple[str, ...]
    date_text: str
    span: DateSpan
    planned: bool = False


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    span: DateSpan
    type: EventType
    actors: tuple[str, ...]
    places: tuple[str, ...]
    summary: str
    sources: tuple[Source, ...]
    planned: bool = False
    related: tuple[str, ...] = field(default=())  # ids of parts/wholes and same-visit events


@dataclass(frozen=True)
class Timeline:
    """Everything the site is rendered from: the merged events and every seed's fate."""

    title: str
    description: str
    events: tuple[Event, ...]
    results: tuple[SeedResult, ...]
    problems: tuple[Problem, ...] = ()
    build_time: dt.datetime | None = None  # only when SOURCE_DATE_EPOCH gives it
    left_out: tuple[tuple[str, int], ...] = ()  # events not shown, by reason ("off the topic")

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(r.article for r in self.results if r.article is not None)

    def article(self, article_id: str) -> Article | None:
        return self._articles_by_id.get(article_id)

    @cached_property
    def _articles_by_id(self) -> dict[str, Article | None]:
        return {result.article_id: result.article for result in self.results}
