"""Publication timestamps as pages print them, read into the outlet's own zone.

Pages print dates in many shapes (``Published: Sep 29, 2025 10:04 PM``,
``Updated 21:45, 29-Sep-2025``, ``15:07 October 09, 2025``, ``10/07/2025 at 03:48 am
EDT``). ``parse_timestamp`` finds one date (and, if present, a time and a zone) in a line.

An all-numeric date such as ``10/09/2025`` reads two ways. The one nearest a month and
day the article names in words (``month_days`` of its dateline or lead: "BEIJING, Oct.
9") wins, since a page is dated when the news it reports happened or soon after; with no
such evidence, or a tie, the outlet's own order does; a US time zone means month first.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass

from generator.furniture import word_count

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # Russian, by the first three letters of every case (``27 окт 2025``, ``27 октября``)
    "янв": 1,
    "фев": 2,
    "мар": 3,
    "апр": 4,
    "май": 5,
    "мая": 5,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "окт": 10,
    "ноя": 11,
    "дек": 12,
    # Ukrainian, likewise (``25 травня 2025, 14:37``, ``16 серп 2025``)
    "січ": 1,
    "лют": 2,
    "бер": 3,
    "кві": 4,
    "тра": 5,
    "чер": 6,
    "лип": 7,
    "сер": 8,
    "вер": 9,
    "жов": 10,
    "лис": 11,
    "гру": 12,
    # French, Italian, Spanish and German, by their first three letters, or four where
    # three do not tell the month (``juin``, ``juillet``): the stamps of outlets that
    # publish in several languages (``02 décembre 2025``, ``7 ottobre 2025``).
    "fév": 2,
    "fev": 2,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juil": 7,
    "aoû": 8,
    "aou": 8,
    "déc": 12,
    "gen": 1,
    "mag": 5,
    "giu": 6,
    "lug": 7,
    "ago": 8,
    "set": 9,
    "ott": 10,
    "dic": 12,
    "ene": 1,
    "abr": 4,
    "mär": 3,
    "okt": 10,
    "dez": 12,
    # Arabic, by their first three letters, with and without the hamza (``10 أكتوبر 2025``)
    "ينا": 1,
    "فبر": 2,
    "مار": 3,
    "أبر": 4,
    "ابر": 4,
    "ماي": 5,
    "يون": 6,
    "يول": 7,
    "أغس": 8,
    "اغس": 8,
    "سبت": 9,
    "أكت": 10,
    "اكت": 10,
    "نوف": 11,
    "ديس": 12,
}


def month_number(name: str) -> int:
    """The month a name or abbreviation matched by ``_MON`` stands for."""
    word = name.lower()
    return MONTHS.get(word[:4]) or MONTHS[word[:3]]


ZONE_OFFSETS = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "KST": 9,
    "JST": 9,
    "CST": 8,
    "HKT": 8,
    "SGT": 8,
    "EDT": -4,
    "EST": -5,
    "CDT": -5,
    "PDT": -7,
    "PST": -8,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "MSK": 3,
    "IST": 5.5,  # India (the press's "IST"; Irish and Israeli time are written otherwise)
}
US_ZONES = {"EDT", "EST", "CDT", "PDT", "PST", "ET"}
# Zones of countries that write the day first: "01/09/2025 17:52 IST" is September 1.
DAY_FIRST_ZONES = {"IST", "BST", "CET", "CEST", "MSK"}

_MON = (
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    r"|Янв|Фев|Мар|Апр|Ма[йя]|Июн|Июл|Авг|Сен|Окт|Ноя|Дек"
    r"|Січ|Лют|Бер|Кві|Тра|Чер|Лип|Сер|Вер|Жов|Лис|Гру"
    r"|F[ée]v|Avr|Mai|Jui[nl]|Ao[ûu]|Déc|Gen|Mag|Giu|Lug|Ago|Set|Ott|Dic|Ene|Abr|Mär|Okt|Dez"
    r"|يناير|فبراير|مارس|[أا]بريل|مايو|يونيو|يوليو|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|ديسمبر)"
    r"[^\W\d_]*\.?"
)
_DATE_PATTERNS = (
    re.compile(r"(?P<y>20\d\d|19\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    # ``Oct 10, 2025``, and as some pages print it, ``Oct.10,2025``
    re.compile(
        rf"\b{_MON}(?:\s+|(?<=\.))(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>\d{{4}})\b",
        re.I,
    ),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s-]+{_MON},?[\s-]+(?P<y>\d{{4}})\b", re.I),
    re.compile(rf"\(?(?P<y>\d{{4}})\)?,?\s+{_MON}\s+(?P<d>\d{{1,2}})\b", re.I),
    re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b"),
    re.compile(r"(?P<y>\d{4})\s*[년年]\s*(?P<m>\d{1,2})\s*[월月]\s*(?P<d>\d{1,2})\s*[일日]"),
    # ``[28.09.2025 08:05]``: with full stops the day always comes first
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>20\d\d)(?![\d.])"),
)
_YEAR = re.compile(r"\d{4}")
_TIME = re.compile(
    r"(?P<kr>오전|오후)?\s*(?<![\d:+-])(?P<h>\d{1,2})(?::|\.(?=\d{2}\s*(?:[ap]\.?m|[A-Z]{2,4}\b)))"
    r"(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\s*(?P<ampm>[ap]\.?m\.?))?(?![\d:])",
    re.I,
)
_ZONE = re.compile(
    r"\b(?P<name>UTC|GMT|KST|JST|CST|HKT|SGT|EDT|EST|CDT|PDT|PST|BST|CEST|CET|MSK|IST|ET)"
    r"(?:\s*(?P<off>[+-]\d{1,2})(?::?(?P<offm>\d{2}))?)?\b"
    r"|(?<=\d)\s+(?P<bare>[+-]\d{4})\b"
)
# Zones named by region, whose offset depends on the season.
ZONE_REGIONS = {"ET": "America/New_York"}
# "2025-09-04T21:10+08:00", also with a space for the T (as Python prints a datetime,
# and so front matter written by a script may hold it).
_ISO_OFFSET = re.compile(
    r"(?:T|(?<=\d-\d\d) )\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?P<off>Z|[+-]\d{2}:?\d{2})"
)


@dataclass(frozen=True)
class Timestamp:
    day: dt.date
    time: dt.time | None = None
    offset: dt.timedelta | None = None  # stated in the text; None when the text gives none
    text: str = ""


MonthDay = tuple[int, int]

# ``Published on October 11, 2025, at 3:47 pm (Paris) Updated on …``: what follows the
# label of a later stamp is another moment.
_LATER_STAMP = re.compile(r"\s+(?=\W*(?:updated|modified|last updated)\b)", re.IGNORECASE)


def first_stamp(line: str) -> str:
    """The part of a line before a later stamp's label ("Updated", "Modified"), if any.
    An ASCII line holds a label only if, lowercased, it holds one of the label's words:
    the case-blind split is tried at every space of the line, and most lines are prose."""
    text = line.strip()
    if text.isascii() and not any(map(text.lower().__contains__, _LATER_WORDS)):
        return text
    return _LATER_STAMP.split(text, maxsplit=1)[0]


_LATER_WORDS = ("updated", "modified")  # every label of ``_LATER_STAMP`` holds one


def parse_timestamp(
    line: str, order: str = "DMY", near: Sequence[MonthDay] = ()
) -> Timestamp | None:
    """The first date in ``line`` with its time and zone if printed. ``order`` reads 1/2/2025,
    unless the months and days ``near`` it (the article's own) favour the other reading."""
    printed = line.strip()
    if "Juche" in line or "주체" in line:
        line = _JUCHE.sub(_gregorian, line)
    if not _YEAR.search(line):
        return None  # every date we read has a four-digit year: most lines have none
    zone = _ZONE.search(line)
    if zone is not None and zone["name"] in US_ZONES:
        order, near = "MDY", ()
    elif zone is not None and zone["name"] in DAY_FIRST_ZONES:
        order, near = "DMY", ()
    day = _find_day(line, order, near)
    if day is None:
        return None
    # The zone's own digits ("GMT+08:00") are not the time.
    numeric = zone is not None and (zone["off"] or zone["bare"])
    timed = _blank(line, zone.start(), zone.end()) if zone and numeric else line
    # "Published Oct. 11, 2025 Updated Oct. 12, 2025, 1:14 a.m. ET": the time is the
    # update's, unless the update is the only stamp ("By NAME | Updated: 2025-09-30 07:42").
    first = first_stamp(timed)
    clock = _find_time(first if _YEAR.search(first) else timed)
    return Timestamp(day, clock, _find_offset(line, zone, day, clock), printed)


# ``1 OCT, 09:47``: some pages (TASS) print the year only on older stories; such a line, a
# day and month with at most a time, takes the year of the page's copyright line.
_YEARLESS = (
    re.compile(rf"^\W*(?P<d>\d{{1,2}})\s+{_MON}(?P<rest>[\s,]+\d{{1,2}}:\d{{2}}.{{0,8}})?$", re.I),
    re.compile(rf"^\W*{_MON}\s+(?P<d>\d{{1,2}})(?P<rest>[\s,]+\d{{1,2}}:\d{{2}}.{{0,8}})?$", re.I),
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)[\s©]*(?:[^\W\d][\w.&' -]{0,40}?\s)?"
    r"(?:(?:19|20)\d\d\s*[-–]\s*)?(?P<y>(?:19|20)\d\d)\b",
    re.I,
)


def copyright_year(lines: Sequence[str]) -> int | None:
    """The year a page's copyright line claims (``© 2025 TASS``, ``(C) 2003-2025``, the
    holder first as TASS's own footer has it: ``© TASS 1999-2025``)."""
    for line in lines:
        match = _COPYRIGHT.search(line)
        if match is not None:
            return int(match["y"])
    return None


def yearless_stamp(header: Sequence[str], footer: Sequence[str]) -> Timestamp | None:
    """The header's stamp printed without a year, in the year of the footer's copyright."""
    year = copyright_year(footer)
    stamps = (parse_yearless(line, year) for line in header) if year is not None else ()
    return next((stamp for stamp in stamps if stamp is not None), None)


def parse_yearless(line: str, year: int) -> Timestamp | None:
    """A stamp line with no year (``1 OCT, 09:47``), read in ``year``."""
    for pattern in _YEARLESS:
        match = pattern.match(line.strip())
        if match is not None:
            dated = f"{match['d']} {match['mon']} {year}{match['rest'] or ''}"
            return parse_timestamp(dated)
    return None


# North Korea's calendar counts from 1912 (Juche 1): ``Juche 114 (2025)``, ``Juche114.10.10``,
# ``주체114(2025)년``. The year in brackets, else the count, gives the common year.
_JUCHE = re.compile(r"(?:Juche|주체)\s*(?P<count>\d{1,3})(?:\s*\((?P<year>\d{4})\))?")
JUCHE_EPOCH = 1911


def _gregorian(match: re.Match[str]) -> str:
    return match["year"] or str(JUCHE_EPOCH + int(match["count"]))


def _blank(line: str, start: int, end: int) -> str:
    return line[:start] + " " * (end - start) + line[end:]


def _find_day(line: str, order: str, near: Sequence[MonthDay]) -> dt.date | None:
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(line):
            day = _date_from(match.groupdict(), order, near)
            if day is not None:
                return day
    return None


def _date_from(
    parts: dict[str, str | None], order: str, near: Sequence[MonthDay]
) -> dt.date | None:
    year = int(parts["y"] or 0)
    if parts.get("mon"):
        month = month_number(parts["mon"] or "")
        return _day(year, month, int(parts["d"] or 0))
    if parts.get("a"):
        return _numeric(year, int(parts["a"] or 0), int(parts["b"] or 0), order, near)
    return _day(year, int(parts["m"] or 0), int(parts["d"] or 0))


def _numeric(
    year: int, first: int, second: int, order: str, near: Sequence[MonthDay]
) -> dt.date | None:
    """``10/09/2025``: the reading nearest the article's own months and days, else ``order``'s
    (a number above 12 can only be the day)."""
    preferred = (first, second) if order == "MDY" else (second, first)
    readings = [
        day for day in (_day(year, *preferred), _day(year, *reversed(preferred))) if day is not None
    ]
    if not readings or not near:
        return readings[0] if readings else None
    return min(readings, key=lambda day: _distance(day, near))  # a tie keeps ``order``'s


def _distance(day: dt.date, near: Sequence[MonthDay]) -> int:
    """Days from ``day`` to the nearest of these months and days, in any year around it."""
    others = (
        _day(year, *month_day) for month_day in near for year in range(day.year - 1, day.year + 2)
    )
    return min((abs((day - other).days) for other in others if other is not None), default=0)


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A month's whole name or its short form, not any word that starts like one ("Marine").
_MONTH_WORD = (
    rf"(?P<mon>(?:{'|'.join(calendar.month_name[1:])}|{'|'.join(sorted(MONTHS, key=len)[::-1])})"
    r"\b\.?)"
)
_MONTH_DAY = (
    re.compile(rf"\b{_MONTH_WORD}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)", re.I),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_WORD}", re.I),
)
_DIGIT = re.compile(r"\d")


def month_days(text: str) -> tuple[MonthDay, ...]:
    """The months and days ``text`` names in words: "Oct. 9", "9 October", "Sept 28th"."""
    if _DIGIT.search(text) is None:
        return ()  # every match holds the day's digits: the case-blind searches are slow
    found = []
    for pattern in _MONTH_DAY:
        for match in pattern.finditer(text):
            month, day = month_number(match["mon"]), int(match["d"])
            if 1 <= day <= 31:
                found.append((month, day))
    return tuple(found)


# ``19時45分``, ``오후 9시 12분``, ``下午3点20分``: hours and minutes by their CJK signs.
_CJK_TIME = re.compile(
    r"(?P<kr>오전|오후|午前|午後|上午|下午)?\s*(?<!\d)(?P<h>\d{1,2})\s*[時时시点點]\s*"
    r"(?P<mi>\d{1,2})\s*[分분]"
)
_HALF_DAY = {"오후": "pm", "午後": "pm", "下午": "pm", "오전": "am", "午前": "am", "上午": "am"}


def _find_time(line: str) -> dt.time | None:
    match = _TIME.search(line)
    if match is None and not line.isascii():
        match = _CJK_TIME.search(line)
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["mi"])
    ampm = (match.groupdict().get("ampm") or "").lower().replace(".", "")
    ampm = _HALF_DAY.get(match["kr"] or "", ampm)
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute, int(match.groupdict().get("s") or 0))


