"""Event mentions from tiny articles: type, date, people, place, and what is no event."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import article

from generator.events import extract_mentions
from generator.knowledge import load_knowledge
from generator.model import Dateline

KNOWLEDGE = load_knowledge()
MON_0929 = dt.date(2025, 9, 29)


def mentions(*paragraphs: str, published: dt.date = MON_0929, language: str = "en"):
    item = article(
        paragraphs=paragraphs,
        published_on=published,
        published_at=None,
        dateline=None,
        language=language,
    )
    return extract_mentions(item, KNOWLEDGE)


def one(*paragraphs: str, **kwargs):
    found = [m for m in mentions(*paragraphs, **kwargs) if not m.supporting]
    assert len(found) == 1, found
    return found[0]


CASES = [
    # text, type, start, end, precision, actors
    (
        "Chinese Premier Li Qiang on Monday met with Choe Son-hui in Beijing.",
        "meeting",
        "2025-09-29",
        "2025-09-29",
        "day",
        ("Li Qiang", "Choe Son Hui"),
    ),
    (
        "Choe is visiting China from September 27 to 30 at the invitation of Wang Yi.",
        "visit",
        "2025-09-27",
        "2025-09-30",
        "range",
        ("Choe Son Hui", "Wang Yi"),
    ),
    (
        "Xi Jinping sent Kim Jong Un a congratulatory message on Sunday.",
        "message",
        "2025-09-28",
        "2025-09-28",
        "day",
        ("Xi Jinping", "Kim Jong Un"),
    ),
    (
        "Kim Jong Un watched a military parade in Beijing on Sept. 3.",
        "ceremony",
        "2025-09-03",
        "2025-09-03",
        "day",
        ("Kim Jong Un",),
    ),
    (
        "Foreign Ministry spokesperson Guo Jiakun told a regular press conference on Monday that "
        "the position is unchanged.",
        "statement",
        "2025-09-29",
        "2025-09-29",
        "day",
        ("Guo Jiakun",),
    ),
    (
        "The Chinese foreign ministry announced on Friday that Li Qiang would visit Pyongyang.",
        "announcement",
        "2025-09-26",
        "2025-09-26",
        "day",
        ("Li Qiang",),
    ),
    (
        "Xi Jinping hosted North Korean leader Kim Jong Un in Beijing on Sept. 4.",
        "meeting",
        "2025-09-04",
        "2025-09-04",
        "day",
        ("Xi Jinping", "Kim Jong Un"),
    ),
    (
        "Choe Son Hui was in Beijing from Saturday 27 September through Tuesday 30 September.",
        "visit",
        "2025-09-27",
        "2025-09-30",
        "range",
        ("Choe Son Hui",),
    ),
    (
        "Foreign Minister Choe Son Hui spent Sept. 27-30 in China at the invitation of Wang Yi.",
        "visit",
        "2025-09-27",
        "2025-09-30",
        "range",
        ("Choe Son Hui", "Wang Yi"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "precision", "actors"), CASES, ids=[c[1] for c in CASES]
)
def test_a_sentence_gives_its_event(text, kind, start, end, precision, actors) -> None:
    mention = next(m for m in mentions(text) if m.type == kind)
    assert (mention.span.start.isoformat(), mention.span.end.isoformat()) == (start, end)
    assert mention.span.precision == precision
    assert mention.actors == actors
    assert mention.evidence == (text,)


def test_two_events_in_one_sentence_keep_their_own_dates_and_people() -> None:
    found = mentions(
        "Choe held talks with Wang Yi in Beijing on Sept. 28 before meeting Li Qiang "
        "the following day."
    )
    by_day = {m.span.start.day: m for m in found}
    assert set(by_day) == {28, 29}
    assert set(by_day[28].actors) == {"Choe Son Hui", "Wang Yi"}
    assert set(by_day[29].actors) == {"Choe Son Hui", "Li Qiang"}


def test_a_report_of_a_planned_visit_is_planned_and_announced() -> None:
    found = mentions(
        "Li Qiang will visit Pyongyang from Oct 9 to 11, the foreign ministry said on Tuesday.",
        published=dt.date(2025, 10, 7),
    )
    kinds = {m.type: m for m in found}
    assert kinds["visit"].planned
    assert kinds["announcement"].span.start == dt.date(2025, 10, 7)


def test_this_friday_read_midweek_is_a_planned_visit_announced_that_day() -> None:
    found = mentions(
        "Li Qiang visits Pyongyang this Friday, the foreign ministry said on Wednesday.",
        published=dt.date(2025, 10, 8),
    )
    kinds = {m.type: m for m in found}
    assert kinds["visit"].span.start == dt.date(2025, 10, 10)
    assert kinds["visit"].planned
    assert kinds["announcement"].span.start == dt.date(2025, 10, 8)


def test_a_visit_this_week_reported_on_tuesday_is_planned_and_announced_that_day() -> None:
    found = mentions(
        "Li Qiang will lead a delegation to Pyongyang this week, state media said on Tuesday.",
        published=dt.date(2025, 10, 7),
    )
    kinds = {m.type: m for m in found}
    assert kinds["visit"].planned
    assert kinds["announcement"].span.start == dt.date(2025, 10, 7)


def test_a_relative_clause_dates_the_event_named_before_it() -> None:
    parade = one(
        "The parade, which began late Friday, featured a new missile.",
        published=dt.date(2025, 10, 11),
    )
    assert (parade.type, parade.span.start) == ("ceremony", dt.date(2025, 10, 10))


def test_a_persons_description_does_not_date_the_event_of_the_sentence() -> None:
    found = mentions(
        "Trump is the first leader to hold a summit with Takaichi, who took office on Oct. 21.",
        published=dt.date(2025, 10, 28),
    )
    assert [m for m in found if m.type == "meeting"] == []


def test_a_persons_description_is_theirs() -> None:
    found = mentions(
        "Kim Jong Un held talks Thursday with Li Qiang, who arrived in Pyongyang earlier "
        "in the day.",
        published=dt.date(2025, 10, 10),
    )
    visit = next(m for m in found if m.type == "visit")
    assert visit.actors[0] == "Li Qiang"


def test_a_past_meeting_recalled_is_no_day_to_count_from() -> None:
    found = mentions(
        "Lee and Trump held a summit in Gyeongju on Wednesday.",
        "It was their second meeting after their talks at the White House on Aug. 25.",
        "Trump arrived in Busan earlier in the day from Tokyo.",
        published=dt.date(2025, 10, 29),
    )
    visit = next(m for m in found if m.type == "visit")
    assert visit.span.start == dt.date(2025, 10, 29)


def test_a_descriptions_day_is_lent_to_nothing_after_it() -> None:
    found = mentions(
        "Sanae Takaichi, who won the parliamentary vote on Oct. 21, got her first summit "
        "barely a week into the job.",
        published=dt.date(2025, 11, 2),
    )
    assert [m for m in found if m.span.start == dt.date(2025, 10, 21)] == []


def test_in_the_afternoon_is_the_day_being_told() -> None:
    found = mentions(
        "Trump landed in Kuala Lumpur on Sunday morning.",
        "In the afternoon, Trump met Brazilian President Lula at a hotel.",
        published=dt.date(2025, 10, 26),
    )
    meeting = next(m for m in found if m.type == "meeting")
    assert (meeting.span.start, meeting.supporting) == (dt.date(2025, 10, 26), False)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On the 27th, President Trump paid a call on the Emperor.", "meeting"),
        ("On Monday Trump called on Emperor Naruhito at the Imperial Palace.", "meeting"),
        ("On Sunday Trump watched the leaders of both sides sign an accord.", "ceremony"),
        ("The set piece was Sunday's signing of the Thailand-Cambodia peace accord.", "ceremony"),
    ],
)
def test_a_call_on_someone_is_a_meeting_and_a_signing_of_an_accord_a_ceremony(
    text: str, kind: str
) -> None:
    assert one(text, published=dt.date(2025, 10, 28)).type == kind


def test_where_a_traveller_comes_from_is_no_stop() -> None:
    visit = one(
        "Trump arrived in Busan on Wednesday from Tokyo.", published=dt.date(2025, 10, 29)
    )
    assert (visit.type, visit.places) == ("visit", ("Busan",))


def test_a_which_clause_far_from_its_date_dates_another_thing() -> None:
    found = mentions(
        "Earlier, Trump and Anwar witnessed the signing of the peace accord, which builds on "
        "the ceasefire the two countries agreed to in Putrajaya on July 28.",
        published=dt.date(2025, 10, 26),
    )
    assert [m for m in found if m.span.start == dt.date(2025, 7, 28) and m.type == "ceremony"] == []


def test_the_sentence_going_on_after_a_description_dates_its_subject() -> None:
    talks = one(
        "Talks with Prime Minister Sanae Takaichi, who was elected on Oct. 21, are set for "
        "Tuesday, Oct. 28.",
        published=dt.date(2025, 10, 24),
    )
    assert (talks.type, talks.span.start) == ("meeting", dt.date(2025, 10, 28))


def test_a_where_clause_dates_the_event_before_it() -> None:
    found = mentions(
        "The talks came after Takaichi hosted U.S. President Donald Trump in Tokyo, where the "
        "two signed a framework on securing critical minerals on Tuesday.",
        published=dt.date(2025, 10, 31),
    )
    meeting = next(m for m in found if m.type == "meeting")
    assert meeting.span.start == dt.date(2025, 10, 28)


def test_a_duration_stated_for_one_visitor_does_not_stretch_anothers_stay() -> None:
    found = mentions(
        "Trump arrived in Busan on Wednesday.",
        "Xi is scheduled to arrive in South Korea on Thursday for a three-day state visit.",
        published=dt.date(2025, 10, 29),
    )
    trump = next(m for m in found if m.type == "visit" and m.actors[0] == "Donald Trump")
    assert trump.span.end == dt.date(2025, 10, 29)


def test_where_a_traveller_leaves_for_is_the_next_stop() -> None:
    visit = one("Trump leaves Tokyo on Wednesday for Busan.", published=dt.date(2025, 10, 28))
    assert visit.places == ("Tokyo",)


def test_flying_or_heading_to_a_city_is_a_visit_there() -> None:
    visit = one("Trump flew to Tokyo on Monday.", published=dt.date(2025, 10, 28))
    assert (visit.type, visit.places) == ("visit", ("Tokyo",))
    assert visit.span.start == dt.date(2025, 10, 27)
    headed = one("Choe headed to Beijing on Sunday.", published=dt.date(2025, 9, 29))
    assert (headed.type, headed.places) == ("visit", ("Beijing",))


def test_watching_leaders_sign_is_the_signing_ceremony() -> None:
    signing = one(
        "Trump watched the leaders of Thailand and Cambodia sign an accord in Kuala Lumpur "
        "on Sunday.",
        published=dt.date(2025, 10, 26),
    )
    assert (signing.type, signing.occasion) == ("ceremony", "Signing ceremony")


def test_a_list_items_heading_with_an_abbreviated_month_dates_its_sentences() -> None:
    found = mentions(
        "Oct. 26 (Sun): Kuala Lumpur. Trump arrives for the ASEAN summit.",
        published=dt.date(2025, 10, 24),
    )
    assert [(m.type, m.span.start) for m in found] == [("visit", dt.date(2025, 10, 26))]


def test_a_list_items_first_sentence_naming_a_day_dates_the_sentences_after_it() -> None:
    """ "- **Monday, Sept. 29.** Trump unveils …": a chronology's day set apart by a full
    stop heads its item as one set apart by a colon does."""
    found = mentions(
        "Monday, Sept. 29. Trump unveils his plan at the White House with Netanyahu.",
        published=dt.date(2025, 10, 25),
    )
    assert [(m.type, m.span.start) for m in found] == [("announcement", dt.date(2025, 9, 29))]


def test_the_noun_plan_puts_no_weekday_in_the_future() -> None:
    """ "unveiled the plan on Monday" (filed on a Friday) is the Monday before."""
    found = mentions(
        "Trump unveiled the 20-point plan on Monday at the White House.",
        published=dt.date(2025, 10, 3),
    )
    assert [(m.span.start, m.planned) for m in found] == [(dt.date(2025, 9, 29), False)]


def test_an_address_to_parliament_is_a_statement() -> None:
    found = mentions(
        "Donald Trump addressed the Knesset in Jerusalem on Monday.",
        published=dt.date(2025, 10, 13),
    )
    assert [(m.type, m.actors) for m in found] == [("statement", ("Donald Trump",))]


def test_a_truce_taking_effect_and_hostages_freed_are_events_of_no_other_kind() -> None:
    found = mentions(
        "A ceasefire between Israel and Hamas took effect at noon Friday in Gaza.",
        "Hamas said Friday it was ready to release all the hostages.",
        published=dt.date(2025, 10, 10),
    )
    assert [(m.type, m.span.start) for m in found if m.type == "other"] == [
        ("other", dt.date(2025, 10, 10))
    ]
    freed = mentions(
        "On Monday, Hamas handed over the last 20 living hostages in Gaza.",
        published=dt.date(2025, 10, 13),
    )
    assert [(m.type, m.span.start) for m in freed] == [("other", dt.date(2025, 10, 13))]


def test_arabic_triggers_take_their_prefixes() -> None:
    """ "وكان ترمب قد أعلن مساء الأربعاء": an announcement, the Wednesday before."""
    found = mentions(
        "وكان الرئيس الأميركي دونالد ترمب قد أعلن مساء الأربعاء توصل إسرائيل إلى اتفاق.",
        published=dt.date(2025, 10, 10),
        language="ar",
    )
    assert [(m.type, m.span.start, m.actors) for m in found] == [
        ("announcement", dt.date(2025, 10, 8), ("Donald Trump",))
    ]


def test_later_in_the_month_is_the_month_of_the_sentence_before() -> None:
    found = mentions(
        "Kim Jong Un travelled to Beijing last month.",
        "Choe Son Hui visited China later in the month.",
        published=dt.date(2025, 10, 9),
    )
    choe = [m for m in found if "Choe Son Hui" in m.actors]
    assert [(m.type, m.span.start.month, m.vague) for m in choe] == [("visit", 9, True)]


@pytest.mark.parametrize(
    ("text", "kind", "day", "actors"),
    [
        (
            "Xi Jinping and Kim Jong Un held talks on Sept. 4, a day after the two stood "
            "together at a military parade.",
            "ceremony", 3, ("Xi Jinping", "Kim Jong Un"),
        ),
        ("Xi Jinping met Kim Jong Un on Sept. 4, the day after the parade.", "ceremony", 3, ()),
        ("Li Qiang met Kim Jong Un on Sept. 9, two days after China announced the visit.",
         "announcement", 7, ()),
        ("Li Qiang arrived in Pyongyang on Sept. 9, on the eve of the celebrations.",
         "ceremony", 10, ()),
    ],
)
def test_a_day_after_an_event_counts_back_from_the_sentences_day(text, kind, day, actors) -> None:
    earlier = [m for m in mentions(text, published=dt.date(2025, 9, 12)) if m.type == kind]
    assert [(m.span.start.day, m.actors) for m in earlier] == [(day, actors)]


def test_a_day_after_what_is_no_event_gives_no_date() -> None:
    found = mentions("Li Qiang arrived in Pyongyang on Sept. 9, a day after the rain stopped.")
    assert [m.span.start.day for m in found] == [9]


@pytest.mark.parametrize(
    "text",
    [
        "On Oct. 12, Kim Jong Un sent a message to Xi Jinping, thanking him for sending Li Qiang "
        "to Pyongyang.",
        "Kim Jong Un sent a message of thanks to Xi Jinping on Sunday for sending Li Qiang to "
        "Pyongyang.",
        "In a message on Sunday, Kim Jong Un thanked Xi Jinping for sending Li Qiang to "
        "Pyongyang.",
    ],
)
def test_a_message_is_between_its_sender_and_addressee_not_what_it_talks_of(text: str) -> None:
    message = one(text, published=dt.date(2025, 10, 13))
    assert (message.type, message.actors, message.places) == (
        "message", ("Kim Jong Un", "Xi Jinping"), ()
    )


def test_a_message_received_from_someone_is_theirs() -> None:
    message = one("Kim Jong Un received a reply message from Xi Jinping on Friday.")
    assert message.actors == ("Xi Jinping", "Kim Jong Un")


def test_a_communique_issued_on_a_day_is_a_statement_not_by_whom_it_is_about() -> None:
    found = mentions(
        "China and the DPRK on Saturday issued a joint press communique on Li Qiang's visit.",
        published=dt.date(2025, 10, 11),
    )
    assert [(m.type, m.span.start.day, m.actors) for m in found] == [("statement", 11, ())]


def test_a_visit_at_a_hosts_invitation_goes_to_the_hosts_capital() -> None:
    visit = one(
        "Choe Son Hui left Pyongyang on Saturday to pay an official visit to China at the "
        "invitation of Wang Yi.",
        published=dt.date(2025, 9, 27),
    )
    assert (visit.actors, visit.places) == (("Choe Son Hui", "Wang Yi"), ("Beijing",))


def test_a_visit_at_a_hosts_invitation_in_chinese_is_the_guests() -> None:
    visit = one("应王毅邀请，崔善姬于9月27日至30日对中国进行正式访问。", language="zh")
    assert (visit.actors[0], visit.places) == ("Choe Son Hui", ("Beijing",))


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        # The "to pay" of a trip begun is what it is for: the visit has started.
        ("Choe Son Hui left Pyongyang on Saturday to pay an official visit to China.", False),
        ("Kim Jong Un arrived in Beijing on Saturday to attend the celebrations.", False),
        ("Choe Son Hui will leave Pyongyang on Saturday to pay an official visit to China.", True),
        ("Choe Son Hui is expected to leave Pyongyang on Saturday to visit China.", True),
    ],
)
def test_a_trip_begun_to_pay_a_visit_is_no_plan(text: str, planned: bool) -> None:
    visit = one(text, published=dt.date(2025, 9, 27))
    assert (visit.span.start, visit.planned, visit.places) == (
        dt.date(2025, 9, 27), planned, ("Beijing",)
    )


def test_what_a_message_recalls_borrows_no_day_from_it() -> None:
    found = mentions(
        "Xi Jinping sent a congratulatory message to Kim Jong Un on Friday, saying the two "
        "countries are friendly neighbours and recalling his visit to Pyongyang.",
        published=dt.date(2025, 10, 13),
    )
    assert [(m.type, m.places) for m in found] == [("message", ())]


def test_this_friday_read_on_saturday_is_yesterday_and_past() -> None:
    visit = one(
        "Li Qiang arrived in Pyongyang this Friday.",
        published=dt.date(2025, 10, 11),
    )
    assert (visit.span.start, visit.planned) == (dt.date(2025, 10, 10), False)


@pytest.mark.parametrize(
    ("introduced", "meeting", "actors"),
    [
        (
            "DPRK Foreign Minister Choe Son Hui arrived.",
            "Li Qiang met Kim Jong Un on Tuesday, the foreign minister said.",
            ("Li Qiang", "Kim Jong Un"),
        ),
        (
            "DPRK Foreign Minister Choe Son Hui arrived.",
            "Li Qiang met Kim Jong Un on Tuesday, Choe said.",
            ("Li Qiang", "Kim Jong Un"),
        ),
        (
            "Chinese Premier Li Qiang arrived.",
            "Kim Jong Un met Choe Son Hui on Tuesday, the Chinese premier told reporters.",
            ("Kim Jong Un", "Choe Son Hui"),
        ),
        (
            "Chinese Premier Li Qiang arrived.",
            "Kim Jong Un met Choe Son Hui on Tuesday, Li told reporters.",
            ("Kim Jong Un", "Choe Son Hui"),
        ),
        (
            "Chinese Premier Li Qiang arrived.",
            "Kim Jong Un held talks on Tuesday, the premier said.",
            ("Kim Jong Un",),
        ),
        (
            "Chinese Premier Li Qiang arrived.",
            "Kim Jong Un met the premier on Tuesday, the ministry said.",
            ("Kim Jong Un", "Li Qiang"),
        ),
        (
            "Chinese Premier Li Qiang arrived.",
            "On Tuesday Kim Jong Un met Choe Son Hui, the premier said on Wednesday.",
            ("Kim Jong Un", "Choe Son Hui"),
        ),
        (
            "Chinese Premier Li Qiang arrived.",
            "On Tuesday Kim Jong Un met Choe Son Hui, Li said on Oct. 1.",
            ("Kim Jong Un", "Choe Son Hui"),
        ),
        (
            "Chinese Premier Li Qiang arrived.",
            "The premier met Kim Jong Un on Tuesday.",
            ("Li Qiang", "Kim Jong Un"),
        ),
    ],
)
def test_who_only_comments_on_an_event_is_not_its_actor(
    introduced: str, meeting: str, actors: tuple[str, ...]
) -> None:
    found = [m for m in mentions(introduced, meeting) if m.type == "meeting"]
    assert [m.actors for m in found] == [actors]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        (
            "For her part, Choe Son Hui said that the summit between the two top leaders "
            "early this month had laid down the basic direction.",
            (),
        ),
        ("Li Qiang said that the talks on Monday went well.", ()),
        ("Kim Jong Un said that he held talks in Beijing on Monday.", ("Kim Jong Un",)),
        ("Li Qiang said that he met Kim Jong Un on Monday.", ("Li Qiang", "Kim Jong Un")),
        (  # the speaker named after what he notes is not in it
            "Noting that Xi Jinping and Kim Jong Un held a meeting in Beijing last month, "
            "Li Qiang said China is willing to work with the DPRK.",
            ("Xi Jinping", "Kim Jong Un"),
        ),
        (
            "Li Qiang noted that last month Xi Jinping and Kim Jong Un met.",
            ("Xi Jinping", "Kim Jong Un"),
        ),
        (  # "his" names the speaker after it; what he says borrows no day
            "During his meeting with Kim Jong Un on Sept 4, President Xi Jinping said the"
            " attendance at the commemoration was an important opportunity.",
            ("Xi Jinping", "Kim Jong Un"),
        ),
    ],
)
def test_what_someone_said_is_not_theirs_unless_it_speaks_of_them(
    sentence: str, actors: tuple[str, ...]
) -> None:
    found = mentions(sentence)
    assert [(m.type, m.actors) for m in found] == [("meeting", actors)]


def test_a_visit_a_speaker_speaks_of_is_not_the_speakers() -> None:
    found = mentions(
        "Wang Yajun made a speech at the reception, saying that the visit of Kim Jong Un to"
        " China last month opened a new chapter."
    )
    assert [(m.type, m.actors) for m in found] == [("visit", ("Kim Jong Un",))]


@pytest.mark.parametrize(
    "text",
    [
        "The exchanges follow a visit to Beijing late last month by Choe Son Hui, who held"
        " talks with Wang Yi and met Li Qiang.",
        "Choe Son Hui, who held talks with Wang Yi, visited Beijing late last month.",
    ],
)
def test_whom_a_relative_clause_meets_is_not_in_the_visit(text: str) -> None:
    visits = [m for m in mentions(text) if m.type == "visit"]
    assert [m.actors for m in visits] == [("Choe Son Hui",)]
    assert ("Choe Son Hui", "Wang Yi") in [m.actors for m in mentions(text)]


def test_a_sentence_set_in_another_year_borrows_no_day() -> None:
    told = (
        "Choe Son Hui held talks with Wang Yi on Sept. 28 after attending the military parade,"
        " before meeting Li Qiang the following day."
    )
    then = (
        "The delegation is a notch higher than in 2015, when Liu Yunshan attended the North's"
        " parade marking the party's 70th anniversary."
    )
    assert not [m for m in mentions(told, then) if "Liu Yunshan" in m.actors]


def test_a_title_speaker_alone_still_gives_the_event_its_subject() -> None:
    found = mentions(
        "Chinese Premier Li Qiang arrived.", "The talks will be held on Friday, the premier said."
    )
    assert [m.actors for m in found if m.type == "meeting"] == [("Li Qiang",)]


@pytest.mark.parametrize(
    "text",
    [
        "China fought on the North's side in the 1950-53 Korean War.",
        "It was the first visit by a Chinese premier in 16 years.",
        "The two countries' long friendship is sealed in blood.",
        "Li is the most senior official to visit since 2019.",
    ],
)
def test_history_and_background_make_no_event(text: str) -> None:
    assert [m for m in mentions(text) if m.span.start.year == 2025] == []


def test_a_vague_mention_is_marked_vague() -> None:
    mention = one("Earlier this month, Xi Jinping and Kim Jong Un held talks in Beijing.")
    assert mention.vague and mention.span.precision == "month"


def test_a_borrowed_date_only_supports() -> None:
    found = mentions(
        "Li Qiang met Kim Jong Un in Pyongyang on Monday.", "He also held talks with Pak Thae Song."
    )
    borrowed = [m for m in found if m.evidence[0].startswith("He also")]
    assert borrowed and all(m.supporting for m in borrowed)


def test_commentary_can_confirm_but_not_found() -> None:
    found = mentions("Analysts said Xi Jinping and Kim Jong Un met on Monday to mend ties.")
    assert found and all(m.supporting for m in found)


def test_the_dateline_date_is_the_reference() -> None:
    item = article(
        paragraphs=(
            "Li Qiang said on Thursday that China is ready. He met Kim Jong Un on Thursday.",
        ),
        published_on=dt.date(2025, 10, 10),
        published_at=None,
        dateline=Dateline("Pyongyang", "Oct. 9", dt.date(2025, 10, 9)),
    )
    found = extract_mentions(item, KNOWLEDGE)
    assert {m.span.start for m in found} == {dt.date(2025, 10, 9)}


def test_chinese_article_confirms_with_its_dates_and_people() -> None:
    found = mentions(
        "国务院总理李强10月9日在平壤同朝鲜劳动党总书记金正恩举行会谈。",
        published=dt.date(2025, 10, 9),
        language="zh",
    )
    assert [(m.type, m.span.start, set(m.actors)) for m in found] == [
        ("meeting", dt.date(2025, 10, 9), {"Li Qiang", "Kim Jong Un"})
    ]
    assert not found[0].supporting  # a dated sentence naming known people founds it


def test_korean_article_confirms_with_its_dates_and_people() -> None:
    found = mentions(
        "김정은 총비서는 10월 9일 평양에서 리창 총리와 회담했다.",
        published=dt.date(2025, 10, 10),
        language="ko",
    )
    assert [(m.type, m.span.start, set(m.actors)) for m in found] == [
        ("meeting", dt.date(2025, 10, 9), {"Li Qiang", "Kim Jong Un"})
    ]


@pytest.mark.parametrize(
    ("text", "published", "kind", "day", "actors"),
    [
        # The subject before the date is the event's; "28일 보도했다" is the report's day.
        (
            "최선희 외무상이 27일 베이징에서 왕이 외교부장과 회담했다고 "
            "조선중앙통신이 28일 보도했다.",
            dt.date(2025, 9, 28),
            "meeting",
            "2025-09-27",
            ("Choe Son Hui", "Wang Yi"),
        ),
        # "전날" counts from the day named before it in the sentence (10일: this month's).
        (
            "조선중앙통신은 10일 김정은 위원장이 전날 리창 총리와 회담했다고 보도했다.",
            dt.date(2025, 10, 9),
            "meeting",
            "2025-10-09",
            ("Kim Jong Un", "Li Qiang"),
        ),
        # "최 외무상": the Korean press's surname and title; "…했으며, …" is "and".
        (
            "최 외무상은 지난 26일 베이징에 도착했으며, 리창 총리와도 만날 예정이다.",
            dt.date(2025, 9, 28),
            "visit",
            "2025-09-26",
            ("Choe Son Hui",),
        ),
        # "예방" (a courtesy call) and "면담" are meetings too.
        (
            "최 외무상은 27일 크렘린궁에서 블라디미르 푸틴 대통령을 예방했다.",
            dt.date(2025, 10, 28),
            "meeting",
            "2025-10-27",
            ("Choe Son Hui", "Vladimir Putin"),
        ),
        # "기념행사 참석을 위해": what the arrival is for, not the event.
        (
            "리창 총리가 9일 창건 기념행사 참석을 위해 평양에 도착했다.",
            dt.date(2025, 10, 9),
            "visit",
            "2025-10-09",
            ("Li Qiang",),
        ),
    ],
)
def test_a_korean_sentence_gives_its_event(
    text: str, published: dt.date, kind: str, day: str, actors: tuple[str, ...]
) -> None:
    (found,) = mentions(text, published=published, language="ko")
    assert (found.type, found.span.start.isoformat(), found.actors) == (kind, day, actors)


def test_a_sentence_naming_a_new_event_does_not_take_the_last_sentences_date() -> None:
    found = mentions(
        "Li Qiang arrived in Pyongyang on Thursday for the celebrations.",
        "A military parade was held in Kim Il Sung Square to mark the anniversary.",
        published=dt.date(2025, 10, 11),
    )
    assert [m.type for m in found] == ["visit"]


@pytest.mark.parametrize(
    ("dated", "going_on", "kind"),
    [
        (
            "Li Qiang arrived in Pyongyang on Thursday.",
            "It was the first visit by a Chinese premier in 16 years.",
            "visit",
        ),
        (
            "Li Qiang said on Thursday that China is ready to deepen ties.",
            "Li made the remarks during his meeting with Kim Jong Un.",
            "meeting",
        ),
    ],
)
def test_a_sentence_going_on_about_the_last_ones_event_takes_its_date(
    dated: str, going_on: str, kind: str
) -> None:
    found = mentions(dated, going_on, published=dt.date(2025, 10, 10))
    borrowed = [m for m in found if m.evidence == (going_on,)]
    assert [(m.type, m.span.start, m.supporting) for m in borrowed] == [
        (kind, dt.date(2025, 10, 9), True)
    ]


def test_what_a_statement_says_is_not_an_event_on_the_statements_day() -> None:
    found = mentions(
        "On Sunday, the DPRK foreign ministry released a statement.",
        "It said Choe Son Hui would hold talks with Li Qiang.",
        published=dt.date(2025, 9, 30),
    )
    assert [m.type for m in found] == ["statement"]


@pytest.mark.parametrize(
    "text",
    [
        "A statement released on Sunday said Choe Son Hui would meet Li Qiang.",
        "In a statement released the day before the meeting, Choe Son Hui praised ties.",
    ],
)
def test_a_statement_is_dated_by_its_own_day_not_the_meeting_it_mentions(text: str) -> None:
    found = mentions("Li Qiang met Choe Son Hui in Beijing on Monday.", text)
    assert [(m.type, m.span.start) for m in found if m.evidence == (text,)] == [
        ("statement", dt.date(2025, 9, 28))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He Lifeng held talks with a visiting DPRK trade delegation in Beijing on Monday.",
        "He Lifeng held talks on Monday with visiting Foreign Minister Choe Son Hui.",
        "He Lifeng met the touring delegation on Monday.",
        "He Lifeng met visiting Chinese Premier Li Qiang in Beijing on Monday.",
        "He Lifeng on Monday received visiting Foreign Minister Choe Son Hui.",
    ],
)
def test_held_talks_with_visitors_is_a_meeting(text: str) -> None:
    meeting = one(text)
    assert (meeting.type, meeting.actors[0]) == ("meeting", "He Lifeng")


def test_a_clause_opening_with_a_verb_is_the_subjects_with_whoever_it_names() -> None:
    found = mentions(
        "Kim Jong Un travelled to Beijing in September and watched a parade on Sept. 3"
        " with Xi Jinping and Vladimir Putin."
    )
    assert [m.actors for m in found if m.type == "ceremony"] == [
        ("Kim Jong Un", "Xi Jinping", "Vladimir Putin")
    ]


def test_whom_a_clause_opening_with_a_verb_names_is_not_the_next_clauses_subject() -> None:
    found = mentions(
        "Li Qiang arrived on Oct. 9 and met Kim Jong Un the same day, before watching"
        " a military parade on Oct. 10 marking the party's anniversary.",
        published=dt.date(2025, 10, 12),
    )
    assert [m.actors for m in found if m.type == "ceremony"] == [("Li Qiang",)]


def test_a_day_counted_back_in_a_clause_opening_with_its_verb_is_the_subjects() -> None:
    found = mentions(
        "Kim Jong Un made a rare trip to Beijing last month, where he met Xi Jinping on"
        " Sept 4 and attended a parade the day before marking the end of the war.",
        published=dt.date(2025, 10, 10),
    )
    assert [(m.span.start, m.actors) for m in found if m.type == "ceremony"] == [
        (dt.date(2025, 9, 3), ("Kim Jong Un",))
    ]


def test_the_talks_named_by_their_noun_are_those_a_recent_sentence_named() -> None:
    found = mentions(
        "Kim Jong Un held talks with Chinese Premier Li Qiang in Pyongyang, state media"
        " said on Friday.",
        "Li, who landed on Thursday, is the most senior Chinese official to visit since 2019.",
        "The talks, held on Thursday evening, covered economic cooperation.",
        published=dt.date(2025, 10, 10),
    )
    talks = [m for m in found if m.type == "meeting" and not m.supporting]
    assert [(m.span.start, m.actors, m.places) for m in talks] == [
        (dt.date(2025, 10, 9), ("Kim Jong Un", "Li Qiang"), ("Pyongyang",))
    ]


def test_the_talks_are_not_those_of_a_sentence_that_dated_its_own() -> None:
    found = mentions(
        "Wang Yi held talks with Choe Son Hui on Saturday.",
        "The talks, held on Thursday evening, covered economic cooperation.",
        published=dt.date(2025, 10, 10),
    )
    assert [m.actors for m in found if m.span.start == dt.date(2025, 10, 9)] in ([], [()])


def test_a_short_name_may_be_spelt_out_only_in_a_caption() -> None:
    item = article(
        paragraphs=("Kim met Li Qiang in Pyongyang on Monday.",),
        captions=("Kim Yo Jong, in a file photo.",),
        published_on=MON_0929,
        published_at=None,
    )
    found = extract_mentions(item, KNOWLEDGE)
    assert [m.actors for m in found] == [("Kim Yo Jong", "Li Qiang")]


def test_a_spokesperson_named_after_the_title_makes_the_statement() -> None:
    statement = one(
        "A Chinese foreign ministry spokesperson, Mao Ning, told a regular briefing on"
        " Monday that the visit would inject new impetus into ties."
    )
    assert (statement.type, statement.actors) == ("statement", ("Mao Ning",))


def test_what_a_question_cites_is_no_event() -> None:
    found = mentions(
        "Reuters: Kyodo reported that Li Qiang may travel to Pyongyang next month."
        " Can you confirm?",
        "Guo Jiakun: I have no information to release.",
    )
    assert found == []


def test_the_host_who_invited_a_visitor_is_named_after_the_visitor() -> None:
    visit = one(
        "At the invitation of Foreign Minister Wang Yi, DPRK Foreign Minister Choe Son Hui"
        " will pay an official visit to China from September 27 to 30.",
        published=dt.date(2025, 9, 25),
    )
    assert (visit.type, visit.actors[0], visit.places) == ("visit", "Choe Son Hui", ("Beijing",))


@pytest.mark.parametrize(
    "text",
    [
        "Choe Son Hui met Wang Yi on Sept 27 and Li Qiang on Sept 29.",
        "Choe Son Hui visits China; she meets Wang Yi on Sept 27 and Premier Li Qiang on Sept 29.",
    ],
)
def test_a_second_day_naming_only_another_guest_shares_the_meeting(text: str) -> None:
    found = [(m.span.start.day, m.actors) for m in mentions(text) if m.type == "meeting"]
    assert found == [(27, ("Choe Son Hui", "Wang Yi")), (29, ("Choe Son Hui", "Li Qiang"))]


def test_a_second_day_naming_another_arrival_is_not_the_first_ones() -> None:
    found = mentions("Li Qiang arrived on Sept 27 and Kim Jong Un on Sept 29.")
    assert ("Li Qiang", "Kim Jong Un") not in [m.actors for m in found]


def test_a_day_told_by_an_arrival_dates_the_arrival_too() -> None:
    found = mentions(
        "Chinese Premier Li Qiang arrived in Pyongyang for a visit.",
        "KCNA reports this morning that Kim Jong Un held talks with Li Qiang on Thursday,"
        " the day the Chinese premier arrived in Pyongyang.",
        published=dt.date(2025, 10, 10),
    )
    assert sorted((m.type, m.span.start.day, m.actors) for m in found) == [
        ("meeting", 9, ("Kim Jong Un", "Li Qiang")),
        ("visit", 9, ("Li Qiang",)),
    ]


def test_a_visit_to_a_site_gives_way_to_what_was_done_there() -> None:
    found = one(
        "Kim Jong Un and Li Qiang visited the Friendship Tower in Pyongyang on Friday"
        " afternoon and laid a wreath.",
        published=dt.date(2025, 10, 10),
    )
    assert (found.type, found.span.start.day, found.places) == ("ceremony", 10, ("Pyongyang",))
    assert one("Li Qiang visited Pyongyang on Friday.").type == "visit"


def test_who_is_visiting_still_makes_a_visit() -> None:
    assert one("Choe Son Hui, visiting Beijing on Monday, praised ties.").type == "visit"


def test_the_speaker_of_a_statement_is_its_actor() -> None:
    found = mentions(
        "Chinese Premier Li Qiang arrived.",
        "Kim Jong Un held talks on Sunday, the premier told reporters on Monday.",
    )
    assert [(m.type, m.actors) for m in found if m.type == "statement"] == [
        ("statement", ("Li Qiang",))
    ]


@pytest.mark.parametrize(
    ("text", "visitor", "place"),
    [
        (
            "Wang Yi held talks on Sunday with Choe Son Hui, as the two sides build on "
            "Kim Jong Un's visit to China earlier this month.",
            "Kim Jong Un",
            "Beijing",
        ),
        (
            "Choe Son Hui's late-September trip to Beijing prepared Li's visit, diplomats say.",
            "Choe Son Hui",
            "Beijing",
        ),
    ],
)
def test_whose_visit_a_possessive_names_is_the_visitor(text: str, visitor: str, place: str) -> None:
    visit = next(m for m in mentions(text) if m.type == "visit")
    assert visit.actors == (visitor,)
    assert visit.places == (place,)


def test_stay_until_a_day_ends_the_visit_and_founds_nothing() -> None:
    found = mentions(
        "Li Qiang arrived in Pyongyang on Thursday.",
        "He will stay until Saturday, the ministry said.",
        published=dt.date(2025, 10, 9),
    )
    spans = {(m.span.start.isoformat(), m.span.end.isoformat()) for m in found}
    assert spans == {("2025-10-09", "2025-10-11")}


def test_talks_during_a_visit_that_runs_until_a_day_are_no_meeting_that_day() -> None:
    found = mentions(
        "Choe arrived on Saturday for a four-day visit, including talks with Wang, "
        "that runs until Tuesday.",
        published=dt.date(2025, 9, 28),
    )
    assert [(m.type, m.span.start.isoformat()) for m in found] == [("visit", "2025-09-27")]


def test_what_a_ceremony_marks_takes_no_part_in_it() -> None:
    parade = one(
        "The parade in Beijing on Wednesday marked 80 years since Japan's surrender.",
        published=dt.date(2025, 9, 3),
    )
    assert parade.type == "ceremony"
    assert parade.countries == ("China",)


def test_what_someone_may_do_on_a_day_to_come_is_planned() -> None:
    visit = one("Li Qiang may travel to Pyongyang on Monday.")
    assert visit.type == "visit" and visit.planned


def test_an_undated_arrival_takes_the_day_the_next_sentence_greets_it_on() -> None:
    found = mentions(
        "Chinese Premier Li Qiang has arrived in Pyongyang for an official goodwill visit.",
        "He was greeted at the airport on Thursday by Pak Thae Song.",
        published=dt.date(2025, 10, 10),
    )
    visits = [m for m in found if m.type == "visit" and not m.supporting]
    assert [(m.span.start.isoformat(), m.actors[0], m.places) for m in visits] == [
        ("2025-10-09", "Li Qiang", ("Pyongyang",))
    ]


def test_a_new_event_in_the_next_sentence_does_not_date_an_undated_one() -> None:
    found = mentions(
        "Kim Jong Un has arrived in Beijing.",
        "He will meet Xi Jinping on Thursday.",
        published=dt.date(2025, 9, 2),
    )
    assert [m.type for m in found if not m.supporting] == ["meeting"]


def test_he_is_the_last_sentences_subject() -> None:
    found = mentions(
        "Chinese Premier Li Qiang arrived in Pyongyang on Thursday.",
        "He met Kim Jong Un on Friday.",
        published=dt.date(2025, 10, 11),
    )
    meeting = next(m for m in found if m.type == "meeting")
    assert meeting.actors == ("Li Qiang", "Kim Jong Un")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A day before the meeting, Kim sent a message to Xi.", "2025-09-03"),
        ("Two days after the talks, Kim sent a message to Xi.", "2025-09-06"),
        ("On the eve of the meeting, Kim sent a message to Xi.", "2025-09-03"),
    ],
)
def test_a_day_before_an_event_counts_from_that_events_day(text: str, day: str) -> None:
    found = mentions("Kim Jong Un held talks with Xi Jinping in Beijing on Sept. 4.", text)
    messages = [m for m in found if m.type == "message"]
    assert [(m.span.start.isoformat(), m.actors, m.supporting) for m in messages] == [
        (day, ("Kim Jong Un", "Xi Jinping"), False)
    ]


def test_a_day_before_an_event_the_article_never_dates_is_no_day() -> None:
    found = mentions("A day before the meeting, Kim Jong Un sent a message to Xi Jinping.")
    assert [m for m in found if m.type == "message" and not m.supporting] == []


@pytest.mark.parametrize(
    ("text", "published", "kind", "day", "actors"),
    [
        (
            "10月9日，中共中央总书记、国家主席习近平致电朝鲜劳动党总书记金正恩，"
            "祝贺朝鲜劳动党成立80周年。",
            dt.date(2025, 10, 9),
            "message",
            "2025-10-09",
            ("Xi Jinping", "Kim Jong Un"),
        ),
        (
            "国务院总理李强9日下午乘专机抵达平壤，开始对朝鲜进行正式友好访问。",
            dt.date(2025, 10, 9),
            "visit",
            "2025-10-09",
            ("Li Qiang",),
        ),
        (
            "昨天，李强抵达平壤。",
            dt.date(2025, 10, 10),
            "visit",
            "2025-10-09",
            ("Li Qiang",),
        ),
    ],
)
def test_a_dated_chinese_sentence_naming_known_people_founds_an_event(
    text: str, published: dt.date, kind: str, day: str, actors: tuple[str, ...]
) -> None:
    found = one(text, published=published, language="zh")
    assert (found.type, found.span.start.isoformat(), found.actors) == (kind, day, actors)


def test_a_chinese_sentence_naming_nobody_known_only_confirms() -> None:
    found = mentions("10月9日，代表团抵达平壤。", published=dt.date(2025, 10, 9), language="zh")
    assert [m.supporting for m in found] == [True]


def test_a_day_after_an_event_in_a_sentence_with_its_own_date_is_not_counted() -> None:
    found = mentions(
        "Kim Jong Un arrived in Beijing on Sept. 2.",
        "When Kim went to Russia in September 2023, media waited two days after his departure "
        "before reporting the trip.",
        published=dt.date(2025, 9, 5),
    )
    assert "2025-09-04" not in {m.span.start.isoformat() for m in found}


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un did not meet Li Qiang on Friday.",
        "The ministry denied on Thursday that Xi Jinping would visit Pyongyang.",
        "The ministry on Thursday declined to confirm reports that Li Qiang would travel to "
        "Pyongyang.",
        "Seoul said Tuesday it was watching whether the talks would lead to a trip by Li Qiang "
        "to Pyongyang on Oct. 10.",
    ],
)
def test_a_denied_event_is_no_event(text: str) -> None:
    found = mentions(text, published=dt.date(2025, 10, 10))
    assert [m for m in found if m.type in ("meeting", "visit")] == []


def test_a_visit_announced_after_its_days_is_a_visit() -> None:
    found = mentions(
        "Li Qiang will pay an official visit to the DPRK from Oct 9 to 11, "
        "the spokesperson announced on Tuesday.",
        published=dt.date(2025, 10, 7),
    )
    assert sorted((m.type, m.span.start.isoformat(), m.planned) for m in found) == [
        ("announcement", "2025-10-07", False),
        ("visit", "2025-10-09", True),
    ]


def test_who_took_part_may_follow_the_day() -> None:
    meeting = one(
        "Talks were held on Oct. 9 between Kim Jong Un and Li Qiang, KCNA said Friday.",
        published=dt.date(2025, 10, 10),
    )
    assert meeting.actors == ("Kim Jong Un", "Li Qiang")


def test_later_that_day_leans_on_the_event_not_on_the_report() -> None:
    found = mentions(
        "Talks were held on Oct. 9 between Kim Jong Un and Li Qiang, KCNA said Friday.",
        "Kim hosted a banquet for Li later that day.",
        published=dt.date(2025, 10, 10),
    )
    assert [m.span.start.isoformat() for m in found if m.type == "meeting"] == [
        "2025-10-09",
        "2025-10-09",
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kim Jong Un hosted a banquet in honour of Li Qiang on Thursday.", "meeting"),
        ("Wang Yi hosted a dinner for Choe Son Hui on Sunday.", "meeting"),
        ("Li Qiang attended a National Day reception on Thursday.", "ceremony"),
        ("Pak Thae Song attended a reception at the Chinese embassy on Tuesday.", "ceremony"),
        ("On Oct. 1, Wang Yajun hosted a reception marking the 76th anniversary of the PRC.",
         "ceremony"),
    ],
)
def test_a_banquet_for_a_guest_is_a_meeting_one_for_an_occasion_a_ceremony(text, kind) -> None:
    assert one(text, published=dt.date(2025, 10, 13)).type == kind


def test_a_chinese_banquet_for_a_guest_is_a_meeting() -> None:
    found = mentions(
        "10月9日晚，金正恩为李强举行欢迎宴会。", published=dt.date(2025, 10, 10), language="zh"
    )
    assert [m.type for m in found] == ["meeting"]


def test_where_a_visitor_returns_home_to_is_not_the_visits_place() -> None:
    visit = one("Li Qiang wrapped up his visit on Saturday and returned to Beijing.")
    assert visit.places == ()


def test_a_headline_with_a_day_is_read() -> None:
    item = article(
        title="Wang Yi holds talks with Choe Son Hui in Beijing on Sept 27",
        paragraphs=("Wang Yi held talks with Choe Son Hui.",),
        published_on=dt.date(2025, 9, 28),
        published_at=None,
        dateline=None,
    )
    found = extract_mentions(item, KNOWLEDGE)
    assert [(m.type, m.span.start.isoformat()) for m in found] == [("meeting", "2025-09-27")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Li Qiang arrived in Pyongyang on Thursday, the first visit by a Chinese premier since "
         "Xi Jinping's visit to Pyongyang in 2019.",),
        ("Li Qiang arrived in Pyongyang on Thursday.",
         "It was the first visit since Xi Jinping's visit six years ago.",
         "Xi Jinping's trip to Pyongyang six years ago was the last by a Chinese leader."),
        ("Li Qiang, the most senior Chinese official to visit the North since President Xi "
         "Jinping in 2019, arrived in Pyongyang on Thursday.",),
    ],
)
def test_what_an_event_is_measured_against_is_none_of_it(paragraphs: tuple[str, ...]) -> None:
    found = mentions(*paragraphs, published=dt.date(2025, 10, 9))
    assert {(m.type, m.span.start, m.planned) for m in found} == {
        ("visit", dt.date(2025, 10, 9), False)
    }
    assert all("Xi Jinping" not in m.actors for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping visited Pyongyang six years ago in June.",
        "Xi Jinping visited Pyongyang in June six years ago.",
        "Kim Jong Un met Xi Jinping on Oct. 1 last year.",
        "The two leaders held talks on the same day a year earlier.",
    ],
)
def test_a_day_of_another_year_is_not_this_years(text: str) -> None:
    published = dt.date(2025, 10, 9)
    assert all(m.span.end.year < 2025 for m in mentions(text, published=published))


def test_the_two_and_whom_they_stood_beside() -> None:
    found = mentions(
        "Xi Jinping and Kim Jong Un held talks in Beijing on Thursday, a day after the two "
        "stood alongside Vladimir Putin at a military parade.",
        published=dt.date(2025, 9, 4),
    )
    parade = next(m for m in found if m.type == "ceremony")
    assert (parade.span.start, parade.actors) == (
        dt.date(2025, 9, 3), ("Xi Jinping", "Kim Jong Un", "Vladimir Putin")
    )


def test_a_where_clause_naming_no_event_says_who_else_was_there() -> None:
    parade = one(
        "Kim Jong Un traveled to Beijing for a military parade on Sept. 3, where he stood "
        "alongside Xi Jinping and Vladimir Putin.",
        published=dt.date(2025, 9, 28),
    )
    assert (parade.type, parade.actors) == (
        "ceremony", ("Kim Jong Un", "Xi Jinping", "Vladimir Putin")
    )


def test_a_where_clause_after_a_second_date_says_who_else_was_there() -> None:
    """Two dates cut the sentence: the parade's words end at its date, and go on with the
    relative clause; "to attend" is the subject's, whoever else the words name."""
    found = mentions(
        "Kim Jong Un travelled to Beijing in September to attend a military parade on Sept 3, "
        "where he stood alongside Xi Jinping and Vladimir Putin.",
        published=dt.date(2025, 9, 28),
    )
    parade = next(m for m in found if m.type == "ceremony")
    assert (parade.span.start, parade.actors) == (
        dt.date(2025, 9, 3), ("Kim Jong Un", "Xi Jinping", "Vladimir Putin")
    )


