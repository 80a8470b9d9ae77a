"""Which language an article is in, from its letters."""

from __future__ import annotations

import pytest

from generator.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel and Hamas agreed to the first phase.", "en"),
        ("دخل اتفاق وقف إطلاق النار في قطاع غزة حيّز التنفيذ ظهر الجمعة", "ar"),
        ("Встреча прошла в Москве", "ru"),
    ],
)
def test_the_script_with_most_letters_wins(text: str, expected: str) -> None:
    assert detect_language(text) == expected
