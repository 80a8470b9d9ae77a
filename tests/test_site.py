"""Whole builds: the committed site is fresh, builds are reproducible, ids are stable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import REPO, build_project, dev_seeds, make_project, real_seeds

from generator.build import build


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def seeds_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("seeds"), real_seeds())
    build(project)
    return project


def test_committed_site_is_the_build_of_the_seeds(seeds_project: Path) -> None:
    """The golden site: ``site/`` in the repo is exactly what ``timeline build`` makes.
    When this fails on purpose, refresh it with ``timeline build`` and commit site/."""
    built, committed = _files(seeds_project / "site"), _files(REPO / "site")
    stale = sorted(
        path for path in built.keys() | committed.keys() if built.get(path) != committed.get(path)
    )
    assert stale == [], (
        f"site/ is stale ({len(stale)} files differ, e.g. {stale[:5]}): run `timeline build`"
    )


def test_two_builds_are_byte_identical(seeds_project: Path, tmp_path: Path) -> None:
    again = make_project(tmp_path / "again", real_seeds())
    build(again, clean=True)
    assert _files(again / "site") == _files(seeds_project / "site")


def test_adding_seeds_keeps_every_seed_event_id(tmp_path: Path) -> None:
    project = make_project(tmp_path / "grow", real_seeds())
    _, alone = build_project(project)
    for seed in dev_seeds():
        shutil.copy(seed, project / "seeds" / seed.name)
    _, together = build_project(project)
    combined = {e["id"]: {s["article"] for s in e["sources"]} for e in together["events"]}
    for event in alone["events"]:
        assert event["id"] in combined, f"{event['id']} changed its id"
        assert {s["article"] for s in event["sources"]} <= combined[event["id"]]


def test_removing_the_added_seeds_brings_the_ids_back(tmp_path: Path) -> None:
    _, alone = build_project(make_project(tmp_path / "alone", real_seeds()))
    project = make_project(tmp_path / "shrink", real_seeds() + dev_seeds())
    build(project)
    for seed in dev_seeds():
        (project / "seeds" / seed.name).unlink()
    _, shrunk = build_project(project)
    assert [e["id"] for e in shrunk["events"]] == [e["id"] for e in alone["events"]]


def test_reordering_and_renaming_other_seeds_keeps_ids(tmp_path: Path) -> None:
    _, first = build_project(make_project(tmp_path / "first", real_seeds()))
    project = make_project(tmp_path / "second", [])
    for number, seed in enumerate(reversed(real_seeds())):
        shutil.copy(seed, project / "seeds" / f"z{number}-{seed.name}")
    _, second = build_project(project)
    assert [e["id"] for e in first["events"]] == [e["id"] for e in second["events"]]


def test_rebuild_after_adding_a_seed_rewrites_only_what_changed(tmp_path: Path) -> None:
    project = make_project(tmp_path / "grow", real_seeds()[:4])
    build(project)
    shutil.copy(real_seeds()[4], project / "seeds")
    report = build(project)
    assert report.written.unchanged > 0
    assert report.written.written < report.written.written + report.written.unchanged
    assert report.counts["included"] == 5


def test_a_build_after_changes_writes_the_site_a_clean_build_writes(tmp_path: Path) -> None:
    """What every build keeps for the next (readings, merge trace, page records, the
    exports' pieces) changes nothing: after seeds are added, removed and edited, the
    site is byte for byte the one a build without the cache writes. (The clean build
    reads the same events.json, so event ids have the same history.)"""
    dev = dev_seeds()
    project = make_project(tmp_path / "p", real_seeds())
    build(project)

    def add(seeds: list[Path]) -> None:
        for seed in seeds:
            shutil.copy(seed, project / "seeds" / seed.name)

    def remove(seeds: list[Path]) -> None:
        for seed in seeds:
            (project / "seeds" / seed.name).unlink()

    def edit(seeds: list[Path]) -> None:
        for seed in seeds:
            with (project / "seeds" / seed.name).open("a", encoding="utf-8") as file:
                file.write("\n\nThe two sides met again on Oct. 2 in Beijing, officials said.\n")

    steps = [
        (add, dev[0::3]),
        (add, dev[1::3]),
        (remove, dev[0::3][:3]),
        (edit, [*dev[1::3][:2], real_seeds()[0]]),
        (add, [*dev[2::3], *dev[0::3][:3]]),
    ]
    before = (project / "site" / "events.json").read_bytes()
    for number, (change, seeds) in enumerate(steps):
        change(seeds)
        build(project)
        after = (project / "site" / "events.json").read_bytes()
        assert after != before, f"step {number} changed nothing"
        before = after
        again = tmp_path / f"clean-{number}"
        shutil.copytree(project, again, ignore=shutil.ignore_patterns(".timeline-cache"))
        build(again, clean=True)
        built, clean = _files(project / "site"), _files(again / "site")
        differ = sorted(p for p in built.keys() | clean.keys() if built.get(p) != clean.get(p))
        assert differ == [], f"step {number} ({change.__name__}): {differ[:5]}"
