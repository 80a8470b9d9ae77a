"""The patterns that find names in text, compiled once for each knowledge table.

People's and places' spellings, the short names of everyone in the tables, titles
before a name ("Foreign Ministry spokesperson Mao Ning") and "the premier" are each
one regex. ``NamePattern`` explains how they are written so that the regex engine
skips ahead to where a name may start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from generator.knowledge import HANGUL_LETTER, HANGUL_WORD_START, Knowledge, cjk_spelling
from generator.required_text import any_of

# An unknown person's name: two or three capitalised words ("Olaf Scholz", "Lee Jae
# Myung"), accents and "McCarthy", "O'Brien" included, and at most two groups of lower-case
# particles and the words after them ("Lula da Silva", "von der Leyen", "bin Salman").
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_WORD = rf"(?!(?:Al|El)\b)(?:Mc|Mac|O['’]|D['’])?[{_UPPER}][{_LOWER}]+"
_PARTICLE = r"(?:da|de|do|dos|das|di|del|della|van|von|der|den|ter|bin|bint|ibn|al|el|Al|El|la|le)"
_PARTICLES = rf"(?:[ -]{_PARTICLE}){{1,2}}[ -]{_WORD}(?:[ -]{_WORD})?"
NAME = rf"{_WORD}(?:(?:[ -]{_WORD}){{1,2}}|{_PARTICLES})(?:{_PARTICLES}){{0,2}}"


@dataclass(frozen=True)
class NamePattern:
    r"""A regex for some words, and the words alone (a quick test that a text holds one).

    The regex engine cannot skip ahead past the boundary check before the words, so it
    would try the regex at every position. ``fused`` is the same regex with that check
    written after each word, looking back past it (``Li(?<![\w-]Li)``): it starts with the
    words' letters, so the engine skips ahead to them, and it finds the same matches.
    Without it the regex is tried only where one of the words starts."""

    pattern: re.Pattern[str]
    words: re.Pattern[str]
    fused: re.Pattern[str] | None = None
    # The first word of every name it finds, where each starts and ends on a word's edge
    # (``first_words``); None when some may not.
    first_words: frozenset[str] | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.fused is not None:
            return self.fused.finditer(text)
        return self._where_words_start(text)

    def _where_words_start(self, text: str) -> Iterator[re.Match[str]]:
        position = 0
        while (word := self.words.search(text, position)) is not None:
            match = self.pattern.match(text, word.start())
            if match is None:
                position = word.start() + 1
            else:
                yield match
                position = max(match.end(), match.start() + 1)


def fused_alternatives(words: Iterable[str], boundary: str | None = None) -> list[str] | None:
    r"""The alternatives of ``(?<!B)(?:w1|w2|…)`` written ``w1(?<!Bw1)``, ``w2(?<!Bw2)``…,
    B the ``boundary`` class; with none, of ``\b(?:w1|…)`` so written (its check depends on
    a word's first letter). Each check looks back past a fixed text, and fails or holds
    where the one before the words would. None without words.

    Joined, as they are or in a group, they start with plain letters: the engine skips
    ahead to where one of those is. (Not behind something else: then it tries every
    position.)"""
    alternatives = []
    for word in words:
        if not word:
            return None
        text = re.escape(word)
        if boundary is not None:
            alternatives.append(f"{text}(?<!{boundary}{text})")
        elif _WORD_CHARACTER.match(word):
            alternatives.append(rf"{text}(?<!\w{text})")  # \b before a letter: none before it
        else:
            alternatives.append(rf"{text}(?<=\w{text})")  # \b before a mark: a letter before it
    return alternatives or None


_WORD_CHARACTER = re.compile(r"\w")


_WORD_RUN = re.compile(r"\w+")


def first_words(names: Iterable[str]) -> frozenset[str] | None:
    r"""The first word (run of word characters) of each name, None if one starts otherwise.

    A pattern that finds a name only with no word character (nor hyphen) before it and
    none after it or its first word (``\bPremier\s``, ``Li(?![\w-])``) finds it only where
    that first word is one of the text's ``words_of``: a set lookup of a few words tells
    where it finds nothing, faster than searching an alternation of all the names."""
    found = set()
    for name in names:
        word = _WORD_RUN.match(name)
        if word is None:
            return None
        found.add(word.group(0))
    return frozenset(found)


def words_of(text: str) -> list[str]:
    """The runs of word characters in ``text``, each whole (see ``first_words``)."""
    return _WORD_RUN.findall(text)


def person_names(knowledge: Knowledge) -> Spellings:
    return names_of(knowledge)[0]


def place_names(knowledge: Knowledge) -> Spellings:
    return names_of(knowledge)[1]


def names_of(knowledge: Knowledge) -> tuple[Spellings, Spellings]:
    """The spellings of people's and places' names, made once for each knowledge table."""
    kept = _MADE.get(id(knowledge))
    if kept is None or kept[0] is not knowledge:  # held, so its id is never another's
        people = (s for p in knowledge.people for s in (p.name, *p.aliases))
        places = (s for p in knowledge.places for s in (p.name, *p.aliases, *p.demonyms))
        kept = (knowledge, Spellings(people), Spellings(places))
        _MADE.clear()
        _MADE[id(knowledge)] = kept
    return kept[1], kept[2]


_MADE: dict[int, tuple[Knowledge, Spellings, Spellings]] = {}


class Spellings:
    """Finds some spellings of names in texts, as ``fused_spellings`` does (leftmost, the
    longest first where several start, whole words), without compiling that regex.

    Compiling it takes a tenth of a second for the places of world.toml, which each new
    process would pay before its first article. A spelling can only start where its
    first word is a word of the text (see ``first_words``): the text's words are looked up
    among those first words, and where one is, a small regex of the spellings starting
    with it (compiled when first needed) is tried. Chinese, Japanese and Korean spellings
    are found inside words too: a text with such letters is searched with the whole regex.
    """

    def __init__(self, spellings: Iterable[str]) -> None:
        self._spellings = sorted(set(spellings), key=lambda s: (-len(s), s))
        self._by_first_word = _by_first_word([s for s in self._spellings if not _CJK.match(s)])
        # The first word of every spelling found in a text without CJK letters; None
        # when some spelling starts with no word character (then the whole regex is used).
        self.first_words = None if self._by_first_word is None else frozenset(self._by_first_word)
        words = sorted(self.first_words or ())
        lowercase = [word for word in words if word[0].islower()]
        self._capitalised = _words_starting_like([w for w in words if not w[0].islower()])
        # Lowercase first words ("the" of "the Maldives") are looked for as they are: with
        # their letters, most words of a text would be tried ("to", "talks", …). And only
        # in a text holding a spelling starting with one, rare.
        self._lowercase = _whole_words(lowercase)
        by_first_word = self._by_first_word or {}
        in_lowercase = [s for w in lowercase for s in by_first_word[w]]
        self._in_lowercase = _spellings_regex(in_lowercase)
        # Those spellings as plain text, looked for first from their rarest letters ("M" of
        # "the Maldives"): the regex starts at every "t" of the text.
        self._lowercase_texts = any_of(in_lowercase)
        self._after_word: dict[str, re.Pattern[str]] = {}
        self._whole: re.Pattern[str] | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._by_first_word is None or (not text.isascii() and _CJK.search(text)):
            return self._whole_pattern().finditer(text)
        return self._by_first_words(text)

    def _by_first_words(self, text: str) -> Iterator[re.Match[str]]:
        end = 0
        for start, word in self._first_words_in(text):
            if start < end:
                continue  # inside the last spelling found
            match = self._starting_with(word).match(text, start)
            if match is not None:
                end = match.end()
                yield match

    def _first_words_in(self, text: str) -> list[tuple[int, str]]:
        """Where the text has a word some spelling starts with, and that word, in order."""
        first_words = self.first_words or frozenset()
        capitalised, lowercase = self._capitalised, self._lowercase
        found = []
        # Most texts name none: a set lookup of all their words (no loop here) tells.
        if capitalised is not None and not first_words.isdisjoint(capitalised.findall(text)):
            found = [(w.start(), w[0]) for w in capitalised.finditer(text) if w[0] in first_words]
        named, texts = self._in_lowercase, self._lowercase_texts
        if lowercase is None or named is None or texts is None or texts.search(text) is None:
            return found
        if named.search(text) is not None:
            found = sorted([*found, *((w.start(), w[0]) for w in lowercase.finditer(text))])
        return found

    def _starting_with(self, word: str) -> re.Pattern[str]:
        """The spellings whose first word is ``word``, in the whole regex's order."""
        pattern = self._after_word.get(word)
        if pattern is None:
            spellings = (self._by_first_word or {}).get(word, [])
            pattern = self._after_word[word] = _spellings_regex(spellings) or re.compile("(?!)")
        return pattern

    def _whole_pattern(self) -> re.Pattern[str]:
        if self._whole is None:
            self._whole = fused_spellings(self._spellings)
        return self._whole


def _words_starting_like(words: list[str]) -> re.Pattern[str] | None:
    """The words of a text starting with a letter one of ``words`` starts with. The check
    that no letter comes before is written after the first: the engine skips ahead to
    those letters."""
    letters = "".join(sorted({re.escape(word[0]) for word in words}))
    return re.compile(rf"[{letters}](?<!\w[{letters}])\w*") if letters else None


def _whole_words(words: list[str]) -> re.Pattern[str] | None:
    """Any of ``words`` as a whole word (a run of word characters)."""
    fused = fused_alternatives(words)
    return re.compile("|".join(rf"{f}(?!\w)" for f in fused)) if fused else None


def _spellings_regex(spellings: list[str]) -> re.Pattern[str] | None:
    """Any of some spellings as whole words, the first that matches in their order."""
    fused = fused_alternatives(spellings, r"[\w-]")
    return re.compile("|".join(rf"{f}(?![\w-])" for f in fused)) if fused else None


def _by_first_word(spellings: list[str]) -> dict[str, list[str]] | None:
    """The spellings by their first word, in the given order; None if one has none."""
    grouped: dict[str, list[str]] = {}
    for spelling in spellings:
        word = _WORD_RUN.match(spelling)
        if word is None:
            return None
        grouped.setdefault(word.group(0), []).append(spelling)
    return grouped


def written_in_cjk(text: str) -> bool:
    """Whether ``text`` has Chinese, Japanese or Korean letters, where names need no spaces."""
    return not text.isascii() and _CJK.search(text) is not None


def fused_spellings(spellings: Iterable[str]) -> re.Pattern[str]:
    """``knowledge``'s pattern of some spellings (whole words of Latin letters; Chinese
    and Korean anywhere), fused (see ``NamePattern``)."""
    unique = sorted(set(spellings), key=lambda s: (-len(s), s))
    words = [s for s in unique if s and not _CJK.match(s)]
    latin = fused_alternatives(words, r"[\w-]") or []
    cjk = [_fused_cjk(s) for s in unique if _CJK.match(s)]
    # Each Latin spelling with the check after it: "(?:A|B)(?![\w-])" tries B where A
    # fails that check, as "A(?![\w-])|B(?![\w-])" does. Those starting with one letter
    # are grouped behind it (in their order), so that only they are tried where it is.
    groups: dict[str, list[str]] = {}
    for word, fused in zip(words, latin, strict=True):
        groups.setdefault(word[0], []).append(fused[len(re.escape(word[0])) :] + r"(?![\w-])")
    grouped = (f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())
    return re.compile("|".join([*grouped, *cjk]) or "(?!)")


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # as the tables tell them


def _fused_cjk(spelling: str) -> str:
    """``cjk_spelling`` with its check (a Korean name starts a word) written after the
    name, looking back past it: the regex then still starts with plain letters."""
    plain = cjk_spelling(spelling)
    if not plain.startswith(HANGUL_WORD_START):
        return plain
    text = plain[len(HANGUL_WORD_START) :]
    return f"{text}(?<!{HANGUL_LETTER}{text})"


@cache
def words_pattern(words: tuple[str, ...]) -> NamePattern:
    ordered = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w) for w in ordered)
    fused = fused_alternatives(ordered, r"[\w-]")
    return NamePattern(
        re.compile(rf"(?<![\w-])(?:{body})(?![\w-])"),
        re.compile(body),
        re.compile(rf"(?:{'|'.join(fused)})(?![\w-])") if fused is not None else None,
        first_words(ordered),
    )


