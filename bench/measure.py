"""Running one command in a fresh process and recording its wall time and peak memory."""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

CLOSING = re.compile(
    r"wrote (\d+) files \((\d+) unchanged, (\d+) removed\).* in ([\d.]+)s \((.*)\)"
)
STAGE = re.compile(r"(\w+) ([\d.]+)s")
# As on a user's machine, Python keeps the compiled bytecode of the modules it imports
# (some sandboxes turn that off, which adds about 0.2 s of compiling to every run).
USER_ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


@dataclass(frozen=True)
class Measurement:
    """One timed run: what ran, how long it took, how much memory its largest process used."""

    label: str
    seconds: float
    peak_mb: float
    returncode: int
    output: str
    stages: dict[str, float] = field(default_factory=dict)
    files: tuple[int, int, int] | None = None  # written, unchanged, removed


def run_timed(label: str, command: Sequence[str], cwd: Path | None = None) -> Measurement:
    """Wall time and peak RSS of ``command`` (``wait4`` reports the largest process of its tree)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=USER_ENVIRONMENT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output = _read_all(process)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    stages, files = parse_closing_line(output)
    return Measurement(
        label, seconds, usage.ru_maxrss / 1024, process.returncode, output, stages, files
    )


def _read_all(process: subprocess.Popen[str]) -> str:
    if process.stdout is None:
        return ""
    with process.stdout:
        return process.stdout.read()


def parse_closing_line(output: str) -> tuple[dict[str, float], tuple[int, int, int] | None]:
    """Stage times and file counts from ``wrote X files (Y unchanged, Z removed) ... (...)``."""
    for line in reversed(output.splitlines()):
        match = CLOSING.search(line)
        if match:
            stages = {name: float(value) for name, value in STAGE.findall(match.group(5))}
            return stages, (int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return {}, None


def summary_line(output: str) -> str:
    """The build's count line (``N included, ... ; E events``), if printed."""
    return next((line for line in output.splitlines() if " included, " in line), "")
