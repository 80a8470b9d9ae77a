"""Saved web pages and Markdown files as text lines plus the metadata they state."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Container
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard
from urllib.parse import urlsplit

import markdown

from generator.front_matter import FRONT_MATTER, front_matter
from generator.json_ld import json_ld
from generator.model import Document
from generator.required_text import closed_up

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

# bs4 and yaml are imported where they are used: a rebuild whose seeds all come from
# the cache never needs them, and importing them is a tenth of its start-up.

DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "svg",
    "button",
    "iframe",
    "template",
    "select",
    "object",
    "embed",
)
BLOCK_TAGS = (
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "td",
    "th",
    "dd",
    "dt",
    "div",
    "section",
    "article",
    "tr",
    "ul",
    "ol",
    "dl",
    "table",
    "main",
)
META_KEYS = {
    "og:title": "title",
    "twitter:title": "title",
    "og:site_name": "site_name",
    "article:published_time": "published",
    "datePublished": "published",
    "date": "published",
    "pubdate": "published",
    "author": "author",
    "article:author": "author",
    "og:url": "url",
    "source-url": "url",  # a note app's clipping (Evernote): the page it was clipped from
    "copyright": "copyright",
    "description": "description",
    "og:description": "description",
}


def html_document(file: str, text: str, encoding: str) -> Document:
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(text, "html.parser")
    tags = _tags(soup, _META_TAGS | _DROPPED)  # one walk, before anything is dropped
    found = _by_name(tags)
    meta = _meta(found)
    meta.extend(_copyright_lines(found.get("footer", [])))
    if not any(key == "url" for key, _ in meta):
        meta.extend(_self_link(found.get("a", [])))
    for tag in [tag for tag in tags if tag.name in _DROPPED]:
        tag.decompose()
    _drop_beside_article(soup)
    figures = _figures(soup)
    captions = tuple(text for c in figures if _is_caption(c) and (text := _text(c)))
    for tag in reversed(figures):  # the innermost first
        tag.decompose()
    container = _first_container(soup)
    if isinstance(container, Tag):
        meta.extend(_time_element(container))
        meta.extend(_standfirst(container))
    lines = tuple(_block_lines(container)) if isinstance(container, Tag) else ()
    return Document(file, "html", encoding, lines, tuple(meta), captions)


# As sets: a name is looked up for every element of a page.
_DROPPED = frozenset(DROP_TAGS)
_BLOCKS = frozenset(BLOCK_TAGS)
_FIGURES = frozenset(("figcaption", "figure"))
_META_TAGS = frozenset(("meta", "link", "script", "title", "footer", "a"))
_CONTAINERS = ("article", "main", "body")  # the first of these the page has holds its text


def _first_container(soup: BeautifulSoup) -> Tag | BeautifulSoup:
    """``soup.find("article") or soup.find("main") or soup.body or soup``, in one walk
    that ends at the first ``<article>``. (``find`` with a name is bs4's slow general
    filter; a tag is always true.)"""
    from bs4 import Tag

    first: dict[str, Tag] = {}
    for element in soup.descendants:
        if isinstance(element, Tag) and element.name in _CONTAINERS:
            if element.name == _CONTAINERS[0]:
                return _posts_parent(element)
            first.setdefault(element.name, element)
    return next((first[name] for name in _CONTAINERS if name in first), soup)


def _posts_parent(article: Tag) -> Tag:
    """The first ``<article>``, or its parent when that holds a run of ``<article>``
    siblings: a live page or a blog's day is a column of posts, each its own
    ``<article>``, and the first alone is only the latest entry."""
    from bs4 import Tag

    parent = article.parent
    if not isinstance(parent, Tag) or parent.name in ("html", "[document]"):
        return article
    siblings = [child for child in parent.children if isinstance(child, Tag)]
    posts = sum(child.name == "article" for child in siblings)
    return parent if posts >= _LIVE_POSTS else article


_LIVE_POSTS = 3  # two articles side by side may be a story and its teaser


_SELF_LINK_SEARCH = 30  # the links looked at: a page's own comes at its top


def _self_link(anchors: list[Tag]) -> list[tuple[str, str]]:
    """A page with no canonical address may link to itself under its domain's name (a
    browser's Reader View: ``<a href="https://www.x.com/2025/09/05/…">x.com</a>``)."""
    for anchor in anchors[:_SELF_LINK_SEARCH]:
        if not isinstance(anchor.get("href"), str):
            continue
        address = urlsplit(str(anchor["href"]))
        label = anchor.get_text().strip().lower().removeprefix("www.")
        host = (address.hostname or "").removeprefix("www.")
        if label and label == host and address.path.strip("/"):
            return [("url", str(anchor["href"]))]
    return []


