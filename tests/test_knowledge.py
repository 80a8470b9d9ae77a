"""Knowledge tables: the built-in ones, extended by a project's ``knowledge/`` folder."""

from __future__ import annotations

from pathlib import Path

from generator.knowledge import load_knowledge

BUILT_IN = load_knowledge()


def test_a_project_list_replaces_only_the_list_of_its_name(tmp_path: Path) -> None:
    (tmp_path / "words.toml").write_text(
        '[cues]\nnegations = ["did not", "never", "refused to"]\n', encoding="utf-8"
    )
    cues = load_knowledge(tmp_path).words["cues"]
    assert cues["negations"] == ["did not", "never", "refused to"]
    assert cues["future_cues"] == BUILT_IN.words["cues"]["future_cues"]  # still there
    assert set(cues) == set(BUILT_IN.words["cues"])


def test_a_project_table_of_its_own_is_added(tmp_path: Path) -> None:
    (tmp_path / "words.toml").write_text('[mine]\nwords = ["a"]\n', encoding="utf-8")
    words = load_knowledge(tmp_path).words
    assert words["mine"] == {"words": ["a"]}
    assert words["cues"] == BUILT_IN.words["cues"]


def test_a_project_person_with_a_known_name_replaces_the_built_in_one(tmp_path: Path) -> None:
    (tmp_path / "people.toml").write_text(
        '[[person]]\nname = "Li Qiang"\naliases = ["Premier Li"]\n\n'
        '[[person]]\nname = "Pak Thae Song"\naliases = ["Premier Pak"]\n',
        encoding="utf-8",
    )
    knowledge = load_knowledge(tmp_path)
    li = knowledge.person("Premier Li")
    assert li is not None and li.name == "Li Qiang"
    assert BUILT_IN.person("李强") is not None
    assert knowledge.person("李强") is None  # the built-in entry's aliases are gone
    added = BUILT_IN.person("Pak Thae Song") is None
    assert len(knowledge.people) == len(BUILT_IN.people) + added


def test_russian_and_belarusian_names_in_every_script() -> None:
    for spelling in ("Aleksandr Lukashenko", "Лукашенко", "루카셴코"):
        assert BUILT_IN.person(spelling).name == "Alexander Lukashenko", spelling
    for spelling in ("Лавровым", "Sergei Viktorovich Lavrov", "라브로프"):
        assert BUILT_IN.person(spelling).name == "Sergei Lavrov", spelling
    assert BUILT_IN.person("Чхве Сон Хи").name == "Choe Son Hui"
    assert BUILT_IN.place("Кремле").name == "Moscow"
    assert BUILT_IN.place("민스크").name == "Minsk"
    assert BUILT_IN.outlet("Belarusian Telegraph Agency").name == "BelTA"
    assert BUILT_IN.outlet("ТАСС").name == "TASS"


def test_names_of_the_gaza_ceasefire_in_every_spelling() -> None:
    for spelling in ("el-Sisi", "Abdel-Fattah El-Sisi", "Al-Sisi", "السيسي"):
        assert BUILT_IN.person(spelling).name == "Abdel Fattah el-Sisi", spelling
    for spelling in ("al-Hayyah", "Khalil al-Hayya", "خليل الحية"):
        assert BUILT_IN.person(spelling).name == "Khalil al-Hayya", spelling
    assert BUILT_IN.person("Bibi").name == "Benjamin Netanyahu"
    for spelling in ("Sharm El Sheikh", "Sharm al-Sheikh", "شرم الشيخ"):
        assert BUILT_IN.place(spelling).name == "Sharm el-Sheikh", spelling
    assert BUILT_IN.outlet("الشرق الأوسط").name == "Asharq Al-Awsat"
