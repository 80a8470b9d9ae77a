"""The exports: each format parses with a real reader and says what the events say."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import factories
import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.config import Config
from generator.exports import events_csv, export_files, sitemap, timelinejs
from generator.feeds import atom_feed, fold_line, ical_text

A = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
BASE = "https://user.github.io/repo/"


@pytest.fixture
def config() -> Config:
    return Config(root=Path("/project"))


@pytest.fixture
def published() -> Config:
    return Config(root=Path("/project"), base_url=BASE)


# --- Atom ----------------------------------------------------------------------------


def test_atom_has_the_required_elements(config: Config) -> None:
    feed = ET.fromstring(atom_feed(factories.timeline(), config))
    assert feed.tag == f"{A}feed"
    for tag in ("id", "title", "updated", "author"):
        assert feed.find(f"{A}{tag}") is not None, tag
    entries = feed.findall(f"{A}entry")
    assert len(entries) == 3
    for entry in entries:
        for tag in ("id", "title", "updated", "link", "summary", "category"):
            assert entry.find(f"{A}{tag}") is not None, tag


def test_atom_entries_link_relative_pages_and_tag_ids_without_base_url(config: Config) -> None:
    feed = ET.fromstring(atom_feed(factories.timeline(), config))
    entry = feed.findall(f"{A}entry")[1]
    assert entry.findtext(f"{A}id") == (
        "tag:news-timeline.invalid,2025:event:2025-09-29-li-qiang-meets-choe-son-hui"
    )
    link = entry.find(f"{A}link")
    assert link is not None
    assert link.get("href") == "events/2025-09-29-li-qiang-meets-choe-son-hui.html"
    category = entry.find(f"{A}category")
    assert category is not None and category.get("term") == "meeting"


def test_atom_uses_absolute_urls_with_base_url(published: Config) -> None:
    feed = ET.fromstring(atom_feed(factories.timeline(), published))
    assert feed.findtext(f"{A}id") == BASE
    entry = feed.findall(f"{A}entry")[0]
    assert entry.findtext(f"{A}id") == f"{BASE}events/2025-09-27-choe-son-hui-visits-china.html"


def test_atom_updated_comes_from_the_data(config: Config) -> None:
    feed = ET.fromstring(atom_feed(factories.timeline(), config))
    # The latest source: China Daily, 2025-09-30 07:42 +08:00.
    assert feed.findtext(f"{A}updated") == "2025-09-29T23:42:00Z"
    visit = feed.findall(f"{A}entry")[0]
    assert visit.findtext(f"{A}updated") == "2025-09-29T14:04:00Z"


def test_atom_updated_is_the_build_time_when_given(config: Config) -> None:
    build_time = dt.datetime(2025, 11, 1, 12, 0, tzinfo=dt.UTC)
    timeline = dataclasses.replace(factories.timeline(), build_time=build_time)
    feed = ET.fromstring(atom_feed(timeline, config))
    assert feed.findtext(f"{A}updated") == "2025-11-01T12:00:00Z"


def test_atom_of_an_empty_timeline_is_valid(config: Config) -> None:
    timeline = dataclasses.replace(factories.timeline(), events=())
    feed = ET.fromstring(atom_feed(timeline, config))
    assert feed.findtext(f"{A}updated") == "1970-01-01T00:00:00Z"


# --- iCalendar -------------------------------------------------------------------------


def _vevents(config: Config) -> dict[str, icalendar.Event]:
    text = export_files(factories.timeline(), config)["events.ics"]
    calendar = icalendar.Calendar.from_ical(text)
    return {str(e["UID"]).split("@")[0]: e for e in calendar.walk("VEVENT")}


def test_ics_day_event_is_one_all_day(config: Config) -> None:
    meeting = _vevents(config)["2025-09-29-li-qiang-meets-choe-son-hui"]
    assert meeting.decoded("DTSTART") == dt.date(2025, 9, 29)
    assert meeting.decoded("DTEND") == dt.date(2025, 9, 30)
    assert str(meeting["SUMMARY"]) == "Li Qiang meets Choe Son Hui in Beijing"
    assert "China Daily" in str(meeting["DESCRIPTION"])
    assert str(meeting["LOCATION"]) == "Beijing"


def test_ics_range_ends_the_day_after(config: Config) -> None:
    visit = _vevents(config)["2025-09-27-choe-son-hui-visits-china"]
    assert visit.decoded("DTSTART") == dt.date(2025, 9, 27)
    assert visit.decoded("DTEND") == dt.date(2025, 10, 1)


def test_ics_month_covers_the_whole_month(config: Config) -> None:
    month = _vevents(config)["2025-10-wpk-anniversary"]
    assert month.decoded("DTSTART") == dt.date(2025, 10, 1)
    assert month.decoded("DTEND") == dt.date(2025, 11, 1)
    assert month["CATEGORIES"].cats == ["ceremony"]
    assert str(month["STATUS"]) == "TENTATIVE"


def test_ics_dtstamp_comes_from_the_data(config: Config) -> None:
    visit = _vevents(config)["2025-09-27-choe-son-hui-visits-china"]
    assert visit.decoded("DTSTAMP") == dt.datetime(2025, 9, 29, 14, 4, tzinfo=dt.UTC)


def test_ics_lines_end_in_crlf_and_fit_75_octets(published: Config) -> None:
    text = export_files(factories.timeline(), published)["events.ics"]
    assert text.endswith("\r\n")
    lines = text.split("\r\n")[:-1]
    assert all("\n" not in line for line in lines)
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)


@pytest.mark.parametrize(
    ("value", "escaped"),
    [("a, b", "a\\, b"), ("a; b", "a\\; b"), ("a\\b", "a\\\\b"), ("a\nb", "a\\nb")],
)
def test_ics_text_escaping(value: str, escaped: str) -> None:
    assert ical_text(value) == escaped


def test_ics_folding_never_splits_a_character() -> None:
    line = "SUMMARY:" + "朝鲜" * 40
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert parts[0] + "".join(part[1:] for part in parts[1:]) == line


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab ,;é朝鲜\U0001f600"), max_size=300))
def test_ics_folding_keeps_every_line_short_and_unfolds_to_the_original(text: str) -> None:
    line = "DESCRIPTION:" + text
    parts = fold_line(line).split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert parts[0] + "".join(part[1:] for part in parts[1:]) == line


# --- CSV -------------------------------------------------------------------------------


def test_csv_has_one_row_per_source() -> None:
    timeline = factories.timeline()
    rows = list(csv.DictReader(io.StringIO(events_csv(timeline), newline="")))
    assert len(rows) == sum(len(event.sources) for event in timeline.events) == 4
    meeting = [r for r in rows if r["event_id"] == "2025-09-29-li-qiang-meets-choe-son-hui"]
    assert [r["outlet"] for r in meeting] == ["Global Times", "China Daily"]
    assert meeting[0]["actors"] == "Li Qiang; Choe Son Hui"
    assert meeting[0]["precision"] == "day"
    assert meeting[1]["evidence"].startswith("Premier Li Qiang met")


# --- TimelineJS3 -------------------------------------------------------------------------


def _slides(config: Config) -> dict[str, dict[str, object]]:
    document = json.loads(timelinejs(factories.timeline(), config))
    assert document["title"]["text"]["headline"] == "China–DPRK exchanges"
    assert document["scale"] == "human"
    return {slide["unique_id"]: slide for slide in document["events"]}


def test_timelinejs_day_event(config: Config) -> None:
    slide = _slides(config)["2025-09-29-li-qiang-meets-choe-son-hui"]
    assert slide["start_date"] == {"year": 2025, "month": 9, "day": 29}
    assert "end_date" not in slide
    assert slide["group"] == "meeting"
    text = slide["text"]
    assert isinstance(text, dict)
    assert text["headline"] == "Li Qiang meets Choe Son Hui in Beijing"
    assert "China Daily</a>" in text["text"]


def test_timelinejs_range_event(config: Config) -> None:
    slide = _slides(config)["2025-09-27-choe-son-hui-visits-china"]
    assert slide["start_date"] == {"year": 2025, "month": 9, "day": 27}
    assert slide["end_date"] == {"year": 2025, "month": 9, "day": 30}
    assert slide["display_date"] == "27–30 September 2025"
    assert slide["group"] == "visit"


def test_timelinejs_month_event(config: Config) -> None:
    slide = _slides(config)["2025-10-wpk-anniversary"]
    assert slide["start_date"] == {"year": 2025, "month": 10}
    assert slide["display_date"] == "October 2025"


def test_timelinejs_keeps_non_ascii_text(config: Config) -> None:
    assert "China–DPRK" in timelinejs(factories.timeline(), config)


# --- sitemap, robots, the whole set ------------------------------------------------------


def test_sitemap_and_robots_only_with_base_url(config: Config, published: Config) -> None:
    assert set(export_files(factories.timeline(), config)) == {
        "events.atom", "events.ics", "events.csv", "timelinejs.json"}
    files = export_files(factories.timeline(), published)
    assert "sitemap.xml" in files
    assert files["robots.txt"].endswith(f"Sitemap: {BASE}sitemap.xml\n")


def test_sitemap_lists_absolute_urls(published: Config) -> None:
    urlset = ET.fromstring(sitemap(["events/b.html", "index.html", "people/x.html"], published))
    assert urlset.tag == f"{SM}urlset"
    locs = [loc.text for loc in urlset.iter(f"{SM}loc")]
    assert locs == [f"{BASE}events/b.html", BASE, f"{BASE}people/x.html"]


def test_sitemap_takes_the_page_list_from_the_caller(published: Config) -> None:
    files = export_files(factories.timeline(), published, page_paths=["index.html", "about.html"])
    assert files["sitemap.xml"].count("<loc>") == 2


def test_sitemap_by_default_lists_events_and_articles(published: Config) -> None:
    text = export_files(factories.timeline(), published)["sitemap.xml"]
    assert f"{BASE}events/2025-10-wpk-anniversary.html" in text
    assert f"{BASE}articles/china-daily-2025-09-30-china-dprk-promise.html" in text


def test_exports_are_deterministic(published: Config) -> None:
    assert export_files(factories.timeline(), published) == export_files(
        factories.timeline(), published)
