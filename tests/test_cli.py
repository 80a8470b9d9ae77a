"""The ``timeline`` command run as a user runs it: a tiny project → its output and exit code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

VISIT = """\
Chinese premier arrives in Pyongyang for goodwill visit
By Li Wei | Global Times | Published: Oct 09, 2025 11:20 PM
Chinese Premier Li Qiang arrived in Pyongyang on Thursday for an official goodwill visit.
Li was welcomed at the airport by senior officials of the Workers' Party of Korea.
"""
TALKS = """\
Kim Jong Un holds talks with Li Qiang
2025-10-10 08:15
PYONGYANG, Oct. 10 (Xinhua) -- Kim Jong Un held talks with Chinese Premier Li Qiang on Thursday.
The two sides exchanged views on bilateral relations, the report said.
"""


def timeline(root: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd or root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(REPO / "timeline.toml", tmp_path / "timeline.toml")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "visit.txt").write_text(VISIT, encoding="utf-8")
    (tmp_path / "seeds" / "talks.txt").write_text(TALKS, encoding="utf-8")
    return tmp_path


@pytest.fixture
def with_empty_seed(project: Path) -> Path:
    (project / "seeds" / "empty.txt").write_bytes(b"")
    return project


def files_under(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


def test_help_names_every_command(tmp_path: Path) -> None:
    run = timeline(tmp_path, "--help")
    assert run.returncode == 0
    for command in ("build", "check", "serve", "add", "--explain"):
        assert command in run.stdout


def test_no_command_prints_help_and_exits_2(tmp_path: Path) -> None:
    run = timeline(tmp_path)
    assert (run.returncode, run.stdout.startswith("usage: timeline")) == (2, True)


def test_check_reports_each_seed_and_writes_no_site(project: Path) -> None:
    run = timeline(project, "check")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "seeds/talks.txt: included | unknown outlet (Xinhua) | 2025-10-10T08:15:00+08:00 | "
        "Kim Jong Un holds talks with Li Qiang",
        "seeds/visit.txt: included | Global Times | 2025-10-09T23:20:00+08:00 | "
        "Chinese premier arrives in Pyongyang for goodwill visit",
        "2 included, 0 duplicate, 0 rejected; 2 events",
    ]
    assert not (project / "site").exists()


def test_check_writes_no_file_at_all(project: Path) -> None:
    before = files_under(project)
    timeline(project, "check")
    assert files_under(project) == before


def test_build_writes_the_site(project: Path) -> None:
    run = timeline(project, "build")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("2 included, 0 duplicate, 0 rejected; 2 events\n")
    assert (project / "site" / "index.html").is_file()
    events = json.loads((project / "site" / "events.json").read_text(encoding="utf-8"))
    assert "Li Qiang" in json.dumps(events)


def test_a_rejected_seed_is_listed_with_its_reason(with_empty_seed: Path) -> None:
    check = timeline(with_empty_seed, "check")
    build = timeline(with_empty_seed, "build")
    assert check.returncode == build.returncode == 0
    assert "seeds/empty.txt: rejected: the file is empty" in check.stdout.splitlines()
    assert "warning: seeds/empty.txt: the file is empty" in build.stdout.splitlines()
    assert build.stdout.startswith("2 included, 0 duplicate, 1 rejected;")


@pytest.mark.parametrize("command", ["check", "build"])
def test_strict_turns_warnings_into_failure(with_empty_seed: Path, command: str) -> None:
    assert timeline(with_empty_seed, command, "--strict").returncode == 1


def test_strict_passes_a_clean_project(project: Path) -> None:
    assert timeline(project, "check", "--strict").returncode == 0


def test_a_story_off_the_topic_is_reported_not_left_silent(project: Path) -> None:
    """Articles about another story than the one timeline.toml sets: the report says
    why no event is shown, and ``--strict`` fails."""
    config = project / "timeline.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace('[["China"], ["DPRK"]]', '[["Japan"]]'),
        encoding="utf-8",
    )
    run = timeline(project, "build")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "2 included, 0 duplicate, 0 rejected; 0 events (2 left out: 2 off the topic)"
    assert lines[1].startswith("warning: timeline.toml: no event is shown (2 off the topic)")
    assert timeline(project, "build", "--strict").returncode == 1


def test_explain_prints_the_mentions(project: Path) -> None:
    run = timeline(project, "check", "--explain", "seeds/visit.txt")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("seeds/visit.txt: included | Global Times |")
    assert "- 2025-10-09 (day) visit" in lines
    assert "  date phrase: Thursday" in lines
    assert any(line.startswith("  evidence: Chinese Premier Li Qiang arrived") for line in lines)
    assert any(line.startswith("  merged into: ") for line in lines)


def test_explain_an_unknown_seed(project: Path) -> None:
    run = timeline(project, "check", "--explain", "seeds/nope.txt")
    assert (run.returncode, run.stdout) == (1, "seeds/nope.txt: not a seed of seeds/\n")


def test_explain_with_root_reads_the_seed_path_in_the_project(project: Path) -> None:
    elsewhere = project / "elsewhere"
    elsewhere.mkdir()
    run = timeline(
        project, "--root", str(project), "check", "--explain", "seeds/visit.txt", cwd=elsewhere
    )
    assert run.stdout.startswith("seeds/visit.txt: included | Global Times |")


def test_a_bad_config_is_an_error_without_traceback(project: Path) -> None:
    (project / "timeline.toml").write_text('colour = "red"\n', encoding="utf-8")
    run = timeline(project, "check")
    assert run.returncode == 1
    assert run.stderr.startswith("error: timeline.toml: key 'colour': unknown key")
    assert "Traceback" not in run.stderr


def test_add_copies_a_file_under_a_clean_name_and_explains_it(tmp_path: Path) -> None:
    from helpers import make_project, real_seeds

    from generator.adding import add_seed

    project = make_project(tmp_path / "project", real_seeds()[:1])
    source = tmp_path / "My Article (copy) 2025.txt"
    source.write_bytes(real_seeds()[1].read_bytes())
    lines = add_seed(project, str(source))
    assert (project / "seeds" / "my-article-copy-2025.txt").read_bytes() == source.read_bytes()
    assert lines[0] == "added seeds/my-article-copy-2025.txt"
    assert any(line.startswith("- 2025-09-29") for line in lines)


def test_add_refuses_an_unsupported_file(tmp_path: Path) -> None:
    from helpers import make_project

    from generator.adding import add_seed
    from generator.errors import TimelineError

    project = make_project(tmp_path / "project", [])
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    with pytest.raises(TimelineError, match="not a supported file type"):
        add_seed(project, str(picture))
