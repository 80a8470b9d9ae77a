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
import gc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from generator import forked
from generator.about_page import about_html
from generator.article_views import ArticleInputs
from generator.cache import code_version
from generator.config import Config
from generator.digests import Digests, combined, digest
from generator.fragments import MadeNow, Pieces
from generator.links import Links
from generator.model import EVENT_TYPES, Article, Event, SeedResult, Timeline
from generator.overview import overview_by_day, overview_svg
from generator.page_cache import (
    UNCHANGED,
    PageCache,
    PageRecord,
    Unchanged,
    cacheable,
)
from generator.render_site import FacetKind, Site, build_site
from generator.search_index import FILE_NAME as SEARCH_INDEX
from generator.search_index import search_index_script
from generator.templating import (
    compile_from,
    environment,
    template_dirs,
    template_sources,
)
from generator.writer import Placed, Staging

T = TypeVar("T")
FACET_TITLES: dict[FacetKind, tuple[str, str]] = {
    "people": ("People", "Person"),
    "places": ("Places", "Place"),
    "outlets": ("Outlets", "Outlet"),
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
    makes them while the copies render. ``pieces`` keeps the search index's entries and
    the rows of the pages joined from them (``JOINED``), which this process renders."""
    # The timeline stays until the build ends: the cycle collector leaves it alone (each
    # of its full passes over a large site's objects took about 0.15 s, and rendering
    # set off several).
    gc.freeze()
    site = build_site(timeline)
    compiled = config.root / ".timeline-cache" / "templates" if cache is not None else None
    env = environment(template_dirs(config), compiled)
    renderer = Renderer(env, site, config, cache, pieces or MadeNow())
    jobs = page_jobs(site)
    joined = [job for job in jobs if job.method in JOINED]
    if cache is not None:  # digested here once, not again by each forked copy
        cache.digests.digest_all(site.events)
        know_article_inputs(cache.digests, site)
        cache.shared.add(ArticleInputs)
    others: dict[str, str | Unchanged] = {}

    def make_others() -> None:
        others.update({job.path: renderer.page(job) for job in joined})
        others[SEARCH_INDEX] = search_index_script(site, pieces)
        others.update(also([job.path for job in jobs]) if also is not None else {})

    forkable = [job for job in jobs if job.method not in JOINED]
    rendered = _render_all(renderer, forkable, workers, staging, make_others)
    pages: dict[str, str | Unchanged | Placed] = dict(
        zip((job.path for job in forkable), rendered, strict=True)
    )
    return {**pages, **others}


def know_article_inputs(digests: Digests, site: Site) -> None:
    """Many event pages look up an article's inputs, each article page shows them: they
    are known by the digests of the article, of the events citing it (and which of
    their sources does) and of its copies, rather than pickled again."""
    digests.share(ArticleInputs)
    number = {id(s): n for event in site.events for n, s in enumerate(event.sources)}
    for inputs in site.articles.values():
        parts = [digests.shared(inputs.article)]
        parts += [f"{digests.shared(c.event)}/{number[id(c.source)]}" for c in inputs.citations]
        parts += [digests.shared(copy) for copy in inputs.duplicates]
        digests.give(inputs, combined(parts))


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


PAGE_TEMPLATES = (  # what ``Renderer`` renders pages with
    "index.html",
    "month.html",
    "event.html",
    "article.html",
    "facet_index.html",
    "facet.html",
    "sources.html",
    "about.html",
    "404.html",
)
JOINED = frozenset({"sources", "facet"})  # pages joined from kept rows (``Renderer.pieces``)
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


def lines(rows: Sequence[Markup], indent: str = "") -> Markup:
    """Rows joined here, one per line: a page that lists thousands of them would
    otherwise pass each through the template's loop and escaping."""
    if not indent:
        return Markup("").join(rows)
    return Markup("".join(f"{indent}{row}\n" for row in rows))


class Renderer:
    """Renders each kind of page; knows the site, the config and the templates."""

    def __init__(
        self,
        env: jinja2.Environment,
        site: Site,
        config: Config,
        pages: PageCache | None = None,
        pieces: Pieces | None = None,
    ) -> None:
        self.env = env
        self.site = site
        self.config = config
        self.pages = pages
        self.pieces = pieces or MadeNow()
        self.cacheable: dict[str, bool] = {}  # template name -> may its pages be reused
        timeline = site.timeline
        shared = (timeline.title, timeline.description, timeline.build_time)
        sources = template_sources(env)
        compile_from(env, sources)
        self.shared_key = digest((code_version(), sources, config, shared))
        if pages is not None:  # worked out here once, not again by each forked copy
            kept_key, kept = pages.templates
            self.cacheable = dict(kept) if kept_key == self.shared_key else {}
            for template in PAGE_TEMPLATES:
                if template not in self.cacheable:
                    self.cacheable[template] = cacheable(env, template)
            pages.templates = (self.shared_key, self.cacheable)

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
        present = {event.type for event in self.site.events}  # the legend's and filter's
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
            types_shown=[kind for kind in EVENT_TYPES if kind in present],
            any_planned=any(event.planned for event in self.site.events),
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
            lazy=lambda: {
                "rows": lines(self.event_rows(facet.events, "../"), "  "),
                "article_rows": lines(self.article_rows(facet.articles, "../"), "    "),
            },
            kind=kind,
            facet=facet,
            plural=plural,
            singular=singular,
        )

    def event_rows(self, events: Sequence[Event], root: str) -> list[Markup]:
        """One line per event, for a page ``root`` away from the top: each line is kept
        between builds (it reads only its event), so the long lists of a person's or an
        outlet's page are joined, not rendered again, when one of their events changes."""
        links = Links(root, self.site)  # an event's link is not a look-up: nothing to note
        row = self.env.get_template("_macros.html").module.event_row  # type: ignore[attr-defined]
        kind = f"event-row/{self.shared_key}/{root}"
        return [
            Markup(self.pieces.piece(kind, (event,), functools.partial(row, event, links)))
            for event in events
        ]

    def article_rows(self, articles: Sequence[Article], root: str) -> list[Markup]:
        """One line per article of an outlet's page, kept between builds like
        ``event_rows``; the link it shows is in the piece's kind, as on the Sources page."""
        links = Links(root, self.site)
        row = self.env.get_template("_macros.html").module.article_row  # type: ignore[attr-defined]
        rows = []
        for article in articles:
            href = links.article(article.id)
            made = functools.partial(row, article, href)
            kind = f"article-row/{self.shared_key}/{href!r}"
            rows.append(Markup(self.pieces.piece(kind, (article,), made)))
        return rows

    def sources(self) -> str | Unchanged:
        results = self.site.timeline.results
        counts = {
            status: sum(1 for r in results if r.status == status)
            for status in ("included", "duplicate", "rejected")
        }
        return self.render(
            "sources.html",
            "sources.html",
            "Sources",
            lazy=lambda: {"rows": lines(self._source_rows(results))},
            counts=counts,
        )

    def _source_rows(self, results: Sequence[SeedResult]) -> list[Markup]:
        """The Sources page's row of each seed, kept with the answers of its look-ups
        (and known by the templates' texts, in ``shared_key``)."""
        links = Links("", self.site)
        row = self.env.get_template("_sources.html").module.source_row  # type: ignore[attr-defined]
        rows = []
        for result in results:
            href = links.article(result.article_id) if result.status == "included" else None
            original = title = None
            if result.status == "duplicate" and result.duplicate_of:
                original = links.article(result.duplicate_of)
                found = self.site.timeline.article(result.duplicate_of)
                title = found.title if original and found else None
            made = functools.partial(row, result, href, original, title)
            answers = repr((href, original, title))  # in the kind: no digest needed
            text = self.pieces.piece(f"source-row/{self.shared_key}/{answers}", (result,), made)
            rows.append(Markup(text))
        return rows

    def about(self) -> str | Unchanged:
        heading, body = about_html(self.config)
        return self.render("about.html", "about.html", heading, body=Markup(body))

    def not_found(self) -> str | Unchanged:
        """GitHub Pages serves 404.html for a missing page at any depth, so its links are
        absolute when the site's address is known (relative to the top otherwise)."""
        return self.render(
            "404.html", "404.html", "Page not found", root=self.config.base_url or ""
        )
