"""Merging mentions: one event per happening, kept apart when people or dates differ."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import agreement, merge, merge_memo, titles
from generator.digests import digest
from generator.knowledge import load_knowledge
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


def test_talks_known_by_one_delegate_each_are_one_round_of_talks() -> None:
    """Hamas's negotiator in one report, Israel's in another: the same talks, that day,
    there; elsewhere or another day they stay apart."""
    monday, sharm = D(2025, 10, 6), ("Sharm el-Sheikh",)
    found = groups(
        mention("a", monday, actors=("Khalil al-Hayya",), places=sharm),
        mention("b", monday, actors=("Ron Dermer",), places=sharm),
        mention("c", monday, actors=("Hassan Rashad",), places=("Cairo",)),
        mention("d", D(2025, 10, 7), actors=("Steve Witkoff",), places=sharm),
    )
    assert sorted(map(sorted, found)) == [["a", "b"], ["c"], ["d"]]


def test_a_report_joins_the_event_with_just_its_people() -> None:
    """A sentence naming both meetings of the day ("talks with Lavrov and then received
    by Putin") does not draw the next report of Putin's meeting into Lavrov's talks."""
    choe, lavrov, putin = "Choe Son Hui", "Sergei Lavrov", "Vladimir Putin"
    day = D(2025, 10, 27)
    found = groups(
        mention("a", day, actors=(choe, lavrov), places=("Moscow",)),
        mention("b", day, actors=(putin, choe), places=("Moscow",)),
        mention("c", day, actors=(choe, lavrov, putin), places=("Moscow",)),
        mention("d", day, actors=(choe, putin), places=("Moscow",)),
    )
    assert sorted(map(sorted, found)) == [["a", "c"], ["b", "d"]]


def test_one_articles_bilateral_and_three_way_meeting_of_the_day_are_two() -> None:
    """ "Ramaphosa held talks with Modi" and "hosted Modi and Lula for the IBSA meeting"
    in one article are two meetings; another outlet's report joins the one it names."""
    pair = ("Cyril Ramaphosa", "Narendra Modi")
    three = (*pair, "Luiz Inacio Lula da Silva")
    day, jnb = D(2025, 11, 23), ("Johannesburg",)
    found = groups(
        mention("a", day, actors=three, places=jnb),
        replace(mention("a", day, actors=pair, places=jnb), evidence=("a: bilateral",)),
        mention("b", day, actors=pair, places=jnb),
        mention("c", day, actors=three, places=jnb),
    )
    assert sorted(map(sorted, found)) == [["a", "b"], ["a", "c"]]


def test_the_next_trip_elsewhere_is_another_visit() -> None:
    """In Tokyo until Thursday, in Hanoi on Friday: a day apart, but two trips."""
    visitor = ("Luiz Inacio Lula da Silva",)
    tokyo = mention("a", D(2025, 3, 24), "visit", visitor, D(2025, 3, 27), "range", ("Tokyo",))
    hanoi = mention("a", D(2025, 3, 28), "visit", visitor, places=("Hanoi",))
    later = mention("b", D(2025, 3, 27), "visit", visitor, places=("Tokyo",))
    assert sorted(map(sorted, groups(tokyo, hanoi, later))) == [["a"], ["a", "b"]]


def test_the_next_country_begun_on_the_last_day_of_a_trip_is_another_visit() -> None:
    """Japan on Aug. 29-30, then Tianjin from the evening of the 30th: two trips; but
    setting out from home on the first day of a trip abroad is part of it."""
    modi = ("Narendra Modi",)
    japan = mention("a", D(2025, 8, 29), "visit", modi, D(2025, 8, 30), "range", ("Tokyo",))
    japan = replace(japan, abroad=("Japan",))
    china = replace(mention("b", D(2025, 8, 30), "visit", modi, places=("Tianjin",)),
                    abroad=("China",))  # fmt: skip
    assert sorted(map(sorted, groups(japan, china))) == [["a"], ["b"]]
    # A report of the whole tour does not make the visit to Japan one to China.
    tour = replace(mention("e", D(2025, 8, 29), "visit", modi, places=("Tianjin",)),
                   abroad=("China", "Japan"))  # fmt: skip
    assert sorted(map(sorted, groups(japan, tour, china))) == [["a", "e"], ["b"]]
    kim = ("Kim Jong Un",)
    train = mention("c", D(2025, 9, 1), "visit", kim, D(2025, 9, 2), "range", ("Pyongyang",))
    beijing = replace(mention("d", D(2025, 9, 2), "visit", kim), abroad=("China",))
    assert groups(train, beijing) == [{"c", "d"}]


def test_the_next_stop_on_the_day_the_traveller_moves_on_is_another_visit() -> None:
    """In Tokyo from Monday to Wednesday, in Busan from Wednesday: two stops."""
    visitor = ("Donald Trump",)
    tokyo = mention("a", D(2025, 10, 27), "visit", visitor, D(2025, 10, 29), "range", ("Tokyo",))
    busan = mention("b", D(2025, 10, 29), "visit", visitor, D(2025, 10, 30), "range", ("Busan",))
    arrival = mention("c", D(2025, 10, 29), "visit", visitor, places=("Busan",))
    assert sorted(map(sorted, groups(tokyo, busan, arrival))) == [["a"], ["b", "c"]]
    assert sorted(map(sorted, groups(tokyo, arrival))) == [["a"], ["c"]]


def test_an_arrival_on_the_first_day_of_a_visit_elsewhere_in_the_country_joins_it() -> None:
    visitor = ("Xi Jinping",)
    busan = mention("a", D(2025, 10, 30), "visit", visitor, places=("Busan",))
    stay = mention("b", D(2025, 10, 30), "visit", visitor, D(2025, 11, 1), "range", ("Gyeongju",))
    assert groups(busan, stay) == [{"a", "b"}]


def test_a_meeting_a_day_later_in_another_city_is_another_meeting() -> None:
    trump = ("Donald Trump",)
    lula = mention("a", D(2025, 10, 26), actors=(*trump, "Lula"), places=("Kuala Lumpur",))
    emperor = mention("b", D(2025, 10, 27), actors=trump, places=("Tokyo",))
    assert sorted(map(sorted, groups(lula, emperor))) == [["a"], ["b"]]


def test_a_plan_joins_the_event_as_it_happened() -> None:
    """ "flies to Tokyo on Monday to meet Takaichi"; they met on Tuesday."""
    pair = ("Donald Trump", "Sanae Takaichi")
    plan = mention("a", D(2025, 10, 27), actors=pair, places=(), planned=True)
    held = mention("b", D(2025, 10, 28), actors=pair, places=("Tokyo",))
    also = mention("c", D(2025, 10, 28), actors=pair, places=("Tokyo",))
    assert groups(plan, held, also) == [{"a", "b", "c"}]
    (group,) = merge_mentions([plan, held, also])
    assert best_span(group).start == D(2025, 10, 28)


@pytest.mark.parametrize(("arrivals", "start"), [(1, 30), (2, 30), (0, 31)])
def test_a_reported_arrival_starts_a_visit_announced_for_the_day_after(
    arrivals: int, start: int
) -> None:
    """ "will visit Tianjin from August 31 to September 1"; "arrived on Saturday evening"."""
    visit = {"kind": "visit", "actors": ("Narendra Modi",), "places": ("Tianjin",)}
    plan = mention("a", D(2025, 8, 31), end=D(2025, 9, 1), precision="range", planned=True, **visit)
    arrived = [mention(f"r{n}", D(2025, 8, 30), **visit) for n in range(arrivals)]
    assert best_span([plan, *arrived]) == DateSpan(D(2025, 8, start), D(2025, 9, 1), "range")
    reported = replace(plan, planned=False)  # a range reported as it happened stands
    assert best_span([reported, *arrived]).start == D(2025, 8, 31)


def test_a_range_two_reports_give_dates_a_summit_others_date_by_its_first_day() -> None:
    summit = {"actors": ("Lee Jae-myung", "APEC"), "places": ()}
    days = [mention(f"d{n}", D(2025, 10, 31), **summit) for n in range(3)]
    ranges = [
        mention(f"r{n}", D(2025, 10, 31), end=D(2025, 11, 1), precision="range", **summit)
        for n in range(2)
    ]
    assert best_span([*days, *ranges]) == DateSpan(D(2025, 10, 31), D(2025, 11, 1), "range")
    assert best_span([*days, *ranges[:1]]) == DateSpan(D(2025, 10, 31), D(2025, 10, 31), "day")


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


def test_a_month_mention_fitting_two_events_equally_joins_none_and_founds_none() -> None:
    def ceremony(article: str, day: int) -> Mention:
        return mention(article, D(2025, 10, day), kind="ceremony", actors=(), places=("Pyongyang",))

    vague = mention(
        "v", D(2025, 10, 1), end=D(2025, 10, 31), precision="month", kind="ceremony",
        actors=("Choe Son Hui",), places=("Pyongyang",), vague=True,
    )
    assert groups(ceremony("a", 1), ceremony("b", 10), vague) == [{"a"}, {"b"}]
    assert groups(ceremony("a", 1), vague) == [{"a", "v"}]


def test_a_wreath_laying_and_a_parade_the_same_day_are_two_ceremonies() -> None:
    def ceremony(article: str, occasion: str = "") -> Mention:
        found = mention(article, D(2025, 10, 10), kind="ceremony", places=("Pyongyang",))
        return replace(found, occasion=occasion)

    wreath, parade, celebrations = ceremony("w", "Wreath-laying"), ceremony("p"), ceremony("c")
    assert sorted(groups(wreath, parade, celebrations), key=len) == [{"w"}, {"p", "c"}]
    assert groups(wreath, ceremony("w2", "Wreath-laying")) == [{"w", "w2"}]


def test_a_groupings_summit_is_one_whoever_each_report_names_there() -> None:
    def summit(article: str, *actors: str) -> Mention:
        found = mention(article, D(2025, 10, 31), actors=(*actors, "APEC"), places=())
        return replace(found, occasion="APEC")

    lee, xi = summit("a", "Lee Jae-myung"), summit("b", "Xi Jinping")
    talks = mention("c", D(2025, 10, 31), actors=("Xi Jinping", "Sanae Takaichi"), places=())
    assert sorted(groups(lee, xi, talks), key=len) == [{"c"}, {"a", "b"}]


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        ("Li laid a wreath at the Friendship Tower on Friday.", "Wreath-laying"),
        ("Li watched a military parade on Friday night.", ""),  # may be the "celebrations"
        ("Li attended celebrations marking the anniversary.", ""),
    ],
)
def test_a_ceremony_that_is_an_act_of_its_own_is_named_by_the_words_table(
    text: str, occasion: str
) -> None:
    assert titles.occasion(text, load_knowledge()) == occasion


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
    # Li flew back to Beijing (the reader keeps no home city: participants.visit_places)
    home = mention("c", D(2025, 10, 11), kind="visit", actors=li, places=())
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


