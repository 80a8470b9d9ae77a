"""French articles (Vatican News, Le Monde): told from English by their little words;
their days, weekdays and events are read like English ones, from the data tables."""

from __future__ import annotations

import datetime as dt

from factories import article

from generator.dates import find_dates
from generator.events import extract_mentions
from generator.knowledge import load_knowledge
from generator.language import detect_language

KNOWLEDGE = load_knowledge()
TUE_1202 = dt.date(2025, 12, 2)


def test_french_is_told_from_english() -> None:
    assert detect_language("Le Pape s’est rendu au port de Beyrouth et a prié.") == "fr"
    # An English page with a French name or a café is still English.
    assert detect_language("The pope met the président of the café in Beirut.") == "en"


def test_french_days_and_weekdays() -> None:
    def spans(sentence: str) -> list[tuple[dt.date, dt.date]]:
        return [(d.span.start, d.span.end) for d in find_dates(sentence, TUE_1202)]

    sunday = dt.date(2025, 11, 30)
    assert spans("Arrivé dimanche 30 novembre à Beyrouth.") == [(sunday, sunday)]
    assert spans("Mardi matin, le Pape a prié.") == [(TUE_1202, TUE_1202)]
    assert spans("l’explosion du 4 août 2020") == [(dt.date(2020, 8, 4), dt.date(2020, 8, 4))]


def test_a_french_visit_is_an_event_with_its_person_and_place() -> None:
    item = article(
        paragraphs=("Mardi matin, Léon XIV s’est rendu à Beyrouth.",),
        published_on=TUE_1202,
        published_at=None,
        dateline=None,
        language="fr",
    )
    found = [m for m in extract_mentions(item, KNOWLEDGE) if not m.supporting]
    assert [(m.type, m.span.start, m.actors, m.places) for m in found] == [
        ("visit", TUE_1202, ("Pope Leo XIV",), ("Beirut",))
    ]
