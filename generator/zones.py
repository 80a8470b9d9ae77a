"""The time zone a page's times are in, for pages whose outlet the table does not list.

A listed outlet's home zone is known. Otherwise the page is asked, most telling first:
an offset in its machine timestamps (``2025-10-10T09:14:00+02:00``; a bare ``Z`` says only
that a machine wrote UTC), a zone printed beside a time in its header (``KST``,
``GMT+8``, ``(Beijing time)``), the printed local time against the same moment in UTC
(``6:12pm`` and ``07:12Z``: +11:00), then the wire's home zone, the zone of the page's
language where all its readers share one offset (Chinese +08:00, Korean and Japanese
+09:00), the zone of the dateline city's country, and last the configured zone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from generator.knowledge import Knowledge
from generator.model import Document
from generator.published import Timestamp, first_stamp, parse_timestamp

_MACHINE_KEYS = ("published", "published_ld", "time_element")
_ISO_OFFSET = re.compile(r"T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?P<off>[+-]\d{2}:?\d{2})$")
_UPDATED = re.compile(r"^\W*(?:updated|modified|last updated)\b", re.IGNORECASE)
_QUARTER = dt.timedelta(minutes=15)
_MAX_OFFSET = dt.timedelta(hours=14)


def page_zone(
    doc: Document,
    header: Sequence[str],
    names: tuple[str | None, str | None, str | None],
    knowledge: Knowledge,
    defaults: tuple[str, str],
) -> str:
    """An IANA zone name or a fixed offset (``+09:00``). ``names``: the outlet, the wire
    and the dateline's place; ``defaults``: the page's language and the configured zone."""
    outlet, wire, place = names
    language, default = defaults
    known = knowledge.outlet(outlet)
    if known is not None:
        return known.zone
    stated = _machine_offset(doc) or _printed_zone(header, knowledge) or _paired_offset(doc, header)
    if stated is not None:
        return stated
    agency = knowledge.outlet(wire)
    if agency is not None:
        return agency.zone
    zones = knowledge.words.get("zones", {})
    return zones.get("languages", {}).get(language) or _place_zone(place, knowledge) or default


def _machine_offset(doc: Document) -> str | None:
    """A non-zero offset in the page's machine timestamps: the zone its writer was in."""
    for key, value in doc.meta:
        match = _ISO_OFFSET.search(value.strip()) if key in _MACHINE_KEYS else None
        if match is not None and match["off"].replace(":", "") not in ("+0000", "-0000"):
            return _offset_text(match["off"])
    return None


def _printed_zone(header: Sequence[str], knowledge: Knowledge) -> str | None:
    """``2025.10.09 15:15 EDT``, ``3:12 AM GMT+9``, ``10:05 (Beijing time)``."""
    named: dict[str, str] = knowledge.words.get("zones", {}).get("named", {})
    for line in header:
        stamp = _stamp(line)
        if stamp is None or stamp.time is None:
            continue
        if stamp.offset is not None:
            return _format(stamp.offset)
        lowered = line.casefold()
        zone = next((z for words, z in named.items() if words.casefold() in lowered), None)
        if zone is not None:
            return zone
    return None


def _paired_offset(doc: Document, header: Sequence[str]) -> str | None:
    """The printed local time (``Posted … at 6:12pm``) against the machine's UTC moment
    of publication (``07:12:00Z``): their difference, when it is a whole zone's offset."""
    machine = _utc_moment(doc)
    if machine is None:
        return None
    for line in header:
        stamp = _stamp(line)
        if stamp is None or stamp.time is None or stamp.offset is not None:
            continue
        if _UPDATED.match(line):
            continue
        difference = dt.datetime.combine(stamp.day, stamp.time) - machine
        if abs(difference) <= _MAX_OFFSET and not difference % _QUARTER:
            return _format(difference)
        return None
    return None


def _utc_moment(doc: Document) -> dt.datetime | None:
    value = doc.meta_value("published", "published_ld")
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.utcoffset() is None:
        return None
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def _stamp(line: str) -> Timestamp | None:
    return parse_timestamp(line) if len(first_stamp(line).split()) <= 16 else None


def day_at(place: str, moment: dt.datetime | None, knowledge: Knowledge) -> dt.date | None:
    """The day it was at ``place`` at ``moment`` (when both the moment's zone and the
    place's are known): where a story was filed, relative days count from there."""
    zone = _place_zone(place, knowledge)
    if zone is None or moment is None or moment.tzinfo is None:
        return None
    return moment.astimezone(ZoneInfo(zone)).date()


def _place_zone(place: str | None, knowledge: Knowledge) -> str | None:
    countries: dict[str, str] = knowledge.words.get("zones", {}).get("countries", {})
    if not place:
        return None
    country = knowledge.country_of(place)
    return countries.get(country) if country else None


def _offset_text(text: str) -> str:
    digits = text[1:].replace(":", "")
    return f"{text[0]}{digits[:2]}:{digits[2:]}"


def _format(offset: dt.timedelta) -> str:
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(offset) // dt.timedelta(minutes=1)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
