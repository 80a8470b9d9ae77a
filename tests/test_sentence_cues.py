"""Sentence cues: how a sentence or clause opens → whom it is about."""

from __future__ import annotations

import pytest

from generator.knowledge import load_knowledge
from generator.sentence_cues import (
    names_by_pronoun,
    negated,
    opens_with_pronoun,
    opens_with_the_two,
)

KNOWLEDGE = load_knowledge()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met Kim on Thursday.", True),
        ("He Lifeng met Kim on Thursday.", False),
        ("On Friday 10 October he watched the parade.", True),
        ("During which she met her counterpart, Wang Yi.", True),
        ("On Friday He Lifeng watched the parade.", False),
        ("The premier met Kim on Thursday.", False),
        ("At the talks Xi told him he would visit.", False),
        ("In 2019 he visited Pyongyang.", True),
        ("Two days later, she was received by Premier Li Qiang.", True),
        ("Two days later, Li Qiang received her.", False),
    ],
)
def test_a_pronoun_may_follow_an_opening_phrase(sentence: str, expected: bool) -> None:
    assert opens_with_pronoun(sentence, KNOWLEDGE) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two leaders watched the parade.", True),
        ("On Sunday, both leaders watched the parade.", True),
        ("On Friday evening the two leaders watched the parade.", True),
        ("On Friday evening Li watched the parade with the two leaders.", False),
        ("The two watched the parade on Friday night.", True),
        ("The two countries will mark the day.", False),
    ],
)
def test_the_two_may_follow_an_opening_phrase(sentence: str, expected: bool) -> None:
    assert opens_with_the_two(sentence, KNOWLEDGE) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wang held talks with her on Saturday.", True),
        ("Li received him at the Great Hall of the People.", True),
        ("Xi sent him a message on Monday.", False),
        ("Wang held talks with Choe on Saturday.", False),
        ("Choe met her counterpart Wang Yi in late September.", False),
    ],
)
def test_with_her_names_whom_the_pronoun_stands_for(sentence: str, expected: bool) -> None:
    assert names_by_pronoun(sentence, KNOWLEDGE) is expected


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Kim did not meet Woo", True),
        ("Trump did not attend the summit", False),  # the summit was held: he was away
        ("Trump skipped the summit", False),
    ],
)
def test_a_denial_of_ones_part_is_no_denial_of_the_event(text: str, denied: bool) -> None:
    at = max(text.rfind("meet"), text.rfind("summit"))
    assert negated(text, at, KNOWLEDGE) is denied
