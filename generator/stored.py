"""Values kept in the project's cache folder between builds.

A value is written whole or not at all, and reads back as None when it is missing or
damaged: the cache folder can always be deleted, and a read-only project still builds,
only without it.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

_DAMAGED = (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError)


def load(path: Path) -> object | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return unpickled(data)


def unpickled(data: bytes) -> object | None:
    """A value pickled by an earlier build, or None if it is damaged or no longer loads
    (a class it names was changed or removed)."""
    try:
        value: object = pickle.loads(data)
    except _DAMAGED:
        return None
    return value


def save(path: Path, value: object, loaded: object = None) -> None:
    """Write ``value``, unless it equals the ``loaded`` one already there (a rebuild
    that changed nothing then writes nothing)."""
    if loaded is not None and value == loaded:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.stem}-{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        temporary.replace(path)
    except OSError:
        pass


def stamp(path: Path | str) -> tuple[int, int] | None:
    """A file's size and mtime (ns), which change whenever it is written; None if missing."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns


def stamps(folder: Path, skip: Path | None = None) -> dict[str, tuple[int, int]]:
    """The size and mtime (ns) of every file under ``folder``, by its path relative to it,
    leaving out the folder ``skip``: one ``scandir`` per folder (a site or a seeds folder
    of 10,000 files is walked in a fraction of ``Path.rglob``'s time)."""
    found: dict[str, tuple[int, int]] = {}
    if skip is not None and folder.is_relative_to(skip):
        return found
    waiting = [""]
    while waiting:
        relative = waiting.pop()
        try:
            entries = list(os.scandir(folder / relative if relative else folder))
        except OSError:
            continue  # removed while we looked, or not a folder
        for entry in entries:
            path = f"{relative}{entry.name}"
            try:
                if entry.is_dir(follow_symlinks=False):
                    if skip is None or folder / path != skip:
                        waiting.append(path + "/")
                    continue
                stat = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            found[path] = (stat.st_size, stat.st_mtime_ns)
    return found
