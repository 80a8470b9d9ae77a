"""Rendering: the sample timeline becomes pages whose links, dates and markers are right."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import posixpath
import re
import shutil
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import factories
import pytest

from generator.article_views import highlight
from generator.config import Config
from generator.model import DateSpan
from generator.overview import overview_svg
from generator.render import render_pages
from generator.render_dates import format_published, format_span, span_months
from generator.render_site import build_site, unique_slugs
from generator.templating import DATA_FILES, static_files

REPO = Path(__file__).resolve().parent.parent
MEETING = "2025-09-29-li-qiang-meets-choe-son-hui"
VISIT = "2025-09-27-choe-son-hui-visits-china"
ANNIVERSARY = "2025-10-wpk-anniversary"
GLOBAL_TIMES = "global-times-2025-09-29-premier-meets-fm"
CHINA_DAILY = "china-daily-2025-09-30-china-dprk-promise"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'"
)


class Tags(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_pages(factories.timeline(), Config(root=REPO))


def html_pages(pages: dict[str, str]) -> dict[str, str]:
    return {path: text for path, text in pages.items() if path.endswith(".html")}


# --- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        ((2025, 9, 29), (2025, 9, 29), "day", "29 Sep 2025"),
        ((2025, 9, 27), (2025, 9, 30), "range", "27–30 Sep 2025"),
        ((2025, 9, 30), (2025, 10, 2), "range", "30 Sep – 2 Oct 2025"),
        ((2025, 12, 30), (2026, 1, 2), "range", "30 Dec 2025 – 2 Jan 2026"),
        ((2025, 9, 1), (2025, 9, 30), "month", "September 2025"),
    ],
)
def test_format_span_is_as_precise_as_the_date(
    start: tuple[int, int, int], end: tuple[int, int, int], precision: str, expected: str
) -> None:
    span = DateSpan(dt.date(*start), dt.date(*end), precision)  # type: ignore[arg-type]
    assert format_span(span) == expected


def test_format_published_keeps_the_outlets_zone() -> None:
    moment = dt.datetime(2025, 9, 29, 22, 4, tzinfo=factories.CST)
    assert format_published(moment, None) == "29 Sep 2025, 22:04 UTC+8"
    assert format_published(None, dt.date(2025, 9, 29)) == "29 Sep 2025"
    assert format_published(moment.replace(tzinfo=dt.UTC), None) == "29 Sep 2025, 22:04 UTC"


def test_the_same_instant_in_two_zones_is_printed_in_each() -> None:
    moment = dt.datetime(2025, 9, 29, 22, 4, tzinfo=factories.CST)
    assert format_published(moment, None) == "29 Sep 2025, 22:04 UTC+8"
    assert format_published(moment.astimezone(dt.UTC), None) == "29 Sep 2025, 14:04 UTC"


def test_a_range_across_months_is_in_both_months() -> None:
    span = DateSpan(dt.date(2025, 9, 30), dt.date(2025, 10, 2), "range")
    assert span_months(span) == ["2025-09", "2025-10"]


# --- pages and links ------------------------------------------------------------------


def test_every_page_is_there(pages: dict[str, str]) -> None:
    assert {
        "index.html",
        "sources.html",
        "about.html",
        "404.html",
        "search-index.js",
        f"events/{MEETING}.html",
        f"events/{VISIT}.html",
        f"events/{ANNIVERSARY}.html",
        f"articles/{GLOBAL_TIMES}.html",
        f"articles/{CHINA_DAILY}.html",
        "people/index.html",
        "people/li-qiang.html",
        "people/choe-son-hui.html",
        "places/index.html",
        "places/beijing.html",
        "places/pyongyang.html",
        "outlets/index.html",
        "outlets/global-times.html",
        "outlets/china-daily.html",
    } == set(pages)


def test_every_relative_link_resolves(pages: dict[str, str]) -> None:
    known = set(pages) | set(static_files(Config(root=REPO))) | set(DATA_FILES)
    for path, html in html_pages(pages).items():
        for _tag, attrs in tags(html):
            for name in ("href", "src"):
                link = attrs.get(name)
                if link is None or link.startswith(("https://", "http://", "mailto:")):
                    continue
                target = link.split("#")[0]
                assert not link.startswith("/"), (path, link)
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
                assert resolved in known or (target == "" and link.startswith("#")), (path, link)


def test_every_page_has_the_policy_and_nothing_inline(pages: dict[str, str]) -> None:
    for path, html in html_pages(pages).items():
        page_tags = tags(html)
        assert ("meta", {"http-equiv": "Content-Security-Policy", "content": CSP}) in page_tags
        assert all(attrs.get("src") for tag, attrs in page_tags if tag == "script"), path
        assert not any(
            "style" in attrs or any(name.startswith("on") for name in attrs)
            for _tag, attrs in page_tags
        ), path
        assert sum(tag == "h1" for tag, _ in page_tags) == 1, path
        ids = Counter(attrs["id"] for _tag, attrs in page_tags if attrs.get("id"))
        assert [name for name, count in ids.items() if count > 1] == [], path
        assert '<html lang="en">' in html


def test_canonical_links_only_with_a_base_url(pages: dict[str, str]) -> None:
    assert 'rel="canonical"' not in pages["index.html"]
    config = Config(root=REPO, base_url="https://user.github.io/repo/")
    published = render_pages(factories.timeline(), config)
    assert '<link rel="canonical" href="https://user.github.io/repo/">' in published["index.html"]
    assert (
        f'<link rel="canonical" href="https://user.github.io/repo/events/{MEETING}.html">'
        in published[f"events/{MEETING}.html"]
    )


def test_the_footer_links_the_data_files(pages: dict[str, str]) -> None:
    for name in DATA_FILES:
        assert f'href="../{name}"' in pages[f"events/{MEETING}.html"]


# --- the index ------------------------------------------------------------------------


def test_index_groups_events_by_month_then_day(pages: dict[str, str]) -> None:
    index = pages["index.html"]
    september = index.split('id="m-2025-09"')[1].split('id="m-2025-10"')[0]
    october = index.split('id="m-2025-10"')[1]
    assert september.index(f'id="{VISIT}"') < september.index(f'id="{MEETING}"')
    assert "Saturday 27 September" in september and "Monday 29 September" in september
    assert f'id="{ANNIVERSARY}"' in october and "Sometime in October" in october


def test_index_shows_each_event_with_date_place_people_and_outlets(pages: dict[str, str]) -> None:
    item = pages["index.html"].split(f'id="{MEETING}"')[1].split("</article>")[0]
    text = text_of(item)
    assert "29 Sep 2025" in text and "Meeting" in text
    assert "Beijing" in text and "Li Qiang, Choe Son Hui" in text
    assert "Reported by Global Times, China Daily · 2 sources" in text
    visit = text_of(pages["index.html"].split(f'id="{VISIT}"')[1].split("</article>")[0])
    assert "27–30 Sep 2025" in visit and "1 source" in visit


def test_planned_events_are_marked(pages: dict[str, str]) -> None:
    index = pages["index.html"]
    assert re.search(rf'class="event type-ceremony is-planned" id="{ANNIVERSARY}"', index)
    assert re.search(rf'class="event type-meeting" id="{MEETING}"', index)
    assert 'class="mark mark-ceremony planned"' in index
    assert "badge-planned" in pages[f"events/{ANNIVERSARY}.html"]
    assert (
        "badge-planned"
        not in pages[f"events/{MEETING}.html"].split("<main")[1].split("How the outlets")[0]
    )


def test_overview_marks_link_to_their_events() -> None:
    site = build_site(factories.timeline())
    svg = overview_svg(site.events, lambda event: f"events/{event.id}.html")
    assert svg.count("<a ") == 3
    assert f'href="events/{MEETING}.html"' in svg
    assert "September 2025" in svg and "October 2025" in svg
    assert overview_svg((), lambda event: "") == ""


def test_search_index_holds_titles_summaries_and_evidence(pages: dict[str, str]) -> None:
    script = pages["search-index.js"]
    assert script.startswith("window.TIMELINE_INDEX = ")
    data = json.loads(script.removeprefix("window.TIMELINE_INDEX = ").rstrip().rstrip(";"))
    by_id = {entry["id"]: entry for entry in data["events"]}
    assert "Foreign Minister" in by_id[MEETING]["text"]
    assert by_id[MEETING]["outlets"] == ["Global Times", "China Daily"]
    assert by_id[ANNIVERSARY]["months"] == ["2025-10"]


# --- event and article pages ----------------------------------------------------------


def test_event_page_has_one_card_per_source_and_its_neighbours(pages: dict[str, str]) -> None:
    page = pages[f"events/{MEETING}.html"]
    assert page.count('class="source-card') == 2
    assert f'href="../articles/{GLOBAL_TIMES}.html#q1"' in page
    assert "22:04 UTC+8" in page and "Dated by “on Monday”" in page
    assert f'href="../events/{VISIT}.html"' in page  # related, and previous
    assert f'class="pager-link pager-next" href="../events/{ANNIVERSARY}.html"' in page


@pytest.mark.parametrize(("count", "shown"), [(9, 9), (10, 6), (37, 6)])
def test_many_reports_show_the_first_six_and_the_rest_on_a_click(count: int, shown: int) -> None:
    timeline = factories.timeline()
    meeting = next(event for event in timeline.events if event.id == MEETING)
    many = dataclasses.replace(meeting, sources=meeting.sources[:1] * count)
    events = tuple(many if event is meeting else event for event in timeline.events)
    pages = render_pages(dataclasses.replace(timeline, events=events), Config(root=REPO))
    page = pages[f"events/{MEETING}.html"]
    assert page.count('class="source-card') == count
    assert page.count("</details>") == (shown < count)
    before, _, folded = page.partition('<details class="more-sources">')
    assert before.count('class="source-card') == shown
    assert folded.count('class="source-card') == count - shown
    assert (f"Show the other {count - shown} reports" in folded) == (shown < count)


def test_article_page_highlights_evidence_linked_to_its_event(pages: dict[str, str]) -> None:
    page = pages[f"articles/{GLOBAL_TIMES}.html"]
    assert f'<mark class="evidence-mark" id="q1"><a href="../events/{MEETING}.html"' in page
    assert "Choe is visiting China from September 27 to 30.</a></mark>" in page
    assert "Photo captions" in page and "Li Qiang meets Choe Son Hui. Photo: Xinhua" in page
    assert "seeds/copy.txt" in page  # its duplicate


def test_evidence_not_in_the_text_is_listed_apart(pages: dict[str, str]) -> None:
    page = pages[f"articles/{CHINA_DAILY}.html"]
    assert "not found word for word" in page
    assert "<q>The DPRK will mark the anniversary next month.</q>" in page


def test_highlight_takes_the_earliest_then_longest_run() -> None:
    site = build_site(factories.timeline())
    event = site.events[0]
    anchors: dict[str, str] = {}
    segments = highlight("A b c. B c d.", {"b c": [event], "A b c.": [event]}, anchors)
    assert [(s.text, s.anchor) for s in segments] == [("A b c.", "q1"), (" B c d.", None)]


def test_sources_page_lists_every_seed_and_the_problems(pages: dict[str, str]) -> None:
    text = text_of(pages["sources.html"])
    assert "4 seeds: 2 included, 1 duplicate, 1 rejected." in text
    assert "Duplicate of Chinese Premier meets DPRK FM" in text
    assert "Rejected: the file is empty" in text


def test_names_that_slugify_alike_get_distinct_files() -> None:
    assert unique_slugs(["Kim Jong Un", "Kim Jong-un", "Ri Il Hwan"]) == {
        "Kim Jong Un": "kim-jong-un",
        "Kim Jong-un": "kim-jong-un-2",
        "Ri Il Hwan": "ri-il-hwan",
    }


# --- about page and template overrides ------------------------------------------------

HOSTILE = """# Hostile page

