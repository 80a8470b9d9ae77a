"""A progress bar on the terminal, shown only when a stage takes more than a second."""

from __future__ import annotations

import sys
import time
from typing import TextIO

DELAY = 1.0
WIDTH = 30


class Progress:
    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        self.label = label
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.started = time.monotonic()
        self.shown = False
        self.done = 0

    def advance(self, count: int = 1) -> None:
        self.done += count
        if not self._visible():
            return
        filled = int(WIDTH * self.done / max(self.total, 1))
        bar = "#" * filled + "." * (WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total}")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()

    def _visible(self) -> bool:
        interactive = getattr(self.stream, "isatty", lambda: False)()
        return interactive and time.monotonic() - self.started > DELAY
