"""The about page: ``pages/about.md`` (the project's, else the tool's) as safe HTML."""

from __future__ import annotations

import re

import markdown
import nh3
from markupsafe import Markup

from generator.config import Config
from generator.templating import TOOL_ROOT

ABOUT_TAGS = {
    "a",
    "abbr",
    "blockquote",
    "br",
    "code",
    "dd",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}


def about_html(config: Config) -> tuple[str, str]:
    """The about page's heading and sanitised body, from ``pages/about.md``.

    A leading ``# Heading`` becomes the page's one h1; without it the page is "About".
    """
    source = next(
        (
            path
            for path in (config.root / "pages" / "about.md", TOOL_ROOT / "pages" / "about.md")
            if path.is_file()
        ),
        None,
    )
    text = source.read_text(encoding="utf-8") if source else "This site has no about page yet."
    raw = markdown.markdown(text, extensions=["extra", "sane_lists"], output_format="html")
    body = sanitise(raw)
    match = re.match(r"\s*<h1>(.*?)</h1>", body, flags=re.S)
    if match is None:
        return "About", body
    heading = re.sub(r"<[^>]+>", "", match.group(1)).strip() or "About"
    return Markup(heading).unescape(), body[match.end() :]


def sanitise(html: str) -> str:
    """Keep prose markup only: no scripts, styles, event handlers or ``javascript:`` links."""
    return nh3.clean(
        html,
        tags=ABOUT_TAGS,
        attributes={"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
