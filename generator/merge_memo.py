"""The blocks of mentions the last build merged, and how, kept between builds.

Merging is a pure function of a block's mentions, so a block whose mentions are
exactly those of the last build (same words, dates, people, outlets, in the same
order) is grouped as it was, without comparing them again. Adding a seed touches the
few blocks around its dates; the rest come from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator import stored
from generator.cache import code_version
from generator.model import Mention
from generator.page_cache import digest


class MergeMemo:
    def __init__(self, folder: Path, enabled: bool = True) -> None:
        self.path = folder / "merge.pickle"
        known = stored.load(self.path) if enabled else None
        self._known: dict[str, list[list[int]]] = known if isinstance(known, dict) else {}
        self._used: dict[str, list[list[int]]] = {}
        self._code = code_version()  # merging code that changed may group otherwise

    def get(self, block: Sequence[Mention]) -> list[list[int]] | None:
        key = self._key(block)
        found = self._known.get(key)
        if found is not None:
            self._used[key] = found
        return found

    def put(self, block: Sequence[Mention], groups: list[list[int]]) -> None:
        self._used[self._key(block)] = groups

    def _key(self, block: Sequence[Mention]) -> str:
        return digest((self._code, tuple(block)))

    def save(self) -> None:
        """Keep the blocks of this build only."""
        stored.save(self.path, self._used)
