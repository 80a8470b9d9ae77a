"""Rows kept in a SQLite file of the project's cache folder, written row by row.

The page records and the pieces of the exports of a 12,000-page site are tens of
megabytes; a rebuild after adding one seed changes a few dozen of them. Kept as
rows, the rebuild writes those few rows, and reads each piece only when it is asked
for, instead of pickling and unpickling the whole of them on every build.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

FILE_NAME = "render.sqlite"
_DAMAGED = (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError)


class Table:
    """Rows of key -> value kept in a SQLite file of the cache folder, written row by
    row: a rebuild that changed twenty pages writes twenty rows, not every page's record
    again (a whole pickle of a 12,000-page site is tens of megabytes).

    Like ``stored.load``, a missing, damaged or read-only file reads as empty (a damaged file
    is replaced), and the rows of a table are simply dropped when they are not written.
    Each process opens its own connection: a forked renderer must not share its
    parent's."""

    def __init__(self, path: Path, name: str) -> None:
        self.path = path
        self.name = name
        self._connection: sqlite3.Connection | None = None
        self._pid = -1

    def items(self) -> dict[str, object]:
        rows = self._query(f'SELECT key, value FROM "{self.name}"')
        return {key: value for key, data in rows if (value := _unpickled(data)) is not None}

    def get(self, key: str) -> object | None:
        rows = self._query(f'SELECT value FROM "{self.name}" WHERE key = ?', (key,))
        return _unpickled(rows[0][0]) if rows else None

    def keys(self) -> set[str]:
        return {key for (key,) in self._query(f'SELECT key FROM "{self.name}"')}

    def write(
        self, put: Mapping[str, object], remove: Iterable[str] = (), clear: bool = False
    ) -> None:
        """Put these rows and remove those (or, with ``clear``, every other), at once."""
        connection = self._connect()
        if connection is None:
            return
        rows = [(k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, v in put.items()]
        try:
            with connection:
                if clear:
                    connection.execute(f'DELETE FROM "{self.name}"')
                connection.executemany(f'DELETE FROM "{self.name}" WHERE key = ?', _one(remove))
                connection.executemany(f'INSERT OR REPLACE INTO "{self.name}" VALUES (?, ?)', rows)
        except sqlite3.Error:
            pass

    def _query(self, sql: str, parameters: tuple[str, ...] = ()) -> list[Any]:
        connection = self._connect()
        if connection is None:
            return []
        try:
            return connection.execute(sql, parameters).fetchall()
        except sqlite3.Error:
            return []

    def _connect(self) -> sqlite3.Connection | None:
        if self._pid != os.getpid():
            self._connection = _opened(self.path, self.name)
            if self._connection is None and self.path.is_file():
                self.path.unlink(missing_ok=True)  # damaged: start afresh
                self._connection = _opened(self.path, self.name)
            self._pid = os.getpid()
        return self._connection


def _opened(path: Path, table: str) -> sqlite3.Connection | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, check_same_thread=False)
        # Rows can always be made again: no waiting for the disk on each build.
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute(
            f'CREATE TABLE IF NOT EXISTS "{table}" (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID'
        )
    except (OSError, sqlite3.Error):
        return None
    return connection


def _unpickled(data: bytes) -> object | None:
    try:
        value: object = pickle.loads(data)
    except _DAMAGED:
        return None
    return value


def _one(keys: Iterable[str]) -> Iterator[tuple[str]]:
    return ((key,) for key in keys)


class KeptDict:
    """A dict of str -> value kept as ``BUCKETS`` rows of a ``Table``, by the hash of
    each key: loading unpickles a few hundred rows (about as fast as one pickle), and
    saving writes again only the rows that hold a changed key (a handful, when a seed
    was added), not the whole dict.

    ``label`` says what the dict describes (e.g. the output folder): a dict kept with
    another label loads as empty, and is replaced whole when saved."""

    def __init__(self, path: Path, name: str, label: str = "") -> None:
        self.table = Table(path, name)
        self.label = label
        self._matches = False

    def load(self) -> dict[str, object]:
        rows = self.table.items()
        merged: dict[str, object] = {}
        self._matches = rows.pop(LABEL_ROW, None) == self.label
        if self._matches:
            for bucket in rows.values():
                merged.update(bucket if isinstance(bucket, dict) else {})
        return merged

    def save(self, values: Mapping[str, object], changed: Iterable[str]) -> None:
        """Keep ``values``; ``changed`` lists the keys put, changed or removed since the
        ``load`` (ignored when nothing matching was loaded: then every row is written)."""
        touched = {bucket_of(key) for key in changed}
        if self._matches and not touched:
            return
        buckets: dict[str, dict[str, object]] = {}
        for key, value in values.items():
            buckets.setdefault(bucket_of(key), {})[key] = value
        if not self._matches:
            self.table.write({LABEL_ROW: self.label, **buckets}, clear=True)
            return
        put = {bucket: buckets[bucket] for bucket in touched if bucket in buckets}
        self.table.write(put, remove=touched - buckets.keys())


BUCKETS = 256
LABEL_ROW = ""  # never a bucket's name


def bucket_of(key: str) -> str:
    return f"{zlib.crc32(key.encode()) % BUCKETS:02x}"
