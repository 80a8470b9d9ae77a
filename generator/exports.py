"""Every machine-readable file of the site, and the ones besides the feeds: CSV,
TimelineJS3, sitemap and robots.txt.

Like the feeds, each is a pure function of the timeline and the config, so two builds
of the same seeds give byte-identical files.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any

from generator.config import Config
from generator.errors import BuildError
from generator.events_json import Encoded, json_lines
from generator.feeds import article_path, atom_feed, event_path, icalendar, site_url, span_text
from generator.fragments import MadeNow, Pieces
from generator.model import Event, Timeline

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
CSV_COLUMNS = (
    "event_id",
    "start",
    "end",
    "precision",
    "type",
    "title",
    "actors",
    "places",
    "article_id",
    "outlet",
    "evidence",
)


def export_files(
    timeline: Timeline,
    config: Config,
    page_paths: Iterable[str] | None = None,
    pieces: Pieces | None = None,
) -> dict[str, str]:
    """Every export, by path relative to the site root.

    The sitemap and robots.txt need absolute URLs, so they exist only when
    ``config.base_url`` is set. ``page_paths`` lists the HTML pages for the sitemap;
    without it the pages every site has (index, sources, about, events, articles) are used.
    ``pieces`` may hand over an event's part of a file that an earlier build wrote
    (see ``generator.fragments``).
    """
    pieces = pieces or MadeNow()
    files = {
        "events.atom": atom_feed(timeline, config, pieces),
        "events.ics": icalendar(timeline, config, pieces),
        "events.csv": events_csv(timeline, pieces),
        "timelinejs.json": timelinejs(timeline, config, pieces),
    }
    if config.base_url:
        pages = default_page_paths(timeline) if page_paths is None else page_paths
        files["sitemap.xml"] = sitemap(pages, config)
        files["robots.txt"] = robots_txt(config)
    return files


def default_page_paths(timeline: Timeline) -> list[str]:
    paths = ["index.html", "sources.html", "about.html"]
    paths += [event_path(event.id) for event in timeline.events]
    paths += [article_path(article.id) for article in timeline.articles]
    return paths


# --- CSV -------------------------------------------------------------------------------


def events_csv(timeline: Timeline, pieces: Pieces | None = None) -> str:
    """One row per (event, source); an event without sources still gets one row."""
    pieces = pieces or MadeNow()
    rows = "".join(
        pieces.piece("csv-event", (event,), partial(_csv_rows, event)) for event in timeline.events
    )
    return _csv_text([CSV_COLUMNS]) + rows


def _csv_text(rows: Iterable[Sequence[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)  # RFC 4180: CRLF line ends, quoting only when needed
    return buffer.getvalue()


def _csv_rows(event: Event) -> str:
    head = [
        event.id,
        event.span.start.isoformat(),
        event.span.end.isoformat(),
        event.span.precision,
        event.type,
        event.title,
        "; ".join(event.actors),
        "; ".join(event.places),
    ]
    if not event.sources:
        return _csv_text([[*head, "", "", ""]])
    return _csv_text(
        [*head, source.article_id, source.outlet or "", " ".join(source.evidence)]
        for source in event.sources
    )


# --- TimelineJS3 -------------------------------------------------------------------------


def timelinejs(timeline: Timeline, config: Config, pieces: Pieces | None = None) -> str:
    """The TimelineJS3 JSON format, so the events drop into that tool unchanged."""
    pieces = pieces or MadeNow()
    document: dict[str, Any] = {
        "title": {
            "text": {"headline": _escape(timeline.title), "text": _escape(timeline.description)}
        },
        "events": [
            Encoded(pieces.piece("timelinejs-slide", (event,), partial(_slide_json, event, config)))
            for event in timeline.events
        ],
        "scale": "human",
    }
    return json_lines(document)


def _slide_json(event: Event, config: Config) -> str:
    return json.dumps(_slide(event, config), ensure_ascii=False)


def _slide(event: Event, config: Config) -> dict[str, Any]:
    span = event.span
    slide: dict[str, Any] = {"start_date": _tl_date(span.start, span.precision)}
    if span.precision == "range":
        slide["end_date"] = _tl_date(span.end, "day")
    if span.precision != "day":
        slide["display_date"] = span_text(event)
    slide["text"] = {"headline": _escape(event.title), "text": _slide_html(event, config)}
    slide["group"] = event.type
    slide["unique_id"] = event.id
    return slide


def _tl_date(day: dt.date, precision: str) -> dict[str, int]:
    if precision == "month":
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def _slide_html(event: Event, config: Config) -> str:
    items = "".join(
        f'<li><a href="{html.escape(site_url(config, article_path(source.article_id)))}">'
        f"{_escape(source.outlet or source.article_id)}</a></li>"
        for source in event.sources
    )
    planned = "<p><em>Planned at the time of reporting.</em></p>" if event.planned else ""
    return f"<p>{_escape(event.summary)}</p>{planned}<ul>{items}</ul>"


def _escape(text: str) -> str:
    """Escape text content (quotes stay readable; attributes use html.escape in full)."""
    return html.escape(text, quote=False)


# --- sitemap and robots.txt ----------------------------------------------------------------


def sitemap(paths: Iterable[str], config: Config) -> str:
    """A sitemaps.org urlset of the given pages, as absolute URLs from base_url."""
    if not config.base_url:
        raise BuildError("a sitemap needs absolute URLs: set base_url")
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for path in sorted(set(paths)):
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        # The home page's canonical address is the folder, not ".../index.html".
        loc = site_url(config, "") if path == "index.html" else site_url(config, path)
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = loc
    ET.indent(urlset)
    return (
        ET.tostring(urlset, encoding="unicode", xml_declaration=True, default_namespace=SITEMAP_NS)
        + "\n"
    )


def robots_txt(config: Config) -> str:
    # Crawlers read robots.txt only at a host's root; on a project site (/repo/) this
    # copy is ignored, but it costs nothing and is right for user and custom domains.
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url(config, 'sitemap.xml')}\n"
