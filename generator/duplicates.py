"""Recognising copies: the same story on another portal, with other page furniture.

Two articles are copies when most of the shorter one's word 5-grams appear in the
longer one. Candidate pairs come from an inverted index of 5-grams, so the cost
grows with the number of shared passages, not with the square of the articles.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from generator.model import Article, SeedResult

SHINGLE = 5
THRESHOLD = 0.8
COMMON = 50  # a 5-gram in more articles than this is boilerplate, not evidence of copying
CANDIDATE_SHARE = 0.5  # of the shorter article's 5-grams, shared with the other


def mark_duplicates(results: Sequence[SeedResult]) -> list[SeedResult]:
    """The results with each copy marked ``duplicate`` and pointing at its original."""
    articles = [r.article for r in results if r.status == "included" and r.article is not None]
    shingles = {a.id: _shingles(a) for a in articles}
    original_of: dict[str, str] = {}
    for first, second in _candidate_pairs(shingles):
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
    words = re.findall(r"\w+", " ".join(article.paragraphs).lower())
    return {hash(tuple(words[i : i + SHINGLE])) for i in range(max(len(words) - SHINGLE + 1, 0))}


def _candidate_pairs(shingles: dict[str, set[int]]) -> list[tuple[str, str]]:
    index: dict[int, list[str]] = defaultdict(list)
    for article_id in sorted(shingles):
        for shingle in shingles[article_id]:
            index[shingle].append(article_id)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for ids in index.values():
        if 1 < len(ids) <= COMMON:
            for i, first in enumerate(ids):
                for second in ids[i + 1 :]:
                    shared[(first, second)] += 1
    # Copies share most of their (rare) 5-grams: only pairs sharing many are checked exactly.
    return sorted(
        pair
        for pair, count in shared.items()
        if count >= CANDIDATE_SHARE * min(len(shingles[pair[0]]), len(shingles[pair[1]]))
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
