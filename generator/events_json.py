"""``site/events.json``: the public, machine-readable timeline (a fixed contract).

Keys are written in a fixed order and lists sorted, so two builds of the same seeds
give the same bytes. See ``../shared/events-json.md`` for the schema.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from generator.fragments import MadeNow, Pieces
from generator.model import Event, SeedResult, Timeline

SCHEMA = 1
T = TypeVar("T")


class Encoded(str):
    """An item already written as JSON (a piece kept from an earlier build)."""


def encoded(value: object) -> Encoded:
    return Encoded(json.dumps(value, ensure_ascii=False))


def _line(to_json: Callable[[T], dict[str, Any]], item: T) -> str:
    return json.dumps(to_json(item), ensure_ascii=False)


def events_json(timeline: Timeline, pieces: Pieces | None = None) -> str:
    """The file's text; ``pieces`` may hand over the line of an event or article that
    an earlier build already wrote (see ``generator.fragments``)."""
    pieces = pieces or MadeNow()
    events = sorted(timeline.events, key=lambda e: (e.span.start, e.id))
    results = sorted(timeline.results, key=lambda r: r.article_id)
    document: dict[str, Any] = {
        "schema": SCHEMA,
        "title": timeline.title,
        "events": [
            Encoded(pieces.piece("json-event", (e,), partial(_line, _event, e))) for e in events
        ],
        "articles": [
            Encoded(pieces.piece("json-article", (r,), partial(_line, _article, r)))
            for r in results
        ],
    }
    if timeline.build_time is not None:
        document["generated"] = timeline.build_time.isoformat()
    return json_lines(document)


def json_lines(document: dict[str, Any]) -> str:
    """JSON with one line per top-level key and per item of a top-level list: easy to
    read and to diff, and written by the C encoder (``indent`` would need the slow one).
    Items that are ``Encoded`` are written as they are."""
    lines = []
    for key, value in document.items():
        name = json.dumps(key, ensure_ascii=False)
        if isinstance(value, list) and value:
            items = ",\n".join(
                "    " + (item if isinstance(item, Encoded) else encoded(item)) for item in value
            )
            lines.append(f"  {name}: [\n{items}\n  ]")
        else:
            lines.append(f"  {name}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _event(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "title": event.title,
        "start": event.span.start.isoformat(),
        "end": event.span.end.isoformat(),
        "precision": event.span.precision,
        "type": event.type,
        "actors": list(event.actors),
        "places": list(event.places),
        "summary": event.summary,
        "url": f"events/{event.id}.html",
        "planned": event.planned,
        "related": list(event.related),
        "sources": [
            {
                "article": source.article_id,
                "outlet": source.outlet,
                "evidence": list(source.evidence),
                "date_text": source.date_text,
            }
            for source in event.sources
        ],
    }


def _article(result: SeedResult) -> dict[str, Any]:
    article = result.article
    return {
        "id": result.article_id,
        "file": result.file,
        "status": result.status,
        "reason": result.reason,
        "duplicate_of": result.duplicate_of,
        "outlet": article.outlet if article else None,
        "wire": article.wire if article else None,
        "title": article.title if article else None,
        "title_generated": article.title_generated if article else False,
        "published": article.published_iso if article else None,
        "author": article.author if article else None,
        "dateline": article.dateline.place if article and article.dateline else None,
        "url": article.url if article else None,
        "language": article.language if article else None,
        "page": f"articles/{result.article_id}.html" if result.status != "rejected" else None,
        "problems": [p.message for p in result.problems],
    }
