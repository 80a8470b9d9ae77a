"""``build()``: the whole pipeline, read top to bottom.

1. read the config and the knowledge tables;
2. find the seeds; when nothing the site depends on changed since the last build and
   the site is intact, stop there (``up_to_date``); else read each seed into an
   article and its event mentions (cached by content hash, in parallel processes);
3. mark syndicated copies as duplicates;
4. merge the mentions of the included articles into events, apply curation;
5. render the pages and exports, and write them atomically into the site folder;
6. report what happened.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator import heap, render
from generator.assemble import assemble_events, keep_previous_events, previous_events
from generator.cache import SeedCache
from generator.config import CONFIG_NAME, Config, load_config
from generator.copy_memo import CopyMemo
from generator.curation import apply_curation, load_curation
from generator.digests import Digests
from generator.duplicates import mark_duplicates
from generator.events_json import events_json
from generator.exports import export_files
from generator.forked import worker_count
from generator.fragments import Fragments, Pieces
from generator.knowledge import Knowledge, load_knowledge
from generator.merge import merge_mentions
from generator.merge_memo import MergeMemo
from generator.model import Event, Mention, Problem, SeedResult, Timeline
from generator.page_cache import PageCache
from generator.parallel import read_seeds
from generator.reading import SeedReading, rejected_result
from generator.report import BuildReport
from generator.seed_index import SeedIndex
from generator.sources import find_seeds
from generator.templating import static_files
from generator.titles import title_names
from generator.up_to_date import LastBuild, Outcome, inputs_digest
from generator.writer import Content, Staging, WriteStats, staged_site


@dataclass
class Stages:
    """Wall time per stage, for the closing line and the benchmark."""

    seconds: dict[str, float] = field(default_factory=dict)
    _last: float = field(default_factory=time.perf_counter)

    def done(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = self.seconds.get(name, 0.0) + now - self._last
        self._last = now


def build(
    root: Path,
    *,
    overrides: dict[str, Any] | None = None,
    jobs: int | None = None,
    clean: bool = False,
    write: bool = True,
    skip_unchanged: bool = False,
) -> BuildReport:
    """Build the site of the project at ``root``; with ``write`` off, only read and
    merge (``timeline check``). With ``skip_unchanged``, a site the last build left
    intact, whose inputs did not change since, is left as it is (see ``up_to_date``)."""
    stages = Stages()
    kept = root / ".timeline-cache"  # what one build keeps for the next
    config = load_config(root, overrides)
    knowledge = load_knowledge(root / config.knowledge_dir)
    curation = load_curation(root)
    seed_index = SeedIndex(kept, enabled=not clean)
    seeds, problems = find_seeds(config.seeds_path, root, seed_index)
    stages.done("find")
    last_build = LastBuild(kept, enabled=write and not clean)
    inputs = inputs_digest(config, seeds, problems) if write else ""
    outcome = last_build.unchanged(inputs, config.output_path) if skip_unchanged else None
    if outcome is not None:
        stages.done("up to date")
        site = WriteStats(0, len(last_build.site), 0)
        return BuildReport(outcome, site, dict(stages.seconds), config)
    cache = SeedCache(kept, enabled=not clean, writable=write)
    keyed = read_seeds(seeds, knowledge, config, cache, jobs)
    if write:
        seed_index.save()
    stages.done("read")
    digests = _known_digests(keyed)
    readings = _unique_article_ids(list(keyed.values()), digests)
    copies = CopyMemo(kept, enabled=not clean, digests=digests)
    results = mark_duplicates(
        curation.outlet_overrides([r.result for r in readings]),
        {r.result.article_id: r.fingerprint for r in readings if r.fingerprint},
        copies,
    )
    memo = MergeMemo(kept, not clean, digests, context=title_names(knowledge))
    left_out: Counter[str] = Counter()  # events not shown, by reason
    mentions = _included_mentions(readings, results, digests)
    events = _merged_events(mentions, config, knowledge, memo, kept, clean, left_out)
    if write:
        copies.save()
        memo.save()
    events = apply_curation(events, curation)
    stages.done("merge")
    timeline = _timeline(config, events, results, problems, left_out)
    if not write:  # `timeline check`: the reading and merging are what it reports
        heap.keep(locals())
        return BuildReport.of(timeline, WriteStats(0, 0, 0), dict(stages.seconds), config)
    stats = _write_site(timeline, config, kept, digests, jobs, clean, stages)
    last_build.save(inputs, config.output_path, Outcome.of(timeline))
    stages.done("write")
    heap.keep(locals())  # freed by the end of the process, if it ends now
    return BuildReport.of(timeline, stats, dict(stages.seconds), config)


def _merged_events(
    mentions: Sequence[Mention],
    config: Config,
    knowledge: Knowledge,
    memo: MergeMemo,
    kept: Path,
    clean: bool,
    left_out: Counter[str],
) -> list[Event]:
    """The events the included articles' mentions make, with the ids they had before;
    ``left_out`` counts the others by reason."""
    previous = previous_events(
        config.output_path / "events.json", None if clean else kept / "previous-events.pickle"
    )
    starts = tuple(knowledge.words.get("cues", {}).get("arrivals", ()))
    groups = merge_mentions(mentions, memo, starts)
    return assemble_events(groups, config, knowledge, previous, memo, left_out)


def _timeline(
    config: Config,
    events: Sequence[Event],
    results: Sequence[SeedResult],
    problems: Sequence[Problem],
    left_out: Counter[str],
) -> Timeline:
    return Timeline(
        title=config.title,
        description=config.description,
        events=tuple(events),
        results=tuple(results) + tuple(_rejected(problems)),
        problems=(
            *problems,
            *(p for r in results for p in r.problems),
            *_all_left_out(events, left_out, config),
        ),
        build_time=_build_time(),
        left_out=tuple(sorted(left_out.items())),
    )


def _all_left_out(events: Sequence[Event], left_out: Counter[str], config: Config) -> list[Problem]:
    """Articles that tell of events none of which is shown are most often about another
    story than the one ``timeline.toml`` sets: say so, rather than leave the site empty."""
    if events or not left_out.total():
        return []
    reasons = ", ".join(f"{count} {reason}" for reason, count in sorted(left_out.items()) if count)
    return [
        Problem(
            CONFIG_NAME,
            "warning",
            f"no event is shown ({reasons}): do [topic] and [window] fit the articles' story?",
        )
    ]


def _write_site(
    timeline: Timeline,
    config: Config,
    kept: Path,
    digests: Digests,
    jobs: int | None,
    clean: bool,
    stages: Stages,
) -> WriteStats:
    """Render every file into a staging folder and move the changed ones into the site
    (see ``writer.staged_site``); keep what the next build reuses."""
    page_cache = PageCache.load(kept, config.output_path, enabled=not clean, digests=digests)
    pieces = Fragments(kept, digests, _shared(timeline, config), not clean)
    protect = [config.root, config.seeds_path]
    with staged_site(config.output_path, clean=clean, protect=protect) as staging:
        files = site_files(timeline, config, page_cache, worker_count(jobs), staging, pieces)
        stages.done("render")
        staging.put_all(files)
    page_cache.save(files)
    pieces.save()
    keep_previous_events(
        config.output_path / "events.json",
        kept / "previous-events.pickle",
        timeline.events,
    )
    return staging.stats


def site_files(
    timeline: Timeline,
    config: Config,
    page_cache: PageCache | None = None,
    workers: int = 1,
    staging: Staging | None = None,
    pieces: Pieces | None = None,
) -> dict[str, Content]:
    """Every file of the site: pages, static assets, events.json and the other exports.

    With a ``page_cache``, a page whose inputs did not change is ``UNCHANGED``: the
    writer keeps the file already on disk. Pages that forked renderers already put
    into ``staging`` are ``Placed``. ``pieces`` keeps each event's part of the
    whole-timeline files between builds."""

    def exports(page_paths: list[str]) -> dict[str, str]:
        made = {"events.json": events_json(timeline, pieces)}
        made.update(export_files(timeline, config, sorted(page_paths), pieces))
        return made

    pages = render.render_pages(
        timeline, config, page_cache, workers, staging, also=exports, pieces=pieces
    )
    return {**pages, **static_files(config)}


def _shared(timeline: Timeline, config: Config) -> tuple[object, ...]:
    """What every piece of the exports may read besides its own event or article."""
    return (config, timeline.title, timeline.description, timeline.build_time)


def _known_digests(readings: Mapping[str, SeedReading]) -> Digests:
    """A reading is a pure function of its cache key, so what it holds is known by that
    key: the caches of merging and of pages need not pickle 10,000 articles to see that
    they did not change. (Objects changed later, e.g. renamed copies, are new objects,
    digested as usual.)"""
    digests = Digests()
    for key, reading in readings.items():
        digests.give(reading.result, f"{key}/result")
        if reading.result.article is not None:
            digests.give(reading.result.article, f"{key}/article")
        for number, mention in enumerate(reading.mentions):
            digests.give(mention, f"{key}/mention/{number}")
    return digests


def _unique_article_ids(
    readings: Sequence[SeedReading], digests: Digests | None = None
) -> list[SeedReading]:
    """Two seeds that would share an id (same outlet, day and headline) get suffixes.
    (``digests`` then knows what was renamed by what was read, as ``_known_digests`` does.)"""
    seen: dict[str, int] = {}
    unique = []
    for reading in sorted(readings, key=lambda r: r.result.file):
        base = reading.result.article_id
        seen[base] = seen.get(base, 0) + 1
        if seen[base] == 1:
            unique.append(reading)
            continue
        new_id = f"{base}-{seen[base]}"
        article = replace(reading.result.article, id=new_id) if reading.result.article else None
        result = replace(reading.result, article_id=new_id, article=article)
        renamed = replace(
            reading,
            result=result,
            mentions=tuple(replace(m, article_id=new_id) for m in reading.mentions),
        )
        if digests is not None:
            _know_renamed(digests, reading, renamed, new_id)
        unique.append(renamed)
    return unique


def _know_renamed(digests: Digests, read: SeedReading, renamed: SeedReading, new_id: str) -> None:
    """Digests of a renamed reading's parts from those of the parts read: the caches of
    merging and pages need not pickle them (a corpus of look-alike reports has many)."""
    pairs: list[tuple[object, object]] = [(read.result, renamed.result)]
    if read.result.article is not None:
        pairs.append((read.result.article, renamed.result.article))
    pairs.extend(zip(read.mentions, renamed.mentions, strict=True))
    for before, after in pairs:
        digests.derive(after, before, "renamed", new_id)


def _included_mentions(
    readings: Sequence[SeedReading], results: Sequence[SeedResult], digests: Digests | None = None
) -> list[Mention]:
    """Mentions of included articles; a syndicated copy's only confirm what others report.
    (``digests`` knows a mention so changed by the one read, rather than pickle it.)"""
    status = {r.article_id: r for r in results}
    mentions: list[Mention] = []
    for reading in readings:
        result = status[reading.result.article_id]
        if result.status == "rejected" or result.article is None:
            continue
        outlet = result.article.outlet or result.article.wire
        copy = result.status == "duplicate"
        for mention in reading.mentions:
            if mention.outlet != outlet or (copy and not mention.supporting):
                read = mention
                mention = replace(read, outlet=outlet, supporting=read.supporting or copy)
                if digests is not None:
                    digests.derive(mention, read, repr(outlet), repr(mention.supporting))
            mentions.append(mention)
    return mentions


def _rejected(problems: Sequence[Problem]) -> list[SeedResult]:
    """Files refused before reading (symlinks, unsupported types) are listed too."""
    return [rejected_result(p.file, p) for p in problems]


def _build_time() -> dt.datetime | None:
    """Only ``SOURCE_DATE_EPOCH`` puts a time in the output: builds stay reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch or not epoch.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
