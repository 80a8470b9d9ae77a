"""A person's description between commas: whose it is and whose the clause after it is."""

from __future__ import annotations

import datetime as dt

from generator.clauses import split_clauses
from generator.dates import find_dates
from generator.descriptions import describes, resumes_after_description
from generator.knowledge import load_knowledge

KNOWLEDGE = load_knowledge()


def test_a_dated_description_is_a_clause_that_describes() -> None:
    sentence = "Li Qiang, who arrived on Saturday, met Choe Son Hui on Sunday."
    dates = find_dates(sentence, dt.date(2025, 9, 29))
    clauses = split_clauses(sentence, dates, KNOWLEDGE)
    assert [describes(c, KNOWLEDGE) for c in clauses] == [False, True, False]
    assert resumes_after_description(clauses[:2], KNOWLEDGE)
    assert not resumes_after_description(clauses[:1], KNOWLEDGE)


def test_an_undated_description_stays_in_its_clause() -> None:
    sentence = "Choe Son Hui, who held talks with Wang Yi, visited Beijing late last month."
    dates = find_dates(sentence, dt.date(2025, 10, 3))
    assert len(split_clauses(sentence, dates, KNOWLEDGE)) == 1
