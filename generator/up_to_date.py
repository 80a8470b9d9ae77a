"""Knowing, without building, that the site on disk is what a build would write.

A rebuild in which nothing changed still loads 10,000 cached readings, replays the
merge and checks 12,000 pages: about 4 s for a site that stays as it is. So a build
that wrote a site leaves a *stamp* of it in the cache folder:

1. the digest of its *inputs*: the code (with the libraries' versions), the config
   with its overrides, every file of ``input_paths`` (the project's and the tool's
   templates, static files and pages, the project's knowledge tables and curation),
   ``SOURCE_DATE_EPOCH``, and the path and content hash of every seed (the seed index
   gives those of unchanged files without reading them) with the files refused;
2. the size and modification time of every file of the site it wrote;
3. what its report said (``Outcome``).

The next build, when its inputs digest the same and every file of the site, and no
other, is on disk as it was left, writes nothing and reports the same outcome again.
Deleting the cache folder, or ``build --clean``, builds in full.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator import stored
from generator.cache import code_version
from generator.config import CONFIG_NAME, Config
from generator.curation import CURATION_NAME
from generator.digests import digest
from generator.model import Problem, Seed, Timeline
from generator.templating import TOOL_ROOT

FILE_NAME = "last-build.pickle"
# Besides the seeds and the code, what a build reads: in the project and in the tool.
PROJECT_INPUTS = ("templates", "static", "pages", CONFIG_NAME, CURATION_NAME)
TOOL_INPUTS = ("templates", "static", "pages")
SiteFiles = dict[str, tuple[int, int]]  # path under the site -> size, mtime (ns)


@dataclass(frozen=True)
class Outcome:
    """What a build report says: how many seeds of each status, events (and how many
    were left out, why), problems."""

    counts: tuple[tuple[str, int], ...]
    events: int
    problems: tuple[Problem, ...]
    left_out: tuple[tuple[str, int], ...] = ()

    @classmethod
    def of(cls, timeline: Timeline) -> Outcome:
        counts = Counter(result.status for result in timeline.results)
        return cls(
            tuple(sorted(counts.items())),
            len(timeline.events),
            timeline.problems,
            timeline.left_out,
        )


@dataclass(frozen=True)
class Stamp:
    inputs: str
    site: SiteFiles
    outcome: Outcome


class LastBuild:
    """The stamp the last build left in ``folder``, if any."""

    def __init__(self, folder: Path, enabled: bool = True) -> None:
        self.path = folder / FILE_NAME
        loaded = stored.load(self.path) if enabled else None
        self.stamp = loaded if isinstance(loaded, Stamp) else None

    @property
    def site(self) -> SiteFiles:
        return self.stamp.site if self.stamp is not None else {}

    def unchanged(self, inputs: str, output: Path) -> Outcome | None:
        """The last build's outcome, if its inputs were these and its site is intact.

        A build that changes the site and dies leaves the old stamp, which no longer
        matches: either the inputs or the site's files differ from it."""
        if self.stamp is None or self.stamp.inputs != inputs:
            return None
        if site_files(output) != self.stamp.site:
            return None
        return self.stamp.outcome

    def save(self, inputs: str, output: Path, outcome: Outcome) -> None:
        stored.save(self.path, Stamp(inputs, site_files(output), outcome))


def project_inputs(config: Config) -> list[Path]:
    """The project's files and folders, besides the seeds, whose content a build reads
    (whether they exist yet or not: ``serve`` watches them)."""
    return [config.root / name for name in (*PROJECT_INPUTS, config.knowledge_dir)]


def input_paths(config: Config) -> list[Path]:
    """Every file or folder, besides the seeds and the code, whose content a build reads."""
    paths = [*project_inputs(config), *(TOOL_ROOT / name for name in TOOL_INPUTS)]
    return list(dict.fromkeys(path.resolve() for path in paths))


def inputs_digest(config: Config, seeds: Sequence[Seed], problems: Sequence[Problem]) -> str:
    """A digest of everything a build's output depends on."""
    files = [
        (str(path), path.read_bytes())
        for top in input_paths(config)
        for path in ([top] if top.is_file() else [top / f for f in sorted(stored.stamps(top))])
    ]
    return digest(
        (
            code_version(),
            config,
            files,
            os.environ.get("SOURCE_DATE_EPOCH"),
            [(seed.file, seed.content_hash) for seed in seeds],
            list(problems),
        )
    )


def site_files(output: Path) -> SiteFiles:
    """Every file under ``output``, with its size and modification time."""
    return stored.stamps(output)