def test_a_since_phrase_of_a_day_alone_names_no_event_of_its_own() -> None:
    visit = one(
        "Li Qiang has been visiting Pyongyang since Thursday.", published=dt.date(2025, 10, 10)
    )
    assert (visit.span.start, visit.actors) == (dt.date(2025, 10, 9), ("Li Qiang",))


def test_a_day_inside_a_since_phrase_dates_what_the_phrase_names() -> None:
    found = mentions(
        "Li Qiang is the most senior Chinese official to visit the North since Xi Jinping "
        "traveled there in June 2019.",
        published=dt.date(2025, 10, 11),
    )
    assert [(m.type, m.span.start, m.actors) for m in found] == [
        ("visit", dt.date(2019, 6, 1), ("Xi Jinping",))
    ]


@pytest.mark.parametrize(
    ("paragraphs", "start", "end"),
    [
        # Only its end reported: the visit lasted up to that day.
        (("Li Qiang left Pyongyang on Saturday at the end of a three-day visit.",), 9, 11),
        (("Li Qiang wrapped up a three-day visit to Pyongyang on Saturday.",), 9, 11),
        # Its start reported too: from the start.
        (("Li Qiang arrived in Pyongyang on Thursday for a three-day visit.",
          "He left on Saturday."), 9, 11),
        # A visit of another month is not the one that lasted three days.
        (("Li Qiang left Pyongyang on Saturday after a three-day visit.",
          "In September, Kim Jong Un travelled to Beijing."), 9, 11),
        # Another visitor's trip with its own days does not keep this one from lasting.
        (("Li Qiang left Pyongyang on Saturday after a three-day visit.",
          "Choe Son Hui visited Beijing from Oct. 1 to 3."), 9, 11),
    ],
)
def test_a_three_day_visit_lasts_three_days(
    paragraphs: tuple[str, ...], start: int, end: int
) -> None:
    found = mentions(*paragraphs, published=dt.date(2025, 10, 11))
    visits = [m for m in found if m.type == "visit" and "Li Qiang" in m.actors]
    ranges = [m.span for m in visits if m.span.precision == "range"]
    expected = (dt.date(2025, 10, start), dt.date(2025, 10, end))
    assert [(s.start, s.end) for s in ranges] == [expected]


