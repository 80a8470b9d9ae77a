"""Text hard-wrapped at a fixed width, as copied from a PDF or an e-mail: its lines joined
back into paragraphs, the words broken at a line's end mended, the page headers repeated on
every page and the page numbers dropped.

Such text is told by its lines that stop mid-sentence, the next going on in lower case;
a copy whose every line is a paragraph has hardly any. A line indented more than the one
before it, a blank line, or a line with a wide gap (a page header's columns) starts a new
paragraph.
"""

from __future__ import annotations

import re
from collections import Counter

from generator.date_words import date_words

_CONTINUES = re.compile(r"[^.!?:;\"”’)\]]\s*$")  # a line that stops mid-sentence
_LOWER_LINE_START = re.compile(r"\n[ \t]*[a-z]")
_SENTENCE_ENDS = frozenset('.!?:;"”’)]')
_BROKEN_WORD = re.compile(r"(\w+)-$")  # ``For-`` at a line's end
_NEXT_WORD = re.compile(r"[a-z]\w*")
_WIDE_GAP = re.compile(r"\S {3,}\S|\t")
_PAGE_NUMBER = re.compile(r"\s*\d{1,4}\s*")
_WRAPPED_BREAKS = 3  # lines going on in lower case, at least, in a hard-wrapped text
# and at least one line in ten: a page copied line by line has a few such breaks in its
# furniture too (a share bar's "share2", a screen reader's "list 2 of 3" under a link),
# where a wrapped text breaks most of its lines.
_BREAKS_PER_LINE = 0.1


def is_hard_wrapped(text: str) -> bool:
    """Whether at least three lines, and one in ten, stop mid-sentence and go on in lower
    case on the next. (The regex starts with a line break, which the engine skips ahead
    to: few lines start in lower case, so the line each ends is looked at only there.)"""
    breaks = 0
    for going_on in _LOWER_LINE_START.finditer(text):
        ended = text[max(0, going_on.start() - 80) : going_on.start()].rstrip(" \t")
        if ended and ended[-1] not in _SENTENCE_ENDS and ended[-1] != "\n":
            breaks += 1
    if breaks < _WRAPPED_BREAKS:
        return False
    lines = sum(1 for line in text.splitlines() if line.strip())
    return breaks >= _BREAKS_PER_LINE * lines


def unwrapped(lines: list[str]) -> list[str]:
    """The paragraphs of a hard-wrapped text, each on one line, blank lines between."""
    text = "\n".join(lines)
    repeated = {line for line, n in Counter(s.strip() for s in lines).items() if line and n > 1}
    seen: set[str] = set()
    paragraphs: list[str] = []
    current = ""
    indent = 0
    for raw in lines:
        line = raw.strip()
        if _PAGE_NUMBER.fullmatch(raw) or (line in repeated and line in seen):
            continue  # a page number, or the running header of another page
        seen.add(line)
        starts = not line or not current or _starts_paragraph(current, raw, indent)
        if starts:
            paragraphs.extend([current, ""] if current else [])
            current = line
        else:
            current = _joined(current, line, text)
        indent = len(raw) - len(raw.lstrip())
    paragraphs.extend([current] if current else [])
    return paragraphs


def _starts_paragraph(current: str, raw: str, indent: int) -> bool:
    line = raw.strip()
    more_indented = len(raw) - len(raw.lstrip()) > indent
    gap = _WIDE_GAP.search(current) is not None or _WIDE_GAP.search(line) is not None
    return more_indented or gap or (not _CONTINUES.search(current) and not line[:1].islower())


def _joined(current: str, line: str, text: str) -> str:
    """``For-`` + ``eign`` is ``Foreign``; ``four-`` + ``day``, a compound, keeps its hyphen
    (after a number, or where the text writes the compound so elsewhere)."""
    broken = _BROKEN_WORD.search(current)
    following = _NEXT_WORD.match(line)
    if broken is None or following is None:
        return f"{current} {line}"
    first, second = broken[1], following[0]
    compound = f"{first}-{second}"
    if first.isdigit() or first.lower() in date_words().numbers or text.count(compound) > 0:
        return f"{current}{line}"
    return f"{current[: broken.start(1) + len(first)]}{line}"
