"""Rows kept in the cache folder's SQLite file: written row by row, never in the way."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pytest

from generator import kept_rows
from generator.kept_rows import KeptDict, Table, bucket_of


def test_rows_are_put_and_removed_and_read_back(tmp_path: Path) -> None:
    table = Table(tmp_path / "kept.sqlite", "things")
    table.write({"a": 1, "b": [2, 3]})
    table.write({"c": "three"}, remove=["a"])
    again = Table(tmp_path / "kept.sqlite", "things")
    assert again.items() == {"b": [2, 3], "c": "three"}
    again.write({"d": 4}, clear=True)
    assert Table(tmp_path / "kept.sqlite", "things").items() == {"d": 4}
    assert Table(tmp_path / "kept.sqlite", "other").items() == {}  # a table of its own


def test_a_damaged_file_reads_as_empty_and_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "kept.sqlite").write_bytes(b"not a database at all" * 100)
    assert Table(tmp_path / "kept.sqlite", "things").items() == {}
    Table(tmp_path / "kept.sqlite", "things").write({"a": 1})
    assert Table(tmp_path / "kept.sqlite", "things").items() == {"a": 1}


def test_a_locked_file_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kept_rows, "WAIT", 0.0)
    Table(tmp_path / "kept.sqlite", "things").write({"a": 1})
    other = sqlite3.connect(tmp_path / "kept.sqlite")
    other.execute("BEGIN EXCLUSIVE")  # another build, in the middle of its write
    try:
        assert Table(tmp_path / "kept.sqlite", "things").items() == {}
        Table(tmp_path / "kept.sqlite", "things").write({"b": 2})  # dropped, not waited for
    finally:
        other.rollback()
    assert Table(tmp_path / "kept.sqlite", "things").items() == {"a": 1}


def test_a_read_only_folder_reads_as_empty(tmp_path: Path) -> None:
    (tmp_path / "locked").mkdir(mode=0o500)
    table = Table(tmp_path / "locked" / "kept.sqlite", "things")
    table.write({"a": 1})
    if os.geteuid() != 0:  # root may write anyway
        assert table.items() == {}


def test_a_kept_dict_writes_only_the_rows_of_changed_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = KeptDict(tmp_path / "kept.sqlite", "pieces")
    assert first.load() == {}
    values: dict[str, object] = {f"key {n}": n for n in range(1000)}
    first.save(values, [])  # nothing matching was loaded: every row is written
    second = KeptDict(tmp_path / "kept.sqlite", "pieces")
    assert second.load() == values
    written: list[set[str]] = []
    write = second.table.write

    def spy(put: dict[str, object], remove: Iterable[str] = (), clear: bool = False) -> None:
        written.append({*put, *remove})
        write(put, remove, clear)

    monkeypatch.setattr(second.table, "write", spy)
    del values["key 5"]
    values["key 5000"] = "new"
    second.save(values, ["key 5", "key 5000"])
    assert written == [{bucket_of("key 5"), bucket_of("key 5000")}]
    assert KeptDict(tmp_path / "kept.sqlite", "pieces").load() == values


def test_a_kept_dict_with_another_label_loads_as_empty(tmp_path: Path) -> None:
    first = KeptDict(tmp_path / "kept.sqlite", "pages", label="/site")
    first.load()
    first.save({"index.html": 1}, ["index.html"])
    assert KeptDict(tmp_path / "kept.sqlite", "pages", label="/site").load() == {"index.html": 1}
    elsewhere = KeptDict(tmp_path / "kept.sqlite", "pages", label="/elsewhere")
    assert elsewhere.load() == {}
    elsewhere.save({"a.html": 2}, [])
    assert KeptDict(tmp_path / "kept.sqlite", "pages", label="/elsewhere").load() == {"a.html": 2}
