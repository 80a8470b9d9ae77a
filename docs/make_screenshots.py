"""Screenshots of a built site, for the README and for looking at the design.

    .venv/bin/python docs/make_screenshots.py [SITE_DIR] [--out docs/screenshots]

Takes the index, the event page with the most sources and the article page with the
most evidence, each at 1280 px (desktop) and 360 px (phone), in headless Chromium
opened over file:// (the site must work from disk). Long pages are cut at
``MAX_HEIGHT`` pixels to keep the PNGs small.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from generator.headless import CHROMIUM, CHROMIUM_ARGS

VIEWPORTS = {"wide": (1280, 900), "phone": (360, 740)}
MAX_HEIGHT = {"wide": 1800, "phone": 2400}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", default="site", type=Path)
    parser.add_argument("--out", default=Path(__file__).parent / "screenshots", type=Path)
    parser.add_argument("--dark", action="store_true", help="also take dark-mode shots")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}/index.html not found: build the site first", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    shots = pages_to_shoot(args.site)
    schemes = ["light", "dark"] if args.dark else ["light"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        for scheme in schemes:
            for size, (width, height) in VIEWPORTS.items():
                context = browser.new_context(
                    viewport={"width": width, "height": height}, color_scheme=scheme
                )
                page = context.new_page()
                for name, path in shots.items():
                    suffix = "" if scheme == "light" else "-dark"
                    target = args.out / f"{name}-{size}{suffix}.png"
                    shoot(page, path, target, MAX_HEIGHT[size])
                    print(target)
                context.close()
        browser.close()
    return 0


def pages_to_shoot(site: Path) -> dict[str, Path]:
    shots = {"index": site / "index.html"}
    event = busiest(site / "events", r'class="source-card')
    article = busiest(site / "articles", r"<mark ")
    if event:
        shots["event"] = event
    if article:
        shots["article"] = article
    return shots


def busiest(folder: Path, pattern: str) -> Path | None:
    """The page of the folder where ``pattern`` occurs most (the richest example)."""
    pages = sorted(folder.glob("*.html"))
    if not pages:
        return None
    return max(pages, key=lambda page: len(re.findall(pattern, page.read_text("utf-8"))))


def shoot(page: Page, path: Path, target: Path, max_height: int) -> None:
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    width = page.viewport_size["width"] if page.viewport_size else 1280
    height = min(page.evaluate("document.documentElement.scrollHeight"), max_height)
    page.screenshot(
        path=str(target), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height}
    )


if __name__ == "__main__":
    sys.exit(main())
