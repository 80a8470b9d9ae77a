"""Clauses: where a sentence is cut, from the ``clauses`` words of words.toml."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from generator.clauses import Clause, clause_grammar, lead_of, split_clauses
from generator.dates import find_dates
from generator.knowledge import DATA_DIR, Knowledge, load_knowledge

KNOWLEDGE = load_knowledge()
PUBLISHED = dt.date(2025, 9, 30)


def clauses(sentence: str, knowledge: Knowledge = KNOWLEDGE) -> list[str]:
    dates = find_dates(sentence, PUBLISHED)
    return [c.text.strip(" ,;") for c in split_clauses(sentence, dates, knowledge)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Choe arrived on Sept. 27, before meeting Wang Yi on Sept. 28.",
            ["Choe arrived on Sept. 27", "before meeting Wang Yi on Sept. 28."],
        ),
        (
            "Li arrived on Thursday and met Kim on Friday.",
            ["Li arrived on Thursday", "and met Kim on Friday."],
        ),
        (  # "the day before" is a date, not a clause ending at "before"
            "Kim met Li on Friday and left the day before Saturday.",
            ["Kim met Li on Friday", "and left the day before Saturday."],
        ),
        ("The ministry said that Li would visit.", ["The ministry said", "that Li would visit."]),
        ("The visit that mattered was on Friday.", ["The visit that mattered was on Friday."]),
        (  # what is noted, then its speaker
            "Noting that Xi and Kim met last month, Li said ties are strong.",
            ["Noting that Xi and Kim met last month", "Li said ties are strong."],
        ),
        (
            "Wang made a speech, saying that Kim visited China last month.",
            ["Wang made a speech", "saying", "that Kim visited China last month."],
        ),
        (  # a person's description between commas is a clause of its own
            "Talks with Takaichi, who took office on Oct. 21, are set for Oct. 28.",
            ["Talks with Takaichi", "who took office on Oct. 21", "are set for Oct. 28."],
        ),
        (
            "최 외무상은 지난 26일 도착했으며, 리창 총리와 만났다.",
            ["최 외무상은 지난 26일 도착했으며", "리창 총리와 만났다."],
        ),
    ],
)
def test_a_sentence_is_cut_at_its_conjunctions(sentence: str, expected: list[str]) -> None:
    assert clauses(sentence) == expected


def test_a_report_is_a_clause_with_a_verb_of_reporting() -> None:
    reporting = clause_grammar(KNOWLEDGE).reporting
    assert reporting.search("the foreign ministry said on Tuesday")
    assert reporting.search("in a statement on Monday")
    assert not reporting.search("Li arrived on Thursday")


def test_a_user_extends_the_clause_words(tmp_path: Path) -> None:
    table = tomllib.loads((DATA_DIR / "words.toml").read_text(encoding="utf-8"))["clauses"]
    table["after_comma"].append("whereas")
    lines = ["[clauses]"] + [f"{key} = {value!r}" for key, value in table.items()]
    (tmp_path / "words.toml").write_text("\n".join(lines).replace("'", '"'), encoding="utf-8")
    sentence = "Li stayed on Friday, whereas Kim left on Saturday."
    assert clauses(sentence) == [sentence]
    extended = load_knowledge(tmp_path)
    assert clauses(sentence, extended) == ["Li stayed on Friday", "whereas Kim left on Saturday."]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("saying Choe would stay in Moscow from Oct. 26 to 28 and hold talks", "saying Choe "),
        ("she holds talks with Wang Yi on Sept 28 and is received by Li", "she "),
    ],
)
def test_the_lead_of_a_clause_is_what_comes_before_its_first_event_word(
    text: str, lead: str
) -> None:
    later = text.index(" and ")
    assert [c.text for c in lead_of(Clause(text, 0, ()), later, KNOWLEDGE, "en")] == [lead]
    assert lead_of(Clause(text, 0, ()), 0, KNOWLEDGE, "en") == []
