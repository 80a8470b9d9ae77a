"""Reading many seeds at once: cached results first, the rest in worker processes."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from generator.cache import SeedCache
from generator.config import Config
from generator.forked import worker_count
from generator.knowledge import Knowledge
from generator.model import Seed
from generator.progress import Progress
from generator.reading import SeedReading, read_seed

PARALLEL_FROM = 40  # below this many seeds, starting processes costs more than it saves
_worker_state: tuple[Knowledge, Config] | None = None


def read_seeds(
    seeds: Sequence[Seed],
    knowledge: Knowledge,
    config: Config,
    cache: SeedCache,
    jobs: int | None = None,
) -> list[SeedReading]:
    """Every seed's reading: cached where it has one, else read now (and cached).

    Cached readings stay until the build ends: millions of objects, without reference
    cycles. So the cycle collector is kept off them: paused while they are unpickled
    (run again and again as they piled up, it took two thirds of the loading time), and
    then told to leave them alone for the rest of the build (``gc.freeze``)."""
    keys = cache.keys(seeds, knowledge, config)
    gc.collect()  # so that no garbage from before is frozen with them
    with _collector_paused():
        readings = cache.get_all(keys)
        gc.freeze()
    missing = [i for i, reading in enumerate(readings) if reading is None]
    fresh = _read_all([seeds[i] for i in missing], knowledge, config, jobs)
    for index, reading in zip(missing, fresh, strict=True):
        readings[index] = reading
        cache.put(keys[index], reading)
    return [r for r in readings if r is not None]


@contextmanager
def _collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_all(
    seeds: Sequence[Seed], knowledge: Knowledge, config: Config, jobs: int | None
) -> list[SeedReading]:
    workers = worker_count(jobs)
    progress = Progress("reading seeds", len(seeds))
    readings: list[SeedReading] = []
    if workers <= 1 or len(seeds) < PARALLEL_FROM:
        for seed in seeds:
            readings.append(read_seed(seed, knowledge, config))
            progress.advance()
    else:
        chunk = max(1, min(50, len(seeds) // (workers * 4)))
        with ProcessPoolExecutor(
            workers, initializer=_start_worker, initargs=(knowledge, config)
        ) as pool:
            for reading in pool.map(_read_in_worker, seeds, chunksize=chunk):
                readings.append(reading)
                progress.advance()
    progress.close()
    return readings


def _start_worker(knowledge: Knowledge, config: Config) -> None:
    global _worker_state
    _worker_state = (knowledge, config)


def _read_in_worker(seed: Seed) -> SeedReading:
    assert _worker_state is not None
    knowledge, config = _worker_state
    return read_seed(seed, knowledge, config)
