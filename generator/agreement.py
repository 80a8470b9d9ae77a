"""Whether a mention fits an event being gathered (a ``Cluster``), and which fits best.

A firm mention joins a cluster whose type, dates, people and places agree with it
(``compatible``); a vague one ("last month", "the talks") only one it clearly refers
to (``fits_vague``, ``clear_best``). Merging (``merge``) asks these questions; the
``explain`` command asks them again to say why two mentions were kept apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from generator.clusters import SLACK_DAYS, Cluster
from generator.model import DateSpan, Mention

_TWO_DAYS = dt.timedelta(days=2)  # a vague mention longer than this is a stretch of time


def best_fit(
    mention: Mention, candidates: Sequence[Cluster], siblings: Sequence[Mention] = ()
) -> Cluster | None:
    """The compatible candidate sharing most with the mention (the earliest of equals).
    ``siblings``: every mention of the mention's article."""
    scored = [
        (_score(mention, c), -i, c)
        for i, c in enumerate(may_be_compatible(mention, candidates))
        if _compatible(mention, c, siblings)
    ]
    return max(scored, key=lambda item: item[:2])[2] if scored else None


def may_be_compatible(mention: Mention, candidates: Sequence[Cluster]) -> list[Cluster]:
    """The candidates ``_compatible`` may accept, in their order, by its quickest tests:
    a firm mention meets dozens of events near its days, most of them of other people,
    and a month's mention as many of other months or more precise. (A ceremony and a
    grouping's summit are known by more than their people, and one delegate may be the
    other side of talks: those are compared in full.)"""
    span = mention.span
    if span.precision == "month" and mention.type != "visit" and (span.end - span.start).days > 3:
        month = (span.start.year, span.start.month)
        candidates = [c for c in candidates if _in_month(c.span, month)]
    actors = frozenset(mention.actors)
    if not actors or mention.type == "ceremony":
        return list(candidates)
    if mention.type == "meeting" and (mention.occasion or len(actors) == 1):
        return list(candidates)
    return _agreeing(mention.type, actors, candidates)


def may_fit_vague(mention: Mention, candidates: Sequence[Cluster]) -> list[Cluster]:
    """The candidates ``fits_vague`` may accept, in their order, by its quickest test:
    a vague mention meets dozens of events near its days, most of them of other people.
    (A grouping's summit, known by its grouping, still shares someone with it.)"""
    actors = frozenset(mention.actors)
    if not actors or mention.type == "ceremony":
        return list(candidates)
    if mention.type == "meeting" and mention.occasion:
        return [c for c in candidates if _shares_someone(c.agreement().people, actors)]
    return _agreeing(mention.type, actors, candidates)


def _agreeing(kind: str, actors: frozenset[str], candidates: Sequence[Cluster]) -> list[Cluster]:
    """The candidates whose people may agree with these actors (see ``_participants_agree``):
    a visit's share someone with them (its hosts vary from report to report), any other
    event's agree with them (``people_agree``)."""
    if kind == "visit":
        return [c for c in candidates if _shares_someone(c.agreement().people, actors)]
    return [c for c in candidates if people_agree(actors, c.agreement().people)]


def _shares_someone(people: AbstractSet[str], actors: AbstractSet[str]) -> bool:
    """An event of no one named, or one with one of these actors."""
    return not people or not people.isdisjoint(actors)


def _in_month(span: DateSpan | None, month: tuple[int, int]) -> bool:
    """A month's span of this month: the only one a month's mention (not a visit's)
    has dates that agree with (see ``dates_agree``)."""
    return (
        span is not None
        and span.precision == "month"
        and (span.start.year, span.start.month) == month
    )


def clear_best(mention: Mention, candidates: Sequence[Cluster]) -> Cluster | None:
    """The one candidate that fits a vague mention best; none when two fit it equally
    well ("the anniversary next month" with a reception and a parade that month)."""
    scored = sorted(((_score(mention, c), c) for c in candidates), key=lambda item: -item[0])
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def _compatible(mention: Mention, cluster: Cluster, siblings: Sequence[Mention]) -> bool:
    if cluster.span is None or not types_agree(mention.type, cluster.type):
        return False
    if not dates_agree(mention.span, cluster.span, mention.type):
        return False
    return (
        _participants_agree(mention, cluster)
        and not _another_day_in_its_article(mention, cluster, siblings)
        and not _another_meeting_in_its_article(mention, cluster)
    )


