"""Reusing the pages whose inputs did not change since the last build.

Adding one seed changes a handful of events, so most pages would render to the
bytes already on disk. A page is reused instead of rendered when all of these hold:

1. its template, and every template it extends, imports or includes, reads nothing of
   the whole ``site`` or ``timeline`` beyond ``SITE_READS``/``TIMELINE_READS`` (checked
   on the templates' syntax trees, so a user's template that reads more is simply
   always rendered);
2. its *key* is unchanged: a digest of the code, the templates, the config, the
   site-wide texts every page shows, and the values the page is rendered with;
3. every lookup it made through ``links`` during its last rendering (does this article
   have a page? what is this person's file name?) gives the same answer now;
4. the file it wrote is still on disk with the same size and modification time.

The record of each page lives in the project's cache folder, so deleting that
folder, or ``build --clean``, renders everything again.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Collection, Iterator, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta, nodes

from generator import stored
from generator.digests import SHARED, Digests, combined
from generator.kept_rows import FILE_NAME, KeptDict, forget

SITE_READS = frozenset({"outlets_of"})  # a function of its argument alone
TIMELINE_READS = frozenset({"title", "description", "build_time"})  # in the global key
Lookup = tuple[str, tuple[Any, ...], object]  # method name, arguments, fingerprint of the answer


TEMPLATES = "\0templates"  # kept with the records (never a page's path): ``templates``
_PLAIN = frozenset({str, int, float, bool})  # spelled out by ``repr`` in a page's key


class Unchanged:
    """Stands in for a page's text when the file already on disk is reused as it is."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNCHANGED"

    def __reduce__(self) -> str:
        return "UNCHANGED"  # the one instance, also when sent back from another process


UNCHANGED = Unchanged()


def fingerprint(digests: Digests, answer: object, shared: Set[type]) -> object:
    """What is remembered of a look-up's answer: a link as it is, a value of a
    ``shared`` type (an article, an article's inputs) by its digest, which is known
    already (a look-up, not a pickling), anything else digested."""
    if type(answer) in shared:
        return digests.shared(answer)
    return digests.fingerprint(answer)


@dataclass
class Recorder:
    """The lookups one page makes while it renders."""

    digests: Digests
    shared: Set[type] = SHARED
    answers: dict[tuple[str, tuple[Any, ...]], object] = field(default_factory=dict)

    def note(self, method: str, arguments: tuple[Any, ...], answer: object) -> None:
        if (method, arguments) not in self.answers:  # a page asks the same thing often
            self.answers[method, arguments] = fingerprint(self.digests, answer, self.shared)

    @property
    def lookups(self) -> list[Lookup]:
        return [(method, arguments, seen) for (method, arguments), seen in self.answers.items()]


@dataclass(frozen=True)
class PageRecord:
    key: str
    lookups: tuple[Lookup, ...]
    size: int = -1
    mtime_ns: int = -1


