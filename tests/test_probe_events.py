"""Invented articles (``tests/probe_events/``), each built on its own → the events a
careful reader would list: type, first and last day, and who took part.

Each case names the phrasing it is about; see ``tests/probe_events/README.md``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import build_project, make_project

PROBES = Path(__file__).resolve().parent / "probe_events"

# (type, start, end, the people who must be among the actors, first actor)
Expected = tuple[str, str, str, set[str], str]

# fmt: off
CASES: dict[str, list[Expected]] = {
    # "arrived … on Thursday for a three-day official goodwill visit"; "Earlier in the day".
    "p1_arrival_goodwill_visit.md": [
        ("visit", "2025-10-09", "2025-10-11", {"Li Qiang"}, "Li Qiang"),
    ],
    # "will pay an official goodwill visit … from Oct 9 to 11 …, spokesperson … announced on
    # Tuesday": the announcement on Tuesday, the visit planned, not an announcement.
    "p2_will_pay_visit_announced.md": [
        ("announcement", "2025-10-07", "2025-10-07", {"Li Qiang"}, "Li Qiang"),
        ("visit", "2025-10-09", "2025-10-11", {"Li Qiang"}, "Li Qiang"),
    ],
    # Passive "Talks were held … on Oct. 9 between Kim and Li, KCNA said Friday"; the
    # banquet "later that day" is the talks' day, not the day KCNA reported, and a banquet
    # in honour of a guest is a meeting of host and guest: it joins the talks.
    "p3_talks_held_banquet.md": [
        ("meeting", "2025-10-09", "2025-10-09", {"Kim Jong Un", "Li Qiang"}, "Kim Jong Un"),
    ],
    # "On the sidelines of", "wrapped up his visit … and returned to Beijing" (no visit to
    # Beijing), "Over the weekend, Kim sent a message".
    "p4_parade_sidelines_weekend.md": [
        ("ceremony", "2025-10-10", "2025-10-10", {"Li Qiang", "Kim Jong Un"}, "Li Qiang"),
        ("meeting", "2025-10-11", "2025-10-11", {"Li Qiang", "Choe Son Hui"}, "Li Qiang"),
        ("message", "2025-10-11", "2025-10-12", {"Kim Jong Un", "Xi Jinping"}, "Kim Jong Un"),
        ("visit", "2025-10-11", "2025-10-11", {"Li Qiang"}, "Li Qiang"),
    ],
    # "In 2019 Xi visited Pyongyang" stays in 2019; "did not meet" and "denied … that Xi
    # would visit" are no events; "on Thursday, a day after the two stood together at a
    # … parade" dates the parade on Wednesday, with the two.
    "p5_past_year_and_denial.md": [
        ("ceremony", "2025-09-03", "2025-09-03", {"Xi Jinping", "Kim Jong Un"}, "Kim Jong Un"),
        ("meeting", "2025-09-04", "2025-09-04", {"Xi Jinping", "Kim Jong Un"}, "Xi Jinping"),
    ],
    # The day is only in the headline.
    "p6_headline_date_only.md": [
        ("meeting", "2025-09-27", "2025-09-27", {"Wang Yi", "Choe Son Hui"}, "Wang Yi"),
    ],
    # "the Oct. 1 reception marking the … anniversary", "On the 9th"; a photo caption with
    # another day and "last week", "This week" found nothing.
    "p7_reception_caption_last_week.md": [
        ("ceremony", "2025-10-01", "2025-10-01", {"Wang Yajun", "Pak Thae Song"}, "Wang Yajun"),
        ("ceremony", "2025-10-09", "2025-10-09", {"Li Qiang"}, "Li Qiang"),
    ],
    # People's Daily in Chinese: "9日下午…抵达平壤", "10月9日…致电", "当天晚上…会见".
    "p8_peoples_daily_zh.txt": [
        ("meeting", "2025-10-09", "2025-10-09", {"Kim Jong Un", "Li Qiang"}, "Kim Jong Un"),
        ("message", "2025-10-09", "2025-10-09", {"Xi Jinping", "Kim Jong Un"}, "Xi Jinping"),
        ("visit", "2025-10-09", "2025-10-09", {"Li Qiang"}, "Li Qiang"),
    ],
    # KCNA: "The respected Comrade Kim Jong Un … received Li Qiang, …, who is heading the …
    # delegation, … on October 9"; "had a talk"; "hosted a banquet in honor of the
    # delegation on the same day" joins the talks as a meeting of host and guest.
    "p9_kcna_respected_comrade_received.md": [
        ("meeting", "2025-10-09", "2025-10-09", {"Kim Jong Un", "Li Qiang"}, "Kim Jong Un"),
    ],
    # Xinhua: "held talks with … in Beijing on Thursday", "The two sides exchanged views
    # on …", "Prior to the talks, Xi held a welcome ceremony", "arrived … by train on Tuesday".
    "p10_xinhua_talks_exchanged_views.md": [
        ("meeting", "2025-09-04", "2025-09-04", {"Xi Jinping", "Kim Jong Un"}, "Xi Jinping"),
        ("visit", "2025-09-02", "2025-09-02", {"Kim Jong Un"}, "Kim Jong Un"),
    ],
    # "on Saturday issued a joint press communique on … Li Qiang's … visit … from Oct. 9 to
    # 11": a statement of Saturday by no one named (Li is only what it is about), the visit.
    "p11_joint_press_communique.md": [
        ("ceremony", "2025-10-10", "2025-10-10", {"Li Qiang"}, "Li Qiang"),
        ("statement", "2025-10-11", "2025-10-11", set(), ""),
        ("visit", "2025-10-09", "2025-10-11", {"Li Qiang"}, "Li Qiang"),
    ],
    # KCNA: "left Pyongyang on Saturday to pay an official visit to the PRC at the invitation
    # of Wang Yi" goes to Beijing (the host's country is not the visitor's home); "received a
    # reply message from Xi Jinping … on September 26" is Xi's message to Kim.
    "p12_kcna_delegation_left_message.md": [
        ("message", "2025-09-26", "2025-09-26", {"Xi Jinping", "Kim Jong Un"}, "Xi Jinping"),
        ("visit", "2025-09-27", "2025-09-27", {"Choe Son Hui"}, "Choe Son Hui"),
    ],
}
# fmt: on

# The events still to come when the article was written: (file, type, start). Every other
# event has happened ("left Pyongyang on Saturday to pay an official visit" has begun).
PLANNED = {
    ("p2_will_pay_visit_announced.md", "visit", "2025-10-09"),
}


def test_every_probe_has_a_case() -> None:
    assert sorted(p.name for p in PROBES.iterdir() if p.name != "README.md") == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_probe_gives_the_events_a_careful_reader_lists(name: str, tmp_path: Path) -> None:
    _, data = build_project(make_project(tmp_path, [PROBES / name]), clean=True)
    found = sorted(_summary(event) for event in data["events"])
    expected = sorted(CASES[name])
    assert [f[:3] for f in found] == [e[:3] for e in expected]
    for event, (kind, start, _, people, first) in zip(found, expected, strict=True):
        assert people <= event[3], (kind, start, event[3])
        assert people or not event[3], (kind, start, event[3])  # no one named: no actor
        assert event[4] == first, (kind, start, event[4])
    planned = sorted((name, e["type"], e["start"]) for e in data["events"] if e["planned"])
    assert planned == sorted(p for p in PLANNED if p[0] == name)


def _summary(event: dict[str, Any]) -> tuple[str, str, str, set[str], str]:
    actors = event["actors"]
    return (event["type"], event["start"], event["end"], set(actors), (actors or [""])[0])