@cache
def every_short_name(words: frozenset[str]) -> NamePattern | None:
    """One pattern for the short names of everyone in the tables, or None.

    Compiling a pattern for each article's short names is slow (a tenth of reading a
    short article), so all articles share this one and skip the matches that are not
    theirs. That finds the same: no two of the names match at one place, nor does one
    hide another by overlapping it, since names of word characters and hyphens have
    to be whole words here."""
    if not all(_WORD_OR_HYPHEN.fullmatch(word) for word in words):
        return None
    return words_pattern(tuple(sorted(words)))


_WORD_OR_HYPHEN = re.compile(r"[\w-]+")


@cache
def any_word(alternations: tuple[str, ...]) -> re.Pattern[str]:
    """Whether any word of some ``NamePattern.words`` alternations is in a text: one search."""
    return re.compile("|".join(alternations))


@lru_cache(maxsize=1024)  # one for each set of titles articles name in turn
def any_title(titles: frozenset[str]) -> re.Pattern[str] | None:
    """Whether a text holds one of the titles: a title holding another ("supreme leader"
    holds "leader") adds nothing to the question."""
    return any_of(sorted(t for t in titles if not any(o in t for o in titles - {t})))


@cache
def titled_pattern(
    titles: tuple[str, ...], sole: tuple[str, ...] = (), honorifics: tuple[str, ...] = ()
) -> NamePattern:
    """An unknown name after one of ``titles``; after one of ``sole`` a single name is
    enough, with its number ("Emperor Naruhito", "King Charles III"). An honorific between
    title and name is no part of the name ("Prime Minister Shri Narendra Modi"), nor are
    two ("Datuk Seri")."""
    ordered = sorted({*titles, *sole}, key=len, reverse=True)
    body = "|".join(re.escape(t) for t in ordered)
    fused = fused_alternatives(ordered)
    name = NAME
    if sole:
        after = "|".join(f"(?<={re.escape(t)} )" for t in sorted(sole))
        name = rf"{NAME}|(?:{after}){_WORD}(?: [IVX]+\b)?"
    name = rf"(?!(?:{body})\s)(?:{name})"  # "Emir Sheikh Tamim": the name follows the last title
    if honorifics:
        polite = "|".join(re.escape(h) for h in sorted(honorifics, key=len, reverse=True))
        # two in a row: "Prime Minister Datuk Seri Anwar Ibrahim"
        name = rf"(?:(?:{polite})\.?\s+){{0,2}}(?P<name>{name})"
    else:
        name = rf"(?P<name>{name})"
    return NamePattern(
        re.compile(rf"\b(?:{body})\s+{name}\b"),
        re.compile(body),
        re.compile(rf"(?:{'|'.join(fused)})\s+{name}\b") if fused else None,
        first_words(ordered),
    )


NAME_START = re.compile(r"[ -][A-Z][a-z]")
# "the DPRK foreign minister said": qualifier and title. The title's words never cross
# another "the", so "the visit by the premier." is "the premier", the title nearest the end.
_TITLE_WORD = r"(?!the\b)[a-z]+"


@cache
def the_title(followers: tuple[str, ...]) -> re.Pattern[str]:
    """ "the premier" and its qualifier, ended by a word that only follows a noun phrase."""
    ends = "".join(f"| (?:{word})\\b" for word in followers)
    return re.compile(
        rf"\b[Tt]he ((?:[A-Z][\w.']+ )*)({_TITLE_WORD}(?: {_TITLE_WORD})*?)\b"
        rf"(?= said| told|'s|,| who| and|\.{ends})"
    )
