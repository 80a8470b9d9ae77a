"""Split news prose into sentences without breaking "Oct. 9", "U.S." or "Mr. Kim".

A full stop, question or exclamation mark ends a sentence when whitespace and a
capital (or digit, or opening quote) follow; then a few checks on the word before
it undo the split for abbreviations, initials and numbers. Two more ends are
recognised: a full stop glued to the next sentence ("rostrum.The parade") and the
Chinese/Korean marks 。！？, which need no space. Korean has no capitals: its full stop
ends a sentence when a Hangul word follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from generator.date_words import sentence_words
from generator.dates import find_dates
from generator.model import Article

_END = re.compile(
    r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘«(\[]?[A-ZА-ЯЁ0-9\"“‘«(\[])"  # ". The", '." He', ". Глава"
    r"|(?<=[a-z0-9)\"”’])\.(?=[A-Z][a-z])"  # "rostrum.The"
    r"|[。！？]+[」』”’)）]*"
    r"|(?<=[\uac00-\ud7a3])\.[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[\uac00-\ud7a3])"  # "도착했다. 중국"
)
_MARK = re.compile(r"[.!?。！？]")  # every end starts with one
# "(In Gaza it was already Thursday, which is why ….)": a whole sentence in brackets, of
# five words or more, ends with its own mark inside them; a credit has neither.
_ASIDE = re.compile(r"\((?:[^()\s]+\s+){4,}[^()]*?[.!?][\"'”’]*\)")
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")  # "U.S", "p.m", "D.P.R.K"


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, each exactly as written but stripped."""
    return list(_split(text))


# Each paragraph is split for its headings (``item_headings``), then for its sentences:
# the second time, the split is found here (it depends on the text alone). Enough for
# the longest article, bounded for a build.
@lru_cache(maxsize=512)
def _split(text: str) -> tuple[str, ...]:
    sentences: list[str] = []
    start = 0
    for end in _sentence_ends(text):
        _keep(sentences, text[start:end])
        start = end
    _keep(sentences, text[start:])
    return tuple(sentences)


def _keep(sentences: list[str], piece: str) -> None:
    if piece.strip():
        sentences.append(piece.strip())


def _sentence_ends(text: str) -> list[int]:
    """Where ``_END.finditer`` would find ends, trying it only at marks: far faster."""
    ends: list[int] = []
    position = 0
    while (mark := _MARK.search(text, position)) is not None:
        match = _END.match(text, mark.start())
        position = mark.start() + 1 if match is None else match.end()
        if match is not None and _ends_sentence(text, match):
            ends.append(match.end())
    return ends


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    mark = match[0]
    if mark[0] in "。！？" or mark[0] in "!?":
        return True
    following = text[match.end() :].lstrip()
    if following.startswith("("):  # a caption credit "(Xinhua/Huang Jingwen)" stays,
        return _ASIDE.match(following) is not None  # a sentence in brackets does not
    if mark.startswith("..."):
        return True
    return not _abbreviation(_word_before(text, match.start()), following)


def _word_before(text: str, position: int) -> str:
    words = text[:position].rsplit(None, 1)  # the last word alone, not every word before it
    return words[-1].lstrip("\"'“‘([") if words else ""


def _abbreviation(word: str, following: str) -> bool:
    """Whether the full stop after ``word`` belongs to the word, not the sentence."""
    words = sentence_words()
    next_word = (following.split(None, 1) or [""])[0]  # not a split of the whole paragraph
    if word in words.titles:
        return True
    if word in words.before_numbers and next_word[:1].isdigit():
        return True
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    # "Japan-U.S. Summit": an initialism may end a compound
    initials = _INITIALISM.match(word.rsplit("-", 1)[-1]) is not None
    shaped = word in words.inside or initials
    return shaped and next_word.strip("\"'“‘") not in words.starters


def article_sentences(article: Article) -> Iterator[str]:
    """The headline when it names a day ("…talks in Beijing on Sept 27"), then the text."""
    reference = article.reference_date
    if reference is not None and not article.title_generated:
        days = find_dates(article.title, reference)
        if any(not d.vague and d.span.precision != "month" for d in days):
            yield article.title
    for paragraph in article.paragraphs:
        yield from split_sentences(paragraph)


def item_headings(article: Article) -> dict[str, str]:
    """ "- October 10: Li lays a wreath …. Xi sends Kim a message.": the later sentences of
    a paragraph (a list item) opening with a short heading and a colon, or with a short
    sentence of its own that names a day, by that heading; and the first sentence of the
    lead, by its dateline's day."""
    headings: dict[str, str] = {}
    for paragraph in article.paragraphs:
        found = _HEADING.match(paragraph)
        heading = found.group(1) if found is not None else None
        sentences = split_sentences(paragraph)
        if heading is None and len(sentences) > 1 and _DAY_HEADING.fullmatch(sentences[0]):
            heading = sentences[0]  # "**Monday, Oct. 6.** Talks open …": a heading of its own
        if heading is not None:
            for sentence in sentences[1:]:
                headings.setdefault(sentence, heading)
    dateline = article.dateline
    if dateline is not None and dateline.date_text and dateline.paragraph < len(article.paragraphs):
        # "ANCHORAGE, August 15. /TASS/. Putin and Trump held talks …": the lead the dateline
        # opens is that day's news, as a list item is its heading's.
        lead = split_sentences(article.paragraphs[dateline.paragraph])[:1]
        headings.update((sentence, dateline.date_text) for sentence in lead)
    return headings


# The heading may hold an abbreviation's full stop: "Oct. 26 (Sun): Kuala Lumpur. Trump …".
_HEADING = re.compile(r"\s*(?:[-•*–]\s*)?([^:;!?]{3,30}?)\s*:\s")
# A list item's first sentence that is only a short phrase with a day number ("Monday,
# Sept. 29.", "Oct. 21 to 23."): chronologies set their days apart so. Whether it is a
# day at all, ``events._heading_day`` reads.
_DAY_HEADING = re.compile(r"(?=.*\d)(?:\S+\s+){0,4}\S+\.")


def asked_sentences(article: Article) -> frozenset[str]:
    """The sentences of paragraphs that end in a question ("Kyodo reported that Li may
    travel to Pyongyang. Can you confirm?"): what a question cites is its asker's premise,
    which the answer may deny, not what the article reports."""
    return frozenset(
        sentence
        for paragraph in article.paragraphs
        if paragraph.rstrip("\"'”’ ").endswith(("?", "？"))
        for sentence in split_sentences(paragraph)
    )
