"""``search-index.js``: what the index page's filters and search look through.

A script that assigns a global rather than a JSON file, because pages opened from
file:// may not fetch anything; a ``<script src>`` loads everywhere.

Each entry carries what a result row shows (title, date, type, people, outlets, the
event page's address relative to the site root), because on a large timeline the index
does not list every event and the script draws the matching ones itself.
"""

from __future__ import annotations

import json
from functools import partial
from urllib.parse import quote

from generator.fragments import MadeNow, Pieces
from generator.model import Event
from generator.render_dates import format_span, month_key, span_months
from generator.render_site import Site

GLOBAL_NAME = "TIMELINE_INDEX"
FILE_NAME = "search-index.js"


def search_index_script(site: Site, pieces: Pieces | None = None) -> str:
    """The script; ``pieces`` may hand over an event's entry an earlier build wrote."""
    pieces = pieces or MadeNow()
    entries = ",".join(
        pieces.piece("search-entry", (event,), partial(_entry_json, site, event))
        for event in site.events
    )
    return f'window.{GLOBAL_NAME} = {{"events":[{entries}]}};\n'


def _entry_json(site: Site, event: Event) -> str:
    entry = json.dumps(index_entry(site, event), ensure_ascii=False, separators=(",", ":"))
    # "<" escaped so that no text in the data can ever close a script element.
    return entry.replace("<", "\\u003c")


def index_entry(site: Site, event: Event) -> dict[str, object]:
    outlets = site.outlets_of(event)
    evidence = [sentence for source in event.sources for sentence in source.evidence]
    words = [
        event.title,
        event.summary,
        *evidence,
        *event.actors,
        *event.places,
        *outlets,
        event.type,
        format_span(event.span),
    ]
    start = event.span.start
    return {
        "id": event.id,
        "title": event.title,
        "date": format_span(event.span),
        "url": f"events/{quote(event.id)}.html",
        "month": month_key(start),
        "day": month_key(start) if event.span.precision == "month" else start.isoformat(),
        "type": event.type,
        "people": list(event.actors),
        "places": list(event.places),
        "outlets": outlets,
        "months": span_months(event.span),
        "planned": event.planned,
        "text": " ".join(words),
    }