def test_a_visit_lasts_as_long_as_its_own_sentence_says() -> None:
    found = mentions(
        "Li Qiang arrived in Pyongyang on Thursday for a three-day visit.",
        "On September 27, Choe Son Hui arrived in Beijing for a four-day visit.",
        published=dt.date(2025, 10, 9),
    )
    choe = [m.span for m in found if m.type == "visit" and "Choe Son Hui" in m.actors]
    assert [(s.start, s.end) for s in choe] == [(dt.date(2025, 9, 27), dt.date(2025, 9, 30))]


@pytest.mark.parametrize(
    "text",
    [
        "Choe Son Hui left Pyongyang on Saturday for a four-day visit to China.",
        "Choe Son Hui left Pyongyang on Saturday to pay a four-day visit to China.",
        "Choe Son Hui left for Beijing on Saturday, beginning a four-day visit.",
    ],
)
def test_a_departure_for_a_visit_starts_it(text: str) -> None:
    visit = one(text, published=dt.date(2025, 9, 27))
    assert (visit.span.start, visit.span.end) == (dt.date(2025, 9, 27), dt.date(2025, 9, 30))


def test_a_guest_seen_off_is_leaving() -> None:
    visit = one(
        "Li Qiang was seen off at Pyongyang airport by Premier Pak Thae Song on Saturday.",
        published=dt.date(2025, 10, 11),
    )
    assert (visit.type, visit.span.start, visit.actors[0]) == (
        "visit", dt.date(2025, 10, 11), "Li Qiang"
    )


