"""Normalising a document into an article: headline, date, outlet, byline, clean body.

``normalise`` reads a page the way a person does: the header (masthead, menus,
headline, byline, date) comes before the first real paragraph; the footer follows
the last one; captions and furniture in between are set apart.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import urlsplit

from generator.bylines import find_author, is_person_line
from generator.config import Config
from generator.datelines import (
    DatelineParts,
    filed_from,
    opens_with_dateline,
    resolve_dateline,
    split_coloned_dateline,
    split_dateline,
)
from generator.furniture import Furniture, is_bare_label, is_byline, is_menu, is_prose, word_count
from generator.header_marks import header_marks, titled_line, without_kind_label, without_signature
from generator.knowledge import Knowledge
from generator.language import detect_language
from generator.list_days import headed, is_day_heading
from generator.model import Article, Document, Problem, Seed
from generator.outlets import PageText, find_outlet
from generator.page_address import day_in_address, original_address
from generator.published import (
    MonthDay,
    closing_stamp,
    first_stamp,
    localise,
    month_days,
    parse_timestamp,
    printed_stamp,
    yearless_stamp,
)
from generator.required_text import closed_up
from generator.slugs import slugify
from generator.zones import day_at, page_zone

_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$")
_META_LINE = re.compile(r"^(source|editor|author|writer|reporter)\s*:", re.I)


@dataclass(frozen=True)
class Layout:
    """A page split into its regions (indices into ``lines``)."""

    lines: tuple[str, ...]
    captions: tuple[str, ...]
    body_start: int
    body_end: int  # one past the last paragraph line
    paragraphs: tuple[str, ...]

    @cached_property  # read several times: for the outlet, headline, date and author
    def header(self) -> tuple[str, ...]:
        return self._without_captions(self.lines[: self.body_start])

    @cached_property
    def footer(self) -> tuple[str, ...]:
        return self._without_captions(self.lines[self.body_end :])

    def _without_captions(self, lines: tuple[str, ...]) -> tuple[str, ...]:
        if not self.captions:
            return lines
        captions = frozenset(self.captions)
        return tuple([line for line in lines if line.strip() not in captions])


def normalise(doc: Document, seed: Seed, knowledge: Knowledge, config: Config) -> Article | Problem:
    furniture = _furniture(knowledge)
    lines, marker = _strip_marker(furniture.forwarded_part(doc.lines))
    language = detect_language(" ".join(lines))
    layout = _layout(lines, doc.captions, furniture, language)
    if not layout.paragraphs:
        return Problem(
            doc.file, "warning", "no article text found (only a headline, menus or captions)"
        )
    dateline_parts, paragraphs = split_dateline(layout.paragraphs)
    if dateline_parts is None:
        dateline_parts, paragraphs = split_coloned_dateline(
            paragraphs, lambda name: knowledge.city(name) is not None
        )
    address = original_address(doc.meta_value("url"), knowledge)
    page = _page_text(doc, layout, paragraphs, dateline_parts, address)
    outlet, wire = find_outlet(page, knowledge)
    title, subtitle = _headline(doc, layout, furniture, knowledge, language)
    place = dateline_parts.place if dateline_parts else None
    zone = page_zone(
        doc, layout.header, (outlet, wire, place), knowledge, (language, config.timezone)
    )
    near = _named_days(title, paragraphs, dateline_parts)
    published = _published(doc, layout, marker, knowledge, outlet or wire, zone, near)
    address_day = day_in_address(address) if published is None else None
    if address_day is not None:
        published = None, address_day  # the page prints no date; its path does
    if published is None:
        return Problem(doc.file, "warning", "no publication date found on the page")
    published_at, published_on = published
    if dateline_parts is None:  # found after the page's zone: a reporter's city is no stamp's
        dateline_parts = filed_from(layout.lines, lambda name: knowledge.city(name) is not None)
    dateline = (
        resolve_dateline(
            dateline_parts,
            published_on,
            day_at(dateline_parts.place, published_at, knowledge),
        )
        if dateline_parts
        else None
    )
    generated = title is None
    title = title or _generated_title(paragraphs)
    return Article(
        id=_article_id(outlet or wire, published_on, title),
        file=doc.file,
        content_hash=seed.content_hash,
        outlet=outlet,
        wire=wire,
        title=title,
        title_generated=generated,
        published_at=published_at,
        published_on=published_on,
        author=find_author(doc, layout, knowledge, furniture, (title, _is_date_line))
        or (dateline_parts.reporter if dateline_parts else None),
        dateline=dateline,
        url=_web_address(address),
        language=language,
        paragraphs=paragraphs,
        captions=layout.captions,
        subtitle=subtitle,
    )


_FURNITURE: dict[int, Furniture] = {}


def _furniture(knowledge: Knowledge) -> Furniture:
    """One compiled set of furniture rules per knowledge table (compiling is the slow part)."""
    key = id(knowledge.words)
    if key not in _FURNITURE:
        _FURNITURE.clear()
        agencies = (s for o in knowledge.outlets if o.kind == "agency" for s in o.spellings)
        _FURNITURE[key] = Furniture(knowledge.words, tuple(agencies))
    return _FURNITURE[key]


def _strip_marker(lines: tuple[str, ...]) -> tuple[tuple[str, ...], dt.date | None]:
    """A leading `` date 2025-10-10`` line is a copy tool's stamp, not page text."""
    for index, line in enumerate(lines[:3]):
        match = _MARKER.match(line)
        if match is not None:
            rest = match.group(2).strip()
            kept = (*lines[:index], *([rest] if rest else []), *lines[index + 1 :])
            return kept, dt.date.fromisoformat(match.group(1))
        if line.strip():
            break
    return lines, None