def _another_day_in_its_article(
    mention: Mention, cluster: Cluster, siblings: Sequence[Mention] = ()
) -> bool:
    """The article dates this one-day event on another day: a day's slack is for outlets
    in other time zones, not for one article's two days ("talks on Monday", "a statement
    the day before"). A visit lasts days, so any of them may be named, as may each day of
    talks held over several ("last Saturday and Sunday")."""
    if mention.type == "visit" or mention.span.precision != "day":
        return False
    span = cluster.span
    if (
        span is not None
        and span.precision == "range"
        and span.start <= mention.span.start <= span.end
    ):
        return False
    days = cluster.days.get(mention.article_id)
    if days:
        return mention.span.start not in days
    return _told_on_its_day(mention, cluster, siblings)


def _told_on_its_day(mention: Mention, cluster: Cluster, siblings: Sequence[Mention]) -> bool:
    """The article tells of an event of this kind on the event's own day, one that fits
    it, though that report has not joined it yet ("flew to Ankara on Thursday and held
    talks with Erdogan", then "talks in Istanbul on Friday"): this day is another event."""
    span = cluster.span
    if span is None or span.precision != "day" or span.start == mention.span.start:
        return False
    return any(
        other.type == mention.type and other.span == span and _participants_agree(other, cluster)
        for other in siblings
    )


def _another_meeting_in_its_article(mention: Mention, cluster: Cluster) -> bool:
    """An article that tells, in sentences of their own, a meeting of some people and one
    of others the same day tells two: "Ramaphosa held bilateral talks with Modi" and "hosted
    Modi and Lula for the IBSA leaders' meeting". Reports of one meeting that name fewer of
    its people only support it, and other outlets' reports are weighed by who they name."""
    if mention.type != "meeting" or mention.supporting or len(mention.actors) < 2:
        return False
    people = set(mention.actors)
    return any(
        other.article_id == mention.article_id
        and not other.supporting
        and len(other.actors) >= 2
        and set(other.actors) != people
        for other in cluster.mentions
    )


def _participants_agree(mention: Mention, cluster: Cluster) -> bool:
    """People must agree; a ceremony is known by its place and what it is (a parade,
    a wreath-laying), since each outlet names other guests, and so is a grouping's summit
    by its grouping ("the APEC leaders' meeting"). Whatever the kind, events
    elsewhere with no one in common are two: "a DPRK delegation arrived in Beijing" is
    not Li Qiang's visit to Pyongyang."""
    places, others = set(mention.places), cluster.places
    elsewhere = bool(places and others) and places.isdisjoint(others)
    if mention.type == "ceremony":  # and the ceremony: a wreath-laying is no parade
        return not elsewhere and mention.occasion == cluster.occasion
    if mention.type == "meeting" and mention.occasion and mention.occasion == cluster.occasion:
        return not elsewhere  # a grouping's summit: each report names other leaders there
    if elsewhere and cluster.people.isdisjoint(mention.actors):
        return False
    if mention.type == "visit":  # one trip at a time: its hosts vary from report to report
        assert cluster.span is not None
        if elsewhere and not mention.span.overlaps(cluster.span):
            return False  # the next trip, elsewhere: "to Tokyo until Thursday, Hanoi Friday"
        if _next_country(mention, cluster.abroad, cluster.span):
            return False
        if elsewhere and _moves_on(mention.span, cluster.span) and not _sets_out(mention, cluster):
            return False  # "left Tokyo on Wednesday and arrived in Busan": two stops
        people, principal = set(mention.actors), cluster.people
        return not people or not principal or bool(people & principal)
    assert cluster.span is not None
    if elsewhere and mention.span != cluster.span:
        return False  # a day's slack is for time zones, not for a meeting in another city
    return people_agree(set(mention.actors), cluster.people) or _other_side_of_talks(
        mention, cluster
    )


def _other_side_of_talks(mention: Mention, cluster: Cluster) -> bool:
    """Talks each report knows by one delegate, at the same place on the same day: "Hamas's
    team led by al-Hayya" and "Israel's team led by Dermer" in Sharm el-Sheikh on Monday
    are one round of talks, not two meetings of one person each."""
    if mention.type != "meeting" or len(mention.actors) != 1 or len(cluster.people) != 1:
        return False
    return mention.span == cluster.span and not cluster.places.isdisjoint(mention.places)


