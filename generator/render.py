"""Rendering: the ``Timeline`` becomes the site's HTML pages and its search index.

``render_pages`` works in three steps:

1. work out everything the pages show (``render_site.build_site``);
2. render one template per page, each with a ``root`` prefix ("" or "../") so that
   every internal link is relative and the site works from file://, at a domain root
   and under a sub-path;
3. add the search index script the index page's filters read.

Templates are looked up in the project's ``templates/`` first, then in the ones
shipped with the tool, so a user can override a single template.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import jinja2
import markdown
import nh3
from markupsafe import Markup

from generator import forked
from generator.cache import code_version
from generator.config import Config
from generator.digests import digest
from generator.fragments import Pieces
from generator.model import EVENT_TYPES, Article, Timeline
from generator.overview import overview_by_day, overview_svg
from generator.page_cache import (
    UNCHANGED,
    PageCache,
    PageRecord,
    Recorder,
    Unchanged,
    cacheable,
)
from generator.render_dates import format_published, format_span, month_label, span_months
from generator.render_site import ArticleInputs, FacetKind, Site, build_site
from generator.search_index import FILE_NAME as SEARCH_INDEX
from generator.search_index import search_index_script
from generator.templating import compile_from, remembered
from generator.writer import Placed, Staging

T = TypeVar("T")
TOOL_ROOT = Path(__file__).resolve().parent.parent
DATA_FILES = ("events.json", "events.atom", "events.ics", "events.csv", "timelinejs.json")
FACET_TITLES: dict[FacetKind, tuple[str, str]] = {
    "people": ("People", "Person"),
    "places": ("Places", "Place"),
    "outlets": ("Outlets", "Outlet"),
}
ABOUT_TAGS = {
    "a",
    "abbr",
    "blockquote",
    "br",
    "code",
    "dd",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}


def render_pages(
    timeline: Timeline,
    config: Config,
    cache: PageCache | None = None,
    workers: int = 1,
    staging: Staging | None = None,
    also: Callable[[list[str]], Mapping[str, str]] | None = None,
    pieces: Pieces | None = None,
) -> dict[str, str | Unchanged | Placed]:
    """Every HTML page (and the search-index script) of the site: relative path -> text,
    or ``UNCHANGED`` for a page the cache shows is already on disk as it would render.

    A large site is rendered by ``workers`` forked copies of this process; given the
    ``staging`` folder of the new site, they put their pages there themselves (sending
    200 MB of pages back costs more than writing them) and hand back ``Placed``.
    ``also`` makes other files from the list of pages (the exports); this process
    makes them while the copies render. ``pieces`` keeps the search index's entries."""
    site = build_site(timeline)
    compiled = config.root / ".timeline-cache" / "templates" if cache is not None else None
    renderer = Renderer(environment(template_dirs(config), compiled), site, config, cache)
    jobs = page_jobs(site)
    if cache is not None:  # digested here once, not again by each forked copy
        cache.digests.share(ArticleInputs)  # many event pages look up an article's inputs
        cache.digests.digest_all(site.events)
    others: dict[str, str] = {}

    def make_others() -> None:
        others[SEARCH_INDEX] = search_index_script(site, pieces)
        others.update(also([job.path for job in jobs]) if also is not None else {})

    rendered = _render_all(renderer, jobs, workers, staging, make_others)
    pages: dict[str, str | Unchanged | Placed] = dict(
        zip((job.path for job in jobs), rendered, strict=True)
    )
    return {**pages, **others}


@dataclass(frozen=True)
class PageJob:
    """One page to render: its path and the ``Renderer`` method (with arguments) for it."""

    path: str
    method: str
    arguments: tuple[str, ...] = ()


def page_jobs(site: Site) -> list[PageJob]:
    jobs = [PageJob("index.html", "index")]
    if site.month_pages:
        jobs += [
            PageJob(f"months/{month.key}.html", "month", (month.key,)) for month in site.months
        ]
    jobs += [PageJob(f"events/{event.id}.html", "event", (event.id,)) for event in site.events]
    jobs += [PageJob(f"articles/{id}.html", "article", (id,)) for id in site.articles]
    for kind in FACET_TITLES:
        jobs.append(PageJob(f"{kind}/index.html", "facet_index", (kind,)))
        jobs += [
            PageJob(f"{kind}/{facet.slug}.html", "facet", (kind, facet.name))
            for facet in site.facets[kind].values()
        ]
    jobs += [
        PageJob("sources.html", "sources"),
        PageJob("about.html", "about"),
        PageJob("404.html", "not_found"),
    ]
    return jobs


PARALLEL_FROM = 400  # pages; below this, forking costs more than it saves


