"""Links from one page to the others, and the look-ups the page cache replays."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote

from generator.article_views import ArticleInputs
from generator.model import Article
from generator.page_cache import Recorder
from generator.render_site import FacetKind, Site

T = TypeVar("T")


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
