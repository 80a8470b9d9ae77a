"""Reusing unchanged pages: never stale, and a rebuild equals a clean build."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path
from typing import Any

import factories
import jinja2
import pytest
from helpers import dev_seeds, make_project, real_seeds

from generator import page_cache, render
from generator.build import build
from generator.digests import Digests, digest
from generator.kept_rows import FILE_NAME, bucket_of
from generator.model import Timeline
from generator.page_cache import PageCache, cacheable
from generator.render import know_article_inputs
from generator.render_site import build_site


def env(templates: dict[str, str]) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.DictLoader(templates))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("{{ event.title }} {{ links.event(event.id) }}", True),
        ("{{ timeline.title }} {{ timeline.build_time }}", True),
        ("{% set o = site.outlets_of(event) %}{{ o }}", True),
        ("{{ site.events | length }}", False),
        ("{{ timeline.events | length }}", False),
        ("{{ site['events'] }}", False),
        ("{% for e in site.events %}{% endfor %}", False),
    ],
)
def test_a_template_is_cacheable_only_if_it_reads_nothing_site_wide(
    body: str, expected: bool
) -> None:
    assert cacheable(env({"page.html": body}), "page.html") is expected


def test_what_a_template_extends_or_imports_counts_too() -> None:
    templates = {
        "base.html": "{% block main %}{% endblock %}{{ site.events | length }}",
        "macros.html": "{% macro m(site) %}{{ site.outlets_of(1) }}{% endmacro %}",
        "page.html": '{% extends "base.html" %}{% block main %}x{% endblock %}',
        "other.html": '{% import "macros.html" as m %}{{ m.m(site) }}',
        "dynamic.html": "{% include name %}",
    }
    environment = env(templates)
    assert not cacheable(environment, "page.html")
    assert cacheable(environment, "other.html")
    assert not cacheable(environment, "dynamic.html")


def test_digests_do_not_depend_on_which_equal_objects_are_shared() -> None:
    text = "Kim Jong Un met Xi Jinping."
    shared = (text, text)
    copied = (text, "".join(["Kim Jong Un met ", "Xi Jinping."]))
    assert shared[1] is not copied[1]
    assert digest(shared) == digest(copied)
    assert Digests().of([shared]) == Digests().of([copied])


def test_an_event_is_digested_once_and_stands_in_by_its_digest() -> None:
    digests = Digests()
    event = factories.timeline().events[0]
    first = digests.of({"event": event, "previous": None})
    assert digests.of({"event": event, "previous": None}) == first
    assert digests.shared(event) == digest(event)
    other = dataclasses.replace(event, title="Another title")
    assert digests.of({"event": other, "previous": None}) != first


def test_a_value_given_a_key_is_known_by_it_and_not_pickled() -> None:
    digests = Digests()
    event = factories.timeline().events[0]
    digests.give(event, "reading-key/event")
    other = dataclasses.replace(event, title="Another title")
    digests.give(other, "other-reading-key/event")
    assert digests.shared(event) == "given:reading-key/event" != digest(event)
    assert digests.of([event]) != digests.of([other])
    assert digests.of([event]) == digests.of([event])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("cached"), real_seeds())
    build(project)
    return project


def test_a_page_key_tells_values_apart_and_not_equal_copies(tmp_path: Path) -> None:
    cache = PageCache.load(tmp_path, tmp_path / "site", enabled=False)
    event = factories.timeline().events[0]
    copy = dataclasses.replace(event)  # equal, but another object
    assert cache.key({"event": event, "n": 1}) == cache.key({"event": copy, "n": 1})
    variants = [
        {"event": event, "n": 1},
        {"event": event, "n": "1"},
        {"event": event, "n": (1,)},
        {"event": event, "n": [1]},
        {"event": event, "n": None},
        {"event": event, "n": "a\0b"},
        {"event": event, "n": ("a", "b")},
        {"n": 1, "event": event},
        {"event": dataclasses.replace(event, title="Another title"), "n": 1},
        {"event": event, "n": factories.article()},
    ]
    assert len({cache.key(value) for value in variants}) == len(variants)


def test_an_articles_inputs_are_known_by_what_they_are_made_of() -> None:
    def known(timeline: Timeline) -> dict[str, str]:
        digests, site = Digests(), build_site(timeline)
        digests.digest_all(site.events)
        know_article_inputs(digests, site)
        return {name: digests.shared(inputs) for name, inputs in site.articles.items()}

    timeline = factories.timeline()
    assert known(timeline) == known(factories.timeline())
    event = timeline.events[0]
    source = dataclasses.replace(event.sources[0], evidence=("Another sentence.",))
    changed = dataclasses.replace(event, sources=(source, *event.sources[1:]))
    after = known(dataclasses.replace(timeline, events=(changed, *timeline.events[1:])))
    before = known(timeline)
    cited = {source.article_id for source in event.sources} & before.keys()
    assert {name for name in before if after[name] != before[name]} == cited
    assert source.article_id in cited


def test_a_rebuild_reuses_every_page_whose_inputs_are_unchanged(
    built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reused = _count_reused(monkeypatch)
    report = build(built)
    assert report.written.written == 0
    assert reused[-1] > 20  # events, articles, people, places, outlets, about, 404


def test_which_templates_pages_may_be_reused_is_kept_with_the_records(
    built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(built)  # the templates' findings are kept for the texts they were made of
    walked: list[str] = []
    monkeypatch.setattr(render, "cacheable", lambda env, template: walked.append(template))
    build(built)
    assert walked == []


def test_a_hand_edited_page_is_rendered_again(built: Path) -> None:
    page = next((built / "site" / "events").glob("*.html"))
    original = page.read_bytes()
    page.write_bytes(original.replace(b"<h1>", b"<h1>EDITED "))
    build(built)
    assert page.read_bytes() == original


def test_a_changed_template_renders_its_pages_again(built: Path) -> None:
    project = built.parent / "template-change"
    shutil.copytree(built, project)
    (project / "templates").mkdir()
    event_template = Path(__file__).resolve().parent.parent / "templates" / "event.html"
    text = event_template.read_text(encoding="utf-8")
    (project / "templates" / "event.html").write_text(
        text.replace("How the outlets reported it", "How each outlet told it"), encoding="utf-8"
    )
    build(project)
    page = next((project / "site" / "events").glob("*.html")).read_text(encoding="utf-8")
    assert "How each outlet told it" in page


def test_adding_seeds_gives_the_site_a_clean_build_gives(tmp_path: Path) -> None:
    """The incremental build after adding seeds equals a build from nothing, byte for byte."""
    incremental = make_project(tmp_path / "incremental", real_seeds() + dev_seeds()[:4])
    build(incremental)
    for seed in dev_seeds()[4:8]:
        shutil.copy(seed, incremental / "seeds" / seed.name)
    build(incremental)
    clean = make_project(tmp_path / "clean", real_seeds() + dev_seeds()[:8])
    shutil.copy(incremental / "site" / "events.json", tmp_path / "previous.json")
    (clean / "site").mkdir()  # the same previous ids, so the same event ids are carried
    shutil.copy(tmp_path / "previous.json", clean / "site" / "events.json")
    build(clean, clean=True)
    assert _files(incremental / "site") == _files(clean / "site")


def test_an_edited_seed_gives_the_site_a_clean_build_gives(tmp_path: Path) -> None:
    """Readings are known by their cache keys: an edited seed is a new key, so every page
    that shows it renders again."""
    incremental = make_project(tmp_path / "incremental", real_seeds())
    build(incremental)
    seed = sorted((incremental / "seeds").glob("*.txt"))[0]
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("Kim Jong Un", "Kim Jong-un", 1) + "\nAn added line.\n")
    os.utime(seed, ns=(1, 1))  # old enough for the seed index to trust what it sees
    build(incremental)
    clean = make_project(tmp_path / "clean", sorted((incremental / "seeds").iterdir()))
    (clean / "site").mkdir()
    shutil.copy(incremental / "site" / "events.json", clean / "site" / "events.json")
    build(clean, clean=True)
    assert _files(incremental / "site") == _files(clean / "site")


def test_a_cache_for_another_output_folder_is_ignored(tmp_path: Path) -> None:
    cache = PageCache.load(tmp_path, tmp_path / "elsewhere")
    cache.records["index.html"] = page_cache.PageRecord("key", ())
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "index.html").write_text("page")
    cache.save(["index.html"])
    assert PageCache.load(tmp_path, tmp_path / "elsewhere").records.keys() == {"index.html"}
    assert PageCache.load(tmp_path, tmp_path / "site").records == {}


def test_a_damaged_cache_file_is_ignored(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"not a database")
    assert PageCache.load(tmp_path, tmp_path / "site").records == {}


def test_a_rebuild_writes_only_the_records_of_pages_rendered_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "site").mkdir()
    for page in ("a.html", "b.html", "c.html"):
        (tmp_path / "site" / page).write_text(page)
    first = PageCache.load(tmp_path, tmp_path / "site")
    for page in ("a.html", "b.html", "c.html"):
        first.records[page] = page_cache.PageRecord(f"key of {page}", ())
    first.save(["a.html", "b.html", "c.html"])
    second = PageCache.load(tmp_path, tmp_path / "site")
    written: list[tuple[dict[str, object], dict[str, object]]] = []
    write = second.kept.table.write

    def spy(put: dict[str, object], **more: Any) -> None:
        written.append((dict(put), more))
        write(put, **more)

    monkeypatch.setattr(second.kept.table, "write", spy)
    second.records["b.html"] = page_cache.PageRecord("new key", ())
    second.save(["a.html", "b.html"])  # c.html is gone
    [(put, more)] = written  # the rows holding b.html (changed) and c.html (gone)
    touched = {bucket_of("b.html"), bucket_of("c.html")}
    assert set(put) | set(more["remove"]) == touched  # type: ignore[arg-type]
    assert "b.html" in put[bucket_of("b.html")]  # type: ignore[operator]
    third = PageCache.load(tmp_path, tmp_path / "site")
    assert {page: r.key for page, r in third.records.items()} == {
        "a.html": "key of a.html",
        "b.html": "new key",
    }


def _count_reused(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counts: list[int] = []
    save = PageCache.save

    def counting_save(self: PageCache, pages: object) -> None:
        counts.append(self.reused)
        save(self, pages)  # type: ignore[arg-type]

    monkeypatch.setattr(PageCache, "save", counting_save)
    return counts


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not os.path.islink(path)
    }
