"""Digests of values: what the caches between builds are keyed by.

A digest stands for a value's content: equal digests mean equal values. Most values
are digested by pickling them. Some the build already knows by a key of its own (a
seed's reading is known by its cache key, a pure function of the seed's bytes and
the code), and ``Digests.give`` records that key, so that the 10,000 articles of a
large site are not pickled again only to learn that they did not change.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import pickle
from collections.abc import Iterable

from generator.model import Article, Event

SHARED = frozenset({Event, Article})  # shown on many pages: digested once per build


def digest(value: object) -> str:
    """A digest of any picklable value.

    The pickler's memo is off ("fast" mode), so the bytes do not depend on which equal
    objects happen to be one object: a result read from the cache digests like a fresh
    one. (Equal values may still digest differently, e.g. sets; that only costs a
    rendering, never a stale page.)"""
    pickler = pickle.Pickler(buffer := io.BytesIO(), protocol=5)
    pickler.fast = True
    pickler.dump(value)
    return _hashed(buffer.getvalue())


def combined(parts: Iterable[str]) -> str:
    """One digest for a sequence of digests (or other strings), in order."""
    return _hashed("\0".join(parts).encode())


def _hashed(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class Digests:
    """Digests of values in which each shared object (an event or article, however many
    pages show it; a mention, however many blocks and groups it is in) is digested once
    per build and then stands in by its digest.

    A later stage may ``share`` a type of its own whose objects hold events and articles
    (an article page's inputs): such an object is digested once, from its fields, in
    which the events and articles stand in by their digests."""

    def __init__(self) -> None:
        self._known: dict[int, tuple[object, str]] = {}  # id -> (the object, kept alive; digest)
        self._types: frozenset[type] = SHARED
        self._composite: frozenset[type] = frozenset()

    def share(self, kind: type) -> None:
        """Digest objects of ``kind`` (a dataclass) once each, from their fields."""
        self._types |= {kind}
        self._composite |= {kind}

    def give(self, thing: object, key: str) -> None:
        """Know ``thing`` by ``key`` instead of its pickled form. The key must change
        whenever the content could: e.g. a reading's cache key, for the objects read."""
        self._known[id(thing)] = (thing, f"given:{key}")

    def derive(self, thing: object, source: object, *changes: str) -> None:
        """Know ``thing``, a copy of ``source`` with only ``changes`` made to it (spelled
        out so that different changes give different strings), by the source's digest
        and those changes: a build need not pickle thousands of renamed or re-attributed
        copies to know them."""
        self.give(thing, combined(["derived", self.shared(source), *changes]))

    def of(self, value: object) -> str:
        _SharingPickler(buffer := io.BytesIO(), self).dump(value)
        return _hashed(buffer.getvalue())

    def shared(self, thing: object) -> str:
        known = self._known.get(id(thing))
        if known is None:
            kind = type(thing)
            if kind in self._composite and dataclasses.is_dataclass(thing):
                fields = tuple(getattr(thing, f.name) for f in dataclasses.fields(thing))
                found = self.of((kind.__qualname__, fields))
            else:
                found = digest(thing)
            known = self._known[id(thing)] = (thing, found)
        return known[1]

    def digest_all(self, things: Iterable[object]) -> None:
        for thing in things:
            self.shared(thing)

    def reduce(self, thing: object) -> tuple[type[str], tuple[str]]:
        return str, (self.shared(thing),)

    def fingerprint(self, answer: object) -> object:
        """What is remembered of a look-up's answer: a link as it is, anything else digested."""
        return answer if answer is None or isinstance(answer, str) else self.of(answer)


class _SharingPickler(pickle.Pickler):
    """Pickles each shared object as its digest (a per-type reducer, so that all other
    objects are pickled at C speed)."""

    def __init__(self, file: io.BytesIO, digests: Digests) -> None:
        super().__init__(file, protocol=5)
        self.fast = True  # no memo: see digest()
        self.dispatch_table = {kind: digests.reduce for kind in digests._types}
