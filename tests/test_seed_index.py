"""Remembered content hashes: unchanged files are not read, changed ones always are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import seed_index
from generator.seed_index import SeedIndex, content_hash
from generator.sources import find_seeds

OLD_NS = 1_600_000_000 * 10**9  # a file last changed long ago (2020)


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written now count as settled (their change time cannot be set back)."""
    monkeypatch.setattr(seed_index, "SETTLED_NS", -(10**12))


def project(tmp_path: Path, texts: dict[str, str]) -> Path:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    for name, text in texts.items():
        path = tmp_path / "seeds" / name
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(OLD_NS, OLD_NS))
    return tmp_path


def hashes(root: Path) -> dict[str, str]:
    index = SeedIndex(root / ".cache")
    seeds, _ = find_seeds(root / "seeds", root, index)
    index.save()
    return {seed.file: seed.content_hash for seed in seeds}


def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the index hashes by reading them."""
    seen: list[str] = []
    real = seed_index.content_hash

    def counting(data: bytes) -> str:
        seen.append(data.decode())
        return real(data)

    monkeypatch.setattr(seed_index, "content_hash", counting)
    return seen


@pytest.mark.usefixtures("settled")
def test_an_unchanged_file_keeps_its_hash_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = project(tmp_path, {"a.txt": "Kim met Xi.", "b.txt": "Li visited."})
    first = hashes(root)
    assert first["seeds/a.txt"] == content_hash(b"Kim met Xi.")
    read = reads(monkeypatch)
    project(root, {"c.txt": "A new seed."})
    assert hashes(root) == {**first, "seeds/c.txt": content_hash(b"A new seed.")}
    assert read == ["A new seed."]


@pytest.mark.usefixtures("settled")
def test_a_changed_file_is_read_again_even_with_the_same_size_and_time(tmp_path: Path) -> None:
    root = project(tmp_path, {"a.txt": "Kim met Xi."})
    hashes(root)
    project(root, {"a.txt": "Xi met Kim."})  # same size, mtime put back: the ctime differs
    assert hashes(root)["seeds/a.txt"] == content_hash(b"Xi met Kim.")


def test_a_file_changed_just_before_it_was_hashed_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = project(tmp_path, {"a.txt": "fresh"})  # its change time is now
    hashes(root)
    read = reads(monkeypatch)
    hashes(root)
    assert read == ["fresh"]


def test_a_damaged_index_is_ignored(tmp_path: Path) -> None:
    root = project(tmp_path, {"a.txt": "Kim met Xi."})
    (root / ".cache").mkdir()
    (root / ".cache" / "seed-index.pickle").write_bytes(b"not a pickle")
    assert hashes(root) == {"seeds/a.txt": content_hash(b"Kim met Xi.")}
