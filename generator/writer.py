"""Put the built site on disk: all at once, and rewriting only what changed.

``write_site`` works in four steps:

1. refuse an output folder that would swallow the project or its seeds;
2. tidy up after builds that died (a killed build leaves a ``.building-<pid>`` folder,
   or, killed between two renames, the previous site under ``.old-<pid>``);
3. fill a sibling ``.building-<pid>`` folder: a file whose bytes equal the current
   site's is hard-linked (or copied with its mtime) from there, so it keeps its mtime;
   only changed files are written anew;
4. swap the new folder in with one rename exchange (two renames where the system has
   no exchange) and delete the old one.

Whenever the process is killed, the output folder holds either the whole previous
site or the whole new one.
"""

from __future__ import annotations

import ctypes
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.errors import BuildError
from generator.page_cache import Unchanged

NOJEKYLL = ".nojekyll"
# An existing folder holding one of these is a project, not a site we built.
PROJECT_MARKERS = ("timeline.toml", "pyproject.toml", ".git", "seeds")
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


@dataclass(frozen=True)
class WriteStats:
    written: int
    unchanged: int
    removed: int


def write_site(
    output: Path,
    files: Mapping[str, str | bytes | Unchanged],
    *,
    clean: bool = False,
    protect: Iterable[Path] = (),
) -> WriteStats:
    """Replace the site in ``output`` with ``files`` (relative POSIX path -> content).

    ``protect`` lists folders the output must never be, nor contain (pass the project
    root and the seeds folder). ``clean`` writes every file anew instead of reusing the
    unchanged ones from the previous site. A file given as ``UNCHANGED`` is carried over
    from the previous site without comparing (the page cache vouches for it).
    """
    # A symlinked output is followed: the swap replaces the folder, not the link.
    output = output.resolve() if output.is_symlink() else output.absolute()
    check_output_is_safe(output, protect)
    recover_interrupted(output)
    contents = _encode({NOJEKYLL: "", **files})
    previous = set(_list_files(output)) if output.is_dir() else set()
    building = _sibling(output, "building")
    try:
        written, unchanged = _fill(building, contents, None if clean else output)
        _swap_in(building, output)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return WriteStats(written, unchanged, removed=len(previous - contents.keys()))


def check_output_is_safe(output: Path, protect: Iterable[Path]) -> None:
    target = output.resolve()
    for guarded in protect:
        guarded_path = guarded.resolve()
        if target == guarded_path or target in guarded_path.parents:
            raise BuildError(f"refusing to write the site to {output}: it would replace {guarded}")
    if target == Path(target.anchor) or target == Path.home().resolve():
        raise BuildError(f"refusing to write the site to {output}")
    for marker in PROJECT_MARKERS:
        if (target / marker).exists():
            raise BuildError(
                f"refusing to write the site to {output}: it holds {marker}, so it looks like "
                "a project folder, not a built site"
            )


def recover_interrupted(output: Path) -> None:
    """Remove what dead builds left behind; put back a previous site caught mid-swap."""
    prefix = f".{output.name}."
    for leftover in sorted(output.parent.glob(f"{prefix}*-*")):
        kind, _, pid_text = leftover.name[len(prefix) :].rpartition("-")
        if kind not in ("building", "old") or not pid_text.isdigit():
            continue
        pid = int(pid_text)
        if pid != os.getpid() and _process_alive(pid):
            continue  # another build is at work on it
        if kind == "old" and not output.exists():
            os.rename(leftover, output)
        else:
            shutil.rmtree(leftover, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it is just not ours
    return True


def _sibling(output: Path, kind: str) -> Path:
    return output.parent / f".{output.name}.{kind}-{os.getpid()}"


def _encode(files: Mapping[str, str | bytes | Unchanged]) -> dict[str, bytes | Unchanged]:
    contents: dict[str, bytes | Unchanged] = {}
    for relative, content in files.items():
        parts = PurePosixPath(relative).parts
        if not parts or PurePosixPath(relative).is_absolute() or ".." in parts:
            raise BuildError(f"cannot write {relative!r}: not a path inside the site")
        contents[relative] = content.encode("utf-8") if isinstance(content, str) else content
    return contents


def _list_files(folder: Path) -> Iterator[str]:
    for directory, _, names in os.walk(folder):
        for name in names:
            yield (Path(directory) / name).relative_to(folder).as_posix()


def _fill(
    building: Path, contents: Mapping[str, bytes | Unchanged], previous: Path | None
) -> tuple[int, int]:
    """Write the new site into ``building``; return (written, unchanged) counts."""
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    folders: set[Path] = set()
    written = unchanged = 0
    for relative, data in sorted(contents.items()):
        target = building / relative
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        old = previous / relative if previous is not None else None
        if isinstance(data, Unchanged):
            if old is None or not old.is_file():
                raise BuildError(f"{relative} vanished from the site during the build; build again")
            _reuse(old, target)
            unchanged += 1
        elif old is not None and _same_bytes(old, data):
            _reuse(old, target)
            unchanged += 1
        else:
            target.write_bytes(data)
            written += 1
    return written, unchanged


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:  # missing, a folder, unreadable: not the same
        return False


def _reuse(old: Path, target: Path) -> None:
    """Carry an unchanged file over with its mtime: a hard link, else a copy."""
    try:
        os.link(old, target)
    except OSError:
        shutil.copy2(old, target)


def _swap_in(building: Path, output: Path) -> None:
    if not output.exists():
        os.rename(building, output)
        return
    if not output.is_dir():
        raise BuildError(f"cannot write the site to {output}: it is a file")
    if _exchange(building, output):
        shutil.rmtree(building)  # now holds the previous site
        return
    # Without an exchange there is a moment with no output folder; a build killed
    # right then is repaired by recover_interrupted at the next start.
    trash = _sibling(output, "old")
    os.rename(output, trash)
    os.rename(building, output)
    shutil.rmtree(trash)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one step (Linux renameat2); False where that is unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    return bool(result == 0)