class TraceMemo:
    """Keeps the last merge's trace in memory, as ``MergeMemo`` keeps it on disk."""

    def __init__(self) -> None:
        self.trace: merge.Trace | None = None

    def digest(self, mention: Mention) -> str:
        return digest(mention)

    def last_trace(self) -> merge.Trace | None:
        return self.trace

    def keep_trace(self, trace: merge.Trace) -> None:
        self.trace = trace


@settings(max_examples=300, deadline=None)
@given(mention_lists(), mention_lists(), mention_lists(), st.data())
def test_a_merge_that_replays_the_last_one_groups_as_a_fresh_merge(
    first: list[Mention], added: list[Mention], later: list[Mention], data: st.DataObject
) -> None:
    memo = TraceMemo()
    assert merge_mentions(first, memo) == merge_mentions(first)
    kept = [m for m in first if data.draw(st.integers(0, 3), label="drop?") > 0]
    second = kept + added
    assert merge_mentions(second, memo) == merge_mentions(second)
    third = [m for m in second if data.draw(st.integers(0, 5), label="drop?") > 0] + later
    assert merge_mentions(third, memo) == merge_mentions(third)
    assert merge_mentions(third, memo) == merge_mentions(third)  # replayed whole


def test_a_replay_sees_the_month_event_a_vague_mention_left() -> None:
    """Last time Xi's month mention fit no day event and joined October's month event,
    which then kept Li out; now a day event takes it in the vague pass, so the month
    event, without Xi, lets Li join it."""
    months = [
        mention("a", D(2025, 10, 3), kind="visit", actors=(), precision="month"),
        mention("b", D(2025, 10, 17), kind="visit", actors=("Xi Jinping",), precision="month"),
        mention("c", D(2025, 10, 22), kind="visit", precision="month"),
    ]
    memo = TraceMemo()
    assert merge_mentions(months, memo) == merge_mentions(months)
    grown = [*months, mention("d", D(2025, 10, 17), kind="visit", actors=())]
    assert merge_mentions(grown, memo) == merge_mentions(grown)
    assert sorted(map(sorted, groups(*grown))) == [["a", "c"], ["b", "d"]]


