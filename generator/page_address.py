"""A page's own web address: a copy's address unwrapped, and the day its path may hold.

An archive or cache serves a page under its own address (``[addresses] copies`` in
``furniture.toml``); the page's own address follows it. Many sites put the day of
publication in the path (``/2025/10/10/``): a page that prints no date is dated by it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from generator.knowledge import Knowledge

# ``/2025/10/10/`` or ``/2025-10-10``: a year, a month and a day, each its own part.
_DAY_IN_PATH = re.compile(r"/(20\d\d)([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=[/.?#-]|$)")


def original_address(address: str | None, knowledge: Knowledge) -> str | None:
    """The page's own address inside an archive's or a cache's address for its copy."""
    if not address:
        return address
    match = _copy_prefix(tuple(_copies(knowledge))).match(address)
    if match is None:
        return address
    rest = address[match.end() :]
    return rest if rest.startswith(("http://", "https://")) else f"https://{rest}"


def day_in_address(address: str | None) -> dt.date | None:
    """The day a page's path holds, if a real one (``/2025/10/10/``)."""
    match = _DAY_IN_PATH.search(address) if address else None
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[3]), int(match[4]))
    except ValueError:
        return None


def _copies(knowledge: Knowledge) -> list[str]:
    return list(knowledge.words.get("addresses", {}).get("copies", []))


@cache
def _copy_prefix(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)
