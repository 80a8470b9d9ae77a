"""Copies: a few tiny articles → which ones are marked duplicates, and of what."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from itertools import combinations
from typing import Any

import factories
import pytest

from generator import duplicates
from generator.digests import digest
from generator.duplicates import CANDIDATE_SHARE, COMMON, mark_duplicates
from generator.fingerprints import fingerprint, shingles
from generator.model import Article, SeedResult

CST = factories.CST
STORY = (
    "PYONGYANG, Oct. 9 -- Chinese Premier Li Qiang arrived in Pyongyang on Thursday for an "
    "official goodwill visit to the Democratic People's Republic of Korea.",
    "Li was greeted at the airport by senior officials of the Workers' Party of Korea and by a "
    "guard of honour of the Korean People's Army.",
    "During the visit Li will attend the celebrations of the 80th founding anniversary of the "
    "Workers' Party of Korea and hold talks with the leadership in Pyongyang.",
    "Li is the most senior Chinese official to visit the country since 2019, when the two sides "
    "marked the 70th anniversary of diplomatic ties.",
)
OTHER = (
    "Seoul's stock market closed higher on Thursday as chipmakers rallied on strong earnings "
    "forecasts from the technology sector.",
    "The benchmark index rose by more than one percent, its best day in a month, while the won "
    "weakened slightly against the dollar.",
)


def at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2025, 10, day, hour, tzinfo=CST)


def result(
    article_id: str, paragraphs: tuple[str, ...], published_at: dt.datetime | None, **changes: Any
) -> SeedResult:
    day = published_at.date() if published_at else dt.date(2025, 10, 9)
    article: Article = factories.article(
        article_id, paragraphs=paragraphs, published_at=published_at, published_on=day, **changes
    )
    return SeedResult(article.file, article_id, "included", article)


def copy_with_other_furniture(paragraphs: tuple[str, ...] = STORY) -> tuple[str, ...]:
    """The same story with its own wire credit and promo line, the last paragraph cut short."""
    return (
        "(Xinhua) " + paragraphs[0],
        *paragraphs[1:-1],
        paragraphs[-1].split(",")[0] + ".",
        "Follow us on our channel for more news from the region every day.",
    )


def marks(results: list[SeedResult]) -> dict[str, tuple[str, str | None]]:
    return {r.article_id: (r.status, r.duplicate_of) for r in mark_duplicates(results)}


def case(name: str, results: list[SeedResult], expected: dict[str, tuple[str, str | None]]) -> Any:
    return pytest.param(results, expected, id=name)


ORIGINAL = ("included", None)

# fmt: off
CASES = [
    case("a near-copy published later is the copy", [
        result("xinhua-original", STORY, at(9, 16)),
        result("portal-copy", copy_with_other_furniture(), at(9, 18)),
    ], {"xinhua-original": ORIGINAL, "portal-copy": ("duplicate", "xinhua-original")}),
    case("order in the list does not matter", [
        result("portal-copy", copy_with_other_furniture(), at(9, 18)),
        result("xinhua-original", STORY, at(9, 16)),
    ], {"portal-copy": ("duplicate", "xinhua-original"), "xinhua-original": ORIGINAL}),
    case("published at the same time: the shorter one is the copy", [
        result("short", STORY[:3], at(9, 16)),
        result("full", STORY, at(9, 16)),
    ], {"short": ("duplicate", "full"), "full": ORIGINAL}),
    case("the later one is the copy even when it is longer", [
        result("early-brief", STORY[:3], at(9, 16)),
        result("late-full", STORY, at(10, 9)),
    ], {"early-brief": ORIGINAL, "late-full": ("duplicate", "early-brief")}),
    case("a day without a time counts as noon UTC", [
        result("dated-only", STORY, None),  # 2025-10-09 12:00 UTC = 20:00 in Beijing
        result("evening", STORY, at(9, 21)),
    ], {"dated-only": ORIGINAL, "evening": ("duplicate", "dated-only")}),
    case("unrelated articles are not copies", [
        result("visit", STORY, at(9, 16)),
        result("stocks", OTHER, at(9, 17)),
    ], {"visit": ORIGINAL, "stocks": ORIGINAL}),
    case("one shared paragraph is not a copy", [
        result("visit", STORY, at(9, 16)),
        result("analysis", (STORY[3], *OTHER, "Analysts expect more visits before the year ends "
                            "as both governments seek to show their ties are close."), at(9, 17)),
    ], {"visit": ORIGINAL, "analysis": ORIGINAL}),
    case("three copies point at the same original", [
        result("z-original", STORY, at(9, 16)),
        result("a-copy", copy_with_other_furniture(), at(9, 17)),
        result("b-copy", STORY[:3], at(9, 18)),
        result("c-copy", copy_with_other_furniture(STORY[:3]), at(9, 19)),
    ], {"z-original": ORIGINAL, "a-copy": ("duplicate", "z-original"),
        "b-copy": ("duplicate", "z-original"), "c-copy": ("duplicate", "z-original")}),
    case("too short to judge", [
        result("one", ("Li arrived.",), at(9, 16)),
        result("two", ("Li arrived.",), at(9, 17)),
    ], {"one": ORIGINAL, "two": ORIGINAL}),
]
# fmt: on


@pytest.mark.parametrize(("results", "expected"), CASES)
def test_mark_duplicates(results: list[SeedResult], expected: dict[str, Any]) -> None:
    assert marks(results) == expected


def test_rejected_seeds_are_left_alone() -> None:
    rejected = SeedResult("seeds/empty.txt", "empty", "rejected", None, reason="the file is empty")
    results = [result("original", STORY, at(9, 16)), rejected]
    assert mark_duplicates(results) == results


def test_the_copy_keeps_its_article() -> None:
    copy = result("copy", STORY[:3], at(9, 18))
    marked = mark_duplicates([result("original", STORY, at(9, 16)), copy])
    assert marked[1].article == copy.article


def test_the_fingerprints_given_are_the_ones_used() -> None:
    """A build passes the fingerprints cached with the readings; none is computed again."""
    visit, stocks = result("visit", STORY, at(9, 16)), result("stocks", OTHER, at(9, 17))
    assert visit.article is not None
    same_text = fingerprint(visit.article)
    marked = mark_duplicates([visit, stocks], {"visit": same_text, "stocks": same_text})
    assert [(r.status, r.duplicate_of) for r in marked] == [ORIGINAL, ("duplicate", "visit")]


def test_cached_and_computed_fingerprints_agree() -> None:
    results = [r for param in CASES for r in param.values[0]]
    prints = {r.article_id: fingerprint(r.article) for r in results if r.article is not None}
    assert mark_duplicates(results, prints) == mark_duplicates(results)


def test_a_fingerprint_packs_the_sorted_distinct_5_gram_hashes() -> None:
    words = "one two three four five six seven one two three four five"
    article: Article = factories.article("a", paragraphs=(words,))
    found = fingerprint(article)
    assert found.shingle_set() == shingles([words])
    assert len(found.shingle_set()) == 7  # "one two three four five" twice counts once
    assert list(found.sampled()) == sorted(shingles([words]))  # short texts keep them all


@pytest.mark.parametrize("common", [3, 8, COMMON])
@pytest.mark.parametrize("seed", range(10))
def test_candidate_pairs_are_those_sharing_most_of_their_rare_5_grams(
    seed: int, common: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The counting shortcut finds exactly the pairs the definition names."""
    monkeypatch.setattr(duplicates, "COMMON", common)
    chooser = random.Random(seed)
    samples = {
        f"a{i}": sorted(chooser.sample(range(40), chooser.randint(0, 12))) for i in range(60)
    }
    frequency = Counter(h for sample in samples.values() for h in sample)
    rare = {key: {h for h in sample if frequency[h] <= common} for key, sample in samples.items()}
    expected = sorted(
        (first, second)
        for first, second in combinations(sorted(samples), 2)
        if rare[first] & rare[second]
        and len(rare[first] & rare[second])
        >= CANDIDATE_SHARE * min(len(rare[first]), len(rare[second]))
    )
    assert duplicates._candidate_pairs(samples) == expected


