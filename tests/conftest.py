"""Browser and site fixtures: a rendered sample site, an HTTP server, headless Chromium."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import factories
import pytest
from hypothesis import settings

from generator import headless
from generator.config import Config
from generator.render import render_pages
from generator.templating import DATA_FILES, static_files

REPO = Path(__file__).resolve().parent.parent

# In CI the property tests draw the same examples on every run, so a build never fails
# by chance; locally they keep exploring (and keep what failed in .hypothesis/).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")
CHROMIUM = Path(headless.CHROMIUM)
SUB_PATH = "repo"  # the site is served under /repo/, as a GitHub Pages project site is


def write_sample_site(folder: Path) -> Path:
    """The factories timeline rendered into ``folder``, with stand-ins for the data exports."""
    config = Config(root=REPO)
    pages = render_pages(factories.timeline(), config)
    files = {path: text.encode("utf-8") for path, text in pages.items()}
    files.update(static_files(config))
    files.update({name: b"{}\n" for name in DATA_FILES})  # written by other modules
    for relative, data in files.items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sample_site(tmp_path_factory.mktemp("served") / SUB_PATH)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def http_site(sample_site: Path) -> Iterator[str]:
    """The sample site over HTTP on 127.0.0.1, under a sub-path; yields its base URL."""
    handler = functools.partial(QuietHandler, directory=str(sample_site.parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(params=["file", "http"])
def site_url(request: pytest.FixtureRequest, sample_site: Path) -> str:
    """The sample site's base URL (ending in "/"), once from disk and once over HTTP."""
    if request.param == "file":
        return sample_site.as_uri() + "/"
    url: str = request.getfixturevalue("http_site")
    return url


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing (apt-get install -y chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        args = list(headless.CHROMIUM_ARGS)
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=args)
        yield browser
        browser.close()


@dataclass
class WatchedPage:
    """A page whose console errors and off-machine requests are recorded."""

    page: Any
    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)


def is_local(url: str) -> bool:
    return url.startswith(("file://", "http://127.0.0.1:", "data:", "about:"))


@pytest.fixture
def watched(chromium: Any) -> Iterator[WatchedPage]:
    context = chromium.new_context()
    watched = WatchedPage(context.new_page())

    def guard(route: Any) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            watched.outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    context.on("request", lambda r: None if is_local(r.url) else watched.outside.append(r.url))
    watched.page.on("console", lambda m: m.type == "error" and watched.errors.append(m.text))
    watched.page.on("pageerror", lambda error: watched.errors.append(str(error)))
    yield watched
    context.close()
