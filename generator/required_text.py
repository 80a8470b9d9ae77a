"""Regex searches made cheap: the plain text every match of a regex holds (looked for
first, it lets most lines skip a regex that the engine would try at every position),
phrases written from their rarest letter (the engine skips ahead to those letters), and
whitespace closed up only where there is any to close up."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_INLINE_FLAG = re.compile(r"\(\?[aiLmsux-]")
_LONG_ESCAPES = "xuUN0123456789"
# ``{2}``, ``{1,3}``, ``{,3}``: a repeat; any other "{" is a plain character (``a{|}b``).
_REPEAT = re.compile(r"\{(?:\d+|\d*,\d*)\}")  # \x41, \N{…}, \1: more than one character follows


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
        elif character in "*+?" or (character == "{" and _REPEAT.match(pattern, index - 1)):
            run = run[:-1]  # the quantifier makes the character before it optional
            if character == "{":
                index = pattern.index("}", index) + 1
        elif character not in ".^$)]}":
            run += character
            continue
        runs.append(run)
        run = ""
    return max([*runs, run], key=len)


def required_choice(pattern: str) -> str:
    """The characters of a set (``[©ⓒ]``) that every match of ``pattern`` holds one of, or
    "" when unsure: a set outside groups that no quantifier makes optional, of plain
    characters only (no range, escape or negation). Read as carefully as ``required_text``."""
    if _INLINE_FLAG.search(pattern):
        return ""
    choice = ""
    for character, start, depth in _outside_sets(pattern):
        if character == "|" and depth == 0:
            return ""  # alternatives: nothing is sure to be there
        if character == "[" and depth == 0 and not choice:
            end = _set_end(pattern, start + 1)
            items = pattern[start + 1 : end]
            plain = not any(c in items for c in "^-\\[]")
            optional = pattern[end + 1 : end + 2] in ("?", "*", "{")
            if plain and not optional:
                choice = items
    return choice


def anchored_at_start(pattern: str) -> bool:
    """Whether every match of ``pattern`` starts where the text does, so that ``match``
    finds what ``search`` finds: it opens with "^", has no alternative outside groups
    ("^a|b"), and no inline flag (``(?m)`` lets "^" match after every line break)."""
    if not pattern.startswith("^") or _INLINE_FLAG.search(pattern):
        return False
    return not any(c == "|" and depth == 0 for c, _, depth in _outside_sets(pattern))


def _outside_sets(pattern: str) -> Iterator[tuple[str, int, int]]:
    """Each character of ``pattern`` that is not escaped or inside a set, where it is and
    the depth of groups there; a whole set as its "[" ."""
    depth, index = 0, 0
    while index < len(pattern):
        character, start, index = pattern[index], index, index + 1
        if character == "\\":
            index += 1
            continue
        if character == "[":
            index = _set_end(pattern, index) + 1
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        yield character, start, depth


def _set_end(pattern: str, start: int) -> int:
    """Where the set whose items begin at ``start`` ends: its "]" (a first "]", after any
    "^", is an item, as is an escaped one)."""
    index = start + 1 if pattern.startswith("^", start) else start
    index += 1 if pattern.startswith("]", index) else 0
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index


def any_phrase(phrases: Iterable[str]) -> str:
    """A regex found wherever one of ``phrases`` (their spaces as any whitespace) is, for
    yes-or-no searches. Each starts at the rarest letter of its first word and looks
    behind for the letters before it (``x(?<=nex)t``), and those starting at one letter
    are grouped behind it: so the engine tries the regex only where one of a few letters
    is, and there only the phrases of that letter, where one of the phrases themselves
    starts at nearly every position of English text. A phrase of no words is found
    everywhere, as in ``date_words.alternation``."""
    parts = []
    for phrase in phrases:
        first, *rest = phrase.split() or [""]
        after = "".join(rf"\s+{re.escape(word)}" for word in rest)
        parts.append(_from(first, _rarest(first), after))
    return _grouped(parts)


def any_of(texts: Iterable[str]) -> re.Pattern[str] | None:
    """One search for whether any of ``texts`` (plain, case as written) is in a text, with
    the answer of ``any(t in text for t in texts)``; None when there are none. Each is
    written from its rarest character, as in ``any_phrase``: quicker than looking for
    them one by one."""
    parts = [_from(text, _rarest(text)) for text in texts]
    return re.compile(_grouped(parts)) if parts else None


def _rarest(text: str) -> int:
    return min(range(len(text)), key=lambda i: _COMMON.find(text[i]), default=0)


def _from(text: str, at: int, after: str = "") -> tuple[str, str]:
    """``text`` (then ``after``) as a regex that starts at its character ``at``: that
    character, and the regex that follows it."""
    if not text:
        return "", after
    behind = f"(?<={re.escape(text[: at + 1])})" if at else ""
    return text[at], f"{behind}{re.escape(text[at + 1 :])}{after}"


def _grouped(parts: list[tuple[str, str]]) -> str:
    """``c1(?:r1|r2)|c2…``: the alternatives that start at one character written once."""
    groups: dict[str, list[str]] = {}
    for first, rest in parts:
        groups.setdefault(first, []).append(rest)
    return "|".join(
        re.escape(first) + (f"(?:{'|'.join(rests)})" if any(rests) else "")
        for first, rests in groups.items()
    )


# In English text, rarest first; any other character is rarer still.
_COMMON = "zqxjkvbpygfwmucldrhsnioate "


def closed_up(text: str) -> str:
    """``re.sub(r"\\s+", " ", text).strip()``, as ``" ".join(text.split())`` (``str.split``
    knows the whitespace of ``\\s``): a text is that already when its only whitespace is
    single spaces between words, and no other whitespace character is printable."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())