def test_leaving_on_a_day_to_come_is_a_planned_end_of_the_visit() -> None:
    visit = one(
        "Li Qiang is scheduled to leave Pyongyang on Saturday.", published=dt.date(2025, 10, 10)
    )
    assert (visit.type, visit.span.start, visit.planned) == ("visit", dt.date(2025, 10, 11), True)


def test_a_meeting_naming_no_one_founds_no_event() -> None:
    found = mentions(
        "The DPRK sent its premier after the leaders' meeting in early September.",
        published=dt.date(2025, 9, 30),
    )
    assert [(m.type, m.supporting) for m in found] == [("meeting", True)]


def test_a_reception_on_the_eve_of_an_anniversary_is_a_ceremony_of_its_own_day() -> None:
    found = mentions(
        "The Chinese Embassy held a reception on Monday night, on the eve of the 76th "
        "anniversary of the founding of the People's Republic of China, with Premier Pak "
        "Thae Song in attendance.",
        published=dt.date(2025, 9, 30),
    )
    assert [(m.type, m.span.start, m.actors) for m in found] == [
        ("ceremony", dt.date(2025, 9, 29), ("Pak Thae Song",))
    ]


def test_what_a_statement_says_of_the_future_is_no_plan_of_it() -> None:
    statement = one(
        "Spokesperson Guo Jiakun told a routine press conference on Tuesday that China and the "
        "DPRK will maintain close high-level exchanges.",
        published=dt.date(2025, 9, 30),
    )
    assert (statement.type, statement.planned, statement.actors) == (
        "statement", False, ("Guo Jiakun",)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Li Qiang, who arrived on Saturday, met Choe Son Hui on Sunday.",
        "Choe Son Hui, who arrived in Beijing on Saturday for a visit, held talks with Wang Yi "
        "on Sunday.",
    ],
)
def test_the_subject_before_a_who_clause_takes_part_in_what_follows_it(text: str) -> None:
    meeting = next(m for m in mentions(text) if m.type == "meeting")
    assert meeting.span.start == dt.date(2025, 9, 28)
    assert len(meeting.actors) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un saw Li Qiang off at Pyongyang International Airport on Saturday.",
        "Kim Jong Un saw off Chinese Premier Li Qiang at the airport on Saturday.",
        "Li Qiang was seen off by Kim Jong Un at the airport on Saturday.",
    ],
)
def test_whom_a_host_sees_off_is_the_visitor_leaving_that_day(text: str) -> None:
    found = mentions(text, published=dt.date(2025, 10, 12))
    assert [(m.type, m.span.start, m.actors[0]) for m in found] == [
        ("visit", dt.date(2025, 10, 11), "Li Qiang")
    ]


