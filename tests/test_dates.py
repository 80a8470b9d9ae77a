"""Date phrases → spans: one small sentence, its reference date, the span expected."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.date_words import _hint, may_hold_date
from generator.dates import _proposals, _rules, find_dates, resolve_phrase
from generator.model import DateSpan

MON_0929 = "2025-09-29"  # a Monday
TUE_0930 = "2025-09-30"
TUE_1007 = "2025-10-07"
WED_1008 = "2025-10-08"
THU_1009 = "2025-10-09"
FRI_1010 = "2025-10-10"


def case(
    name: str,
    sentence: str,
    reference: str,
    start: str | None = None,
    end: str | None = None,
    precision: str = "day",
) -> Any:
    return pytest.param(sentence, reference, start, end or start, precision, id=name)


def trap(name: str, sentence: str, reference: str = MON_0929) -> Any:
    return case(name, sentence, reference)


# fmt: off
ABSOLUTE = [
    case("Sept 4", "On Sept 4, Xi met Kim.", TUE_0930, "2025-09-04"),
    case("Sept. 4", "Sept. 4 was the day.", TUE_0930, "2025-09-04"),
    case("on Sept. 4", "They met on Sept. 4 in Beijing.", TUE_0930, "2025-09-04"),
    case("September 4", "September 4", TUE_0930, "2025-09-04"),
    case("4 September", "on 4 September", TUE_0930, "2025-09-04"),
    case("4th of September", "on the 4th of September", TUE_0930, "2025-09-04"),
    case("Sep 29, 2025", "Published: Sep 29, 2025 10:04 PM", TUE_0930, "2025-09-29"),
    case("September 4, 2025", "on September 4, 2025.", "2025-12-01", "2025-09-04"),
    case("Oct. 9, 2025", "Oct. 9, 2025", FRI_1010, "2025-10-09"),
    case("explicit year far away", "on Oct. 9, 2019", FRI_1010, "2019-10-09"),
    case("founding day in 1945", "On Oct. 10, 1945, the party was founded", FRI_1010,
         "1945-10-10"),
    case("29-Sep-2025", "Updated 29-Sep-2025", TUE_0930, "2025-09-29"),
    case("ISO 2025-09-29", "Posted 2025-09-29 22:41", TUE_0930, "2025-09-29"),
    case("slashed 2025/09/29", "2025/09/29", TUE_0930, "2025-09-29"),
    case("(2025) October 10", "(2025) October 10", FRI_1010, "2025-10-10"),
    case("October 10, Friday", "October 10, Friday", FRI_1010, "2025-10-10"),
    case("Monday, September 1", "Kim set out from Pyongyang on Monday, September 1", "2025-09-02",
         "2025-09-01"),
    case("Thursday, Sept. 4, 2025", "Thursday, Sept. 4, 2025", TUE_0930, "2025-09-04"),
    case("Sept. 3 parade", "Kim watched China's Sept. 3 military parade", "2025-09-28",
         "2025-09-03"),
    case("May 9", "The parade was held on May 9.", "2025-05-20", "2025-05-09"),
    case("the 29th", "The delegation left on the 29th.", TUE_0930, "2025-09-29"),
    case("the 29th, last month", "They met on the 29th.", "2025-10-02", "2025-09-29"),
    case("Dec. 30 across new year", "on Dec. 30", "2026-01-02", "2025-12-30"),
    case("Jan. 3 across new year", "on Jan. 3", "2025-12-31", "2026-01-03"),
    case("June 1 a half-year back", "on June 1", "2025-11-20", "2025-06-01"),
    case("Korean", "10월 9일", FRI_1010, "2025-10-09"),
    case("Korean with year", "2025년 10월 9일", FRI_1010, "2025-10-09"),
    case("Chinese", "10月9日", FRI_1010, "2025-10-09"),
    case("Chinese with year", "2025年10月9日", FRI_1010, "2025-10-09"),
    case("Chinese range", "9月27日至30日", TUE_0930, "2025-09-27", "2025-09-30", "range"),
    case("a month alone, Japanese", "習氏は2019年6月に訪朝している。", FRI_1010, "2019-06-01",
         "2019-06-30", "month"),
    case("a month alone, Korean", "9월에 방중했다", FRI_1010, "2025-09-01", "2025-09-30", "month"),
    case("over the weekend", "Over the weekend, Kim sent a message", "2025-10-13", "2025-10-11",
         "2025-10-12", "range"),
    case("this weekend on a weekday", "this weekend", WED_1008, "2025-10-11", "2025-10-12",
         "range"),
    case("next weekend", "next weekend", WED_1008, "2025-10-18", "2025-10-19", "range"),
    case("earlier in the day", "Earlier in the day, Li left Beijing", THU_1009, THU_1009),
    case("Chinese day alone", "李强9日下午抵达平壤", FRI_1010, "2025-10-09"),
    case("Chinese day of last month", "28日，崔善姬会见王毅", "2025-10-02", "2025-09-28"),
    case("Korean day alone", "김정은은 9일 평양에서", FRI_1010, "2025-10-09"),
    case("Korean day after the reference", "통신은 10일 보도했다", THU_1009, "2025-10-10"),
    case("Chinese yesterday", "李强昨天抵达平壤", FRI_1010, THU_1009),
    case("Korean yesterday", "김정은은 어제 리창 총리와", FRI_1010, THU_1009),
    case("Chinese next day", "次日，习近平会见金正恩", FRI_1010, "2025-10-11"),
    case("Korean range", "9월 27일~30일", TUE_0930, "2025-09-27", "2025-09-30", "range"),
    case("real: Sept 4 summit",
         "On Sept 4, President Xi Jinping and Kim held their first meeting in six years",
         TUE_0930, "2025-09-04"),
]

RANGES = [
    case("September 27 to 30", "Choe is visiting China from September 27 to 30.", MON_0929,
         "2025-09-27", "2025-09-30", "range"),
    case("Sept. 27 to 30", "Sept. 27 to 30", MON_0929, "2025-09-27", "2025-09-30", "range"),
    case("from Sept. 27 to 30", "from Sept. 27 to 30", MON_0929, "2025-09-27", "2025-09-30",
         "range"),
    case("en dash", "September 27–30: Choe visits China", "2025-10-14", "2025-09-27",
         "2025-09-30", "range"),
    case("Oct. 9-11", "Oct. 9-11", FRI_1010, "2025-10-09", "2025-10-11", "range"),
    case("Oct 9 to 11", "Oct 9 to 11", FRI_1010, "2025-10-09", "2025-10-11", "range"),
    case("between Sept 27 and 30", "between Sept 27 and 30", MON_0929, "2025-09-27",
         "2025-09-30", "range"),
    case("October 31 to November 1", "October 31 to November 1", FRI_1010, "2025-10-31",
         "2025-11-01", "range"),
    case("Oct. 31 and Nov. 1", "on Oct. 31 and Nov. 1", FRI_1010, "2025-10-31", "2025-11-01",
         "range"),
    case("September 1–2", "September 1–2", "2025-09-02", "2025-09-01", "2025-09-02", "range"),
    case("27-30 September", "27-30 September 2025", FRI_1010, "2025-09-27", "2025-09-30",
         "range"),
    case("range with year", "September 27 to 30, 2025", "2026-05-01", "2025-09-27",
         "2025-09-30", "range"),
    case("Dec. 30 to Jan. 2", "Dec. 30 to Jan. 2", "2025-12-20", "2025-12-30", "2026-01-02",
         "range"),
]

MONTHS = [
    case("last October: the one before", "met in Kazan last October", "2025-08-26",
         "2024-10-01", "2024-10-31", "month"),
    case("next March: the one after", "due next March", "2025-03-20", "2026-03-01",
         "2026-03-31", "month"),
    case("in September", "in September", TUE_0930, "2025-09-01", "2025-09-30", "month"),
    case("September 2023", "in September 2023", TUE_0930, "2023-09-01", "2023-09-30", "month"),
    case("June 2019", "June 2019", TUE_0930, "2019-06-01", "2019-06-30", "month"),
    case("in October 2009", "in October 2009", TUE_0930, "2009-10-01", "2009-10-31", "month"),
    case("in May", "Talks resumed in May.", "2025-06-10", "2025-05-01", "2025-05-31", "month"),
    case("in March next year", "due in March", "2025-11-10", "2026-03-01", "2026-03-31",
         "month"),
    case("early September", "In early September, she accompanied Kim", TUE_0930, "2025-09-01",
         "2025-09-10", "month"),
    case("mid-September", "mid-September", TUE_0930, "2025-09-11", "2025-09-20", "month"),
    case("late September", "late September", TUE_0930, "2025-09-21", "2025-09-30", "month"),
    case("late February", "late February", "2025-03-10", "2025-02-21", "2025-02-28", "month"),
]

WEEKDAYS = [
    case("a weekday set before a future clause", "On Saturday, Modi and Ishiba will travel to "
         "Sendai", "2025-08-29", "2025-08-30"),
    case("a weekday set before a past clause", "On Saturday, Li visited the tower",
         "2025-08-29", "2025-08-23"),
    case("a weekday before a future clause, no comma", "On Friday he will travel to Iznik",
         "2025-11-27", "2025-11-28"),
    case("a weekday before a past clause, a plan later", "On Friday he met Li and said they "
         "will meet again", "2025-11-27", "2025-11-21"),
    case("a weekday described before its future clause", "On Tuesday, the final day of his "
         "trip, the pope is scheduled to pray", "2025-12-01", "2025-12-02"),
    case("a weekday described before its past clause", "On Tuesday, the final day of his "
         "trip, the pope prayed", "2025-12-03", "2025-12-02"),
    case("on Monday, same day", "Li Qiang on Monday met with Choe Son-hui in Beijing", MON_0929,
         "2025-09-29"),
    case("Monday alone", "Monday", "2025-10-01", "2025-09-29"),
    case("Sunday's meeting", "after the Sunday's meeting with Wang Yi", MON_0929, "2025-09-28"),
    case("reported Friday, same day", "the North's state media reported Friday", FRI_1010,
         "2025-10-10"),
    case("took place Thursday", "The meeting took place Thursday in Pyongyang", FRI_1010,
         "2025-10-09"),
    case("Saturday afternoon", "on Saturday afternoon", MON_0929, "2025-09-27"),
    case("late on Friday night", "late on Friday night", MON_0929, "2025-09-26"),
    case("statement on Tuesday", "a spokesperson said in an online statement on Tuesday",
         WED_1008, "2025-10-07"),
    case("will travel on Thursday", "Premier Li Qiang will travel to Pyongyang on Thursday",
         WED_1008, "2025-10-09"),
    case("will, same weekday is today", "Kim will speak on Wednesday", WED_1008,
         "2025-10-08"),
    case("was due, filed the same day", "Li's visit was due to wrap up on Saturday",
         "2025-10-11", "2025-10-11"),
    case("'ll", "He'll be there on Friday", WED_1008, "2025-10-10"),
    case("Today after a label", "A NEW GOLDEN AGE: Today, the President met Takaichi",
         "2025-10-28", "2025-10-28"),
    case("local time, a day ahead", "talks began on Tuesday morning local time", "2025-10-27",
         "2025-10-28"),
    case("local time, the same day", "talks began on Monday local time", "2025-10-27",
         "2025-10-27"),
    case("earlier in the week", "Earlier in the week, Trump was in Tokyo", "2025-10-29",
         "2025-10-27", "2025-10-28", "range"),
    case("Earlier, opening a sentence", "Earlier, Trump and Anwar watched the signing",
         "2025-10-26", "2025-10-26"),
    case("a trip told in the present", "Trump flies to Tokyo on Monday", "2025-10-26",
         "2025-10-27"),
    case("opens, same weekday is today", "the summit, which opens Friday", FRI_1010,
         "2025-10-10"),
    case("a meeting's close told in the present", "The summit ends on Sunday, when he hands over",
         "2025-11-22", "2025-11-23"),
    case("this Friday, read on Wednesday", "Li visits this Friday", WED_1008, "2025-10-10"),
    case("this Friday, read on Saturday", "Li visited this Friday", "2025-10-11",
         "2025-10-10"),
    case("this Monday, read on Sunday", "this Monday", "2025-10-12", "2025-10-06"),
    case("this Sunday, read on Monday", "This Sunday", MON_0929, "2025-10-05"),
    case("this over a will", "He will speak this Wednesday", WED_1008, "2025-10-08"),
    case("next Friday, read on Wednesday", "next Friday", WED_1008, "2025-10-17"),
    case("next Friday, read on Friday", "next Friday", FRI_1010, "2025-10-17"),
    case("next Monday, read on Sunday", "next Monday", "2025-10-12", "2025-10-13"),
    case("last Friday, read on Saturday", "last Friday", "2025-10-11", "2025-10-03"),
    case("last Friday, read on Friday", "last Friday", FRI_1010, "2025-10-03"),
    case("last Sunday, read on Monday", "last Sunday", "2025-10-13", "2025-10-12"),
    case("this past Monday, read on Monday", "this past Monday", MON_0929, "2025-09-22"),
    case("this coming Friday, read on Friday", "this coming Friday", FRI_1010, "2025-10-17"),
    case("the last Friday is no modifier", "on the last Friday of the month", FRI_1010,
         "2025-10-10"),
    case("is scheduled", "The summit is scheduled for Monday", WED_1008, "2025-10-13"),
    case("plans to", "Li plans to visit on Saturday", WED_1008, "2025-10-11"),
    case("to + verb", "Li is invited to attend the event on Friday", WED_1008, "2025-10-10"),
    case("set to", "The talks are set to open Tuesday", WED_1008, "2025-10-14"),
    case("upcoming", "the upcoming Saturday ceremony", WED_1008, "2025-10-11"),
    case("a city's country is no clause", "is due to meet Xi in Busan, South Korea on Thursday",
         "2025-10-26", "2025-10-30"),
    case("said is the past of what it says", "On Friday, Trump said the US would impose tariffs",
         "2025-10-13", "2025-10-10"),
    case("next", "next Monday", WED_1008, "2025-10-13"),
    case("this coming", "this coming Sunday", WED_1008, "2025-10-12"),
    case("due", "The delegation is due on Friday", WED_1008, "2025-10-10"),
    case("expected", "He is expected to arrive Thursday", WED_1008, "2025-10-09"),
    case("falls on", "The anniversary falls on Friday", THU_1009, "2025-10-10"),
    case("Friday marks", "Friday marks the 80th anniversary of the party", THU_1009,
         "2025-10-10"),
    case("last Friday", "He will recall what happened last Friday", THU_1009, "2025-10-03"),
    case("future cue in another clause", "Li will visit, the ministry said Tuesday", WED_1008,
         "2025-10-07"),
    case("travel to a place is no cue", "Li returned to Beijing on Tuesday", WED_1008,
         "2025-10-07"),
    case("would, no earlier date", "KCNA said Li would attend the anniversary events on Friday",
         TUE_1007, "2025-10-10"),
    case("from Thursday to Saturday", "from Thursday to Saturday", MON_0929, "2025-09-25",
         "2025-09-27", "range"),
    case("Saturday through Tuesday", "Saturday through Tuesday", TUE_0930, "2025-09-27",
         "2025-09-30", "range"),
    case("three-day visit starting Thursday", "a three-day visit starting Thursday", FRI_1010,
         "2025-10-09", "2025-10-11", "range"),
    case("four-day visit which started",
         "Choe's four-day visit, which started on Saturday, marks her second trip", TUE_0930,
         "2025-09-27", "2025-09-30", "range"),
    case("for a three-day stay",
         "Li arrived in the North Korean capital on Thursday for a three-day stay.", THU_1009,
         "2025-10-09", "2025-10-11", "range"),
    case("will pay a 3-day visit from",
         "Li will pay a 3-day official visit from Thursday", WED_1008, "2025-10-09",
         "2025-10-11", "range"),
]

RELATIVE = [
    case("today", "Kim said today", FRI_1010, "2025-10-10"),
    case("quoted Today", '"Today we celebrate," Kim said', FRI_1010, "2025-10-10"),
    case("two weeks ago", "two weeks ago", FRI_1010, "2025-09-23", "2025-09-29", "range"),
    case("yesterday", "Yesterday, Li arrived", FRI_1010, "2025-10-09"),
    case("tomorrow", "Li leaves tomorrow", FRI_1010, "2025-10-11"),
    case("last month", "Xi sent a congratulatory message to Kim last month", FRI_1010,
         "2025-09-01", "2025-09-30", "month"),
    case("next month", "next month", FRI_1010, "2025-11-01", "2025-11-30", "month"),
    case("last month in January", "last month", "2026-01-05", "2025-12-01", "2025-12-31",
         "month"),
    case("earlier this month", "Earlier this month, Xi and Kim held a meeting", MON_0929,
         "2025-09-01", "2025-09-28", "month"),
    case("earlier this week: before today", "Earlier this week, Pak attended a reception",
         FRI_1010, "2025-10-06", "2025-10-09", "range"),
    case("earlier this week on its Monday", "earlier this week", "2025-10-06", "2025-10-06",
         "2025-10-06", "range"),
    case("later this month", "later this month", FRI_1010, "2025-10-10", "2025-10-31",
         "month"),
    case("this month", "this month", FRI_1010, "2025-10-01", "2025-10-31", "month"),
    case("early this month", "when he traveled to Beijing early this month", MON_0929,
         "2025-09-01", "2025-09-10", "month"),
    case("late last month", "late last month", FRI_1010, "2025-09-21", "2025-09-30", "month"),
    case("mid-next month", "mid-next month", FRI_1010, "2025-11-11", "2025-11-20", "month"),
    case("this week", "this week", FRI_1010, "2025-10-06", "2025-10-12", "range"),
    case("last week", "last week", FRI_1010, "2025-09-29", "2025-10-05", "range"),
    case("next week", "next week", FRI_1010, "2025-10-13", "2025-10-19", "range"),
    case("five days ago", "five days ago", FRI_1010, "2025-10-05"),
    case("Chinese early this month", "本月初，习近平同金正恩在北京会晤", MON_0929, "2025-09-01",
         "2025-09-10", "month"),
    case("Chinese last month", "上个月，习近平同金正恩举行会谈", FRI_1010, "2025-09-01",
         "2025-09-30", "month"),
    case("Korean late last month", "지난달 말 베이징에서", FRI_1010, "2025-09-21", "2025-09-30",
         "month"),
    case("Chinese this month's 10th is no month", "本月10日", FRI_1010),
    case("the eve of a date", "On the eve of Oct. 1, the embassy held a reception", FRI_1010,
         "2025-09-30"),
    case("the eve of an occasion on a date",
         "on the eve of the 76th anniversary of the PRC on Oct. 1, a reception", FRI_1010,
         "2025-09-30"),
    case("a named day", "Kim sent Xi a message on China's National Day", FRI_1010, "2025-10-01"),
    case("the eve of a named day", "On the eve of China's National Day, a reception", FRI_1010,
         "2025-09-30"),
    case("a named day in Chinese", "国庆节前夕", "2025-09-28", "2025-10-01"),
    case("the eve of an event before the date's clause",
         "On the eve of the parade, Kim met Li on Oct. 9", FRI_1010, "2025-10-09"),
]

# A year-less date said to be in another year is in that year, never in the article's.
OTHER_YEARS = [
    case("in June last year", "Kim signed the treaty in June last year", THU_1009,
         "2024-06-01", "2024-06-30", "month"),
    case("of last year", "in October of last year", THU_1009, "2024-10-01", "2024-10-31",
         "month"),
    case("Oct. 5 last year", "they met on Oct. 5 last year", THU_1009, "2024-10-05"),
    case("Oct. 1, six years ago", "on Oct. 1, six years ago", THU_1009, "2019-10-01"),
    case("six years ago in June", "Xi visited six years ago in June", THU_1009, "2019-06-01",
         "2019-06-30", "month"),
    case("last year, on", "Last year, on Oct. 9, Choe went", THU_1009, "2024-10-09"),
    case("the same day a year earlier", "the same day a year earlier", THU_1009, "2024-10-09"),
    case("six years ago this month", "the visit six years ago this month", THU_1009,
         "2019-10-01", "2019-10-31", "month"),
    case("November next year", "the summit in November next year", THU_1009, "2026-11-01",
         "2026-11-30", "month"),
    case("years later: already this year's", "Li arrived on Oct. 9, six years later",
         THU_1009, "2025-10-09"),
    case("a weekday is never moved", "on Thursday, a year after the treaty", THU_1009,
         "2025-10-09"),
    case("去年", "去年10月9日，习近平会见了金正恩。", THU_1009, "2024-10-09"),
    case("작년", "김정은 위원장은 작년 9월 4일 회담했다.", THU_1009, "2024-09-04"),
    case("내년", "내년 10월 1일 방문할 예정이다.", THU_1009, "2026-10-01"),
    case("no word for another year", "김정은 위원장은 9월 4일 회담했다.", THU_1009, "2025-09-04"),
    # Counted from the article's year, not from the year nearest it.
    case("March next year, in October", "Xi will visit in March next year", THU_1009,
         "2026-03-01", "2026-03-31", "month"),
    case("Dec. 30 last year, in January", "they met on Dec. 30 last year", "2026-01-05",
         "2025-12-30"),
    case("내년 3월, in October", "내년 3월 1일 방문할 예정이다.", THU_1009, "2026-03-01"),
]

TRAPS = [
    trap("war years in brackets", "the War of Resistance (1931-45)"),
    trap("1950-53", "the Korean War of 1950-53"),
    trap("1950-1953", "the 1950-1953 war"),
    trap("80th anniversary", "the 80th anniversary of the party"),
    trap("70th", "the 70th"),
    trap("the 20th Party Congress", "the 20th Party Congress"),
    trap("the 29th anniversary", "the 29th anniversary"),
    trap("in 16 years", "the first such visit in 16 years"),
    trap("six years ago", "they last met six years ago"),
    trap("a year ago", "a year ago"),
    trap("since 2019", "their first meeting since 2019"),
    trap("in 2019", "in 2019"),
    trap("bare year", "2025"),
    trap("the 1970s", "in the 1970s"),
    trap("No. 2", "the No. 2 official"),
    trap("Juche 114", "Juche 114"),
    trap("may change", "No matter how the situation may change"),
    trap("May I", "May I add something?"),
    trap("aged 41", "Kim, aged 41, said"),
    trap("41-year-old", "the 41-year-old leader"),
    trap("screen size", "best viewed at 1024*768"),
    trap("copyright range", "Copyright 1995 - 2025 Xinhua"),
    trap("copyright sign", "© 2025 KCNA Watch"),
    trap("last year", "last year"),
    trap("next year", "next year"),
    trap("time 22:41", "22:41"),
    trap("time 15:07", "Updated 15:07"),
    trap("percentage", "rose 30.5 percent, or 12%"),
    trap("money", "$1.5 billion"),
    trap("Hwasong-20", "the Hwasong-20 missile"),
    trap("phone number", "Tel: 86-10-6307-4000"),
    trap("3 min read", "3 min read"),
    trap("USA Today", "the newspaper USA Today said"),
    trap("an earlier visit", "his earlier visit to Beijing"),
    trap("March as a verb", "March on, comrades"),
    trap("May Day", "May Day rallies were held"),
    trap("version number", "version 2.5.1 released"),
]
# fmt: on


@pytest.mark.parametrize(
    ("sentence", "reference", "start", "end", "precision"),
    ABSOLUTE + RANGES + MONTHS + WEEKDAYS + RELATIVE + OTHER_YEARS + TRAPS,
)
def test_first_date(
    sentence: str, reference: str, start: str | None, end: str | None, precision: str
) -> None:
    span = resolve_phrase(sentence, dt.date.fromisoformat(reference))
    if start is None or end is None:
        assert span is None
    else:
        expected = DateSpan(dt.date.fromisoformat(start), dt.date.fromisoformat(end), precision)  # type: ignore[arg-type]
        assert span == expected


def spans(sentence: str, reference: str, anchor: str | None = None) -> list[tuple[str, str]]:
    found = find_dates(
        sentence,
        dt.date.fromisoformat(reference),
        dt.date.fromisoformat(anchor) if anchor else None,
    )
    return [(m.span.start.isoformat(), m.span.end.isoformat()) for m in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "金氏は9月、北京で開かれた軍事パレードに出席するため訪中し、"
        "4日に習近平国家主席と会談した。",
        "In September, Kim traveled to Beijing and met Xi on the 4th.",
    ],
)
def test_a_day_of_the_month_is_of_the_month_the_sentence_named(sentence: str) -> None:
    found = find_dates(sentence, dt.date(2025, 10, 10))
    assert [d.span.start for d in found] == [dt.date(2025, 9, 1), dt.date(2025, 9, 4)]


def test_would_counts_from_the_date_before_it() -> None:
    sentence = (
        "The ministry announced on Thursday that Choe would stay in China "
        "from Saturday through Tuesday."
    )
    assert spans(sentence, "2025-09-28") == [
        ("2025-09-25", "2025-09-25"),
        ("2025-09-27", "2025-09-30"),
    ]


def test_would_after_a_stay_names_a_day_within_it() -> None:
    """The abbreviation's full stop ("Oct.") does not end the clause "would" governs, and
    the weekday after a stay is counted from its first day."""
    sentence = (
        "Zakharova announced the visit on Friday, saying Choe would stay in Russia "
        "from Oct. 26 to 28 and hold talks with Lavrov on Monday."
    )
    assert spans(sentence, "2025-10-26") == [
        ("2025-10-24", "2025-10-24"),
        ("2025-10-26", "2025-10-28"),
        ("2025-10-27", "2025-10-27"),
    ]


def test_would_marks_future() -> None:
    (mention,) = find_dates("KCNA said Li would attend on Friday", dt.date(2025, 10, 7))
    assert mention.future


def test_following_day_leans_on_the_date_before_it() -> None:
    sentence = (
        "Kim watched China's Sept. 3 military parade and sat down with Chinese President "
        "Xi Jinping for summit talks the following day"
    )
    assert spans(sentence, "2025-09-28") == [
        ("2025-09-03", "2025-09-03"),
        ("2025-09-04", "2025-09-04"),
    ]


def test_the_day_he_arrived_is_the_day_named_before_its_three_day_visit() -> None:
    sentence = (
        "Li, who arrived on Oct 9 for a three-day official goodwill visit, held talks with "
        "Kim on the day he arrived"
    )
    assert spans(sentence, "2025-10-10") == [
        ("2025-10-09", "2025-10-11"),
        ("2025-10-09", "2025-10-09"),
    ]


def test_following_day_after_sept_28() -> None:
    sentence = (
        "Choe held talks with Chinese Foreign Minister Wang Yi in Beijing on Sept. 28 "
        "before meeting Li the following day"
    )
    assert spans(sentence, "2025-10-01") == [
        ("2025-09-28", "2025-09-28"),
        ("2025-09-29", "2025-09-29"),
    ]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the following day", "2025-09-05"),
        ("the next day", "2025-09-05"),
        ("the previous day", "2025-09-03"),
        ("a day earlier", "2025-09-03"),
        ("a day later", "2025-09-05"),
        ("the same day", "2025-09-04"),
        ("later that day", "2025-09-04"),
        ("two days later", "2025-09-06"),
        ("Three days earlier", "2025-09-01"),
        ("the day afterwards", "2025-09-05"),
        ("two days afterwards", "2025-09-06"),
        ("Two days afterward, he left", "2025-09-06"),
        ("one day afterwards", "2025-09-05"),
        ("two days thereafter", "2025-09-06"),
        ("a day after that", "2025-09-05"),
        ("A day after, he left", "2025-09-05"),
        ("he left three days after.", "2025-09-07"),
        ("two days before that", "2025-09-02"),
        ("a day beforehand", "2025-09-03"),
    ],
)
def test_anchor_days(phrase: str, expected: str) -> None:
    assert spans(phrase, "2025-10-08", anchor="2025-09-04") == [(expected, expected)]


@pytest.mark.parametrize(
    "phrase", ["a day after the parade", "two days before the summit", "days afterwards"]
)
def test_count_needs_a_number_and_no_object(phrase: str) -> None:
    assert spans(phrase, "2025-10-08", anchor="2025-09-04") == []


def test_days_from_now_count_from_the_reference_and_look_ahead() -> None:
    (mention,) = find_dates("three days from now", dt.date(2025, 10, 8), dt.date(2025, 9, 4))
    assert mention.span == DateSpan(dt.date(2025, 10, 11), dt.date(2025, 10, 11), "day")
    assert mention.future


def test_anchor_defaults_to_reference() -> None:
    assert spans("the following day", "2025-10-08") == [("2025-10-09", "2025-10-09")]


def test_weeks_later_is_a_vague_range_around_the_anchor() -> None:
    sentence = "Three weeks later, DPRK Foreign Minister Choe Son-hui visited China"
    (mention,) = find_dates(sentence, dt.date(2025, 10, 8), dt.date(2025, 9, 4))
    assert mention.span == DateSpan(dt.date(2025, 9, 22), dt.date(2025, 9, 28), "range")
    assert mention.vague


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Kim went to Beijing last month. Choe visited China later in the month.",
         "2025-09-01", "2025-09-30"),
        ("Kim went to Beijing in September and Choe followed later that month.",
         "2025-09-01", "2025-09-30"),
        ("Kim went to Beijing last month; Choe went at the end of the month.",
         "2025-09-21", "2025-09-30"),
    ],
)
def test_later_in_the_month_is_the_month_last_spoken_of(
    sentence: str, start: str, end: str
) -> None:
    mention = find_dates(sentence, dt.date(2025, 10, 9))[-1]
    month = DateSpan(dt.date.fromisoformat(start), dt.date.fromisoformat(end), "month")
    assert mention.span == month
    assert mention.vague


def test_later_in_the_month_leans_on_the_month_given_or_the_anchor() -> None:
    (given,) = find_dates("later in the month", dt.date(2025, 10, 9), month=dt.date(2025, 9, 1))
    (anchored,) = find_dates("later that month", dt.date(2025, 10, 9), dt.date(2025, 8, 28))
    assert given.span.start == dt.date(2025, 9, 1)
    assert anchored.span == DateSpan(dt.date(2025, 8, 1), dt.date(2025, 8, 31), "month")


def test_a_week_earlier() -> None:
    (mention,) = find_dates("a week earlier", dt.date(2025, 10, 8), dt.date(2025, 9, 11))
    assert mention.span == DateSpan(dt.date(2025, 9, 1), dt.date(2025, 9, 7), "range")


@pytest.mark.parametrize(
    "phrase", ["last month", "earlier this month", "this week", "early September"]
)
def test_vague_phrases(phrase: str) -> None:
    (mention,) = find_dates(phrase, dt.date(2025, 10, 10))
    assert mention.vague


def test_plain_dates_are_not_vague() -> None:
    (mention,) = find_dates("on Sept. 4", dt.date(2025, 10, 10))
    assert not mention.vague and not mention.future


def test_future_weekday_is_marked() -> None:
    (mention,) = find_dates("Li will travel to Pyongyang on Thursday", dt.date(2025, 10, 8))
    assert mention.future


@pytest.mark.parametrize(
    ("sentence", "reference", "future"),
    [
        ("The summit opens this Friday", WED_1008, True),
        ("The summit opened this Friday", "2025-10-11", False),
        ("The summit opens next Friday", FRI_1010, True),
        ("The summit opened last Friday", WED_1008, False),
    ],
)
def test_this_next_and_last_weekdays_are_future_only_after_the_reference(
    sentence: str, reference: str, future: bool
) -> None:
    (mention,) = find_dates(sentence, dt.date.fromisoformat(reference))
    assert mention.future is future


def test_timeline_line_has_two_mentions() -> None:
    sentence = "September 27–30: Choe visits China; she holds talks with Wang Yi on September 28"
    assert spans(sentence, "2025-10-14") == [
        ("2025-09-27", "2025-09-30"),
        ("2025-09-28", "2025-09-28"),
    ]


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Kim set out from Pyongyang on Monday, September 1", ["Monday, September 1"]),
        ("Thursday, Sept. 4, 2025, in Beijing", ["Thursday, Sept. 4, 2025"]),
        ("On Sept 4, Xi met Kim; the following day they talked", ["Sept 4", "the following day"]),
        ("from Sept. 27 to 30", ["from Sept. 27 to 30"]),
        ("In early September, she went", ["early September"]),
        ("Li arrived on Thursday for a three-day stay.", ["Thursday for a three-day stay"]),
        ("the 29th, 2025年10月9日 and 10월 9일", ["the 29th", "2025年10月9日", "10월 9일"]),
    ],
)
def test_mention_text_is_the_slice(sentence: str, texts: list[str]) -> None:
    found = find_dates(sentence, dt.date(2025, 10, 10))
    assert [m.text for m in found] == texts
    assert all(sentence[m.start_char : m.end_char] == m.text for m in found)


def test_mentions_are_ordered_and_do_not_overlap() -> None:
    sentence = (
        "On Monday, September 1, Kim left; from Sept. 2 to 4 he stayed in Beijing, "
        "and on Friday he was back, the agency said last week."
    )
    found = find_dates(sentence, dt.date(2025, 9, 10))
    assert len(found) == 4
    for before, after in itertools.pairwise(found):
        assert before.end_char <= after.start_char


# --- the shortcuts agree with the plain searches they stand in for --------------------

TRICKY_WORDS = [
    "May", "MAY", "may", "NeXt", "Monday", "SEPT", "Sept.", "the  day after", "a day later",
    "tomorrow", "2025", "３", "١٢", "ſeptember", "İ", "ı", "\u212a", "—", "’", "年", "10월 9일",
    "9月", "two days later", "days", "afterwards", "after that", "a day after,", "this week",
    "earlier this month", "the 29th", "3-4 October",
]  # fmt: skip
TRICKY_TEXT = st.lists(st.sampled_from(TRICKY_WORDS) | st.text(max_size=6), max_size=14).map(
    " ".join
)


@settings(max_examples=300, deadline=None)
@given(TRICKY_TEXT)
def test_quick_date_test_agrees_with_the_case_blind_search(text: str) -> None:
    assert may_hold_date(text) == (_hint().search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(TRICKY_TEXT)
def test_rules_skipped_for_missing_clues_would_have_found_nothing(text: str) -> None:
    every_rule = [
        (match.start(), match.end(), rule.name)
        for rule in _rules()
        for match in rule.pattern.finditer(text)
        if match.end() > match.start()
    ]
    assert [(p.start, p.end, p.rule.name) for p in _proposals(text)] == every_rule


SUN_0928 = dt.date(2025, 9, 28)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Choe is on a four-day trip to China through Tuesday.", "2025-09-27", "2025-09-30"),
        ("She began a three-day tour that ran until Tuesday.", "2025-09-21", "2025-09-23"),
    ],
)
def test_an_n_day_trip_until_a_weekday_ends_on_it(sentence: str, start: str, end: str) -> None:
    (mention,) = find_dates(sentence, SUN_0928)
    assert (mention.span.start.isoformat(), mention.span.end.isoformat()) == (start, end)
    assert not mention.until and not mention.future


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The visit, which runs until Tuesday, is her second.", "2025-09-30"),
        ("He will stay until Tuesday.", "2025-09-30"),
        ("He stayed in Beijing until Tuesday.", "2025-09-23"),
    ],
)
def test_until_a_weekday_is_an_end_to_come_only_while_it_goes_on(sentence: str, day: str) -> None:
    (mention,) = find_dates(sentence, SUN_0928)
    assert mention.span.start.isoformat() == day
    assert mention.until


def test_the_day_after_a_month_named_in_the_sentence_is_in_that_month() -> None:
    found = find_dates("In September, Kim met Xi the day after", dt.date(2025, 10, 11),
                       dt.date(2025, 10, 10))  # fmt: skip
    assert found[-1].span == DateSpan(dt.date(2025, 9, 1), dt.date(2025, 9, 30), "month")
    (alone,) = find_dates("Kim met Xi the day after", dt.date(2025, 10, 11), dt.date(2025, 10, 10))
    assert alone.span == DateSpan(dt.date(2025, 10, 11), dt.date(2025, 10, 11), "day")


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("Lee chaired it on Friday and Saturday.", [("2025-10-31", "2025-11-01")]),
        (  # two days apart: two days, not a span
            "Trump was in Tokyo on Monday and Wednesday.",
            [("2025-10-27", "2025-10-27"), ("2025-10-29", "2025-10-29")],
        ),
    ],
)
def test_two_weekdays_in_a_row_joined_by_and_are_one_span(
    sentence: str, spans: list[tuple[str, str]]
) -> None:
    found = find_dates(sentence, dt.date(2025, 11, 2))
    assert [(m.span.start.isoformat(), m.span.end.isoformat()) for m in found] == spans


def test_two_days_of_other_months_joined_by_and_are_two_dates_unless_in_a_row() -> None:
    found = find_dates("the rounds held on May 16 and June 2", dt.date(2025, 7, 23))
    assert [(m.text, m.span.start, m.span.end) for m in found] == [
        ("May 16", dt.date(2025, 5, 16), dt.date(2025, 5, 16)),
        ("June 2", dt.date(2025, 6, 2), dt.date(2025, 6, 2)),
    ]
    (summit,) = find_dates("held on Oct. 31 and Nov. 1", dt.date(2025, 10, 10))
    assert (summit.span.start, summit.span.end) == (dt.date(2025, 10, 31), dt.date(2025, 11, 1))


def test_arabic_months_and_weekdays() -> None:
    """ "في 7 أكتوبر 2023" is a day of October; "مساء الأربعاء" read on a Friday is the
    Wednesday before."""
    found = find_dates("اندلعت الحرب في 7 أكتوبر 2023", dt.date(2025, 10, 10))
    assert [d.span.start for d in found] == [dt.date(2023, 10, 7)]
    found = find_dates("أعلن ترمب مساء الأربعاء", dt.date(2025, 10, 10))
    assert [d.span.start for d in found] == [dt.date(2025, 10, 8)]
