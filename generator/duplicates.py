"""Recognising copies: the same story on another portal, with other page furniture.

Two articles are copies when most of the shorter one's word 5-grams appear in the
longer one. Candidate pairs come from an inverted index of 5-grams, so the cost
grows with the number of shared passages, not with the square of the articles.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from generator.model import Article, SeedResult

SHINGLE = 5
THRESHOLD = 0.8
COMMON = 50  # a 5-gram in more articles than this is boilerplate, not evidence of copying
CANDIDATE_SHARE = 0.5  # of the shorter article's sampled 5-grams, shared with the other
SAMPLE = 4  # candidates are found from one 5-gram in four


def mark_duplicates(results: Sequence[SeedResult]) -> list[SeedResult]:
    """The results with each copy marked ``duplicate`` and pointing at its original."""
    articles = [r.article for r in results if r.status == "included" and r.article is not None]
    shingles = {a.id: _shingles(a) for a in articles}
    sampled = {key: _sample(value) for key, value in shingles.items()}
    original_of: dict[str, str] = {}
    for first, second in _candidate_pairs(sampled):
        if _containment(shingles[first], shingles[second]) >= THRESHOLD:  # exact check
            copy, original = _copy_and_original(_by_id(articles, first), _by_id(articles, second))
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


def _shingles(article: Article) -> set[int]:
    """The article's word 5-grams, by a stable hash (the same in every process)."""
    words = re.findall(r"\w+", " ".join(article.paragraphs).lower())
    grams = (" ".join(words[i : i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 0)))
    return {zlib.crc32(gram.encode()) for gram in grams}


def _sample(hashes: set[int]) -> set[int]:
    """One 5-gram in SAMPLE, the same ones in every article: enough to find candidates,
    at a fraction of the cost; short texts keep them all."""
    sampled = {h for h in hashes if h % SAMPLE == 0}
    return sampled if len(sampled) >= 8 else hashes


def _candidate_pairs(shingles: dict[str, set[int]]) -> list[tuple[str, str]]:
    """Pairs that share most of their rare 5-grams (boilerplate shared by many is ignored)."""
    index: dict[int, list[str]] = defaultdict(list)
    for article_id in sorted(shingles):
        for shingle in shingles[article_id]:
            index[shingle].append(article_id)
    rare = {key: 0 for key in shingles}
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for ids in index.values():
        if len(ids) > COMMON:
            continue
        for i, first in enumerate(ids):
            rare[first] += 1
            for second in ids[i + 1 :]:
                shared[(first, second)] += 1
    return sorted(
        pair
        for pair, count in shared.items()
        if count >= CANDIDATE_SHARE * min(rare[pair[0]], rare[pair[1]])
    )


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


def _by_id(articles: Sequence[Article], article_id: str) -> Article:
    return next(a for a in articles if a.id == article_id)
