"""From mention groups to events: related parts of a visit, ids kept from the last build."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from generator.assemble import (
    NOWHERE,
    PreviousEvent,
    assemble_events,
    keep_previous_events,
    previous_events,
)
from generator.config import Config
from generator.digests import Digests
from generator.events_json import events_json
from generator.knowledge import load_knowledge
from generator.merge_memo import MergeMemo
from generator.model import DateSpan, Event, Mention, Timeline

D = dt.date
CONFIG = Config(root=Path("."))
KNOWLEDGE = load_knowledge()
LI = ("Li Qiang",)


def mention(
    article: str, kind: str, actors: tuple[str, ...], start: D, end: D | None = None
) -> Mention:
    span = DateSpan(start, end or start, "range" if end else "day")
    return Mention(
        article,
        None,
        (f"{article}: {kind}",),
        "",
        span,
        kind,  # type: ignore[arg-type]
        actors,
        ("Pyongyang",),
    )


def events(*groups: list[Mention], previous: list[PreviousEvent] | None = None) -> list[Event]:
    return assemble_events(groups, CONFIG, KNOWLEDGE, previous or [])


def test_the_meetings_during_a_visit_are_its_parts() -> None:
    visit = mention("a", "visit", LI, D(2025, 10, 9), D(2025, 10, 11))
    talks = mention("b", "meeting", (*LI, "Kim Jong Un"), D(2025, 10, 10))
    later = mention("c", "meeting", (*LI, "Kim Jong Un"), D(2025, 10, 12))
    others = mention("d", "meeting", ("Wang Yi", "Choe Son Hui"), D(2025, 10, 10))
    found = {e.sources[0].article_id: e for e in events([visit], [talks], [later], [others])}
    assert found["a"].related == (found["b"].id,)
    assert found["b"].related == (found["a"].id,)
    assert found["c"].related == found["d"].related == ()


def test_an_event_keeps_the_id_it_had_in_the_last_build() -> None:
    group = [mention(a, "meeting", (*LI, "Kim Jong Un"), D(2025, 10, 10)) for a in "abc"]
    previous = [PreviousEvent("earlier-id", "meeting", frozenset("ab"))]
    assert [e.id for e in events(group, previous=previous)] == ["earlier-id"]


def test_an_event_of_another_type_does_not_lend_its_id() -> None:
    group = [mention(a, "meeting", (*LI, "Kim Jong Un"), D(2025, 10, 10)) for a in "abc"]
    previous = [PreviousEvent("earlier-id", "visit", frozenset("ab"))]
    assert [e.id for e in events(group, previous=previous)] != ["earlier-id"]


def test_an_event_that_shares_too_little_does_not_lend_its_id() -> None:
    group = [mention(a, "meeting", (*LI, "Kim Jong Un"), D(2025, 10, 10)) for a in "ab"]
    previous = [PreviousEvent("earlier-id", "meeting", frozenset("axyz"))]
    assert [e.id for e in events(group, previous=previous)] != ["earlier-id"]


class Watched(MergeMemo):
    """A memo that notes the groups it had to make events of."""

    made: list[list[str]]

    def event(self, group: Sequence[Mention], make: Callable[[Sequence[Mention]], Event]) -> Event:
        def noted(group: Sequence[Mention]) -> Event:
            self.made.append([m.article_id for m in group])
            return make(group)

        return super().event(group, noted)


def test_an_event_made_before_of_the_same_group_is_taken_from_the_memo(tmp_path: Path) -> None:
    talks = [mention(a, "meeting", (*LI, "Kim Jong Un"), D(2025, 10, 10)) for a in "ab"]
    visit = [mention("c", "visit", LI, D(2025, 10, 9), D(2025, 10, 11))]
    memo = MergeMemo(tmp_path)
    assert assemble_events([talks, visit], CONFIG, KNOWLEDGE, memo=memo) == events(talks, visit)
    memo.save()

    again = Watched(tmp_path)
    again.made = []
    grown = [*talks, mention("d", "meeting", (*LI, "Kim Jong Un"), D(2025, 10, 10))]
    assert assemble_events([grown, visit], CONFIG, KNOWLEDGE, memo=again) == events(grown, visit)
    assert again.made == [["a", "b", "d"]]  # only the group that changed is made again
    cold = Watched(tmp_path, enabled=False)
    cold.made = []
    assemble_events([talks], CONFIG, KNOWLEDGE, memo=cold)
    assert cold.made == [["a", "b"]]


def test_an_event_made_from_a_known_group_is_known_by_its_key(tmp_path: Path) -> None:
    talks = [mention(a, "meeting", (*LI, "Kim Jong Un"), D(2025, 10, 10)) for a in "ab"]
    visit = [mention("c", "visit", LI, D(2025, 10, 9), D(2025, 10, 11))]
    digests = Digests()
    memo = MergeMemo(tmp_path, digests=digests)
    made = assemble_events([talks, visit], CONFIG, KNOWLEDGE, memo=memo)
    assert all(digests.shared(e).startswith("given:") for e in made)
    assert len({digests.shared(e) for e in made}) == 2
    renamed = replace(made[0], id="another")
    retitled = replace(made[0], title="Another title")
    memo.know([renamed, retitled])
    assert digests.shared(renamed).startswith("given:")
    assert digests.shared(renamed) != digests.shared(made[0])
    assert not digests.shared(retitled).startswith("given:")  # digested as usual


def test_the_kept_copy_of_the_last_events_is_what_events_json_says(tmp_path: Path) -> None:
    made = events(
        [mention(a, "meeting", (*LI, "Kim Jong Un"), D(2025, 10, 10)) for a in "ab"],
        [mention("c", "visit", LI, D(2025, 10, 9), D(2025, 10, 11))],
    )
    timeline = Timeline("t", "", tuple(made), (), ())
    path, kept = tmp_path / "events.json", tmp_path / "kept.pickle"
    path.write_text(events_json(timeline), encoding="utf-8")
    keep_previous_events(path, kept, made)
    parsed = previous_events(path)
    assert len(parsed) == 2
    assert previous_events(path, kept) == parsed
    path.write_text(events_json(Timeline("t", "", (), (), ())), encoding="utf-8")
    assert previous_events(path, kept) == []  # a copy of another file is not used


def ceremony(article: str, evidence: str) -> Mention:
    return replace(mention(article, "ceremony", LI, D(2025, 10, 10)), evidence=(evidence,))


def test_a_ceremony_is_named_by_the_words_most_of_its_reports_use() -> None:
    reports = [
        ceremony("a", "Li attended a grand military parade marking the anniversary."),
        ceremony("b", "Li watched the parade in Kim Il Sung Square."),
        ceremony("c", "Li joined the celebrations of the anniversary."),
    ]
    assert events(reports)[0].title == "Military parade in Pyongyang attended by Li Qiang"
    reception = [ceremony("d", "The embassy held a reception to celebrate the anniversary.")]
    assert events(reception)[0].title.startswith("Reception in Pyongyang")
    banquet = [ceremony("e", "朝鲜举行盛大宴会")]
    assert events(banquet)[0].title.startswith("Banquet in Pyongyang")
    signing = [ceremony("g", "Li and Kim witnessed the signing of agreements.")]
    assert events(signing)[0].title.startswith("Signing ceremony in Pyongyang")
    plain = [ceremony("f", "Li attended the ceremony.")]
    assert events(plain)[0].title.startswith("Ceremony in Pyongyang")


def statement(article: str, actors: tuple[str, ...], evidence: str) -> Mention:
    made = mention(article, "statement", actors, D(2025, 9, 1))
    return replace(made, places=("Tianjin",), evidence=(evidence,))


def test_a_statement_is_named_by_the_words_its_reports_use() -> None:
    declaration = [statement("a", (), "The leaders adopted the Tianjin Declaration on Monday.")]
    assert events(declaration)[0].title == "Declaration in Tianjin"
    joint = [statement("b", LI, "Li and Kim issued a joint statement on Monday.")]
    assert events(joint)[0].title == "Joint statement by Li Qiang"
    plain = [statement("c", LI, "Li said on Monday that ties were strong.")]
    assert events(plain)[0].title == "Statement by Li Qiang"
    unnamed = [statement("d", (), "A statement released on Monday praised ties.")]
    assert events(unnamed)[0].title == "Official statement in Tianjin"


def test_events_left_out_are_counted_by_reason() -> None:
    config = replace(CONFIG, window_start=D(2025, 10, 1), topic_sides=(("China",), ("DPRK",)))
    talks = replace(mention("a", "meeting", LI, D(2025, 10, 10)), countries=("China", "DPRK"))
    early = replace(talks, article_id="b", span=DateSpan(D(2025, 9, 1), D(2025, 9, 1), "day"))
    elsewhere = replace(talks, article_id="c", countries=("Japan",))
    tally: Counter[str] = Counter()
    made = assemble_events([[talks], [early], [elsewhere]], config, KNOWLEDGE, left_out=tally)
    assert [e.sources[0].article_id for e in made] == ["a"]
    assert +tally == Counter({"off the topic": 1, "outside the window": 1})


def test_the_names_of_ceremonies_come_from_the_words_table(tmp_path: Path) -> None:
    (tmp_path / "words.toml").write_text(
        '[ceremony_names]\nnames = [["gala", "Gala evening"]]\n', encoding="utf-8"
    )
    knowledge = load_knowledge(tmp_path)
    gala = [ceremony("a", "Li attended a gala to celebrate the anniversary.")]
    made = assemble_events([gala], CONFIG, knowledge)
    assert made[0].title == "Gala evening in Pyongyang attended by Li Qiang"


def test_events_made_with_other_ceremony_names_are_made_again(tmp_path: Path) -> None:
    gala = [ceremony("a", "Li attended a gala to celebrate the anniversary.")]
    memo = MergeMemo(tmp_path, context=(("gala", "Gala"),))
    assemble_events([gala], CONFIG, KNOWLEDGE, memo=memo)
    memo.save()
    again = Watched(tmp_path, context=(("gala", "Gala evening"),))
    again.made = []
    assemble_events([gala], CONFIG, KNOWLEDGE, memo=again)
    assert again.made == [["a"]]


def test_the_summary_is_a_sentence_about_the_event_not_one_it_came_before() -> None:
    talks = mention("a", "meeting", ("Wang Yi", "Choe Son Hui"), D(2025, 9, 28))
    background = replace(
        talks,
        evidence=("The meeting between Li and Choe came after Choe's Sunday meeting with Wang.",),
        date_text="Sunday",
    )
    direct = replace(
        talks,
        article_id="b",
        evidence=(
            "On Sunday, Foreign Minister Wang Yi also met with Choe Son Hui, and said that "
            "China is ready to enhance coordination with the DPRK in regional affairs.",
        ),
        date_text="On Sunday",
    )
    assert events([background, direct])[0].summary == direct.evidence[0]
    assert events([background])[0].summary == background.evidence[0]  # the only report


def test_a_visit_or_meeting_planned_by_nobody_named_is_no_event() -> None:
    """"Will allow tour groups to visit from November": a plan of nobody in particular."""
    tours = replace(mention("a", "visit", (), D(2025, 11, 1)), planned=True)
    anniversary = replace(mention("b", "ceremony", (), D(2025, 10, 10)), planned=True)
    li_trip = replace(mention("c", "visit", LI, D(2025, 10, 9)), planned=True)
    delegation = mention("d", "visit", (), D(2025, 10, 9))  # one that went: no plan
    made = events([tours], [anniversary], [li_trip], [delegation])
    assert sorted(e.sources[0].article_id for e in made) == ["b", "c", "d"]


def test_a_truce_only_set_to_take_effect_is_no_event() -> None:
    """"Set to take effect on Nov 10": talk of one, until a report says it took effect."""
    planned = replace(mention("a", "other", (), D(2025, 11, 10)), planned=True)
    done = mention("b", "other", (), D(2025, 10, 10))
    assert [e.sources[0].article_id for e in events([planned], [done])] == ["b"]


def test_a_planned_visit_no_report_says_where_to_is_no_event() -> None:
    """"Will leave Washington on Friday for a trip": the start of the trip's visits, which
    name their places; alone it is no event. A departure that names no place still joins
    the visit that does, and a visit told as done is one wherever it was."""
    leaving = replace(mention("a", "visit", LI, D(2025, 10, 24)), places=(), planned=True)
    left = Counter[str]()
    assert assemble_events([[leaving]], CONFIG, KNOWLEDGE, left_out=left) == []
    assert left[NOWHERE] == 1
    arrival = replace(mention("b", "visit", LI, D(2025, 10, 25)), planned=True)
    (visit,) = assemble_events([[arrival, leaving]], CONFIG, KNOWLEDGE)
    assert visit.places == ("Pyongyang",)
    done = replace(leaving, planned=False)
    assert len(assemble_events([[done]], CONFIG, KNOWLEDGE)) == 1


def test_a_topic_of_one_side_keeps_its_peoples_trips_abroad(tmp_path: Path) -> None:
    """A topic of one country ("India") is what its people do, wherever they go; a topic
    of two sides is the exchanges between them, and a summit elsewhere is none."""
    trip = replace(
        mention("a", "visit", LI, D(2025, 10, 9)), places=("Tokyo",), countries=("China",)
    )
    one_side = Config(root=tmp_path, topic_sides=(("China",),))
    two_sides = Config(root=tmp_path, topic_sides=(("China",), ("Japan", "DPRK")))
    both = replace(trip, countries=("China", "Russia"), places=("Moscow",))
    assert [e.places for e in assemble_events([[trip]], one_side, KNOWLEDGE)] == [("Tokyo",)]
    assert assemble_events([[both]], two_sides, KNOWLEDGE) == []


def test_a_topic_side_may_be_written_as_the_press_writes_the_country(tmp_path: Path) -> None:
    """"Holy See" and "Türkiye" in timeline.toml are the tables' Vatican and Turkey."""
    mass = replace(
        mention("a", "ceremony", ("Pope Leo XIV",), D(2025, 11, 29)),
        places=("Istanbul",),
        countries=("Vatican", "Turkey"),
    )
    config = Config(root=tmp_path, topic_sides=(("Holy See",), ("Türkiye", "Lebanon")))
    assert [e.places for e in assemble_events([[mass]], config, KNOWLEDGE)] == [("Istanbul",)]


