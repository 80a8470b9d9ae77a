"""The build report: counts, then each problem on its own line with its file."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generator.config import Config
from generator.errors import BuildError
from generator.model import Timeline
from generator.up_to_date import Outcome
from generator.writer import WriteStats


@dataclass(frozen=True)
class BuildReport:
    outcome: Outcome
    written: WriteStats
    seconds: dict[str, float]
    config: Config
    built: Timeline | None = None  # None when the site on disk was already up to date

    @classmethod
    def of(
        cls, timeline: Timeline, written: WriteStats, seconds: dict[str, float], config: Config
    ) -> BuildReport:
        return cls(Outcome.of(timeline), written, seconds, config, timeline)

    @property
    def timeline(self) -> Timeline:
        if self.built is None:
            raise BuildError("the site was up to date: this build made no timeline")
        return self.built

    @property
    def counts(self) -> Counter[str]:
        return Counter(dict(self.outcome.counts))

    @property
    def errors(self) -> int:
        return sum(1 for p in self.outcome.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.outcome.problems if p.severity == "warning")

    def lines(self) -> list[str]:
        counts = self.counts
        timing = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in self.seconds.items())
        lines = [
            f"{counts['included']} included, {counts['duplicate']} duplicate, "
            f"{counts['rejected']} rejected; {self.outcome.events} events"
            + _left_out(self.outcome.left_out),
        ]
        for problem in sorted(self.outcome.problems, key=lambda p: (p.file, p.message)):
            lines.append(f"{problem.severity}: {problem.file}: {problem.message}")
        lines.append(
            f"wrote {self.written.written} files ({self.written.unchanged} unchanged, "
            f"{self.written.removed} removed) to {self.config.output_dir}/ in "
            f"{sum(self.seconds.values()):.2f}s ({timing})"
        )
        return lines


def _left_out(reasons: tuple[tuple[str, int], ...]) -> str:
    """ " (3 left out: 2 off the topic, 1 outside the window)", or nothing."""
    shown = [(reason, count) for reason, count in reasons if count]
    if not shown:
        return ""
    total = sum(count for _, count in shown)
    return f" ({total} left out: " + ", ".join(f"{n} {reason}" for reason, n in shown) + ")"
