"""Normalising pages: a tiny invented page → the article fields a reader would pick out.

Every page here is made up for the test (no outlet's real layout is copied); each one
exercises one thing: where the headline is, what names the outlet, what is furniture.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.articles import normalise
from generator.config import Config
from generator.knowledge import load_knowledge
from generator.model import Article, Dateline, Document, Problem, Seed
from generator.outlets import PageText, find_outlet

KNOWLEDGE = load_knowledge()
CONFIG = Config(root=Path("."))  # timezone UTC: times of unknown outlets stay in UTC


def read(page: str, kind: str = "txt") -> Article | Problem:
    lines = tuple(textwrap.dedent(page).strip("\n").split("\n"))
    document = Document("seeds/x.txt", kind, "utf-8", lines)  # type: ignore[arg-type]
    return normalise(document, Seed("/tmp/seeds/x.txt", "seeds/x.txt", "0" * 16), KNOWLEDGE, CONFIG)


def fields(article: Article, names: list[str]) -> dict[str, Any]:
    """The named fields; ``published`` is the ISO string the site shows."""
    return {n: article.published_iso if n == "published" else getattr(article, n) for n in names}


def case(name: str, page: str, marks: Any = (), **expected: Any) -> Any:
    return pytest.param(page, expected, id=name, marks=marks)



# fmt: off
HEADLINES = [
    case("under a section label, above a standfirst and the date", """
        Home | World | Asia
        WORLD
        Beijing hosts visiting delegation from Pyongyang for talks
        A senior delegation arrived in the Chinese capital on Monday for three days of trade talks
        Published: Oct 6, 2025 09:15 PM
        The delegation was met at the airport by officials from the foreign ministry on Monday.
        Both sides pledged to deepen cooperation in trade and tourism during the visit.
        """,
        title="Beijing hosts visiting delegation from Pyongyang for talks",
        subtitle="A senior delegation arrived in the Chinese capital on Monday for three days of "
                 "trade talks",
        title_generated=False, published="2025-10-06T21:15:00+00:00"),
    case("after a language switcher and a date line", """
        English | 中文 | 한국어
        2025-10-10
        Kim Jong Un receives Chinese delegation
        Pyongyang, October 10 (KCNA) -- Kim Jong Un received a Chinese delegation on Thursday.
        The delegation conveyed warm greetings from the Chinese leadership.
        """,
        title="Kim Jong Un receives Chinese delegation", title_generated=False,
        published="2025-10-10", wire="KCNA", outlet=None),
    case("none: made from the lead's first clause", """
        Posted 2025-10-08 10:00
        Officials from both countries signed an agreement on border trade on Tuesday in Dandong.
        It was the first such agreement in six years.
        """,
        title="Officials from both countries signed an agreement on border trade on Tuesday…",
        title_generated=True),
    case("a short lead is the whole generated headline", """
        Posted 2025-10-08 10:00
        Trade officials met in Dandong on Tuesday. They agreed to meet again before long.
        """,
        title="Trade officials met in Dandong on Tuesday", title_generated=True),
    case("ending with a quotation", """
        China, DPRK vow to "write a new chapter" in friendship
        Published: Oct 6, 2025 09:15 PM
        Officials of both sides said the two countries would open a new chapter in their relations.
        The remarks came at a reception held in Beijing on Monday evening.
        """,
        title='China, DPRK vow to "write a new chapter" in friendship', title_generated=False),
    case("a question", """
        Will Kim Jong Un travel to Beijing again this year?
        Published: Oct 6, 2025 09:15 PM
        Analysts say another trip by the North Korean leader is possible before the end of the year.
        His last visit took place in early September for the military parade.
        """,
        title="Will Kim Jong Un travel to Beijing again this year?", title_generated=False,
        paragraphs=(
            "Analysts say another trip by the North Korean leader is possible before the end of "
            "the year.",
            "His last visit took place in early September for the military parade.",
        )),
    case("above a standfirst ending with a full stop", """
        WORLD
        Beijing hosts visiting delegation from Pyongyang for talks
        A senior delegation arrived in the Chinese capital on Monday for three days of talks.
        Published: Oct 6, 2025 09:15 PM
        The delegation was met at the airport by officials from the foreign ministry on Monday.
        Both sides pledged to deepen cooperation in trade and tourism during the visit.
        """,
        title="Beijing hosts visiting delegation from Pyongyang for talks",
        published="2025-10-06T21:15:00+00:00"),
]

MARKER = [
    case("the copy tool's date when the page prints none", """
         date 2025-10-10
        Trade officials from both sides met in Sinuiju to review customs procedures at the border.
        They agreed to meet again before the end of the year.
        """,
        published="2025-10-10", published_at=None,
        paragraphs=(
            "Trade officials from both sides met in Sinuiju to review customs procedures at the "
            "border.",
            "They agreed to meet again before the end of the year.",
        )),
    case("a headline sharing the copy tool's line", """
         date 2025-10-10 Kim Jong Un receives Chinese delegation
        Kim Jong Un received a Chinese delegation at the Kumsusan Guesthouse on Thursday evening.
        The delegation conveyed warm greetings from the Chinese leadership.
        """,
        title="Kim Jong Un receives Chinese delegation", title_generated=False,
        published="2025-10-10"),
    case("the page's own date beats the copy tool's", """
         date 2025-10-12
        Chinese envoy wraps up visit to Pyongyang
        Updated: 2025-10-11 18:20
        The Chinese envoy left Pyongyang on Saturday after a three-day visit to the country.
        He met senior officials of the ruling party during his stay.
        """,
        title="Chinese envoy wraps up visit to Pyongyang",
        published="2025-10-11T18:20:00+00:00"),
    case("'Published' beats 'Updated' even below it", """
        Chinese envoy wraps up visit to Pyongyang
        Updated: 2025-10-11 18:20
        Published: 2025-10-11 09:02
        The Chinese envoy left Pyongyang on Saturday after a three-day visit to the country.
        He met senior officials of the ruling party during his stay.
        """,
        published="2025-10-11T09:02:00+00:00"),
]

OUTLETS = [
    case("a byline with pipes", """
        Diplomacy
        Chinese vice premier arrives in Pyongyang for anniversary
        By Li Wei | Global Times | Published: Oct 09, 2025 11:20 PM
        A Chinese delegation led by the vice premier arrived in Pyongyang on Thursday afternoon.
        The delegation will attend celebrations marking the party's founding anniversary.
        """,
        outlet="Global Times", wire=None, author="Li Wei",
        published="2025-10-09T23:20:00+08:00"),
    case("a masthead line", """
        The Korea Herald
        North Korea hosts Chinese delegation ahead of party anniversary
        Published : Oct. 9, 2025 - 16:40
        A high-level Chinese delegation arrived in Pyongyang on Thursday, state media said.
        The visit comes ahead of the ruling party's 80th founding anniversary on Friday.
        """,
        outlet="The Korea Herald", published="2025-10-09T16:40:00+09:00",
        title="North Korea hosts Chinese delegation ahead of party anniversary"),
    case("a masthead with a dash and the date", """
        NK News - October 9, 2025
        Chinese delegation lands in Pyongyang ahead of anniversary
        A Chinese delegation landed at Pyongyang's Sunan airport on Thursday, footage showed.
        The group is expected to stay in the country until Saturday.
        """,
        outlet="NK News", published="2025-10-09",
        title="Chinese delegation lands in Pyongyang ahead of anniversary"),
    case("an American portal's wire copy, its time without a zone", """
        U.S. News & World Report
        North Korea's Choe holds talks with China's Wang Yi in Beijing
        By Reuters | Sept. 28, 2025, at 9:04 a.m.
        BEIJING (Reuters) - Wang Yi held talks with Choe Son Hui in Beijing on Sunday.
        Choe arrived in the Chinese capital on Saturday.
        """,
        outlet="U.S. News & World Report", wire="Reuters",
        published="2025-09-28T09:04:00-04:00"),
    case("a newsletter's masthead above its author, who holds the copyright", """
        Forwarded this email? Subscribe here for more
        Pyongyang Dispatch
        Issue #87: Choe in Beijing, a warm message
        Mara Kessler
        Oct 4, 2025
        Foreign Minister Choe Son Hui held talks with Wang Yi on Sept. 28.
        She met Premier Li Qiang the next day.
        © 2025 Mara Kessler
        """,
        outlet="Pyongyang Dispatch"),
    case("a copyright footer with the owner's name", """
        North Korea hosts Chinese delegation ahead of party anniversary
        Oct. 9, 2025
        A high-level Chinese delegation arrived in Pyongyang on Thursday, state media said.
        The visit comes ahead of the ruling party's 80th founding anniversary on Friday.
        Copyright Herald Corporation. Unauthorized reproduction prohibited.
        """,
        outlet="The Korea Herald", wire=None),
    case("'told the Global Times'", """
        China and DPRK mark 64 years of friendship treaty
        Published: Jul 11, 2025 08:15 PM
        The treaty remains the cornerstone of relations, an expert told the Global Times on Friday.
        Officials from both countries attended a reception in Beijing to mark the anniversary.
        """,
        outlet="Global Times", published="2025-07-11T20:15:00+08:00"),
    case("an unlisted outlet named by its masthead (and its copyright footer)", """
        Daily Example
        Beijing hosts visiting delegation from Pyongyang for talks
        Published: Oct 6, 2025 09:15 PM
        The delegation was met at the airport by officials from the foreign ministry on Monday.
        Both sides pledged to deepen cooperation in trade and tourism during the visit.
        Copyright 2025 by the Daily Example. All rights reserved.
        """,
        outlet="Daily Example", wire=None),
    case("an outlet nothing names stays unknown", """
        Beijing hosts visiting delegation from Pyongyang for talks
        Published: Oct 6, 2025 09:15 PM
        The delegation was met at the airport by officials from the foreign ministry on Monday.
        Both sides pledged to deepen cooperation in trade and tourism during the visit.
        More from Daily Example
        Share on Facebook
        """,
        outlet=None, wire=None),
    case("a 'Source:' line naming a listed outlet (an agency there is the wire)", """
        Chinese premier holds talks with Kim Jong Un in Pyongyang
        Source: Global Times | 2025-10-10 10:05
        Chinese Premier Li Qiang held talks with Kim Jong Un in Pyongyang on Thursday.
        Li said China is willing to work with the DPRK to deepen practical cooperation.
        """,
        outlet="Global Times", wire=None, published="2025-10-10T10:05:00+08:00"),
]

WIRES = [
    case("a dateline credit (Reuters)", """
        China's top legislator to visit North Korea
        October 8, 2025 4:12 AM GMT+8
        BEIJING, Oct 8 (Reuters) - China's top legislator will visit North Korea this week.
        The trip comes as the two countries mark a series of anniversaries this year.
        """,
        outlet=None, wire="Reuters", published="2025-10-08T04:12:00+08:00",
        dateline=Dateline("Beijing", "Oct 8", dt.date(2025, 10, 8))),
    case("a dateline of two places: the first", """
        China's premier meets Kim in Pyongyang
        October 10, 2025 3:12 AM GMT+9
        SEOUL/BEIJING, Oct 10 (Reuters) - Chinese Premier Li Qiang held talks with Kim Jong Un.
        The visit is the highest-level by a Chinese official in six years, state media said.
        """,
        outlet=None, wire="Reuters", published="2025-10-10T03:12:00+09:00",
        dateline=Dateline("Seoul", "Oct 10", dt.date(2025, 10, 10))),
    case("no dateline: where the story was reported from, counted from there", """
        Trump and Xi Agree to Pause Trade Fight
        By Jane Roe and Li Wei
        Jane Roe reported from Busan, South Korea, and Li Wei from Beijing.
        Oct. 29, 2025, 11:52 p.m. ET
        President Trump and Xi Jinping of China agreed on Thursday to a one-year truce.
        The two leaders met for about an hour and 40 minutes at an air base in Busan.
        Sam Poe contributed reporting from Seoul.
        """,
        published="2025-10-29T23:52:00-04:00",
        dateline=Dateline("Busan", None, dt.date(2025, 10, 30))),
    case("an agency between slashes (TASS)", """
        Chinese premier arrives in Pyongyang
        9 OCT 2025, 14:25
        MOSCOW, October 9. /TASS/. Chinese Premier Li Qiang has arrived in Pyongyang today.
        He is expected to attend the events marking the party anniversary, the agency said.
        """,
        outlet=None, wire="TASS", published="2025-10-09T14:25:00+03:00",
        dateline=Dateline("Moscow", "October 9", dt.date(2025, 10, 9))),
    case("a trailing credit line (Yonhap)", """
        N. Korea's Kim receives Chinese premier at party headquarters
        2025-10-09 21:30
        North Korean leader Kim Jong Un received Chinese Premier Li Qiang on Thursday.
        The two sides discussed ways to strengthen bilateral cooperation, the report said.
        Yonhap
        """,
        outlet=None, wire="Yonhap", published="2025-10-09T21:30:00+09:00"),
    case("editors' initials and the agencies (DW)", """
        China's premier in North Korea as Beijing courts Pyongyang
        Oct 10, 2025
        Chinese Premier Li Qiang met North Korean leader Kim Jong Un in Pyongyang on Thursday.
        Kim told Li that North Korea would strengthen cooperation with China, KCNA said.
        jm/wd (Reuters, AFP)
        """,
        wire="Reuters"),
    case("agencies in brackets, one the table does not list", """
        China's premier in North Korea as Beijing courts Pyongyang
        Oct 10, 2025
        Chinese Premier Li Qiang met North Korean leader Kim Jong Un in Pyongyang on Thursday.
        Kim told Li that North Korea would strengthen cooperation with China, KCNA said.
        (dpa, AFP)
        """,
        wire="AFP"),
    case("an outlet's byline with the agency ('Le Monde with AFP')", """
        Chinese premier ends Pyongyang visit
        Le Monde with AFP
        Published on October 11, 2025, at 3:47 pm (Paris) Updated on October 11, 2025, at 4:02 pm
        Chinese Premier Li Qiang left Pyongyang on Saturday at the end of a three-day visit.
        Mr Kim had received the Chinese premier on Thursday for talks, state media said.
        """,
        wire="AFP", author=None, title="Chinese premier ends Pyongyang visit"),
    case("a 'Source: Xinhua' credit line", """
        Chinese premier arrives in Pyongyang
        Oct 9, 2025
        Chinese Premier Li Qiang arrived in Pyongyang on Thursday for a three-day official visit.
        He was welcomed at the airport by senior officials of the ruling party and an honour guard.
        Source: Xinhua
        """,
        wire="Xinhua"),
]

NOT_THE_OUTLET = [
    case("a cited agency and photo credits", """
        Kim holds talks with visiting Chinese premier
        Published: 10 Oct. 2025, 08:42
        Kim Jong Un and Li Qiang pose for a photo in Pyongyang on Thursday. [AFP/YONHAP]
        Kim held talks with the premier on Thursday, the Korean Central News Agency reported.
        Li Qiang arrives at Pyongyang airport on Thursday. Photo: Xinhua
        The talks were held in a friendly atmosphere, according to the report.
        Li Qiang waves upon arrival in Pyongyang, Oct. 9, 2025. (Xinhua/Huang Jingwen)
        """,
        outlet=None, wire=None,
        paragraphs=(
            "Kim held talks with the premier on Thursday, the Korean Central News "
            "Agency reported.",
            "The talks were held in a friendly atmosphere, according to the report.",
        ),
        captions=(
            "Kim Jong Un and Li Qiang pose for a photo in Pyongyang on Thursday. [AFP/YONHAP]",
            "Li Qiang arrives at Pyongyang airport on Thursday. Photo: Xinhua",
            "Li Qiang waves upon arrival in Pyongyang, Oct. 9, 2025. (Xinhua/Huang Jingwen)",
        )),
]

BODY = [
    case("a reading-list heading above the article is a menu item", """
        Home
        Comments
        Chinese premier arrives in Pyongyang for a three-day visit
        Published: Oct 9, 2025 09:15 PM
        Chinese Premier Li Qiang arrived in Pyongyang on Thursday for a three-day official visit.
        He was greeted at the airport by Premier Pak Thae Song and senior officials of the party.
        """,
        title="Chinese premier arrives in Pyongyang for a three-day visit",
        published="2025-10-09T21:15:00+00:00"),
    case("a reading list in a copied page, up to a blank line", """
        N. Korea's Kim sends Xi message on China's National Day
        KYODO NEWS - Oct 2, 2025 - 11:03 | World, All
        Kim Jong Un sent a congratulatory message to Xi Jinping on Wednesday, state media said.
        In the message, Kim said the two countries will write a new chapter, KCNA reported.
        Related coverage:
        N. Korean foreign minister to visit China from Sat. to Tues.
        China's Xi, N. Korea's Kim hold 1st summit since 2019

        Kim visited Beijing in early September and held talks with Xi there on Sept. 4.
        """,
        paragraphs=(
            "Kim Jong Un sent a congratulatory message to Xi Jinping on Wednesday, state media "
            "said.",
            "In the message, Kim said the two countries will write a new chapter, KCNA reported.",
            "Kim visited Beijing in early September and held talks with Xi there on Sept. 4.",
        )),
    case("the numbered notes under an analysis, however long", """
        Li's visit: what Pyongyang wanted
        By Jane Doe | October 20, 2025
        Li Qiang held talks with Kim Jong Un in Pyongyang on October 9.
        Notes
        (1) Xinhua, "Chinese premier arrives in Pyongyang for official goodwill visit," Oct 9.
        (2) KCNA, "Kim Has a Dinner for Li and His Team in the Hall of the WPK on a Day," Oct 10.
        """,
        paragraphs=("Li Qiang held talks with Kim Jong Un in Pyongyang on October 9.",)),
    case("junk around and inside the article", """
        Share
        Facebook
        Twitter
        China and North Korea open new air route to Shanghai
        Posted 2025-10-03 11:05
        A new flight between Pyongyang and Shanghai will start operating this month, they said.
        Sign up for our newsletter to get the latest news every morning.
        最新免费在线观看高清视频入口欢迎访问我们的网站每天更新精彩内容不要错过。
        The route will be served twice a week by the national carrier of the DPRK.
        BACK TO THE TOP
        tags north korea china
        Most Popular
        Seoul shares close higher on chip rally
        Typhoon heads toward southern coast
        Copyright 2025 The Daily Example Company. All rights reserved.
        """,
        title="China and North Korea open new air route to Shanghai",
        paragraphs=(
            "A new flight between Pyongyang and Shanghai will start operating this "
            "month, they said.",
            "The route will be served twice a week by the national carrier of the DPRK.",
        ),
        captions=()),
    case("a dateline resolved and cut from the lead", """
        Chinese premier arrives in Pyongyang for official goodwill visit
        Source: Xinhua
        Editor: Wang Ming
        2025-10-09 16:22:10
        PYONGYANG, Oct. 9 (Xinhua) -- Chinese Premier Li Qiang arrived in Pyongyang on Thursday.
        Li was greeted at the airport by senior officials of the Workers' Party of Korea.
        """,
        title="Chinese premier arrives in Pyongyang for official goodwill visit",
        wire="Xinhua", published="2025-10-09T16:22:10+08:00",
        dateline=Dateline("Pyongyang", "Oct. 9", dt.date(2025, 10, 9)),
        paragraphs=(
            "Chinese Premier Li Qiang arrived in Pyongyang on Thursday.",
            "Li was greeted at the airport by senior officials of the Workers' Party of Korea.",
        )),
    case("a dateline's day in the year nearest the page", """
        Leaders exchange New Year greetings
        Published: Jan 2, 2026
        PYONGYANG, Dec. 31 (Xinhua) -- The two leaders exchanged New Year greetings on Wednesday.
        The messages wished the peoples of both countries happiness and prosperity.
        """,
        dateline=Dateline("Pyongyang", "Dec. 31", dt.date(2025, 12, 31))),
    case("a byline in capitals with an email", """
        Seoul watches as Beijing and Pyongyang draw closer
        By KIM SO-YEON (soyeon@example.kr)
        Oct. 9, 2025
        South Korean officials are closely following the exchanges between China and North Korea.
        A senior official said Seoul hoped the contacts would help bring Pyongyang back to talks.
        """,
        author="Kim So-Yeon", title="Seoul watches as Beijing and Pyongyang draw closer",
        published="2025-10-09"),
    case("a byline of staff names no reporter", """
        Chinese embassy in Pyongyang marks National Day as ties warm
        By GT staff reporters
        Published: Sep 30, 2025 11:08 PM
        The Chinese Embassy in the DPRK held a grand reception on Monday night for the holiday.
        DPRK Premier Pak Thae Song attended the reception and delivered a speech, it said.
        """,
        author=None, published="2025-09-30T23:08:00+00:00"),
    case("a reporter's post after a comma is not their name", """
        Kim Jong Un, Li Qiang pledge new chapter in ties
        By Lee Je-hun, senior staff writer
        Posted on : Oct.10,2025 16:52 KST Modified on : Oct.10,2025 17:20 KST
        North Korean leader Kim Jong Un held talks with Chinese Premier Li Qiang on Thursday.
        Both sides pledged to deepen cooperation before the end of the year, officials said.
        """,
        author="Lee Je-hun", published="2025-10-10T16:52:00+09:00"),
    case("a reporter and their post beside the date, without 'By'", """
        China's No. 2 stands with Kim as North Korea parades new ICBM
        KEN MORIYASU, Nikkei Asia editor-at-large
        October 11, 2025 05:30 JST
        Chinese Premier Li Qiang joined Kim Jong Un on the reviewing stand late Friday.
        The parade featured a new intercontinental ballistic missile, state media said.
        """,
        author="Ken Moriyasu",
        title="China's No. 2 stands with Kim as North Korea parades new ICBM"),
    case("an outlet's title and reporters' service are not the reporter's name", """
        Beijing and Pyongyang pledge closer ties
        By Northeast Asia correspondent Mark Lindsay for Example Radio Korean and wires
        Oct. 9, 2025
        Officials from both countries met in Beijing on Thursday to discuss trade and tourism.
        Both sides pledged to deepen cooperation before the end of the year, officials said.
        """,
        author="Mark Lindsay"),
]

PAGE = """
    Beijing hosts visiting delegation from Pyongyang for talks
    {stamp}
    {lead}The delegation was met at the airport by officials from the foreign ministry.
    Both sides pledged to deepen cooperation in trade and tourism during the visit.
    """
# An outlet the table does not list: the page's own words give the zone, never UTC unsaid.
UNLISTED_ZONES = [
    case("a zone abbreviation", PAGE.format(stamp="Oct 6, 2025 21:15 KST", lead=""),
         published="2025-10-06T21:15:00+09:00"),
    case("GMT and an offset", PAGE.format(stamp="Oct 6, 2025 9:15 PM GMT+8", lead=""),
         published="2025-10-06T21:15:00+08:00"),
    case("a named zone", PAGE.format(stamp="2025-10-06 21:15 (Beijing time)", lead=""),
         published="2025-10-06T21:15:00+08:00"),
    case("the dateline city's country", PAGE.format(stamp="Oct 6, 2025 21:15",
                                                    lead="SEOUL, Oct. 6 -- "),
         published="2025-10-06T21:15:00+09:00"),
    case("nothing: the configured zone", PAGE.format(stamp="Oct 6, 2025 21:15", lead=""),
         published="2025-10-06T21:15:00+00:00"),
    case("a city in brackets beside the time", PAGE.format(
         stamp="Published on October 6, 2025, at 9:15 pm (Paris) Updated on October 6, 2025, "
               "at 9:40 pm", lead=""),
         published="2025-10-06T21:15:00+02:00"),
    case("a dateline's own day: where it was filed, not where the page was published",
         PAGE.format(stamp="Oct 9, 2025 23:10 EDT", lead="Seoul, South Korea CNN — "),
         published="2025-10-09T23:10:00-04:00",
         dateline=Dateline("Seoul", None, dt.date(2025, 10, 10))),
    case("a dateline under a standfirst is the story's",
         PAGE.format(stamp="Oct 6, 2025 21:15",
                     lead="Both sides pledged closer ties, officials said on Monday.\n"
                          "    SEOUL, Oct. 6 (Yonhap) -- "),
         published="2025-10-06T21:15:00+09:00", wire="Yonhap"),
    case("a dateline further down is another story's, and so is its zone",
         PAGE.format(stamp="Oct 6, 2025 21:15", lead="") + """
    SEOUL, Oct. 6 (Yonhap) -- South Korea's ministry said it was watching the visit closely.
    """, published="2025-10-06T21:15:00+00:00", wire=None, dateline=None),
]
# fmt: on


@pytest.mark.parametrize(("page", "expected"), UNLISTED_ZONES)
def test_zone_of_an_unlisted_outlet_comes_from_the_page(
    page: str, expected: dict[str, Any]
) -> None:
    article = read(page)
    assert isinstance(article, Article), article
    assert fields(article, list(expected)) == expected


@pytest.mark.parametrize(
    ("lines", "meta", "published"),
    [
        # A machine stamp in UTC and another with the page's own offset.
        ((), (("published", "2025-10-06T12:15:00Z"), ("time_element", "2025-10-06T21:15:00+09:00")),
         "2025-10-06T21:15:00+09:00"),
        # The printed local time against the same moment in UTC: +11:00.
        (("Posted Mon 6 Oct 2025 at 11:15pm",), (("published", "2025-10-06T12:15:00.000Z"),),
         "2025-10-06T23:15:00+11:00"),
        # An "Updated" time is another moment: no offset is read from it.
        (("Updated Oct 6, 2025 10:40 PM",), (("published", "2025-10-06T12:15:00Z"),),
         "2025-10-06T12:15:00+00:00"),
    ],
)  # fmt: skip
def test_machine_stamps_give_an_unlisted_outlet_its_offset(
    lines: tuple[str, ...], meta: tuple[tuple[str, str], ...], published: str
) -> None:
    body = ("The delegation was met at the airport by officials from the foreign ministry.",)
    document = Document("seeds/x.html", "html", "utf-8", (*lines, *body), meta)
    seed = Seed("/tmp/seeds/x.html", "seeds/x.html", "0" * 16)
    article = normalise(document, seed, KNOWLEDGE, CONFIG)
    assert isinstance(article, Article) and article.published_iso == published


@pytest.mark.parametrize(
    ("title", "address", "footer", "outlet"),
    [
        ("Talks in Pyongyang - Taipei Times", None, (), "Taipei Times"),
        ("Talks in Pyongyang – DW – 10/10/2025", None, (), "DW"),
        ("Talks in Pyongyang | World", None, (), None),  # a section, not a site
        ("Talks in Pyongyang | Reuters", None, (), "Reuters"),
        (None, None, ("Copyright © 1999-2025 The Taipei Times. All rights reserved.",),
         "The Taipei Times"),
        # The company's words after its paper's name are not the paper's name.
        (None, None, ("Copyright THE MAINICHI NEWSPAPERS. All rights reserved.",),
         "The Mainichi"),
        (None, None, ("Copyright The Mainichi Newspapers Co., Ltd. All rights reserved.",),
         "The Mainichi"),
        (None, None, ("© The Yomiuri Shimbun Holdings",), "The Yomiuri Shimbun"),
        (None, None, ("© Example Newspapers",), "Example"),
        (None, None, ("© 2025 Newspapers",), "Newspapers"),  # nothing else: its name
        (None, None, ("Copyright © 1998-2025, RFA. Used with the permission of Radio Free Asia.",),
         "Radio Free Asia"),
        (None, None, ("© 2025 Example Media Group Ltd. All rights reserved.",),
         "Example Media Group"),
        (None, None, ("© 2025 AFP",), None),  # a wire's copyright names the wire
        (None, "https://www.taipeitimes.com/News/world/archives/2025/10/11/2003845678", (),
         "taipeitimes.com"),
        (None, "https://www.abc.net.au/news/2025-10-10/x/1", (), "abc.net.au"),
        (None, "https://www.rfa.org/english/x.html", ("Radio Free Asia, Washington DC",),
         "Radio Free Asia"),
    ],
)  # fmt: skip
def test_an_unlisted_outlet_is_named_by_its_page(
    title: str | None, address: str | None, footer: tuple[str, ...], outlet: str | None
) -> None:
    page = PageText((), title, (), footer, ("Officials met on Thursday.",), None, address)
    assert find_outlet(page, KNOWLEDGE)[0] == outlet


@pytest.mark.parametrize(
    "header",
    [
        ("Advertisement", "Sponsored by Example Daily News"),
        ("More from Example Times", "Share on Example News"),
        ("By KIM TONG-HYUNG Associated Press",),
        ("EXTV", "Latest   India   World", "LIVE TV   हिन्दी"),  # a menu in columns
    ],
)
def test_ads_links_shares_and_wire_credits_do_not_name_the_outlet(header: tuple[str, ...]) -> None:
    page = PageText((), None, header, (), ("Officials met on Thursday.",), None, None, header)
    assert find_outlet(page, KNOWLEDGE)[0] is None


@pytest.mark.parametrize(
    ("page", "expected"), HEADLINES + MARKER + OUTLETS + WIRES + NOT_THE_OUTLET + BODY
)
def test_normalise(page: str, expected: dict[str, Any]) -> None:
    article = read(page)
    assert isinstance(article, Article), article
    assert fields(article, list(expected)) == expected


# fmt: off
REJECTED = [
    case("only a headline", """
        Kim Jong Un receives Chinese delegation
        Published: Oct 10, 2025
        Share
        """, message="no article text found (only a headline, menus or captions)"),
    case("only captions", """
        Li Qiang arrives at Pyongyang airport on Thursday. Photo: Xinhua
        Published: Oct 10, 2025
        """, message="no article text found (only a headline, menus or captions)"),
    case("no date anywhere", """
        Trade officials from both sides met in Sinuiju to review customs procedures.
        They agreed to meet again before the end of the year.
        """, message="no publication date found on the page"),
]
# fmt: on


@pytest.mark.parametrize(("page", "expected"), REJECTED)
def test_pages_that_are_not_articles(page: str, expected: dict[str, Any]) -> None:
    assert read(page) == Problem("seeds/x.txt", "warning", expected["message"])


def test_article_id_names_outlet_day_and_headline() -> None:
    article = read("""
        By Li Wei | Global Times | Published: Oct 09, 2025 11:20 PM
        A Chinese delegation led by the vice premier arrived in Pyongyang on Thursday afternoon.
        The delegation will attend celebrations marking the party's founding anniversary.
        """)
    assert isinstance(article, Article)
    assert article.id == ("global-times-2025-10-09-a-chinese-delegation-led-by-the-vice-premier")


@pytest.mark.parametrize(
    ("lead", "published"),
    [
        ("Officials from both sides met in Sinuiju on Tuesday.", "2025-10-09"),
        ("SEOUL, Sept. 10 (Yonhap) -- Officials met in Sinuiju on Tuesday.", "2025-09-10"),
        ("Officials met in Sinuiju on Sept. 9 to review customs rules.", "2025-09-10"),
    ],
)
def test_a_numeric_front_matter_date_is_read_as_the_article_suggests(
    lead: str, published: str
) -> None:
    lines = ("China and North Korea review customs rules", lead, "Both sides will meet again.")
    meta = (("published", "10/09/2025"),)
    document = Document("seeds/x.md", "md", "utf-8", lines, meta)
    seed = Seed("/tmp/seeds/x.md", "seeds/x.md", "0" * 16)
    article = normalise(document, seed, KNOWLEDGE, CONFIG)
    assert isinstance(article, Article) and article.published_iso == published


def test_a_printed_pages_header_names_the_outlet_before_its_wide_gap() -> None:
    header = ("THE KOREA TIMES                Wednesday, October 1, 2025",)
    page = PageText((), None, header, (), ("Officials met on Thursday.",), None, None, header)
    assert find_outlet(page, KNOWLEDGE)[0] == "The Korea Times"


def _html_article(lines: tuple[str, ...], meta: tuple[tuple[str, str], ...]) -> Article:
    body = ("The delegation was met at the airport by officials from the foreign ministry.",)
    document = Document("seeds/x.html", "html", "utf-8", (*lines, *body), meta)
    article = normalise(document, Seed("/tmp/seeds/x.html", "seeds/x.html", "0" * 16), KNOWLEDGE,
                        CONFIG)  # fmt: skip
    assert isinstance(article, Article)
    return article


def test_a_page_that_prints_no_date_is_dated_by_its_address() -> None:
    address = "https://web.archive.org/web/20251014083211/https://www.x.com/2025/10/10/talks/"
    article = _html_article(("Kim and Li hold talks in Pyongyang",), (("url", address),))
    assert (article.published_iso, article.url) == ("2025-10-10", address.split("/", 5)[-1])


def test_the_header_line_the_page_title_repeats_is_the_headline() -> None:
    lines = ("x.com", "Kim and Li hold talks in Pyongyang", "Ann Lee", "3–4 minutes")
    meta = (("page_title", "Kim and Li hold talks in Pyongyang – The Korea Herald"),
            ("published", "2025-10-10"))  # fmt: skip
    article = _html_article(lines, meta)
    assert (article.title, article.title_generated) == ("Kim and Li hold talks in Pyongyang", False)
    assert article.author == "Ann Lee"  # alone under the headline of a page with no date line
    known = _html_article(("Kim and Li hold talks in Pyongyang", "Kim Jong Un", "3–4 minutes"),
                          meta)  # fmt: skip
    assert known.author is None  # whom the article is about


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (("Kim sees off Li | The Korea Herald", "Excerpt", "Kim saw Li off at the airport on "
          "Saturday, wrapping up a visit.", "Published: Oct. 11, 2025"),
         "Kim sees off Li"),
        (("Kim sees off Chinese premier", "Ann Lee · 3 hours ago"), "Kim sees off Chinese premier"),
    ],
)  # fmt: skip
def test_a_clippers_excerpt_label_and_a_pages_age_do_not_hide_the_headline(
    lines: tuple[str, ...], title: str
) -> None:
    assert _html_article(lines, (("published", "2025-10-11"),)).title == title


def test_a_printed_pages_header_in_columns_is_not_the_headline() -> None:
    lines = ("11/2/25, 9:14 AM          Kim and Li hold talks | The Korea Times", "",
             "Kim and Li hold talks in Pyongyang", "", "Posted : 2025-10-09 22:10")
    article = _html_article(lines, ())  # fmt: skip
    assert (article.title, article.subtitle) == ("Kim and Li hold talks in Pyongyang", None)
    assert article.published_iso == "2025-10-09T22:10:00+09:00"  # the outlet's zone


def test_a_link_with_its_day_after_the_first_paragraphs_is_no_date_line() -> None:
    lines = ("Choe's Beijing trip", "", "October 02, 2025", "",
             "Choe arrived in Beijing on September 27 and held talks with Wang Yi.", "",
             "Two days later, she was received by Premier Li Qiang in Beijing.", "",
             "Read more: Kim Jong Un's Beijing Debut (September 5, 2025)")  # fmt: skip
    article = _html_article(lines, ())
    assert article.paragraphs[0].startswith("Choe arrived in Beijing")


def test_a_live_pages_entries_followed_by_the_next_entrys_time_are_text() -> None:
    lines = ("Live updates: Trump meets Takaichi in Tokyo", "",
             "Updated 7:02 AM EDT, Tue October 28, 2025", "",
             "7:02 a.m. ET, October 28, 2025", "", "What's next: Trump heads to Busan", "",
             "Trump leaves Tokyo on Wednesday morning for Busan, South Korea.", "",
             "3:26 a.m. ET, October 28, 2025", "", "Trump speaks in Yokosuka", "",
             "Trump spoke to sailors aboard a carrier at Yokosuka Naval Base.")  # fmt: skip
    article = _html_article(lines, ())
    assert article.paragraphs[0].startswith("Trump leaves Tokyo")


def test_a_dated_link_under_a_related_heading_does_not_hide_the_lead() -> None:
    lines = ("Li arrives in Pyongyang", "", "09.10.2025, 10:41 GMT", "",
             "Li Qiang arrived in Pyongyang on Thursday for a visit.", "",
             "He was greeted by Pak Thae Song.", "", "Related", "",
             "Kim, Xi Hold Talks in Beijing - 04.09.2025", "",
             "Li will attend a parade on Friday.")  # fmt: skip
    article = _html_article(lines, ())
    assert article.paragraphs[0].startswith("Li Qiang arrived in Pyongyang")


def test_a_forwarded_mail_is_read_from_its_original_message() -> None:
    article = read("""
        From:	Park, Minji <minji@example.org>
        Sent:	Friday, October 10, 2025 9:02 AM
        Subject:	FW: Kim holds talks with Li

        FYI - see below, from this morning.

        -----Original Message-----
        From: Yonhap News Agency <newsletter@yna.co.kr>
        Sent: Friday, October 10, 2025 8:45 AM
        Subject: Kim holds talks with Li

        Kim holds talks with Li

        All News 08:41 October 10, 2025

        SEOUL, Oct. 10 (Yonhap) -- Kim Jong Un held talks with Li Qiang on Thursday.

        CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential.
    """)
    assert isinstance(article, Article)
    assert article.published_iso == "2025-10-10T08:41:00+09:00"
    assert article.paragraphs == ("Kim Jong Un held talks with Li Qiang on Thursday.",)


def test_a_headline_above_listen_buttons_and_a_caption_is_found() -> None:
    lines = ("Asia", "", "China's Li meets North Korea's Kim in Pyongyang", "",
             "Listen to this article", "3 min", "",
             "Kim shakes hands with Li in Pyongyang. (Photo: KCNA via Reuters)", "",
             "09 Oct 2025 11:04PM (Updated: 10 Oct 2025 12:20AM)", "", "Bookmark", "",
             "SEOUL: Kim Jong Un met Li Qiang in Pyongyang on Thursday (Oct 9).")  # fmt: skip
    article = _html_article(lines, ())
    assert article.title == "China's Li meets North Korea's Kim in Pyongyang"
    assert article.dateline is not None and article.dateline.place == "Seoul"
    assert article.paragraphs[0].startswith("Kim Jong Un met")


def test_a_note_apps_owner_is_no_author_and_a_name_before_the_date_is() -> None:
    lines = ("Kim hosts Li at banquet in Pyongyang", "", "Colin Zwirko October 10, 2025")
    meta = (("author", "jpark.research"),)
    assert _html_article(lines, meta).author == "Colin Zwirko"
    assert _html_article(lines, (("author", "Jean Mackenzie"),)).author == "Jean Mackenzie"


def test_a_clippers_title_loses_the_sites_name() -> None:
    meta = (("title", "China's Li Qiang meets Choe Son Hui - UPI.com"), ("published", "2025-09-29"))
    assert _html_article(("Li meets Choe",), meta).title == "China's Li Qiang meets Choe Son Hui"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Christian Davies in Seoul and Joe Leahy in Beijing", "Christian Davies and Joe Leahy"),
        ("By Kenji Tanaka / Yomiuri Shimbun Correspondent", "Kenji Tanaka"),
        ("Reporter : Kim Bo-kyoung", "Kim Bo-kyoung"),
        ("By WANG XU in Pyongyang | China Daily | Updated: 2025-10-10 07:23", "Wang Xu"),
    ],
)
def test_bylines_with_places_posts_and_labels_name_the_reporters(byline: str, author: str) -> None:
    lines = ("Kim and Li hold talks in Pyongyang", "", byline, "Published October 2 2025")
    assert _html_article(lines, ()).author == author


def test_a_section_label_between_headline_and_date_does_not_hide_the_headline() -> None:
    article = read("""
        Home  Politics  World
        (LEAD) Chinese premier leaves Pyongyang after three-day visit
        N. Korea
        17:02 October 11, 2025
        SEOUL, Oct. 11 (Yonhap) -- The Chinese premier left Pyongyang on Saturday.
        He had arrived on Thursday for talks with the North's leader.
        """)
    assert isinstance(article, Article)
    assert article.title == "(LEAD) Chinese premier leaves Pyongyang after three-day visit"
    assert not article.title_generated


def test_a_paywall_teaser_signed_below_its_text_keeps_lead_date_and_headline() -> None:
    article = read("""
        Politics / International relations

        Modi's swing through Tokyo shows India hedging its bets

        NEW DELHI -- In the space of four days, Modi met Ishiba in Tokyo and Xi in Tianjin.

        Modi's summit with Ishiba on Friday was choreographed to send a message.

        DIPAK RAJU, Nikkei staff writer
        September 2, 2025 00:15 JST

        The rest of this article is for subscribers only.
        Subscribe now for unlimited access to Nikkei Asia.
        Already a subscriber? Log in
    """)
    assert isinstance(article, Article)
    assert article.title == "Modi's swing through Tokyo shows India hedging its bets"
    assert article.published_at is not None
    assert article.published_at.isoformat() == "2025-09-02T00:15:00+09:00"
    assert article.paragraphs[0].startswith("In the space of four days")
    assert not any("subscriber" in p for p in article.paragraphs)


def test_a_button_is_no_masthead_even_when_it_spells_an_outlet() -> None:
    header = ("Print", "Share")  # "The Print" is a listed outlet: "Print" without its "The"
    page = PageText((), None, header, (), ("Officials met on Thursday.",), None, None, header)
    assert find_outlet(page, KNOWLEDGE)[0] is None


def test_a_standfirst_too_long_for_a_headline_is_passed_over() -> None:
    standfirst = " ".join(["The ministry says the minister will travel to the capital"] * 5) + "."
    article = read(f"""
        World
        Minister to travel abroad on first official trip
        {standfirst}

        By Ann Lee

        07 October 2025, 12:04

        The minister will travel to the capital next month, the ministry said on Tuesday.
        """)
    assert isinstance(article, Article)
    assert article.title == "Minister to travel abroad on first official trip"


def test_a_kind_label_and_reading_time_above_the_byline_do_not_hide_headline_or_date() -> None:
    """The headline is followed by its standfirst, the reading time and a link to the
    outlet's standards before byline and date: it is still the header, and "Explainer |"
    is the story's kind, not its headline."""
    article = read(
        """
        Daily Planet
        World / Diplomacy
        Explainer | What did the two leaders agree on trade in Busan, and what comes next?
        The first face-to-face meeting in six years produced a pause in the trade war, but no text
        Reading Time:4 minutes
        Why you can trust Daily Planet

        Ann Lee and Bo Chan in Beijing
        Published: 6:42am, 31 Oct 2025

        The two leaders agreed in Busan on Thursday to pause the trade war for a year.

        More Articles
        Leaders agree to meet at the summit
        19 Sep 2025 - 11:20PM
        """
    )
    assert isinstance(article, Article)
    assert article.title == (
        "What did the two leaders agree on trade in Busan, and what comes next?"
    )
    assert article.published_on == dt.date(2025, 10, 31)
    assert article.paragraphs[0].startswith("The two leaders agreed")


