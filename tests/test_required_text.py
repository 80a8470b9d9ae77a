"""``required_text``: the plain text every match of a regex holds; ``any_phrase`` and
``any_of``: phrases found from their rarest letter wherever they are."""

from __future__ import annotations

import re
import warnings

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.date_words import alternation
from generator.required_text import (
    anchored_at_start,
    any_of,
    any_phrase,
    closed_up,
    required_choice,
    required_text,
)

PIECES = [
    "a", "b", "c", "ab", " ", "-", ":", "/", "(", ")", "[", "]", "{", "}", "|", "\\", "^", "$",
    ".", "*", "+", "?", "??", "*?", "++", "{2}", "{1,3}", "{,2}", "{x}", "(?:", "(?=", "(?!",
    "(?<=a)", "(?i)", "(?i:", "(?-i:", "(?P<n>", "(?P=n)", "\\1", "\\(", "\\)", "\\.", "\\[",
    "\\]", "\\{", "\\d", "\\s", "\\S", "\\b", "\\x41", "\\u0041", "\\N{COLON}", "\\0", "\\t",
    "[a-c]", "[^a]", "[)]", "[]a]", "[^]a]", "[\\]]", "#", "A", "中",
]  # fmt: skip
PATTERNS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=10).map("".join)
TEXT = st.lists(
    st.sampled_from(["a", "b", "c", "A", " ", "-", ":", "/", "(", ")", "[", "]", "{", "}",
                     "x", "2", "\t", "\n", "中", "#", "."]),
    max_size=24,
).map("".join)  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        ("via REUTERS(?:/File Photo)?", "via REUTERS"),
        ("(?:Photo|Image)\\s*:\\s*[^.]{2,60}", ":"),
        ("[A-Z]{2,}(?: [A-Z]{2,})*/[A-Z]{2,}", "/"),
        ("\\(Xinhua\\)", "(Xinhua)"),
        ("ab?c", "a"),  # "b" may be missing, so "abc" is not needed
        ("a|b", ""),  # either will do
        ("(?i)abc", ""),  # any case will do
        ("x(a|b)yz", "yz"),
        ("[)]abc", "abc"),  # a bracket inside a class opens no group
        ("\\x41bc", ""),
    ],
)
def test_the_longest_sure_run(pattern: str, needed: str) -> None:
    assert required_text(pattern) == needed


def _compiles(pattern: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set": not worth drawing
            re.compile(pattern)
    except (re.error, FutureWarning):
        return False
    return True


@settings(max_examples=2000, deadline=None)
@given(PATTERNS, TEXT)
@example("a{x}b", "a{x}b")
@example("[]a]b", "]b")
@example("{|}a", "{")  # "{" is no repeat here: the alternatives are "{" and "}a"
def test_no_match_lacks_the_required_text(pattern: str, text: str) -> None:
    if not _compiles(pattern):
        return
    needed = required_text(pattern)
    for match in re.finditer(pattern, text):
        assert needed in match[0], (pattern, match[0])


SETS = ["[ab]", "[中b]", "[]a]", "[^]a]", "[\\]a]", "[a\\]]", "[^b]", "[a-c]", "[.!?]"]
SET_PATTERNS = st.lists(st.sampled_from([*PIECES, *SETS]), min_size=1, max_size=10).map("".join)


@pytest.mark.parametrize(
    ("pattern", "choice"),
    [
        ("(?<=[.!?] )[©ⓒ]\\s*[A-Z][\\w.-]*", "©ⓒ"),
        ("[ab]?c[de]", "de"),  # the first set is optional, the second is not
        ("[ab]c|d", ""),
        ("(x[ab])", ""),
        ("[]a]b[cd]", "cd"),  # "]" first is an item
        ("[^ab]", ""),
        ("(?i)[ab]", ""),
    ],
)
def test_the_first_sure_set(pattern: str, choice: str) -> None:
    assert required_choice(pattern) == choice


@settings(max_examples=2000, deadline=None)
@given(SET_PATTERNS, TEXT)
@example("[]a]b", "]b")
@example("[\\]a]b", "]b")
def test_no_match_lacks_a_character_of_the_required_set(pattern: str, text: str) -> None:
    if not _compiles(pattern):
        return
    choice = required_choice(pattern)
    for match in re.finditer(pattern, text):
        assert not choice or any(c in match[0] for c in choice), (pattern, match[0])


@settings(max_examples=2000, deadline=None)
@given(SET_PATTERNS.map(lambda p: "^" + p), TEXT)
@example("^a|b", "xb")
@example("^[|]b", "|b")
@example("(?m)^a", "x\na")
def test_a_pattern_anchored_at_the_start_is_found_there_only(pattern: str, text: str) -> None:
    if not _compiles(pattern) or not anchored_at_start(pattern):
        return
    found = re.search(pattern, text)
    assert found is None or found.start() == 0, (pattern, text)


def test_patterns_anchored_at_the_start_are_told() -> None:
    assert anchored_at_start("^(?:a|b)c") and anchored_at_start("^[|]x")
    for pattern in ("^a|b", "(?m)^a", "a", "x^"):
        assert not anchored_at_start(pattern), pattern


PHRASE_TEXT = st.lists(
    st.sampled_from(["next", "the day", "day", "x-y", "a.b", "ab", " ", "  ", "\t", "\n", "x",
                     "y", "z", "-", ".", "B", "ſ", "中"]),
    max_size=12,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("abxz c-.", max_size=6), min_size=1, max_size=6), PHRASE_TEXT)
@example(["next", "the day"], "the  day")
@example(["x-y"], "x-y")
@example(["a.b"], "axb")
@example([" "], "anything")
def test_a_phrase_from_its_rarest_letter_is_found_where_the_phrase_is(
    phrases: list[str], text: str
) -> None:
    rare = re.compile(any_phrase(phrases))
    plain = re.compile(alternation(phrases))
    assert (rare.search(text) is None) == (plain.search(text) is None)


def test_a_phrase_starts_at_its_rarest_letter() -> None:
    assert any_phrase(["next"]) == "x(?:(?<=nex)t)"
    assert any_phrase(["this  morning"]) == "h(?:(?<=th)is\\s+morning)"
    assert any_phrase(["x-y", "jan", "jul", "j"]) == "\\-(?:(?<=x\\-)y)|j(?:an|ul|)"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("abxzB c-.\\(", max_size=6), max_size=6), PHRASE_TEXT)
@example(["sign up for", "members-only"], "sign up for")
@example(["sign up for"], "sign  up for")
@example([""], "x")
@example([], "x")
def test_any_of_some_texts_is_found_as_by_looking_for_each(texts: list[str], text: str) -> None:
    found = any_of(texts)
    assert (found is not None and found.search(text) is not None) == any(t in text for t in texts)


def test_no_whitespace_but_the_space_is_printable() -> None:
    import sys

    for c in map(chr, range(sys.maxunicode + 1)):
        assert not (c.isspace() and c.isprintable()) or c == " ", hex(ord(c))


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(["a", "b", " ", "\t", "\n", "\xa0", "\u3000", "\x1c",
                                "\x85", "\u2028", "中", "\x00"]), max_size=12) | st.text())
@example(" a b")
@example("a b ")
@example("")
def test_closed_up_text_is_the_words_joined_by_single_spaces(text: str) -> None:
    assert closed_up(text) == " ".join(text.split())
