"""Reading many seeds at once: cached results first, the rest in worker processes."""

from __future__ import annotations

import gc
import pickle
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from generator import heap
from generator.cache import SeedCache
from generator.config import Config
from generator.forked import worker_count
from generator.knowledge import Knowledge
from generator.model import Seed
from generator.progress import Progress
from generator.reading import SeedReading, read_seed

PARALLEL_FROM = 40  # below this many seeds, starting processes costs more than it saves
_worker_state: tuple[Knowledge, Config, SeedCache] | None = None


def read_seeds(
    seeds: Sequence[Seed],
    knowledge: Knowledge,
    config: Config,
    cache: SeedCache,
    jobs: int | None = None,
) -> dict[str, SeedReading]:
    """Every seed's reading, by its cache key: cached where it has one, else read now
    (and cached).

    Cached readings stay until the build ends: millions of objects, without reference
    cycles. So the cycle collector is kept off them: paused while they are unpickled
    (run again and again as they piled up, it took two thirds of the loading time), and
    then told to leave them alone for the rest of the build (``gc.freeze``)."""
    keys = cache.keys(seeds, knowledge, config)
    gc.collect()  # so that no garbage from before is frozen with them
    with heap.collector_off():
        readings = cache.get_all(keys)
        gc.freeze()
    missing = [i for i, reading in enumerate(readings) if reading is None]
    fresh = _read_all([(seeds[i], keys[i]) for i in missing], knowledge, config, cache, jobs)
    for index, reading in zip(missing, fresh, strict=True):
        readings[index] = reading
    cache.tidy(keys)
    return {
        key: reading for key, reading in zip(keys, readings, strict=True) if reading is not None
    }


def _read_all(
    work: Sequence[tuple[Seed, str]],
    knowledge: Knowledge,
    config: Config,
    cache: SeedCache,
    jobs: int | None,
) -> list[SeedReading]:
    """Read each (seed, cache key) and cache the reading. Worker processes pickle each
    reading once, to cache it and to send it back: this process only unpickles (with
    the collector paused, as above), so it does not hold back the workers."""
    workers = worker_count(jobs)
    progress = Progress("reading seeds", len(work))
    readings: list[SeedReading] = []
    if workers <= 1 or len(work) < PARALLEL_FROM:
        for seed, key in work:
            readings.append(read_seed(seed, knowledge, config))
            cache.put(key, readings[-1])
            progress.advance()
    else:
        chunk = max(1, min(50, len(work) // (workers * 4)))
        with (
            ProcessPoolExecutor(
                workers, initializer=_start_worker, initargs=(knowledge, config, cache)
            ) as pool,
            heap.collector_off(),
        ):
            for data in pool.map(_read_in_worker, work, chunksize=chunk):
                readings.append(pickle.loads(data))
                progress.advance()
            gc.freeze()
    progress.close()
    return readings


def _start_worker(knowledge: Knowledge, config: Config, cache: SeedCache) -> None:
    global _worker_state
    heap.collecting_worker()
    _worker_state = (knowledge, config, cache)


def _read_in_worker(work: tuple[Seed, str]) -> bytes:
    assert _worker_state is not None
    knowledge, config, cache = _worker_state
    seed, key = work
    data = pickle.dumps(read_seed(seed, knowledge, config), protocol=pickle.HIGHEST_PROTOCOL)
    cache.store(key, data)
    return data
