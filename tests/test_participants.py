"""Who and where of one report: tiny sentences → the places an event keeps."""

from __future__ import annotations

from generator.knowledge import load_knowledge
from generator.participants import visit_places

KNOWLEDGE = load_knowledge()


def test_where_someone_flies_back_to_is_not_where_the_event_is() -> None:
    text = "On Tuesday he will pray at the port of Beirut before flying back to Rome."
    places = visit_places("ceremony", ("Beirut", "Rome"), ["Pope Leo XIV"], text, KNOWLEDGE)
    assert places == ("Beirut",)
    aboard = "He told reporters on the flight back to Rome on Tuesday."
    assert visit_places("statement", ("Rome",), ["Pope Leo XIV"], aboard, KNOWLEDGE) == ()
