"""The world gazetteer (``world.toml``): places beyond the story's own, and which table wins."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from generator.entities import ArticleEntities, Found
from generator.knowledge import DATA_DIR, Knowledge, load_knowledge

KNOWLEDGE = load_knowledge()


def found(sentence: str, knowledge: Knowledge = KNOWLEDGE) -> Found:
    return ArticleEntities.for_text(knowledge, [sentence]).find(sentence)


def test_a_world_city_is_a_place_of_its_country() -> None:
    sentence = "French President Emmanuel Macron arrived in Berlin on Tuesday for a visit."
    assert found(sentence).places == ("Berlin",)
    assert found(sentence).countries == {"France", "Germany"}


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("German Chancellor Friedrich Merz spoke on Monday.", {"Germany"}),
        ("Talks in Kiev ended.", {"Ukraine"}),  # an older spelling
        ("Officials from Türkiye and Czechia met.", {"Turkey", "Czech Republic"}),
        ("The South Sudanese delegation left.", {"South Sudan"}),  # not Sudan
        ("Guinea-Bissau voted.", {"Guinea-Bissau"}),  # not Guinea
        ("Ministers met in Mexico City.", {"Mexico"}),
    ],
)
def test_a_name_or_demonym_gives_its_country(sentence: str, countries: set[str]) -> None:
    assert found(sentence).countries == countries


@pytest.mark.parametrize(
    "sentence",
    [
        "Nice to see you, he said.",  # Nice, France
        "Reading the statement, Victoria smiled.",  # Reading, England; Victoria, Seychelles
        "The male officer left for a Split second.",  # Malé, the Maldives; Split, Croatia
        "Sofia and Santiago arrived on Monday.",  # the capitals of Bulgaria and Chile
    ],
)
def test_a_name_that_is_also_a_word_or_first_name_is_no_place(sentence: str) -> None:
    assert found(sentence) == Found()


def _names(path: Path, kind: str) -> dict[str, dict[str, object]]:
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    return {entry["name"]: entry for entry in table.get(kind, [])}


@pytest.mark.parametrize("kind", ["country", "place"])
def test_places_toml_replaces_the_world_entry_of_the_same_name(kind: str) -> None:
    world, story = _names(DATA_DIR / "world.toml", kind), _names(DATA_DIR / "places.toml", kind)
    both = world.keys() & story.keys()
    assert both  # the story's countries are in both
    for name in both:
        loaded = [p for p in KNOWLEDGE.places if p.name == name and p.kind == kind]
        assert len(loaded) == 1
        assert loaded[0].aliases == tuple(story[name].get("aliases", ()))  # type: ignore[arg-type]


def test_a_project_table_replaces_both(tmp_path: Path) -> None:
    (tmp_path / "places.toml").write_text(
        '[[place]]\nname = "Berlin"\ncountry = "Germany"\naliases = ["Spree-Athen"]\n\n'
        '[[place]]\nname = "Dandong"\ncountry = "China"\naliases = ["Andong"]\n',
        encoding="utf-8",
    )
    knowledge = load_knowledge(tmp_path)
    assert found("Kim arrived in Spree-Athen.", knowledge).places == ("Berlin",)
    assert found("Kim arrived in Andong.", knowledge).places == ("Dandong",)
    assert found("Kim arrived in Andong.").places == ()


def test_a_project_world_table_is_read_before_its_places_table(tmp_path: Path) -> None:
    (tmp_path / "world.toml").write_text(
        '[[place]]\nname = "Lyon"\ncountry = "France"\naliases = ["Lugdunum"]\n\n'
        '[[place]]\nname = "Dandong"\ncountry = "China"\naliases = ["Antung"]\n',
        encoding="utf-8",
    )
    (tmp_path / "places.toml").write_text(
        '[[place]]\nname = "Dandong"\ncountry = "China"\naliases = ["Andong"]\n',
        encoding="utf-8",
    )
    knowledge = load_knowledge(tmp_path)
    assert found("They met in Lugdunum.", knowledge).places == ("Lyon",)
    assert found("They met in Andong.", knowledge).places == ("Dandong",)
    assert found("They met in Antung.", knowledge).places == ()
