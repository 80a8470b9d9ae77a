"""A person's description between commas: "Takaichi, who took office on Oct. 21, hosted
Trump". ``clauses.split_clauses`` makes such a description a clause of its own when it
holds a date, so that its day is not the sentence's; these say whose clause it is and
whose the clause after it is.
"""

from __future__ import annotations

from generator.clauses import Clause, clause_grammar
from generator.entities import ArticleEntities
from generator.knowledge import Knowledge


def describes(clause: Clause, knowledge: Knowledge) -> bool:
    """Whether the clause is a description ", who …"."""
    return clause_grammar(knowledge).relative.match(clause.text) is not None


def person_described(
    clause: Clause, earlier: list[Clause], entities: ArticleEntities, knowledge: Knowledge
) -> str | None:
    """Whom a description is of: the person named last before it ("…talks with Li, who
    arrived earlier in the day" is Li's arrival, not his host's)."""
    if not earlier or not describes(clause, knowledge):
        return None
    named = entities.find(earlier[-1].text, remember=False).people
    return named[-1] if named else None


def resumes_after_description(earlier: list[Clause], knowledge: Knowledge) -> bool:
    """Whether a clause goes on after a description: "Li, who arrived on Saturday, met
    Choe on Sunday": the description over, Li is the one who met Choe."""
    return bool(earlier) and describes(earlier[-1], knowledge)
