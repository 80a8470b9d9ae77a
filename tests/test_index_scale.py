"""A timeline of 5,000 events: the index stays small and quick, every event stays reachable."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, WatchedPage

from generator.config import Config
from generator.model import EVENT_TYPES, DateSpan, Event, Source, Timeline
from generator.render import render_pages
from generator.render_site import INDEX_LIMIT
from generator.templating import DATA_FILES, static_files

EVENTS = 5_000
FIRST_DAY = dt.date(2024, 1, 1)
DAYS = 731  # two years
PEOPLE = tuple(f"Person {n:02d}" for n in range(20))
OUTLETS = tuple(f"Outlet {n}" for n in range(10))
RARE_WORD = "harbourmaster"  # in every 50th event's summary
INDEX_BYTES = 1_500_000
INTERACTIVE_MS = 3_000  # generous for CI; a laptop does it in a fraction of this


def synthetic_event(number: int) -> Event:
    day = FIRST_DAY + dt.timedelta(days=number * DAYS // EVENTS)
    if number % 37 == 0:
        end = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        span = DateSpan(day.replace(day=1), end, "month")
    elif number % 11 == 0:
        span = DateSpan(day, day + dt.timedelta(days=3), "range")
    else:
        span = DateSpan(day, day, "day")
    outlet = OUTLETS[number % len(OUTLETS)]
    title = f"Event {number} with {PEOPLE[number % 20]}"
    summary = f"Summary of event {number}" + (
        f" at the {RARE_WORD}'s office." if number % 50 == 0 else "."
    )
    return Event(
        id=f"{span.start.isoformat()}-event-{number}",
        title=title,
        span=span,
        type=EVENT_TYPES[number % len(EVENT_TYPES)],
        actors=(PEOPLE[number % 20], PEOPLE[(number * 7 + 3) % 20]),
        places=(f"Place {number % 30}",),
        summary=summary,
        sources=(
            Source(
                f"article-{number}", outlet, (f"Evidence for event {number}.",), "on Monday", span
            ),
        ),
    )


def large_timeline() -> Timeline:
    events = tuple(synthetic_event(number) for number in range(EVENTS))
    return Timeline(title="A large timeline", description="Synthetic.", events=events, results=())


@pytest.fixture(scope="module")
def large_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("large")
    config = Config(root=REPO)
    files = {
        path: text.encode("utf-8") for path, text in render_pages(large_timeline(), config).items()
    }
    files.update(static_files(config))
    files.update({name: b"{}\n" for name in DATA_FILES})
    for relative, data in files.items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def hrefs(html: str, prefix: str) -> list[str]:
    return re.findall(rf'href="({re.escape(prefix)}[^"#]*)(?:#[^"]*)?"', html)


def expected_matches(keep: Any) -> int:
    return sum(1 for event in large_timeline().events if keep(event))


# --- the files -----------------------------------------------------------------------


def test_the_index_of_a_large_timeline_is_small(large_site: Path) -> None:
    index = (large_site / "index.html").read_text(encoding="utf-8")
    assert EVENTS > INDEX_LIMIT
    assert len(index.encode("utf-8")) < INDEX_BYTES
    assert index.count('class="event ') <= INDEX_LIMIT  # only the latest month or two inline
    assert 'id="results-list"' in index
    assert (
        "<script>" not in index
        and "innerHTML" not in (large_site / "static/timeline.js").read_text()
    )


def test_every_event_is_reachable_from_the_index_through_its_month(large_site: Path) -> None:
    index = (large_site / "index.html").read_text(encoding="utf-8")
    months = sorted(set(hrefs(index, "months/")))
    assert len(months) == 24
    reached: set[str] = set()
    for month in months:
        page = (large_site / month).read_text(encoding="utf-8")
        reached.update(href.removeprefix("../") for href in hrefs(page, "../events/"))
    assert reached == {f"events/{event.id}.html" for event in large_timeline().events}
    assert all((large_site / path).is_file() for path in reached)


def test_month_pages_link_their_neighbours_and_mark_each_day(large_site: Path) -> None:
    page = (large_site / "months/2024-02.html").read_text(encoding="utf-8")
    assert 'href="../months/2024-01.html"' in page and 'href="../months/2024-03.html"' in page
    assert 'id="d-2024-02-01"' in page and 'id="d-2024-02"' in page  # a day, and "sometime in"
    assert "<h1" in page and page.count("<h1") == 1
    first = (large_site / "months/2024-01.html").read_text(encoding="utf-8")
    assert "Previous month" not in first and "Next month" in first


def test_the_overview_draws_days_not_events(large_site: Path) -> None:
    index = (large_site / "index.html").read_text(encoding="utf-8")
    svg = index.split('<svg class="overview', 1)[1].split("</svg>", 1)[0]
    assert "data-event=" not in svg
    assert svg.count("<a ") <= DAYS + 24
    target = re.search(r'href="(months/[^"#]+)#(d-[^"]+)"', svg)
    assert target is not None
    assert f'id="{target.group(2)}"' in (large_site / target.group(1)).read_text(encoding="utf-8")


def test_event_pages_point_back_to_their_month_page(large_site: Path) -> None:
    event = large_timeline().events[1]
    page = (large_site / f"events/{event.id}.html").read_text(encoding="utf-8")
    assert 'href="../months/2024-01.html"' in page


# --- in Chromium ---------------------------------------------------------------------

SEARCHED = """(count) => document.querySelectorAll("#results-list > li").length === count"""


@pytest.mark.browser
def test_a_search_on_the_large_index_answers_quickly(
    watched: WatchedPage, large_site: Path
) -> None:
    page = watched.page
    page.goto((large_site / "index.html").as_uri(), wait_until="commit")
    page.wait_for_selector("#filters:not([hidden])")
    page.fill("#f-q", RARE_WORD)
    wanted = expected_matches(lambda event: RARE_WORD in event.summary)
    page.wait_for_function(SEARCHED, arg=wanted)
    elapsed = page.evaluate("performance.now()")
    print(f"\n{EVENTS} events: interactive with search results after {elapsed:.0f} ms")
    assert elapsed < INTERACTIVE_MS
    assert page.inner_text("#filter-count") == f"Showing {wanted} of {EVENTS} events."
    assert page.is_hidden(".timeline") and page.is_visible("#results")
    assert watched.errors == []


@pytest.mark.browser
def test_filters_on_the_large_index_restore_from_the_fragment(
    watched: WatchedPage, large_site: Path
) -> None:
    page = watched.page
    page.goto((large_site / "index.html").as_uri() + "#type=meeting&person=Person%2003")
    page.wait_for_selector("#filters:not([hidden])")
    assert page.input_value("#f-type") == "meeting"
    assert page.input_value("#f-person") == "Person 03"
    wanted = expected_matches(lambda event: event.type == "meeting" and "Person 03" in event.actors)
    assert 0 < wanted <= 200
    page.wait_for_function(SEARCHED, arg=wanted)
    first = page.get_attribute("#results-list > li a", "href")
    assert first is not None and (large_site / first).is_file()
    page.click("#f-clear")
    page.wait_for_selector(".timeline", state="visible")
    assert page.is_hidden("#results")
    assert "type=" not in page.url
    assert watched.errors == []


@pytest.mark.browser
def test_many_matches_are_capped_with_a_note(watched: WatchedPage, large_site: Path) -> None:
    page = watched.page
    page.goto((large_site / "index.html").as_uri() + "#outlet=Outlet%203")
    page.wait_for_function(SEARCHED, arg=200)
    note = page.inner_text("#results-more")
    assert note.startswith(f"Showing the first 200 of {EVENTS // len(OUTLETS)} ")