def _copyright_lines(footers: list[Tag]) -> list[tuple[str, str]]:
    """The copyright notices of a page's footers (dropped with the rest of the footer, but
    they name the site): ``© 2025 The Korea Times``."""
    found: list[tuple[str, str]] = []
    for footer in footers:
        for line in _text_with_breaks(footer).split("\n"):
            text = _tidy(line)
            if _COPYRIGHT.search(text) and len(text) < 300:
                found.append(("copyright", text))
    return found


_COPYRIGHT = re.compile(r"©|ⓒ|\bcopyright\b|all rights reserved", re.IGNORECASE)


def _drop_beside_article(soup: BeautifulSoup) -> None:
    """Remove the comments, reading lists, advertisements and share bars that pages put
    inside or after the article, told by their class, id or ``data-testid`` or by their
    heading ("Most read"). Never a block holding the headline, half the page's text or the
    publication stamp: an article's own wrapper may be called ``has-comments``, its byline
    and date ``author_share``."""
    from bs4 import Tag

    total = len(soup.get_text())
    for element in list(soup.descendants):
        if not isinstance(element, Tag) or element.name in _KEEP:
            continue
        if not (_marked_furniture(element) or _headed_list(element)):
            continue
        # Asked last: bs4 looks for a tag named "_decomposed" in the whole element to
        # answer. (A decomposed element has no name and no attributes: it never gets here.)
        if element.decomposed:
            continue
        if element.find("h1") is not None or 2 * len(element.get_text()) >= total:
            continue
        if not _STAMPED.search(element.get_text(" ")):
            element.decompose()


# A labelled publication stamp: ``Published: Sep 30, 2025 11:08 PM``, ``Posted on : Oct.10``.
_STAMPED = re.compile(r"\b(?:Published|Posted|Issued)\b(?:\s+on)?\s*:?\s*\w{0,9}\W{0,2}\d", re.I)
_KEEP = frozenset(("html", "body", "article", "main", "h1", "p", "figcaption", "time"))
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NAME_BREAK = re.compile(r"[\s_-]+")


def _marked_furniture(element: Tag) -> bool:
    attributes = element.attrs
    if not attributes:
        return False  # most tags: nothing to read
    names = [attributes.get("id"), attributes.get("data-testid"), *(attributes.get("class") or [])]
    words = "-".join(_CAMEL.sub("-", n) for n in names if isinstance(n, str) and n)
    if not words:
        return False
    marked = "-" + "-".join(filter(None, _NAME_BREAK.split(words.lower()))) + "-"
    return _furniture_marks().search(marked) is not None


@cache
def _furniture_marks() -> re.Pattern[str]:
    """``-comments-``, ``-most-read-``: one of the class words, whole, in the dashed names."""
    marks = "|".join(re.escape(mark) for mark in _html_furniture()[0]) or "(?!)"
    return re.compile(rf"-(?:{marks})-")


def _headed_list(element: Tag) -> bool:
    """A block opened by a heading such as "Most read" or "Comments (2)"."""
    if element.name not in _LIST_BLOCKS:
        return False
    first = next((child for child in element.children if _is_tag(child)), None)
    if first is None or first.name not in _HEADINGS:
        return False
    return bool(_html_furniture()[1].fullmatch(" ".join(first.get_text(" ").split())))