def test_a_merge_replays_what_nothing_near_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    worked_out: list[str] = []
    best = merge.best_fit

    def counted(mention: Mention, *args: Any, **kwargs: Any) -> Cluster | None:
        worked_out.append(mention.article_id)
        return best(mention, *args, **kwargs)

    monkeypatch.setattr(merge, "best_fit", counted)
    september = [mention(a, D(2025, 9, 2)) for a in "abc"]
    october = [mention(a, D(2025, 10, 9), actors=("Kim Jong Un",)) for a in "de"]
    memo = TraceMemo()
    merge_mentions(september + october, memo)
    assert sorted(worked_out) == list("abcde")
    worked_out.clear()
    assert len(merge_mentions(september + october, memo)) == 2
    assert worked_out == []  # nothing changed: every decision replayed
    grown = merge_mentions([*september, mention("f", D(2025, 10, 10)), *october], memo)
    assert worked_out == ["f"]  # Li's meeting in October: Kim's is not near enough to matter
    assert [len(group) for group in grown] == [3, 2, 1]
    worked_out.clear()
    merge_mentions([*september[1:], mention("f", D(2025, 10, 10)), *october], memo)
    assert worked_out == ["b", "c"]  # a is gone: the meeting it founded is worked out again


def test_the_trace_is_kept_with_the_events_and_dropped_with_new_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    september = [mention("a", D(2025, 9, 2)), mention("b", D(2025, 9, 3))]
    memo = MergeMemo(tmp_path)
    merge_mentions(september, memo)
    memo.save()
    again = MergeMemo(tmp_path)
    trace = again.last_trace()
    assert trace is not None and len(trace.steps) == 2
    assert len(set(trace.bounds)) == 1  # one cluster
    assert MergeMemo(tmp_path, enabled=False).last_trace() is None
    monkeypatch.setattr(merge_memo, "code_version", lambda: "other code")
    assert MergeMemo(tmp_path).last_trace() is None


