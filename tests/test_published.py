"""Publication stamps: one line as a page prints it → the day, time and zone read from it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from generator.published import (
    Timestamp,
    closing_stamp,
    copyright_year,
    first_stamp,
    localise,
    month_days,
    parse_timestamp,
    yearless_stamp,
)


def hours(value: float) -> dt.timedelta:
    return dt.timedelta(hours=value)


def case(
    name: str,
    line: str,
    day: str,
    time: str | None = None,
    offset: dt.timedelta | None = None,
    order: str = "DMY",
    marks: Any = (),
) -> Any:
    return pytest.param(line, order, day, time, offset, id=name, marks=marks)



# fmt: off
FORMATS = [
    case("Global Times", "Published: Sep 29, 2025 10:04 PM", "2025-09-29", "22:04"),
    case("China Daily byline", "By Zhao Jia | China Daily | Updated: 2025-09-30 07:42",
         "2025-09-30", "07:42"),
    case("Xinhua credit first", "Xinhua) 08:03, October 10, 2025", "2025-10-10", "08:03"),
    case("day Mon. year", "Published: 10 Oct. 2025, 08:42", "2025-10-10", "08:42"),
    case("ISO with seconds", "2025-09-28 20:14:30", "2025-09-28", "20:14:30"),
    case("GMT+8 before the date", "Updated 9:41 PM GMT+8, September 4, 2025", "2025-09-04",
         "21:41", hours(8)),
    case("JST", "Oct. 9, 2025 22:41 JST", "2025-10-09", "22:41", hours(9)),
    case("weekday at AM UTC", "Tue, October 7, 2025 at 6:02 AM UTC", "2025-10-07", "06:02",
         hours(0)),
    case("time before date", "15:07 October 09, 2025", "2025-10-09", "15:07"),
    case("Sept. with dash time", "Published : Sept. 28, 2025 - 15:21", "2025-09-28", "15:21"),
    case("29-Sep-2025", "Updated 21:45, 29-Sep-2025", "2025-09-29", "21:45"),
    case("Kyodo masthead line", "KYODO NEWS - Sep 25, 2025 - 18:37 | All, World", "2025-09-25",
         "18:37"),
    case("byline with date only", "By Sun-hee Albright | October 11, 2025", "2025-10-11"),
    case("capitals", "OCTOBER 14, 2025", "2025-10-14"),
    case("Juche year", "Juche 114 (2025) October 10, Friday", "2025-10-10"),
    case("US zone reads month/day", "Published on 10/07/2025 at 03:48 am EDT", "2025-10-07",
         "03:48", hours(-4)),
    case("numeric DMY", "Issued on: 11/10/2025 - 03:14", "2025-10-11", "03:14"),
    case("numeric MDY", "Issued on: 11/10/2025 - 03:14", "2025-11-10", "03:14", order="MDY"),
    case("day above 12 swaps", "10/13/2025", "2025-10-13"),
    case("ISO with offset", "2025-10-11T01:14:00+00:00", "2025-10-11", "01:14", hours(0)),
    case("ISO Z", "2025-10-10T20:00:00Z", "2025-10-10", "20:00", hours(0)),
    case("ISO milliseconds +09:00", "2025-10-10T08:00:00.000+09:00", "2025-10-10", "08:00",
         hours(9)),
    case("ISO negative offset", "2025-10-09T23:30:00-04:00", "2025-10-09", "23:30", hours(-4)),
    case("Korean", "2025년 10월 9일", "2025-10-09"),
    case("Chinese", "2025年10月9日", "2025-10-09"),
    case("dotted ISO", "2025.10.09 14:30", "2025-10-09", "14:30"),
    case("slashed ISO", "2025/10/09 09:05", "2025-10-09", "09:05"),
    case("KST after time", "Posted: 2025-10-09 09:05 KST", "2025-10-09", "09:05", hours(9)),
    case("12:05 a.m. is just after midnight", "Posted 12:05 a.m. Oct 3, 2025", "2025-10-03",
         "00:05"),
    case("12:30 PM is noon", "Updated: 12:30 PM KST, October 10, 2025", "2025-10-10", "12:30",
         hours(9)),
    case("1:05pm glued", "10 Oct 2025 1:05pm", "2025-10-10", "13:05"),
    case("ordinal day", "October 9th, 2025", "2025-10-09"),
    case("ordinal day first", "9th October 2025", "2025-10-09"),
    case("GMT+09:00", "Sunday, 28 September 2025, 09:12 GMT+09:00", "2025-09-28", "09:12",
         hours(9)),
    case("GMT-4", "Oct 9, 2025, 23:59 GMT-4", "2025-10-09", "23:59", hours(-4)),
    case("no spaces around the day", "Posted on : Oct.10,2025 16:52 KST Modified on : "
         "Oct.10,2025 17:20 KST", "2025-10-10", "16:52", hours(9)),
    case("(GMT+9) in brackets", "2025-10-09 14:30 (GMT+9)", "2025-10-09", "14:30", hours(9)),
    case("impossible date skipped", "Sep 31, 2025 and Oct 1, 2025", "2025-10-01"),
    case("dotted day first", "DPRK Watch Alerts, [28.09.2025 08:05]", "2025-09-28", "08:05"),
    # Bugs: see the report; the expected values are what a reader of the page would say.
    case("Korean afternoon 오후", "2025년 10월 9일 오후 3:20", "2025-10-09", "15:20"),
    case("ET is US Eastern", "Updated Oct. 10, 2025 5:30 p.m. ET", "2025-10-10", "17:30",
         hours(-4)),
    case("Guardian 10.30 BST", "Thursday 9 October 2025 10.30 BST", "2025-10-09", "10:30",
         hours(1)),
    case("numeric offset +0900", "Updated 2025-10-09 15:20:11 +0900", "2025-10-09", "15:20:11",
         hours(9)),
    case("zone printed before the time", "GMT+08:00 2025-10-01 10:00", "2025-10-01", "10:00",
         hours(8)),
    case("Juche year with the common one", "Friday, October 10, Juche 114 (2025)", "2025-10-10"),
    case("Juche year alone", "Juche114.10.10.", "2025-10-10"),
    case("Korean Juche year", "주체114(2025)년 10월 10일", "2025-10-10"),
    case("Japanese 時 and 分", "2025年10月9日 19時45分", "2025-10-09", "19:45"),
    case("Korean 오후 9시 12분", "2025.10.09. 오후 9시 12분", "2025-10-09", "21:12"),
    case("Chinese 下午3点20分", "2025年10月9日 下午3点20分", "2025-10-09", "15:20"),
    case("French month", "02 décembre 2025, 11:47", "2025-12-02", "11:47"),
    case("French juin and juillet", "3 juillet 2025", "2025-07-03"),
    case("French juin", "3 juin 2025", "2025-06-03"),
    case("Italian month", "7 ottobre 2025, 12:04", "2025-10-07", "12:04"),
    case("Arabic month", "نُشر: 14:20-10 أكتوبر 2025 م ـ 18 رَبيع الآخِر 1447 هـ",
         "2025-10-10", "14:20"),
]

NO_DATE = [
    pytest.param("Share this article", id="share button"),
    pytest.param("Page 1 of 3", id="page count"),
    pytest.param("Published 7 hours ago", id="relative age"),
    pytest.param("", id="empty"),
    pytest.param("Updated at 10:42", id="time without a date"),
    pytest.param("Kim Jong Un met Li Qiang on Thursday.", id="sentence with a weekday"),
]
# fmt: on


@pytest.mark.parametrize(("line", "order", "day", "time", "offset"), FORMATS)
def test_parse_timestamp(
    line: str, order: str, day: str, time: str | None, offset: dt.timedelta | None
) -> None:
    stamp = parse_timestamp(line, order)
    assert stamp is not None
    expected_time = dt.time.fromisoformat(time) if time else None
    assert (stamp.day, stamp.time, stamp.offset) == (
        dt.date.fromisoformat(day),
        expected_time,
        offset,
    )


@pytest.mark.parametrize("line", NO_DATE)
def test_lines_without_a_date(line: str) -> None:
    assert parse_timestamp(line) is None


def test_the_stamp_keeps_its_line() -> None:
    stamp = parse_timestamp("  OCTOBER 14, 2025  ")
    assert stamp is not None and stamp.text == "OCTOBER 14, 2025"


def local(name: str, line: str, zone: str, iso: str | None, day: str, convert: bool = False) -> Any:
    return pytest.param(line, zone, convert, iso, day, id=name)


# fmt: off
LOCALISED = [
    local("no zone printed: the outlet's zone", "Published: Sep 29, 2025 10:04 PM",
          "Asia/Shanghai", "2025-09-29T22:04:00+08:00", "2025-09-29"),
    local("no zone printed: Seoul", "Posted 2025-10-09 09:05", "Asia/Seoul",
          "2025-10-09T09:05:00+09:00", "2025-10-09"),
    local("New York in summer time", "Oct 9, 2025 11:41 AM", "America/New_York",
          "2025-10-09T11:41:00-04:00", "2025-10-09"),
    local("New York in winter", "Jan 9, 2025 11:41 AM", "America/New_York",
          "2025-01-09T11:41:00-05:00", "2025-01-09"),
    local("printed zone kept", "Oct. 9, 2025 22:41 JST", "Asia/Shanghai",
          "2025-10-09T22:41:00+09:00", "2025-10-09"),
    local("printed UTC kept, not converted", "Tue, October 7, 2025 at 6:02 AM UTC",
          "Asia/Shanghai", "2025-10-07T06:02:00+00:00", "2025-10-07"),
    local("meta time converted into Paris", "2025-10-11T01:14:00+00:00", "Europe/Paris",
          "2025-10-11T03:14:00+02:00", "2025-10-11", convert=True),
    local("a space for the T keeps the offset", "2025-09-04 21:10:00+08:00",
          "America/New_York", "2025-09-04T09:10:00-04:00", "2025-09-04", convert=True),
    local("converted across midnight", "2025-10-10T20:00:00Z", "Asia/Seoul",
          "2025-10-11T05:00:00+09:00", "2025-10-11", convert=True),
    local("convert with no printed zone", "2025-10-10 20:00", "Asia/Seoul",
          "2025-10-10T20:00:00+09:00", "2025-10-10", convert=True),
    local("unknown zone name falls back to UTC", "2025-10-10 20:00", "Mars/Olympus",
          "2025-10-10T20:00:00+00:00", "2025-10-10"),
    local("no time: only the day", "OCTOBER 14, 2025", "Asia/Seoul", None, "2025-10-14"),
]
# fmt: on


@pytest.mark.parametrize(("line", "zone", "convert", "iso", "day"), LOCALISED)
def test_localise(line: str, zone: str, convert: bool, iso: str | None, day: str) -> None:
    stamp = parse_timestamp(line)
    assert stamp is not None
    moment, local_day = localise(stamp, zone, convert=convert)
    assert (moment.isoformat() if moment else None, local_day) == (iso, dt.date.fromisoformat(day))


def test_localise_a_hand_made_stamp() -> None:
    stamp = Timestamp(dt.date(2025, 10, 10), dt.time(23, 30), dt.timedelta(hours=-4))
    moment, day = localise(stamp, "Asia/Pyongyang", convert=True)
    assert moment is not None
    assert (moment.isoformat(), day) == ("2025-10-11T12:30:00+09:00", dt.date(2025, 10, 11))


@pytest.mark.parametrize(
    ("order", "near", "day"),
    [
        ("MDY", (), "2025-10-09"),
        ("DMY", (), "2025-09-10"),
        ("DMY", ((10, 9),), "2025-10-09"),  # the dateline says "Oct. 9"
        ("MDY", ((9, 9), (9, 3)), "2025-09-10"),  # the lead names Sept. 9 and Sept. 3
        ("DMY", ((13, 40),), "2025-09-10"),  # nothing real to go by: the order decides
    ],
)
def test_a_numeric_date_is_read_the_way_the_articles_own_dates_suggest(
    order: str, near: tuple[tuple[int, int], ...], day: str
) -> None:
    stamp = parse_timestamp("10/09/2025", order, near)
    assert stamp is not None and stamp.day.isoformat() == day


def test_a_us_zone_reads_month_first_whatever_the_article_says() -> None:
    stamp = parse_timestamp("10/09/2025 at 03:48 am EDT", "DMY", ((9, 10),))
    assert stamp is not None and stamp.day == dt.date(2025, 10, 9)


def test_month_days_are_the_months_and_days_named_in_words() -> None:
    text = "SEOUL, Oct. 9 -- talks on 28th September, not in 2025 nor by Marine 3"
    assert month_days(text) == ((10, 9), (9, 28))


def test_a_later_stamps_label_ends_the_first_stamp() -> None:
    line = (
        "Published on October 11, 2025, at 3:47 pm (Paris) Updated on October 11, 2025, "
        "at 4:02 pm"
    )
    assert first_stamp(line) == "Published on October 11, 2025, at 3:47 pm (Paris)"
    assert first_stamp("Updated: 2025-10-11 18:20") == "Updated: 2025-10-11 18:20"


@pytest.mark.parametrize(
    ("header", "footer", "expected"),
    [
        (["World", "1 OCT, 09:47"], ["© 2025 TASS"], (dt.date(2025, 10, 1), dt.time(9, 47))),
        (["Oct 9"], ["Copyright (C) 2003-2025 Rodong Sinmun"], (dt.date(2025, 10, 9), None)),
        (["1 OCT, 09:47"], ["All rights reserved."], None),  # no year anywhere: no date
        (["BEIJING, October 1. /TASS/. Choe returned"], ["© 2025 TASS"], None),
    ],
)
def test_a_stamp_without_its_year_takes_the_copyright_year(header, footer, expected) -> None:
    stamp = yearless_stamp(header, footer)
    assert (stamp.day, stamp.time) == expected if stamp is not None else expected is None


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        (["", "Juche114(2025).10.28.", "Other articles"], dt.date(2025, 10, 28)),
        (["Juche114 (2025).10.11."], dt.date(2025, 10, 11)),
        (["27 окт 2025, 23:48"], dt.date(2025, 10, 27)),
        # a related headline's date, a caption's or one further down is another story's
        (["Other articles", "Choe Leaves Pyongyang for Russia (2025.10.26)"], None),
        (["Photo: The parade in Pyongyang, October 10, 2025"], None),
        (["Tags", "DPRK", "Oct 9, 2025"], None),
    ],
)
def test_a_date_alone_right_after_the_text_is_the_closing_stamp(footer, expected) -> None:
    stamp = closing_stamp(footer, "DMY")
    assert (stamp.day if stamp is not None else None) == expected


def test_russian_month_names_in_a_stamp() -> None:
    stamp = parse_timestamp("27 окт 2025, 23:48")
    assert stamp is not None and (stamp.day, stamp.time) == (dt.date(2025, 10, 27), dt.time(23, 48))
    assert parse_timestamp("14:05 27 октября 2025").day == dt.date(2025, 10, 27)
    assert parse_timestamp("3 мая 2025").day == dt.date(2025, 5, 3)


def test_ukrainian_month_names_in_a_stamp() -> None:
    stamp = parse_timestamp("25 травня 2025, 14:37")
    assert stamp is not None and (stamp.day, stamp.time) == (dt.date(2025, 5, 25), dt.time(14, 37))
    assert parse_timestamp("16 серпня 2025").day == dt.date(2025, 8, 16)
    assert parse_timestamp("1 листопада 2025").day == dt.date(2025, 11, 1)


def test_the_copyright_year_is_the_last_of_a_range() -> None:
    assert copyright_year(["Copyright (C) 2003-2025 <<Rodong Sinmun>>"]) == 2025
    assert copyright_year(["© TASS 1999-2025"]) == 2025  # the holder before the years
    assert copyright_year(["Copyright 2025 The Associated Press."]) == 2025
    assert copyright_year(["© Reuters. Certificate No. 12 dated April 2, 1999"]) is None


def test_a_time_printed_only_in_the_later_stamp_is_not_the_first_ones() -> None:
    stamp = parse_timestamp("Published Oct. 11, 2025   Updated Oct. 12, 2025, 1:14 a.m. ET")
    assert stamp is not None and (stamp.day, stamp.time) == (dt.date(2025, 10, 11), None)



def test_india_standard_time_is_read_and_reads_the_day_first() -> None:
    stamp = parse_timestamp("Last Updated : 01/09/2025 - 17:52 IST", "MDY")
    assert stamp is not None and stamp.day == dt.date(2025, 9, 1)
    assert stamp.offset == dt.timedelta(hours=5, minutes=30)
