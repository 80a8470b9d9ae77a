"""The small family of exceptions the tool raises on purpose."""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error the tool reports to the user without a traceback."""


class ConfigError(TimelineError):
    """``timeline.toml`` (or ``curation.toml``) is missing keys or has bad values."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__("\n".join(messages))


class BuildError(TimelineError):
    """The build cannot go on (unreadable templates, unwritable output...)."""