def test_one_articles_other_day_is_another_event_not_a_time_zone_apart() -> None:
    monday = mention("a", D(2025, 9, 29))
    sunday = mention("a", D(2025, 9, 28), supporting=True)
    elsewhere = mention("b", D(2025, 9, 28), supporting=True)
    assert groups(monday, sunday, elsewhere) == [{"a", "b"}]
    assert [len(group) for group in merge_mentions([monday, sunday, elsewhere])] == [2]


def test_talks_the_day_after_a_meeting_its_article_also_tells_are_other_talks() -> None:
    """ "flew to Ankara on Thursday and held talks with Erdogan" (the trip's sentence: its
    talks only support) and "talks in Istanbul on Friday": the Friday talks do not join
    the Thursday meeting across a day's slack, as the article tells the two days apart."""
    people, place = ("Recep Tayyip Erdogan", "Volodymyr Zelensky"), ("Ankara",)
    thursday = mention("b", D(2025, 5, 15), actors=people, places=place)
    aside = mention("a", D(2025, 5, 15), actors=people, places=place, supporting=True)
    friday = mention("a", D(2025, 5, 16), actors=(), places=())
    merged = merge_mentions([thursday, aside, friday])
    assert [[m.span.start.day for m in group] for group in merged] == [[15, 15], [16]]


