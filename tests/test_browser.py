"""The sample site in headless Chromium, from file:// and over HTTP under /repo/."""

from __future__ import annotations

import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from conftest import WatchedPage, is_local

pytestmark = pytest.mark.browser

MEETING = "2025-09-29-li-qiang-meets-choe-son-hui"
VISIT = "2025-09-27-choe-son-hui-visits-china"
ANNIVERSARY = "2025-10-wpk-anniversary"

COLLECT_LINKS = """() => ({
  links: [...document.querySelectorAll("a[href], link[href], script[src]")].map(
    (el) => new URL(el.getAttribute("href") || el.getAttribute("src"), document.baseURI).href),
  ids: [...document.querySelectorAll("[id]")].map((el) => el.id),
})"""


def visible_events(page: Any) -> list[str]:
    result: list[str] = page.eval_on_selector_all(
        ".timeline .event", "items => items.filter(i => i.offsetParent !== null).map(i => i.id)"
    )
    return result


def open_index(watched: WatchedPage, site_url: str, fragment: str = "") -> Any:
    page = watched.page
    page.goto(site_url + "index.html" + fragment)
    page.wait_for_selector("#filters:not([hidden])")
    return page


def test_all_events_listed_and_filters_shown(watched: WatchedPage, site_url: str) -> None:
    page = open_index(watched, site_url)
    assert visible_events(page) == [VISIT, MEETING, ANNIVERSARY]
    assert page.inner_text("#filter-count") == "Showing all 3 events."
    assert watched.errors == []


def test_a_filter_narrows_the_list_and_lands_in_the_fragment(
    watched: WatchedPage, site_url: str
) -> None:
    page = open_index(watched, site_url)
    page.select_option("#f-type", "meeting")
    assert visible_events(page) == [MEETING]
    assert "type=meeting" in page.url
    page.select_option("#f-type", "")
    page.select_option("#f-person", "Choe Son Hui")
    assert visible_events(page) == [VISIT, MEETING]
    assert page.is_hidden("#m-2025-10")
    assert "person=Choe%20Son%20Hui" in page.url


def test_filters_are_restored_from_the_fragment(watched: WatchedPage, site_url: str) -> None:
    page = open_index(watched, site_url, "#type=meeting&person=Li%20Qiang")
    assert page.input_value("#f-type") == "meeting"
    assert page.input_value("#f-person") == "Li Qiang"
    assert visible_events(page) == [MEETING]
    page.goto(site_url + "index.html#month=2025-10&outlet=China%20Daily")
    page.reload()
    page.wait_for_selector("#filters:not([hidden])")
    assert visible_events(page) == [ANNIVERSARY]
    page.click("#f-clear")
    page.wait_for_selector(f'[id="{MEETING}"]', state="visible")
    assert visible_events(page) == [VISIT, MEETING, ANNIVERSARY]
    assert "month=" not in page.url


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("foreign minister", [MEETING]),  # only in the China Daily evidence sentence
        ("ANNIVERSARY mark", [ANNIVERSARY]),
        ("nothing-like-this", []),
    ],
)
def test_search_finds_events_by_their_evidence(
    watched: WatchedPage, site_url: str, words: str, expected: list[str]
) -> None:
    page = open_index(watched, site_url)
    page.fill("#f-q", words)
    assert visible_events(page) == expected
    assert page.is_hidden("#no-results") == bool(expected)


def test_every_link_resolves_without_errors_or_outside_requests(
    watched: WatchedPage, site_url: str
) -> None:
    pages, targets = crawl(watched.page, site_url)
    assert len(pages) >= 17
    broken = [url for url in targets if not exists(url, site_url)]
    assert broken == []
    missing_anchors = [
        url
        for url in targets
        if "#" in url
        and "=" not in url
        and url.split("#")[0] in pages
        and url.split("#")[1] not in pages[url.split("#")[0]]
    ]
    assert missing_anchors == []
    assert watched.errors == []
    assert watched.outside == []


def test_without_javascript_everything_is_readable(chromium: Any, sample_site: Path) -> None:
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((sample_site / "index.html").as_uri() + "#type=meeting")
    assert len(visible_events(page)) == 3
    assert page.is_hidden("#filters")
    context.close()


def crawl(page: Any, site_url: str) -> tuple[dict[str, set[str]], set[str]]:
    """Visit every page reachable from the index; return page -> its ids, and every link."""
    pages: dict[str, set[str]] = {}
    targets: set[str] = set()
    queue = [site_url + "index.html"]
    while queue:
        url = queue.pop()
        if url in pages:
            continue
        response = page.goto(url)
        assert response is None or response.ok, url
        found = page.evaluate(COLLECT_LINKS)
        pages[url] = set(found["ids"])
        for link in found["links"]:
            if not is_local(link):
                continue  # links to the outside world (article addresses) are not followed
            targets.add(link)
            base = link.split("#")[0]
            if base.endswith(".html") and base.startswith(site_url):
                queue.append(base)
    return pages, targets


def exists(url: str, site_url: str) -> bool:
    base = url.split("#")[0]
    if not base.startswith(site_url) or base.endswith("/"):
        return False  # outside the site, or a directory link that file:// cannot open
    if base.startswith("file://"):
        return Path(unquote(urlsplit(base).path)).is_file()
    with urllib.request.urlopen(base) as response:  # only ever 127.0.0.1 here
        return bool(response.status == 200)
