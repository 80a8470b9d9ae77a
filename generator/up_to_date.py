"""Knowing, without building, that the site on disk is what a build would write.

A rebuild in which nothing changed still loads 10,000 cached readings, replays the
merge and checks 12,000 pages: about 4 s for a site that stays as it is. So a build
that wrote a site leaves a *stamp* of it in the cache folder:

1. the digest of its *inputs*: the code (with the libraries' versions), the config, the
   knowledge tables, the curation, the templates, the static files,
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
from generator.config import Config
from generator.curation import Curation
from generator.digests import digest
from generator.knowledge import Knowledge
from generator.model import Problem, Seed, Timeline
from generator.templating import static_files, template_dirs

FILE_NAME = "last-build.pickle"
SiteFiles = dict[str, tuple[int, int]]  # path under the site -> size, mtime (ns)


@dataclass(frozen=True)
class Outcome:
    """What a build report says: how many seeds of each status, events, problems."""

    counts: tuple[tuple[str, int], ...]
    events: int
    problems: tuple[Problem, ...]

    @classmethod
    def of(cls, timeline: Timeline) -> Outcome:
        counts = Counter(result.status for result in timeline.results)
        return cls(tuple(sorted(counts.items())), len(timeline.events), timeline.problems)


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


def inputs_digest(
    config: Config,
    knowledge: Knowledge,
    curation: Curation,
    seeds: Sequence[Seed],
    problems: Sequence[Problem],
) -> str:
    """A digest of everything a build's output depends on."""
    templates = [
        (str(path.relative_to(folder)), path.read_bytes())
        for folder in template_dirs(config)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    ]
    return digest(
        (
            code_version(),
            config,
            knowledge,
            curation,
            templates,
            static_files(config),
            os.environ.get("SOURCE_DATE_EPOCH"),
            [(seed.file, seed.content_hash) for seed in seeds],
            list(problems),
        )
    )


def site_files(output: Path) -> SiteFiles:
    """Every file under ``output``, with its size and modification time."""
    found: SiteFiles = {}
    waiting = [""]
    while waiting:
        folder = waiting.pop()
        try:
            entries = list(os.scandir(output / folder if folder else output))
        except OSError:
            continue
        for entry in entries:
            relative = f"{folder}{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                waiting.append(relative + "/")
            else:
                stat = entry.stat(follow_symlinks=False)
                found[relative] = (stat.st_size, stat.st_mtime_ns)
    return found