def test_each_day_of_talks_held_over_two_days_is_that_event() -> None:
    """ "led the talks last Saturday and Sunday": both days join the two days of talks."""
    talks = [
        mention(a, D(2025, 10, 25), end=D(2025, 10, 26), precision="range") for a in "ac"
    ]
    saturday = mention("b", D(2025, 10, 25))
    sunday = mention("b", D(2025, 10, 26))
    assert groups(*talks, saturday, sunday) == [{"a", "b", "c"}]


def test_a_one_day_trip_to_a_meeting_is_that_meeting() -> None:
    day = dt.date(2025, 8, 6)
    met = mention("a1", day, actors=("Steve Witkoff", "Vladimir Putin"), places=("Moscow",))
    went = mention("a2", day, "visit", actors=("Steve Witkoff",), places=("Moscow",))
    (group,) = merge_mentions([met, went])
    assert {m.article_id for m in group} == {"a1", "a2"}


def test_a_trip_with_more_on_its_programme_stays_a_trip() -> None:
    day = dt.date(2025, 10, 26)
    talks = mention("a1", day, actors=("Donald Trump", "Anwar Ibrahim"), places=("Kuala Lumpur",))
    trip = mention("a2", day, "visit", actors=("Donald Trump",), places=("Kuala Lumpur",))
    signing = mention("a3", day, "ceremony", actors=("Donald Trump",), places=("Kuala Lumpur",))
    assert len(merge_mentions([talks, trip, signing])) == 3


def test_a_one_day_trip_no_report_places_is_the_meeting_that_day() -> None:
    day = dt.date(2025, 8, 18)
    met = mention("a1", day, actors=("Donald Trump", "Volodymyr Zelensky"), places=("Washington",))
    went = mention("a2", day, "visit", actors=("Volodymyr Zelensky",), places=())
    assert len(merge_mentions([met, went])) == 1


def test_an_arrival_and_talks_told_in_sentences_of_their_own_stay_two_events() -> None:
    day = dt.date(2025, 10, 9)
    talks = replace(mention("a1", day, actors=("Kim Jong Un", "Li Qiang"), places=("Pyongyang",)),
                    evidence=("That evening Kim met Li.",))
    arrival = replace(mention("a1", day, "visit", actors=("Li Qiang",), places=("Pyongyang",)),
                      evidence=("Li arrived in Pyongyang on Thursday.",))
    assert len(merge_mentions([talks, arrival])) == 2


def test_an_arrival_begins_a_stay_and_is_never_only_the_days_meeting() -> None:
    day = dt.date(2025, 10, 9)
    talks = mention("a1", day, actors=("Kim Jong Un", "Li Qiang"), places=("Pyongyang",))
    arrival = replace(mention("a2", day, "visit", actors=("Li Qiang",), places=("Pyongyang",)),
                      evidence=("Li Qiang arrived in Pyongyang on Thursday for a visit.",))
    assert len(merge_mentions([talks, arrival], stay_starts=("arriv\\w+",))) == 2
    assert len(merge_mentions([talks, arrival])) == 1  # with no arrival words known


KINDS = st.sampled_from(["meeting", "visit", "ceremony", "announcement"])
PEOPLE = st.sampled_from(
    [("Li Qiang", "Choe Son Hui"), ("Li Qiang",), ("Kim Jong Un",), ("Xi Jinping", "Kim Jong Un"),
     ()]
)
PLACES = st.sampled_from([("Beijing",), ("Pyongyang",), ()])


