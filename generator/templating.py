"""What the page templates get besides the site's data, and how their compiled form
is kept: once per process, not checked against the files on every page."""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable, Hashable

import jinja2
from markupsafe import Markup

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
