"""Put the built site on disk: all at once, and rewriting only what changed.

``write_site`` (or ``staged_site``, for a build that writes pages as they are
rendered) works in four steps:

1. refuse an output folder that would swallow the project or its seeds;
2. tidy up after builds that died (see ``recover_interrupted``);
3. fill a sibling ``.building-<pid>`` folder (``Staging``) with the files that changed;
4. commit them. A rebuild *patches* the site: it first writes into the staging folder
   the list of files to move in and to delete (its journal), then moves each changed
   file into place with a rename and deletes the files no longer built. Files that did
   not change are not touched, so they keep their mtime, and adding one seed to a site
   of 12,000 pages moves about twenty. A first build, or ``--clean``, fills the staging
   folder with the whole site and swaps it in with one rename exchange (two renames
   where the system has no exchange).

A build that fails or is killed before its commit leaves the previous site as it was.
The commit itself is a few renames; a build killed in the middle of them left its
journal, and the next build finishes the commit before it starts (a swap caught
between its two renames is undone the same way). So the output folder only ever holds
a whole site, apart from the moment of the renames.
"""

from __future__ import annotations

import ctypes
import enum
import json
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.errors import BuildError
from generator.page_cache import Unchanged

NOJEKYLL = ".nojekyll"
JOURNAL = ".commit.json"  # in the staging folder: what a patch moves in and deletes
# An existing folder holding one of these is a project, not a site we built.
PROJECT_MARKERS = ("timeline.toml", "pyproject.toml", ".git", "seeds")
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


@dataclass(frozen=True)
class WriteStats:
    written: int
    unchanged: int
    removed: int


class Placed(enum.Enum):
    """A file a forked renderer already put into the staging folder (see ``Staging``)."""

    WRITTEN = "written"
    KEPT = "kept"


Content = str | bytes | Unchanged | Placed


