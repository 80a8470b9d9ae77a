"""How fast the index page becomes usable in Chromium, opened over file://.

Measured in a fresh headless Chromium per run:
- DOMContentLoaded and ``load``, from the navigation timing entry (ms after navigation start);
- interactive: from navigation start until typing into the search box has updated the
  list (the filter form is hidden until timeline.js has indexed the events);
- filter response: on the loaded page, one more search typed, until the next frame
  after the list was updated.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.headless import CHROMIUM, CHROMIUM_ARGS

if TYPE_CHECKING:
    from playwright.sync_api import Page

TIMEOUT_MS = 180_000
NAVIGATION = """() => {
  const n = performance.getEntriesByType("navigation")[0];
  return [n.domContentLoadedEventEnd, n.loadEventEnd];
}"""
FILTERED = "() => document.getElementById('filter-count').textContent.includes(' of ')"
FILTER_AGAIN = """async (term) => {
  const input = document.getElementById("f-q");
  const started = performance.now();
  input.value = term;
  input.dispatchEvent(new Event("input", {bubbles: true}));
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  return [performance.now() - started, document.getElementById("filter-count").textContent];
}"""


@dataclass(frozen=True)
class PageTiming:
    events: int
    html_mb: float
    dom_content_loaded_ms: float
    load_ms: float
    interactive_ms: float
    filter_ms: float
    filter_status: str


def time_index(site: Path, events: int, term: str = "Sinuiju") -> PageTiming:
    from playwright.sync_api import sync_playwright

    url = (site / "index.html").as_uri()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        try:
            interactive = _time_to_filter(browser.new_page(), url, term)
            page = browser.new_page()
            page.goto(url, wait_until="load", timeout=TIMEOUT_MS)
            dcl, load = page.evaluate(NAVIGATION)
            filter_ms, status = page.evaluate(FILTER_AGAIN, "Pyongyang")
        finally:
            browser.close()
    size = (site / "index.html").stat().st_size / 1_000_000
    return PageTiming(
        events, size, float(dcl), float(load), interactive, float(filter_ms), str(status)
    )


def _time_to_filter(page: Page, url: str, term: str) -> float:
    """Type as soon as the search box shows; ms from navigation start to the updated list."""
    page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
    page.fill("#f-q", term, timeout=TIMEOUT_MS)
    page.wait_for_function(FILTERED, timeout=TIMEOUT_MS)
    interactive = float(page.evaluate("performance.now()"))
    page.close()
    return interactive
