"""The per-seed stage: one file in, one ``SeedResult`` out, never an exception.

Everything here depends on the seed's bytes alone (and the knowledge tables), so
its result can be cached by content hash and computed in parallel processes.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.config import Config
from generator.fingerprints import Fingerprint, fingerprint
from generator.knowledge import Knowledge
from generator.model import Mention, Problem, Seed, SeedResult
from generator.slugs import slugify


@dataclass(frozen=True)
class SeedReading:
    result: SeedResult
    mentions: tuple[Mention, ...]
    fingerprint: Fingerprint | None = None  # for finding copies; none for a rejected seed


def read_seed(seed: Seed, knowledge: Knowledge, config: Config) -> SeedReading:
    """Read, normalise and extract one seed; bad input becomes a rejection with a reason."""
    try:
        return _read(seed, knowledge, config)
    except Exception as exc:
        problem = Problem(seed.file, "warning", f"could not be read ({type(exc).__name__}: {exc})")
        return SeedReading(rejected_result(seed.file, problem), ())


def _read(seed: Seed, knowledge: Knowledge, config: Config) -> SeedReading:
    # The reading stack (Beautiful Soup, Markdown, the extraction rules) is imported on
    # first use: a rebuild that finds every seed in the cache never needs it, and it is
    # most of the start-up time of such a build.
    from generator.articles import normalise
    from generator.events import extract_mentions
    from generator.sources import read_document

    document = read_document(seed)
    if isinstance(document, Problem):
        return SeedReading(rejected_result(seed.file, document), ())
    article = normalise(document, seed, knowledge, config)
    if isinstance(article, Problem):
        return SeedReading(rejected_result(seed.file, article), ())
    problems: list[Problem] = []
    error = document.meta_value("front_matter_error")
    if error:
        problems.append(Problem(seed.file, "warning", error))
    mentions = tuple(extract_mentions(article, knowledge))
    if not mentions and article.language != "en":
        problems.append(
            Problem(
                seed.file,
                "warning",
                f"article in '{article.language}': no dated events could be read; "
                "it is listed as a source only",
            )
        )
    result = SeedResult(seed.file, article.id, "included", article, problems=tuple(problems))
    return SeedReading(result, mentions, fingerprint(article))


def rejected_result(file: str, problem: Problem) -> SeedResult:
    return SeedResult(
        file, "rejected-" + slugify(file), "rejected", None, problem.message, problems=(problem,)
    )
