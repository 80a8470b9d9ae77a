"""A dated list's day alone on a line heads the item under it."""

from __future__ import annotations

import pytest

from generator.list_days import headed, is_day_heading


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("May 11", True),
        ("May 23-25", True),
        ("Aug. 6", True),
        ("9 October", True),
        ("14 Aug 2025", False),  # with a year: the page's own stamp
        ("May 11 In a late-night address", False),
        ("Mayday 11", False),
    ],
)
def test_a_day_alone_on_its_line(line: str, expected: bool) -> None:
    assert is_day_heading(line) is expected


def test_the_item_is_read_as_a_list_item_with_its_heading() -> None:
    assert headed("June 2 ", "The second round is held.") == "June 2: The second round is held."
