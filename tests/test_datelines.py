"""Datelines: the first paragraph's is read; a later item's dated one is removed."""

from __future__ import annotations

from generator.datelines import split_coloned_dateline, split_dateline


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
