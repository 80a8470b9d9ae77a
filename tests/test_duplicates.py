"""Copies: a few tiny articles → which ones are marked duplicates, and of what."""

from __future__ import annotations

import datetime as dt
from typing import Any

import factories
import pytest

from generator.duplicates import mark_duplicates
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
