"""The quality gate: extraction and merging scored against the gold timelines.

The floors are the figures the issues ask for; a change that drops below one fails
the build (like Trafilatura's evaluation gate). Raise them when the tool improves.
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from helpers import CORPUS, build_project, dev_seeds, make_project, real_seeds
from score_timeline import score_articles, score_events, source_files

SEEDS_FLOORS = {
    "found": 1.0,
    "outlet": 1.0,
    "published": 1.0,
    "title": 1.0,
    "duplicate": 1.0,
    "f1": 1.0,
    "exact_dates": 0.90,
    "source_f1": 0.90,
}
DEV_FLOORS = {
    "found": 1.0,
    "outlet": 0.95,
    "published": 0.95,
    "title": 0.95,
    "duplicate": 1.0,
    "precision": 0.85,
    "recall": 0.85,
    "f1": 0.90,
    "source_f1": 0.85,
}


def _score(events_json: dict[str, Any], gold_path: Path) -> dict[str, Any]:
    gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
    files = {a["file"] for a in gold["article"]}
    articles = [a for a in events_json["articles"] if Path(a["file"]).name in files]
    file_of = {a["id"]: Path(a["file"]).name for a in articles}
    events = [e for e in events_json["events"] if source_files(e, file_of)]
    return {
        **score_articles(articles, gold["article"]),
        **score_events(events, gold["event"], file_of),
    }


@pytest.fixture(scope="module")
def seeds_score(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    project = make_project(tmp_path_factory.mktemp("seeds"), real_seeds())
    _, data = build_project(project)
    return _score(data, CORPUS / "seeds-gold.toml")


@pytest.fixture(scope="module")
def dev_score(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    project = make_project(tmp_path_factory.mktemp("dev"), dev_seeds())
    _, data = build_project(project)
    return _score(data, CORPUS / "dev" / "gold.toml")


@pytest.mark.parametrize("measure", sorted(SEEDS_FLOORS))
def test_seeds_meet_floor(seeds_score: dict[str, Any], measure: str) -> None:
    assert seeds_score[measure] >= SEEDS_FLOORS[measure], _explain(seeds_score)


@pytest.mark.parametrize("measure", sorted(DEV_FLOORS))
def test_dev_corpus_meets_floor(dev_score: dict[str, Any], measure: str) -> None:
    assert dev_score[measure] >= DEV_FLOORS[measure], _explain(dev_score)


BLIND = sorted(p.parent for p in (CORPUS / "blind").glob("*/gold.toml"))
NOT_SEEDS = {"gold.toml", "README.md", "timeline.toml"}
BLIND_FLOORS = {"found": 1.0, "duplicate": 1.0, "f1": 0.85, "source_f1": 0.80}


@pytest.fixture(scope="module", params=BLIND, ids=[p.name for p in BLIND])
def blind_score(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder: Path = request.param
    articles = sorted(p for p in folder.iterdir() if p.name not in NOT_SEEDS)
    project = make_project(tmp_path_factory.mktemp(folder.name), articles)
    settings = folder / "timeline.toml"  # a corpus about another story names its own sides
    if settings.exists():
        shutil.copy(settings, project / "timeline.toml")
    _, data = build_project(project)
    return _score(data, folder / "gold.toml")


# Floors a corpus does not meet yet, each with the reason its README gives; strict, so
# the entry must go once the floor is met.
BELOW_FLOOR = {
    ("b6-pope-turkey-lebanon", "source_f1"): "a French article, and vague or planned "
    "mentions of a multi-stop trip, are not attributed yet (see its README)",
    ("b10-g20-johannesburg", "source_f1"): "the summit's two days, its closing and the "
    "declaration are not yet events of their own, so their many reports go unattributed; "
    "reading 'D and D+1' as a range alone does not help (see its README, second pass)",
    ("b9-gaza-ceasefire", "source_f1"): "a live blog's day headers, a chronology's "
    "multi-day items and most Arabic sentences are not attributed yet (see its README)",
    ("b9-gaza-ceasefire", "f1"): "0.848: a planned visit dated otherwise than it happened, "
    "an arrival beside the day's summit, and the Arabic article's talks taking the "
    "announcement's Trump show as splits (see its README)",
}


@pytest.mark.parametrize("measure", sorted(BLIND_FLOORS))
def test_blind_corpora_meet_floor(
    blind_score: dict[str, Any], measure: str, request: pytest.FixtureRequest
) -> None:
    """Corpora written from the story's facts without reading the code (each folder's
    README gives its score when it was first built): the floors are lower than the dev
    corpus's, as these were not worked on until they passed."""
    corpus = _corpus_of(request)
    reason = BELOW_FLOOR.get((corpus, measure))
    if reason is not None:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=True))
    assert blind_score[measure] >= BLIND_FLOORS[measure], _explain(blind_score)


def _corpus_of(request: pytest.FixtureRequest) -> str:
    """The corpus folder of this test's ``blind_score`` parameter."""
    folder: Path = request.node.callspec.params["blind_score"]
    return folder.name


def test_seeds_have_no_split_and_no_spurious_event(seeds_score: dict[str, Any]) -> None:
    assert (seeds_score["splits"], seeds_score["spurious"]) == (0, 0), _explain(seeds_score)


def test_dev_corpus_has_no_split(dev_score: dict[str, Any]) -> None:
    assert dev_score["splits"] == 0, _explain(dev_score)


def _explain(score: dict[str, Any]) -> str:
    return (
        f"missed {score['unmatched_gold']}, split {score['split_events']}, "
        f"spurious {score['spurious_events']}"
    )
