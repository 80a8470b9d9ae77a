"""Rendering in forked copies of the build: the same site, and nothing lost on failure."""

from __future__ import annotations

import multiprocessing
import os
import threading
from pathlib import Path
from typing import Any

import factories
import pytest
from helpers import REPO, dev_seeds, make_project, real_seeds
from test_page_cache import _count_reused, _files

from generator import forked, parallel, render
from generator.build import build
from generator.config import Config

CAN_FORK = "fork" in multiprocessing.get_all_start_methods()


@pytest.fixture
def needs_fork(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Forking allowed although earlier tests left idle threads (a browser driver, a web
    server) in this process; the list records whether each ``map_forked`` call forked."""
    if not CAN_FORK:
        pytest.skip("this system cannot fork")
    monkeypatch.setattr(forked.threading, "active_count", lambda: 1)
    forks: list[bool] = []
    real = forked.map_forked

    def recording(*args: Any, **kwargs: Any) -> object:
        result = real(*args, **kwargs)
        forks.append(result is not None)
        return result

    monkeypatch.setattr(forked, "map_forked", recording)
    return forks


@pytest.mark.usefixtures("needs_fork")
def test_results_come_back_in_order() -> None:
    assert forked.map_forked(lambda i: i * i, 300, 2) == [i * i for i in range(300)]


@pytest.mark.usefixtures("needs_fork")
def test_a_failing_copy_gives_none_so_the_caller_works_itself() -> None:
    def task(index: int) -> int:
        if index == 7:
            raise ValueError("a page that cannot render")
        return index

    assert forked.map_forked(task, 50, 2) is None


def test_no_forking_with_one_worker_or_beside_another_thread() -> None:
    assert forked.map_forked(lambda i: i, 10, 1) is None
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not forked.available(2)
    finally:
        stop.set()
        thread.join()


def test_a_forked_build_writes_the_site_a_single_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, needs_fork: list[bool]
) -> None:
    seeds = real_seeds() + dev_seeds()[:6]
    single = make_project(tmp_path / "single", seeds)
    build(single, jobs=1)
    monkeypatch.setattr(render, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)  # seeds read in worker processes too
    shared = make_project(tmp_path / "shared", seeds)
    report = build(shared, jobs=2)
    assert needs_fork == [True]  # the pages were rendered by forked copies
    assert _files(shared / "site") == _files(single / "site")
    assert report.written.written == len(_files(shared / "site"))

    read: list[object] = []
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10**6)  # any reading now happens here
    monkeypatch.setattr(parallel, "read_seed", lambda *args: read.append(args))
    build(shared, jobs=2)
    assert read == []  # the workers cached all they read

    reused = _count_reused(monkeypatch)  # the copies' page records were kept
    again = build(shared, jobs=2)
    assert again.written.written == 0
    assert reused[-1] > 20


def test_forked_copies_send_their_pages_back_when_there_is_no_staging_folder(
    monkeypatch: pytest.MonkeyPatch, needs_fork: list[bool]
) -> None:
    config = Config(root=REPO)
    alone = render.render_pages(factories.timeline(), config)
    monkeypatch.setattr(render, "PARALLEL_FROM", 1)
    assert render.render_pages(factories.timeline(), config, workers=2) == alone
    assert needs_fork == [True]


@pytest.mark.usefixtures("needs_fork")
def test_work_meanwhile_runs_here_and_its_errors_are_the_callers() -> None:
    here: list[int] = []
    squares = forked.map_forked(lambda i: i * i, 50, 2, meanwhile=lambda: here.append(os.getpid()))
    assert squares == [i * i for i in range(50)]
    assert here == [os.getpid()]

    def failing() -> None:
        raise ValueError("an export that cannot be made")

    with pytest.raises(ValueError, match="cannot be made"):
        forked.map_forked(lambda i: i, 50, 2, meanwhile=failing)
