"""Rows kept in a SQLite file of the project's cache folder, written row by row.

The page records and the pieces of the exports of a 12,000-page site are tens of
megabytes; a rebuild after adding one seed changes a few dozen of them. Kept as
rows, the rebuild writes those few rows, and reads each piece only when it is asked
for, instead of pickling and unpickling the whole of them on every build.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from generator import stored

FILE_NAME = "render.sqlite"
WAIT = 5.0  # seconds to wait for another build writing to the same file


class Table:
    """Rows of key -> value in a table of a SQLite file in the cache folder.

    Like ``stored.load``, a missing, locked or read-only file reads as empty, and a
    write that cannot be made is dropped (what is kept can always be made again); a
    damaged file is replaced. Each process opens its own connection: a forked
    renderer must not share its parent's."""

    def __init__(self, path: Path, name: str) -> None:
        self.path = path
        self.name = name
        self._connection: sqlite3.Connection | None = None
        self._pid = -1

    def items(self) -> dict[str, object]:
        connection = self._connect()
        if connection is None:
            return {}
        try:
            rows = connection.execute(f'SELECT key, value FROM "{self.name}"').fetchall()
        except sqlite3.Error as error:
            self._forget_if_damaged(error)
            return {}
        return {key: value for key, data in rows if (value := stored.unpickled(data)) is not None}

    def write(
        self, put: Mapping[str, object], remove: Iterable[str] = (), clear: bool = False
    ) -> None:
        """Put these rows and remove those (or, with ``clear``, every other), at once."""
        connection = self._connect()
        if connection is None:
            return
        rows = [(k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, v in put.items()]
        table = f'"{self.name}"'
        try:
            with connection:
                if clear:
                    connection.execute(f"DELETE FROM {table}")
                gone = ((key,) for key in remove)
                connection.executemany(f"DELETE FROM {table} WHERE key = ?", gone)
                connection.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", rows)
        except sqlite3.Error as error:
            self._forget_if_damaged(error)

    def _connect(self) -> sqlite3.Connection | None:
        if self._pid != os.getpid():
            self._connection = None
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._connection = _opened(self.path, self.name)
            except (OSError, sqlite3.Error) as error:
                self._forget_if_damaged(error)
            self._pid = os.getpid()
        return self._connection

    def _forget_if_damaged(self, error: Exception) -> None:
        """A file that is not a database (or a damaged one) is removed, so that the next
        build starts afresh; a locked or read-only one is left as it is."""
        damaged = isinstance(error, sqlite3.DatabaseError) and not isinstance(
            error, sqlite3.OperationalError
        )
        if damaged:
            self._connection = None
            with contextlib.suppress(OSError):
                self.path.unlink()


def _opened(path: Path, table: str) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=WAIT, check_same_thread=False)
    # Rows can always be made again: no waiting for the disk on each build.
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute(
        f'CREATE TABLE IF NOT EXISTS "{table}" (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID'
    )
    return connection


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


def forget(old: Path) -> None:
    """Remove a file an earlier version kept instead (unless the folder is read-only)."""
    with contextlib.suppress(OSError):
        old.unlink(missing_ok=True)


def bucket_of(key: str) -> str:
    return f"{zlib.crc32(key.encode()) % BUCKETS:02x}"
