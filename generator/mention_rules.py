"""Article-level corrections of an article's mentions, applied once all are read.

- A visit reported on one day ("will travel on Thursday") that the article elsewhere
  calls "the three-day visit" lasts three days.
- A ministry statement about a visit still to come is that visit's announcement.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from generator.date_words import number_value
from generator.model import Article, DateSpan, Mention

_DURATION = re.compile(
    r"\b(\w+)-day (?:official |state |goodwill )*(?:visit|trip|stay|tour)\b", re.I
)
_VISIT_WORDS = re.compile(r"\b(?:visit|trip|travel|tour)\w*\b", re.I)


def refine_mentions(mentions: list[Mention], article: Article) -> list[Mention]:
    mentions = _stretch_visits(mentions, article)
    return _statements_announcing(mentions)


def _stretch_visits(mentions: list[Mention], article: Article) -> list[Mention]:
    days = _stated_duration(article)
    visits = [m for m in mentions if m.type == "visit" and not m.vague and not m.supporting]
    if days is None or not visits or any(m.span.precision == "range" for m in visits):
        return mentions
    first = min(visits, key=lambda m: m.span.start)
    end = first.span.start + dt.timedelta(days=days - 1)
    stretched = replace(first, span=DateSpan(first.span.start, end, "range"))
    return [stretched if m is first else m for m in mentions]


def _stated_duration(article: Article) -> int | None:
    for paragraph in article.paragraphs:
        if "-day" not in paragraph.lower():
            continue  # no "three-day visit" here, and the regex is slow to say so
        match = _DURATION.search(paragraph)
        if match is not None:
            try:
                days = number_value(match.group(1))
            except (KeyError, ValueError):
                continue
            if 1 < days <= 31:
                return days
    return None


def _statements_announcing(mentions: list[Mention]) -> list[Mention]:
    planned = [m for m in mentions if m.type == "visit" and m.planned]
    refined = []
    for mention in mentions:
        if mention.type == "statement" and _VISIT_WORDS.search(mention.evidence[0]):
            later = [v for v in planned if v.span.start > mention.span.start]
            if later:
                mention = replace(mention, type="announcement", actors=later[0].actors)
        refined.append(mention)
    return refined
