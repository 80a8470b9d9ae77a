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

from generator.knowledge import CaseBlind, case_blind, matches_no_ascii
from generator.phrase_lists import PhraseList, alternation, is_plain
from generator.required_text import required_choice, required_text

_BYLINE = re.compile(r"^\**\s*by\s+[A-Z\w][\w.'\- ]+", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE_END = re.compile(r"[.!?。！？\"”’'»)\]]\s*$")
# ``版 权 所 有``: Chinese or Japanese set with a space between characters, as footers are.
_LETTER_SPACED = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]) (?=[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef])"
)
# A name of two or three capitalised words, a comma, a few more words: ``NAME, post``.
_NAME_AND_POST = re.compile(r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}),(?: [^\s,]+){1,6}$")
CREDIT_LENGTH = 120  # characters: no photo credit at the end of a caption is longer
# Menu items copied from a page with no separator but the gap between them.
_WIDE_GAP = re.compile(r" {2,}|\t")
_SEPARATOR = re.compile(r"\s[|>/»·]\s")
_SEPARATOR_MARKS = "|>/»·"
_THREE_MARKS = re.compile(
    rf"[{_SEPARATOR_MARKS}](?:[^{_SEPARATOR_MARKS}]*[{_SEPARATOR_MARKS}]){{2}}"
)
_SENTENCE_MARK = re.compile(r"[.!?]")