def _layout(
    lines: tuple[str, ...], extra_captions: tuple[str, ...], furniture: Furniture, language: str
) -> Layout:
    captions = [furniture.without_trailing_junk(caption) for caption in extra_captions]
    paragraphs: list[str] = []
    body_start = body_end = len(lines)
    listed = False  # under a "Related coverage:" heading, up to a blank line or a paragraph
    dated = False  # the header's date line is behind us
    day_heading = ""  # a dated list's day alone on its line, over the item it dates
    for index, raw in enumerate(lines):
        line = raw.strip()
        dated = dated or (not paragraphs and _is_date_line(line))
        if paragraphs and furniture.ends_article(line):
            break  # the comments, the author's biography or the copyright footer
        listed = bool(paragraphs) and _in_list(line, listed, furniture)
        if listed or not line:
            continue
        if paragraphs and is_day_heading(line):
            day_heading = line
            continue
        # Junk is skipped and captions set apart before prose is read. A line that is
        # neither prose nor a caption is skipped all the same, so it is not asked whether
        # it is junk (most lines that are not prose are neither; that test is the slower).
        prose = is_prose(line, language) and not is_byline(line) and not _is_date_line(line)
        caption = furniture.is_caption(line)
        if (prose or caption) and furniture.is_junk(line, language):
            continue
        if caption:
            if line not in captions:
                captions.append(line)
            continue
        if prose:
            if (
                not paragraphs
                and _stamp_follows(lines, index, furniture, dated)
                and not opens_with_dateline(line)
            ):
                continue  # a headline or standfirst: the date or byline is still to come
            if not paragraphs:
                body_start = index
            text = _tidy(furniture.without_inline(line))
            paragraphs.append(headed(day_heading, text) if day_heading else text)
            body_end = index + 1
        day_heading = ""
    return Layout(lines, tuple(captions), body_start, body_end, tuple(paragraphs))


# Words of a line that is no headline in a reading list: a paragraph under the list.
_LONGEST_LINK = 20


def _in_list(line: str, listed: bool, furniture: Furniture) -> bool:
    """Whether ``line`` is the heading or an item of a reading list in a copied page: the
    lines under "Related coverage:" are headlines of other stories, and those under
    "Notes" the sources an analysis cites, up to a blank line or a line too long to be a
    headline that is no numbered item. (Only once the article has begun: above it, such a
    heading is a menu item, and the headline may follow it.)"""
    if furniture.opens_list(line):
        return True
    if not listed or not line:
        return False
    return word_count(line) <= _LONGEST_LINK or _NOTE.match(line) is not None


# A numbered item of a list: a note under "Notes" ("(2) KCNA, "…," October 10, 2025."),
# however long its title.
_NOTE = re.compile(r"(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[.)])\s")


