"""Russian articles (TASS, RIA Novosti): their datelines, dates and events are read like
English ones, from the words in the data tables."""

from __future__ import annotations

import datetime as dt

from factories import article

from generator.datelines import resolve_dateline, split_dateline
from generator.dates import find_dates
from generator.events import extract_mentions
from generator.knowledge import load_knowledge
from generator.places_named import is_location
from generator.sentences import split_sentences

KNOWLEDGE = load_knowledge()
MON_1027 = dt.date(2025, 10, 27)


def test_tass_and_ria_datelines_are_read_and_removed() -> None:
    for line, agency in (
        ("МОСКВА, 27 октября. /ТАСС/. Путин провел встречу.", "ТАСС"),
        ("МОСКВА, 27 окт — РИА Новости. Лавров провел переговоры.", "РИА Новости"),
    ):
        parts, rest = split_dateline((line,))
        assert parts is not None
        assert (parts.place, parts.agency) == ("Москва", agency)
        assert resolve_dateline(parts, MON_1027).date == MON_1027
        assert rest[0].startswith(("Путин", "Лавров"))


def test_russian_days_ranges_and_weekdays() -> None:
    def spans(sentence: str) -> list[tuple[dt.date, dt.date]]:
        return [(d.span.start, d.span.end) for d in find_dates(sentence, MON_1027)]

    assert spans("Визит пройдет с 26 по 28 октября.") == [
        (dt.date(2025, 10, 26), dt.date(2025, 10, 28))
    ]
    assert spans("Путин в понедельник провел встречу.") == [(MON_1027, MON_1027)]
    assert spans("Она прибыла в Москву накануне.") == [
        (dt.date(2025, 10, 26), dt.date(2025, 10, 26))
    ]


def test_a_russian_sentence_ends_before_a_capital_cyrillic_letter() -> None:
    text = "Чхве Сон Хи прибыла в Москву в воскресенье. Официальный представитель сообщила."
    assert len(split_sentences(text)) == 2


def test_russian_prepositions_mark_a_place() -> None:
    text = "провел в Кремле встречу"
    assert is_location(text, text.index("Кремле"))


def test_ukrainian_prepositions_mark_a_place() -> None:
    text = "на переговорах у Стамбулі 16 травня, з Києва до Вашингтона"
    for place in ("Стамбулі", "Києва", "Вашингтона"):
        assert is_location(text, text.index(place)), place
    assert not is_location("Україна та Росія", len("Україна та "))


def test_ukrainian_months_date_a_report() -> None:
    item = article(
        paragraphs=("Про обмін домовилися делегації України та Росії на переговорах у Стамбулі "
                    "16 травня.",),
        published_on=dt.date(2025, 5, 25), published_at=None, dateline=None, language="uk",
    )
    (talks,) = extract_mentions(item, KNOWLEDGE)
    assert (talks.span.start, talks.places) == (dt.date(2025, 5, 16), ("Istanbul",))


def test_a_russian_meeting_is_an_event_with_its_people_and_place() -> None:
    item = article(
        paragraphs=(
            "Президент России Владимир Путин в понедельник "
            "провел в Кремле встречу с министром иностранных дел КНДР Чхве Сон Хи.",
        ),
        published_on=MON_1027,
        published_at=None,
        dateline=None,
        language="ru",
    )
    found = [m for m in extract_mentions(item, KNOWLEDGE) if not m.supporting]
    assert [(m.type, m.span.start, set(m.actors), m.places) for m in found] == [
        ("meeting", MON_1027, {"Vladimir Putin", "Choe Son Hui"}, ("Moscow",))
    ]


def test_the_speaker_of_a_russian_report_is_not_in_what_she_reports() -> None:
    item = article(
        paragraphs=("Мария Захарова в пятницу сообщила, что визит пройдет с 26 по 28 октября.",),
        published_on=MON_1027,
        published_at=None,
        dateline=None,
        language="ru",
    )
    visits = [m for m in extract_mentions(item, KNOWLEDGE) if m.type == "visit"]
    assert [(m.span.start, m.actors, m.planned) for m in visits] == [
        (dt.date(2025, 10, 26), (), True)
    ]
