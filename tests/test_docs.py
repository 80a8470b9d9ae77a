"""Documentation keeps up with the code: every setting and command is in the README."""

from __future__ import annotations

import argparse

import pytest
from helpers import REPO

from generator.cli import _parser
from generator.config import KNOWN_KEYS
from generator.curation import KINDS

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("key", sorted(KNOWN_KEYS))
def test_every_config_key_is_documented(key: str) -> None:
    assert f"`{key}" in README or f"[{key}]" in README


@pytest.mark.parametrize("kind", KINDS)
def test_every_curation_kind_is_documented(kind: str) -> None:
    assert f"[[{kind}]]" in README


def test_every_command_is_documented() -> None:
    names = [
        name
        for action in _parser()._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    ]
    assert names, "no commands found"
    for name in names:
        assert f"timeline {name}" in README


def test_the_ci_script_runs_the_readme_test_command() -> None:
    command = (
        "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && CI=true .venv/bin/pytest"
    )
    assert command in README
    assert command in (REPO / ".ci" / "run").read_text(encoding="utf-8")
