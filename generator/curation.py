"""``curation.toml``: an editor's corrections, applied after merging.

    [[merge]]            # fold the second and later events into the first
    ids = ["2025-09-28-meeting-choe-son-hui-wang-yi", "2025-09-28-meeting-wang-yi"]

    [[split]]            # move these articles' reports into an event of their own
    id = "2025-10-09-visit-li-qiang"
    articles = ["kcna-2025-10-10-kim-jong-un-holds-talk"]
    new_id = "2025-10-09-arrival-li-qiang"      # optional

    [[fix]]              # correct what the tool decided
    id = "2025-10-wpk-anniversary"
    start = 2025-10-10
    end = 2025-10-10
    precision = "day"
    title = "WPK 80th anniversary parade"
    type = "ceremony"

    [[hide]]
    id = "2025-09-03-visit-kim-jong-un"

    [[outlet]]           # whose page a seed is, when the text does not say
    file = "seeds/004_57081198d96d35d1.txt"
    outlet = "China Daily"

An id that matches no event is an error naming the closest ids.
"""

from __future__ import annotations

import datetime as dt
import difflib
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.errors import ConfigError
from generator.model import EVENT_TYPES, DateSpan, Event, SeedResult, Source

CURATION_NAME = "curation.toml"
KINDS = ("merge", "split", "fix", "hide", "outlet")


@dataclass(frozen=True)
class Curation:
    entries: dict[str, tuple[dict[str, Any], ...]]

    def of(self, kind: str) -> tuple[dict[str, Any], ...]:
        return self.entries.get(kind, ())

    def outlet_overrides(self, results: Sequence[SeedResult]) -> list[SeedResult]:
        chosen = {entry.get("file"): entry.get("outlet") for entry in self.of("outlet")}
        known = {r.file for r in results}
        _check_ids([f for f in chosen if isinstance(f, str)], sorted(known), "file")
        updated = []
        for result in results:
            outlet = chosen.get(result.file)
            if isinstance(outlet, str) and result.article is not None:
                result = replace(result, article=replace(result.article, outlet=outlet))
            updated.append(result)
        return updated


def load_curation(root: Path) -> Curation:
    path = root / CURATION_NAME
    if not path.exists():
        return Curation({})
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{CURATION_NAME}: not valid TOML: {exc}"]) from exc
    unknown = sorted(set(raw) - set(KINDS))
    if unknown:
        raise ConfigError(
            [f"{CURATION_NAME}: key '{k}': unknown (use {', '.join(KINDS)})" for k in unknown]
        )
    return Curation({kind: tuple(raw.get(kind, ())) for kind in KINDS})


def apply_curation(events: Sequence[Event], curation: Curation) -> list[Event]:
    current = list(events)
    for step in (_merge, _split, _fix, _hide):
        current = step(current, curation)
    return sorted(current, key=lambda e: (e.span.start, e.id))


def _merge(events: list[Event], curation: Curation) -> list[Event]:
    for entry in curation.of("merge"):
        ids = list(entry.get("ids", []))
        _check_ids(ids, [e.id for e in events], "merge")
        target, *others = (_get(events, i) for i in ids)
        sources: dict[str, Source] = {}
        for event in (target, *others):  # the first event's own reports win
            for source in event.sources:
                sources.setdefault(source.article_id, source)
        actors = tuple(dict.fromkeys(a for e in (target, *others) for a in e.actors))
        merged = replace(target, sources=tuple(sources[k] for k in sorted(sources)), actors=actors)
        events = [merged if e.id == target.id else e for e in events if e.id not in ids[1:]]
        events = _relink(events, {old: target.id for old in ids[1:]})
    return events


def _relink(events: list[Event], renamed: dict[str, str | None]) -> list[Event]:
    """Related-event links follow merged events and drop hidden ones."""
    relinked = []
    for event in events:
        related = [renamed.get(r, r) for r in event.related]
        kept = tuple(dict.fromkeys(r for r in related if r is not None and r != event.id))
        relinked.append(replace(event, related=kept) if kept != event.related else event)
    return relinked


def _split(events: list[Event], curation: Curation) -> list[Event]:
    for entry in curation.of("split"):
        _check_ids([entry.get("id", "")], [e.id for e in events], "split")
        event = _get(events, entry["id"])
        moving = set(entry.get("articles", []))
        _check_ids(sorted(moving), [s.article_id for s in event.sources], "split.articles")
        kept = tuple(s for s in event.sources if s.article_id not in moving)
        moved = tuple(s for s in event.sources if s.article_id in moving)
        if not kept or not moved:
            raise ConfigError(
                [
                    f"{CURATION_NAME}: split '{event.id}': both parts need at least one "
                    "article (list some, not all, of its articles)"
                ]
            )
        new = replace(
            event,
            id=entry.get("new_id", f"{event.id}-split"),
            sources=moved,
            span=moved[0].span,
            summary=moved[0].evidence[0],
        )
        events = [replace(e, sources=kept) if e.id == event.id else e for e in events] + [new]
    return events


def _fix(events: list[Event], curation: Curation) -> list[Event]:
    for entry in curation.of("fix"):
        _check_ids([entry.get("id", "")], [e.id for e in events], "fix")
        event = _get(events, entry["id"])
        dated = any(key in entry for key in ("start", "end", "precision"))
        fixed = replace(
            event,
            span=_span(entry, event.span) if dated else event.span,
            title=entry.get("title", event.title),
            type=_type(entry.get("type", event.type)),
            summary=entry.get("summary", event.summary),
        )
        events = [fixed if e.id == event.id else e for e in events]
    return events


def _hide(events: list[Event], curation: Curation) -> list[Event]:
    hidden = [entry.get("id", "") for entry in curation.of("hide")]
    _check_ids(hidden, [e.id for e in events], "hide")
    return _relink([e for e in events if e.id not in hidden], dict.fromkeys(hidden))


def _span(entry: dict[str, Any], span: DateSpan) -> DateSpan:
    start = entry.get("start", span.start)
    end = entry.get("end", start if "start" in entry else span.end)
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        raise ConfigError(
            [f"{CURATION_NAME}: fix '{entry.get('id')}': start and end must be dates"]
        )
    precision = entry.get("precision", "day" if start == end else "range")
    if precision not in ("day", "range", "month"):
        raise ConfigError(
            [f"{CURATION_NAME}: fix '{entry.get('id')}': precision must be day, range or month"]
        )
    return DateSpan(start, end, precision)


def _type(value: str) -> Any:
    if value not in EVENT_TYPES:
        raise ConfigError(
            [f"{CURATION_NAME}: type '{value}': must be one of {', '.join(EVENT_TYPES)}"]
        )
    return value


def _get(events: Sequence[Event], event_id: str) -> Event:
    return next(e for e in events if e.id == event_id)


def _check_ids(wanted: Sequence[str], known: Sequence[str], kind: str) -> None:
    errors = []
    for item in wanted:
        if item not in known:
            close = difflib.get_close_matches(item, known, n=3, cutoff=0.4)
            hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
            errors.append(f"{CURATION_NAME}: {kind}: unknown id '{item}'{hint}")
    if errors:
        raise ConfigError(errors)
