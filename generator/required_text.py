"""Regex searches made cheap: the plain text every match of a regex holds (looked for
first, it lets most lines skip a regex that the engine would try at every position), and
phrases written from their rarest letter (the engine skips ahead to those letters)."""

from __future__ import annotations

import re
from collections.abc import Iterable

_INLINE_FLAG = re.compile(r"\(\?[aiLmsux-]")
_LONG_ESCAPES = "xuUN0123456789"  # \x41, \N{…}, \1: more than one character follows


def required_text(pattern: str) -> str:
    """The longest run of plain characters that every match of ``pattern`` (matched with
    case as written) holds, or "" when none is sure to be there.

    Only what stands outside groups and classes counts, and a character a quantifier
    makes optional does not: a careful reading that may miss a run (then the regex is
    tried anyway), never one that a match could lack."""
    if _INLINE_FLAG.search(pattern):
        return ""  # a flag may make the case or the spaces not count
    runs, run = [""], ""
    depth, class_start, index = 0, -1, 0  # class_start: where an open class's items begin
    while index < len(pattern):
        character, index = pattern[index], index + 1
        if character == "\\":
            escaped, index = pattern[index : index + 1], index + 1
            if escaped in _LONG_ESCAPES or not escaped:
                return ""  # not worth reading
            if class_start < 0 and depth == 0 and not (escaped.isascii() and escaped.isalnum()):
                run += escaped
                continue
            runs.append(run)  # \d, \b, or inside a group or class
            run = ""
        elif class_start >= 0:
            if character == "]" and index - 1 > class_start:
                class_start = -1
        elif character == "[":
            class_start = index + 1 if pattern.startswith("^", index) else index
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif depth > 0:
            continue
        elif character == "|":
            return ""  # alternatives: nothing is sure to be there
        elif character in "*+?{":
            run = run[:-1]  # the quantifier makes the character before it optional
            if character == "{" and "}" in pattern[index:]:
                index = pattern.index("}", index) + 1
        elif character not in ".^$)]}":
            run += character
            continue
        runs.append(run)
        run = ""
    return max([*runs, run], key=len)


def from_rare_letter(phrase: str) -> str:
    """A regex for ``phrase`` (its spaces as any whitespace) that starts at the rarest letter
    of its first word and looks behind for the letters before it: ``x(?<=nex)t``. It is
    found wherever the phrase is, a few letters on: it is for yes-or-no searches. An
    alternation of such regexes starts with plain letters, mostly rare ones, so the engine
    tries it only where one of them is; one of the phrases themselves starts at nearly
    every position of English text."""
    if not phrase.split():
        return ""  # as ``alternation`` writes it: found everywhere
    first, *rest = phrase.split()
    after = "".join(rf"\s+{re.escape(word)}" for word in rest)
    return _from(first, _rarest(first)) + after


def any_of(texts: Iterable[str]) -> re.Pattern[str] | None:
    """One search for whether any of ``texts`` (plain, case as written) is in a text, with
    the answer of ``any(t in text for t in texts)``; None when there are none. Each is
    written from its rarest character (see ``from_rare_letter``): quicker than looking
    for them one by one."""
    alternatives = [_from(text, _rarest(text)) for text in texts]
    return re.compile("|".join(alternatives)) if alternatives else None


def _rarest(text: str) -> int:
    return min(range(len(text)), key=lambda i: _COMMON.find(text[i]), default=0)


def _from(text: str, at: int) -> str:
    """``text`` as a regex that starts at its character ``at``."""
    if not text:
        return ""
    behind = f"(?<={re.escape(text[: at + 1])})" if at else ""
    return f"{re.escape(text[at])}{behind}{re.escape(text[at + 1 :])}"


# In English text, rarest first; any other character is rarer still.
_COMMON = "zqxjkvbpygfwmucldrhsnioate "
