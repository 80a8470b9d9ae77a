"""The content hash of each seed file, remembered from the last build.

A seed's hash is part of its cache key, so every build needs all of them; reading
10,000 unchanged files to find the one new one took most of a rebuild's search. A
file whose size, modification time, change time and inode are what they were gets
its remembered hash back without being read.

As in git's index, a file changed within the same clock tick as it was hashed could
keep all four: so a hash is remembered only for a file last changed well before it
was hashed, and the others are simply read again next time.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from generator import stored

Signature = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
SETTLED_NS = 2_000_000_000  # a file unchanged this long before it was hashed can be trusted


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


class SeedIndex:
    def __init__(self, folder: Path, enabled: bool = True) -> None:
        self.path = folder / "seed-index.pickle"
        self._known: dict[str, tuple[Signature, str]] = {}
        self._seen: dict[str, tuple[Signature, str]] = {}
        if enabled:
            known = stored.load(self.path)
            self._known = known if isinstance(known, dict) else {}

    def hash_of(self, path: str, stat: os.stat_result, limit: int) -> str:
        """The file's content hash (of no bytes when it is larger than ``limit``)."""
        signature = (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)
        known = self._known.get(path)
        if known is not None and known[0] == signature:
            self._seen[path] = known
            return known[1]
        with open(path, "rb") as handle:
            data = handle.read() if stat.st_size <= limit else b""
        digest = content_hash(data)
        if max(stat.st_mtime_ns, stat.st_ctime_ns) < time.time_ns() - SETTLED_NS:
            self._seen[path] = (signature, digest)
        return digest

    def save(self) -> None:
        """Remember the files this build saw (a removed seed is forgotten)."""
        stored.save(self.path, self._seen)