<script>alert("owned")</script>

[click me](javascript:alert(1)) and [fine](https://example.org/)

<img src="x" onerror="alert(2)">
<a href="#" onclick="alert(3)">tap</a>
"""


def test_about_page_is_rendered_and_sanitised(tmp_path: Path) -> None:
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "about.md").write_text(HOSTILE, encoding="utf-8")
    page = render_pages(factories.timeline(), Config(root=tmp_path))["about.html"]
    main = page.split("<main")[1].split("</main>")[0]
    assert '<h1 id="about-title">Hostile page</h1>' in main
    assert "alert" not in page and "javascript:" not in page
    assert "onerror" not in page and "onclick" not in page and "<img" not in page
    assert '<a href="https://example.org/" rel="noopener noreferrer">fine</a>' in main


def test_the_projects_about_page_reads_well(pages: dict[str, str]) -> None:
    page = pages["about.html"]
    assert "<h1" in page and "How to read the dates" in page
    assert 'href="sources.html"' in page


def test_a_projects_own_template_wins(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "about.html").write_text(
        '{% extends "base.html" %}{% block main %}<h1>Ours</h1>{% endblock %}', encoding="utf-8"
    )
    pages = render_pages(factories.timeline(), Config(root=tmp_path))
    assert "<h1>Ours</h1>" in pages["about.html"]
    assert 'class="timeline"' in pages["index.html"]  # the rest falls back to the built-in


def test_static_files_include_the_stylesheet_and_script() -> None:
    files = static_files(Config(root=REPO))
    assert {"static/style.css", "static/timeline.js"} <= set(files)
    assert b"prefers-color-scheme: dark" in files["static/style.css"]
    assert b"@media print" in files["static/style.css"]


def test_an_empty_timeline_still_renders() -> None:
    empty = dataclasses.replace(factories.timeline(), events=(), results=(), problems=())
    pages = render_pages(empty, Config(root=REPO))
    assert "No events yet." in pages["index.html"]
