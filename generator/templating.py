"""The templates' environment: where templates and static files are looked up (the
project's folders first, then the tool's), what templates get besides the site's data,
and how their compiled form is kept: once per process, not checked against the files
on every page."""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable, Hashable
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator.config import Config
from generator.model import EVENT_TYPES
from generator.render_dates import format_published, format_span, month_label, span_months

TOOL_ROOT = Path(__file__).resolve().parent.parent
DATA_FILES = ("events.json", "events.atom", "events.ics", "events.csv", "timelinejs.json")

# The template texts each environment last compiled from.
_COMPILED_FROM: weakref.WeakKeyDictionary[jinja2.Environment, tuple[tuple[str, str], ...]] = (
    weakref.WeakKeyDictionary()
)


def compile_from(env: jinja2.Environment, sources: tuple[tuple[str, str], ...]) -> None:
    """Use the templates compiled from these texts. With ``auto_reload`` off, Jinja no
    longer looks at each template's file for every page (five times for an event page);
    a build whose template texts changed (``serve`` after an edit, or a new template
    in the project's folder that shadows ours) drops what was compiled instead."""
    if _COMPILED_FROM.get(env) != sources:
        if env.cache is not None:
            env.cache.clear()
        _COMPILED_FROM[env] = sources


@functools.lru_cache(maxsize=1 << 16)
def remembered(macro: Callable[..., Markup], *arguments: Hashable) -> Markup:
    """``macro(*arguments)``, worked out once for every page that prints it: a large
    timeline lists each event, with its date and badges, on half a dozen pages.

    Only for a macro that reads nothing but its arguments. A macro that asks ``links``
    must run on each page, so that the page cache sees the look-ups of every page."""
    return macro(*arguments)


def static_files(config: Config) -> dict[str, bytes]:
    """The files of static/ to copy: path under site/ (e.g. 'static/style.css') -> bytes.

    The tool's own files first, then the project's ``static/`` over them.
    """
    files: dict[str, bytes] = {}
    for folder in unique_paths([TOOL_ROOT / "static", config.root / "static"]):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                files[f"static/{path.relative_to(folder).as_posix()}"] = path.read_bytes()
    return files


def template_dirs(config: Config) -> tuple[Path, ...]:
    return unique_paths([config.root / "templates", TOOL_ROOT / "templates"])


def unique_paths(paths: list[Path]) -> tuple[Path, ...]:
    seen: dict[Path, None] = {}
    for path in paths:
        if path.is_dir():
            seen.setdefault(path.resolve(), None)
    return tuple(seen)


def template_sources(env: jinja2.Environment) -> tuple[tuple[str, str], ...]:
    """Every template the environment can load, with its text: part of each page's key."""
    assert env.loader is not None
    return tuple((name, env.loader.get_source(env, name)[0]) for name in env.list_templates())


@functools.lru_cache(maxsize=8)
def environment(folders: tuple[Path, ...], compiled: Path | None = None) -> jinja2.Environment:
    """One environment per set of template folders, for the whole process; with a
    ``compiled`` folder, templates are compiled once and kept there for later builds
    (Jinja checks each template's source before using its compiled form); the templates
    themselves are compiled once per process (see ``compile_from``)."""
    bytecode = None
    if compiled is not None:
        try:
            compiled.mkdir(parents=True, exist_ok=True)
            bytecode = jinja2.FileSystemBytecodeCache(str(compiled))
        except OSError:
            bytecode = None  # a read-only project compiles its templates in memory
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(folder) for folder in folders]),
        bytecode_cache=bytecode,
        autoescape=True,
        auto_reload=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        format_span=format_span,
        format_published=format_published,
        span_months=span_months,
        month_label=month_label,
        event_types=EVENT_TYPES,
        data_files=DATA_FILES,
        remembered=remembered,
    )
    return env