def _stamp_follows(
    lines: tuple[str, ...], index: int, furniture: Furniture, dated: bool, within: int = 3
) -> bool:
    """A date line or byline among the next few lines: we are still in the header. Once
    the header's date is behind us, only a byline: a live page's first entry is followed
    by the next entry's time ("3:26 a.m. ET, October 28, 2025"), and is text. Furniture
    between them ("Reading Time: 4 minutes", "Save") is not counted."""
    seen = 0
    for raw in lines[index + 1 :]:
        line = raw.strip()
        if not line or furniture.is_caption(line):
            continue
        if furniture.opens_list(line):
            return False  # "Related": the days below are other stories'
        # Not a link to another story with its day ("Read more: … (Sept. 5, 2025)"), which
        # may follow the first paragraphs.
        stamp = is_byline(line) or (not dated and _is_date_line(line))
        junk = furniture.is_junk(line)
        if stamp and not junk:
            return True
        if junk:
            continue
        seen += 1
        if seen == within:
            return False
    return False


def _tidy(line: str) -> str:
    if "-0-" in line:
        line = _END_MARK.sub("", line)
    # Runs of whitespace closed up, ends stripped: str.split knows the same whitespace as \s.
    return closed_up(line.replace("**", ""))


_END_MARK = re.compile(r"\s*-0-\s*$")


@lru_cache(maxsize=1024)  # asked again about the lines around the headline and in the body
def _is_date_line(line: str) -> bool:
    # ``Published … Updated …`` is as long as two date lines: the first is counted
    return word_count(first_stamp(line), limit=12) <= 12 and parse_timestamp(line) is not None


def _page_text(
    doc: Document,
    layout: Layout,
    paragraphs: tuple[str, ...],
    dateline: DatelineParts | None,
    address: str | None,
) -> PageText:
    names = tuple(v for k, v in doc.meta if k in ("site_name", "publisher"))
    agency = dateline.agency if dateline is not None else None
    title = doc.meta_value("page_title")
    footer = (*layout.footer, *(v for k, v in doc.meta if k == "copyright"))
    return PageText(names, title, layout.header, footer, paragraphs, agency, address, layout.lines)


def _headline(
    doc: Document, layout: Layout, furniture: Furniture, knowledge: Knowledge, language: str
) -> tuple[str | None, str | None]:
    """The headline (None when the page has none) and the standfirst under it."""
    stated = doc.meta_value("title") or furniture.mail_subject(layout.header)
    if stated:  # a clipper's title may keep the site's: ``Headline - UPI.com``
        standfirst = doc.meta_value("description") or doc.meta_value("standfirst")
        return without_signature(stated, knowledge), standfirst
    header = layout.header
    anchor = next(
        (i for i, line in enumerate(header) if _is_date_line(line) or is_byline(line)), len(header)
    )
    block = _candidates_before(header, anchor, furniture, knowledge, language)
    if not block:
        block = [
            line for line in header[anchor:] if _headline_like(line, furniture, knowledge, language)
        ][:2]
    if not block:
        return titled_line(doc.meta_value("page_title"), header, knowledge), None
    if len(block) > 1 and word_count(block[1]) > 6:
        return block[0], block[1]
    return block[0], doc.meta_value("standfirst")  # ``<p class="td-lead">`` elsewhere


def _candidates_before(
    header: tuple[str, ...], anchor: int, furniture: Furniture, knowledge: Knowledge, language: str
) -> list[str]:
    """Walk up from the date or byline line until menus or the masthead stop us."""
    found: list[str] = []
    marks = header_marks(knowledge)
    for index in range(anchor - 1, -1, -1):
        text = header[index].strip()
        if not text or _META_LINE.match(text) or furniture.is_caption(text):
            continue
        if furniture.is_junk(text, language):
            continue  # "Listen to this article", "3 min", "Share" between headline and date
        if marks.is_standfirst_label(text):
            continue  # a clipper's "Excerpt" over the standfirst: the headline is above it
        if not found and (
            is_person_line(text, knowledge)
            or furniture.named_with_post(text)
            or marks.states_age(text)
        ):
            continue  # the author's name (and post, or the page's age) above the date
        if knowledge.outlet_named(text.split(",")[0]) is not None and word_count(text) <= 4:
            continue  # the outlet's credit between headline and date: ``CGTN``, ``AFP, SEOUL``
        if not found and word_count(text) <= _SECTION_WORDS:
            continue  # the section's label between headline and date: ``N. Korea``, ``World``
        if not found and word_count(text, limit=_HEADLINE_WORDS) > _HEADLINE_WORDS:
            continue  # a standfirst too long for a headline, between headline and byline
        text = without_kind_label(without_signature(text, knowledge))  # ``Headline | Site``
        if not _headline_like(text, furniture, knowledge, language):
            if not found and _short_headline(header, index, language):
                found.append(text)
            break
        found.insert(0, text)
    return found


