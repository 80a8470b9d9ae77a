"""Per-seed results cached on disk by content hash and code version.

A seed's reading depends only on its bytes, its path, the knowledge tables, the
default time zone and this program's code; the key covers all of them, so a cached
result is never stale. The cache is a plain folder that can be deleted at any time.
"""

from __future__ import annotations

import ast
import hashlib
import os
import pickle
from collections.abc import Iterable, Iterator, Sequence
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
    return _digest_files([*PACKAGE.glob("*.py"), *PACKAGE.glob("data/*.toml")])


@cache
def reading_code_version() -> str:
    """A digest of the code a seed's reading runs: ``reading.py`` and every module of
    this package it imports, directly or not, with the built-in tables. Changing how
    pages look does not read 10,000 seeds again."""
    modules: set[str] = set()
    waiting = ["reading"]
    while waiting:
        name = waiting.pop()
        if name not in modules and (PACKAGE / f"{name}.py").is_file():
            modules.add(name)
            waiting.extend(_imported(PACKAGE / f"{name}.py"))
    return _digest_files(
        [*(PACKAGE / f"{name}.py" for name in modules), *PACKAGE.glob("data/*.toml")]
    )


def _imported(module: Path) -> Iterator[str]:
    """The modules of this package that a module imports, at its top or in a function."""
    for node in ast.walk(ast.parse(module.read_bytes())):
        if isinstance(node, ast.ImportFrom) and node.module == PACKAGE.name:
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield from _in_package(node.module)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield from _in_package(alias.name)


def _in_package(dotted: str) -> Iterator[str]:
    package, _, name = dotted.partition(".")
    if package == PACKAGE.name and name:
        yield name.partition(".")[0]


def _digest_files(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class SeedCache:
    def __init__(self, folder: Path, enabled: bool = True, writable: bool = True) -> None:
        self.folder = folder / "seeds"
        self.enabled = enabled
        self.writable = writable  # `timeline check` reads the cache but writes nothing
        self.hits = 0

    def keys(self, seeds: Sequence[Seed], knowledge: Knowledge, config: Config) -> list[str]:
        """One key per seed. What all seeds share is digested once: digesting the
        knowledge tables for each of 10,000 seeds took longer than loading them."""
        shared = (reading_code_version(), _knowledge_version(knowledge), config.timezone)
        return [_digest((*shared, seed.file, seed.content_hash)) for seed in seeds]

    def get_all(self, keys: Sequence[str]) -> list[SeedReading | None]:
        """The cached reading for each key, or None where there is none."""
        if not self.enabled:
            return [None for _ in keys]
        return [self._get(key) for key in keys]

    def _get(self, key: str) -> SeedReading | None:
        try:
            reading = pickle.loads((self.folder / f"{key}.pickle").read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        if not isinstance(reading, SeedReading):
            return None
        self.hits += 1
        return reading

    def put(self, key: str, reading: SeedReading) -> None:
        self.store(key, pickle.dumps(reading, protocol=pickle.HIGHEST_PROTOCOL))

    def store(self, key: str, data: bytes) -> None:
        """Keep a reading pickled already (by the worker process that read the seed)."""
        if not self.writable:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = f"{self.folder}/.{key}-{os.getpid()}.tmp"
            with open(temporary, "wb") as handle:
                handle.write(data)
            os.replace(temporary, f"{self.folder}/{key}.pickle")
        except OSError:
            pass  # a read-only checkout still builds, just without the cache


def _digest(parts: Sequence[str]) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


def _knowledge_version(knowledge: Knowledge) -> str:
    text = repr(
        (knowledge.outlets, knowledge.people, knowledge.places, sorted(knowledge.words.items()))
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]
