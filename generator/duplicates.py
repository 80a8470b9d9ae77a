"""Recognising copies: the same story on another portal, with other page furniture.

Two articles are copies when most of the shorter one's word 5-grams appear in the
longer one. Candidate pairs come from an inverted index of sampled 5-grams, so the
cost grows with the number of shared passages, not with the square of the articles.
The 5-grams themselves come with each seed's reading (``generator.fingerprints``).

A build that knows what the last one found (``KnownCopies``, kept by
``generator.copy_memo``) and has only gained articles compares just the new ones with
the rest: the pairs among the others cannot have changed, unless a passage of the new
ones made boilerplate of a 5-gram that was rare, and then every pair is looked for again.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain
from typing import Protocol

from generator.fingerprints import Fingerprint, fingerprint
from generator.model import Article, SeedResult

THRESHOLD = 0.8
COMMON = 50  # a 5-gram in more articles than this is boilerplate, not evidence of copying
CANDIDATE_SHARE = 0.5  # of the rare sampled 5-grams of the article with fewer, shared


Pair = tuple[str, str]


@dataclass(frozen=True)
class KnownCopies:
    """What finding copies learnt: the articles it looked at (by the digest of each), how
    many rare 5-grams each has, and the pairs that are copies, as (pair, copy, original)
    in pair order."""

    identities: Mapping[str, str]
    rare: Mapping[str, int]
    copies: tuple[tuple[Pair, str, str], ...]


class CopyMemo(Protocol):
    """What the last build found, and a digest of each article (see ``copy_memo``)."""

    known: KnownCopies | None

    def identity(self, article: Article) -> str: ...

    def remember(self, found: KnownCopies) -> None: ...


def mark_duplicates(
    results: Sequence[SeedResult],
    fingerprints: Mapping[str, Fingerprint] | None = None,
    memo: CopyMemo | None = None,
) -> list[SeedResult]:
    """The results with each copy marked ``duplicate`` and pointing at its original.

    ``fingerprints`` (by article id) come cached with the readings; an article without
    one has it computed here. With a ``memo``, only articles the last build did not
    see are compared with the rest, when that gives the same answer."""
    articles = {
        r.article.id: r.article for r in results if r.status == "included" and r.article is not None
    }
    prints = {i: (fingerprints or {}).get(i) or fingerprint(a) for i, a in articles.items()}
    identities = {i: memo.identity(a) for i, a in articles.items()} if memo is not None else {}
    known = memo.known if memo is not None else None
    found = _with_new_articles(articles, prints, identities, known) if known else None
    if found is None:
        found = _all_copies(articles, prints, identities)
    if memo is not None:
        memo.remember(found)
    original_of: dict[str, str] = {}
    for _, copy, original in found.copies:
        original_of.setdefault(copy, original)
    return [_mark(result, original_of) for result in results]


def _all_copies(
    articles: Mapping[str, Article],
    prints: Mapping[str, Fingerprint],
    identities: Mapping[str, str],
) -> KnownCopies:
    samples = {i: p.sampled() for i, p in prints.items()}
    pairs, rare = _pairs_and_rare_counts(samples)
    return KnownCopies(identities, rare, tuple(_verified(pairs, articles, prints)))


def _with_new_articles(
    articles: Mapping[str, Article],
    prints: Mapping[str, Fingerprint],
    identities: Mapping[str, str],
    known: KnownCopies,
) -> KnownCopies | None:
    """What ``_all_copies`` would find, worked out from the last build's findings when
    every article it saw is here unchanged; None when that cannot be done.

    Only pairs with a *touched* article can differ: a new one, or one holding a 5-gram
    the new ones made boilerplate (its count of rare 5-grams dropped). So those are
    compared with the rest; every other pair keeps what the last build found."""
    if any(identities.get(i) != identity for i, identity in known.identities.items()):
        return None  # an article was removed or changed
    new = {i: set(prints[i].sampled()) for i in articles if i not in known.identities}
    if not new:
        return known
    samples = {i: p.sampled() for i, p in prints.items()}
    held = _held(samples, set().union(*new.values()))
    counts = Counter(chain.from_iterable(held.values()))
    before = counts - Counter(chain.from_iterable(new.values()))
    crossing = {h for h, n in counts.items() if before[h] <= COMMON < n}
    touched = set(new) | {i for i, shingles in held.items() if not crossing.isdisjoint(shingles)}
    if crossing:  # the touched articles' rare counts are worked out anew
        held = _held(samples, set().union(*(samples[i] for i in touched)))
        counts = Counter(chain.from_iterable(held.values()))
    rare_sets = {i: {h for h in samples[i] if counts[h] <= COMMON} for i in touched}
    rare = {**known.rare, **{i: len(own) for i, own in rare_sets.items()}}
    postings: dict[int, list[str]] = defaultdict(list)
    looked_for = set().union(*rare_sets.values())  # boilerplate links no pair
    for article_id, shingles in held.items():
        for shingle in looked_for.intersection(shingles):
            postings[shingle].append(article_id)
    pairs: set[Pair] = set()
    for article_id, own in rare_sets.items():
        shared = Counter(chain.from_iterable(postings[h] for h in own))
        del shared[article_id]
        pairs.update(
            _pair(article_id, other)
            for other, n in shared.items()
            if n >= CANDIDATE_SHARE * min(rare[article_id], rare[other])
        )
    kept = [found for found in known.copies if touched.isdisjoint(found[0])]
    found = sorted([*kept, *_verified(sorted(pairs), articles, prints)])
    return KnownCopies(identities, rare, tuple(found))


def _held(samples: Mapping[str, Sequence[int]], wanted: set[int]) -> dict[str, set[int]]:
    """The ``wanted`` 5-grams each article's sample holds (articles holding none left out)."""
    held = {i: wanted.intersection(sample) for i, sample in samples.items()}
    return {i: shingles for i, shingles in held.items() if shingles}


