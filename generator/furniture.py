"""Telling page furniture from article text, one line at a time.

Copied pages mix the article with menus, share buttons, spam, captions and footers.
The rules here are shapes, not outlet names: the words they look for come from
``data/words.toml`` so a user can extend them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

_BYLINE = re.compile(r"^\**\s*by\s+[A-Z\w][\w.'\- ]+", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE_END = re.compile(r"[.!?。！？\"”’'»)\]]\s*$")


@dataclass(frozen=True)
class Furniture:
    words: dict[str, Any]

    @cached_property
    def _junk_lines(self) -> re.Pattern[str]:
        body = _alternation(self.words["junk"]["lines"])
        return re.compile(rf"^(?:{body})$", re.IGNORECASE)

    @cached_property
    def _junk_patterns(self) -> _CaseBlind:
        return _CaseBlind(self.words["junk"]["patterns"])

    @cached_property
    def _spam(self) -> re.Pattern[str]:
        return re.compile(_alternation([re.escape(w) for w in self.words["junk"]["spam"]]))

    @cached_property
    def _caption_end(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{_alternation(self.words['captions']['credit_end'])})\s*\.?\s*$")

    @cached_property
    def _caption_start(self) -> re.Pattern[str]:
        return re.compile(rf"^(?:{_alternation(self.words['captions']['start'])})", re.IGNORECASE)

    @cached_property
    def _caption_contains(self) -> _CaseBlind:
        return _CaseBlind(self.words["captions"]["contains"])

    def is_junk(self, line: str, language: str = "en") -> bool:
        """Menus, share buttons, footers, spam: lines that are never article text."""
        text = line.strip().strip("*_ ").strip()
        if not text:
            return False
        if self._junk_lines.match(text) or self._junk_patterns.search(text):
            return True
        return self.is_spam(text, language)

    def is_spam(self, line: str, language: str = "en") -> bool:
        if self._spam.search(line):
            return True
        # A line of CJK text inside an English article is injected, not reported.
        return language == "en" and len(_CJK.findall(line)) > 8 and len(_LATIN.findall(line)) < 20

    def is_caption(self, line: str) -> bool:
        text = line.strip()
        if not text:
            return False
        return bool(
            self._caption_end.search(text)
            or self._caption_start.match(text)
            or self._caption_contains.search(text)
        )


def _alternation(patterns: list[str]) -> str:
    """Any of the patterns; none (a user's empty list) matches nothing, not everything."""
    return "|".join(patterns) if patterns else "(?!)"


class _CaseBlind:
    """Whether any of some patterns matches a line, ignoring case, as one regex would.

    Case-insensitive regexes are slow on long lines, so: plain phrases are looked for in
    the lowercased line (exact for ASCII text), patterns anchored with ``^`` are tried at
    the start only, and just the rest make a case-insensitive regex."""

    def __init__(self, patterns: list[str]) -> None:
        plain = [p for p in patterns if p.isascii() and not _REGEX_SYNTAX.search(p)]
        anchored = [p for p in patterns if p.startswith("^") and p not in plain]
        rest = [p for p in patterns if p not in plain and p not in anchored]
        self._plain = _one_regex([re.escape(p.lower()) for p in plain], 0)
        self._plain_any_case = _one_regex([re.escape(p) for p in plain], re.IGNORECASE)
        self._regexes = _one_regex(anchored, re.IGNORECASE) + _one_regex(rest, re.IGNORECASE)

    def search(self, line: str) -> bool:
        if line.isascii():
            lowered = line.lower()
            found = any(regex.search(lowered) for regex in self._plain)
        else:
            found = any(regex.search(line) for regex in self._plain_any_case)
        return found or any(regex.search(line) for regex in self._regexes)


_REGEX_SYNTAX = re.compile(r"[\\.^$*+?{}\[\]|()]")


def _one_regex(patterns: list[str], flags: int) -> list[re.Pattern[str]]:
    """The patterns as one alternation, or no regex at all when there are none."""
    return [re.compile("|".join(patterns), flags)] if patterns else []


def is_byline(line: str) -> bool:
    return bool(_BYLINE.match(line.strip()))


def is_menu(line: str) -> bool:
    """Navigation: few words, or items joined by separators (pipes, slashes, arrows)."""
    text = line.strip()
    if not text:
        return False
    if re.search(r"\s[|>/»·]\s", text) and not is_byline(text):
        return True
    return word_count(text) <= 3 and not _SENTENCE_END.search(text)


def is_prose(line: str, language: str = "en") -> bool:
    """Article text: a real sentence or paragraph, not a label or a headline list."""
    text = line.strip()
    words = word_count(text)
    if words >= 30:
        return True
    return words >= 6 and bool(_SENTENCE_END.search(text))


def word_count(line: str) -> int:
    """Words, counting two CJK characters as one word (those scripts use no spaces)."""
    words = len(line.split())
    return words if line.isascii() else words + len(_CJK.findall(line)) // 2
