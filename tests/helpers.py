"""Shared helpers for tests that build whole projects."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from generator.build import build
from generator.report import BuildReport

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"


def make_project(folder: Path, seeds: list[Path], extra: dict[str, str] | None = None) -> Path:
    """A project folder with the repo's timeline.toml, pages and the given seed files."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "timeline.toml", folder / "timeline.toml")
    shutil.copytree(REPO / "pages", folder / "pages", dirs_exist_ok=True)
    (folder / "seeds").mkdir(exist_ok=True)
    for seed in seeds:
        shutil.copy(seed, folder / "seeds" / seed.name)
    for name, text in (extra or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build_project(folder: Path, **kwargs: Any) -> tuple[BuildReport, dict[str, Any]]:
    report = build(folder, **kwargs)
    data = json.loads((folder / "site" / "events.json").read_text(encoding="utf-8"))
    return report, data


def real_seeds() -> list[Path]:
    return sorted((REPO / "seeds").iterdir())


def dev_seeds() -> list[Path]:
    return sorted(p for p in (CORPUS / "dev").iterdir() if p.name.startswith("d"))