def test_people_of_both_sides_meeting_on_neutral_ground_stay_on_a_two_sided_topic(
    tmp_path: Path,
) -> None:
    """Talks between the sides held in a third country are their exchange; a summit
    elsewhere with one side only is not."""
    two_sides = Config(root=tmp_path, topic_sides=(("United States",), ("China",)))
    summit = replace(
        mention("a", "meeting", ("Donald Trump", "Xi Jinping"), D(2025, 10, 30)),
        places=("Busan",),
        countries=("United States", "China"),
    )
    one_side = replace(summit, actors=("Xi Jinping", "Sanae Takaichi"), article_id="b")
    made = assemble_events([[summit], [one_side]], two_sides, KNOWLEDGE)
    assert [e.actors for e in made] == [("Donald Trump", "Xi Jinping")]


def test_a_topic_of_one_side_keeps_talks_between_guests_on_its_soil() -> None:
    config = replace(CONFIG, topic_sides=(("South Africa",),))
    guests = ("Narendra Modi", "Anthony Albanese")
    talks = replace(
        mention("a", "meeting", guests, D(2025, 11, 22)),
        places=("Johannesburg",),
        countries=("Australia", "India"),
    )
    abroad = replace(talks, article_id="b", places=("Canberra",))
    made = assemble_events([[talks], [abroad]], config, KNOWLEDGE)
    assert [e.sources[0].article_id for e in made] == ["a"]