def write_site(
    output: Path,
    files: Mapping[str, Content],
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
    with staged_site(output, clean=clean, protect=protect) as staging:
        staging.put_all(files)
    return staging.stats


@contextmanager
def staged_site(
    output: Path, *, clean: bool = False, protect: Iterable[Path] = ()
) -> Iterator[Staging]:
    """A ``Staging`` folder to fill with the new site; swapped in for ``output`` when the
    block ends without an error, removed when it ends with one."""
    # A symlinked output is followed: the swap replaces the folder, not the link.
    output = output.resolve() if output.is_symlink() else output.absolute()
    check_output_is_safe(output, protect)
    recover_interrupted(output)
    patch = not clean and output.is_dir()
    staging = Staging(_sibling(output, "building"), output if patch else None)
    try:
        yield staging
        if NOJEKYLL not in staging.files:
            staging.put(NOJEKYLL, "")
        gone = sorted(set(_list_files(output)) - staging.files) if output.is_dir() else []
        staging.removed = len(gone)
        if patch:
            _commit(staging.folder, output, sorted(staging.changed), gone)
        else:
            _swap_in(staging.folder, output)
    except BaseException:
        if not (staging.folder / JOURNAL).exists():
            shutil.rmtree(staging.folder, ignore_errors=True)
        # else the commit had begun: the next build finishes it from the journal
        raise


class Staging:
    """The new site's changed files, filled file by file next to the output folder.

    Given the ``previous`` site, only files whose bytes differ from its are written
    (those that did not change stay where they are); without one, every file is.
    ``put`` may also run in forked copies of the build, which then hand ``Placed``
    back so that the counts and the list of changed files here stay right."""

    def __init__(self, folder: Path, previous: Path | None) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        self.folder = folder
        self._root = str(folder)
        self._previous = str(previous) if previous is not None else None
        self._folders: set[str] = {""}
        self.files: set[str] = set()
        self.changed: set[str] = set()
        self.written = self.unchanged = self.removed = 0

    @property
    def stats(self) -> WriteStats:
        return WriteStats(self.written, self.unchanged, self.removed)

    def put_all(self, files: Mapping[str, Content]) -> None:
        for relative, content in sorted(files.items()):
            self.put(relative, content)

    def put(self, relative: str, content: Content) -> Placed:
        """Write one file into the folder (or carry the previous site's over)."""
        placed = content if isinstance(content, Placed) else self._place(relative, content)
        self.files.add(relative)
        if placed is Placed.WRITTEN:
            self.written += 1
            self.changed.add(relative)
        else:
            self.unchanged += 1
        return placed

    def _place(self, relative: str, content: str | bytes | Unchanged) -> Placed:
        _check_relative(relative)
        old = f"{self._previous}/{relative}" if self._previous is not None else None
        if isinstance(content, Unchanged):  # the page cache saw it on disk as it would be
            if old is None:
                raise BuildError(f"{relative} vanished from the site during the build; build again")
            return Placed.KEPT
        data = content.encode("utf-8") if isinstance(content, str) else content
        if old is not None and _same_bytes(old, data):
            return Placed.KEPT
        folder = relative.rpartition("/")[0]
        if folder not in self._folders:
            os.makedirs(f"{self._root}/{folder}", exist_ok=True)  # another copy may make it too
            self._folders.add(folder)
        with open(f"{self._root}/{relative}", "wb") as handle:
            handle.write(data)
        return Placed.WRITTEN


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
    """Tidy up after builds that died: finish a commit a build was killed in the middle
    of (its staging folder holds the journal), put back a previous site caught mid-swap
    (``.old-<pid>``), and remove staging folders that never got to their commit."""
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
        elif kind == "building" and (leftover / JOURNAL).is_file() and output.is_dir():
            _finish_commit(leftover, output)
        else:
            shutil.rmtree(leftover, ignore_errors=True)


def _commit(staging: Path, output: Path, changed: list[str], gone: list[str]) -> None:
    """Patch ``output``: the journal first, then the renames and deletions it lists."""
    journal = staging / JOURNAL
    temporary = journal.with_suffix(".tmp")
    temporary.write_text(json.dumps({"put": changed, "remove": gone}), encoding="utf-8")
    temporary.replace(journal)
    _finish_commit(staging, output)


def _finish_commit(staging: Path, output: Path) -> None:
    """Carry out (or finish) the journal's commit; every step may be done again."""
    try:
        plan = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
        changed, gone = list(map(str, plan["put"])), list(map(str, plan["remove"]))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BuildError(f"cannot finish the last build's commit in {staging}: {error}") from error
    for relative in gone:
        _check_relative(relative)
        Path(output, relative).unlink(missing_ok=True)
    _remove_empty_folders(output, {str(Path(r).parent) for r in gone})
    for relative in changed:
        _check_relative(relative)
        source, target = staging / relative, output / relative
        if not source.exists():
            continue  # moved in before the build was killed
        _make_room(output, target)
        os.replace(source, target)
    shutil.rmtree(staging)


def _make_room(output: Path, target: Path) -> None:
    """The folders a file goes into, where an old file or folder may stand in the way."""
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target)
    folder = target.parent
    for parent in reversed([folder, *folder.parents]):
        if output in parent.parents and (parent.is_file() or parent.is_symlink()):
            parent.unlink()
    folder.mkdir(parents=True, exist_ok=True)


def _remove_empty_folders(output: Path, folders: set[str]) -> None:
    """Folders the deletions emptied (a person with no events left has no page folder)."""
    for relative in sorted(folders, key=len, reverse=True):
        folder = output / relative
        while folder != output and output in folder.parents:
            try:
                folder.rmdir()
            except OSError:
                break  # not empty, or already gone
            folder = folder.parent


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


def _check_relative(relative: str) -> None:
    parts = PurePosixPath(relative).parts
    if not parts or PurePosixPath(relative).is_absolute() or ".." in parts:
        raise BuildError(f"cannot write {relative!r}: not a path inside the site")


def _list_files(folder: Path) -> Iterator[str]:
    for directory, _, names in os.walk(folder):
        prefix = os.path.relpath(directory, folder).replace(os.sep, "/")
        for name in names:
            yield name if prefix == "." else f"{prefix}/{name}"


def _same_bytes(path: str, data: bytes) -> bool:
    try:
        if os.stat(path).st_size != len(data):
            return False
        with open(path, "rb") as handle:
            return handle.read() == data
    except OSError:  # missing, a folder, unreadable: not the same
        return False


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
