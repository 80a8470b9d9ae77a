"""Dated lists as pages lay them out: the day alone on a line (``May 11``, ``May 23-25``,
``14 August``) over the item it dates, as timelines and explainers print them.

Such a line is no prose, so the page reader would drop it and leave the item undated;
read with the item, as ``May 11: …``, it is the item's heading, which a list written on
one line ("- Oct. 10: Li lays a wreath …") already gives its sentences
(``sentences.item_headings``).
"""

from __future__ import annotations

import re
from functools import cache

from generator.date_words import alternation, date_words


@cache
def _day_line() -> re.Pattern[str]:
    words = date_words()
    month = alternation([*words.months, *words.month_abbreviations]) + r"\.?"
    days = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
    # No year: a line "14 Aug 2025" is the page's own stamp, not a list item's day.
    return re.compile(rf"(?:{month}\s+{days}|{days}\s+{month})", re.IGNORECASE)


def is_day_heading(line: str) -> bool:
    """Whether ``line`` is a day alone (``August 6``, ``May 23-25``, ``9 October``)."""
    return _day_line().fullmatch(line.strip()) is not None


def headed(heading: str, item: str) -> str:
    """The item under a day heading, written as a list item on one line."""
    return f"{heading.strip()}: {item}"