def _find_offset(
    line: str, zone: re.Match[str] | None, day: dt.date, clock: dt.time | None
) -> dt.timedelta | None:
    iso = _ISO_OFFSET.search(line)
    if iso is not None:
        text = iso["off"]
        if text == "Z":
            return dt.timedelta(0)
        sign = -1 if text[0] == "-" else 1
        digits = text[1:].replace(":", "")
        return sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    if zone is None:
        return None
    if zone["bare"]:
        text = zone["bare"]
        sign = -1 if text[0] == "-" else 1
        return sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[3:]))
    if zone["name"] in ZONE_REGIONS:
        moment = dt.datetime.combine(day, clock or dt.time(12))
        return moment.replace(tzinfo=zoneinfo.ZoneInfo(ZONE_REGIONS[zone["name"]])).utcoffset()
    hours = ZONE_OFFSETS[zone["name"]]
    if zone["off"]:
        sign = -1 if zone["off"].startswith("-") else 1
        return dt.timedelta(hours=int(zone["off"])) + sign * dt.timedelta(
            minutes=int(zone["offm"] or 0)
        )
    return dt.timedelta(hours=hours)


def localise(
    stamp: Timestamp, zone_name: str, *, convert: bool = False
) -> tuple[dt.datetime | None, dt.date]:
    """The aware publication time (if a time is known) and its local day.

    A zone printed on the page is kept: the page's own day is the one its readers saw.
    Without one the time is the outlet's local time. Machine timestamps (meta tags,
    often in UTC) are converted into the outlet's zone with ``convert=True``.
    """
    if stamp.time is None:
        return None, stamp.day
    zone = _zone(zone_name)
    naive = dt.datetime.combine(stamp.day, stamp.time)
    if stamp.offset is None:
        local = naive.replace(tzinfo=zone)
    elif not convert:
        local = naive.replace(tzinfo=dt.timezone(stamp.offset))
    else:
        local = naive.replace(tzinfo=dt.timezone(stamp.offset)).astimezone(zone)
    return _fixed(local), local.date()