@dataclass
class PageCache:
    """The page records of the last build that wrote ``output``."""

    kept: KeptDict
    output: Path
    records: dict[str, PageRecord] = field(default_factory=dict)
    digests: Digests = field(default_factory=Digests)
    shared: set[type] = field(default_factory=lambda: set(SHARED))  # answers known by digest
    reused: int = 0
    loaded: dict[str, PageRecord] = field(default_factory=dict)  # as the last build left them
    # Which templates' pages may be reused, by the key of the templates' texts: their
    # syntax trees need not be walked again by every build (and every forked copy).
    templates: tuple[str, dict[str, bool]] = ("", {})
    _answers: dict[tuple[str, str, tuple[Any, ...]], object] = field(default_factory=dict)
    _loaded_templates: tuple[str, dict[str, bool]] = ("", {})

    @classmethod
    def load(
        cls, folder: Path, output: Path, enabled: bool = True, digests: Digests | None = None
    ) -> PageCache:
        forget(folder / "pages.pickle")  # where earlier versions kept them
        output = output.absolute()
        kept = KeptDict(folder / FILE_NAME, "pages", label=str(output))
        cache = cls(kept, output, digests=digests or Digests())
        if enabled:
            loaded = kept.load()
            cache.records = {p: r for p, r in loaded.items() if isinstance(r, PageRecord)}
            cache.loaded = dict(cache.records)
            templates = loaded.get(TEMPLATES)
            if isinstance(templates, tuple) and len(templates) == 2:
                cache.templates = cache._loaded_templates = templates
        return cache

    def fresh(
        self,
        page: str,
        key: str,
        replay: Callable[[str, tuple[Any, ...]], object],
        scope: str = "",
    ) -> bool:
        """Whether the page on disk is what rendering it now would give.

        ``replay`` answers a look-up from this build's site; answers are the same for
        every page with the same ``scope`` (the links' root), so each is worked out once."""
        record = self.records.get(page)
        if record is None or record.key != key or not self._on_disk(page, record):
            return False
        for method, arguments, seen in record.lookups:
            answer_key = (scope, method, arguments)
            if answer_key not in self._answers:
                self._answers[answer_key] = fingerprint(
                    self.digests, replay(method, arguments), self.shared
                )
            if self._answers[answer_key] != seen:
                return False
        self.reused += 1
        return True

    def key(self, value: object) -> str:
        """A digest of a page's values, spelled out rather than pickled: values that
        many pages show (events, articles, an article's inputs) stand in by their
        digests, which are known already, so a key is a look-up or two and one hash."""
        parts: list[str] = []
        self._spell(value, parts)
        return combined(parts)

    def _spell(self, value: object, parts: list[str]) -> None:
        kind = type(value)
        if kind in self.shared:
            parts.append("&" + self.digests.shared(value))
        elif value is None or kind in _PLAIN:
            parts.append(repr(value))  # never holds the separator, unlike the text
        elif isinstance(value, tuple | list) and kind in (tuple, list):
            parts.append("(" if kind is tuple else "[")
            for item in value:
                self._spell(item, parts)
            parts.append(")")
        elif isinstance(value, dict) and kind is dict:
            parts.append("{")
            for name, item in value.items():
                self._spell(name, parts)
                self._spell(item, parts)
            parts.append("}")
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            parts.append(f"@{kind.__module__}.{kind.__qualname__}")
            for item in dataclasses.fields(value):
                self._spell(getattr(value, item.name), parts)
            parts.append(")")
        else:
            parts.append("*" + self.digests.of(value))

    def recorder(self) -> Recorder:
        return Recorder(self.digests, self.shared)

    def remember(self, page: str, key: str, recorder: Recorder) -> None:
        self.records[page] = PageRecord(key, tuple(recorder.lookups))

    def save(self, pages: Collection[str]) -> None:
        """Keep the records of the pages just written, with their files' size and time.

        A page reused as it was keeps its record (its file was not touched), a page
        rendered again gets a new one; only the rows holding those are written."""
        final: dict[str, object] = {}
        changed = [page for page in self.loaded if page not in pages]
        for page in pages:
            record = self.records.get(page)
            if record is not None and record is not self.loaded.get(page):
                stat = stored.stamp(f"{self.output}/{page}")
                record = None if stat is None else PageRecord(record.key, record.lookups, *stat)
                changed.append(page)
            if record is not None:
                final[page] = record
        if self.templates != self._loaded_templates:
            changed.append(TEMPLATES)
        self.kept.save({**final, TEMPLATES: self.templates}, changed)

    def _on_disk(self, page: str, record: PageRecord) -> bool:
        return stored.stamp(f"{self.output}/{page}") == (record.size, record.mtime_ns)


def cacheable(env: jinja2.Environment, template: str) -> bool:
    """Whether pages of this template depend only on their values and their lookups."""
    trees = _template_family(env, template)
    return trees is not None and all(_reads_only_allowed(tree) for tree in trees)


def _template_family(env: jinja2.Environment, template: str) -> list[nodes.Template] | None:
    """The syntax trees of the template and all it extends, imports or includes; None
    when a template name is computed, so the family cannot be known."""
    trees: dict[str, nodes.Template] = {}
    waiting = [template]
    while waiting:
        name = waiting.pop()
        if name in trees:
            continue
        trees[name] = _parse(env, name)
        for referenced in meta.find_referenced_templates(trees[name]):
            if referenced is None:
                return None
            waiting.append(referenced)
    return list(trees.values())


def _reads_only_allowed(tree: nodes.Template) -> bool:
    allowed = {"site": SITE_READS, "timeline": TIMELINE_READS}
    for parent, node in _walk(tree):
        if not (isinstance(node, nodes.Name) and node.name in allowed and node.ctx == "load"):
            continue
        if isinstance(parent, nodes.Getattr) and parent.attr in allowed[node.name]:
            continue
        if isinstance(parent, nodes.Call) and node in parent.args:
            continue  # handed on to a macro, whose own reads are checked too
        return False
    return True


def _parse(env: jinja2.Environment, name: str) -> nodes.Template:
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, name)  # read afresh: `serve` edits templates
    return _parse_source(env, source)


@functools.lru_cache(maxsize=256)
def _parse_source(env: jinja2.Environment, source: str) -> nodes.Template:
    return env.parse(source)


def _walk(node: nodes.Node) -> Iterator[tuple[nodes.Node, nodes.Node]]:
    for child in node.iter_child_nodes():
        yield node, child
        yield from _walk(child)