@st.composite
def any_mention(draw: st.DrawFn) -> Mention:
    start = D(2025, 9, 1) + dt.timedelta(days=draw(st.integers(0, 3)))  # days that meet
    precision = draw(st.sampled_from(["day", "day", "range", "month"]))
    end = start + dt.timedelta(days=draw(st.integers(1, 4)) if precision != "day" else 0)
    made = mention(
        f"a{draw(st.integers(0, 3))}",
        start,
        kind=draw(KINDS),
        actors=draw(PEOPLE),
        end=end,
        precision=precision,
        places=draw(PLACES),
        vague=draw(st.booleans()),
        supporting=draw(st.integers(0, 4)) == 0,
    )
    return replace(made, occasion=draw(st.sampled_from(["", "", "APEC"])))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(any_mention(), min_size=1, max_size=4), min_size=1, max_size=6), st.data())
def test_the_quick_tests_keep_every_cluster_the_full_comparison_accepts(
    members: list[list[Mention]], data: st.DataObject
) -> None:
    """``may_be_compatible`` and ``may_fit_vague`` only drop clusters ``_compatible`` and
    ``fits_vague`` reject, and keep the others in their order. (The new mention is one
    of the clusters' with other people, places or occasion: it often nearly fits.)"""
    clusters = []
    for joined in members:
        cluster = Cluster()
        for member in joined:
            cluster.add(replace(member, type=joined[0].type))
        clusters.append(cluster)
    new = replace(
        data.draw(st.sampled_from([m for c in clusters for m in c.mentions])),
        actors=data.draw(PEOPLE),
        places=data.draw(PLACES),
        occasion=data.draw(st.sampled_from(["", "", "APEC"])),
        vague=data.draw(st.booleans()),
    )
    for quick, full in [
        (agreement.may_be_compatible, lambda c: agreement._compatible(new, c, ())),
        (agreement.may_fit_vague, lambda c: agreement.fits_vague(new, c)),
    ]:
        kept = quick(new, clusters)
        assert kept == [c for c in clusters if any(c is k for k in kept)]  # in order
        assert [c for c in clusters if full(c)] == [c for c in kept if full(c)]


def test_the_quick_test_keeps_events_known_by_more_than_their_people() -> None:
    """The other side of talks, a grouping's summit and a ceremony may join an event of
    no one they name: the quick test keeps them for the full comparison."""
    kim = Cluster()
    kim.add(mention("a", D(2025, 9, 1), actors=("Kim Jong Un",)))
    talks = mention("b", D(2025, 9, 1), actors=("Li Qiang",))
    assert agreement._compatible(talks, kim, ())
    assert agreement.may_be_compatible(talks, [kim]) == [kim]
    summit = Cluster()
    summit.add(replace(mention("a", D(2025, 9, 1), actors=("Kim Jong Un",)), occasion="APEC"))
    leaders = replace(mention("b", D(2025, 9, 1)), occasion="APEC")
    assert agreement._compatible(leaders, summit, ())
    assert agreement.may_be_compatible(leaders, [summit]) == [summit]
    parade = Cluster()
    parade.add(mention("a", D(2025, 9, 3), "ceremony", actors=("Xi Jinping",)))
    guests = mention("b", D(2025, 9, 3), "ceremony", actors=("Kim Jong Un",))
    assert agreement.may_be_compatible(guests, [parade]) == [parade]
    assert agreement.may_fit_vague(replace(guests, vague=True), [parade]) == [parade]


@settings(max_examples=100, deadline=None)
@given(mention_lists(), mention_lists())
def test_a_replayed_cluster_has_the_span_a_recount_gives(
    first: list[Mention], added: list[Mention]
) -> None:
    """Folding day trips takes each cluster's span as it stands, replayed or worked out."""
    memo = TraceMemo()
    folded = merge.fold_day_trips
    seen: list[bool] = []

    def checked(groups: list[list[Mention]], span_of: Any, starts: tuple[str, ...]) -> Any:
        seen.extend(span_of(group) == best_span(group) for group in groups)
        return folded(groups, span_of, starts)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(merge, "fold_day_trips", checked)
        merge_mentions(first, memo)
        merge_mentions(first + added, memo)
        merge_mentions(first + added, memo)  # replayed whole
    assert all(seen)
