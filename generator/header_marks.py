"""Lines around a headline that are neither headline nor byline, and a headline's signature.

A web clipper labels the standfirst ("Excerpt"); a page prints its age beside the byline
("Park Seo-yeon · 3 hours ago"); a saved page's headline may keep the site's name
("Headline | The Korea Herald"), or its kind before it ("Explainer | Headline"). The
words are ``[header]`` in ``furniture.toml``.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from generator.knowledge import Knowledge

# The breaks a site puts between a headline and its own name.
_SIGNATURE_BREAK = re.compile(r"\s[|–—-]\s(?=[^|–—-]{2,60}$)")


class HeaderMarks:
    """The ``[header]`` words of one knowledge table, compiled once."""

    def __init__(self, words: dict[str, Any]) -> None:
        self._words = words.get("header", {})

    @cached_property
    def _labels(self) -> frozenset[str]:
        return frozenset(label.casefold() for label in self._words.get("standfirst_labels", []))

    @cached_property
    def _age(self) -> re.Pattern[str]:
        ages = "|".join(f"(?:{age})" for age in self._words.get("ages", [])) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{ages})(?!\w)", re.IGNORECASE)

    def is_standfirst_label(self, line: str) -> bool:
        """``Excerpt``, ``## Excerpt``, ``Summary:``: a label over the standfirst."""
        return line.strip().strip("#*_:> ").casefold() in self._labels

    def states_age(self, line: str) -> bool:
        """``3 hours ago``: the line gives the page's age, as a byline's line does."""
        return self._age.search(line) is not None


def without_signature(title: str, knowledge: Knowledge) -> str:
    """``Headline | The Korea Herald`` → ``Headline``: a known outlet's name after a break."""
    match = _SIGNATURE_BREAK.search(title)
    if match is None or knowledge.outlet_named(title[match.end() :].strip()) is None:
        return title
    return title[: match.start()].strip()


# A story's kind printed before its headline: ``Explainer | What did …``, ``Opinion | …``.
_KIND_LABEL = re.compile(r"^\s*[\w'-]+(?: [\w'-]+)?\s\|\s(?=(?:\S+\s+){3}\S)(?!.*\|)")


def without_kind_label(title: str) -> str:
    """``Explainer | What did Xi and Trump agree?`` → ``What did Xi and Trump agree?``:
    a word or two before a bar, then a headline of four words or more."""
    match = _KIND_LABEL.match(title)
    return title if match is None else title[match.end() :].strip()


def titled_line(
    page_title: str | None, header: tuple[str, ...], knowledge: Knowledge
) -> str | None:
    """The header line the page's ``<title>`` repeats (without the site's name): its
    headline, whatever lines stand around it (Reader View's domain and reading time)."""
    if page_title is None:
        return None
    title = without_signature(page_title, knowledge)
    return title if any(line.strip() == title for line in header) else None


_MARKS: dict[int, HeaderMarks] = {}


def header_marks(knowledge: Knowledge) -> HeaderMarks:
    """One compiled set per knowledge table."""
    key = id(knowledge.words)
    if key not in _MARKS:
        _MARKS.clear()
        _MARKS[key] = HeaderMarks(knowledge.words)
    return _MARKS[key]
