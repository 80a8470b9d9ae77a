"""Prose → sentences: each case one small text and the sentences expected."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.sentences import _END, _ends_sentence, _sentence_ends, split_sentences

# fmt: off
CASES = [
    pytest.param("Kim left. Xi stayed.", ["Kim left.", "Xi stayed."], id="two plain"),
    pytest.param("They met on Oct. 9 in Pyongyang.", ["They met on Oct. 9 in Pyongyang."],
                 id="Oct. 9"),
    pytest.param("It began Sept. 28. Talks followed.",
                 ["It began Sept. 28.", "Talks followed."], id="Sept. 28 then end"),
    pytest.param("He is the No. 2 official.", ["He is the No. 2 official."], id="No. 2"),
    pytest.param("He flew to the U.S. last week.", ["He flew to the U.S. last week."],
                 id="U.S. inside"),
    pytest.param("U.S. President Trump spoke.", ["U.S. President Trump spoke."],
                 id="U.S. President"),
    pytest.param("They held a Japan-U.S. Summit Meeting.",
                 ["They held a Japan-U.S. Summit Meeting."],
                 id="initialism ending a compound"),
    pytest.param("He flew to the U.S. The trip was short.",
                 ["He flew to the U.S.", "The trip was short."], id="U.S. at the end"),
    pytest.param("Mr. Kim met Dr. Lee.", ["Mr. Kim met Dr. Lee."], id="titles"),
    pytest.param("Kim Jong-un arrived. Xi waited.", ["Kim Jong-un arrived.", "Xi waited."],
                 id="Kim Jong-un"),
    pytest.param("J. Smith wrote it.", ["J. Smith wrote it."], id="initial"),
    pytest.param("Growth was 5.2 percent. Exports rose.",
                 ["Growth was 5.2 percent.", "Exports rose."], id="decimal"),
    pytest.param('"We are ready," he said. Li agreed.',
                 ['"We are ready," he said.', "Li agreed."], id="quote with said"),
    pytest.param('"We are ready." He smiled.', ['"We are ready."', "He smiled."],
                 id="quote closes sentence"),
    pytest.param('"Are you ready?" he asked.', ['"Are you ready?" he asked.'],
                 id="question inside quote"),
    pytest.param("Kim speaks in Pyongyang, Oct. 10, 2025. (Xinhua/Huang Jingwen)",
                 ["Kim speaks in Pyongyang, Oct. 10, 2025. (Xinhua/Huang Jingwen)"],
                 id="caption credit"),
    pytest.param("Kim waved from the rostrum.The parade commemorated the war.",
                 ["Kim waved from the rostrum.", "The parade commemorated the war."],
                 id="no space after stop"),
    pytest.param("Visit Xinhua.net for more.", ["Visit Xinhua.net for more."],
                 id="domain name"),
    pytest.param("中朝两国友谊深厚。双方同意加强合作！",
                 ["中朝两国友谊深厚。", "双方同意加强合作！"], id="Chinese"),
    pytest.param("회담이 열렸다。 양측은 합의했다？", ["회담이 열렸다。", "양측은 합의했다？"],
                 id="full-width marks"),
    pytest.param("평양에 도착했다. 중국 인사의 방북은", ["평양에 도착했다.", "중국 인사의 방북은"],
                 id="Korean full stop"),
    pytest.param("Why now? Nobody knows!", ["Why now?", "Nobody knows!"], id="? and !"),
    pytest.param("  Kim left.\n\nXi stayed.  ", ["Kim left.", "Xi stayed."],
                 id="surrounding whitespace"),
    pytest.param("The talks ended at 3 p.m. on Monday.",
                 ["The talks ended at 3 p.m. on Monday."], id="p.m."),
    pytest.param("He cited Art. 5 of the treaty.", ["He cited Art. 5 of the treaty."],
                 id="Art. 5"),
    pytest.param("It was in Sept. 2025 that they met.",
                 ["It was in Sept. 2025 that they met."], id="Sept. 2025"),
    pytest.param("Trump spoke. (In Gaza it was already the small hours of Thursday.) Then",
                 ["Trump spoke.", "(In Gaza it was already the small hours of Thursday.)",
                  "Then"], id="sentence in brackets"),
    pytest.param("", [], id="empty"),
    pytest.param("No full stop at all", ["No full stop at all"], id="no end mark"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_sentences_keep_their_text() -> None:
    text = "Li  met Choe.  They  talked."
    assert all(sentence in text for sentence in split_sentences(text))


TRICKY_WORDS = ["Mr.", "U.S.", "Oct.", "9.", "p.m.", "Kim.", "rostrum.The", "...", "?", "!", "。",
                "”", ")", "(Xinhua)", "\"", "No.", "2", "A", "the", "  ", "\n"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TRICKY_WORDS) | st.text(max_size=4), max_size=20).map(" ".join))
def test_looking_only_at_marks_finds_every_end(text: str) -> None:
    every_match = [m.end() for m in _END.finditer(text) if _ends_sentence(text, m)]
    assert _sentence_ends(text) == every_match
