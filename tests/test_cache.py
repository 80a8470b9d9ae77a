"""The seed cache: a reading comes back only under the key it was stored with."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import factories
import pytest
from helpers import REPO, make_project, real_seeds

from generator import cache
from generator.cache import SeedCache
from generator.config import Config
from generator.fingerprints import fingerprint
from generator.knowledge import Knowledge, load_knowledge
from generator.model import Seed, SeedResult
from generator.reading import SeedReading

KNOWLEDGE = load_knowledge()
SEED = Seed("/x/seeds/a.txt", "seeds/a.txt", "0123456789abcdef")


def reading() -> SeedReading:
    article = factories.article()
    result = SeedResult(article.file, article.id, "included", article)
    return SeedReading(result, (), fingerprint(article))


def key(
    seed: Seed = SEED, timezone: str = "Asia/Shanghai", knowledge: Knowledge = KNOWLEDGE
) -> str:
    config = Config(root=Path("."), timezone=timezone)
    return SeedCache(Path("unused")).keys([seed], knowledge, config)[0]


def test_a_stored_reading_comes_back(tmp_path: Path) -> None:
    SeedCache(tmp_path).put("k", reading())
    assert SeedCache(tmp_path).get_all(["k", "other"]) == [reading(), None]


def test_disabled_finds_nothing(tmp_path: Path) -> None:
    SeedCache(tmp_path).put("k", reading())
    assert SeedCache(tmp_path, enabled=False).get_all(["k"]) == [None]


def test_read_only_writes_nothing(tmp_path: Path) -> None:
    SeedCache(tmp_path, writable=False).put("k", reading())
    assert not any(tmp_path.iterdir())


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "readings").write_text("a file where the folder would go")
    SeedCache(tmp_path).put("k", reading())
    assert SeedCache(tmp_path).get_all(["k"]) == [None]


def test_a_damaged_entry_or_one_cut_short_is_a_miss(tmp_path: Path) -> None:
    cache_ = SeedCache(tmp_path)
    cache_.store("damaged", b"not a pickle")
    cache_.put("whole", reading())
    cache_.put("cut", reading())
    (pack,) = (tmp_path / "readings").glob("*.pack")
    pack.write_bytes(pack.read_bytes()[:-10])  # as when a build is killed mid-write
    assert SeedCache(tmp_path).get_all(["damaged", "whole", "cut"]) == [None, reading(), None]


def test_each_process_appends_to_a_pack_of_its_own_and_tidy_joins_the_live_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "MAX_PACKS", 2)
    for number in range(3):  # three builds, each adding a seed
        writer = SeedCache(tmp_path)
        writer.get_all([])
        writer.put(f"k{number}", reading())
        writer.tidy([f"k{n}" for n in range(number + 1)])
    assert len(list((tmp_path / "readings").glob("*.pack"))) == 1
    writer = SeedCache(tmp_path)
    writer.get_all([])
    writer.tidy(["k2"])  # k0 and k1 went: more old records than live ones
    assert SeedCache(tmp_path).get_all(["k0", "k1", "k2"]) == [None, None, reading()]


@pytest.mark.parametrize(
    "other",
    [
        key(replace(SEED, content_hash="fedcba9876543210")),
        key(replace(SEED, file="seeds/b.txt")),
        key(timezone="Asia/Seoul"),
        key(knowledge=replace(KNOWLEDGE, outlets=KNOWLEDGE.outlets[1:])),
    ],
    ids=["content", "path", "time zone", "knowledge"],
)
def test_the_key_covers_content_path_time_zone_and_knowledge(other: str) -> None:
    assert key() != other


def test_the_key_is_the_same_in_every_build() -> None:
    assert key() == key()


def test_the_code_in_the_key_is_what_reading_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "generator"
    (package / "data").mkdir(parents=True)
    (package / "reading.py").write_text("from generator.events import x\nimport json\n")
    (package / "events.py").write_text("def f():\n    from generator import dates\n")
    (package / "dates.py").write_text("")
    (package / "render.py").write_text("from generator import reading\n")
    monkeypatch.setattr(cache, "PACKAGE", package)

    def version() -> str:
        cache.reading_code_version.cache_clear()
        return cache.reading_code_version()

    before = version()
    (package / "render.py").write_text("# pages look different now\n")
    assert version() == before
    (package / "dates.py").write_text("# imported inside a function, still read\n")
    assert version() != before


def test_imports_are_found_in_every_form(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from generator import (\n    dates,\n    weekdays as days,  # a comment\n)\n"
        "import json, generator.places as places\n"
        "from generator.clauses import split\n"
        "def later():\n    from generator import events, people\n"
        "from jinja2 import Environment\n"
    )
    assert sorted(cache._imported(module)) == [
        "clauses", "dates", "events", "people", "places", "weekdays"
    ]


def test_a_rebuild_from_the_cache_does_not_load_the_reading_stack(tmp_path: Path) -> None:
    """The reading stack (Beautiful Soup, the extraction rules) is most of the start-up
    time, and a rebuild that finds every seed in the cache never needs it. (Markdown is
    not in the list: the About page is written in it.)"""
    project = make_project(tmp_path / "project", real_seeds())
    code = (
        "import sys; from pathlib import Path; from generator.build import build; "
        f"build(Path({str(project)!r}), jobs=1); "
        "print(sorted(m for m in ('bs4', 'generator.events', 'generator.articles')"
        " if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        for _ in range(2)
    ]
    assert [run.returncode for run in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    first, again = (run.stdout.strip() for run in runs)
    assert "'generator.events'" in first  # the first build read the seeds
    assert again == "[]"
