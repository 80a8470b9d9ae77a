"""Editor's corrections: the three factory events + one curation entry → the events after it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import factories
import pytest

from generator.curation import Curation, apply_curation, load_curation
from generator.errors import ConfigError
from generator.model import DateSpan, Event

VISIT = "2025-09-27-choe-son-hui-visits-china"
MEETING = "2025-09-29-li-qiang-meets-choe-son-hui"
ANNIVERSARY = "2025-10-wpk-anniversary"
GLOBAL_TIMES = "global-times-2025-09-29-premier-meets-fm"
CHINA_DAILY = "china-daily-2025-09-30-china-dprk-promise"
EVENTS = factories.timeline().events  # visit (GT), meeting (GT + CD), anniversary (CD)


def curate(**entries: list[dict[str, Any]]) -> dict[str, Event]:
    curation = Curation({kind: tuple(items) for kind, items in entries.items()})
    return {event.id: event for event in apply_curation(EVENTS, curation)}


def sources(event: Event) -> list[str]:
    return [source.article_id for source in event.sources]


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)



def test_no_curation_keeps_the_events_in_date_order() -> None:
    assert list(curate()) == [VISIT, MEETING, ANNIVERSARY]


def test_merge_folds_later_ids_into_the_first() -> None:
    events = curate(merge=[{"ids": [MEETING, ANNIVERSARY]}])
    assert list(events) == [VISIT, MEETING]
    merged = events[MEETING]
    assert (merged.span, merged.title) == (EVENTS[1].span, EVENTS[1].title)
    assert sources(merged) == [CHINA_DAILY, GLOBAL_TIMES]
    assert merged.actors == ("Li Qiang", "Choe Son Hui")


def test_merge_unites_the_actors() -> None:
    events = curate(merge=[{"ids": [ANNIVERSARY, VISIT]}])
    assert events[ANNIVERSARY].actors == ("Choe Son Hui",)


def test_merge_keeps_the_first_events_evidence() -> None:
    merged = curate(merge=[{"ids": [MEETING, VISIT]}])[MEETING]
    by_article = {s.article_id: s.evidence for s in merged.sources}
    assert (
        "Chinese Premier Li Qiang on Monday met with Choe Son Hui in Beijing."
        in by_article[GLOBAL_TIMES]
    )


# fmt: off
SPLITS = [
    pytest.param({"id": MEETING, "articles": [CHINA_DAILY]},
                 {MEETING: [GLOBAL_TIMES], f"{MEETING}-split": [CHINA_DAILY]},
                 id="default new id"),
    pytest.param({"id": MEETING, "articles": [CHINA_DAILY], "new_id": "2025-09-29-cd-report"},
                 {MEETING: [GLOBAL_TIMES], "2025-09-29-cd-report": [CHINA_DAILY]},
                 id="new id given"),
]
# fmt: on


@pytest.mark.parametrize(("entry", "expected"), SPLITS)
def test_split(entry: dict[str, Any], expected: dict[str, list[str]]) -> None:
    events = curate(split=[entry])
    assert {i: sources(events[i]) for i in expected} == expected
    new = events[next(i for i in expected if i != MEETING)]
    assert new.summary == EVENTS[1].sources[1].evidence[0]  # the moved report's own words


def test_split_never_leaves_an_empty_event() -> None:
    with pytest.raises(ConfigError, match="both parts need at least one article"):
        curate(split=[{"id": ANNIVERSARY, "articles": [CHINA_DAILY]}])


# fmt: off
FIXES = [
    pytest.param({"start": day("2025-10-10")},
                 DateSpan(day("2025-10-10"), day("2025-10-10"), "day"), id="start alone: one day"),
    pytest.param({"start": day("2025-10-09"), "end": day("2025-10-11")},
                 DateSpan(day("2025-10-09"), day("2025-10-11"), "range"), id="start and end"),
    pytest.param({"start": day("2025-10-01"), "end": day("2025-10-31"), "precision": "month"},
                 DateSpan(day("2025-10-01"), day("2025-10-31"), "month"), id="precision given"),
    pytest.param({"title": "WPK 80th anniversary"},
                 DateSpan(day("2025-10-01"), day("2025-10-31"), "month"),
                 id="title only keeps the month"),
]
# fmt: on


@pytest.mark.parametrize(("changes", "span"), FIXES)
def test_fix_dates(changes: dict[str, Any], span: DateSpan) -> None:
    assert curate(fix=[{"id": ANNIVERSARY, **changes}])[ANNIVERSARY].span == span


def test_fix_title_type_and_summary() -> None:
    fixed = curate(
        fix=[
            {
                "id": ANNIVERSARY,
                "start": day("2025-10-10"),
                "title": "WPK parade",
                "type": "ceremony",
                "summary": "A parade in Pyongyang.",
            }
        ]
    )[ANNIVERSARY]
    assert (fixed.title, fixed.type, fixed.summary) == (
        "WPK parade",
        "ceremony",
        "A parade in Pyongyang.",
    )
    assert sources(fixed) == [CHINA_DAILY]


def test_hide() -> None:
    assert list(curate(hide=[{"id": VISIT}, {"id": ANNIVERSARY}])) == [MEETING]


def test_hidden_event_is_no_longer_related() -> None:
    assert curate(hide=[{"id": VISIT}])[MEETING].related == ()


def test_outlet_override() -> None:
    curation = Curation(
        {
            "outlet": (
                {"file": "seeds/copy.txt", "outlet": "x"},
                {"file": f"seeds/{GLOBAL_TIMES}.txt", "outlet": "Xinhua"},
            )
        }
    )
    results = curation.outlet_overrides(factories.timeline().results)
    assert [r.article.outlet if r.article else None for r in results] == [
        "Xinhua",
        "China Daily",
        None,
        None,
    ]


# fmt: off
BAD = [
    pytest.param("hide", {"id": "2025-09-29-li-qiang-meets-choe"},
                 f"curation.toml: hide: unknown id '2025-09-29-li-qiang-meets-choe'; "
                 f"did you mean '{MEETING}', '{ANNIVERSARY}', '{VISIT}'?", id="hide: a cut-off id"),
    pytest.param("merge", {"ids": [MEETING, "2025-09-27-choe-visits-china"]},
                 f"curation.toml: merge: unknown id '2025-09-27-choe-visits-china'; "
                 f"did you mean '{VISIT}', '{MEETING}'?", id="merge: a misspelt id"),
    pytest.param("fix", {"id": "nothing-like-it-at-all"},
                 "curation.toml: fix: unknown id 'nothing-like-it-at-all'", id="fix: no close id"),
    pytest.param("split", {"id": MEETING, "articles": ["global-times-2025-09-29-premier"]},
                 "curation.toml: split.articles: unknown id 'global-times-2025-09-29-premier'; "
                 f"did you mean '{GLOBAL_TIMES}', '{CHINA_DAILY}'?",
                 id="split: an article not in the event"),
    pytest.param("fix", {"id": ANNIVERSARY, "type": "party"},
                 "curation.toml: type 'party': must be one of visit, meeting, ceremony, "
                 "statement, announcement, message, other", id="fix: unknown type"),
    pytest.param("fix", {"id": ANNIVERSARY, "start": day("2025-10-10"), "precision": "week"},
                 f"curation.toml: fix '{ANNIVERSARY}': precision must be day, range or month",
                 id="fix: unknown precision"),
    pytest.param("fix", {"id": ANNIVERSARY, "start": "Oct 10"},
                 f"curation.toml: fix '{ANNIVERSARY}': start and end must be dates",
                 id="fix: a start that is not a date"),
]
# fmt: on


@pytest.mark.parametrize(("kind", "entry", "message"), BAD)
def test_bad_entries_are_config_errors(kind: str, entry: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as error:
        curate(**{kind: [entry]})
    assert error.value.messages == [message]


def test_every_unknown_id_is_reported_at_once() -> None:
    with pytest.raises(ConfigError) as error:
        curate(hide=[{"id": "one"}, {"id": "two"}])
    assert [m.split(";")[0] for m in error.value.messages] == [
        "curation.toml: hide: unknown id 'one'",
        "curation.toml: hide: unknown id 'two'",
    ]


def test_unknown_outlet_file_is_an_error() -> None:
    curation = Curation({"outlet": ({"file": "seeds/copy.text", "outlet": "x"},)})
    with pytest.raises(ConfigError) as error:
        curation.outlet_overrides(factories.timeline().results)
    assert error.value.messages == [
        "curation.toml: file: unknown id 'seeds/copy.text'; "
        "did you mean 'seeds/copy.txt', 'seeds/empty.txt'?"
    ]


# Reading curation.toml --------------------------------------------------------------


def test_load_curation(tmp_path: Path) -> None:
    (tmp_path / "curation.toml").write_text(
        f'[[hide]]\nid = "{VISIT}"\n\n[[fix]]\nid = "{ANNIVERSARY}"\nstart = 2025-10-10\n',
        encoding="utf-8",
    )
    curation = load_curation(tmp_path)
    assert curation.of("hide") == ({"id": VISIT},)
    assert curation.of("fix") == ({"id": ANNIVERSARY, "start": day("2025-10-10")},)
    assert curation.of("merge") == ()


def test_no_curation_file(tmp_path: Path) -> None:
    assert load_curation(tmp_path) == Curation({})


# fmt: off
BAD_FILES = [
    pytest.param('[[remove]]\nid = "x"\n[[hidden]]\nid = "y"\n',
                 ["curation.toml: key 'hidden': unknown (use merge, split, fix, hide, outlet)",
                  "curation.toml: key 'remove': unknown (use merge, split, fix, hide, outlet)"],
                 id="unknown top-level keys"),
    pytest.param("[[hide]\nid = 1\n", None, id="not TOML"),
]
# fmt: on


@pytest.mark.parametrize(("text", "messages"), BAD_FILES)
def test_bad_curation_files(tmp_path: Path, text: str, messages: list[str] | None) -> None:
    (tmp_path / "curation.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_curation(tmp_path)
    if messages is None:
        assert error.value.messages[0].startswith("curation.toml: not valid TOML:")
    else:
        assert error.value.messages == messages
