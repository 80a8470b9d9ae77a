"""Page furniture: the fast case-blind search agrees with one case-insensitive regex."""

from __future__ import annotations

import copy
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.furniture import Furniture, _CaseBlind
from generator.knowledge import load_knowledge

WORDS = load_knowledge().words
PATTERN_LISTS = [WORDS["junk"]["patterns"], WORDS["captions"]["contains"], ["^a|b", "c.d"]]
TRICKY_WORDS = [
    "COPYRIGHT", "Copyright ©", "All Rights Reserved", "Editing by", "x editing by",
    "Get the Daily", "IN THIS PHOTO", "Members-Only", "ⓒ", "www.x.com", "Tags: a", "ab/cd",
    "İ", "ı", "ſ", "\u212a", "中文", "a", "b", "c-d",
]  # fmt: skip
LINES = st.lists(st.sampled_from(TRICKY_WORDS) | st.text(max_size=5), max_size=10).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_case_blind_search_agrees_with_one_regex(line: str) -> None:
    for patterns in PATTERN_LISTS:
        one_regex = re.compile("|".join(patterns), re.IGNORECASE)
        assert _CaseBlind(patterns).search(line) == (one_regex.search(line) is not None)


def test_empty_lists_in_a_users_words_match_nothing() -> None:
    words = copy.deepcopy(WORDS)
    for section, key in [("junk", "lines"), ("junk", "patterns"), ("junk", "spam")]:
        words[section][key] = []
    for key in ("credit_end", "start", "contains"):
        words["captions"][key] = []
    furniture = Furniture(words)
    line = "Chinese Premier Li Qiang met Choe Son Hui in Beijing on Monday."
    assert not furniture.is_junk(line)
    assert not furniture.is_caption(line)