@pytest.mark.parametrize(
    ("text", "kind", "first"),
    [
        (
            "Wang Yi hosted North Korean Foreign Minister Choe Son Hui in Beijing"
            " from Sept 27 to 30.",
            "visit",
            "Choe Son Hui",
        ),
        ("Wang Yi hosted Choe Son Hui for talks in Beijing on Sept 28.", "meeting", "Wang Yi"),
    ],
)
def test_whom_a_host_hosts_for_days_is_a_visitor(text: str, kind: str, first: str) -> None:
    found = mentions(text, published=dt.date(2025, 10, 1))
    assert [(m.type, m.actors[0]) for m in found] == [(kind, first)]
    assert set(found[0].actors) == {"Wang Yi", "Choe Son Hui"}


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers exchanged views on Sunday on regional issues.",
        "On Sunday, the two top diplomats held talks again.",
    ],
)
def test_an_opening_the_two_stands_for_the_two_people_named_before(text: str) -> None:
    found = mentions("Wang Yi welcomed Choe Son Hui to Beijing.", text)
    assert [(m.span.start, m.actors, m.supporting) for m in found if m.type == "meeting"] == [
        (dt.date(2025, 9, 28), ("Wang Yi", "Choe Son Hui"), False)
    ]


def test_a_clause_after_one_opening_with_she_is_hers() -> None:
    found = mentions(
        "Choe Son Hui returned to Pyongyang on Tuesday.",
        "She held talks with Wang Yi on Saturday, and was received by Li Qiang on Monday.",
        published=dt.date(2025, 10, 2),
    )
    received = [m for m in found if m.type == "meeting" and m.span.start.day == 29]
    assert [m.actors for m in received] == [("Choe Son Hui", "Li Qiang")]