def _short_headline(header: tuple[str, ...], index: int, language: str) -> bool:
    """``Japan-U.S. Summit Meeting``: a ministry's three-word title above the date, which
    reads like a menu item but stands alone between blank lines, where menu items come
    in runs. Taken only when no longer headline is there."""
    text = header[index].strip()
    alone = all(
        not header[near].strip() for near in (index - 1, index + 1) if 0 <= near < len(header)
    )
    return (
        alone
        and word_count(text, limit=4) == 3
        and len(text) >= (15 if language == "en" else 6)
        and not text.isupper()
        and is_bare_label(text)
    )


_SECTION_WORDS = 2  # a headline has at least three words (``_headline_like``)
_HEADLINE_WORDS = 40  # and at most forty


def _headline_like(line: str, furniture: Furniture, knowledge: Knowledge, language: str) -> bool:
    text = line.strip()
    if "   " in text or "\t" in text:
        return False  # columns: a printed page's header ("11/2/25, 9:14 AM      Headline")
    words = word_count(text)
    if (
        not 3 <= words <= _HEADLINE_WORDS
        or len(text) < (15 if language == "en" else 6)
        or text.endswith(":")
    ):
        return False
    if furniture.is_junk(text, language) or furniture.is_caption(text) or is_menu(text):
        return False
    if is_byline(text) or _is_date_line(text) or knowledge.outlet_named(text) is not None:
        return False
    return not (text.isupper() and words < 5)


def _published(
    doc: Document,
    layout: Layout,
    marker: dt.date | None,
    knowledge: Knowledge,
    outlet: str | None,
    zone: str,
    near: tuple[MonthDay, ...],
) -> tuple[dt.datetime | None, dt.date] | None:
    """The publication time and day; an all-numeric date (``10/09/2025``) is read as the
    article's own dates suggest, else in its outlet's order, else month first."""
    known = knowledge.outlet(outlet)
    order = known.dates if known is not None and known.dates else "MDY"
    stated = doc.meta_value("published", "published_ld")
    if stated:
        stamp = parse_timestamp(stated, order, near)
        if stamp is not None:
            return localise(stamp, zone, convert=True)
    header = _furniture(knowledge).sent_lines_last(layout.header or layout.lines[:40])
    stamp = printed_stamp(header, order, near) or closing_stamp(layout.footer, order, near)
    machine = _time_element(doc, order, zone, near)
    if machine is not None and (stamp is None or (stamp.time is None and stamp.day == machine[1])):
        return machine
    if stamp is not None:
        return localise(stamp, zone)
    if marker is not None:
        return None, marker
    late = yearless_stamp(layout.header or layout.lines[:40], layout.footer)
    return localise(late, zone) if late is not None else None


def _time_element(
    doc: Document, order: str, zone: str, near: tuple[MonthDay, ...]
) -> tuple[dt.datetime | None, dt.date] | None:
    """A page's ``<time datetime>``: used when the printed stamp is missing or gives only
    the day (and the same day), never against what the page prints."""
    stated = doc.meta_value("time_element")
    stamp = parse_timestamp(stated, order, near) if stated else None
    return localise(stamp, zone, convert=True) if stamp is not None else None


def _named_days(
    title: str | None, paragraphs: tuple[str, ...], dateline: DatelineParts | None
) -> tuple[MonthDay, ...]:
    """The months and days the article names in words: its dateline's, else its lead's."""
    if dateline is not None and dateline.date_text:
        return month_days(dateline.date_text)
    return month_days(" ".join((title or "", *paragraphs[:2])))


def _generated_title(paragraphs: tuple[str, ...]) -> str:
    """A headline made from the lead: its first clause, at most a dozen words."""
    lead = re.split(r"(?<=[.!?])\s", paragraphs[0], maxsplit=1)[0]
    words = lead.rstrip(".").split()
    clause = " ".join(words[:12])
    return clause + ("…" if len(words) > 12 else "")


def _web_address(value: str | None) -> str | None:
    """Only a web address becomes the "Original" link: a seed's ``javascript:`` must not."""
    if value is None or urlsplit(value).scheme.lower() not in ("http", "https"):
        return None
    return value


def _article_id(outlet: str | None, published_on: dt.date, title: str) -> str:
    words = slugify(title).split("-")[:8]
    return "-".join(filter(None, (slugify(outlet or "unknown"), published_on.isoformat(), *words)))
