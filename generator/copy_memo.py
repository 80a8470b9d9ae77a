"""What the last build's search for copies found, kept between builds.

Finding copies compares every article with every other through their rare 5-grams;
with the last build's findings and the digest of each article it looked at,
``mark_duplicates`` compares only the articles added since (see ``duplicates``).
Articles read from a cached seed reading are known by the reading's key
(``Digests.give``), so nothing is pickled to tell that they did not change.
"""

from __future__ import annotations

from pathlib import Path

from generator import stored
from generator.cache import code_version
from generator.digests import Digests
from generator.duplicates import KnownCopies
from generator.model import Article


class CopyMemo:
    def __init__(self, folder: Path, enabled: bool = True, digests: Digests | None = None) -> None:
        self.path = folder / "copies.pickle"
        self._code = code_version()  # other code may find other copies
        found = stored.load(self.path) if enabled else None
        self.known: KnownCopies | None = None
        if isinstance(found, tuple) and len(found) == 2 and found[0] == self._code:
            self.known = found[1] if isinstance(found[1], KnownCopies) else None
        self._loaded = self.known
        self._digests = digests or Digests()

    def identity(self, article: Article) -> str:
        return self._digests.shared(article)

    def remember(self, found: KnownCopies) -> None:
        self.known = found

    def save(self) -> None:
        if self.known is not None and self.known is not self._loaded:
            stored.save(self.path, (self._code, self.known))