def test_a_vague_time_something_is_to_happen_by_is_none_of_its_days() -> None:
    found = mentions(
        "Some officials expect Kim Jong Un to meet Xi Jinping again by mid-November.",
        published=dt.date(2025, 10, 2),
    )
    assert [m for m in found if not m.supporting] == []


def test_a_korean_visit_word_before_a_noun_says_who_someone_is() -> None:
    found = mentions(
        "김정은동지께서 10월 9일 우리 나라를 방문한 리강동지와 회담하시였다.",
        published=dt.date(2025, 10, 10),
        language="ko",
    )
    assert [(m.type, m.actors) for m in found if not m.supporting] == [
        ("meeting", ("Kim Jong Un", "Li Qiang"))
    ]


def test_an_opening_the_two_is_the_last_pair_beside_whoever_else_is_named() -> None:
    found = mentions(
        "Li Qiang held talks with Kim Jong Un on Thursday.",
        "On Friday evening the two leaders watched the parade alongside Dmitry Medvedev.",
        published=dt.date(2025, 10, 11),
    )
    parade = [m for m in found if m.type == "ceremony"]
    assert [m.actors[:2] for m in parade] == [("Li Qiang", "Kim Jong Un")]
    assert {"China", "DPRK"} <= set(parade[0].countries)


def test_an_arrival_and_a_departure_in_one_sentence_are_one_stay() -> None:
    visit = one(
        "Kim Jong Un, who arrived in Beijing on Tuesday aboard his armored train, left for home "
        "Thursday evening after the talks.",
        published=dt.date(2025, 9, 5),
    )
    assert (visit.type, visit.span.start, visit.span.end) == (
        "visit",
        dt.date(2025, 9, 2),
        dt.date(2025, 9, 4),
    )


def test_a_meeting_with_her_is_with_the_last_sentences_subject() -> None:
    found = mentions(
        "Choe Son Hui is on an official visit to China from September 27 to 30. "
        "Wang Yi held talks with her on Saturday.",
        published=dt.date(2025, 9, 29),
    )
    meeting = next(m for m in found if m.type == "meeting")
    assert meeting.actors == ("Wang Yi", "Choe Son Hui")


def test_a_delegation_in_the_country_for_some_days_is_a_visit() -> None:
    found = mentions(
        "Li Qiang's delegation is in the country from Oct. 9-11 to attend celebrations of "
        "the party's anniversary, including a military parade expected Friday night.",
        published=dt.date(2025, 10, 9),
    )
    assert {(m.type, m.span.start.day, m.span.end.day) for m in found} == {
        ("visit", 9, 11),
        ("ceremony", 10, 10),
    }


def test_a_meeting_with_him_is_with_the_other_person_the_sentence_named() -> None:
    found = mentions(
        "Li Qiang met Kim Jong Un on Sunday.",
        "Choe Son Hui arrived in Beijing on Saturday at Wang Yi's invitation and held talks "
        "with him the same day.",
        published=dt.date(2025, 9, 29),
    )
    meeting = next(m for m in found if m.type == "meeting" and m.span.start.day == 27)
    assert meeting.actors == ("Choe Son Hui", "Wang Yi")


def test_whom_a_visitor_met_during_the_visit_is_no_visitor() -> None:
    visit = one(
        "Choe Son Hui left Beijing on Tuesday, wrapping up a four-day visit during which "
        "she met Premier Li Qiang.",
        published=dt.date(2025, 10, 1),
    )
    assert (visit.type, visit.actors) == ("visit", ("Choe Son Hui",))


def test_a_sentence_opened_by_she_stays_hers_for_the_next() -> None:
    found = mentions(
        "Choe Son Hui arrived in Beijing on Sept. 27 and held talks with Wang Yi the same day.",
        "Two days later, she was received by Premier Li Qiang.",
        "She left Beijing on Sept. 30.",
        published=dt.date(2025, 10, 2),
    )
    firm = sorted((m.span.start.day, m.type, m.actors[0]) for m in found if not m.supporting)
    assert (29, "meeting", "Choe Son Hui") in firm
    assert (30, "visit", "Choe Son Hui") in firm


def test_talks_opening_a_sentence_are_not_a_later_clauses_persons() -> None:
    found = mentions(
        "The talks this past weekend produced no joint statement, but the ministries stressed "
        "a phrase that also appeared after Kim Jong Un's summit with Xi Jinping in early "
        "September.",
        published=dt.date(2025, 10, 2),
    )
    assert [m.actors for m in found if m.span.start == dt.date(2025, 9, 27)] in ([], [()])


def test_where_he_stood_makes_the_parade_the_subjects_too() -> None:
    found = mentions(
        "Kim Jong Un traveled to China last month for a Sept. 3 parade, where he stood "
        "alongside Xi Jinping and Vladimir Putin.",
        published=dt.date(2025, 10, 10),
    )
    (parade,) = [m for m in found if m.type == "ceremony"]
    assert parade.actors[0] == "Kim Jong Un"