def _verified(
    pairs: Sequence[Pair], articles: Mapping[str, Article], prints: Mapping[str, Fingerprint]
) -> list[tuple[Pair, str, str]]:
    """The candidate pairs that are copies by the exact check, each with its copy and
    original."""
    found = []
    for first, second in pairs:
        shingles = prints[first].shingle_set(), prints[second].shingle_set()
        if _containment(*shingles) >= THRESHOLD:
            copy, original = _copy_and_original(articles[first], articles[second])
            found.append(((first, second), copy.id, original.id))
    return found


def _mark(result: SeedResult, original_of: dict[str, str]) -> SeedResult:
    if result.article_id not in original_of:
        return result
    root = original_of[result.article_id]
    seen = {result.article_id}
    while root in original_of and root not in seen:
        seen.add(root)
        root = original_of[root]
    return replace(result, status="duplicate", duplicate_of=root)


def _candidate_pairs(samples: Mapping[str, Sequence[int]]) -> list[Pair]:
    return _pairs_and_rare_counts(samples)[0]


def _pairs_and_rare_counts(
    samples: Mapping[str, Sequence[int]],
) -> tuple[list[Pair], dict[str, int]]:
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
    pairs: set[Pair] = set()
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
    return sorted(pairs), rare


def _pair(first: str, second: str) -> Pair:
    return (first, second) if first < second else (second, first)


def _containment(first: set[int], second: set[int]) -> float:
    smaller = min(len(first), len(second))
    return len(first & second) / smaller if smaller else 0.0


def _copy_and_original(a: Article, b: Article) -> tuple[Article, Article]:
    """Of two copies the later one is the copy; at the same time, the shorter one. A page
    giving only its day is not known to be earlier or later than another of that day:
    the shorter is the copy (syndication trims, it does not add)."""
    timed = a.published_at is not None and b.published_at is not None
    if not timed and a.published_on is not None and a.published_on == b.published_on:
        size = [sum(map(len, article.paragraphs)) for article in (a, b)]
        if size[0] != size[1]:
            return (a, b) if size[0] < size[1] else (b, a)

    def key(article: Article) -> tuple[dt.datetime, int, str]:
        moment = article.published_at or dt.datetime.combine(
            article.published_on or dt.date.min, dt.time(12), tzinfo=dt.UTC
        )
        return moment.astimezone(dt.UTC), -sum(map(len, article.paragraphs)), article.file

    later, earlier = sorted((a, b), key=key, reverse=True)
    return later, earlier
