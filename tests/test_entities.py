"""People and places: who a sentence names, and the name patterns' shortcuts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.entities import ArticleEntities, _person_names, _place_names, _titled_pattern, _words
from generator.knowledge import load_knowledge

KNOWLEDGE = load_knowledge()
PATTERNS = [
    _person_names(KNOWLEDGE),
    _place_names(KNOWLEDGE),
    _words(("Li", "Kim", "Choe", "Xi")),
    _titled_pattern(("Premier", "Vice Premier", "Leader")),
]
TRICKY_WORDS = [
    "Li", "Li Qiang", "Kim Jong Un", "Kim Jong-un", "Choe Son-hui", "Xi", "Xiamen", "-Li",
    "Premier", "Vice Premier Ding Xuexiang", "Beijing", "Pyongyang", "China", "Chinese",
    "中国", "平壤", "the", ",", "'s", "Kimchi",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(TRICKY_WORDS) | st.text(max_size=4), max_size=16).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_skipping_to_where_a_name_starts_finds_every_match(text: str) -> None:
    for pattern in PATTERNS:
        expected = [(m.span(), m.group(0)) for m in pattern.pattern.finditer(text)]
        assert [(m.span(), m.group(0)) for m in pattern.finditer(text)] == expected


INTRODUCED = "Chinese Premier Li Qiang met DPRK Foreign Minister Choe Son Hui."


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Ties will grow, the foreign minister said.", ("Choe Son Hui",)),
        ("The goal of the talks was met, the premier said.", ("Li Qiang",)),
        ("Kim hailed the visit by the premier.", ("Li Qiang",)),
        ("Kim hailed the visit of the DPRK foreign minister.", ("Choe Son Hui",)),
        ("The rest of the premier's visit went well.", ("Li Qiang",)),
        ("the aims of the foreign minister and the premier.", ("Choe Son Hui", "Li Qiang")),
        ("The visit was the first in years, officials said.", ()),
    ],
)
def test_a_title_alone_names_the_person_last_named_with_it(
    sentence: str, people: tuple[str, ...]
) -> None:
    entities = ArticleEntities.for_text(KNOWLEDGE, [INTRODUCED, sentence])
    entities.find(INTRODUCED)
    entities.next_sentence()
    assert entities.find(sentence).people == people
