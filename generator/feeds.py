"""The timeline's feeds: Atom for feed readers, iCalendar for calendars (the other
exports are in ``generator.exports``), and the pages' paths and addresses they link to.

Every export is a pure function of the timeline and the config: no clock, no random
ids, so that two builds of the same seeds give byte-identical files. Times that a feed
format requires are taken from the data (the latest publication of an event's sources,
else the event's own date), or from ``timeline.build_time`` when SOURCE_DATE_EPOCH gives it.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import partial
from urllib.parse import quote

from generator.config import Config
from generator.fragments import MadeNow, Pieces
from generator.model import Article, Event, Timeline

ATOM_NS = "http://www.w3.org/2005/Atom"
# Identifiers must not change when the site moves, so they hang off a fixed name that
# is ours by convention (".invalid" can never be a real host) rather than off base_url.
ID_DOMAIN = "news-timeline.invalid"
TAG_PREFIX = f"tag:{ID_DOMAIN},2025:"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def event_path(event_id: str) -> str:
    return f"events/{quote(event_id)}.html"


def article_path(article_id: str) -> str:
    return f"articles/{quote(article_id)}.html"


def site_url(config: Config, path: str) -> str:
    """``path`` made absolute from base_url, or left relative to the site root without one."""
    if not config.base_url:
        return path
    return config.base_url.rstrip("/") + "/" + path


# --- times derived from the data ---------------------------------------------------


def _published(article: Article) -> dt.datetime | None:
    if article.published_at is not None:
        moment = article.published_at
        if moment.tzinfo is None:  # a time without a zone: read it as UTC, consistently
            moment = moment.replace(tzinfo=dt.UTC)
        return moment.astimezone(dt.UTC)
    if article.published_on is not None:
        return dt.datetime.combine(article.published_on, dt.time(), tzinfo=dt.UTC)
    return None


def event_updated(event: Event, articles: Mapping[str, Article]) -> dt.datetime:
    """The latest publication among the event's sources, else midnight UTC of its start."""
    moments = [
        moment
        for source in event.sources
        if (article := articles.get(source.article_id)) is not None
        if (moment := _published(article)) is not None
    ]
    if moments:
        return max(moments)
    return dt.datetime.combine(event.span.start, dt.time(), tzinfo=dt.UTC)


def feed_updated(timeline: Timeline, articles: Mapping[str, Article]) -> dt.datetime:
    if timeline.build_time is not None:
        moment = timeline.build_time
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return max((event_updated(e, articles) for e in timeline.events), default=EPOCH)


def _articles_by_id(timeline: Timeline) -> dict[str, Article]:
    return {article.id: article for article in timeline.articles}