def test_a_topic_of_two_sides_leaves_out_outsiders_meeting_on_one_sides_soil() -> None:
    config = replace(CONFIG, topic_sides=(("China",), ("DPRK",)))
    talks = replace(
        mention("a", "meeting", ("Vladimir Putin", "Narendra Modi"), D(2025, 9, 1)),
        places=("Beijing",),
        countries=("India", "Russia"),
    )
    assert assemble_events([[talks]], config, KNOWLEDGE) == []


def test_outsiders_meeting_in_an_article_about_a_one_sided_topic_are_on_it(
    tmp_path: Path,
) -> None:
    """Mediators' summit on the war in Gaza, reported by an article whose lead is about
    Gaza, is the story of a topic [["Israel", "Palestine"]]; one of them announcing
    something at home is not, and neither is their meeting in an article about else."""
    config = Config(root=tmp_path, topic_sides=(("Israel", "Palestine"),))
    summit = replace(
        mention("a", "meeting", ("Donald Trump", "Abdel Fattah el-Sisi"), D(2025, 10, 13)),
        places=("Sharm el-Sheikh",),
        countries=("Egypt", "United States"),
        article_countries=("Egypt", "Palestine"),
    )
    at_home = replace(summit, type="announcement", actors=("Donald Trump",), article_id="b")
    elsewhere = replace(summit, article_countries=("Egypt",), article_id="c")
    alone = replace(summit, actors=("Donald Trump",), places=(), article_id="d")
    assert len(assemble_events([[summit]], config, KNOWLEDGE)) == 1
    assert assemble_events([[at_home], [elsewhere], [alone]], config, KNOWLEDGE) == []
