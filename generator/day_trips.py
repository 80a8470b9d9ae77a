"""A trip of one day that is only the way to a meeting: "Witkoff's Aug. 6 trip to the
Kremlin", "he spent three hours with Putin in the Kremlin", beside "Witkoff met Putin in
the Kremlin on August 6". Some outlets report the going, others the talks; a reader sees
one event, the meeting. A visit of several days ("Li's three-day visit") is an event of
its own, and its talks another.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generator.model import DateSpan, Mention

Group = list[Mention]


def fold_day_trips(
    groups: list[Group],
    span_of: Callable[[Sequence[Mention]], DateSpan],
    stay_starts: tuple[str, ...] = (),
) -> list[Group]:
    """The groups, each one-day visit folded into the one meeting held that day at the
    same place (when the reports name one) by people who include every visitor, when
    the visitors did nothing else there and no article tells the two apart (the visit's
    mentions join the meeting)."""
    spans = [span_of(group) for group in groups]
    meetings = [i for i, group in enumerate(groups) if group[0].type == "meeting"]
    folded: dict[int, int] = {}  # visit group → meeting group
    for index, group in enumerate(groups):
        span = spans[index]
        if group[0].type != "visit" or span.precision != "day" or _arrives(group, stay_starts):
            continue
        hosts = [m for m in meetings if _held_at(groups[m], spans[m], group, span)]
        if (
            len(hosts) == 1
            and not _busy(groups, spans, index, hosts[0])
            and not _told_apart(group, groups[hosts[0]])
        ):
            folded[index] = hosts[0]
    if not folded:
        return groups
    merged = [list(group) for group in groups]
    for visit, meeting in folded.items():
        merged[meeting].extend(groups[visit])
    return [group for index, group in enumerate(merged) if index not in folded]


def _busy(groups: list[Group], spans: list[DateSpan], visit: int, meeting: int) -> bool:
    """Whether the visitors did more there within a day of it than the one meeting (the
    summit, the signing, the other talks of a trip with a programme of its own)."""
    visitors, day = _named(groups[visit], "actors"), spans[visit]
    return any(
        index not in (visit, meeting)
        and spans[index].overlaps(day, slack_days=1)
        and bool(visitors & _named(group, "actors"))
        for index, group in enumerate(groups)
    )


def _arrives(visit: Group, stay_starts: tuple[str, ...]) -> bool:
    """Whether a report tells of an arrival ("arrived in Pyongyang on Thursday for an
    official goodwill visit", ``arrivals`` in words.toml): a stay begins, which lasts
    past its first day whether or not the reports say until when."""
    if not stay_starts:
        return False
    starts = re.compile(rf"\b(?:{'|'.join(stay_starts)})", re.IGNORECASE)
    return any(starts.search(sentence) for m in visit for sentence in m.evidence)


def _told_apart(visit: Group, meeting: Group) -> bool:
    """Whether an article tells of the trip and of the meeting in sentences of their own
    ("Li arrived in Pyongyang on Thursday." … "That evening Kim met Li."): to its reader,
    two events. ("during Witkoff's visit on August 6, when he was received by Putin" is one.)"""
    for article in {m.article_id for m in visit} & {m.article_id for m in meeting}:
        went = {e for m in visit if m.article_id == article for e in m.evidence}
        met = {e for m in meeting if m.article_id == article for e in m.evidence}
        if went.isdisjoint(met):
            return True
    return False


def _held_at(meeting: Group, day: DateSpan, visit: Group, span: DateSpan) -> bool:
    if day != span:
        return False
    visitors, people = _named(visit, "actors"), _named(meeting, "actors")
    places, held = _named(visit, "places"), _named(meeting, "places")
    return bool(visitors) and visitors <= people and (not held or not places or bool(places & held))


def _named(group: Group, field: str) -> set[str]:
    return {name for mention in group for name in getattr(mention, field)}