def test_a_three_word_title_right_above_the_date_is_the_headline() -> None:
    article = read(
        """
        Ministry of Foreign Affairs
        Home
        Press Releases
        Home > Countries & Regions > Asia

        Japan-China Summit Meeting

        Japanese

        October 31, 2025

        On October 31, Prime Minister Takaichi held a summit meeting with President Xi.
        """
    )
    assert isinstance(article, Article)
    assert (article.title, article.title_generated) == ("Japan-China Summit Meeting", False)


def test_a_link_to_the_whole_storys_coverage_is_not_the_headline() -> None:
    article = read(
        """
        YONHAP NEWS AGENCY
        Full Coverage: APEC 2025 Korea

        (2nd LD) Lee, Trump hold summit in Gyeongju, agree to wrap up tariff deal

        All News 21:47 October 29, 2025

        GYEONGJU, Oct. 29 (Yonhap) -- Lee and Trump held a summit on Wednesday.
        """
    )
    assert isinstance(article, Article)
    assert article.title.startswith("(2nd LD) Lee, Trump hold summit")


def test_a_dated_lists_days_alone_on_their_lines_head_their_items() -> None:
    page = "\n".join([
        "Timeline: Kim's trips to Beijing", "By Staff", "Published On 14 Oct 2025", "",
        "Here is how the visits unfolded.", "", "September 2", "",
        "Kim arrives in Beijing by train.", "", "Sept 3-4", "",
        "He watches the military parade with Xi Jinping and Putin.",
    ])
    article = read(page)
    assert isinstance(article, Article)
    assert article.paragraphs == (
        "Here is how the visits unfolded.",
        "September 2: Kim arrives in Beijing by train.",
        "Sept 3-4: He watches the military parade with Xi Jinping and Putin.",
    )