@dataclass(frozen=True)
class Furniture:
    words: dict[str, Any]
    agencies: tuple[str, ...] = ()  # wire services' names: a caption may end in one

    @cached_property
    def _agency_credit(self) -> re.Pattern[str]:
        """``… at Pyongyang airport, Thursday. Yonhap``, ``… KCNA via REUTERS``: a caption
        ends in the agency that took the photo (after a sentence of its own)."""
        names = alternation([re.escape(name) for name in self.agencies if "." not in name])
        credit = rf"(?:{names})(?:\s*(?:/|-|\s(?-i:via)\s)\s*(?:{names}|(?-i:[A-Z])[\w'-]+))*"
        return re.compile(rf"\w\w[.!?]\s+(?:{credit})\s*$", re.IGNORECASE)

    @cached_property
    def _marks_only_before_credit(self) -> bool:
        """Whether no agency's name (in ``_agency_credit``) holds ``!`` or ``?``."""
        return not any(mark in name for name in self.agencies for mark in "!?")

    @cached_property
    def _junk_lines(self) -> CaseBlind:
        return case_blind(rf"^(?:{alternation(self.words['junk']['lines'])})$")

    @cached_property
    def _plain_junk_lines(self) -> frozenset[str]:
        """The junk lines written as plain ASCII text, lowercased: a stripped ASCII line is
        one of them, ignoring case, exactly when it is in this set (one lookup, where the
        regex tries each line in turn)."""
        return frozenset(line.lower() for line in self.words["junk"]["lines"] if is_plain(line))

    @cached_property
    def _other_junk_lines(self) -> CaseBlind | None:
        """The junk lines written as regexes (``print \\| share``), as ``_junk_lines``."""
        lines = [line for line in self.words["junk"]["lines"] if not is_plain(line)]
        return case_blind(rf"^(?:{alternation(lines)})$") if lines else None

    def _is_junk_line(self, text: str) -> bool:
        """``_junk_lines.search(text)`` of a stripped line."""
        if not text.isascii():
            return self._junk_lines.search(text)
        if text.lower() in self._plain_junk_lines:
            return True
        return self._other_junk_lines is not None and self._other_junk_lines.search(text)

    @cached_property
    def _junk_patterns(self) -> PhraseList:
        return PhraseList(self.words["junk"]["patterns"])

    @cached_property
    def _spam(self) -> re.Pattern[str]:
        return re.compile(alternation([re.escape(w) for w in self.words["junk"]["spam"]]))

    @cached_property
    def _ascii_spam(self) -> re.Pattern[str] | None:
        """``_spam`` for ASCII lines: a word with another character (免费) is never in one."""
        words = [re.escape(w) for w in self.words["junk"]["spam"] if w.isascii()]
        return re.compile(alternation(words)) if words else None

    @cached_property
    def _caption_ends(self) -> list[tuple[str, re.Pattern[str]]]:
        # One regex per credit: joined in one, they are tried together at every
        # position of the line, which is slower than one after another. Each goes with
        # the text it cannot match without (``:`` of ``Photo: …``, ``/`` of ``AP/EPA``):
        # most lines lack it, and looking for it is many times faster than the regex.
        credits = self.words["captions"]["credit_end"]
        return [(required_text(c), re.compile(rf"(?:{c})\s*\.?\s*$")) for c in credits]

    @cached_property
    def _ascii_caption_ends(self) -> list[tuple[str, re.Pattern[str]]]:
        """The credits an ASCII line may end in: not one that needs a character no ASCII
        character matches (``사진 = …``, ``© Name``, which would be tried at every position
        of the line's end, as it starts by looking behind)."""
        credits = self.words["captions"]["credit_end"]
        ends = self._caption_ends
        return [end for credit, end in zip(credits, ends, strict=True) if not _other_script(credit)]

    @cached_property
    def _caption_start(self) -> re.Pattern[str]:
        return re.compile(rf"^(?:{alternation(self.words['captions']['start'])})", re.IGNORECASE)

    @cached_property
    def _caption_contains(self) -> PhraseList:
        return PhraseList(self.words["captions"]["contains"])

    @cached_property
    def _subject(self) -> re.Pattern[str]:
        mail = self.words.get("mail", {})
        labels = alternation([re.escape(w) for w in mail.get("subject_labels", [])])
        prefixes = alternation([re.escape(w) for w in mail.get("subject_prefixes", [])])
        return re.compile(
            rf"^(?:{labels})\s*[:：]\s*(?:(?:{prefixes})\s*[:：]\s*)*(?P<subject>\S.*)$",
            re.IGNORECASE,
        )

    @cached_property
    def _section_ends(self) -> PhraseList:
        sections = self.words.get("sections", {})
        lines = [f"^(?:{line})$" for line in sections.get("end", [])]
        return PhraseList([*lines, *sections.get("end_patterns", [])])

    @cached_property
    def _list_heading(self) -> re.Pattern[str]:
        headings = self.words.get("html", {}).get("list_headings", [])
        return re.compile(rf"(?:{alternation(headings)})\W*", re.IGNORECASE)

    def opens_list(self, line: str) -> bool:
        """``Related coverage:``, ``Read next``: a heading over a list of links (the
        ``list_headings`` of ``[html]``, which a copied page keeps as lines)."""
        return self._list_heading.fullmatch(line.strip().strip("*_ ")) is not None

    def ends_article(self, line: str) -> bool:
        """What follows an article: its comments, its author's biography, a copyright
        footer (``© 2025 AFP``)."""
        text = line.strip().strip("*_ ")
        return bool(self._section_ends.search(text)) if text else self._blank_ends_article

    @cached_property
    def _blank_ends_article(self) -> bool:
        """``ends_article`` of a blank line (every other line of a text copy): False, unless
        a user's pattern matches nothing."""
        return bool(self._section_ends.search(""))

    @cached_property
    def _inline(self) -> re.Pattern[str]:
        phrases = alternation([re.escape(p) for p in self._inline_phrases])
        return re.compile(rf"(?<=[.!?\"”’])\s+(?:{phrases})(?=\s+[A-Z\"“‘]|\s*$)")

    @cached_property
    def _inline_phrases(self) -> tuple[str, ...]:
        return tuple(self.words["junk"].get("inline", []))

    def without_inline(self, paragraph: str) -> str:
        """``… the agency said. Story continues below advertisement``: the label goes.
        (The regex starts by looking behind, so it is tried at every position: only in
        a paragraph holding one of the labels.)"""
        if not any(map(paragraph.__contains__, self._inline_phrases)):
            return paragraph
        return self._inline.sub("", paragraph)

    @cached_property
    def _reporter(self) -> re.Pattern[str]:
        titles = self.words.get("bylines", {}).get("titles_after_name", [])
        return re.compile(
            rf"^(?P<name>[^\W\d]{{2,5}}(?: [^\W\d]{{2,5}})??) ?(?:{alternation(titles)})"
            r"(?:\s+\S+@\S+)?$"
        )

    def reporter(self, line: str) -> str | None:
        """The reporter of a byline that names them before their title: ``이제훈 기자``."""
        text = line.strip()
        match = None if text.isascii() else self._reporter.match(text)
        return match["name"] if match is not None else None

    @cached_property
    def _title_before_name(self) -> re.Pattern[str]:
        titles = self.words.get("bylines", {}).get("titles_before_name", [])
        return re.compile(rf"^.*?\b(?:{alternation(titles)})\s+(?=(?-i:[A-Z]))", re.IGNORECASE)

    @cached_property
    def _wire_tail(self) -> re.Pattern[str]:
        tails = self.words.get("bylines", {}).get("not_reporters", [])
        return re.compile(rf"\s*,?\s+(?:{alternation(tails)})$", re.IGNORECASE)

    def reporters_only(self, name: str) -> str:
        """``East Asia correspondent Mark Lindsay and wires`` → Mark Lindsay; ``Lee Je-hun,
        senior staff writer`` → Lee Je-hun."""
        name = self._title_before_name.sub("", self._wire_tail.sub("", name))
        return self._post_after_name.sub("", name)

    @cached_property
    def _post_after_name(self) -> re.Pattern[str]:
        titles = self.words.get("bylines", {}).get("titles_before_name", [])
        return re.compile(rf",\s+[^,]*\b(?:{alternation(titles)})\b[^,]*$", re.IGNORECASE)

    @cached_property
    def _staff(self) -> re.Pattern[str]:
        credits = self.words.get("bylines", {}).get("staff_credits", [])
        return re.compile(rf"(?:[\w.'’-]+ ){{0,3}}(?:{alternation(credits)})", re.IGNORECASE)

    def is_staff_credit(self, name: str) -> bool:
        """``GT staff reporters``, ``Reuters Staff``: a byline naming no reporter."""
        return self._staff.fullmatch(name.strip()) is not None

    def named_with_post(self, line: str) -> str | None:
        """The name of ``KEN MORIYASU, Nikkei Asia editor-at-large``: a reporter and their
        post, a byline without "By"."""
        match = _NAME_AND_POST.match(line.strip())
        if match is None or not self._post_after_name.fullmatch(line.strip(), match.end("name")):
            return None
        return match["name"]

    @cached_property
    def _author_headings(self) -> frozenset[str]:
        headings = self.words.get("bylines", {}).get("author_headings", [])
        return frozenset(heading.casefold() for heading in headings)

    def is_author_heading(self, line: str) -> bool:
        """The heading of the reporter's biography after an article: ``この記事を書いた人``."""
        return line.strip().strip("*_:： ").casefold() in self._author_headings

    @cached_property
    def _byline_label(self) -> re.Pattern[str]:
        labels = self.words.get("bylines", {}).get("labels", [])
        return re.compile(
            rf"^(?:{alternation(labels) or '(?!)'})\s*[:：]\s*(?P<name>(?-i:[A-Z])[\w'’-]+"
            r"(?: (?-i:[A-Z])[\w'’-]+){1,3})$",
            re.IGNORECASE,
        )

    def labelled_reporter(self, line: str) -> str | None:
        """``Reporter : Kim Bo-kyoung``: a byline that labels the name rather than says
        "By"."""
        if ":" not in line and "：" not in line:
            return None  # most lines: no label at all
        match = self._byline_label.match(line.strip())
        return match["name"] if match is not None else None

    @cached_property
    def _title_end(self) -> re.Pattern[str]:
        titles = self.words.get("bylines", {}).get("titles_after_name", [])
        return re.compile(rf"(?:{alternation(titles)})$")

    def is_title_line(self, line: str) -> bool:
        """A line that ends in a reporter's title (``中国総局記者``): their post, not name."""
        return bool(self._title_end.search(line.strip()))

    def without_trailing_junk(self, caption: str) -> str:
        """``… KCNA via REUTERS Purchase Licensing Rights``: a button read into a caption."""
        words = caption.split()
        for size in range(min(6, len(words) - 1), 1, -1):
            tail = " ".join(words[-size:])
            if tail[0].isupper() and self._junk_lines.search(tail):
                return " ".join(words[:-size])
        return caption

    def forwarded_part(self, lines: tuple[str, ...]) -> tuple[str, ...]:
        """A forwarded e-mail from its last ``-----Original Message-----`` on: the note
        and signature of whoever forwarded it are not the article."""
        marks = [i for i, line in enumerate(lines) if self._forward_mark.fullmatch(line.strip())]
        return lines[marks[-1] + 1 :] if marks else lines

    def sent_lines_last(self, header: tuple[str, ...]) -> tuple[str, ...]:
        """A mail's ``Sent: Friday, October 10, 2025 8:45 AM`` after the other lines: when a
        mail left, not when the article it carries was published, which prints its own
        stamp (a newsletter's ``Date:`` is its own)."""
        sent = [line for line in header if self._sent_label.match(line.strip())]
        return (*(line for line in header if line not in sent), *sent) if sent else header

    @cached_property
    def _forward_mark(self) -> re.Pattern[str]:
        marks = self.words.get("mail", {}).get("forward_markers", [])
        return re.compile(rf"(?:{alternation(marks)})" if marks else r"(?!)", re.IGNORECASE)

    @cached_property
    def _sent_label(self) -> re.Pattern[str]:
        labels = [re.escape(w) for w in self.words.get("mail", {}).get("sent_labels", [])]
        return re.compile(rf"(?:{alternation(labels)})\s*[:：]" if labels else r"(?!)", re.I)

    def mail_subject(self, lines: tuple[str, ...]) -> str | None:
        """The ``Subject:`` of a copied or forwarded e-mail: its headline."""
        for line in lines:
            if ":" not in line and "：" not in line:
                continue  # every label is followed by one
            match = self._subject.match(line.strip())
            if match is not None:
                return match["subject"].strip()
        return None

    def is_junk(self, line: str, language: str = "en") -> bool:
        """Menus, share buttons, footers, spam: lines that are never article text."""
        text = line.strip().strip("*_ ").strip()
        if not text.isascii():  # letter spacing is between CJK characters only
            text = _LETTER_SPACED.sub("", text)
        if not text:
            return False
        if self._is_junk_line(text) or self._junk_patterns.search(text):
            return True
        return self.is_spam(text, language)

    def is_spam(self, line: str, language: str = "en") -> bool:
        if line.isascii():
            return self._ascii_spam is not None and self._ascii_spam.search(line) is not None
        if self._spam.search(line):
            return True
        # A line of CJK text inside an English article is injected, not reported.
        if language != "en":
            return False
        return len(_CJK.findall(line)) > 8 and len(_LATIN.findall(line)) < 20

    def is_caption(self, line: str) -> bool:
        text = line.strip()
        if not text:
            return False
        tail = max(0, len(text) - CREDIT_LENGTH)  # a credit ends the line: look there only
        end = text[tail:]
        for needed, credit in self._ascii_caption_ends if text.isascii() else self._caption_ends:
            if needed in end and credit.search(text, tail):
                return True
        return bool(
            (self._agency_credit_from(text, tail) and has_words(text, 6))
            or self._caption_start.match(text)
            or self._caption_contains.search(text)
        )

    def _agency_credit_from(self, text: str, start: int) -> bool:
        """``_agency_credit.search(text, start)``, tried only where it can match: two
        characters before a full stop, question or exclamation mark (the regex starts
        with ``\\w\\w[.!?]``, so the engine would try every position). What follows that
        mark up to the end of the line is a credit, which holds no mark unless a name
        does: then only the last mark can be the one."""
        if self._marks_only_before_credit:
            if text.rstrip().endswith((".", "!", "?")):
                return False  # a line ending like a sentence ends in no credit
            after = start + 2
            last = max(text.rfind(".", after), text.rfind("!", after), text.rfind("?", after))
            return last >= 0 and self._agency_credit.match(text, last - 2) is not None
        position = start + 2
        while (mark := _SENTENCE_MARK.search(text, position)) is not None:
            if self._agency_credit.match(text, mark.start() - 2):
                return True
            position = mark.start() + 1
        return False


