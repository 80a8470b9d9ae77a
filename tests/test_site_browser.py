"""The real site, built from seeds/, in Chromium: every page reachable and working,
from disk and over HTTP under a sub-path (as on GitHub Pages)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import QuietHandler, WatchedPage
from helpers import make_project, real_seeds
from test_browser import crawl, exists

from generator.build import build

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("served") / "repo", real_seeds())
    build(project)
    return project / "site"


@pytest.fixture(scope="module")
def served(built_site: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(built_site.parent.parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/repo/site/"
    server.shutdown()
    server.server_close()


@pytest.fixture(params=["file", "http"])
def real_url(request: pytest.FixtureRequest, built_site: Path) -> str:
    if request.param == "file":
        return built_site.as_uri() + "/"
    url: str = request.getfixturevalue("served")
    return url


def test_a_crawl_from_the_index_reaches_every_page(
    watched: WatchedPage, real_url: str, built_site: Path
) -> None:
    pages, targets = crawl(watched.page, real_url)
    written = {p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")}
    reached = {url[len(real_url) :] for url in pages}
    assert written - reached <= {"404.html"}, f"unreachable: {sorted(written - reached)}"
    assert [url for url in targets if not exists(url, real_url)] == []
    assert watched.errors == []
    assert watched.outside == []


def test_search_finds_an_event_by_a_word_of_its_evidence(
    watched: WatchedPage, real_url: str
) -> None:
    page: Any = watched.page
    page.goto(real_url + "index.html")
    page.fill("#f-q", "invitation")
    page.wait_for_function("() => location.hash.includes('invitation')")
    titles = page.locator("li.event:visible .event-title").all_inner_texts()
    assert "Choe Son Hui visits Beijing" in titles
    assert len(titles) < 11  # the search narrowed the list
    assert watched.errors == []
