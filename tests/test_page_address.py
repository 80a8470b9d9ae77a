"""A page's own address and the day in its path."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.knowledge import load_knowledge
from generator.page_address import day_in_address, original_address

KNOWLEDGE = load_knowledge()


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://web.archive.org/web/20251014083211/https://www.x.com/a/",
         "https://www.x.com/a/"),
        ("https://web.archive.org/web/20251014083211id_/http://www.x.com/a/",
         "http://www.x.com/a/"),
        ("https://www-x-com.cdn.ampproject.org/c/s/www.x.com/amp/a", "https://www.x.com/amp/a"),
        ("https://www.x.com/a/", "https://www.x.com/a/"),
    ],
)
def test_an_archive_or_cache_copy_gives_the_page_address(address: str, expected: str) -> None:
    assert original_address(address, KNOWLEDGE) == expected


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://www.x.com/2025/10/10/li-visits/", dt.date(2025, 10, 10)),
        ("https://www.x.com/news/2025-09-04-talks", dt.date(2025, 9, 4)),
        ("https://web.archive.org/web/20251014083211/https://www.x.com/a/", None),
        ("https://www.x.com/2025/13/40/", None),
        ("https://www.x.com/2025/10/", None),
    ],
)
def test_the_day_in_a_path(address: str, expected: dt.date | None) -> None:
    assert day_in_address(address) == expected
