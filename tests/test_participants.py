"""Participants: who takes part in the event a clause reports, and who does not."""

from __future__ import annotations

import pytest

from generator.entities import ArticleEntities
from generator.knowledge import load_knowledge
from generator.participants import (
    gathering_of,
    opening_speaker_end,
    visit_places,
    without_absent,
)

KNOWLEDGE = load_knowledge()
PEOPLE = ["Donald Trump", "Lee Jae-myung", "Xi Jinping"]


def absent_from(text: str, kind: str = "meeting", subject: str | None = None) -> list[str]:
    entities = ArticleEntities.for_text(KNOWLEDGE, [text])
    actors = list(entities.find(text, remember=False).people)
    return without_absent(text, kind, actors, subject, entities, KNOWLEDGE)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Trump flew home and skipped the APEC leaders' meeting, which Lee chaired on Friday",
            ["Lee Jae-myung"],
        ),
        ("Lee chaired the summit on Friday, which Trump skipped", ["Lee Jae-myung"]),
        ("Trump left Busan, and did not attend the summit with Xi on Friday", ["Xi Jinping"]),
        ("Xi stayed away from the talks with Lee on Friday", ["Lee Jae-myung"]),
        ("Trump said that no U.S. official would attend the summit with Lee", ["Lee Jae-myung"]),
        ("Xi sent Premier Li Qiang instead to the talks with Lee", ["Li Qiang", "Lee Jae-myung"]),
        ("Trump met Lee on Friday", ["Donald Trump", "Lee Jae-myung"]),
    ],
)
def test_whom_a_verb_of_absence_names_before_it_takes_no_part(
    text: str, actors: list[str]
) -> None:
    assert absent_from(text) == actors


def test_an_absent_subject_named_in_an_earlier_clause_takes_no_part() -> None:
    assert absent_from("and skipped the summit with Lee", subject="Donald Trump") == [
        "Lee Jae-myung"
    ]


def test_a_message_sent_instead_is_still_its_senders() -> None:
    text = "Xi sent a message instead to Lee"
    assert absent_from(text, kind="message") == ["Xi Jinping", "Lee Jae-myung"]


def test_a_meeting_naming_a_grouping_is_its_summit() -> None:
    assert gathering_of("meeting", ["Lee Jae-myung", "APEC"], KNOWLEDGE) == "APEC"
    assert gathering_of("meeting", PEOPLE, KNOWLEDGE) == ""
    assert gathering_of("ceremony", ["APEC"], KNOWLEDGE) == ""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sergei Lavrov said Choe met Putin on Monday", "Sergei Lavrov said "),
        (
            "Russian Foreign Ministry spokeswoman Maria Zakharova told reporters on Friday"
            " that Choe would arrive",
            "Russian Foreign Ministry spokeswoman Maria Zakharova told reporters on Friday that ",
        ),
        ("Lavrov said the talks on Monday went well", "Lavrov said "),
        ("Lavrov said he met Choe on Monday", ""),  # he speaks of himself
        ("Lavrov said his talks with Choe went well", ""),
        ("Kim and Xi held talks on Monday and said China would help", ""),
    ],
)
def test_a_speaker_opening_the_words_is_found(text: str, speaker: str) -> None:
    assert text[: opening_speaker_end(text, KNOWLEDGE)] == speaker


def test_where_someone_flies_back_to_is_not_where_the_event_is() -> None:
    text = "On Tuesday he will pray at the port of Beirut before flying back to Rome."
    places = visit_places("ceremony", ("Beirut", "Rome"), ["Pope Leo XIV"], text, KNOWLEDGE)
    assert places == ("Beirut",)
    aboard = "He told reporters on the flight back to Rome on Tuesday."
    assert visit_places("statement", ("Rome",), ["Pope Leo XIV"], aboard, KNOWLEDGE) == ()
