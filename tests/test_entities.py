"""People and places: trying the name patterns only where a name starts finds the same."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.entities import _person_names, _place_names, _titled_pattern, _words
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