def _render_all(
    renderer: Renderer,
    jobs: list[PageJob],
    workers: int,
    staging: Staging | None,
    meanwhile: Callable[[], None],
) -> list[str | Unchanged | Placed]:
    """Each job's page, shared among forked copies of this process on a large site;
    ``meanwhile`` runs here, while they work or before this process renders."""
    results = None
    if len(jobs) >= PARALLEL_FROM:
        task = functools.partial(_render_in_copy, renderer, jobs, staging)
        results = forked.map_forked(task, len(jobs), workers, meanwhile)
    if results is None:
        meanwhile()
        return [renderer.page(job) for job in jobs]
    if renderer.pages is not None:  # what the copies learnt, for the next build
        for job, (_, reused, record) in zip(jobs, results, strict=True):
            if record is not None:
                renderer.pages.records[job.path] = record
            renderer.pages.reused += reused
    return [page for page, _, _ in results]


def _render_in_copy(
    renderer: Renderer, jobs: list[PageJob], staging: Staging | None, index: int
) -> tuple[str | Unchanged | Placed, bool, PageRecord | None]:
    """In a forked copy: one page (put into ``staging`` when there is one), whether
    the cache let it be reused, and the record the page cache keeps of it."""
    job = jobs[index]
    page = renderer.page(job)
    reused = page is UNCHANGED
    cache = renderer.pages
    record = None if cache is None or reused else cache.records.get(job.path)
    return (page if staging is None else staging.put(job.path, page)), reused, record


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


@functools.lru_cache(maxsize=1 << 16)
def quoted(name: str) -> str:
    """An event's or article's id as it appears in links (every page links to many)."""
    return quote(name)


@dataclass(frozen=True)
class Links:
    """Relative links from one page (``root`` is "" at the top and "../" one level down),
    and the page's other look-ups into the rest of the site.

    Look-ups whose answer depends on other pages are noted in ``recorder``, so that the
    page can be reused while their answers stay the same (see ``page_cache``).
    """

    root: str
    site: Site
    recorder: Recorder | None = None

    def to(self, path: str) -> str:
        return self.root + path

    def event(self, event_id: str) -> str:
        return f"{self.root}events/{quoted(event_id)}.html"

    def article(self, article_id: str) -> str | None:
        found = None
        if article_id in self.site.articles:
            found = f"{self.root}articles/{quoted(article_id)}.html"
        return self._noted("article", (article_id,), found)

    def passage(self, article_id: str, sentence: str) -> str | None:
        """The article's page at the first mark of this evidence sentence.

        What is noted is the article page's inputs, which decide the marks: checking
        them again is cheap, working out the marks of every article is not."""
        if self.article_inputs(article_id) is None:
            return None
        anchor = self.site.view(article_id).anchors.get(sentence.strip())
        return f"{self.root}articles/{quoted(article_id)}.html" + (f"#{anchor}" if anchor else "")

    def article_inputs(self, article_id: str) -> ArticleInputs | None:
        return self._noted("article_inputs", (article_id,), self.site.articles.get(article_id))

    def source_article(self, article_id: str) -> Article | None:
        """The article a source cites (a syndicated copy's too), for its headline and time."""
        return self._noted("source_article", (article_id,), self.site.timeline.article(article_id))

    def facet(self, kind: FacetKind, name: str) -> str | None:
        facet = self.site.facet(kind, name)
        found = None if facet is None else f"{self.root}{kind}/{facet.slug}.html"
        return self._noted("facet", (kind, name), found)

    def month(self, key: str) -> str:
        """A month's events: a page of its own on a large timeline, else its part of the index."""
        found = f"{self.root}index.html#m-{key}"
        if self.site.month_pages:
            found = f"{self.root}months/{key}.html"
        return self._noted("month", (key,), found)

    def replay(self, method: str, arguments: tuple[Any, ...]) -> object:
        """A look-up made by an earlier rendering, answered from this build's site."""
        return getattr(self, method)(*arguments)

    def _noted(self, method: str, arguments: tuple[Any, ...], answer: T) -> T:
        if self.recorder is not None:
            self.recorder.note(method, arguments, answer)
        return answer

    def day(self, month_key: str, day_key: str) -> str:
        return f"{self.root}months/{month_key}.html#d-{day_key}"


