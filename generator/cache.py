"""Per-seed results cached on disk by content hash and code version.

A seed's reading depends only on its bytes, its path, the knowledge tables, the
default time zone, this program's code and the versions of Python and of the libraries
it uses; the key covers all of them, so a cached result is never stale. The cache is a
plain folder that can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import secrets
import struct
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import BinaryIO

from generator.config import Config
from generator.knowledge import Knowledge
from generator.model import Seed
from generator.reading import SeedReading

PACKAGE = Path(__file__).parent


@cache
def code_version() -> str:
    """A digest of the package's code and built-in tables, and the libraries' versions."""
    return _digest_files([*PACKAGE.glob("*.py"), *PACKAGE.glob("data/*.toml")])


@cache
def library_versions() -> tuple[str, ...]:
    """Python's version and that of every installed distribution the tool requires."""
    try:
        required = metadata.requires("news-timeline") or []
    except metadata.PackageNotFoundError:
        required = []
    names = sorted({_name(line) for line in required if "extra ==" not in line})
    return (sys.version, *(f"{name} {_version(name)}" for name in names))


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


_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)|import[ \t]+([^\n]*))",
    re.MULTILINE,
)
_COMMENT = re.compile(r"#[^\n]*")


def _imported(module: Path) -> Iterator[str]:
    """The modules of this package that a module imports, at its top or in a function.

    Import statements are found by their lines, not by parsing the module (a build
    would spend a third of a second parsing sixty modules); a line inside a string that
    looks like an import only adds a module to the digest, which is harmless."""
    for found in _IMPORT.finditer(module.read_text(encoding="utf-8")):
        source, names, plain = found.groups()
        listed = [
            n.split()[0]
            for n in _COMMENT.sub("", names or plain).strip("()").split(",")
            if n.split()
        ]
        if source == PACKAGE.name:
            yield from listed
        elif source:
            yield from _in_package(source)
        else:
            for name in listed:
                yield from _in_package(name)


def _in_package(dotted: str) -> Iterator[str]:
    package, _, name = dotted.partition(".")
    if package == PACKAGE.name and name:
        yield name.partition(".")[0]


def _digest_files(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256("\n".join(library_versions()).encode())
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class SeedCache:
    """Readings by key, in pack files under ``readings/``.

    Creating a file costs more than reading a seed's worth of text on some file
    systems, so readings are not one file each: every process that reads seeds appends
    ``key, length, pickled reading`` records to a pack of its own, and a build loads
    all packs at once. A record cut short by a killed build is ignored. When the packs
    hold more old records than live ones, or are many, ``tidy`` rewrites the live ones
    into one pack."""

    def __init__(self, folder: Path, enabled: bool = True, writable: bool = True) -> None:
        self.folder = folder / "readings"
        self.enabled = enabled
        self.writable = writable  # `timeline check` reads the cache but writes nothing
        self.hits = 0
        self._records: dict[str, memoryview] = {}
        self._loaded: list[Path] = []
        self._pack: tuple[int, BinaryIO] | None = None  # (pid, file): one per process

    def keys(self, seeds: Sequence[Seed], knowledge: Knowledge, config: Config) -> list[str]:
        """One key per seed. What all seeds share is digested once: digesting the
        knowledge tables for each of 10,000 seeds took longer than loading them."""
        shared = (reading_code_version(), _knowledge_version(knowledge), config.timezone)
        return [_digest((*shared, seed.file, seed.content_hash)) for seed in seeds]

    def get_all(self, keys: Sequence[str]) -> list[SeedReading | None]:
        """The cached reading for each key, or None where there is none."""
        if not self.enabled:
            return [None for _ in keys]
        self._load()
        return [self._get(key) for key in keys]

    def _load(self) -> None:
        for pack in sorted(self.folder.glob("*.pack")):
            try:
                self._records.update(_records(pack.read_bytes()))
            except OSError:
                continue
            self._loaded.append(pack)

    def _get(self, key: str) -> SeedReading | None:
        data = self._records.get(key)
        if data is None:
            return None
        try:
            reading = pickle.loads(data)
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
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
            _append(self._own_pack(), key, data)
        except OSError:
            self.writable = False  # a read-only checkout still builds, just without the cache

    def _own_pack(self) -> BinaryIO:
        """This process's pack, opened on its first record (a forked worker opens its own)."""
        if self._pack is None or self._pack[0] != os.getpid():
            self.folder.mkdir(parents=True, exist_ok=True)
            name = f"{os.getpid()}-{secrets.token_hex(4)}.pack"
            self._pack = (os.getpid(), open(self.folder / name, "ab", buffering=0))  # noqa: SIM115
        return self._pack[1]

    def tidy(self, live: Iterable[str]) -> None:
        """Rewrite the live records into one pack when the packs are many or mostly old."""
        if not self.writable or not self.enabled:
            return
        if self._pack is not None:
            self._pack[1].close()
            self._pack = None
        packs = sorted(self.folder.glob("*.pack"))
        try:
            for pack in packs:
                if pack not in self._loaded:  # written during this build
                    self._records.update(_records(pack.read_bytes()))
        except OSError:
            return  # another build is tidying the same folder
        kept = {key: self._records[key] for key in live if key in self._records}
        total = sum(len(data) for data in self._records.values())
        if len(packs) <= MAX_PACKS and total <= 2 * sum(len(data) for data in kept.values()):
            return
        try:
            temporary = self.folder / f".{os.getpid()}.tmp"
            with temporary.open("wb") as handle:
                for key, data in kept.items():
                    _append(handle, key, data)
            temporary.replace(self.folder / f"{os.getpid()}-{secrets.token_hex(4)}.pack")
            for pack in packs:
                pack.unlink(missing_ok=True)
        except OSError:
            pass


MAX_PACKS = 16
_HEADER = struct.Struct("<HQ")  # the lengths of a record's key and of its reading


def _append(handle: BinaryIO, key: str, data: bytes | memoryview) -> None:
    name = key.encode()
    handle.write(_HEADER.pack(len(name), len(data)) + name + data)  # one write: one record


def _records(pack: bytes) -> Iterator[tuple[str, memoryview]]:
    view = memoryview(pack)
    offset = 0
    while offset + _HEADER.size <= len(pack):
        key_length, length = _HEADER.unpack_from(pack, offset)
        start = offset + _HEADER.size + key_length  # where the reading begins
        offset = start + length
        if offset > len(pack):
            return  # cut short by a build that was killed
        yield pack[start - key_length : start].decode("utf-8", "replace"), view[start:offset]


def _digest(parts: Sequence[str]) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


def _knowledge_version(knowledge: Knowledge) -> str:
    text = repr(
        (knowledge.outlets, knowledge.people, knowledge.places, sorted(knowledge.words.items()))
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _name(requirement: str) -> str:
    name = requirement
    for stop in "<>=!~;[ (":
        name = name.split(stop, 1)[0]
    return name.strip().lower()


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"
