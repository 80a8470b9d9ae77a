"""``timeline.toml``: a few lines of TOML → the settings, or every error in them at once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from generator.config import KNOWN_KEYS, Config, load_config
from generator.errors import ConfigError

KNOWN = ", ".join(sorted(KNOWN_KEYS))


def load(tmp_path: Path, toml: str | None, overrides: dict[str, Any] | None = None) -> Config:
    if toml is not None:
        (tmp_path / "timeline.toml").write_text(toml, encoding="utf-8")
    return load_config(tmp_path, overrides)


def errors(tmp_path: Path, toml: str) -> list[str]:
    with pytest.raises(ConfigError) as error:
        load(tmp_path, toml)
    return error.value.messages


def test_no_file_means_defaults(tmp_path: Path) -> None:
    assert load(tmp_path, None) == Config(root=tmp_path)


def test_defaults(tmp_path: Path) -> None:
    config = load(tmp_path, "")
    assert (
        config.title,
        config.seeds_dir,
        config.output_dir,
        config.timezone,
        config.language,
        config.window_start,
        config.window_end,
        config.topic_sides,
        config.base_url,
    ) == ("News timeline", "seeds", "site", "UTC", "en", None, None, (), "")
    assert (config.seeds_path, config.output_path) == (tmp_path / "seeds", tmp_path / "site")


# fmt: off
GOOD = [
    pytest.param('title = "China–DPRK"', "title", "China–DPRK", id="title"),
    pytest.param('timezone = "Asia/Seoul"', "timezone", "Asia/Seoul", id="time zone"),
    pytest.param('base_url = "https://user.github.io/repo/"', "base_url",
                 "https://user.github.io/repo/", id="base url"),
    pytest.param("[window]\nstart = 2025-08-01\nend = 2025-11-30", "window_start",
                 dt.date(2025, 8, 1), id="window start"),
    pytest.param("[window]\nstart = 2025-08-01\nend = 2025-11-30", "window_end",
                 dt.date(2025, 11, 30), id="window end"),
    pytest.param("[window]\nend = 2025-11-30", "window_start", None, id="open window start"),
    pytest.param('[topic]\nsides = [["China"], ["DPRK", "WPK"]]', "topic_sides",
                 (("China",), ("DPRK", "WPK")), id="topic sides"),
]
# fmt: on


@pytest.mark.parametrize(("toml", "attribute", "value"), GOOD)
def test_good_values(tmp_path: Path, toml: str, attribute: str, value: Any) -> None:
    assert getattr(load(tmp_path, toml), attribute) == value


# fmt: off
BAD = [
    pytest.param('colour = "red"',
                 f"timeline.toml: key 'colour': unknown key (known: {KNOWN})", id="unknown key"),
    pytest.param("title = 3", "timeline.toml: key 'title': expected a string, got 3",
                 id="title not a string"),
    pytest.param('seeds_dir = ["a"]',
                 "timeline.toml: key 'seeds_dir': expected a string, got ['a']",
                 id="seeds_dir not a string"),
    pytest.param('timezone = "Asia/Pyongyang City"',
                 "timeline.toml: key 'timezone': unknown time zone 'Asia/Pyongyang City'",
                 id="bad time zone"),
    pytest.param('timezone = "KST"', "timeline.toml: key 'timezone': unknown time zone 'KST'",
                 id="abbreviation is not a zone"),
    pytest.param("[window]\nstart = 2025-11-30\nend = 2025-08-01",
                 "timeline.toml: key 'window': start 2025-11-30 is after end 2025-08-01",
                 id="window start after end"),
    pytest.param('[window]\nstart = "August"',
                 "timeline.toml: key 'window.start': expected a date like 2025-09-01",
                 id="window start not a date"),
    pytest.param("[window]\nend = 2025-11-30T10:00:00",
                 "timeline.toml: key 'window.end': expected a date like 2025-09-01",
                 id="window end a date-time"),
    pytest.param('window = "autumn"',
                 "timeline.toml: key 'window': expected a table with start and end dates",
                 id="window not a table"),
    pytest.param('[topic]\nsides = ["China", "DPRK"]',
                 "timeline.toml: key 'topic.sides': expected a list of lists of country names",
                 id="topic sides not nested"),
    pytest.param('base_url = "user.github.io/repo"',
                 "timeline.toml: key 'base_url': must start with http(s):// and end with '/'",
                 id="base url without scheme"),
    pytest.param('base_url = "https://user.github.io/repo"',
                 "timeline.toml: key 'base_url': must start with http(s):// and end with '/'",
                 id="base url without trailing slash"),
]
# fmt: on


@pytest.mark.parametrize(("toml", "message"), BAD)
def test_each_bad_key_is_named(tmp_path: Path, toml: str, message: str) -> None:
    assert errors(tmp_path, toml) == [message]


def test_several_errors_reported_at_once(tmp_path: Path) -> None:
    toml = (
        'colour = "red"\ntitle = 3\ntimezone = "Nowhere/Land"\n[window]\nstart = 2025-12-01\n'
        "end = 2025-01-01\n"
    )
    assert [message.split(":")[1].strip() for message in errors(tmp_path, toml)] == [
        "key 'colour'",
        "key 'title'",
        "key 'timezone'",
        "key 'window'",
    ]


def test_not_toml(tmp_path: Path) -> None:
    [message] = errors(tmp_path, 'title = "unclosed\n')
    assert message.startswith("timeline.toml: not valid TOML: ")


def test_overrides_win_over_the_file(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        'base_url = "https://a.example/"',
        overrides={"base_url": "https://b.example/site/"},
    )
    assert config.base_url == "https://b.example/site/"


def test_overrides_are_checked_too(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="key 'base_url'"):
        load(tmp_path, "", overrides={"base_url": "b.example"})


# fmt: off
WINDOW = [
    pytest.param("2025-07-30", "2025-07-31", False, id="ends before the window"),
    pytest.param("2025-07-30", "2025-08-01", True, id="ends on the first day"),
    pytest.param("2025-11-30", "2025-12-02", True, id="starts on the last day"),
    pytest.param("2025-12-01", "2025-12-01", False, id="starts after the window"),
]
# fmt: on


@pytest.mark.parametrize(("start", "end", "inside"), WINDOW)
def test_in_window(tmp_path: Path, start: str, end: str, inside: bool) -> None:
    config = load(tmp_path, "[window]\nstart = 2025-08-01\nend = 2025-11-30")
    assert config.in_window(dt.date.fromisoformat(start), dt.date.fromisoformat(end)) is inside
