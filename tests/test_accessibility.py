"""axe-core (vendored, see tests/vendor/README.md) finds no WCAG 2.1 A/AA violation on
the real seeds' site, in the light and the dark colour scheme."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

from generator.build import build

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
RUN_AXE = """async () => {
  const results = await axe.run(document, {runOnly: {type: "tag",
    values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}});
  return {
    rules: results.passes.length + results.incomplete.length + results.inapplicable.length
      + results.violations.length,
    violations: results.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => n.target.join(" ") + " — " + n.failureSummary)})),
  };
}"""


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("a11y") / "project"
    root.mkdir()
    shutil.copy(REPO / "timeline.toml", root / "timeline.toml")
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "pages", root / "pages")
    build(root)
    return root / "site"


def first(site: Path, folder: str) -> str:
    pages = sorted(p for p in (site / folder).glob("*.html") if p.name != "index.html")
    assert pages, folder
    return f"{folder}/{pages[0].name}"


def readable(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(f"    {node}" for node in violation["nodes"])
    return "\n".join(lines)


def check(chromium: Any, page_url: str, color_scheme: str = "light") -> int:
    # The site's Content-Security-Policy (script-src 'self') would block the injected axe.
    context = chromium.new_context(color_scheme=color_scheme, bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(page_url)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(RUN_AXE)
    finally:
        context.close()
    assert result["violations"] == [], f"{page_url}:\n{readable(result['violations'])}"
    rules: int = result["rules"]
    return rules


@pytest.mark.parametrize("which", ["index", "event", "article", "person", "sources"])
def test_no_wcag_violations(chromium: Any, real_site: Path, which: str) -> None:
    relative = {
        "index": "index.html",
        "event": first(real_site, "events"),
        "article": first(real_site, "articles"),
        "person": first(real_site, "people"),
        "sources": "sources.html",
    }[which]
    rules = check(chromium, (real_site / relative).as_uri())
    print(f"\naxe-core: {rules} rules checked on {relative}, 0 violations")
    assert rules > 50


def test_no_wcag_violations_in_the_dark_colour_scheme(chromium: Any, real_site: Path) -> None:
    rules = check(chromium, (real_site / "index.html").as_uri(), color_scheme="dark")
    print(f"\naxe-core: {rules} rules checked on index.html (dark), 0 violations")
    assert rules > 50