def test_the_day_after_a_month_is_some_day_of_that_month() -> None:
    found = mentions(
        "Li Qiang watched the parade on Friday.",
        "In September, Kim Jong Un traveled to Beijing and met Xi Jinping the day after.",
        "Later in the month, Choe Son Hui visited Beijing.",
        published=dt.date(2025, 10, 11),
    )
    later = sorted((m.type, m.span.start.isoformat(), m.span.end.isoformat()) for m in found
                   if m.type in ("meeting", "visit"))  # fmt: skip
    assert ("meeting", "2025-09-01", "2025-09-30") in later
    assert all(start < "2025-10-01" for _, start, _ in later)


def test_an_arrival_shortly_before_a_dated_meeting_is_a_visit_that_day() -> None:
    found = mentions(
        "Choe Son Hui held talks with Wang Yi on Saturday, shortly after arriving in Beijing "
        "for a four-day official visit.",
        published=dt.date(2025, 9, 29),
    )
    visits = [(m.span.start.day, m.span.end.day) for m in found
              if m.type == "visit" and not m.supporting]  # fmt: skip
    assert visits == [(27, 30)]



def test_the_sentences_of_a_dated_list_item_are_of_its_day() -> None:
    found = mentions(
        "- October 10: Li lays a wreath at the Friendship Tower. Xi sends Kim a congratulatory "
        "message. Li watches the parade with Kim.",
        "- Note: Xi sends Kim a message.",
        published=dt.date(2025, 10, 20),
    )
    days = {(m.type, m.span.start.isoformat()) for m in found if not m.supporting}
    assert days == {
        ("ceremony", "2025-10-10"),
        ("message", "2025-10-10"),
        ("message", "2025-10-20"),  # "Note:" is no day: the news is of the report's day
    }
    assert len([m for m in found if m.type == "ceremony"]) == 2  # the wreath, the parade


def test_news_of_a_message_with_no_day_is_the_one_the_article_dates() -> None:
    found = mentions(
        "Kim Jong Un has sent a message of thanks to Chinese President Xi Jinping.",
        "State media reported late on Wednesday that Kim sent the message that day.",
        published=dt.date(2025, 10, 16),
    )
    assert {(m.span.start.isoformat(), m.actors[0]) for m in found if m.type == "message"} == {
        ("2025-10-15", "Kim Jong Un")
    }


def test_a_visit_told_of_a_thing_by_which_is_not_the_hosts() -> None:
    found = mentions(
        "Kim Jong Un hosted a banquet on October 9 in honour of the Chinese delegation, "
        "which arrived in Pyongyang earlier that day.",
        published=dt.date(2025, 10, 10),
    )
    visits = [m for m in found if m.type == "visit"]
    assert [(m.span.start.day, m.actors) for m in visits] == [(9, ())]


def test_a_date_used_as_an_adjective_belongs_to_the_event_word_after_it() -> None:
    found = mentions(
        "Xi's message referred back to his September meeting with Kim Jong Un.",
        published=dt.date(2025, 10, 20),
    )
    assert {(m.type, m.span.start.month) for m in found} == {("meeting", 9)}


def test_he_of_a_when_clause_is_whose_event_the_clause_before_names() -> None:
    found = mentions(
        "Li's trip follows Kim Jong Un's own visit to Beijing last month, when he watched a "
        "parade alongside Xi Jinping on September 3 and held a summit with Xi the following day.",
        published=dt.date(2025, 10, 10),
    )
    days = {m.span.start.day: m.actors for m in found if m.span.precision == "day"}
    assert days == {3: ("Kim Jong Un", "Xi Jinping"), 4: ("Kim Jong Un", "Xi Jinping")}


@pytest.mark.parametrize(
    "text",
    [
        "October 10: Li Qiang lays a wreath at the Friendship Tower and holds talks with Pak "
        "Thae Song.",
        "On Friday, Li Qiang laid a wreath at the tower and sat down for talks with Pak Thae Song.",
    ],
)
def test_and_before_a_verb_in_either_tense_starts_another_event(text: str) -> None:
    found = mentions(text, published=dt.date(2025, 10, 11))
    assert {(m.type, m.span.start.day) for m in found} == {("ceremony", 10), ("meeting", 10)}


def test_a_day_after_she_arrived_counts_from_the_first_day_of_her_stay() -> None:
    found = mentions(
        "Choe Son Hui arrived in Beijing on Saturday for a visit scheduled to end on Tuesday.",
        "A day after she arrived, she held talks with Chinese Foreign Minister Wang Yi.",
    )
    talks = [m for m in found if m.type == "meeting"]
    assert [(m.span.start, m.actors) for m in talks] == [
        (dt.date(2025, 9, 28), ("Choe Son Hui", "Wang Yi"))
    ]


def test_a_day_after_a_stretch_counts_from_its_last_day() -> None:
    found = mentions(
        "Choe Son Hui visited China from Sept. 25 to 27.",
        "A day after the visit, Wang Yi held talks with Choe Son Hui by phone.",
    )
    talks = [m for m in found if m.type == "meeting"]
    assert [m.span.start for m in talks] == [dt.date(2025, 9, 28)]


def test_a_stay_still_going_on_is_no_day_to_count_the_previous_day_from() -> None:
    found = mentions(
        "Choe Son Hui met Li Qiang in Beijing on Monday.",
        "Choe is on a four-day visit to China that began Saturday and runs through Tuesday.",
        "Choe held talks with Wang Yi the previous day.",
    )
    talks = [m for m in found if set(m.actors) == {"Choe Son Hui", "Wang Yi"}]
    assert [m.span.start for m in talks] == [dt.date(2025, 9, 28)]


def test_an_arrival_is_a_day_to_count_the_following_day_from() -> None:
    found = mentions(
        "Choe Son Hui met Li Qiang in Beijing on Monday.",
        "Choe arrived in Beijing on Saturday for a four-day visit.",
        "She held talks with Wang Yi the following day.",
    )
    talks = [m for m in found if set(m.actors) == {"Choe Son Hui", "Wang Yi"}]
    assert [m.span.start for m in talks] == [dt.date(2025, 9, 28)]


def test_a_courtesy_call_and_birthday_greetings() -> None:
    call = one(
        "On October 27, Choe Son Hui paid a courtesy call on Vladimir Putin in the Kremlin.",
        published=dt.date(2025, 10, 28),
    )
    assert (call.type, call.span.start) == ("meeting", dt.date(2025, 10, 27))
    greetings = one(
        "On October 7, Kim Jong Un sent President Vladimir Putin warm greetings on his birthday.",
        published=dt.date(2025, 10, 27),
    )
    assert (greetings.type, greetings.span.start) == ("message", dt.date(2025, 10, 7))


@pytest.mark.parametrize(
    "text",
    [
        "Separately, Prime Minister Narendra Modi on Monday expressed grief over the losses.",
        "Prime Minister Narendra Modi has expressed deep sorrow over the loss of lives.",
        "Prime Minister Narendra Modi condoled the loss of lives in the earthquake.",
        "The Prime Minister, Shri Narendra Modi, who is in Tianjin to attend the Summit of the "
        "SCO, has expressed deep sorrow over the loss of lives due to the earthquake.",
    ],
)
def test_condolences_are_a_message_of_the_day_said_or_of_the_report(text: str) -> None:
    message = one(text, published=dt.date(2025, 9, 1))
    assert (message.type, message.span.start) == ("message", dt.date(2025, 9, 1))


def test_a_summit_held_before_an_announcement_is_what_the_day_dates() -> None:
    summit = one(
        "Modi and his Japanese counterpart Shigeru Ishiba on Friday held the annual summit "
        "in Tokyo and announced that Japan will aim for 10 trillion yen of investment.",
        published=dt.date(2025, 8, 29),
    )
    assert (summit.type, summit.span.start) == ("meeting", dt.date(2025, 8, 29))


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Leaders of the Shanghai Cooperation Organisation on Monday adopted a declaration "
         "in Tianjin, at the 25th meeting of the SCO Council of Heads of State.",
         ("Shanghai Cooperation Organisation",)),
        ("On Monday, Prime Minister Narendra Modi will attend the SCO summit in Tianjin.",
         ("Narendra Modi", "Shanghai Cooperation Organisation")),
        ("Prime Minister Narendra Modi held talks with President Vladimir Putin on the "
         "sidelines of the SCO summit on Monday.", ("Narendra Modi", "Vladimir Putin")),
        ("The meeting on Monday, on the sidelines of the SCO summit, lasted an hour.", ()),
    ],
)  # fmt: skip
def test_a_groupings_summit_is_the_groupings_not_talks_on_its_sidelines(
    text: str, actors: tuple[str, ...]
) -> None:
    summit = next(iter(mentions(text, published=dt.date(2025, 9, 1))))
    assert (summit.type, summit.actors) == ("meeting", actors)


@pytest.mark.parametrize(
    ("text", "abroad"),
    [
        ("Indian Prime Minister Narendra Modi arrived in Tianjin on Saturday evening from "
         "Japan.", ("China",)),
        ("Indian Prime Minister Narendra Modi will visit Japan and China from Friday.",
         ("China", "Japan")),
    ],
)  # fmt: skip
def test_a_visit_goes_to_the_countries_it_names_but_the_one_it_comes_from(
    text: str, abroad: tuple[str, ...]
) -> None:
    visit = one(text, published=dt.date(2025, 8, 31))
    assert (visit.type, visit.abroad) == ("visit", abroad)


def test_religious_ceremonies_journeys_and_telegrams() -> None:
    published = dt.date(2025, 11, 27)
    mass = one("Pope Leo XIV celebrated Mass in Istanbul on Saturday, Nov. 29.",
               published=published)  # fmt: skip
    assert (mass.type, mass.span.start) == ("ceremony", dt.date(2025, 11, 29))
    trip = one("Pope Leo XIV will make an Apostolic Journey to Turkey from 27 to 30 November.",
               published=published)  # fmt: skip
    assert (trip.type, trip.span.start, trip.span.end) == (
        "visit", dt.date(2025, 11, 27), dt.date(2025, 11, 30))  # fmt: skip
    telegram = one("On Thursday Pope Leo XIV sent a telegram to Recep Tayyip Erdogan.",
                   published=published)  # fmt: skip
    assert telegram.type == "message"


def test_measures_named_by_their_announcement_have_only_its_own_people_and_places() -> None:
    """ "the measures announced on Oct 9": the date is the announcement's, and whoever
    and wherever else the sentence names are not it."""
    found = mentions(
        "Trump said in Busan on Thursday that China would suspend the export control "
        "measures announced on Oct. 9.",
        published=dt.date(2025, 10, 31),
    )
    announced = [m for m in found if m.span.start == dt.date(2025, 10, 9)]
    assert [(m.type, m.actors, m.places) for m in announced] == [("announcement", (), ())]


