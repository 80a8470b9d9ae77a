"""Recognising copies: the same story on another portal, with other page furniture.

Two articles are copies when most of the shorter one's word 5-grams appear in the
longer one. Candidate pairs come from an inverted index of sampled 5-grams, so the
cost grows with the number of shared passages, not with the square of the articles.
The 5-grams themselves come with each seed's reading (``generator.fingerprints``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import chain

from generator.fingerprints import Fingerprint, fingerprint
from generator.model import Article, SeedResult

THRESHOLD = 0.8
COMMON = 50  # a 5-gram in more articles than this is boilerplate, not evidence of copying
CANDIDATE_SHARE = 0.5  # of the rare sampled 5-grams of the article with fewer, shared


def mark_duplicates(
    results: Sequence[SeedResult], fingerprints: Mapping[str, Fingerprint] | None = None
) -> list[SeedResult]:
    """The results with each copy marked ``duplicate`` and pointing at its original.

    ``fingerprints`` (by article id) come cached with the readings; an article without
    one has it computed here."""
    articles = {
        r.article.id: r.article for r in results if r.status == "included" and r.article is not None
    }
    prints = {i: (fingerprints or {}).get(i) or fingerprint(a) for i, a in articles.items()}
    original_of: dict[str, str] = {}
    for first, second in _candidate_pairs({i: p.sampled() for i, p in prints.items()}):
        shingles = prints[first].shingle_set(), prints[second].shingle_set()
        if _containment(*shingles) >= THRESHOLD:  # the exact check
            copy, original = _copy_and_original(articles[first], articles[second])
            original_of.setdefault(copy.id, original.id)
    return [_mark(result, original_of) for result in results]


def _mark(result: SeedResult, original_of: dict[str, str]) -> SeedResult:
    if result.article_id not in original_of:
        return result
    root = original_of[result.article_id]
    seen = {result.article_id}
    while root in original_of and root not in seen:
        seen.add(root)
        root = original_of[root]
    return replace(result, status="duplicate", duplicate_of=root)


def _candidate_pairs(samples: Mapping[str, Sequence[int]]) -> list[tuple[str, str]]:
    """Pairs that share most of their rare 5-grams (boilerplate shared by many is ignored):
    at least CANDIDATE_SHARE of the rare ones of the article with fewer.

    Articles are indexed in order of how many rare 5-grams they have, most first; each
    counts, along the postings of its own, how many it shares with the articles indexed
    before it, which have as many or more. So every pair is counted once, by the article
    whose share decides, and ``Counter`` does the counting in bulk: thousands of
    look-alike reports make millions of pairs that share a passage or two. Postings
    hold positions in ``ids``, as small integers count faster than strings."""
    frequency = Counter(chain.from_iterable(samples.values()))
    common = {h for h, n in frequency.items() if n > COMMON}
    linking = {h for h, n in frequency.items() if 1 < n <= COMMON}  # rare, yet in two or more
    rare = {key: len(sample) - len(common.intersection(sample)) for key, sample in samples.items()}
    ids = sorted(samples, key=lambda key: -rare[key])
    postings: dict[int, list[int]] = defaultdict(list)
    pairs: set[tuple[str, str]] = set()
    for position, article_id in enumerate(ids):
        own = linking.intersection(samples[article_id])
        shared = Counter(chain.from_iterable([postings[h] for h in own]))
        needed = CANDIDATE_SHARE * rare[article_id]
        if shared and max(shared.values()) >= needed:  # most articles have no candidate
            pairs.update(
                _pair(article_id, ids[other]) for other, n in shared.items() if n >= needed
            )
        for shingle in own:
            postings[shingle].append(position)
    return sorted(pairs)


def _pair(first: str, second: str) -> tuple[str, str]:
    return (first, second) if first < second else (second, first)


def _containment(first: set[int], second: set[int]) -> float:
    smaller = min(len(first), len(second))
    return len(first & second) / smaller if smaller else 0.0


def _copy_and_original(a: Article, b: Article) -> tuple[Article, Article]:
    """Of two copies the later one is the copy; at the same time, the shorter one."""

    def key(article: Article) -> tuple[dt.datetime, int, str]:
        moment = article.published_at or dt.datetime.combine(
            article.published_on or dt.date.min, dt.time(12), tzinfo=dt.UTC
        )
        return moment.astimezone(dt.UTC), -sum(map(len, article.paragraphs)), article.file

    later, earlier = sorted((a, b), key=key, reverse=True)
    return later, earlier