class Renderer:
    """Renders each kind of page; knows the site, the config and the templates."""

    def __init__(
        self, env: jinja2.Environment, site: Site, config: Config, pages: PageCache | None = None
    ) -> None:
        self.env = env
        self.site = site
        self.config = config
        self.pages = pages
        self.cacheable: dict[str, bool] = {}  # template name -> may its pages be reused
        timeline = site.timeline
        shared = (timeline.title, timeline.description, timeline.build_time)
        sources = template_sources(env)
        compile_from(env, sources)
        self.shared_key = digest((code_version(), sources, config, shared))

    def render(
        self,
        template: str,
        path: str,
        title: str,
        root: str | None = None,
        lazy: Callable[[], dict[str, Any]] | None = None,
        **values: Any,
    ) -> str | Unchanged:
        """One page. ``values`` make its key; ``lazy`` gives more values worked out from
        them alone, only when the page is rendered."""
        root = "../" * path.count("/") if root is None else root
        canonical = ""
        if self.config.base_url:
            canonical = self.config.base_url + ("" if path == "index.html" else quote(path))
        key = None
        if template not in self.cacheable:
            self.cacheable[template] = cacheable(self.env, template)
        if self.pages is not None and self.cacheable[template]:
            key = self.pages.key((self.shared_key, template, path, title, root, canonical, values))
            if self.pages.fresh(path, key, Links(root, self.site).replay, scope=root):
                return UNCHANGED
        recorder = self.pages.recorder() if self.pages is not None and key is not None else None
        if lazy is not None:
            values = {**values, **lazy()}
        text = self.env.get_template(template).render(
            site=self.site,
            timeline=self.site.timeline,
            config=self.config,
            links=Links(root, self.site, recorder),
            root=root,
            path=path,
            title=title,
            canonical=canonical,
            language=self.config.language or "en",
            **values,
        )
        if self.pages is not None and key is not None and recorder is not None:
            self.pages.remember(path, key, recorder)  # only pages that may be reused
        return text

    def page(self, job: PageJob) -> str | Unchanged:
        page: Callable[..., str | Unchanged] = getattr(self, job.method)
        return page(*job.arguments)

    def index(self) -> str | Unchanged:
        links = Links("", self.site)
        if self.site.month_pages:
            svg = overview_by_day(self.site.events, links.day)
        else:
            svg = overview_svg(self.site.events, lambda event: links.event(event.id))
        return self.render(
            "index.html",
            "index.html",
            self.site.timeline.title,
            overview=Markup(svg),
            search_index=SEARCH_INDEX,
        )

    def month(self, key: str) -> str | Unchanged:
        month = next(month for month in self.site.months if month.key == key)
        before, after = self.site.month_neighbours(key)
        return self.render(
            "month.html",
            f"months/{key}.html",
            month.label,
            month=month,
            previous=before,
            next=after,
        )

    def event(self, event_id: str) -> str | Unchanged:
        event = self.site.event_by_id[event_id]
        before, after = self.site.neighbours(event)
        return self.render(
            "event.html",
            f"events/{event_id}.html",
            event.title,
            event=event,
            previous=before,
            next=after,
            related=self.site.related(event),
        )

    def article(self, article_id: str) -> str | Unchanged:
        inputs = self.site.articles[article_id]
        return self.render(
            "article.html",
            f"articles/{article_id}.html",
            inputs.article.title,
            lazy=lambda: {"view": self.site.view(article_id)},
            inputs=inputs,
            article=inputs.article,
        )

    def facet_index(self, kind: FacetKind) -> str | Unchanged:
        plural, singular = FACET_TITLES[kind]
        return self.render(
            "facet_index.html",
            f"{kind}/index.html",
            plural,
            kind=kind,
            facets=list(self.site.facets[kind].values()),
            singular=singular,
        )

    def facet(self, kind: FacetKind, name: str) -> str | Unchanged:
        facet = self.site.facets[kind][name]
        plural, singular = FACET_TITLES[kind]
        return self.render(
            "facet.html",
            f"{kind}/{facet.slug}.html",
            name,
            kind=kind,
            facet=facet,
            plural=plural,
            singular=singular,
        )

    def sources(self) -> str | Unchanged:
        results = self.site.timeline.results
        counts = {
            status: sum(1 for r in results if r.status == status)
            for status in ("included", "duplicate", "rejected")
        }
        return self.render("sources.html", "sources.html", "Sources", counts=counts)

    def about(self) -> str | Unchanged:
        heading, body = about_html(self.config)
        return self.render("about.html", "about.html", heading, body=Markup(body))

    def not_found(self) -> str | Unchanged:
        """GitHub Pages serves 404.html for a missing page at any depth, so its links are
        absolute when the site's address is known (relative to the top otherwise)."""
        return self.render(
            "404.html", "404.html", "Page not found", root=self.config.base_url or ""
        )


def about_html(config: Config) -> tuple[str, str]:
    """The about page's heading and sanitised body, from ``pages/about.md``.

    A leading ``# Heading`` becomes the page's one h1; without it the page is "About".
    """
    source = next(
        (
            path
            for path in (config.root / "pages" / "about.md", TOOL_ROOT / "pages" / "about.md")
            if path.is_file()
        ),
        None,
    )
    text = source.read_text(encoding="utf-8") if source else "This site has no about page yet."
    raw = markdown.markdown(text, extensions=["extra", "sane_lists"], output_format="html")
    body = sanitise(raw)
    match = re.match(r"\s*<h1>(.*?)</h1>", body, flags=re.S)
    if match is None:
        return "About", body
    heading = re.sub(r"<[^>]+>", "", match.group(1)).strip() or "About"
    return Markup(heading).unescape(), body[match.end() :]


def sanitise(html: str) -> str:
    """Keep prose markup only: no scripts, styles, event handlers or ``javascript:`` links."""
    return nh3.clean(
        html,
        tags=ABOUT_TAGS,
        attributes={"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
