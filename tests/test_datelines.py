"""Datelines: the first paragraph's is read; a later item's dated one is removed."""

from __future__ import annotations

from generator.datelines import (
    filed_from,
    opens_with_dateline,
    split_coloned_dateline,
    split_dateline,
)


def test_the_first_dateline_is_read_and_later_dated_ones_removed() -> None:
    parts, paragraphs = split_dateline(
        (
            "Pyongyang, October 2 (Rodong Sinmun) -- Kim sent a message on October 1.",
            "Pyongyang, October 2 (Rodong Sinmun) -- The embassy hosted a reception.",
            "Pyongyang, the capital, is decorated.",
        )
    )
    assert parts is not None
    assert (parts.place, parts.date_text, parts.agency) == (
        "Pyongyang",
        "October 2",
        "Rodong Sinmun",
    )
    assert paragraphs == (
        "Kim sent a message on October 1.",
        "The embassy hosted a reception.",
        "Pyongyang, the capital, is decorated.",
    )


def test_a_known_city_in_capitals_and_a_colon_is_a_dateline() -> None:
    def is_city(name: str) -> bool:
        return name.title() == "Seoul"

    parts, paragraphs = split_coloned_dateline(("SEOUL: Kim met Li on Thursday.",), is_city)
    assert parts is not None and parts.place == "Seoul"
    assert paragraphs == ("Kim met Li on Thursday.",)
    label = ("UPDATE: Kim met Li on Thursday.",)
    assert split_coloned_dateline(label, is_city) == (None, label)


def test_a_line_opening_with_a_dateline_is_the_story_not_a_standfirst() -> None:
    assert opens_with_dateline("NEW DELHI -- In the space of four days, Modi met Xi.")
    assert opens_with_dateline("Tianjin, Sep 1 (PTI) Prime Minister Modi met Putin.") is False
    assert opens_with_dateline("TIANJIN, Aug. 31 (Xinhua) -- Xi met Modi.")
    assert not opens_with_dateline("Indian leader courted Japanese money before Tianjin")


def test_the_dateline_remembers_the_paragraph_it_opened() -> None:
    parts, _ = split_dateline(
        ("Aide says the talks went well", "ANCHORAGE, August 15. /TASS/. Putin held talks.")
    )
    assert parts is not None and (parts.date_text, parts.paragraph) == ("August 15", 1)


def test_a_story_without_dateline_was_filed_where_its_reporter_reported_from() -> None:
    def is_city(name: str) -> bool:
        return name in {"Busan", "Seoul"}

    lines = ["By Jane Roe", "Jane Roe reported from Busan, South Korea, and Li Wei from Beijing."]
    parts = filed_from(lines, is_city)
    assert parts is not None and (parts.place, parts.date_text) == ("Busan", None)
    assert filed_from(["Sam Poe contributed reporting from Seoul."], is_city) is None
    assert filed_from(["Jane Roe reported from Atlantis."], is_city) is None
    assert filed_from(["The ministry reported from Seoul that talks began."], is_city) is None
