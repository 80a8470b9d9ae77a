"""Datelines: ``PYONGYANG, Oct. 9 (Xinhua) --`` opening the first paragraph."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.model import Dateline
from generator.published import month_number

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PLACE = r"[A-Z][A-Za-z.'\-]+(?:[ -][A-Z][A-Za-z.'\-]+){0,2}"
# ``SEOUL/BEIJING, Oct 10 (Reuters) -``, ``MOSCOW, October 9. /TASS/.``: the places a
# story was filed from (the first is its dateline), the day, the agency, a dash; an
# outlet's own short name without brackets (``Seoul, South Korea CNN —``) is no agency.
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}(?:/{_PLACE})*"
    r"(?:,\s*[A-Z][A-Za-z.']+(?: [A-Z][A-Za-z.']+)?)?)"
    rf"(?:,\s*(?P<date>{_MON}\s+\d{{1,2}}))?"
    r"(?:(?:\s*\((?P<agency>[A-Za-z][\w .-]{1,30})\)|\s+(?P<bare>[A-Z]{2,6}))?\s*(?:--|—|–|-)"
    r"|\.?\s*/(?P<slashed>[A-Za-z][\w .-]{1,30})/\.?)\s*"
)
# Korean agencies: ``(서울=연합뉴스) 김지연 기자 =`` (place=agency, then the reporter).
_BRACKETED = re.compile(
    r"^[(（](?P<place>[^=()（）]{1,12})=(?P<agency>[^=()（）]{1,20})[)）]\s*"
    r"(?:(?P<reporter>[^=\s]{2,5}(?: [^=\s]{2,5})?) (?:기자|특파원) ?=\s*)?"
)

# Chinese papers and agencies: ``本报平壤10月9日电（记者王晓东）``, ``新华社北京9月28日电``
# (the source — "this paper" or an agency, whose names end in 社 — the place, the day).
_CHINESE = re.compile(
    r"^(?P<agency>本报|[\u4e00-\u9fff]{1,4}社)(?P<place>[\u4e00-\u9fff]{2,8}?)"
    r"(?P<date>\d{1,2}月\d{1,2}日)电\s*(?:[（(](?:记者)?\s*(?P<reporter>[^（()）]{2,30})[）)])?\s*"
)
_OWN_PAPER = "本报"  # "this paper": no agency
# Russian agencies: ``МОСКВА, 27 октября. /ТАСС/.``, ``МОСКВА, 27 окт — РИА Новости.``
# (the place in capitals, the day before the month, the agency between slashes or after
# a dash).
_CYRILLIC = re.compile(
    r"^(?P<place>[А-ЯЁ][А-ЯЁ-]+(?: [А-ЯЁ][А-ЯЁ-]+){0,2}),\s*(?P<date>\d{1,2}\s+[а-яё]{3,8})\.?"
    r"\s*(?:/(?P<agency>[^/]{1,30})/\.?|[—–-]\s*(?P<named>[А-ЯЁA-Z][^.]{1,30})\.)\s*"
)
# ``SEOUL: North Korean leader …``: a city in capitals and a colon. Only the places table
# tells a city from a label in capitals (``UPDATE:``, ``WATCH:``).
_COLONED = re.compile(r"^(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}):\s+(?=\S)")


@dataclass(frozen=True)
class DatelineParts:
    place: str
    date_text: str | None
    agency: str | None
    reporter: str | None = None  # named in the dateline: ``김지연 기자 =``
    paragraph: int = 0  # the paragraph it opened (the second, under a standfirst)


def split_dateline(paragraphs: tuple[str, ...]) -> tuple[DatelineParts | None, tuple[str, ...]]:
    """The dateline of the first paragraph (or of the second, under a standfirst read as
    a paragraph), and the paragraphs with it removed. One further down belongs to another
    story ("SEOUL, Oct. 9 (Yonhap) --" quoted in a box, the next item of a page of several):
    it names neither the wire, nor the place, nor the zone of this one, and its day, the
    day it was filed, is removed too: no event's."""
    for index, paragraph in enumerate(paragraphs[:2]):
        match = (
            _BRACKETED.match(paragraph)
            or _CHINESE.match(paragraph)
            or _CYRILLIC.match(paragraph)
            or _DATELINE.match(paragraph)
        )
        if match is None or not _is_dateline(match):
            continue
        found = match.groupdict()
        agency = found["agency"] or found.get("slashed") or found.get("named")
        agency = agency if agency != _OWN_PAPER else None
        reporter = found.get("reporter")
        parts = DatelineParts(
            _place(found["place"]), found.get("date"), agency, reporter and reporter.strip(), index
        )
        rest = paragraph[match.end() :].strip()
        later = tuple(_without_dateline(p) for p in paragraphs[index + 1 :])
        return parts, (*paragraphs[:index], *([rest] if rest else []), *later)
    return None, paragraphs


