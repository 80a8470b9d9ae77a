"""Whose page is it, and which agency wrote the story?

Only places where a page names itself count: metadata, the masthead, the byline,
the dateline credit, a trailing credit line, the copyright footer, and "told the X"
(outlets quoting their own interviews). A cited source ("KCNA reported") or a photo
credit is never the outlet. When nothing names the outlet it stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from generator.furniture import is_byline
from generator.knowledge import CaseBlind, Knowledge, Outlet, case_blind, matches_no_ascii
from generator.phrase_lists import alternation
from generator.required_text import required_text
from generator.site_names import source_line, unlisted_name

_COPYRIGHT = case_blind(r"copyright|©|all rights reserved|\bby\b.*corporation")
_MASTHEAD_BREAK = re.compile(r"\s[-–|]\s")
_TOLD = re.compile(r"\btold (?:the )?((?:[A-Z][\w'.-]*\s?){1,4})")
_CREDIT = re.compile(r"\(?\b([A-Z][\w ]{1,30}?)\)")
_CREDIT_LABEL = re.compile(r"^(?:source|credit)\s*:\s*", re.IGNORECASE)
_COLUMN_GAP = re.compile(r" {3,}|\t")
_HEAD_LABEL = re.compile(r"^from\s*:\s*", re.IGNORECASE)  # a copied e-mail's sender
_SENDER_ADDRESS = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>\s*$")  # ``NK News <news@nknews.org>``
_TITLE_BREAK = re.compile(r"\s[-–—|]\s|\s*--\s*|_")


@dataclass(frozen=True)
class PageText:
    """The parts of a page that may name its outlet."""

    meta_names: tuple[str, ...]
    page_title: str | None
    header: tuple[str, ...]
    footer: tuple[str, ...]
    body: tuple[str, ...]
    dateline_agency: str | None
    address: str | None = None  # the page's own web address (canonical link, og:url)
    lines: tuple[str, ...] = ()  # every line, for the signatures of publishing platforms


def find_outlet(page: PageText, knowledge: Knowledge) -> tuple[str | None, str | None]:
    """(outlet, wire): canonical names, or None when the page does not say.

    The places are tried in order of trust, each only when those before it gave nothing."""
    mastheads = _mastheads(page.header, knowledge)
    outlet = _first(
        lambda: _from_meta(page.meta_names, knowledge),
        lambda: _from_address(page.address, knowledge),
        lambda: _title_suffix(page.page_title, knowledge),
        lambda: _of_kind(mastheads, "outlet"),
        lambda: _bylines(page.header, knowledge),
        lambda: _copyright(page.footer, knowledge, kind="outlet"),
        lambda: _signed(page.lines, knowledge),
        lambda: _self_named(page, knowledge, ("title", "masthead", "copyright")),
        lambda: _told(page.body, knowledge),
        lambda: _listed_source(page.header, knowledge),
        lambda: _self_named(page, knowledge, ("source", "address")),
        lambda: _of_kind(mastheads, "agency"),
        lambda: _title_suffix(page.page_title, knowledge, kind="agency"),
    )
    wire = _first(
        lambda: _agency(page.dateline_agency, knowledge),
        lambda: _credits(page.header, knowledge),
        lambda: _byline_agency(page.header, knowledge),
        lambda: _trailing_credit(page.footer, knowledge),
        lambda: _copyright(page.footer, knowledge, kind="agency"),
        lambda: _of_kind(mastheads, "agency") if outlet else None,
    )
    if wire is not None and wire == outlet:
        wire = None
    return outlet, wire


def _self_named(page: PageText, knowledge: Knowledge, kinds: Sequence[str]) -> str | None:
    """An outlet the table does not list, named by the page itself (``site_names``)."""
    places = {
        "title": (page.page_title or "",),
        "copyright": page.footer,
        "masthead": page.lines if page.page_title is None else (),  # a text copy's top line
        "source": page.header,
        "address": (page.address or "",),
    }
    spelled = (page.page_title or "", *page.meta_names, *page.footer, *page.lines)
    for kind in kinds:
        name = unlisted_name(kind, places[kind], knowledge, spelled)
        if name is not None:
            return name
    return None


def _listed_source(header: Sequence[str], knowledge: Knowledge) -> str | None:
    """``Source: Global Times | 2025-10-10``: a copy of a listed outlet's article (a
    listed agency there is the wire, found by ``_credits``)."""
    name = source_line(header, knowledge)
    known = knowledge.outlet_named(name) if name else None
    return known.name if known is not None and known.kind == "outlet" else None


def _first(*finders: Callable[[], str | None]) -> str | None:
    return next((name for name in (find() for find in finders) if name), None)


def _from_meta(names: Sequence[str], knowledge: Knowledge) -> str | None:
    for name in names:
        known = knowledge.outlet_named(name)
        if known is not None:
            return known.name
    return names[0].strip() if names else None


def _from_address(address: str | None, knowledge: Knowledge) -> str | None:
    """``https://www.france24.com/en/…``: a site whose domain the table knows. Sub-domains
    (``www.``, ``en.``) are dropped one by one until a known domain is left."""
    host = urlsplit(address).hostname if address else None
    labels = host.split(".") if host else []
    for start in range(max(0, len(labels) - 1)):
        known = knowledge.outlet_named(".".join(labels[start:]))
        if known is not None:
            return known.name
    return None


def _title_suffix(title: str | None, knowledge: Knowledge, kind: str = "outlet") -> str | None:
    """``Headline | The Japan Times``, ``标题--时政--人民网``: the site signs its page title.
    An agency's name there is its own site only when nothing else names the outlet."""
    if not title:
        return None
    known = knowledge.outlet_named(_TITLE_BREAK.split(title)[-1].strip())
    return known.name if known is not None and known.kind == kind else None


