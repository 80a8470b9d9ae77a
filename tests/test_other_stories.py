"""Invented articles about other stories (``tests/other_stories/``), each built on its
own with a config that has no topic → the events a careful reader would list."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import build_project, make_project

STORIES = Path(__file__).resolve().parent / "other_stories"
CONFIG = 'title = "Another story"\n'

# (type, start, end, actors, planned, places)
Expected = tuple[str, str, str, tuple[str, ...], bool, tuple[str, ...]]

MACRON, SCHOLZ = "Emmanuel Macron", "Olaf Scholz"
LULA = "Luiz Inacio Lula da Silva"
TAMIM = "Tamim bin Hamad Al Thani"
ABIY, MODI = "Abiy Ahmed", "Narendra Modi"

CASES: dict[str, list[Expected]] = {
    "o1_reuters_berlin_defence_fund.txt": [
        ("announcement", "2025-03-12", "2025-03-12", ("Donald Tusk",), False, ("Paris",)),
        ("meeting", "2025-02-17", "2025-02-17", (MACRON, SCHOLZ), False, ("Paris",)),
        ("meeting", "2025-03-12", "2025-03-12", (MACRON, SCHOLZ), False, ("Berlin",)),
        ("visit", "2025-03-11", "2025-03-12", (MACRON,), False, ("Berlin",)),
    ],
    "o2_ap_lula_tokyo.md": [
        # the banquet, at the Imperial Palace
        ("meeting", "2025-03-25", "2025-03-25", ("Naruhito", LULA), False, ("Tokyo",)),
        ("meeting", "2025-03-26", "2025-03-26", (LULA, "Shigeru Ishiba"), False, ("Tokyo",)),
        ("visit", "2025-03-24", "2025-03-27", (LULA,), False, ("Tokyo",)),
        ("visit", "2025-03-28", "2025-03-28", (LULA,), True, ("Hanoi",)),  # the next trip
    ],
    "o3_dw_african_union.txt": [
        ("meeting", "2025-02-14", "2025-02-14", ("Abiy Ahmed",), False, ()),  # his dinner
        ("meeting", "2025-02-15", "2025-02-15", ("Antonio Guterres",), False, ()),  # summit
        ("meeting", "2025-02-15", "2025-02-15", ("William Ruto", ABIY), False, ("Addis Ababa",)),
    ],
    "o4_guardian_modi_washington.html": [
        ("meeting", "2025-02-11", "2025-02-11", ("Narendra Modi", MACRON), False, ("Paris",)),
        ("meeting", "2025-02-13", "2025-02-13", (MODI, "Donald Trump"), False, ("Washington",)),
        ("visit", "2025-02-12", "2025-02-13", ("Narendra Modi",), False, ("Washington",)),
    ],
    "o5_aljazeera_doha_talks.html": [
        ("ceremony", "2025-01-20", "2025-01-20", (TAMIM, "Pedro Sánchez"), False, ()),
        ("visit", "2025-01-19", "2025-01-20", ("Pedro Sánchez",), False, ("Doha",)),
    ],
}


def test_every_story_has_a_case() -> None:
    files = sorted(p.name for p in STORIES.iterdir() if p.name != "README.md")
    assert files == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_story_elsewhere_gives_the_events_a_careful_reader_lists(
    name: str, tmp_path: Path
) -> None:
    project = make_project(tmp_path, [STORIES / name], {"timeline.toml": CONFIG})
    _, data = build_project(project, clean=True)
    found = sorted(
        (e["type"], e["start"], e["end"], tuple(sorted(e["actors"])), e["planned"], *e["places"])
        for e in data["events"]
    )
    expected = sorted((k, s, e, tuple(sorted(a)), p, *w) for k, s, e, a, p, w in CASES[name])
    assert found == expected
