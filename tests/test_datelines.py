"""Datelines: the first paragraph's is read; a later item's dated one is removed."""

from __future__ import annotations

from generator.datelines import split_dateline


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
