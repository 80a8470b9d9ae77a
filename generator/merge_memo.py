"""What the last build's merging made of its mentions, kept between builds.

The merge's decisions (which cluster each mention joined) are kept as a trace, which
the next merge replays wherever nothing near a mention changed (see
``merge._Merger``). Making an event of a group of mentions is a pure function of
the group, so a group made before is taken as it was. Adding a seed touches the few
decisions and groups around its dates; the rest come from here.

Mentions are known by their digests: those read from a cached seed reading come with
the reading's key (``Digests.give``), so nothing is pickled to look them up.
"""

from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from generator import stored
from generator.cache import code_version
from generator.digests import Digests, combined, digest
from generator.merge import Trace
from generator.model import Event, Mention

_MADE = tuple(f.name for f in dataclasses.fields(Event) if f.name not in {"id", "related"})


class MergeMemo:
    def __init__(
        self,
        folder: Path,
        enabled: bool = True,
        digests: Digests | None = None,
        context: object = None,
    ) -> None:
        self.path = folder / "merge.pickle"
        # Merging code that changed may group otherwise; what else events are made from
        # (``context``: the ceremony names of titles) may make other events.
        self._code = digest((code_version(), context))
        known = stored.load(self.path) if enabled else None
        code, trace, events = (
            known if isinstance(known, tuple) and len(known) == 3 else ("", None, {})
        )
        self._last_trace: Trace | None = trace if code == self._code else None
        self._known_events: dict[str, bytes] = events
        self._trace: Trace | None = None
        self._events: dict[str, bytes] = {}
        self._digests = digests or Digests()
        self._made: dict[int, tuple[str, Event]] = {}  # by its sources: each event's key

    def digest(self, mention: Mention) -> str:
        return self._digests.shared(mention)

    def last_trace(self) -> Trace | None:
        return self._last_trace

    def keep_trace(self, trace: Trace) -> None:
        self._trace = trace

    def event(self, group: Sequence[Mention], make: Callable[[Sequence[Mention]], Event]) -> Event:
        """The event ``make`` makes of ``group``, made again only for a new group."""
        key = self._key("event", group)
        kept = self._known_events.get(key, b"")
        event = stored.unpickled(kept) if kept else None
        if not isinstance(event, Event):
            event = make(group)
            kept = pickle.dumps(event, protocol=pickle.HIGHEST_PROTOCOL)
        self._events[key] = kept  # kept pickled: a save pickles the few new ones only
        self._made[id(event.sources)] = (key, event)
        return event

    def know(self, events: Iterable[Event]) -> None:
        """Give each event made here, once given its id and links, a digest from its
        group's key: the pages that show it then need not pickle it to see it unchanged.
        (An event changed in any other way, e.g. by curation, is digested as usual.)"""
        for final in events:
            found = self._made.get(id(final.sources))  # ``replace`` keeps the sources
            if found is None:
                continue
            key, made = found
            if all(getattr(final, name) is getattr(made, name) for name in _MADE):
                self._digests.give(final, combined([key, final.id, *final.related]))

    def _key(self, kind: str, mentions: Sequence[Mention]) -> str:
        return combined([kind, self._code, *(self._digests.shared(m) for m in mentions)])

    def save(self) -> None:
        """Keep this build's trace and events only."""
        kept = (self._code, self._trace, self._events)
        loaded = (self._code, self._last_trace, self._known_events)
        stored.save(self.path, kept, loaded=loaded)
