"""A Markdown file's front matter (YAML between ``---`` lines, or TOML between ``+++``
lines as Hugo writes it) as page metadata.

Keys are read as the page's own (``date`` is ``published``, ``link`` is ``url``); what web
clippers write is understood too: ``source:`` holding the page's address, and ``author:``
as a list of ``[[wiki links]]`` (Obsidian Web Clipper).
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

FRONT_MATTER = re.compile(
    r"\A\s*(?P<fence>---|\+\+\+)[ \t]*\n(?P<block>.*?)\n(?P=fence)[ \t]*\n", re.DOTALL
)


def front_matter(block: str, fence: str = "---") -> list[tuple[str, str]]:
    data = _toml(block) if fence == "+++" else _yaml(block)
    if data is None:
        language = "TOML" if fence == "+++" else "YAML"
        return [("front_matter_error", f"the front matter is not valid {language}")]
    if not isinstance(data, dict):
        return [("front_matter_error", "the front matter is not a set of key: value lines")]
    aliases = {
        "date": "published",
        "outlet": "site_name",
        "source": "site_name",
        "publisher": "site_name",
        "publication": "site_name",  # newsletter exports: the newsletter's name
        "headline": "title",
        "writer": "author",
        "byline": "author",
        "link": "url",
        "permalink": "url",
        "canonical_url": "url",
    }
    pairs = [(aliases.get(str(k), str(k)), _front_value(v)) for k, v in data.items()]
    return [(_address_key(key, value), value) for key, value in pairs if value]


def _yaml(block: str) -> Any:
    import yaml

    # libyaml's parser where PyYAML was built with it (its wheels are): the same values,
    # five times as fast as the pure-Python one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(block, Loader=loader)
    except yaml.YAMLError:
        return None


def _toml(block: str) -> Any:
    try:
        return tomllib.loads(block)
    except tomllib.TOMLDecodeError:
        return None


_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]")  # [[Name]], [[page|Name]]


def _front_value(value: Any) -> str:
    """A front-matter value as text: a list (``author: ["[[Name]]", …]``, as web clippers
    write for a note-taking app) is its items joined by "and", wiki links their names."""
    items = value if isinstance(value, list) else [value]
    texts = [_WIKI_LINK.sub(r"\1", str(item)).strip() for item in items if item is not None]
    return " and ".join(text for text in texts if text)


def _address_key(key: str, value: str) -> str:
    """``source:`` names the outlet, or (web clippers) holds the page's address."""
    return "url" if key == "site_name" and value.startswith(("http://", "https://")) else key