def _zone(name: str) -> dt.tzinfo:
    """An IANA zone, or a fixed offset such as ``+09:00`` (a page's own, its zone unnamed)."""
    fixed = _FIXED_OFFSET.fullmatch(name)
    if fixed is not None:
        sign = -1 if fixed["sign"] == "-" else 1
        return dt.timezone(sign * dt.timedelta(hours=int(fixed["h"]), minutes=int(fixed["m"])))
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC


_FIXED_OFFSET = re.compile(r"(?P<sign>[+-])(?P<h>\d{2}):(?P<m>\d{2})")


def _fixed(moment: dt.datetime) -> dt.datetime:
    """The same instant with a plain fixed offset, so ``isoformat`` prints ``+08:00``."""
    offset = moment.utcoffset() or dt.timedelta(0)
    return moment.replace(tzinfo=dt.timezone(offset))


def closing_stamp(
    footer: Sequence[str], order: str, near: Sequence[MonthDay] = ()
) -> Timestamp | None:
    """A date printed alone right after the text (KCNA's and Rodong Sinmun's
    ``Juche114(2025).10.28.``, a paywalled teaser's "NAME, staff writer" then
    "September 2, 2025 00:15 JST"), for a page whose header prints none. Only the first lines
    after the text count, and only a line that is nothing but a date: further down come
    related headlines and captions, whose dates are other stories'."""
    lines = [line for line in footer if line.strip()][:_CLOSING_LINES]
    for line in lines:
        if word_count(line, limit=6) <= _STAMP_WORDS:
            stamp = parse_timestamp(line, order, near)
            if stamp is not None:
                return stamp
    return None


_CLOSING_LINES = 2
_STAMP_WORDS = 5  # a day, a month, a year, a time and a zone
_LABEL = re.compile(r"^\W*(published|issued|posted|date|updated|modified|last updated)\b", re.I)


def printed_stamp(
    header: tuple[str, ...], order: str, near: tuple[MonthDay, ...]
) -> Timestamp | None:
    """The publication stamp printed in the header: ``Published`` beats ``Updated``."""
    ranked: list[tuple[int, bool, int, Timestamp]] = []
    for index, line in enumerate(header):
        if word_count(first_stamp(line), limit=16) > 16:
            continue
        stamp = parse_timestamp(line, order, near)
        if stamp is None:
            continue
        label = _LABEL.match(line)
        rank = (
            1
            if label is None
            else (2 if label.group(1).lower() in {"updated", "modified", "last updated"} else 0)
        )
        ranked.append((rank, stamp.time is None, index, stamp))
    return min(ranked, key=lambda item: item[:3])[3] if ranked else None