def opens_with_dateline(line: str) -> bool:
    """Whether a line starts with a dateline (``NEW DELHI -- …``): the story's first
    paragraph, never a headline or standfirst, even with the byline printed below it."""
    match = (
        _BRACKETED.match(line)
        or _CHINESE.match(line)
        or _CYRILLIC.match(line)
        or _DATELINE.match(line)
    )
    return match is not None and _is_dateline(match)


def split_coloned_dateline(
    paragraphs: tuple[str, ...], is_place: Callable[[str], bool]
) -> tuple[DatelineParts | None, tuple[str, ...]]:
    """The ``SEOUL:`` opening the first paragraph, when ``is_place`` knows the city."""
    match = _COLONED.match(paragraphs[0]) if paragraphs else None
    if match is None or not is_place(match["place"]):
        return None, paragraphs
    rest = paragraphs[0][match.end() :]
    return DatelineParts(_place(match["place"]), None, None), (rest, *paragraphs[1:])


def filed_from(lines: Sequence[str], is_place: Callable[[str], bool]) -> DatelineParts | None:
    """Where a story without a dateline was reported from, as its credit line says
    ("Lauren Whitcombe reported from Busan, South Korea, and Jiang Wei from Beijing"):
    the first place, when ``is_place`` knows the city. Its relative days count from
    there, as a dateline's do (11:52 p.m. on Wednesday in New York is Thursday in Busan,
    and "agreed on Thursday" is that day). Those who "contributed reporting" from
    elsewhere did not file the story."""
    for line in lines:
        match = _REPORTED_FROM.fullmatch(line.strip())
        if match is not None and is_place(match["place"]):
            return DatelineParts(match["place"], None, None)
    return None


_NAME = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}"  # "Jiang Wei", "South Korea"
# The whole line is the credit ("… reported from Seoul that talks began" is a sentence),
# its places one way only into names and commas, so that no line takes long to refuse.
_REPORTED_FROM = re.compile(
    rf"{_NAME} reported from (?P<place>{_NAME})(?:, {_NAME})*"
    rf"(?:,? and {_NAME} from {_NAME}(?:, {_NAME})*)*\.?"
)


def _without_dateline(paragraph: str) -> str:
    """A later paragraph without the dated dateline of the item it opens."""
    match = _DATELINE.match(paragraph)
    if match is None or not (match["date"] and (match["agency"] or match["slashed"])):
        return paragraph
    return paragraph[match.end() :].strip() or paragraph


def _is_dateline(match: re.Match[str]) -> bool:
    """A real dateline has an agency, a date, or a place in capitals (``BEIJING -``)."""
    if match.re is not _DATELINE:
        return True
    place = match["place"].split(",")[0]
    return bool(
        match["agency"]
        or match["slashed"]
        or match["bare"]
        or match["date"]
        or (place.isupper() and len(place) > 2)
    )


def _place(text: str) -> str:
    first = text.split(",")[0].split("/")[0].strip()
    return first.title() if first.isupper() else first


def resolve_dateline(
    parts: DatelineParts, published_on: dt.date, local_day: dt.date | None = None
) -> Dateline:
    """Give the dateline's month and day the year that puts it nearest the publication.
    A dateline without a day has ``local_day``: the day it was where the story was filed
    when it was published (Friday in Seoul at 11 p.m. on Thursday in New York)."""
    if parts.date_text is None:
        return Dateline(parts.place, None, local_day, parts.paragraph)
    month, day_text = _month_day(parts.date_text)
    candidates = []
    for year in (published_on.year - 1, published_on.year, published_on.year + 1):
        try:
            candidates.append(dt.date(year, month, int(day_text)))
        except ValueError:
            continue
    if not candidates:
        return Dateline(parts.place, parts.date_text, None, parts.paragraph)
    best = min(candidates, key=lambda day: abs((day - published_on).days))
    return Dateline(parts.place, parts.date_text, best, parts.paragraph)


def _month_day(text: str) -> tuple[int, str]:
    """``Oct. 9``, ``27 октября`` or ``10月9日``: the month's number and the day as
    written."""
    numeric = re.fullmatch(r"(\d{1,2})月(\d{1,2})日", text)
    if numeric is not None:
        return int(numeric[1]), numeric[2]
    month_name, day_text = text.replace(".", "").split()
    if month_name.isdigit():  # the day first
        month_name, day_text = day_text, month_name
    return month_number(month_name), day_text