class Memo:
    """What ``copy_memo.CopyMemo`` keeps, in memory."""

    def __init__(self) -> None:
        self.known: duplicates.KnownCopies | None = None

    def identity(self, article: Article) -> str:
        return digest(article)

    def remember(self, found: duplicates.KnownCopies) -> None:
        self.known = found


def random_results(chooser: random.Random, count: int) -> list[SeedResult]:
    """Stories of random words sharing a boilerplate line, some copied with a cut."""
    words = [f"w{i}" for i in range(40)]
    boilerplate = "follow us for more news from the region every day of the week"
    results: list[SeedResult] = []
    for number in range(count):
        if results and chooser.random() < 0.3:
            source = chooser.choice(results).article
            assert source is not None
            paragraphs = source.paragraphs[: max(1, len(source.paragraphs) - 1)]
        else:
            paragraphs = tuple(
                " ".join(chooser.choices(words, k=chooser.randint(6, 30)))
                for _ in range(chooser.randint(1, 4))
            )
        if chooser.random() < 0.5:
            paragraphs = (*paragraphs, boilerplate)
        results.append(result(f"a{number:02}", paragraphs, at(1 + number % 20, number % 24)))
    return results


@pytest.mark.parametrize("seed", range(12))
def test_adding_articles_finds_what_a_fresh_search_finds(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Comparing only the new articles (and those holding a passage they made
    boilerplate) with the rest gives the same answer as comparing every pair."""
    monkeypatch.setattr(duplicates, "COMMON", 6)
    full_searches = 0
    whole = duplicates._all_copies

    def counted(*args: Any) -> duplicates.KnownCopies:
        nonlocal full_searches
        full_searches += 1
        return whole(*args)

    looked_up = 0  # twice in one step when a 5-gram became boilerplate
    held = duplicates._held

    def watched(*args: Any) -> dict[str, set[int]]:
        nonlocal looked_up
        looked_up += 1
        return held(*args)

    chooser = random.Random(seed)
    results = random_results(chooser, 40)
    memo = Memo()
    steps = [*sorted(chooser.sample(range(1, 40), 8)), 40]
    for size in steps:
        monkeypatch.setattr(duplicates, "_all_copies", counted)
        found = mark_duplicates(results[:size], memo=memo)
        monkeypatch.setattr(duplicates, "_all_copies", whole)
        assert found == mark_duplicates(results[:size])
    assert full_searches < len(steps), full_searches  # the memo was used


def test_a_removed_article_means_comparing_everything_again() -> None:
    results = [result("original", STORY, at(9, 16)), result("copy", STORY[:3], at(9, 18))]
    memo = Memo()
    mark_duplicates(results, memo=memo)
    assert mark_duplicates(results[1:], memo=memo) == results[1:]
    assert memo.known is not None and set(memo.known.identities) == {"copy"}


def test_a_page_giving_only_its_day_is_the_copy_when_shorter_on_that_day() -> None:
    """The wire's own page at 8:14 a.m. and a syndicated copy stamped only "09 Oct": not
    known to be later, but trimmed: the copy."""
    wire_page = factories.article(
        "wire", paragraphs=STORY, published_at=at(9, 8), published_on=dt.date(2025, 10, 9)
    )
    syndicated = factories.article(
        "copy", paragraphs=STORY[:3], published_at=None, published_on=dt.date(2025, 10, 9)
    )
    for pair in ((wire_page, syndicated), (syndicated, wire_page)):
        assert duplicates._copy_and_original(*pair) == (syndicated, wire_page)
