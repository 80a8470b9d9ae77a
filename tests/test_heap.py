"""The build's heap: no cycle collection during a build, nothing freed at the end."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

from generator import heap

REPO = Path(__file__).resolve().parent.parent


def python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-c", code]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


def test_the_collector_is_off_inside_and_as_it_was_afterwards() -> None:
    with heap.collector_off():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with heap.collector_off():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_one_build_of_serve_froze_is_collected_after_it() -> None:
    enabled = gc.isenabled()
    with heap.one_build():
        assert not gc.isenabled()
        gc.freeze()
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    assert gc.isenabled() == enabled


def test_keep_holds_nothing_in_a_process_that_goes_on() -> None:
    ran = python(
        "import gc, weakref\n"
        "from generator import heap\n"
        "class Thing: pass\n"
        "thing = Thing(); gone = weakref.ref(thing)\n"
        "heap.keep(thing); del thing\n"
        "print(gone() is None, gc.isenabled())\n"
    )
    assert ran.stdout == "True True\n"


def test_a_one_shot_process_keeps_its_objects_and_ends_with_its_output_and_code() -> None:
    ran = python(
        "import gc, sys, weakref\n"
        "from generator import heap\n"
        "class Thing: pass\n"
        "heap.one_shot()\n"
        "thing = Thing(); kept = weakref.ref(thing)\n"
        "heap.keep({'thing': thing}); del thing\n"
        "print(kept() is not None, gc.isenabled())\n"
        "print('on stderr', file=sys.stderr)\n"
        "heap.end(3)\n"
        "print('never')\n"
    )
    assert (ran.returncode, ran.stdout, ran.stderr) == (3, "True False\n", "on stderr\n")


def test_a_forked_worker_collects_its_own_cycles_and_leaves_the_inherited_alone() -> None:
    ran = python(
        "import gc\n"
        "from generator import heap\n"
        "gc.disable(); heap.collecting_worker()\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 0)\n"
    )
    assert ran.stdout == "True True\n"
