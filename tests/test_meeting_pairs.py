"""Meeting pairs: who meets whom when a sentence names more than two people."""

from __future__ import annotations

import pytest

from generator.entities import ArticleEntities
from generator.knowledge import load_knowledge
from generator.meeting_pairs import acting_pair, separate_meetings

KNOWLEDGE = load_knowledge()
TRUMP, ANWAR, LEE, XI = "Donald Trump", "Anwar Ibrahim", "Lee Jae-myung", "Xi Jinping"


def meetings(text: str, subject: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    entities = ArticleEntities.for_text(KNOWLEDGE, [text])
    actors = (*subject, *entities.find(text, remember=False).people)
    return separate_meetings(text, actors, entities, KNOWLEDGE)


def test_being_received_by_another_after_talks_is_a_second_meeting() -> None:
    text = "she held talks with Anwar and was then received by Lee"
    assert meetings(text, (TRUMP,)) == [(TRUMP, ANWAR), (TRUMP, LEE)]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "Trump also sat down with Anwar and, separately, with Lee that afternoon",
            [(TRUMP, ANWAR), (TRUMP, LEE)],
        ),
        ("Trump met Anwar and then with Lee and Xi", [(TRUMP, ANWAR), (TRUMP, LEE, XI)]),
        ("Trump met Anwar and Lee that afternoon", [(TRUMP, ANWAR, LEE)]),
        (  # "she" names no one here
            "she held talks with Anwar and was then received by Lee",
            [(ANWAR, LEE)],  # no subject here: nothing to tell apart
        ),
        ("Separately, Trump met Anwar and Lee", [(TRUMP, ANWAR, LEE)]),  # no one before it
    ],
)
def test_separately_tells_the_subjects_meetings_apart(
    text: str, groups: list[tuple[str, ...]]
) -> None:
    assert meetings(text) == groups


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("The deal was inked after the two leaders held a meeting on Sunday", (ANWAR, TRUMP)),
        ("Lee met Xi, and the two leaders signed a deal on Sunday", (LEE, XI)),
        ("It was the second meeting between the two leaders after their talks on Aug. 25", ()),
    ],
)
def test_the_two_acting_are_the_pair_named_last(sentence: str, pair: tuple[str, ...]) -> None:
    entities = ArticleEntities.for_text(KNOWLEDGE, [sentence])
    assert acting_pair(sentence, sentence, (ANWAR, TRUMP), entities, KNOWLEDGE) == pair
