"""A build whose inputs and site did not change since the last build writes nothing and
reports the same outcome; any change to an input or to the site builds in full."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import build
from generator.cache import library_versions
from generator.config import load_config
from generator.errors import BuildError
from generator.report import BuildReport
from generator.serve import watched_paths
from generator.up_to_date import input_paths, site_files

REPO = Path(__file__).resolve().parent.parent
TALKS = """\
Kim Jong Un holds talks with Li Qiang
2025-10-10 08:15
PYONGYANG, Oct. 10 (Xinhua) -- Kim Jong Un held talks with Chinese Premier Li Qiang on Thursday.
The two sides exchanged views on bilateral relations, the report said.
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(REPO / "timeline.toml", tmp_path / "timeline.toml")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "talks.txt").write_text(TALKS, encoding="utf-8")
    (tmp_path / "seeds" / "empty.txt").write_text("", encoding="utf-8")  # a warning
    return tmp_path


def rebuilt(root: Path) -> BuildReport:
    return build(root, jobs=1, skip_unchanged=True)


def test_an_unchanged_project_is_not_built_again_and_reports_the_same(project: Path) -> None:
    first = rebuilt(project)
    assert first.built is not None and first.written.written > 0
    on_disk = site_files(project / "site")
    again = rebuilt(project)
    assert again.built is None
    assert again.written.written == 0 and again.written.unchanged == len(on_disk)
    assert again.lines()[:-1] == first.lines()[:-1]  # counts, events, each problem
    assert (again.errors, again.warnings) == (first.errors, first.warnings) == (0, 1)
    assert "up to date" in again.lines()[-1]
    assert site_files(project / "site") == on_disk
    with pytest.raises(BuildError, match="up to date"):
        again.timeline  # noqa: B018 (the property is what is tested)


def test_without_the_switch_a_build_always_runs(project: Path) -> None:
    rebuilt(project)
    assert build(project, jobs=1).built is not None


@pytest.mark.parametrize(
    "change",
    [
        "add a seed",
        "edit a seed",
        "remove a seed",
        "edit the config",
        "add a template",
        "add a knowledge table",
        "write an about page",
        "set SOURCE_DATE_EPOCH",
    ],
)
def test_a_changed_input_builds_in_full(
    project: Path, change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuilt(project)
    seeds = project / "seeds"
    if change == "add a seed":
        (seeds / "copy.txt").write_text(TALKS.replace("Thursday", "Friday"), encoding="utf-8")
    elif change == "edit a seed":
        (seeds / "talks.txt").write_text(TALKS + "More text.\n", encoding="utf-8")
    elif change == "remove a seed":
        (seeds / "empty.txt").unlink()
    elif change == "edit the config":
        config = project / "timeline.toml"
        config.write_text(config.read_text().replace('title = "', 'title = "New: '), "utf-8")
    elif change == "add a template":
        (project / "templates").mkdir()
        (project / "templates" / "404.html").write_text("<p>gone</p>", encoding="utf-8")
    elif change == "add a knowledge table":
        (project / "knowledge").mkdir()
        (project / "knowledge" / "people.toml").write_text(
            '[[person]]\nname = "Pak Myong Ho"\n', encoding="utf-8"
        )
    elif change == "write an about page":
        (project / "pages").mkdir()
        (project / "pages" / "about.md").write_text("# About\n\nOurs.\n", encoding="utf-8")
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "1760000000")
    assert rebuilt(project).built is not None


@pytest.mark.parametrize("change", ["edit a page", "delete a page", "add a stray file"])
def test_a_changed_site_is_built_again(project: Path, change: str) -> None:
    rebuilt(project)
    site = project / "site"
    about = site / "about.html"
    original = about.read_bytes()
    if change == "edit a page":
        about.write_bytes(original + b"<!-- edited -->")
    elif change == "delete a page":
        about.unlink()
    else:
        (site / "stray.html").write_text("left here", encoding="utf-8")
    assert rebuilt(project).built is not None
    assert about.read_bytes() == original
    assert not (site / "stray.html").exists()


def test_clean_builds_in_full(project: Path) -> None:
    rebuilt(project)
    assert build(project, jobs=1, clean=True, skip_unchanged=True).built is not None


def test_a_build_with_a_lost_stamp_builds_in_full(project: Path) -> None:
    rebuilt(project)
    (project / ".timeline-cache" / "last-build.pickle").write_bytes(b"not a pickle")
    assert rebuilt(project).built is not None
    assert rebuilt(project).built is None  # the full build left a stamp again


def test_every_input_serve_watches_is_in_the_stamp(project: Path) -> None:
    config = load_config(project, {"knowledge_dir": "tables"})
    watched = {path.resolve() for path in watched_paths(config)}
    assert watched - {config.seeds_path.resolve()} <= set(input_paths(config))
    assert (project / "tables").resolve() in watched
    assert (REPO / "templates").resolve() in input_paths(config)  # the tool's own


def test_the_stamp_knows_the_python_and_the_libraries() -> None:
    versions = library_versions()
    assert versions[0].startswith(f"{sys.version_info.major}.")
    assert any(line.startswith("jinja2 ") for line in versions)
    assert any(line.startswith("beautifulsoup4 ") for line in versions)


def test_strict_fails_an_up_to_date_build_that_had_warnings(project: Path) -> None:
    def timeline(*args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        command = [sys.executable, "-m", "generator", "--root", str(project), *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, check=False)

    first, second = timeline("build", "--strict"), timeline("build", "--strict")
    assert first.returncode == second.returncode == 1
    assert "up to date" not in first.stdout and "up to date" in second.stdout
    assert "warning: seeds/empty.txt" in second.stdout
    assert timeline("build").returncode == 0
