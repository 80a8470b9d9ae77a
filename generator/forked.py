"""Sharing CPU-heavy work among forked copies of this process.

Rendering needs the whole build's state (every event, article and template); sending
that to worker processes would cost more than the rendering. A forked copy inherits
it for free, so only indexes go out and only results come back.

Forking is used only where it is safe and pays: on systems that have it, from a
process running a single thread (``serve`` runs a web server thread beside its
builds), and with more than one worker.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from multiprocessing.pool import AsyncResult
from typing import Any, TypeVar

from generator import heap

T = TypeVar("T")
_task: Callable[[int], object] | None = None  # what the forked copies run


def worker_count(jobs: int | None) -> int:
    """``--jobs``, or all cores when it is not given."""
    return jobs if jobs is not None else (os.cpu_count() or 1)


def available(workers: int) -> bool:
    return (
        workers > 1
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def map_forked(
    task: Callable[[int], T],
    count: int,
    workers: int,
    meanwhile: Callable[[], object] | None = None,
) -> list[T] | None:
    """``[task(0), …, task(count - 1)]`` computed by ``workers`` forked copies, in order;
    None when forking is not available here or a copy failed (the caller then does the
    work itself, where any error shows with its own traceback). ``meanwhile`` runs here
    while the copies work, when they do; its errors are the caller's."""
    global _task
    if not available(workers):
        return None
    chunk = max(1, min(64, count // (workers * 8)))
    ranges = [(start, min(start + chunk, count)) for start in range(0, count, chunk)]
    _task = task
    try:
        pool = multiprocessing.get_context("fork").Pool(workers, initializer=heap.collecting_worker)
    except OSError:
        _task = None
        return None
    try:
        with pool:
            pending = pool.map_async(_run_range, ranges, chunksize=1)
            if meanwhile is not None:
                meanwhile()
            parts = _collected(pending)
    finally:
        _task = None
    return None if parts is None else [result for part in parts for result in part]


def _collected(pending: AsyncResult[list[list[Any]]]) -> list[list[Any]] | None:
    try:
        return pending.get()
    except Exception:  # a failing copy must not lose the build: see map_forked
        return None


def _run_range(bounds: tuple[int, int]) -> list[Any]:
    """In a forked copy: the results for one range of indexes. (The copy's collector
    leaves the inherited objects alone, ``heap.collecting_worker``.)"""
    assert _task is not None
    return [_task(index) for index in range(*bounds)]
