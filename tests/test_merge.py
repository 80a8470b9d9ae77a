"""Merging mentions: one event per happening, kept apart when people or dates differ."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import merge
from generator.merge import Cluster, best_span, merge_mentions
from generator.merge_memo import MergeMemo
from generator.model import DateSpan, Mention

D = dt.date


def mention(
    article: str,
    start: dt.date,
    kind: str = "meeting",
    actors: tuple[str, ...] = ("Li Qiang", "Choe Son Hui"),
    end: dt.date | None = None,
    precision: str = "day",
    places: tuple[str, ...] = ("Beijing",),
    **flags: bool,
) -> Mention:
    span = DateSpan(start, end or start, precision)  # type: ignore[arg-type]
    return Mention(
        article,
        None,
        (f"{article} {kind} {start}",),
        "",
        span,
        kind,  # type: ignore[arg-type]
        actors,
        places,
        **flags,
    )


def groups(*mentions: Mention) -> list[set[str]]:
    return [{m.article_id for m in group} for group in merge_mentions(mentions)]


def test_five_outlets_one_event() -> None:
    assert groups(*(mention(a, D(2025, 9, 29)) for a in "abcde")) == [set("abcde")]


def test_a_day_apart_across_time_zones_is_the_same_event() -> None:
    assert groups(mention("a", D(2025, 9, 29)), mention("b", D(2025, 9, 30))) == [{"a", "b"}]


def test_a_different_counterpart_is_another_meeting() -> None:
    found = groups(
        mention("a", D(2025, 10, 9), actors=("Li Qiang", "Kim Jong Un")),
        mention("b", D(2025, 10, 9), actors=("Li Qiang", "Choe Son Hui")),
    )
    assert sorted(map(sorted, found)) == [["a"], ["b"]]


def test_different_types_stay_apart() -> None:
    assert (
        len(groups(mention("a", D(2025, 9, 29)), mention("b", D(2025, 9, 29), kind="statement")))
        == 2
    )


def test_a_vague_mention_joins_the_precise_event() -> None:
    vague = mention("v", D(2025, 9, 1), end=D(2025, 9, 30), precision="month", vague=True)
    assert groups(mention("a", D(2025, 9, 29)), vague) == [{"a", "v"}]


def test_a_vague_mention_that_fits_nothing_founds_no_day_event() -> None:
    borrowed = mention("b", D(2025, 9, 29), supporting=True)
    assert groups(borrowed) == []


def test_with_nothing_precise_a_month_mention_makes_a_month_event() -> None:
    vague = mention(
        "v", D(2025, 10, 1), end=D(2025, 10, 31), precision="month", kind="ceremony", vague=True
    )
    assert groups(vague) == [{"v"}]


def test_arrival_and_departure_days_join_the_visit() -> None:
    visit = mention(
        "a",
        D(2025, 10, 9),
        end=D(2025, 10, 11),
        precision="range",
        kind="visit",
        actors=("Li Qiang",),
    )
    arrival = mention("b", D(2025, 10, 9), kind="visit", actors=("Li Qiang",))
    departure = mention("c", D(2025, 10, 11), kind="visit", actors=("Li Qiang",))
    assert groups(departure, arrival, visit) == [{"a", "b", "c"}]


def test_visits_elsewhere_with_no_one_in_common_are_two() -> None:
    li = ("Li Qiang",)
    visit = mention("a", D(2025, 10, 9), "visit", li, D(2025, 10, 11), "range", ("Pyongyang",))
    delegation = mention("b", D(2025, 10, 8), kind="visit", actors=())  # arrived in Beijing
    home = mention("c", D(2025, 10, 11), kind="visit", actors=li)  # Li flew back to Beijing
    nowhere = mention("d", D(2025, 10, 10), kind="visit", actors=(), places=())  # "arrived"
    assert sorted(map(sorted, groups(visit, delegation, home, nowhere))) == [
        ["a", "c", "d"],
        ["b"],
    ]


def test_talks_during_a_visit_stay_their_own_event() -> None:
    visit = mention(
        "a",
        D(2025, 10, 9),
        end=D(2025, 10, 11),
        precision="range",
        kind="visit",
        actors=("Li Qiang",),
    )
    talks = mention("b", D(2025, 10, 9), actors=("Li Qiang", "Kim Jong Un"))
    assert len(groups(visit, talks)) == 2


def test_order_of_input_does_not_change_the_result() -> None:
    items = [mention(a, D(2025, 9, 29 if a < "c" else 28)) for a in "abcd"]
    assert groups(*items) == groups(*reversed(items))


def test_a_vague_mention_joins_the_event_of_its_people() -> None:
    theirs = mention("t", D(2025, 9, 10), actors=("Wang Yi", "Pak Thae Song"))
    ours = mention("o", D(2025, 9, 20))
    vague = mention("v", D(2025, 9, 1), end=D(2025, 9, 30), precision="month", vague=True)
    assert sorted(map(sorted, groups(theirs, ours, vague))) == [["o", "v"], ["t"]]


def test_the_day_most_sources_give_is_the_event_day() -> None:
    (group,) = merge_mentions(
        [mention("a", D(2025, 9, 29)), mention("b", D(2025, 9, 30)), mention("c", D(2025, 9, 30))]
    )
    assert best_span(group) == DateSpan(D(2025, 9, 30), D(2025, 9, 30), "day")


def test_a_cluster_keeps_the_span_a_recount_gives() -> None:
    """The span is tallied as mentions join; it is the one counting them all again gives."""
    arrivals = [
        mention("a", D(2025, 10, 1), end=D(2025, 10, 31), precision="month", vague=True),
        mention("b", D(2025, 10, 9), kind="meeting", supporting=True),
        mention("c", D(2025, 10, 10)),
        mention("d", D(2025, 10, 9)),
        mention("e", D(2025, 10, 9)),
    ]
    cluster = Cluster()
    for arrival in arrivals:
        cluster.add(arrival)
        assert cluster.span == best_span(cluster.mentions)
    assert cluster.span == DateSpan(D(2025, 10, 9), D(2025, 10, 9), "day")


ACTORS = st.sampled_from([("Li Qiang", "Choe Son Hui"), ("Xi Jinping", "Kim Jong Un"), ()])
SPANS = st.builds(
    lambda day, length, precision: (D(2025, 9, 1) + dt.timedelta(days=day), length, precision),
    st.integers(0, 60),
    st.integers(0, 4),
    st.sampled_from(["day", "day", "range", "month"]),
)


@st.composite
def mention_lists(draw: st.DrawFn) -> list[Mention]:
    mentions = []
    for number in range(draw(st.integers(1, 30))):
        start, length, precision = draw(SPANS)
        end = start + dt.timedelta(days=length if precision == "range" else 0)
        mentions.append(
            mention(
                f"a{number % 7}",
                start,
                kind=draw(st.sampled_from(["meeting", "visit", "ceremony"])),
                actors=draw(ACTORS),
                end=end,
                precision=precision,
                vague=draw(st.booleans()),
                supporting=draw(st.integers(0, 4)) == 0,
            )
        )
    return mentions


@settings(max_examples=300, deadline=None)
@given(mention_lists())
def test_merging_block_by_block_groups_as_one_pass_over_all(mentions: list[Mention]) -> None:
    ordered = sorted(mentions, key=merge._order)
    one_pass = [[ordered[i] for i in group] for group in merge._merge_block(ordered)]
    assert merge_mentions(mentions) == one_pass


class Memo:
    def __init__(self) -> None:
        self.blocks: dict[tuple[Mention, ...], list[list[int]]] = {}

    def get(self, block: list[Mention]) -> list[list[int]] | None:
        return self.blocks.get(tuple(block))

    def put(self, block: list[Mention], groups: list[list[int]]) -> None:
        self.blocks[tuple(block)] = groups


def test_a_block_merged_before_is_taken_from_the_memo(tmp_path: Path) -> None:
    september = [mention("a", D(2025, 9, 2)), mention("b", D(2025, 9, 3))]
    october = [mention("c", D(2025, 10, 9)), mention("d", D(2025, 10, 9), actors=("Kim",))]
    memo = Memo()
    first = merge_mentions(september + october, memo)
    assert len(memo.blocks) == 2
    memo.blocks[tuple(september)] = [[0], [1]]  # as if an earlier build had split them
    assert merge_mentions(september + october, memo) != first
    assert [{m.article_id for m in g} for g in merge_mentions(september, memo)] == [{"a"}, {"b"}]

    stored = MergeMemo(tmp_path)
    merge_mentions(september + october, stored)
    stored.save()
    again = MergeMemo(tmp_path)
    assert again.get(september) == [[0, 1]]
    assert again.get(september[:1]) is None
    assert MergeMemo(tmp_path, enabled=False).get(september) is None


def test_one_articles_other_day_is_another_event_not_a_time_zone_apart() -> None:
    monday = mention("a", D(2025, 9, 29))
    sunday = mention("a", D(2025, 9, 28), supporting=True)
    elsewhere = mention("b", D(2025, 9, 28), supporting=True)
    assert groups(monday, sunday, elsewhere) == [{"a", "b"}]
    assert [len(group) for group in merge_mentions([monday, sunday, elsewhere])] == [2]