def _rfc3339(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _outlets(event: Event) -> list[str]:
    """The distinct outlets behind an event, in source order."""
    names = [source.outlet or source.article_id for source in event.sources]
    return list(dict.fromkeys(names))


# --- Atom ----------------------------------------------------------------------------


def _atom(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def atom_feed(timeline: Timeline, config: Config, pieces: Pieces | None = None) -> str:
    """An Atom 1.0 feed (RFC 4287) with one entry per event.

    Without a base_url the links are relative to the feed's own location (the site
    root), which RFC 4287 allows; readers resolve them against the feed URL.
    """
    pieces = pieces or MadeNow()
    articles = _articles_by_id(timeline)
    # Plain tag names under a default xmlns: ElementTree's default_namespace option
    # refuses the unqualified attributes (rel, href) that Atom uses.
    feed = ET.Element("feed", xmlns=ATOM_NS)
    _atom(feed, "id", config.base_url or f"{TAG_PREFIX}feed")
    _atom(feed, "title", timeline.title)
    if timeline.description:
        _atom(feed, "subtitle", timeline.description)
    _atom(feed, "updated", _rfc3339(feed_updated(timeline, articles)))
    author = _atom(feed, "author")
    _atom(author, "name", timeline.title)
    _atom(feed, "link", rel="self", href=site_url(config, "events.atom"))
    _atom(feed, "link", rel="alternate", type="text/html", href=site_url(config, "index.html"))
    _atom(feed, "generator", "news-timeline")
    ET.indent(feed)
    head = ET.tostring(feed, encoding="unicode", xml_declaration=True).removesuffix("</feed>")
    entries = "".join(
        pieces.piece(
            "atom-entry",
            (event, *_cited(event, articles)),
            partial(_atom_entry, event, articles, config),
        )
        for event in timeline.events
    )
    return f"{head}{entries}</feed>\n"


def _atom_entry(event: Event, articles: Mapping[str, Article], config: Config) -> str:
    """One ``<entry>``, indented as the second level of the feed."""
    entry = ET.Element("entry")
    page = event_path(event.id)
    entry_id = site_url(config, page) if config.base_url else f"{TAG_PREFIX}event:{event.id}"
    _atom(entry, "id", entry_id)
    _atom(entry, "title", event.title)
    _atom(entry, "updated", _rfc3339(event_updated(event, articles)))
    _atom(entry, "link", rel="alternate", type="text/html", href=site_url(config, page))
    _atom(
        entry,
        "summary",
        f"{span_text(event)}. {event.summary} Reported by: {', '.join(_outlets(event))}.",
    )
    _atom(entry, "category", term=event.type)
    ET.indent(entry, level=1)
    return f"  {ET.tostring(entry, encoding='unicode')}\n"


# --- iCalendar -------------------------------------------------------------------------


def icalendar(timeline: Timeline, config: Config, pieces: Pieces | None = None) -> str:
    """An iCalendar file (RFC 5545) of all-day events, one VEVENT per event."""
    pieces = pieces or MadeNow()
    articles = _articles_by_id(timeline)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//news-timeline//timeline//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{ical_text(timeline.title)}",
    ]
    if timeline.description:
        lines.append(f"X-WR-CALDESC:{ical_text(timeline.description)}")
    events = "".join(
        pieces.piece(
            "ics-event",
            (event, *_cited(event, articles)),
            partial(_vevent_text, event, articles, config),
        )
        for event in timeline.events
    )
    return _content_lines(lines) + events + _content_lines(["END:VCALENDAR"])


def _content_lines(lines: list[str]) -> str:
    return "".join(fold_line(line) + "\r\n" for line in lines)


def _cited(event: Event, articles: Mapping[str, Article]) -> list[Article | None]:
    """The articles an event's sources cite: what its feed entries' times come from."""
    return [articles.get(source.article_id) for source in event.sources]


def _vevent_text(event: Event, articles: Mapping[str, Article], config: Config) -> str:
    return _content_lines(_vevent(event, articles, config))


def _vevent(event: Event, articles: Mapping[str, Article], config: Config) -> list[str]:
    first, after_last = calendar_days(event)
    description = f"{event.summary}\nReported by: {', '.join(_outlets(event))}"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.id}@{ID_DOMAIN}",
        f"DTSTAMP:{event_updated(event, articles).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
        f"DTEND;VALUE=DATE:{after_last:%Y%m%d}",
        f"SUMMARY:{ical_text(event.title)}",
        f"DESCRIPTION:{ical_text(description)}",
    ]
    if event.places:
        lines.append(f"LOCATION:{ical_text(', '.join(event.places))}")
    lines += [
        f"CATEGORIES:{ical_text(event.type)}",
        f"STATUS:{'TENTATIVE' if event.planned else 'CONFIRMED'}",
        "TRANSP:TRANSPARENT",
    ]
    if config.base_url:
        lines.append(f"URL:{site_url(config, event_path(event.id))}")
    lines.append("END:VEVENT")
    return lines


def calendar_days(event: Event) -> tuple[dt.date, dt.date]:
    """First day and the day after the last (iCalendar's DTEND is exclusive)."""
    if event.span.precision == "month":
        first = event.span.start.replace(day=1)
        next_month = (first + dt.timedelta(days=31)).replace(day=1)
        return first, next_month
    return event.span.start, event.span.end + dt.timedelta(days=1)


def ical_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 section 3.3.11)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold_line(line: str, limit: int = 75) -> str:
    """Fold a content line at ``limit`` octets without splitting a UTF-8 character."""
    if len(line) <= limit and (line.isascii() or len(line.encode("utf-8")) <= limit):
        return line  # most lines: nothing to fold
    if line.isascii() and limit > 1:  # one octet a character: cut every limit - 1 after
        rest = line[limit:]
        tail = [" " + rest[i : i + limit - 1] for i in range(0, len(rest), limit - 1)]
        return "\r\n".join([line[:limit], *tail])
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size = " ", 1  # the continuation's leading space counts too
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def span_text(event: Event) -> str:
    """The event's dates as a reader says them: "27–30 September 2025", "October 2025"."""
    start, end = event.span.start, event.span.end
    if event.span.precision == "month":
        return f"{start:%B %Y}"
    if event.span.precision == "day" or start == end:
        return f"{start.day} {start:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"
