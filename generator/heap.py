"""The Python heap of a build: millions of objects, next to none in reference cycles.

Python's cycle collector runs after every few hundred new objects, and now and then
walks the whole heap. A rebuild of 10,000 articles loads millions of objects (the
cached readings and memos), so it walked them eight times and freed nothing: 0.7 s of
CPU, and 0.2 s more for the young passes. A build from the command line therefore runs
with the collector off. The processes that read seeds turn it on again: parsed HTML is
full of cycles, and a worker reads thousands of pages.

A command-line process also ends right after its build; freeing the build's objects one
by one cost 0.2 s as the build returned, and more as the interpreter shut down. So the
build hands them to ``keep`` and the process ends with ``end`` (``os._exit`` once its
output is flushed): the operating system takes the memory back at once. Nothing is
lost: every file the build writes is written and closed before it returns.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

_kept: list[object] | None = None  # a list once the process is to end after its build


def one_shot() -> None:
    """This process runs one build and ends: no cycle collection, nothing freed."""
    global _kept
    gc.disable()
    _kept = []


def keep(things: object) -> None:
    """Keep ``things`` alive until the process ends, if it ends right after the build."""
    if _kept is not None:
        _kept.append(things)


def end(code: int) -> NoReturn:
    """End the process with ``code`` without freeing its heap (see the module's doc)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a reader that left, a closed stream
            stream.flush()
    os._exit(code)


@contextmanager
def collector_off() -> Iterator[None]:
    """No cycle collection inside; the collector is as it was afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def one_build() -> Iterator[None]:
    """One build of a long-running process (``serve``): no cycle collection inside, and
    what the build froze (``gc.freeze``, for its readings and timeline) unfrozen after
    it, so that the garbage the build leaves behind is collected like any other."""
    try:
        with collector_off():
            yield
    finally:
        gc.unfreeze()


def collecting_worker() -> None:
    """In a forked worker: leave the inherited objects alone (``gc.freeze``, so their
    memory stays shared with the parent), and collect the worker's own cycles."""
    gc.freeze()
    gc.enable()
