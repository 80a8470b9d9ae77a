"""``site/events.json``: the public, machine-readable timeline (a fixed contract).

Keys are written in a fixed order and lists sorted, so two builds of the same seeds
give the same bytes. See ``../shared/events-json.md`` for the schema.
"""

from __future__ import annotations

import json
from typing import Any

from generator.model import Event, SeedResult, Timeline

SCHEMA = 1


def events_json(timeline: Timeline) -> str:
    document: dict[str, Any] = {
        "schema": SCHEMA,
        "title": timeline.title,
        "events": [_event(e) for e in sorted(timeline.events, key=lambda e: (e.span.start, e.id))],
        "articles": [_article(r) for r in sorted(timeline.results, key=lambda r: r.article_id)],
    }
    if timeline.build_time is not None:
        document["generated"] = timeline.build_time.isoformat()
    return json_lines(document)


def json_lines(document: dict[str, Any]) -> str:
    """JSON with one line per top-level key and per item of a top-level list: easy to
    read and to diff, and written by the C encoder (``indent`` would need the slow one)."""
    lines = []
    for key, value in document.items():
        name = json.dumps(key, ensure_ascii=False)
        if isinstance(value, list) and value:
            items = ",\n".join("    " + json.dumps(item, ensure_ascii=False) for item in value)
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
