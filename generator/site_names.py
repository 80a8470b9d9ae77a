"""Naming an outlet the outlets table does not know, from what its page says of itself.

Only where a page names itself counts: the end of its ``<title>`` ("Headline | Taipei
Times"), the holder of its copyright footer ("© 2025 The Korea Times"), a text copy's
masthead line, a "Source: X" line in the header, and last its own web address. A short
name is spelled out when the page spells it ("RFA" → "Radio Free Asia", ``dw.com`` →
"Deutsche Welle"); a domain nobody spells out is shown as the domain ("taipeitimes.com").
An advertisement, a "More from X" link or a share button never names the outlet: they are
neither whole header lines nor parts of the title; a wire service's name names a wire.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import islice
from urllib.parse import urlsplit

from generator.furniture import is_byline
from generator.knowledge import Knowledge

_TITLE_BREAK = re.compile(r"\s[-–—|·]\s|\s*--\s*|_")
_COPYRIGHT_MARK = re.compile(
    r"^(?:\s|copyright\b|©|ⓒ|\(c\)|by\b|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?|,)+",
    re.IGNORECASE,
)
_RIGHTS = re.compile(r"\s*[.,;]?\s*all rights reserved.*$", re.IGNORECASE)
# Where the holder's name ends: ``RFA. Used with…``, not ``The Henry L. Stimson Center``.
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])\.\s|[;:|]\s|\s[-–|]\s")
_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]")
_SENDER = re.compile(r"^from\s*:\s*|\s*<[^<>\s]+@[^<>\s]+>\s*$", re.IGNORECASE)
_NOT_IN_NAMES = re.compile(r"[<>@|:=\d]")
_SMALL_WORDS = frozenset(("of", "the", "and", "for", "de", "du", "der", "&"))
_MAX_WORDS = 6


def unlisted_name(
    kind: str, lines: Sequence[str], knowledge: Knowledge, page_lines: Sequence[str] = ()
) -> str | None:
    """The outlet a page names in one kind of place (``title``, ``copyright``,
    ``masthead``, ``source`` or ``address``), when no table entry matches."""
    finders = {
        "title": _title_suffix,
        "copyright": _copyright_holder,
        "masthead": _masthead_line,
        "source": source_line,
        "address": _address_name,
    }
    name = finders[kind](lines, knowledge)
    if name is None or knowledge.outlet_pattern.search(name) is not None:
        return None  # ``TASS Russian News Agency``: the table's own rules find listed names
    return _spelled_out(name, page_lines) or name


def _title_suffix(lines: Sequence[str], knowledge: Knowledge) -> str | None:
    """``Headline - Taipei Times``, ``Headline – DW – 10/10/2025``: the last part that is
    not a date, when what comes before it is the longer (the headline)."""
    title = lines[0] if lines else ""
    parts = [part.strip() for part in _TITLE_BREAK.split(title) if part.strip()]
    while len(parts) > 1 and not any(char.isalpha() for char in parts[-1]):
        parts.pop()
    if len(parts) < 2:
        return None
    suffix = parts[-1]
    if len(suffix.split()) > len(" ".join(parts[:-1]).split()):
        return None
    return suffix if _looks_like_name(suffix, knowledge) else None


def _copyright_holder(lines: Sequence[str], knowledge: Knowledge) -> str | None:
    """``Copyright © 1999-2025 The Taipei Times. All rights reserved.`` → The Taipei Times."""
    for line in lines:
        text = line.strip()
        marked = _COPYRIGHT_MARK.match(text)
        if marked is None or not re.search(r"©|ⓒ|copyright|\(c\)", marked.group(0), re.I):
            continue
        holder = _RIGHTS.sub("", text[marked.end() :])
        holder = _ASIDE.sub("", _SENTENCE_BREAK.split(holder, maxsplit=1)[0])
        holder = _without_company_form(holder.strip(" .,"), knowledge)
        holder = re.sub(r"^the\b", "The", holder)  # ``… by the Daily Example``
        if holder and _looks_like_name(holder, knowledge):
            return _readable_case(holder)
    return None


def _without_company_form(name: str, knowledge: Knowledge) -> str:
    """``Korea Risk Group Ltd.`` → Korea Risk Group: the company's legal form; ``The Mainichi
    Newspapers`` → The Mainichi: what the company adds to its paper's name, when a name
    is left (``company_words``)."""
    forms = _words(knowledge, "company_forms")
    name = _pattern(rf"[\s,]+(?:{_any(forms)})\.?$", re.IGNORECASE).sub("", name).strip(" ,")
    words = _words(knowledge, "company_words")
    bare = _pattern(rf"\s+(?:{_any(words)})$", re.IGNORECASE).sub("", name)
    return bare if re.sub(r"^the\s+", "", bare, flags=re.IGNORECASE).strip() else name


def _masthead_line(lines: Sequence[str], knowledge: Knowledge) -> str | None:
    """The first lines of a copied page: a short name with a masthead word (``Times``,
    ``Review``, ``日报``) is the paper's masthead."""
    words = _words(knowledge, "masthead_words")
    marks = _pattern(rf"(?<![^\W\d_])(?:{_any(words)})(?![^\W\d_])")
    printed = (_SENDER.sub("", line.strip()) for line in lines if line.strip())
    for line in islice(printed, 4):
        if knowledge.outlet_named(line) is not None:
            return None  # the masthead is a listed name: ``TASS`` / ``Russian News Agency``
        if _MENU_GAP.search(line):
            continue  # a menu copied in columns: ``LIVE TV   हिन्दी``
        if _looks_like_name(line, knowledge) and marks.search(line.replace("-", " ")):
            return _readable_case(line)
    return None


