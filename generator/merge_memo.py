"""What the last build's merging made of its mentions, kept between builds.

Merging a block of mentions, and making an event of a group of them, are pure
functions of those mentions. So a block whose mentions are exactly those of the last
build (same words, dates, people, outlets, in the same order) is grouped as it was,
and a group made into the same event, without doing either again. Adding a seed
touches the few blocks and groups around its dates; the rest come from here.

Mentions are known by their digests: those read from a cached seed reading come with
the reading's key (``Digests.give``), so nothing is pickled to look them up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from generator import stored
from generator.cache import code_version
from generator.digests import Digests, combined
from generator.model import Event, Mention


class MergeMemo:
    def __init__(self, folder: Path, enabled: bool = True, digests: Digests | None = None) -> None:
        self.path = folder / "merge.pickle"
        known = stored.load(self.path) if enabled else None
        blocks, events = known if isinstance(known, tuple) and len(known) == 2 else ({}, {})
        self._known_blocks: dict[str, list[list[int]]] = blocks
        self._known_events: dict[str, Event] = events
        self._blocks: dict[str, list[list[int]]] = {}
        self._events: dict[str, Event] = {}
        self._digests = digests or Digests()
        self._code = code_version()  # merging code that changed may group otherwise

    def get(self, block: Sequence[Mention]) -> list[list[int]] | None:
        key = self._key("block", block)
        found = self._known_blocks.get(key)
        if found is not None:
            self._blocks[key] = found
        return found

    def put(self, block: Sequence[Mention], groups: list[list[int]]) -> None:
        self._blocks[self._key("block", block)] = groups

    def event(self, group: Sequence[Mention], make: Callable[[Sequence[Mention]], Event]) -> Event:
        """The event ``make`` makes of ``group``, made again only for a new group."""
        key = self._key("event", group)
        found = self._known_events.get(key)
        self._events[key] = found if found is not None else make(group)
        return self._events[key]

    def _key(self, kind: str, mentions: Sequence[Mention]) -> str:
        return combined([kind, self._code, *(self._digests.shared(m) for m in mentions)])

    def save(self) -> None:
        """Keep the blocks and events of this build only."""
        kept = (self._blocks, self._events)
        stored.save(self.path, kept, loaded=(self._known_blocks, self._known_events))