def _signed(lines: Sequence[str], knowledge: Knowledge) -> str | None:
    """A publishing platform's sentence naming the publication: "Thanks for reading X!".
    Each pattern is tried on the lines only when the page holds the text it needs."""
    page = "\n".join(lines)
    for pattern, needed in _signatures(knowledge):
        if needed not in page:
            continue
        for line in lines:
            match = pattern.search(line)
            if match is not None:
                known = knowledge.outlet_named(match["name"])
                return known.name if known is not None else match["name"].strip()
    return None


def _signatures(knowledge: Knowledge) -> tuple[tuple[re.Pattern[str], str], ...]:
    patterns = knowledge.words.get("outlet_signatures", {}).get("name_in", [])
    return _compiled_signatures(tuple(patterns))


@cache
def _compiled_signatures(patterns: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each pattern, with the text every match of it holds ("" when unsure)."""
    return tuple((re.compile(pattern), required_text(pattern)) for pattern in patterns)


def _mastheads(lines: Sequence[str], knowledge: Knowledge) -> list[Outlet]:
    """The outlets of header lines that are an outlet's name, alone or before a dash and a
    date, in order (read once: both kinds of outlet are looked for among them). An
    e-mail's ``From:`` label and the sender's address do not hide the name."""
    editions = _editions(tuple(knowledge.words.get("mastheads", {}).get("edition_words", [])))
    buttons = _buttons(tuple(knowledge.words.get("junk", {}).get("lines", [])))
    heads = (_head(line) for line in lines if not buttons.search(line.strip()))
    return [known for head in heads if (known := _masthead(head, editions, knowledge))]


def _head(line: str) -> str:
    """What may be a masthead in a header line: the part before a dash or bar, without a
    ``From:`` label or a sender's address. (Each regex only where its mark is.)"""
    text = line.strip()
    if "   " in text or "\t" in text:  # a printed page's header: ``NAME      Wednesday, …``
        text = _COLUMN_GAP.split(text, 1)[0]
    if "-" in text or "–" in text or "|" in text:
        text = _MASTHEAD_BREAK.split(text, 1)[0]
    if ":" in text:
        text = _HEAD_LABEL.sub("", text)
    return _without_sender(text)


def _without_sender(head: str) -> str:
    """``NK News <news@nknews.org>`` → NK News. The regex starts with ``\\s*``, so it is
    tried at every position: only where there is an address."""
    return _SENDER_ADDRESS.sub("", head) if "@" in head else head


def _masthead(head: str, editions: _Editions, knowledge: Knowledge) -> Outlet | None:
    known = knowledge.outlet_named(head)
    if known is not None:
        return known
    bare = editions.without(head)
    return knowledge.outlet_named(bare) if bare != head else None  # not looked up twice


@dataclass(frozen=True)
class _Editions:
    """``Xinhua English``, ``Yonhap Global``: a masthead may add its edition to the name."""

    pattern: re.Pattern[str]
    ends: tuple[str, ...] | None  # how an ASCII line it can match ends, lowercased

    def without(self, head: str) -> str:
        if self.ends is not None and head.isascii() and not head.lower().endswith(self.ends):
            return head  # the case-blind regex tries every space: only where a word ends it
        return self.pattern.sub("", head)


@cache
def _buttons(lines: tuple[str, ...]) -> CaseBlind:
    """Whole lines that are page furniture ("Print", "Share"): a button is no masthead,
    even when an outlet's name without its "The" is spelled the same ("The Print")."""
    return case_blind(rf"^(?:{alternation(list(lines))})$")


@cache
def _editions(words: tuple[str, ...]) -> _Editions:
    pattern = re.compile(rf"\s+(?:{'|'.join(map(re.escape, words)) or '(?!)'})$", re.IGNORECASE)
    # In ASCII text an ASCII word ignoring case is the word lowercased ("$" may be before a
    # "\n"); a word with a letter no ASCII one matches (中文) is never there; others, unsure.
    if not all(word.isascii() or any(map(matches_no_ascii, word)) for word in words):
        return _Editions(pattern, None)
    ascii_words = [word.lower() for word in words if word.isascii()]
    return _Editions(pattern, (*ascii_words, *(word + "\n" for word in ascii_words)))


def _of_kind(outlets: Sequence[Outlet], kind: str) -> str | None:
    return next((outlet.name for outlet in outlets if outlet.kind == kind), None)


def _bylines(lines: Sequence[str], knowledge: Knowledge) -> str | None:
    """``By Zhao Jia | China Daily | Updated: ...``"""
    for line in lines:
        if "|" not in line:
            continue
        for part in line.split("|"):
            known = knowledge.outlet_named(part.strip())
            if known is not None and known.kind == "outlet":
                return known.name
    return None


def _copyright(lines: Sequence[str], knowledge: Knowledge, kind: str) -> str | None:
    for line in lines:
        if not _COPYRIGHT.search(line):
            continue
        for known in _outlets_in(line, knowledge):
            if known.kind == kind:
                return known.name
    return None


def _outlets_in(line: str, knowledge: Knowledge) -> list[Outlet]:
    """Outlets named anywhere in a line, in order (names of three letters or more)."""
    found: list[Outlet] = []
    for match in knowledge.outlet_pattern.finditer(line):
        outlet = knowledge.outlet_named(match.group(0))
        if outlet is not None and outlet not in found:
            found.append(outlet)
    return found


def _told(paragraphs: Sequence[str], knowledge: Knowledge) -> str | None:
    """Outlets name themselves when quoting their own interviews: "told the Global Times"."""
    for paragraph in paragraphs:
        if "told " not in paragraph:
            continue  # what _TOLD needs: the search is slow, the test for it is not
        for match in _TOLD.finditer(paragraph):
            words = match.group(1).split()
            for size in range(len(words), 0, -1):
                known = knowledge.outlet_named(" ".join(words[:size]))
                if known is not None and known.kind == "outlet":
                    return known.name
    return None


def _agency(name: str | None, knowledge: Knowledge) -> str | None:
    if not name:
        return None
    known = knowledge.outlet_named(name)
    return known.name if known is not None else None


def _credits(lines: Sequence[str], knowledge: Knowledge) -> str | None:
    """An agency credited in parentheses on a header line: ``(Xinhua) 08:03, October 10``."""
    for line in lines:
        for match in _CREDIT.finditer(line):
            known = knowledge.outlet_named(match.group(1))
            if known is not None and known.kind == "agency":
                return known.name
        if line.isascii():
            continue  # only names in other scripts open a dateline credit
        for outlet in knowledge.outlets:  # 新华社平壤10月9日电: Chinese and Korean datelines
            if outlet.kind == "agency" and any(
                line.startswith(s) for s in outlet.aliases if not s.isascii()
            ):
                return outlet.name
    return None


def _byline_agency(lines: Sequence[str], knowledge: Knowledge) -> str | None:
    """The agency a header credits beside its reporter: ``By KIM TONG-HYUNG Associated
    Press``, ``AFP, SEOUL`` (the agency and the place it filed from), ``Le Monde with
    AFP``, ``Julia Meyer with Reuters, AFP`` (the first agency)."""
    for line in lines:
        text = line.strip()
        joint = _WITH_AGENCIES.match(text)
        if joint is not None:
            credited = _trailing_credit((joint["agencies"],), knowledge)
            if credited is not None:
                return credited
        byline = is_byline(text)
        # Elsewhere than in a byline only a name at the start counts: it is matched there,
        # not searched for all along the line (the first match is the one read).
        pattern = knowledge.outlet_pattern
        match = pattern.search(text) if byline else pattern.match(text)
        if match is None or not (byline or _AGENCY_PLACE.fullmatch(text[match.end() :])):
            continue
        if byline and match.end() != len(text.rstrip(" .")):
            continue
        known = knowledge.outlet_named(match.group(0))
        if known is not None and known.kind == "agency":
            return known.name
    return None


_AGENCY_PLACE = re.compile(r",\s*[A-Z][A-Z .'-]{2,30}")
# A byline line crediting agencies after the outlet or reporter: ``Le Monde with AFP``.
_WITH_AGENCIES = re.compile(
    r"^(?i:by\s+)?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:with|and) (?P<agencies>[A-Z].{1,40})$"
)


def _trailing_credit(lines: Sequence[str], knowledge: Knowledge) -> str | None:
    """A footer line that is only agencies' names (``Yonhap``, ``==Kyodo``), perhaps after
    the editors' initials: ``jm/wd (Reuters, AFP)`` credits Reuters first."""
    for line in lines:
        names = _EDITORS.sub("", _CREDIT_LABEL.sub("", line.strip())).strip("=-()[] ")
        parts = _CREDIT_LIST.split(names)
        if not all(1 <= len(part.split()) <= 3 for part in parts):
            continue  # a sentence, not a list of names
        for part in parts:  # ``(dpa, AFP)``: an agency the table does not list is passed by
            known = knowledge.outlet_named(part)
            if known is not None and known.kind == "agency":
                return known.name
    return None


_EDITORS = re.compile(r"^[a-z]{1,4}(?:/[a-z]{1,4})+\s*(?=\()")  # ``jm/wd (`` before the agencies
_CREDIT_LIST = re.compile(r"\s*[,;/]\s*|\s+and\s+")
