"""Writing the site: byte-stable, only changed files rewritten, never half a site."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import writer
from generator.errors import BuildError
from generator.writer import WriteStats, recover_interrupted, write_site

OLD_TIME = 1_000_000_000  # 2001: any rewrite shows as a newer mtime

FILES: dict[str, str | bytes] = {
    "index.html": "<p>home</p>",
    "events/a.html": "<p>a</p>",
    "events/b.html": "<p>b</p>",
    "logo.png": b"\x89PNG\r\n",
}


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _age(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, (OLD_TIME, OLD_TIME))


def _mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns
            for p in folder.rglob("*") if p.is_file()}


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_first_write_creates_every_file_and_nojekyll(tmp_path: Path) -> None:
    site = tmp_path / "site"
    stats = write_site(site, FILES)
    assert stats == WriteStats(written=5, unchanged=0, removed=0)
    assert _tree(site) == {".nojekyll": b"", "events/a.html": b"<p>a</p>",
                           "events/b.html": b"<p>b</p>", "index.html": b"<p>home</p>",
                           "logo.png": b"\x89PNG\r\n"}


def test_second_identical_write_rewrites_nothing(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, FILES)
    _age(site)
    before_bytes, before_times = _tree(site), _mtimes(site)
    stats = write_site(site, FILES)
    assert stats == WriteStats(written=0, unchanged=5, removed=0)
    assert _tree(site) == before_bytes
    assert _mtimes(site) == before_times


def test_only_the_changed_file_is_rewritten(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, FILES)
    _age(site)
    stats = write_site(site, {**FILES, "events/b.html": "<p>b, revised</p>"})
    assert stats == WriteStats(written=1, unchanged=4, removed=0)
    times = _mtimes(site)
    assert times.pop("events/b.html") > OLD_TIME * 10**9
    assert set(times.values()) == {OLD_TIME * 10**9}
    assert (site / "events/b.html").read_text() == "<p>b, revised</p>"


def test_files_no_longer_produced_disappear(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, FILES)
    stats = write_site(site, {"index.html": "<p>home</p>"})
    assert stats.removed == 3
    assert sorted(_tree(site)) == [".nojekyll", "index.html"]


def test_clean_rewrites_everything(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, FILES)
    assert write_site(site, FILES, clean=True).written == 5


def test_no_temporary_folders_are_left(tmp_path: Path) -> None:
    write_site(tmp_path / "site", FILES)
    write_site(tmp_path / "site", {"index.html": "new"})
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_an_error_midway_leaves_the_old_site(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    write_site(site, FILES)
    before = _tree(site)
    calls = 0

    def failing(path: Path, data: bytes) -> bool:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError("disk full")
        return False

    monkeypatch.setattr(writer, "_same_bytes", failing)
    with pytest.raises(OSError, match="disk full"):
        write_site(site, {**FILES, "index.html": "changed"})
    assert _tree(site) == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


KILLED_BUILD = """
import sys
from pathlib import Path
from generator.writer import write_site
files = {f"pages/{i:05}.html": f"<p>new page {i}</p>" * 20 for i in range(40000)}
write_site(Path(sys.argv[1]), files)
"""


def test_a_killed_build_leaves_the_old_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, FILES)
    before = _tree(site)
    child = subprocess.Popen([sys.executable, "-c", KILLED_BUILD, str(site)],
                             cwd=Path(__file__).parent.parent)
    building = tmp_path / f".site.building-{child.pid}"
    deadline = time.monotonic() + 30
    while not (building / "pages" / "00100.html").exists():
        assert child.poll() is None, "the build finished before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert _tree(site) == before
    assert building.exists()
    write_site(site, {"index.html": "after"})  # the next build clears the leftovers
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_a_build_killed_mid_swap_gets_the_old_site_back(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, FILES)
    before = _tree(site)
    pid = _dead_pid()
    site.rename(tmp_path / f".site.old-{pid}")
    (tmp_path / f".site.building-{pid}").mkdir()
    recover_interrupted(site)
    assert _tree(site) == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_a_running_build_is_left_alone(tmp_path: Path) -> None:
    other = tmp_path / f".site.building-{os.getppid()}"
    other.mkdir()
    recover_interrupted(tmp_path / "site")
    assert other.exists()


def test_refuses_the_project_root_and_parents_of_the_seeds(tmp_path: Path) -> None:
    seeds = tmp_path / "project" / "seeds"
    seeds.mkdir(parents=True)
    for output in (tmp_path / "project", tmp_path):
        with pytest.raises(BuildError, match="refusing"):
            write_site(output, FILES, protect=[tmp_path / "project", seeds])
    with pytest.raises(BuildError, match="refusing"):
        write_site(seeds, FILES, protect=[seeds])
    assert seeds.exists()


def test_refuses_a_folder_that_looks_like_a_project(tmp_path: Path) -> None:
    (tmp_path / "timeline.toml").write_text("title = 'x'\n")
    with pytest.raises(BuildError, match="looks like a project"):
        write_site(tmp_path, FILES)
    assert (tmp_path / "timeline.toml").exists()


@pytest.mark.parametrize("bad", ["../escape.html", "/etc/passwd", ""])
def test_refuses_paths_outside_the_site(tmp_path: Path, bad: str) -> None:
    with pytest.raises(BuildError, match="not a path inside the site"):
        write_site(tmp_path / "site", {bad: "x"})


def test_swaps_with_two_renames_where_there_is_no_exchange(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "_exchange", lambda first, second: False)
    site = tmp_path / "site"
    write_site(site, FILES)
    write_site(site, {"index.html": "new"})
    assert _tree(site) == {".nojekyll": b"", "index.html": b"new"}
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_the_exchange_swaps_two_folders(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "from-a").touch()
    (tmp_path / "b").mkdir()
    if not writer._exchange(tmp_path / "a", tmp_path / "b"):
        pytest.skip("no renameat2 on this system")
    assert (tmp_path / "b" / "from-a").exists()
    assert not (tmp_path / "a" / "from-a").exists()


def test_a_symlinked_output_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "real-site"
    write_site(real, FILES)
    (tmp_path / "site").symlink_to(real)
    write_site(tmp_path / "site", {"index.html": "new"})
    assert (tmp_path / "site").is_symlink()
    assert (real / "index.html").read_text() == "new"


def test_a_rebuild_touches_only_the_files_that_changed(tmp_path: Path) -> None:
    """Unchanged files stay the very same files (same inode), not copies or links."""
    site = tmp_path / "site"
    write_site(site, FILES)
    inodes = {path: (site / path).stat().st_ino for path in FILES}
    write_site(site, {**FILES, "events/b.html": "<p>b, revised</p>"})
    assert {path: (site / path).stat().st_ino for path in FILES if path != "events/b.html"} == {
        path: inode for path, inode in inodes.items() if path != "events/b.html"
    }
    assert (site / "events" / "b.html").stat().st_ino != inodes["events/b.html"]


def test_a_folder_and_a_file_may_change_places(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, {"people/kim.html": "kim", "about": "about"})
    write_site(site, {"people": "now a file", "about/index.html": "now a folder"})
    assert _tree(site) == {".nojekyll": b"", "people": b"now a file",
                           "about/index.html": b"now a folder"}


def test_folders_left_empty_are_removed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, {"index.html": "home", "people/a/kim.html": "kim"})
    write_site(site, {"index.html": "home"})
    assert sorted(p.name for p in site.iterdir()) == [".nojekyll", "index.html"]


def test_a_commit_cut_short_is_finished_by_the_next_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The journal is written before the first rename: a build that dies among the
    renames leaves it, and the next build completes the same commit before its own."""
    site = tmp_path / "site"
    write_site(site, FILES)
    new = {**FILES, "index.html": "<p>new home</p>", "events/a.html": "<p>a, revised</p>",
           "events/c.html": "<p>c</p>"}
    new.pop("logo.png")
    moves = 0
    make_room = writer._make_room

    def dying(output: Path, target: Path) -> None:
        nonlocal moves
        moves += 1
        if moves == 2:
            raise KeyboardInterrupt  # killed after the first of three renames
        make_room(output, target)

    monkeypatch.setattr(writer, "_make_room", dying)
    with pytest.raises(KeyboardInterrupt):
        write_site(site, new)
    monkeypatch.setattr(writer, "_make_room", make_room)
    halfway = _tree(site)  # logo.png deleted, events/a.html moved in, then the end
    assert halfway["events/a.html"] == b"<p>a, revised</p>"
    assert halfway["index.html"] == b"<p>home</p>" and "events/c.html" not in halfway
    assert (tmp_path / f".site.building-{os.getpid()}" / writer.JOURNAL).is_file()
    recover_interrupted(site)
    assert _tree(site) == {".nojekyll": b"", "index.html": b"<p>new home</p>",
                           "events/a.html": b"<p>a, revised</p>", "events/b.html": b"<p>b</p>",
                           "events/c.html": b"<p>c</p>"}
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_a_build_that_fails_before_its_commit_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    write_site(site, FILES)
    before = _tree(site)
    monkeypatch.setattr(writer, "_list_files", lambda folder: (_ for _ in ()).throw(
        OSError("unreadable")))
    with pytest.raises(OSError, match="unreadable"):
        write_site(site, {**FILES, "index.html": "changed", "events/c.html": "c"})
    assert _tree(site) == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]