def _next_country(mention: Mention, abroad: AbstractSet[str], trip: DateSpan) -> bool:
    """A visit to another country that shares only the trip's first or last day is the
    next trip: "arrived in Tianjin on Saturday evening" after a visit to Japan that ended
    that Saturday. (Setting out from home shares the first day of the trip abroad.)"""
    if not mention.abroad or not abroad or not abroad.isdisjoint(mention.abroad):
        return False
    span = mention.span
    return trip.end > trip.start and (span.start >= trip.end or span.end <= trip.start)


def _sets_out(mention: Mention, cluster: Cluster) -> bool:
    """Whether the earlier of the two is the traveller leaving home (no country abroad)
    for the later one abroad: "left Pyongyang by train on Sept 1" and "arrived in Beijing
    on Sept 2" are one trip, not two stops."""
    assert cluster.span is not None
    first = (mention.span.start, mention.span.end) < (cluster.span.start, cluster.span.end)
    earlier, later = (mention.abroad, cluster.abroad) if first else (cluster.abroad, mention.abroad)
    return not earlier and bool(later)


def _moves_on(one: DateSpan, other: DateSpan) -> bool:
    """Whether two stays elsewhere meet only on the day a traveller moves from one to the
    next: the earlier lasts days and ends the day the later begins ("in Tokyo Oct 27–29",
    "arrives in Busan on Oct 29"). (A single day elsewhere on a visit's first day may be
    its own: an arrival in Busan for a state visit staged in Gyeongju.)"""
    earlier, later = sorted((one, other), key=lambda span: (span.start, span.end))
    return earlier.end > earlier.start and earlier.end == later.start


def fits_vague(mention: Mention, cluster: Cluster, siblings: Sequence[Mention] = ()) -> bool:
    """A vague mention fits an event inside its stretch of time, of its kind, with its people.

    The people are compared first: most events near in time involve others."""
    if cluster.span is None or not types_agree(mention.type, cluster.type):
        return False
    others = cluster.people
    strangers = bool(mention.actors and others) and others.isdisjoint(mention.actors)
    if strangers and mention.type != "ceremony":
        return False
    if mention.span.precision == "month" or mention.span.end - mention.span.start > _TWO_DAYS:
        inside = mention.span.start <= cluster.span.start <= mention.span.end
    elif cluster.span.precision == "month":
        inside = cluster.span.start <= mention.span.start <= cluster.span.end
    else:
        inside = dates_agree(mention.span, cluster.span, mention.type)
    return (
        inside
        and _participants_agree(mention, cluster)
        and not _another_day_in_its_article(mention, cluster, siblings)
    )


def types_agree(first: str, second: str) -> bool:
    return first == second


def dates_agree(span: DateSpan, event: DateSpan, kind: str) -> bool:
    """Days within a day of each other; a visit's day inside the visit; ranges overlapping."""
    if span.precision == "day" and event.precision == "day":
        return abs((span.start - event.start).days) <= SLACK_DAYS
    if span.precision == "month" and event.precision == "month":
        return (span.start.year, span.start.month) == (event.start.year, event.start.month)
    if kind == "visit":
        return span.overlaps(event, SLACK_DAYS)
    if span.precision == "range" and event.precision == "range":
        return span.overlaps(event)
    return (
        span.overlaps(event)
        and (span.end - span.start).days <= 3
        and (event.end - event.start).days <= 3
    )


def people_agree(people: AbstractSet[str], others: AbstractSet[str]) -> bool:
    """Share a principal person and have no conflicting counterpart (Li–Choe is not Li–Kim)."""
    if not people or not others:
        return True
    if not people & others:
        return False
    return people <= others or others <= people or len(people & others) >= 2


def _score(mention: Mention, cluster: Cluster) -> float:
    assert cluster.span is not None
    shared_people = len(set(mention.actors) & cluster.people)
    shared_places = len(set(mention.places) & cluster.places)
    same_days = (
        1.0
        if (mention.span.start, mention.span.end) == (cluster.span.start, cluster.span.end)
        else 0.0
    )
    # Of two events that share the mention's people, the one with fewer others: Putin
    # receiving Choe is not the Lavrov-Choe talks that a report put in the same sentence.
    strangers = len(cluster.people - set(mention.actors)) if mention.actors else 0
    return 2.0 * shared_people + shared_places + same_days - 0.5 * strangers