def _other_script(pattern: str) -> bool:
    """Whether every match of ``pattern`` (matched with case) holds a character that no
    ASCII character matches: a text it needs, or a set it needs one of, of such letters."""
    needed = required_text(pattern)
    choice = required_choice(pattern)
    return any(map(matches_no_ascii, needed)) or bool(choice and all(map(matches_no_ascii, choice)))


def is_byline(line: str) -> bool:
    return bool(_BYLINE.match(line.strip()))


def is_menu(line: str) -> bool:
    """Navigation: few words, or items joined by separators (pipes, slashes, arrows)."""
    text = line.strip()
    if not text:
        return False
    if _SEPARATOR.search(text) and not is_byline(text):
        return True
    items = _WIDE_GAP.split(text)
    if len(items) >= 3 and all(word_count(item) <= 3 for item in items):
        return True  # ``Home  Rodong Sinmun  KCNA  Voice of Korea``
    return word_count(text) <= 3 and not _SENTENCE_END.search(text)


def is_bare_label(line: str) -> bool:
    """A line with no separators and no sentence end: a menu item, a section's label, or
    a short title."""
    text = line.strip()
    return _SEPARATOR.search(text) is None and _SENTENCE_END.search(text) is None


def is_prose(line: str, language: str = "en") -> bool:
    """Article text: a real sentence or paragraph, not a label or a headline list."""
    text = line.strip()
    # Each separator holds one of these marks: looking for three is quicker than the regex.
    if _THREE_MARKS.search(text) and len(_SEPARATOR.findall(text)) >= 3:
        return False  # a row of links: ``About us | Contact | Site map | Jobs``
    # Six words and a sentence's end, or thirty words: the thirty are counted only for a
    # line that needs them (most prose ends like a sentence).
    if word_count(text, limit=5) < 6:
        return False
    return bool(_SENTENCE_END.search(text)) or word_count(text, limit=30) >= 30


def has_words(text: str, count: int) -> bool:
    """``len(text.split()) >= count``, without splitting the rest of a long line: split
    at most ``count - 1`` times, it has ``count`` pieces exactly when it has that many
    words (``count`` of 1 or more)."""
    return len(text.split(None, count - 1)) >= count


def word_count(line: str, limit: int | None = None) -> int:
    """Words, counting two Chinese or Japanese characters as one word (those scripts use
    no spaces; Korean does, so its words are counted as they are spaced).

    With a ``limit``, a count above it may be any number above it (enough to compare with
    it or a smaller number): an ASCII line is split at most ``limit`` times, so the rest of
    a long paragraph is not split into words only to be counted."""
    if line.isascii():
        return len(line.split() if limit is None else line.split(None, limit))
    return len(line.split()) + len(_UNSPACED.findall(line)) // 2


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
