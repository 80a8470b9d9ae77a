"""Per-seed results cached on disk by content hash and code version.

A seed's reading depends only on its bytes, its path, the knowledge tables, the
default time zone and this program's code; the key covers all of them, so a cached
result is never stale. The cache is a plain folder that can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import pickle
from functools import cache
from pathlib import Path

from generator.config import Config
from generator.knowledge import Knowledge
from generator.model import Seed
from generator.reading import SeedReading

PACKAGE = Path(__file__).parent


@cache
def code_version() -> str:
    """A digest of the package's code and built-in tables."""
    digest = hashlib.sha256()
    for path in sorted([*PACKAGE.glob("*.py"), *PACKAGE.glob("data/*.toml")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class SeedCache:
    def __init__(self, folder: Path, enabled: bool = True, writable: bool = True) -> None:
        self.folder = folder / "seeds"
        self.enabled = enabled
        self.writable = writable  # `timeline check` reads the cache but writes nothing
        self.hits = 0

    def key(self, seed: Seed, knowledge: Knowledge, config: Config) -> str:
        parts = (
            code_version(),
            _knowledge_version(knowledge),
            config.timezone,
            seed.file,
            seed.content_hash,
        )
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]

    def get(self, key: str) -> SeedReading | None:
        if not self.enabled:
            return None
        path = self.folder / f"{key}.pickle"
        try:
            with path.open("rb") as handle:
                reading = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        self.hits += 1
        return reading if isinstance(reading, SeedReading) else None

    def put(self, key: str, reading: SeedReading) -> None:
        if not self.writable:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = self.folder / f".{key}.tmp"
            temporary.write_bytes(pickle.dumps(reading, protocol=pickle.HIGHEST_PROTOCOL))
            temporary.replace(self.folder / f"{key}.pickle")
        except OSError:
            pass  # a read-only checkout still builds, just without the cache


def _knowledge_version(knowledge: Knowledge) -> str:
    text = repr(
        (knowledge.outlets, knowledge.people, knowledge.places, sorted(knowledge.words.items()))
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]
