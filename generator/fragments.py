"""Pieces of the whole-timeline files, kept between builds.

``events.json``, the feeds, the CSV, the TimelineJS file and the search index each
hold one piece per event (or per article). A piece is a pure function of the few
values it is made from (an event, the articles it cites) and of the code and the
config, so a rebuild after adding one seed makes the pieces of the events that
changed and takes the other thousands from here: the files are then joined, not
written out again item by item.

Values are known by their digests (``Digests.shared``): events are digested once per
build before rendering, articles and results come with their reading's key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from generator.cache import code_version
from generator.digests import Digests, combined, digest
from generator.kept_rows import FILE_NAME, KeptDict, forget


class Pieces(Protocol):
    """Where an export gets each piece: made now, or kept from an earlier build."""

    def piece(self, kind: str, parts: Sequence[object], make: Callable[[], str]) -> str: ...


class MadeNow:
    """Every piece made anew (a build without a cache, and the exports' own tests)."""

    def piece(self, kind: str, parts: Sequence[object], make: Callable[[], str]) -> str:
        return make()


class Fragments:
    """Pieces kept in the cache folder, by kind and the digests of what they are made of.

    ``context`` is everything else a piece may read (the config, the site's title): a
    change there makes every piece anew. A build writes again only the rows that hold
    a piece it made or no longer uses, not 40 MB of pieces whole (``KeptDict``)."""

    def __init__(
        self, folder: Path, digests: Digests, context: object, enabled: bool = True
    ) -> None:
        forget(folder / "fragments.pickle")  # where earlier versions kept them
        self._kept = KeptDict(folder / FILE_NAME, "pieces")
        known = self._kept.load() if enabled else {}
        self._known = {key: text for key, text in known.items() if isinstance(text, str)}
        self._used: dict[str, str] = {}
        self._new: dict[str, str] = {}
        self._digests = digests
        self._context = digest((code_version(), context))
        self.made = 0

    def piece(self, kind: str, parts: Sequence[object], make: Callable[[], str]) -> str:
        key = combined([kind, self._context, *(self._digests.shared(p) for p in parts)])
        found = self._used.get(key)
        if found is None:
            found = self._known.get(key)
        if found is None:
            found = self._new[key] = make()
            self.made += 1
        self._used[key] = found
        return found

    def save(self) -> None:
        """Keep the pieces of this build only."""
        unused = self._known.keys() - self._used.keys()
        self._kept.save(self._used, [*self._new, *unused])
