"""Lists of phrases and patterns from the knowledge tables, matched fast.

Junk lines, caption words and section ends are lists a user extends in ``words.toml``:
plain phrases ("Share this article") and regexes ("^terms (?:of use|and privacy)"),
all matched ignoring case. ``PhraseList`` answers "does any of them match this line?"
as one case-insensitive regex would, many times faster on the long lines of a page.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.knowledge import CaseBlind, case_blind, lowercase_is_enough, matches_no_ascii
from generator.required_text import anchored_at_start, any_of, required_text


def alternation(patterns: list[str]) -> str:
    """Any of the patterns; none (a user's empty list) matches nothing, not everything."""
    return "|".join(patterns) if patterns else "(?!)"


class PhraseList:
    """Whether any of some patterns matches a line, ignoring case, as one regex would.

    Case-insensitive regexes are slow on long lines, so: plain phrases are lowercased,
    and they and the other patterns that allow it are matched in the lowercased line
    (see ``CaseBlind``); patterns anchored with ``^`` make a regex of their own, which
    is tried at the start only."""

    def __init__(self, patterns: list[str]) -> None:
        lowered = [re.escape(p.lower()) if is_plain(p) else p for p in patterns]
        self._regexes = _regexes(lowered)
        # In ASCII text a plain phrase is found as a lowercase substring, which is many
        # times faster than trying a long alternation at every position of the line.
        self._phrases = any_of(p.lower() for p in patterns if is_plain(p))
        # Each regex goes with texts one of which it cannot match without ("terms " of
        # "terms (?:of use|and privacy)"), looked for first, as the phrases are.
        self._ascii_regexes = [
            (_required_texts(group, regex), _finder(group, regex))
            for group, regex in _grouped(
                [p for p in patterns if not is_plain(p) and not never_in_ascii(p)]
            )
        ]

    def search(self, line: str) -> bool:
        if not line.isascii():
            return any(regex.pattern.search(line) for regex in self._regexes)
        lowered = line.lower()  # once for all the phrases and regexes
        if self._phrases is not None and self._phrases.search(lowered):
            return True
        for needed, find in self._ascii_regexes:
            if needed is not None and needed.search(lowered) is None:
                continue
            if find(line, lowered):
                return True
        return False


def _finder(group: list[str], regex: CaseBlind) -> Callable[[str, str], bool]:
    """Whether ``regex`` (``group`` joined) matches an ASCII line, given the line and the
    line lowercased: in the lowercased line where that finds the same (``CaseBlind``), and
    tried at its start only where every pattern is anchored there (the engine cannot tell
    that "^a|^b" is, and would try every position)."""
    at_start = all(map(anchored_at_start, group))
    if regex.lowercase is not None:
        lowercase = regex.lowercase.match if at_start else regex.lowercase.search
        return lambda line, lowered: lowercase(lowered) is not None
    blind = regex.pattern.match if at_start else regex.pattern.search
    return lambda line, lowered: blind(line) is not None


def _regexes(patterns: list[str]) -> list[CaseBlind]:
    return [regex for _, regex in _grouped(patterns)]


def _grouped(patterns: list[str]) -> list[tuple[list[str], CaseBlind]]:
    """The patterns in groups that one regex each matches, with that regex."""
    anchored = [p for p in patterns if p.startswith("^")]
    rest = [p for p in patterns if not p.startswith("^")]
    return [
        (group, case_blind("|".join(group)))
        for patterns in (rest, anchored)
        for group in _split(patterns, lowercase_is_enough)
        if group
    ]


def _required_texts(group: list[str], regex: CaseBlind) -> re.Pattern[str] | None:
    """Whether the lowercased line holds one of the texts it holds wherever ``regex``
    (``group`` joined) matches, or None when unsure or not worth looking for: the engine
    tries a regex whose every pattern starts with ``^`` at the start of the line only,
    which is quicker than looking for texts all along it."""
    if regex.lowercase is None or all(pattern.startswith("^") for pattern in group):
        return None  # matched ignoring case in the line itself, or tried at its start
    texts = tuple(map(required_text, group))
    return None if "" in texts else any_of(texts)


def is_plain(pattern: str) -> bool:
    """An ASCII phrase with no regex syntax: as a regex, it matches itself only."""
    return pattern.isascii() and not _REGEX_SYNTAX.search(pattern)


_REGEX_SYNTAX = re.compile(r"[\\.^$*+?{}\[\]|()]")


def never_in_ascii(pattern: str) -> bool:
    """A phrase (no regex syntax) with a character that no ASCII character matches, even
    ignoring case (``©``, ``版权所有``; not ``ſ``, which matches ``s``)."""
    return not _REGEX_SYNTAX.search(pattern) and any(map(matches_no_ascii, pattern))


def _split(patterns: list[str], test: Callable[[str], bool]) -> tuple[list[str], list[str]]:
    return [p for p in patterns if test(p)], [p for p in patterns if not test(p)]
