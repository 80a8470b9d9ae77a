"""``timeline serve``: real HTTP requests against a server running in a thread."""

from __future__ import annotations

import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator.config import Config
from generator.serve import (
    DevServer,
    serve_in_thread,
    snapshot,
    watched_paths,
    with_livereload,
)
from generator.writer import write_site


def fetch(server: DevServer, path: str) -> str:
    with urllib.request.urlopen(server.url + path.lstrip("/"), timeout=5) as response:
        return str(response.read().decode("utf-8"))


def wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


class FakeSite:
    """A build that lists the seeds on a page, or fails while a seed says 'broken'."""

    def __init__(self, seeds: Path, output: Path) -> None:
        self.seeds, self.output = seeds, output

    def build(self) -> None:
        names = sorted(path.name for path in self.seeds.iterdir())
        if any("broken" in (self.seeds / name).read_text() for name in names):
            raise ValueError("seeds/bad.txt: cannot read this")
        page = f"<html><body><p>{', '.join(names)}</p></body></html>"
        write_site(self.output, {"index.html": page, "style.css": "p {}"})


@pytest.fixture
def site(tmp_path: Path) -> FakeSite:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "one.txt").write_text("first")
    return FakeSite(tmp_path / "seeds", tmp_path / "site")


@pytest.fixture
def server(site: FakeSite) -> Iterator[DevServer]:
    running = serve_in_thread(site.build, site.output, watch=[site.seeds], interval=0.05)
    yield running
    running.stop()


def test_serves_the_first_build(server: DevServer) -> None:
    assert "one.txt" in fetch(server, "/")
    assert fetch(server, "/__reload") == "1"
    assert fetch(server, "/__error") == ""


def test_a_new_seed_rebuilds_and_bumps_the_reload_number(site: FakeSite, server: DevServer) -> None:
    (site.seeds / "two.txt").write_text("second")
    wait_for(lambda: fetch(server, "/__reload") == "2")
    assert "one.txt, two.txt" in fetch(server, "/index.html")


def test_a_failed_build_keeps_the_last_site_and_reports_the_error(
    site: FakeSite, server: DevServer
) -> None:
    (site.seeds / "bad.txt").write_text("broken")
    wait_for(lambda: fetch(server, "/__error") != "")
    assert "seeds/bad.txt: cannot read this" in fetch(server, "/__error")
    assert "one.txt" in fetch(server, "/")
    assert fetch(server, "/__reload") == "1"
    (site.seeds / "bad.txt").write_text("fixed")
    wait_for(lambda: fetch(server, "/__reload") == "2")
    assert fetch(server, "/__error") == ""
    assert "bad.txt, one.txt" in fetch(server, "/")


def test_html_gets_the_livereload_script_only_when_served(
    site: FakeSite, server: DevServer
) -> None:
    served = fetch(server, "/index.html")
    assert served.endswith('<script src="/__livereload.js"></script></body></html>')
    assert "__livereload" not in (site.output / "index.html").read_text()
    assert fetch(server, "/style.css") == "p {}"
    assert "/__reload" in fetch(server, "/__livereload.js")


def test_script_goes_before_the_last_body_end_or_at_the_end() -> None:
    tag = b'<script src="/__livereload.js"></script>'
    assert with_livereload(b"<p>a</p></BODY>") == b"<p>a</p>" + tag + b"</BODY>"
    assert with_livereload(b"<p>a</p>") == b"<p>a</p>" + tag


def test_snapshot_sees_changes_and_skips_the_output(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "site").mkdir()
    (tmp_path / "timeline.toml").write_text("")
    before = snapshot([tmp_path], skip=tmp_path / "site")
    (tmp_path / "site" / "index.html").write_text("x")
    assert snapshot([tmp_path], skip=tmp_path / "site") == before
    (tmp_path / "seeds" / "a.txt").write_text("x")
    assert snapshot([tmp_path], skip=tmp_path / "site") != before


def test_watched_paths_cover_every_input(tmp_path: Path) -> None:
    config = Config(root=tmp_path, seeds_dir="articles")
    names = {path.relative_to(tmp_path).as_posix() for path in watched_paths(config)}
    assert {"articles", "templates", "static", "pages", "timeline.toml", "curation.toml"} <= names


def test_serve_rebuilds_the_real_site_when_a_seed_is_added(tmp_path: Path) -> None:
    """The whole loop with the real build: drop a seed in, fetch the site over HTTP."""
    import json
    import shutil

    from helpers import make_project, real_seeds

    from generator.build import build
    from generator.config import load_config
    from generator.serve import serve_in_thread, watched_paths

    project = make_project(tmp_path / "project", real_seeds()[:2])
    config = load_config(project)
    server = serve_in_thread(
        lambda: build(project), config.output_path, watch=watched_paths(config), interval=0.2
    )
    try:

        def articles() -> int:
            with urllib.request.urlopen(server.url + "events.json") as response:
                return len(json.loads(response.read())["articles"])

        assert articles() == 2
        shutil.copy(real_seeds()[2], project / "seeds")
        deadline = time.monotonic() + 20
        while articles() != 3 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert articles() == 3
    finally:
        server.stop()
