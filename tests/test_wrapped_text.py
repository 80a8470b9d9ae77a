"""Hard-wrapped text (a PDF's or an e-mail's) → paragraphs."""

from __future__ import annotations

from generator.wrapped_text import is_hard_wrapped, unwrapped

PDF = [
    "THE TIMES      Wednesday, October 1, 2025",
    "",
    "Chinese Premier Li Qiang met the For-",
    "eign Minister in Beijing on Monday, state media",
    "reported, after a four-",
    "day visit began on Saturday.",
    "   Choe left on Tuesday, wrapping up",
    "her trip.",
    "THE TIMES      Wednesday, October 1, 2025",
    "                                   2",
]


def test_a_pdf_copy_is_told_by_its_lines_going_on_in_lower_case() -> None:
    assert is_hard_wrapped("\n".join(PDF))
    assert not is_hard_wrapped("Kim met Li.\n\nLi left on Saturday.\nthe end")
    assert not is_hard_wrapped("Kim met Li.\nLi left on Saturday.")


def test_a_page_copied_line_by_line_with_a_few_breaks_in_its_furniture_is_not_wrapped() -> None:
    furniture = ["Save", "Click here to share", "share2", "Recommended Stories", "list of 2 items",
                 "list 1 of 2", "Why is Kim in Beijing", "list 2 of 2", "Photos: the parade"]
    prose = [f"Kim met Li in Beijing on day {n}." for n in range(50)]
    assert not is_hard_wrapped("\n".join(furniture + prose))
    assert is_hard_wrapped("\n".join(furniture + PDF))


def test_lines_are_joined_and_broken_words_mended() -> None:
    assert unwrapped(PDF) == [
        "THE TIMES      Wednesday, October 1, 2025",
        "",
        "Chinese Premier Li Qiang met the Foreign Minister in Beijing on Monday, state media "
        "reported, after a four-day visit began on Saturday.",
        "",
        "Choe left on Tuesday, wrapping up her trip.",
    ]
