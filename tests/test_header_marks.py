"""Header lines that are neither headline nor byline, and a headline's signature."""

from __future__ import annotations

from generator.header_marks import HeaderMarks, without_kind_label, without_signature
from generator.knowledge import load_knowledge

KNOWLEDGE = load_knowledge()
MARKS = HeaderMarks(KNOWLEDGE.words)


def test_a_clippers_excerpt_label() -> None:
    assert MARKS.is_standfirst_label("Excerpt")
    assert MARKS.is_standfirst_label("## Summary:")
    assert not MARKS.is_standfirst_label("Excerpts from the speech were published")


def test_a_pages_age_beside_the_byline() -> None:
    assert MARKS.states_age("Park Seo-yeon · 3 hours ago")
    assert MARKS.states_age("Updated 12 mins ago")
    assert not MARKS.states_age("Kim met Li in Pyongyang six years ago")


def test_a_known_outlets_signature_is_cut_from_the_headline() -> None:
    assert without_signature("Kim sees off Li | The Korea Herald", KNOWLEDGE) == "Kim sees off Li"
    assert without_signature("Kim sees off Li - Korea Herald", KNOWLEDGE) == "Kim sees off Li"
    assert without_signature("Kim - the man | Unknown Blog", KNOWLEDGE) == (
        "Kim - the man | Unknown Blog"
    )


def test_a_storys_kind_is_cut_from_before_its_headline() -> None:
    assert without_kind_label("Explainer | What did Xi and Trump agree?") == (
        "What did Xi and Trump agree?"
    )
    assert without_kind_label("Opinion | Why the truce will not last") == (
        "Why the truce will not last"
    )
    assert without_kind_label("Kim sees off Li | The Korea Herald") == (
        "Kim sees off Li | The Korea Herald"
    )  # more than two words before the bar: a headline and its site
    assert without_kind_label("News | World | Asia") == "News | World | Asia"  # a menu