def test_a_date_in_what_is_said_and_still_to_come_is_not_the_statements() -> None:
    found = mentions(
        "Trump told reporters the lower tariff would take effect on November 10.",
        published=dt.date(2025, 10, 31),
    )
    assert not [m for m in found if m.type == "statement"]


def test_a_date_as_adjective_of_a_thing_dates_no_event_of_its_clause() -> None:
    """ "the Oct. 9 measures" are no talks, though the clause names talks."""
    found = mentions(
        "According to people briefed on the talks, Beijing would delay the 9 October "
        "measures by a year.",
        published=dt.date(2025, 10, 27),
    )
    assert found == []


def test_a_statement_after_a_sentence_saying_when_its_source_spoke_is_of_that_day() -> None:
    found = mentions(
        "The ministry said on Sunday that it would suspend the rules, as agreed by Xi Jinping "
        "and Donald Trump in Busan on Thursday. A spokesperson for the ministry said in a "
        "statement that China will issue general licenses.",
        published=dt.date(2025, 11, 2),
    )
    statements = [m for m in found if m.type == "statement"]
    assert [m.span.start for m in statements] == [dt.date(2025, 11, 2)]


def test_a_threat_posted_on_social_media_is_an_announcement() -> None:
    found = one(
        "Trump wrote in a post on Truth Social on Friday that tariffs would rise.",
        published=dt.date(2025, 10, 10),
    )
    assert (found.type, found.actors, found.span.start) == (
        "announcement",
        ("Donald Trump",),
        dt.date(2025, 10, 10),
    )


def test_a_date_after_a_name_in_the_possessive_is_that_persons_event() -> None:
    found = mentions(
        "The meetings followed a video call between Bessent and He on Oct. 18, which came "
        "a week after Trump's Oct. 10 threat on social media.",
        published=dt.date(2025, 10, 26),
    )
    threat = [m for m in found if m.span.start == dt.date(2025, 10, 10)]
    assert [(m.type, m.actors) for m in threat] == [("announcement", ("Donald Trump",))]


def test_a_denied_event_lends_its_day_to_no_clause_after_it() -> None:
    found = mentions(
        'In a post that morning, Trump said there now "seems to be no reason" to meet Xi '
        "Jinping in two weeks, where the two leaders had been expected to talk.",
        published=dt.date(2025, 10, 10),
    )
    assert [m for m in found if m.type == "meeting"] == []


def test_who_skipped_a_summit_is_not_in_it() -> None:
    found = mentions(
        "Trump flew straight home and skipped the APEC leaders' meeting, which Lee Jae-myung"
        " chaired on Friday.",
        published=dt.date(2025, 11, 2),
    )
    assert [(m.type, m.actors, m.occasion) for m in found] == [
        ("meeting", ("Lee Jae-myung", "APEC"), "APEC")
    ]


def test_separately_makes_a_meeting_with_each() -> None:
    found = mentions(
        "Trump also sat down with Anwar Ibrahim and, separately, with Lee Jae-myung that"
        " afternoon.",
        published=dt.date(2025, 10, 26),
    )
    assert [m.actors for m in found if m.type == "meeting"] == [
        ("Donald Trump", "Anwar Ibrahim"),
        ("Donald Trump", "Lee Jae-myung"),
    ]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (  # "the two leaders" acting mid-sentence: the two named last
            "The agreement was inked after the two leaders held a bilateral meeting on Sunday.",
            ("Anwar Ibrahim", "Donald Trump"),
        ),
        (  # a past meeting measured against: its pair may be any
            "Talks, stalled since the two presidents met at the White House on Aug. 25, resumed.",
            (),
        ),
    ],
)
def test_the_two_leaders_acting_are_the_two_named_before(
    text: str, actors: tuple[str, ...]
) -> None:
    found = mentions(
        "Malaysia and the US signed a trade deal after talks between Anwar Ibrahim and"
        " Donald Trump.",
        text,
        published=dt.date(2025, 10, 26),
    )
    assert [m.actors for m in found if m.type == "meeting"] == [actors]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Sergei Lavrov said Choe Son Hui met Vladimir Putin on Monday.",
            ("Choe Son Hui", "Vladimir Putin"),
        ),
        ("Sergei Lavrov said he met Choe Son Hui on Monday.", ("Sergei Lavrov", "Choe Son Hui")),
        (  # the talks' subject is named in the clause, after the speaker's
            "Maria Zakharova announced the visit at her weekly briefing on Friday, saying Choe"
            " Son Hui would stay in Russia from Oct. 26 to 28 and hold talks with Sergei"
            " Lavrov on Monday.",
            ("Choe Son Hui", "Sergei Lavrov"),
        ),
    ],
)
def test_a_speaker_reporting_an_event_is_not_in_it(text: str, actors: tuple[str, ...]) -> None:
    found = mentions(text, published=dt.date(2025, 10, 24))
    assert [m.actors for m in found if m.type == "meeting"] == [actors]


def test_the_end_of_the_visit_told_apart_ends_the_visit_before_it() -> None:
    found = mentions(
        "Choe Son Hui arrived in Minsk on an official visit on 28 October.",
        "The visit will end on 30 October.",
        published=dt.date(2025, 10, 29),
    )
    visits = [(m.span.start.day, m.span.end.day, m.places) for m in found if m.type == "visit"]
    assert visits == [(28, 30, ("Minsk",))]


def test_the_ceremony_named_again_is_the_one_told_that_day() -> None:
    found = mentions(
        "On Sunday, Donald Trump and Anwar Ibrahim witnessed the signing of the peace accord"
        " in Kuala Lumpur.",
        '"Today we show the world the way," Anwar Ibrahim said at the ceremony.',
        published=dt.date(2025, 10, 26),
    )
    ceremonies = [(m.occasion, m.places) for m in found if m.type == "ceremony"]
    assert ceremonies == [("Signing ceremony", ("Kuala Lumpur",))] * 2


def test_a_where_clause_is_at_the_place_before_it_not_after() -> None:
    found = mentions(
        "Arriving in Beirut on Sunday from Istanbul, where he had attended a Mass that "
        "morning, the pope went to Annaya on Monday.",
        published=dt.date(2025, 12, 1),
    )
    mass = [m for m in found if m.type == "ceremony" and not m.supporting]
    assert mass and all("Annaya" not in m.places for m in mass)


def test_a_day_after_since_is_when_a_state_began_not_the_event() -> None:
    found = mentions(
        "The ceremony was held under heavy security, with the road closed since Wednesday.",
        published=dt.date(2025, 11, 28),
    )
    assert [m for m in found if m.type == "ceremony"] == []
    stay = mentions("Kim has been visiting Beijing since Monday.", published=dt.date(2025, 10, 1))
    assert [m.type for m in stay] == ["visit"]


def test_talks_between_two_countries_with_no_one_named_may_found_an_event() -> None:
    talks = one("Ukrainian and Russian delegations met in Istanbul on Monday for a second round.")
    assert (talks.type, talks.span.start, talks.actors, talks.places) == (
        "meeting", MON_0929, (), ("Istanbul",)
    )
    assert one("Russia and Ukraine held direct peace talks on Monday.").type == "meeting"
    # No sides named, or only the host's: it may join an event, never found one.
    assert all(m.supporting for m in mentions("The delegations met in Istanbul on Monday."))
    assert all(m.supporting for m in mentions("Turkish officials met in Istanbul on Monday."))


def test_a_plan_only_guessed_at_may_join_its_event_but_never_found_one() -> None:
    guessed = mentions("Umerov said a fourth meeting with Medinsky could take place in October.")
    assert guessed and all(m.planned and m.supporting for m in guessed)
    firm = one("Umerov said he will meet Medinsky in Istanbul on Friday.")
    assert firm.planned and not firm.supporting


def test_negotiations_are_talks_and_who_was_absent_takes_no_part() -> None:
    talks = one("The third round of negotiations between Ukraine and Russia took place in "
                "Istanbul on Monday.")
    assert (talks.type, talks.places) == ("meeting", ("Istanbul",))
    summit = mentions("It was unlike Monday's summit in Alaska, from which Zelensky was absent.")
    assert all("Volodymyr Zelensky" not in m.actors for m in summit)


def test_what_a_present_tense_announcement_says_is_its_own_clause() -> None:
    found = mentions(
        "Aug. 8: Trump announces on his Truth Social platform that he will meet Putin in "
        "Alaska on August 15.",
        published=dt.date(2025, 8, 14),
    )
    assert {(m.type, m.span.start.day, m.planned) for m in found} == {
        ("announcement", 8, False), ("meeting", 15, True)
    }


def test_a_second_day_after_and_on_shares_the_event_of_the_first() -> None:
    found = mentions("Kim met Xi in Beijing on May 16 and on June 2.",
                     published=dt.date(2025, 7, 1))
    assert [(m.type, m.span.start) for m in found] == [
        ("meeting", dt.date(2025, 5, 16)), ("meeting", dt.date(2025, 6, 2))
    ]


def test_a_second_day_after_a_place_of_the_first_shares_its_event() -> None:
    found = mentions("Istanbul hosted talks between Russia and Ukraine on May 16 at Dolmabahce "
                     "Palace and on June 2 at Ciragan Palace.", published=dt.date(2025, 7, 1))
    assert [m.span.start for m in found] == [dt.date(2025, 5, 16), dt.date(2025, 6, 2)]


def test_returning_to_a_place_is_a_visit_there() -> None:
    back = one("On Monday, Volodymyr Zelensky returned to the White House with European leaders.")
    assert (back.type, back.actors, back.span.start) == ("visit", ("Volodymyr Zelensky",), MON_0929)


def test_the_lead_a_dateline_opens_is_that_days_news() -> None:
    item = article(
        paragraphs=("Putin aide Ushakov said the talks went well.",
                    "Russian President Vladimir Putin and US President Donald Trump held talks "
                    "in Anchorage that lasted nearly three hours."),
        published_on=dt.date(2025, 8, 16), published_at=None, language="en",
        dateline=Dateline("Anchorage", "August 15", dt.date(2025, 8, 15), 1),
    )
    (talks,) = [m for m in extract_mentions(item, KNOWLEDGE) if m.type == "meeting"]
    assert (talks.span.start, talks.actors) == (
        dt.date(2025, 8, 15), ("Vladimir Putin", "Donald Trump")
    )
