"""``timeline.toml``: a typed schema, every error collected and reported at once."""

from __future__ import annotations

import datetime as dt
import tomllib
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import ConfigError

CONFIG_NAME = "timeline.toml"


@dataclass(frozen=True)
class Config:
    root: Path
    title: str = "News timeline"
    description: str = ""
    base_url: str = ""  # e.g. "https://user.github.io/repo/"; empty: links stay relative only
    seeds_dir: str = "seeds"
    output_dir: str = "site"
    timezone: str = "UTC"  # for pages whose outlet and text give no zone
    window_start: dt.date | None = None
    window_end: dt.date | None = None
    topic_sides: tuple[tuple[str, ...], ...] = ()  # each side: countries/groups one must involve
    language: str = "en"
    knowledge_dir: str = "knowledge"  # the user's own tables, read on top of the built-in ones
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def seeds_path(self) -> Path:
        return self.root / self.seeds_dir

    @property
    def output_path(self) -> Path:
        return self.root / self.output_dir

    def in_window(self, start: dt.date, end: dt.date) -> bool:
        if self.window_start is not None and end < self.window_start:
            return False
        return not (self.window_end is not None and start > self.window_end)


_STRING_KEYS = (
    "title",
    "description",
    "base_url",
    "seeds_dir",
    "output_dir",
    "language",
    "knowledge_dir",
)
KNOWN_KEYS = {*_STRING_KEYS, "timezone", "window", "topic"}


def load_config(root: Path, overrides: dict[str, Any] | None = None) -> Config:
    """Read ``timeline.toml`` under ``root`` (a missing file means all defaults)."""
    path = root / CONFIG_NAME
    raw: dict[str, Any] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError([f"{CONFIG_NAME}: not valid TOML: {exc}"]) from exc
    raw.update(overrides or {})
    errors: list[str] = []
    values: dict[str, Any] = {}
    for key in sorted(set(raw) - KNOWN_KEYS):
        errors.append(
            f"{CONFIG_NAME}: key '{key}': unknown key (known: {', '.join(sorted(KNOWN_KEYS))})"
        )
    for key in _STRING_KEYS:
        if key in raw:
            if isinstance(raw[key], str):
                values[key] = raw[key]
            else:
                errors.append(f"{CONFIG_NAME}: key '{key}': expected a string, got {raw[key]!r}")
    if "timezone" in raw:
        values["timezone"] = _check_zone(raw["timezone"], errors)
    if "window" in raw:
        values["window_start"], values["window_end"] = _check_window(raw["window"], errors)
    if "topic" in raw:
        values["topic_sides"] = _check_topic(raw["topic"], errors)
    base = values.get("base_url", "")
    if base and not (base.startswith(("http://", "https://")) and base.endswith("/")):
        errors.append(f"{CONFIG_NAME}: key 'base_url': must start with http(s):// and end with '/'")
    if errors:
        raise ConfigError(errors)
    return Config(root=root, **values)


def _check_zone(value: Any, errors: list[str]) -> str:
    try:
        zoneinfo.ZoneInfo(str(value))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        errors.append(f"{CONFIG_NAME}: key 'timezone': unknown time zone {value!r}")
        return "UTC"
    return str(value)


def _check_window(value: Any, errors: list[str]) -> tuple[dt.date | None, dt.date | None]:
    if not isinstance(value, dict):
        errors.append(f"{CONFIG_NAME}: key 'window': expected a table with start and end dates")
        return None, None
    bounds: list[dt.date | None] = []
    for part in ("start", "end"):
        item = value.get(part)
        if item is None:
            bounds.append(None)
        elif isinstance(item, dt.date) and not isinstance(item, dt.datetime):
            bounds.append(item)
        else:
            errors.append(f"{CONFIG_NAME}: key 'window.{part}': expected a date like 2025-09-01")
            bounds.append(None)
    start, end = bounds
    if start and end and start > end:
        errors.append(f"{CONFIG_NAME}: key 'window': start {start} is after end {end}")
    return start, end


def _check_topic(value: Any, errors: list[str]) -> tuple[tuple[str, ...], ...]:
    sides = value.get("sides") if isinstance(value, dict) else None
    if not isinstance(sides, list) or not all(
        isinstance(side, list) and all(isinstance(x, str) for x in side) for side in sides
    ):
        errors.append(
            f"{CONFIG_NAME}: key 'topic.sides': expected a list of lists of country names"
        )
        return ()
    return tuple(tuple(side) for side in sides)
