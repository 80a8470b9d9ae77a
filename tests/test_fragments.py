"""Pieces of the whole-timeline files kept between builds: reused only when unchanged."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import factories

from generator import exports
from generator.config import Config
from generator.digests import Digests
from generator.events_json import events_json
from generator.fragments import Fragments
from generator.kept_rows import FILE_NAME
from generator.render import render_pages

REPO = Path(__file__).resolve().parent.parent


def test_a_piece_is_made_once_and_kept_for_the_next_build(tmp_path: Path) -> None:
    made: list[str] = []

    def make(text: str) -> str:
        made.append(text)
        return text

    first = Fragments(tmp_path, Digests(), context="config")
    assert first.piece("line", ("a",), lambda: make("A")) == "A"
    assert first.piece("line", ("a",), lambda: make("again")) == "A"  # same build
    first.save()
    second = Fragments(tmp_path, Digests(), context="config")
    assert second.piece("line", ("a",), lambda: make("again")) == "A"
    assert second.piece("line", ("b",), lambda: make("B")) == "B"  # other parts
    assert second.piece("other", ("a",), lambda: make("C")) == "C"  # another kind
    assert made == ["A", "B", "C"]
    assert second.made == 2


def test_another_context_or_a_clean_build_makes_every_piece_anew(tmp_path: Path) -> None:
    first = Fragments(tmp_path, Digests(), context="config")
    first.piece("line", ("a",), lambda: "A")
    first.save()
    assert Fragments(tmp_path, Digests(), context="new config").piece("line", ("a",), str) == ""
    assert Fragments(tmp_path, Digests(), "config", enabled=False).piece("line", ("a",), str) == ""


def test_only_the_pieces_of_the_last_build_are_kept(tmp_path: Path) -> None:
    first = Fragments(tmp_path, Digests(), context="config")
    first.piece("line", ("old",), lambda: "old")
    first.save()
    second = Fragments(tmp_path, Digests(), context="config")
    second.piece("line", ("new",), lambda: "new")
    second.save()
    third = Fragments(tmp_path, Digests(), context="config")
    assert third.piece("line", ("old",), lambda: "made again") == "made again"


def test_exports_joined_from_kept_pieces_equal_exports_made_whole(tmp_path: Path) -> None:
    timeline = factories.timeline()
    config = Config(root=tmp_path, base_url="https://example.org/timeline/")
    whole = {"events.json": events_json(timeline), **exports.export_files(timeline, config)}
    for _ in range(2):  # the second time, every piece comes from the first build
        pieces = Fragments(tmp_path, Digests(), context=config)
        joined = {
            "events.json": events_json(timeline, pieces),
            **exports.export_files(timeline, config, pieces=pieces),
        }
        pieces.save()
        assert joined == whole
    assert pieces.made == 0


def test_a_changed_event_gets_a_new_piece(tmp_path: Path) -> None:
    timeline = factories.timeline()
    pieces = Fragments(tmp_path, Digests(), context="config")
    events_json(timeline, pieces)
    pieces.save()
    renamed = replace(timeline.events[0], title="A new title")
    changed = replace(timeline, events=(renamed, *timeline.events[1:]))
    pieces = Fragments(tmp_path, Digests(), context="config")
    assert "A new title" in events_json(changed, pieces)
    assert pieces.made == 1


def test_a_rebuild_that_made_nothing_new_leaves_the_file_alone(tmp_path: Path) -> None:
    first = Fragments(tmp_path, Digests(), context="config")
    first.piece("line", ("a",), lambda: "A")
    first.save()
    kept = tmp_path / FILE_NAME
    written = kept.stat().st_mtime_ns
    os.utime(kept, ns=(written - 10**9, written - 10**9))
    second = Fragments(tmp_path, Digests(), context="config")
    second.piece("line", ("a",), lambda: "made again")
    second.save()
    assert kept.stat().st_mtime_ns == written - 10**9
    third = Fragments(tmp_path, Digests(), context="config")
    third.piece("line", ("b",), lambda: "B")
    third.save()
    assert kept.stat().st_mtime_ns != written - 10**9


def test_the_sources_page_joined_from_kept_rows_equals_one_rendered_whole(
    tmp_path: Path,
) -> None:
    timeline = factories.timeline()
    config = Config(root=REPO)
    whole = render_pages(timeline, config)["sources.html"]
    assert "Duplicate of <a" in whole and "Rejected: " in whole
    for _ in range(2):  # the second time, every row comes from the first build
        pieces = Fragments(tmp_path, Digests(), context=config)
        assert render_pages(timeline, config, pieces=pieces)["sources.html"] == whole
        pieces.save()
    assert pieces.made == 0


def test_facet_pages_joined_from_kept_rows_equal_ones_made_now(tmp_path: Path) -> None:
    timeline = factories.timeline()
    config = Config(root=REPO)
    whole = {
        p: t
        for p, t in render_pages(timeline, config).items()
        if p.startswith(("people/", "outlets/")) and not p.endswith("/index.html")
    }
    person = next(p for p in whole if p.startswith("people/"))
    assert 'class="event-rows"' in whole[person] and "event-row-title" in whole[person]
    outlet = next(p for p in whole if p.startswith("outlets/"))
    assert '<ul class="plain-list article-list">\n    <li><a href="../articles/' in whole[outlet]
    for _ in range(2):  # the second time, every row comes from the first build
        pieces = Fragments(tmp_path, Digests(), context=config)
        pages = render_pages(timeline, config, pieces=pieces)
        assert {p: pages[p] for p in whole} == whole
        pieces.save()
    assert pieces.made == 0