_LIST_BLOCKS = frozenset(("div", "section", "ul", "ol"))
_HEADINGS = frozenset(("h2", "h3", "h4", "h5"))


def _is_tag(element: object) -> TypeGuard[Tag]:
    from bs4 import Tag

    return isinstance(element, Tag)


@cache
def _html_furniture() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The class words and headings of ``[html]`` in ``data/furniture.toml``."""
    path = Path(__file__).parent / "data" / "furniture.toml"
    table = tomllib.loads(path.read_text(encoding="utf-8")).get("html", {})
    headings = "|".join(table.get("list_headings", [])) or "(?!)"
    return tuple(table.get("not_article", [])), re.compile(headings, re.IGNORECASE)


def _tags(root: Tag, names: Container[str]) -> list[Tag]:
    """``root.find_all(list(names))``: bs4 matches a list of names with its general
    filter, many times slower. (html.parser gives tags no namespace prefix to match.)"""
    from bs4 import Tag

    return [
        element
        for element in root.descendants
        if isinstance(element, Tag) and element.name in names
    ]


def _figures(root: Tag) -> list[Tag]:
    """The page's figures and captions: ``<figure>``, ``<figcaption>`` and a short element
    whose class names a caption ("media__caption", "wp-caption-text")."""
    from bs4 import Tag

    return [
        element
        for element in root.descendants
        if isinstance(element, Tag) and (element.name in _FIGURES or _is_caption(element))
    ]


def _is_caption(tag: Tag) -> bool:
    if tag.name == "figcaption":
        return True
    classes = tag.get("class") or ()
    return any("caption" in name.lower() for name in classes) and len(tag.get_text()) < 600


def _by_name(tags: list[Tag]) -> dict[str, list[Tag]]:
    """The tags of each name, in the page's order: ``root.find_all(name)`` for each name,
    from one walk (``_tags``)."""
    found: dict[str, list[Tag]] = {}
    for tag in tags:
        found.setdefault(tag.name, []).append(tag)
    return found


def _meta(found: dict[str, list[Tag]]) -> list[tuple[str, str]]:
    """What the page's ``<meta>``, canonical link, JSON-LD and ``<title>`` say, from its
    tags by name (``_by_name``)."""
    meta: list[tuple[str, str]] = []
    for tag in found.get("meta", []):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str) and key in META_KEYS:
            meta.append((META_KEYS[key], content))
    links = found.get("link", [])
    canonical = next((t for t in links if _attribute_is(t.get("rel"), "canonical")), None)
    if canonical is not None and isinstance(canonical.get("href"), str):
        meta.append(("url", str(canonical["href"])))
    scripts = found.get("script", [])
    meta.extend(
        json_ld([s.string or "" for s in scripts if _attribute_is(s.get("type"), _LD_JSON)])
    )
    title = found["title"][0] if found.get("title") else None
    if title is not None and title.string:
        meta.append(("page_title", title.string.strip()))
    return meta


_LD_JSON = "application/ld+json"


def _attribute_is(value: str | list[str] | None, wanted: str) -> bool:
    """Whether bs4's ``find(…, attribute=wanted)`` takes an attribute of this ``value``:
    one of a multi-valued attribute's values (``rel="alternate canonical"``) or all of them
    joined by spaces, or a single value, is ``wanted``."""
    if isinstance(value, list):
        return wanted in value or (len(value) != 1 and " ".join(value) == wanted)
    return value == wanted


def _time_element(container: Tag) -> list[tuple[str, str]]:
    """The first ``<time datetime>`` of the article that carries a time of day: pages that
    print only the day often keep the full stamp there."""
    for tag in container.find_all("time"):
        stamp = tag.get("datetime")
        if isinstance(stamp, str) and "T" in stamp:
            return [("time_element", stamp.strip())]
    return []


def _standfirst(container: Tag) -> list[tuple[str, str]]:
    """The first element whose class names a standfirst (``<p class="td-lead">``,
    ``article-dek``, ``entry-excerpt``: ``standfirst`` in data/furniture.toml, the last
    word of a class name), a few sentences long: the summary under the headline."""
    from bs4 import Tag

    marks = _standfirst_marks()
    for element in container.descendants:
        if not isinstance(element, Tag) or element.name not in _STANDFIRST_TAGS:
            continue
        classes = element.attrs.get("class") if element.attrs else None
        if not classes or not any(marks.search(name.lower()) for name in classes):
            continue
        text = _text(element)
        if _STANDFIRST_WORDS[0] <= len(text.split()) <= _STANDFIRST_WORDS[1]:
            return [("standfirst", text)]
    return []


_STANDFIRST_TAGS = frozenset(("p", "div", "h2", "h3", "span"))
_STANDFIRST_WORDS = (5, 80)  # fewer is a label, more the article's text


@cache
def _standfirst_marks() -> re.Pattern[str]:
    path = Path(__file__).parent / "data" / "furniture.toml"
    words = tomllib.loads(path.read_text(encoding="utf-8")).get("html", {}).get("standfirst", [])
    return re.compile(rf"(?:^|[-_])(?:{'|'.join(map(re.escape, words)) or '(?!)'})$")


def _block_lines(container: Tag) -> list[str]:
    """The visible text, one line per block element (and per ``<br>``), in order."""
    lines: list[str] = []
    for raw in _text_with_breaks(container).split("\n"):
        text = _tidy(raw)
        if text:
            lines.extend([text, ""])
    return lines


def _text_with_breaks(container: Tag) -> str:
    """``container.get_text()`` with a line break in place of every ``<br>`` and before and
    after every block: read in one walk through the page, rather than by inserting the
    breaks into it first (bs4 inserts slowly)."""
    from bs4.element import NavigableString, Tag

    kept = container.interesting_string_types or Tag.MAIN_CONTENT_STRING_TYPES
    parts: list[str] = []
    open_tags = [container]  # the element being read and the tags around it
    for element in container.descendants:
        while len(open_tags) > 1 and element.parent is not open_tags[-1]:
            if open_tags.pop().name in _BLOCKS:
                parts.append("\n")  # after a block
        if isinstance(element, Tag):
            if element.name == "br" or element.name in _BLOCKS:
                parts.append("\n")
            open_tags.append(element)
        elif isinstance(element, NavigableString) and type(element) in kept:
            parts.append(element)
    parts.extend("\n" for tag in open_tags[1:] if tag.name in _BLOCKS)
    return "".join(parts)


def _tidy(text: str) -> str:
    """One line of plain text: runs of spaces closed up, no space before , or ."""
    # str.split knows the same whitespace as \s, and is faster than a regex.
    return _SPACE_BEFORE_MARK.sub(r"\1", closed_up(text))


def _text(element: Tag) -> str:
    return " ".join(element.get_text(" ").split()).replace(" ,", ",").replace(" .", ".")


# ``\s+([.,;:!?])(?=\s|$)`` in text whose only whitespace is single spaces (as joined
# above): starting with a plain space, it lets the engine skip ahead to the spaces.
_SPACE_BEFORE_MARK = re.compile(r" ([.,;:!?])(?= |$)")


def markdown_document(file: str, text: str, encoding: str) -> Document:
    """Front matter as metadata; the Markdown body rendered and read like a web page."""
    meta: list[tuple[str, str]] = []
    match = FRONT_MATTER.match(text)
    if match is not None:
        meta = front_matter(match["block"], match["fence"])
        text = text[match.end() :]
    html = _markdown().reset().convert(text)
    page = html_document(file, f"<article>{html}</article>", encoding)
    return Document(file, "md", encoding, page.lines, tuple(meta), page.captions)


@cache
def _markdown() -> markdown.Markdown:
    """One converter for every file (reset before each): ``markdown.markdown`` builds a
    new one each time, which takes longer than converting a short article."""
    return markdown.Markdown()