_MENU_GAP = re.compile(r"\S(?: {2,}|\t)\S")


def source_line(lines: Sequence[str], knowledge: Knowledge) -> str | None:
    """``Source: China News Service | 2025-10-10 10:05``, ``来源：环球网``."""
    labels = _words(knowledge, "source_labels")
    label = _pattern(rf"^(?:{_any(labels)})\s*[:：]\s*", re.IGNORECASE)
    for line in lines:
        match = label.match(line.strip())
        if match is None:
            continue
        name = re.split(r"\s+[|｜]\s*|\s{2,}|\s\d", line.strip()[match.end() :])[0].strip(" .,")
        if _looks_like_name(name, knowledge):
            return name
    return None


def _address_name(lines: Sequence[str], knowledge: Knowledge) -> str | None:
    """``https://www.taipeitimes.com/News/…`` → taipeitimes.com (spelled out later when
    the page spells it)."""
    host = urlsplit(lines[0]).hostname if lines and lines[0] else None
    if not host:
        return None
    labels = host.removeprefix("www.").split(".")
    second_level = len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3
    return ".".join(labels[-3:] if second_level else labels[-2:]) or None


def _words(knowledge: Knowledge, name: str) -> tuple[str, ...]:
    return tuple(knowledge.words.get("outlet_names", {}).get(name, []))


@cache
def _any(words: tuple[str, ...]) -> str:
    """A regex matching any of the words as written; none matches nothing."""
    return "|".join(map(re.escape, words)) or "(?!)"


@cache
def _pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _looks_like_name(text: str, knowledge: Knowledge) -> bool:
    """A few words, starting with a capital (or in a script without capitals), with no
    sentence in them; not a place or a section name ("World", "Asia")."""
    words = text.split()
    if not 1 <= len(words) <= _MAX_WORDS or len(text) > 60 or text[-1] in ".!?:":
        return False
    if _NOT_IN_NAMES.search(text) or text[0].islower() or is_byline(text):
        return False
    if text.isascii() and any(w[0].islower() and w not in _SMALL_WORDS for w in words):
        return False
    sections = knowledge.words.get("outlet_names", {}).get("not_names", [])
    if text.casefold() in {section.casefold() for section in sections}:
        return False
    return knowledge.place(text) is None


def _readable_case(name: str) -> str:
    """``THE MAINICHI NEWSPAPERS`` → The Mainichi Newspapers; ``RFA`` stays."""
    if name.isupper() and any(len(word) > 4 for word in name.split()):
        return " ".join(word.capitalize() for word in name.split())
    return name


def _spelled_out(name: str, lines: Iterable[str]) -> str | None:
    """The words a page spells a short name with: ``RFA`` → Radio Free Asia (by initials),
    ``taipeitimes.com`` → Taipei Times (by letters)."""
    short = name.split(".")[0].casefold() if "." in name else name.casefold()
    if " " in short or not short.isalnum() or not 2 <= len(short) <= 20:
        return None
    for line in lines:
        found = _spelled_in(short, line.split(), name.casefold())
        if found is not None:
            return found
    return None


def _spelled_in(short: str, words: list[str], name: str) -> str | None:
    """The first run of capitalised words spelling ``short`` that is not ``name`` itself."""
    for start, first in enumerate(words):
        if not first[:1].isupper():
            continue
        for end in range(start + 1, min(len(words), start + _MAX_WORDS) + 1):
            run = [word.strip(",.;:()\"'") for word in words[start:end]]
            if not run[-1][:1].isupper():
                if run[-1].casefold() in _SMALL_WORDS:
                    continue
                break
            letters = "".join(ch for word in run for ch in word.casefold() if ch.isalnum())
            initials = "".join(word[0].casefold() for word in run)
            spelled = letters in (short, f"the{short}") or (len(run) > 1 and initials == short)
            if spelled and " ".join(run).casefold() != name:
                return " ".join(run)
    return None
